"""The ``bounce`` action: accept, hold the original in the quarantine, and send the sender a
guidance DSN (RFC 3464, 5.7.1) naming the data found and the secure channel to use instead."""

from __future__ import annotations

from gateway.actions.quarantine import hold
from gateway.pipeline import Services, Transaction


async def bounce(txn: Transaction, services: Services) -> str:
    return await hold(txn, services, guidance=True)
