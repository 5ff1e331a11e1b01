"""The ``quarantine`` action: hold the message durably for DPO review, notify the DPO, then 250.

Also the shared hold step of ``bounce``. The order is what makes it safe: render the guidance
bounce and the DPO notice, write the encrypted original and both outbox items in one durable
row, and only then answer 250; the outbox (gateway.quarantine) sends them, and re-sends them
after a crash. If the row cannot be written the client gets 451 4.3.0 and keeps the message.
"""

from __future__ import annotations

import logging
import socket
from datetime import UTC, datetime

from gateway import metrics
from gateway.bounce import build_bounce
from gateway.model import ScanReport
from gateway.notify import build_notice
from gateway.pipeline import Services, Transaction

log = logging.getLogger("dlpgw.actions")


def bounce_sender(services: Services) -> str:
    s = services.settings
    return s.bounce_from or f"MAILER-DAEMON@{s.hostname or socket.getfqdn()}"


async def hold(txn: Transaction, services: Services, *, guidance: bool) -> str:
    """Hold ``txn`` in the quarantine (with a guidance bounce when ``guidance``); the SMTP reply."""
    assert txn.decision is not None
    svc = services.quarantine
    action = txn.decision.action
    if svc is None:
        metrics.MESSAGES.labels(action="tempfail").inc()
        log.error("%s policy says %s but no quarantine store is open; tempfail", txn.queue_id, action)
        return f"451 4.3.0 Message cannot be held now, try again later (ref {txn.queue_id})"
    try:
        policy = services.policy.current
        report = txn.report or ScanReport()
        # The pipeline's evaluation (same policy object: no await between decide and here).
        ev = txn.evaluation if txn.evaluation is not None else policy.evaluate(txn.envelope, report)
        arrival = datetime.fromtimestamp(txn.received_at, UTC)
        hostname = services.settings.hostname
        dsn = None
        # Never answer a bounce with a bounce (RFC 5321 6.1: null reverse-path gets no notification).
        if guidance and txn.envelope.mail_from:
            offer = None
            if services.override is not None:  # sender override (gateway.override): a token in the bounce
                offer = services.override.offer(ev.override, txn.queue_id, txn.envelope.mail_from,
                                                txn.received_at, policy.retention_days)
            dsn = build_bounce(
                policy, ev, txn.envelope, txn.raw, txn.queue_id, reporting_mta=hostname,
                bounce_from=bounce_sender(services), arrival=arrival, renderer=svc.renderer(policy),
                override=offer,
            )
        dpo = services.settings.dpo_address or policy.dpo_address
        notice = None
        if dpo:
            notice = build_notice(
                policy, txn.decision, txn.envelope, ev.blocking, txn.queue_id, len(txn.raw),
                to=dpo, sender=bounce_sender(services), hostname=hostname, arrival=arrival,
            )
        await svc.store.hold(
            txn.queue_id, txn.envelope, txn.raw, txn.decision, ev.blocking,
            bounce=dsn, notice=notice, notice_to=dpo, received_at=txn.received_at,
        )
    except Exception:
        log.exception("%s could not be held; tempfail, the client keeps the message", txn.queue_id)
        metrics.MESSAGES.labels(action="tempfail").inc()
        return f"451 4.3.0 Message cannot be held now, try again later (ref {txn.queue_id})"
    svc.kick()
    metrics.MESSAGES.labels(action=action).inc()
    if guidance:
        return f"250 2.0.0 Ok: held as {txn.queue_id}, guidance sent to the sender"
    return f"250 2.0.0 Ok: held for review as {txn.queue_id}"


async def quarantine(txn: Transaction, services: Services) -> str:
    return await hold(txn, services, guidance=False)
