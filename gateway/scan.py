"""Scan stage: extract + detect for one message, and the process pool that runs it off the event loop.

:func:`scan_message` is the single code path shared by the gateway and ``dlp-gateway scan``.
:class:`Scanner` runs it in worker processes (the work is CPU-bound: in the event loop it
would stall every other SMTP session). Each worker process builds its detection engine once,
at start. A scan that crashes, times out or kills its process raises :class:`ScanError`, which
the SMTP layer turns into 451 4.3.0 — the message is never relayed unscanned.
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import dataclasses
import functools
import logging
import multiprocessing
import time
from concurrent.futures.process import BrokenProcessPool

from detectors import DetectionEngine, DetectorOptions
from gateway.errors import ScanError
from gateway.extract import ExtractLimits, extract_message
from gateway.model import Finding, ScanReport

log = logging.getLogger("dlpgw.scan")


def scan_message(raw: bytes, engine: DetectionEngine, limits: ExtractLimits | None = None) -> ScanReport:
    """Extract every text segment of ``raw`` and run the detectors over them."""
    t0 = time.perf_counter()
    extraction = extract_message(raw, limits)
    t1 = time.perf_counter()
    findings = engine.detect(extraction.segments)
    t2 = time.perf_counter()
    return ScanReport(
        findings=mask_locations(engine, extraction.findings + findings),
        headers=extraction.headers,
        segments=len(extraction.segments),
        text_bytes=sum(len(s.text) for s in extraction.segments),
        extract_ms=(t1 - t0) * 1000,
        detect_ms=(t2 - t1) * 1000,
    )


def mask_locations(engine: DetectionEngine, findings: list[Finding]) -> list[Finding]:
    """Findings whose location, detail and snippet carry no identifier (a national number in an
    attachment or archive member name, say): everything downstream only sees these."""
    memo: dict[str, str] = {}

    def mask(text: str) -> str:
        if text not in memo:
            memo[text] = engine.mask_identifiers(text)
        return memo[text]

    out = []
    for f in findings:
        masked = {k: mask(v) for k, v in (("location", f.location), ("detail", f.detail), ("snippet", f.snippet))
                  if v and mask(v) != v}
        out.append(dataclasses.replace(f, **masked) if masked else f)
    return out


# --- worker-process side ---------------------------------------------------------------
# A scanner process holds exactly one engine, built by the pool initializer. This is
# process-local state by design (the pool's contract), never shared with the event loop.
_worker: dict[str, object] = {}


def _init_worker(options: DetectorOptions, limits: ExtractLimits) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when workers stop
    _exit_with_parent()
    _worker["engine"] = DetectionEngine(options)
    _worker["limits"] = limits


def _exit_with_parent() -> None:
    """A scanner must not outlive its gateway (e.g. after SIGKILL): watch the parent pid."""
    import os
    import threading

    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _scan_in_worker(raw: bytes) -> ScanReport:
    engine = _worker["engine"]
    assert isinstance(engine, DetectionEngine)
    return scan_message(raw, engine, _worker["limits"])  # type: ignore[arg-type]


def _ping() -> bool:
    return "engine" in _worker


class Scanner:
    """A pool of scanner processes with a hard per-message timeout."""

    def __init__(
        self,
        processes: int,
        options: DetectorOptions | None = None,
        limits: ExtractLimits | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.processes = max(1, processes)
        self.options = options or DetectorOptions()
        self.limits = limits or ExtractLimits()
        self.timeout = timeout
        self._pool: cf.ProcessPoolExecutor | None = None
        self._ctx = multiprocessing.get_context("spawn")

    def _new_pool(self) -> cf.ProcessPoolExecutor:
        return cf.ProcessPoolExecutor(
            max_workers=self.processes,
            mp_context=self._ctx,
            initializer=_init_worker,
            initargs=(self.options, self.limits),
        )

    async def start(self) -> None:
        """Start the processes and wait until every one has loaded its engine."""
        self._pool = self._new_pool()
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(self._pool, _ping) for _ in range(self.processes)))

    @property
    def ready(self) -> bool:
        return self._pool is not None

    async def scan(self, raw: bytes) -> ScanReport:
        """Scan one message in a worker process; raise ScanError on crash or timeout."""
        if self._pool is None:
            raise ScanError("error", "scanner not started")
        pool = self._pool
        loop = asyncio.get_running_loop()
        fut = loop.run_in_executor(pool, _scan_in_worker, raw)
        try:
            return await asyncio.wait_for(fut, self.timeout)
        except TimeoutError:
            log.error("scan timed out after %.1fs; restarting scanner processes", self.timeout)
            self._restart(pool)
            raise ScanError("timeout", f"scan exceeded {self.timeout:.0f}s") from None
        except BrokenProcessPool:
            self._restart(pool)
            raise ScanError("crashed", "scanner process died") from None
        except ScanError:
            raise
        except Exception as e:  # an extractor/detector bug: fail closed
            # The exception text may quote the message being scanned: log its type only.
            log.error("scan failed: %s", type(e).__name__)
            raise ScanError("error", type(e).__name__) from None

    def reconfigure(self, options: DetectorOptions) -> None:
        """Use new detector options: new scans go to fresh processes, running ones finish."""
        self.options = options
        old, self._pool = self._pool, self._new_pool()
        if old is not None:
            old.shutdown(wait=False, cancel_futures=False)

    def _restart(self, broken: cf.ProcessPoolExecutor) -> None:
        """Replace a pool whose process hangs or died; in-flight scans on it fail closed."""
        if self._pool is not broken:
            return  # someone else already replaced it
        self._pool = self._new_pool()
        procs = list(getattr(broken, "_processes", {}).values())
        for p in procs:
            if p.is_alive():
                p.kill()
        broken.shutdown(wait=False, cancel_futures=True)

    async def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            await asyncio.get_running_loop().run_in_executor(
                None, functools.partial(pool.shutdown, wait=True, cancel_futures=True)
            )
