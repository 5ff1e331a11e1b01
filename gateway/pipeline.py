"""Per-message orchestration: scan -> decide -> act, with metrics and one log line per message.

The SMTP handler hands every complete DATA transaction to :meth:`Pipeline.process` and
sends back whatever reply line it returns. Every failure on the way fails closed:
a scan or policy error gives 451 4.3.0 (the client keeps and retries the message), a full
scan queue 451 4.3.2 at once, an upstream failure 451 or the upstream's own 5xx — a 250 is
only ever returned after the message was accepted upstream or durably quarantined. Every
message gets one log line, also when something unexpected happens on the way.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Protocol

from gateway import metrics
from gateway.config import Settings
from gateway.errors import ScanError
from gateway.logs import message_line
from gateway.model import Decision, Envelope, ScanReport
from gateway.relay import Relay
from gateway.scanpool.pool import Scanner
from gateway.spool import SpooledMessage

log = logging.getLogger("dlpgw.pipeline")

# Scan failures that say "too much at once, come back later" (451 4.3.2), not "this message failed".
BUSY_REASONS = frozenset({"queue_full", "queue_timeout", "unavailable"})


class PolicyLike(Protocol):
    def decide(self, envelope: Envelope, report: ScanReport) -> Decision: ...


class PolicySource(Protocol):
    """Holds the current policy; swapped atomically on reload (SIGHUP)."""

    @property
    def current(self) -> PolicyLike: ...


def new_queue_id() -> str:
    """A short random id: logs, replies, quarantine and bounces refer to a message by it."""
    return secrets.token_hex(6).upper()


@dataclass(slots=True)
class Transaction:
    """One message on its way through the stages."""

    queue_id: str
    envelope: Envelope
    raw: bytes
    peer: str = ""
    received_at: float = field(default_factory=time.time)
    report: ScanReport | None = None
    decision: Decision | None = None
    evaluation: Any = None  # the policy's full reasoning (gateway.policy.Evaluation), reused by the act stage
    timings: dict[str, float] = field(default_factory=dict)
    scan_failure: str | None = None  # ScanError reason (metric label), when the scan failed
    spool: SpooledMessage | None = None  # the data of a big message, until the act stage reads it into raw
    size: int = 0


@dataclass(slots=True)
class Services:
    """The long-lived collaborators the stages need; built once by the server."""

    settings: Settings
    scanner: Scanner
    policy: PolicySource
    relay: Relay
    quarantine: Any = None  # gateway.quarantine store, when the policy can hold mail
    override: Any = None  # gateway.override.OverrideDesk: senders' override replies
    stats: Any = None  # gateway.stats.VerdictStats: content-free verdict counts


class Pipeline:
    def __init__(self, services: Services) -> None:
        self.services = services

    async def process(self, envelope: Envelope, raw: bytes | SpooledMessage, peer: str = "") -> str:
        """The reply line for one message; every message gets exactly one log line, whatever happens.

        ``raw`` is the message, or its spool file (scanned from the file; read into memory for the
        act stage only). The caller closes the spool file after this returns."""
        from gateway.actions import carry_out  # actions import pipeline types

        spool = raw if isinstance(raw, SpooledMessage) else None
        txn = Transaction(new_queue_id(), envelope, b"" if spool else raw, peer, spool=spool, size=len(raw))
        metrics.MESSAGE_SIZE.observe(txn.size)
        desk = self.services.override
        if desk is not None and desk.recognises(envelope):
            # A sender's reply to the override address: consumed here, never relayed.
            reply = "none"
            try:
                await self._load(txn)
                reply, outcome = await desk.handle(envelope, txn.raw, txn.queue_id)
                txn.decision = Decision(action="override", reason=outcome)
            except Exception:
                log.exception("%s unexpected error while handling an override reply; tempfail", txn.queue_id)
                metrics.MESSAGES.labels(action="tempfail").inc()
                reply = f"451 4.3.0 Internal error, try again later (ref {txn.queue_id})"
            finally:
                self._log(txn, reply)
            return reply
        reply = "none"  # if this task is cancelled (loop teardown), the log line says no reply went out
        try:
            reply = await self._process(txn, carry_out)
        except Exception:
            log.exception("%s unexpected error while processing the message; tempfail", txn.queue_id)
            metrics.MESSAGES.labels(action="tempfail").inc()
            reply = f"451 4.3.0 Internal error, try again later (ref {txn.queue_id})"
        finally:
            self._log(txn, reply)
        if self.services.stats is not None:
            self.services.stats.record(txn.envelope, txn.decision, reply)
        return reply

    async def _process(self, txn: Transaction, carry_out: Any) -> str:
        t0 = time.perf_counter()
        try:
            txn.report = await self.services.scanner.scan(txn.spool or txn.raw)
        except ScanError as e:
            metrics.SCAN_FAILURES.labels(reason=e.reason).inc()
            metrics.MESSAGES.labels(action="tempfail").inc()
            txn.timings["scan_ms"] = (time.perf_counter() - t0) * 1000
            txn.scan_failure = e.reason
            log.warning("%s scan failed (%s); tempfail, nothing relayed", txn.queue_id, e)
            if e.reason in BUSY_REASONS:
                return f"451 4.3.2 Too busy to scan the message now, try again later (ref {txn.queue_id})"
            return f"451 4.3.0 Message could not be scanned, try again later (ref {txn.queue_id})"
        scan_s = time.perf_counter() - t0
        metrics.SCAN_SECONDS.observe(scan_s)
        txn.timings["scan_ms"] = scan_s * 1000
        # one increment per label pair, not per finding (a table can give hundreds of one type)
        for (entity_type, allowed), count in Counter((f.entity_type, f.allowed) for f in txn.report.findings).items():
            metrics.FINDINGS.labels(entity_type=entity_type, allowed=str(allowed).lower()).inc(count)
        try:
            policy = self.services.policy.current
            evaluate = getattr(policy, "evaluate", None)
            if evaluate is not None:  # evaluated once: bounce and notice reuse it
                txn.evaluation = evaluate(txn.envelope, txn.report)
                txn.decision = txn.evaluation.decision
            else:
                txn.decision = policy.decide(txn.envelope, txn.report)
        except Exception:
            log.exception("%s policy evaluation failed; tempfail", txn.queue_id)
            metrics.SCAN_FAILURES.labels(reason="error").inc()
            metrics.MESSAGES.labels(action="tempfail").inc()
            return f"451 4.3.0 Message could not be checked, try again later (ref {txn.queue_id})"
        await self._load(txn)
        return await carry_out(txn, self.services)

    @staticmethod
    async def _load(txn: Transaction) -> None:
        """A spooled message's bytes, for the stages that relay, hold or answer it."""
        if txn.spool is not None and not txn.raw:
            txn.raw = await asyncio.to_thread(txn.spool.read)

    def _log(self, txn: Transaction, reply: str) -> None:
        s = self.services.settings
        findings = Counter(f.entity_type for f in (txn.report.blocking if txn.report else []))
        allowed = Counter(f.entity_type for f in (txn.report.findings if txn.report else []) if f.allowed)
        fields: dict[str, Any] = {
            "queue_id": txn.queue_id,
            "size": txn.size,
            "rcpt_count": len(txn.envelope.rcpt_tos),
            "rcpt_domains": list(txn.envelope.recipient_domains),
            "action": txn.decision.action if txn.decision else "tempfail",
            "reply": reply.split(" ", 1)[0],
            "findings": dict(findings),
            "allowed_findings": dict(allowed),
            **{k: round(v, 2) for k, v in txn.timings.items()},
        }
        if txn.scan_failure:
            fields["scan_failure"] = txn.scan_failure
        if txn.decision and txn.decision.would_have:
            fields["would_have"] = txn.decision.would_have
        if s.log_addresses:
            fields["mail_from"] = txn.envelope.mail_from
            fields["rcpt_tos"] = list(txn.envelope.rcpt_tos)
        log.info(message_line(fields, json_format=s.log_format == "json"))
