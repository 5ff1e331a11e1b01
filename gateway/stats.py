"""Content-free verdict counts: every decision the gateway takes, added up per hour in the store.

One row of ``verdict_counts`` (gateway.quarantine) counts the messages of one hour with the same
verdict shape: final action, the action enforcement would have taken (monitor mode), the set of
categories found, the set of recipient classes and the sender's domain. No address, subject,
content or identifier is ever part of it, so it can be kept for as long as the rollout needs.
The console's charts and ``dlp-gateway report`` read it back (gateway.report).

Counts are kept in memory and written every ``stats_interval`` seconds (one upsert per shape, so
several workers and instances add up in one store); a crash loses at most that interval of
counts, never a message.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import Counter

from gateway.model import Decision, Envelope, domain_of
from gateway.quarantine import QuarantineStore, VerdictCount

log = logging.getLogger("dlpgw.stats")

BUCKET_SECONDS = 3600
MAX_PENDING = 50_000  # distinct shapes kept while the store is unreachable


Key = tuple[float, str, str, tuple[str, ...], tuple[str, ...], str]


def verdict_key(envelope: Envelope, decision: Decision | None, reply: str, at: float) -> Key:
    """The aggregate row one message adds to."""
    action = "tempfail" if decision is None or reply[:1] == "4" else decision.action
    cats = tuple(decision.categories) if decision else ()
    classes = tuple(sorted(set(decision.recipient_classes))) if decision else ()
    would = (decision.would_have or "") if decision else ""
    return (at - at % BUCKET_SECONDS, action, would, cats, classes, domain_of(envelope.mail_from))


def rows_of(counts: Counter[Key]) -> list[VerdictCount]:
    return [VerdictCount(b, a, w, c, k, d, n) for (b, a, w, c, k, d), n in counts.items() if n]


class VerdictStats:
    """Counts verdicts in memory and adds them to the store's ``verdict_counts`` periodically."""

    def __init__(self, store: QuarantineStore, interval: float = 10.0) -> None:
        self.store = store
        self.interval = interval
        self._pending: Counter[Key] = Counter()
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def record(self, envelope: Envelope, decision: Decision | None, reply: str, at: float | None = None) -> None:
        if len(self._pending) >= MAX_PENDING:
            return  # the store has been unreachable for long: counting stops growing memory
        self._pending[verdict_key(envelope, decision, reply, at if at is not None else time.time())] += 1

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="dlpgw-stats")

    async def flush(self) -> int:
        """Write what was counted since the last flush; on failure keep it for the next one."""
        batch, self._pending = self._pending, Counter()
        if not batch:
            return 0
        try:
            await asyncio.to_thread(self.store.add_verdict_counts_sync, rows_of(batch))
        except Exception as e:  # the store is down: retry next round
            log.warning("verdict counts not written yet (%s)", type(e).__name__)
            self._pending.update(batch)
            return 0
        return sum(batch.values())

    async def _loop(self) -> None:
        while not self._stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), self.interval)
            await self.flush()

    async def close(self) -> None:
        self._stop.set()
        if self._task is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._task, 10)
        await self.flush()
