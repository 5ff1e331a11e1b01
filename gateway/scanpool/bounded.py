"""Scans under the gateway's bounds from synchronous code: ``dlp-gateway scan`` and friends.

:class:`BoundedScanner` is a one-process :class:`~gateway.scanpool.pool.Scanner` with its own
event loop: every message is scanned in a scanner process forked from a template, under the
same scan timeout and memory cap as in the gateway. A hostile file (a Flate bomb in a PDF, a
parser stuck in a loop) stops at those bounds — the caller gets ``ScanError`` (time limit,
crash) or a report with an ``UNSCANNABLE`` "memory limit" finding — and the next file gets a
fresh scanner process.
"""

from __future__ import annotations

import asyncio
import logging
from types import TracebackType
from typing import Any

from gateway.config import MiB
from gateway.model import ScanReport
from gateway.scanpool.pool import PoolSettings, Scanner
from gateway.scanpool.template import TemplateConfig, fork_template

UNBOUNDED_QUEUE = 1 << 40


class BoundedScanner:
    """``scan(raw) -> ScanReport`` in a scanner process (raises ``ScanError``). Use as a context manager."""

    def __init__(self, settings: Any, options: Any, engine: Any = None) -> None:
        self.settings = settings
        if not logging.getLogger().handlers:
            # a command line: the caller reports each file on stderr, not the pool's log lines
            logging.getLogger("dlpgw.scanner").setLevel(logging.CRITICAL)
        limits = settings.extract_limits()
        config = TemplateConfig(options, limits, settings.scan_memory_limit * MiB, preload=False,
                                log_level=settings.log_level, log_json=settings.log_format == "json")
        # Before the event loop: this process has no thread yet. An engine built here is reused.
        template = fork_template(config, engine=engine)
        pool = PoolSettings(
            processes=1, timeout=settings.scan_timeout, queue_limit=UNBOUNDED_QUEUE, queue_bytes=UNBOUNDED_QUEUE,
            queue_timeout=float(UNBOUNDED_QUEUE), express_max_bytes=0, memory_limit=settings.scan_memory_limit * MiB,
            warm=False,
        )
        self.pool = Scanner(options=options, limits=limits, settings=pool, template=template,
                            log_level=settings.log_level, log_json=settings.log_format == "json")
        self.loop = asyncio.new_event_loop()
        try:
            self.loop.run_until_complete(self.pool.start())
        except BaseException:
            self.close()
            raise

    @property
    def timeout(self) -> float:
        return float(self.settings.scan_timeout)

    @property
    def memory_limit_mib(self) -> int:
        return int(self.settings.scan_memory_limit)

    def scan(self, raw: bytes) -> ScanReport:
        return self.loop.run_until_complete(self.pool.scan(raw))

    def close(self) -> None:
        if not self.loop.is_closed():
            self.loop.run_until_complete(self.pool.close())
            self.loop.close()

    def __enter__(self) -> BoundedScanner:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
