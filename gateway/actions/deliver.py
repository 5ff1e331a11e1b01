"""The delivering actions: ``allow`` (relay upstream) and ``monitor`` (relay, record what would have happened)."""

from __future__ import annotations

import logging
import time

from gateway import metrics
from gateway.errors import UpstreamPermError, UpstreamTempError
from gateway.pipeline import Services, Transaction

log = logging.getLogger("dlpgw.actions")


def with_headers(raw: bytes, headers: tuple[tuple[str, str], ...]) -> bytes:
    """Prepend trace-style header fields (RFC 5322 allows them at the top)."""
    if not headers:
        return raw
    eol = b"\r\n" if b"\r\n" in raw[:2000] or not raw else b"\n"
    head = b"".join(f"{k}: {v}".encode() + eol for k, v in headers)
    return head + raw


async def relay_upstream(txn: Transaction, services: Services, action: str) -> str:
    """Hand the message to the upstream; map its answer to our client's reply."""
    assert txn.decision is not None
    raw = with_headers(txn.raw, txn.decision.add_headers)
    t0 = time.perf_counter()
    try:
        reply = await services.relay.deliver(txn.envelope, raw, txn.queue_id)
    except UpstreamTempError as e:
        metrics.UPSTREAM_ERRORS.labels(kind=e.kind).inc()
        metrics.MESSAGES.labels(action="tempfail").inc()
        txn.timings["upstream_ms"] = (time.perf_counter() - t0) * 1000
        text = e.message if e.message[:2] == "4." else f"4.4.0 {e.message}"
        return f"451 {text} (ref {txn.queue_id})"
    except UpstreamPermError as e:
        metrics.UPSTREAM_ERRORS.labels(kind=e.kind).inc()
        metrics.MESSAGES.labels(action="upstream_reject").inc()
        txn.timings["upstream_ms"] = (time.perf_counter() - t0) * 1000
        return f"{e.code} {e.message}"
    dt = time.perf_counter() - t0
    metrics.UPSTREAM_SECONDS.observe(dt)
    txn.timings["upstream_ms"] = dt * 1000
    metrics.MESSAGES.labels(action=action).inc()
    return f"250 2.0.0 Ok: queued as {txn.queue_id}" if reply.startswith("250") else reply


async def allow(txn: Transaction, services: Services) -> str:
    return await relay_upstream(txn, services, "allow")


async def monitor(txn: Transaction, services: Services) -> str:
    """Deliver as if allowed; the decision's ``would_have`` is logged and counted."""
    assert txn.decision is not None
    if txn.decision.would_have:
        metrics.MONITORED.labels(would_have=txn.decision.would_have).inc()
    return await relay_upstream(txn, services, "monitor")
