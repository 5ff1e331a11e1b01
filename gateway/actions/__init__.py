"""Act stage: one small module per action; this registry maps a Decision's action to it.

An action is ``async def action(txn, services) -> str`` returning the SMTP reply line.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from gateway import metrics
from gateway.actions.bounce import bounce
from gateway.actions.deliver import allow, monitor
from gateway.actions.quarantine import quarantine
from gateway.actions.reject import reject
from gateway.pipeline import Services, Transaction

Action = Callable[[Transaction, Services], Awaitable[str]]

REGISTRY: dict[str, Action] = {
    "allow": allow,
    "monitor": monitor,
    "reject": reject,
    "bounce": bounce,
    "quarantine": quarantine,
}


async def carry_out(txn: Transaction, services: Services) -> str:
    """Run the decided action; an unknown action fails closed with a tempfail."""
    assert txn.decision is not None
    action = REGISTRY.get(txn.decision.action)
    if action is None:
        metrics.MESSAGES.labels(action="tempfail").inc()
        return f"451 4.3.0 Gateway misconfigured, try again later (ref {txn.queue_id})"
    return await action(txn, services)
