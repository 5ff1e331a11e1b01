"""The ``reject`` action: refuse in-session with 550 5.7.1 and the policy's one-line reason."""

from __future__ import annotations

from gateway import metrics
from gateway.pipeline import Services, Transaction


def _one_line(text: str) -> str:
    return " ".join(text.split()).encode("ascii", "replace").decode("ascii")[:400]


async def reject(txn: Transaction, services: Services) -> str:
    assert txn.decision is not None
    metrics.MESSAGES.labels(action="reject").inc()
    reason = _one_line(txn.decision.reason) or "Message contains personal data that may not be sent by e-mail"
    return f"550 5.7.1 {reason} (ref {txn.queue_id})"
