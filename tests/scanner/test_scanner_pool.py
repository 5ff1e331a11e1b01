"""The scanner pool with real processes: a template (a new interpreter here: pytest runs threads)
forks real scanner processes; real messages, real kills, a real memory cap.

Timing-sensitive checks calibrate on the machine first and keep wide margins (a shared 2-core box).
"""

from __future__ import annotations

import asyncio
import math
import os
import signal
import time
from pathlib import Path

import pytest

from gateway import metrics
from gateway.errors import ScanError
from gateway.scanpool import PoolSettings, Scanner
from tests.scanload import slow, small

MiB = 1024 * 1024


def _settings(**kw: object) -> PoolSettings:
    base: dict[str, object] = {"processes": 1, "timeout": 60.0, "express_max_bytes": 0, "warm": False,
                               "memory_limit": 512 * MiB, "queue_timeout": 120.0}
    base.update(kw)
    return PoolSettings(**base)  # type: ignore[arg-type]


async def _started(**kw: object) -> Scanner:
    sc = Scanner(settings=_settings(**kw))
    await sc.start()
    return sc


async def _until(what: str, probe, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = probe()
        if got:
            return got
        await asyncio.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


def _counter(metric, **labels: str) -> float:
    return metric.labels(**labels)._value.get()


def _private_kib(pid: int) -> int:
    kib = 0
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith(("Private_Clean:", "Private_Dirty:")):
            kib += int(line.split()[1])
    return kib


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


async def test_the_timeout_counts_the_scan_not_the_wait_in_the_queue() -> None:
    medium = slow(0.5, parts=1)
    calib = await _started()
    try:
        await calib.scan(medium)  # the first scan of a process is a cold one
        t0 = time.perf_counter()
        await calib.scan(medium)
        one = max(0.05, time.perf_counter() - t0)
    finally:
        await calib.close()
    timeout = 8 * one  # every single scan fits easily, even on a loaded machine ...
    sc = await _started(timeout=timeout)
    try:
        n = math.ceil(2 * timeout / one)  # ... but the last of n queued ones waits far longer than that
        t0 = time.perf_counter()
        results = await asyncio.gather(*(sc.scan(medium) for _ in range(n)), return_exceptions=True)
        total = time.perf_counter() - t0
    finally:
        await sc.close()
    assert [r for r in results if isinstance(r, BaseException)] == []
    assert total > timeout  # the last message waited longer than the timeout and was still scanned


async def test_a_full_queue_refuses_at_once_and_waiting_has_its_own_bound() -> None:
    sc = await _started(queue_limit=1, queue_timeout=0.5)
    try:
        busy = asyncio.ensure_future(sc.scan(slow(6.0)))
        await _until("the scanner to be busy", lambda: sc.live("busy"))
        queued = asyncio.ensure_future(sc.scan(small(1)))
        await asyncio.sleep(0)
        before = sc.queued
        t0 = time.perf_counter()
        with pytest.raises(ScanError) as refused:
            await sc.scan(small(2))
        assert refused.value.reason == "queue_full"
        assert time.perf_counter() - t0 < 0.2  # at once, not after a timeout
        assert before == 1
        t0 = time.perf_counter()
        with pytest.raises(ScanError) as waited:
            await queued
        assert waited.value.reason == "queue_timeout"
        assert 0.3 < time.perf_counter() - t0 < 5
        report = await busy  # the running scan is not disturbed by either
        assert report.segments >= 3
    finally:
        await sc.close()


async def test_a_killed_scanner_fails_only_its_own_message() -> None:
    sc = await _started(processes=2, express_max_bytes=1 * MiB)
    try:
        victim = asyncio.ensure_future(sc.scan(slow(6.0, seed=1)))
        busy = await _until("a busy bulk scanner", lambda: [p["pid"] for p in sc.describe() if p["state"] == "busy"])
        pid = busy[0]
        other = asyncio.ensure_future(sc.scan(slow(1.0, parts=1, seed=2)))
        os.kill(pid, signal.SIGKILL)
        smalls = await asyncio.gather(*(sc.scan(small(i)) for i in range(6)))
        with pytest.raises(ScanError) as err:
            await victim
        assert err.value.reason == "crashed"
        assert "SIGKILL" in str(err.value)
        assert (await other).segments >= 1
        assert len(smalls) == 6
        procs = await _until("the replacement", lambda: [p for p in sc.describe() if p["lane"] == "bulk"]
                             if len([p for p in sc.describe() if p["lane"] == "bulk"]) == 2 else None)
        assert pid not in {p["pid"] for p in procs}
        assert (await sc.scan(small(9))).segments >= 1
    finally:
        await sc.close()


async def test_the_memory_cap_fails_only_that_scan_with_a_precise_verdict() -> None:
    sc = await _started(memory_limit=24 * MiB, processes=1, express_max_bytes=1 * MiB)
    try:
        before = _counter(metrics.SCANNER_RESTARTS, reason="memory_limit")
        bulk = next(p["pid"] for p in sc.describe() if p["lane"] == "bulk")
        big = slow(30.0, parts=6)  # ~40 MB: the scanner cannot even hold it under a 24 MiB cap
        report, *smalls = await asyncio.gather(sc.scan(big), *(sc.scan(small(i)) for i in range(4)))
        (finding,) = report.findings
        assert finding.entity_type == "UNSCANNABLE" and finding.location == "message"
        assert finding.detail == "scan: memory limit of 24 MiB per scan reached"
        assert all(r.segments >= 1 and not any(f.entity_type == "UNSCANNABLE" for f in r.findings) for r in smalls)
        assert _counter(metrics.SCANNER_RESTARTS, reason="memory_limit") == before + 1
        new = await _until("a new bulk scanner", lambda: [p["pid"] for p in sc.describe()
                                                          if p["lane"] == "bulk" and p["state"] == "idle"])
        assert bulk not in new
        assert (await sc.scan(small(7))).segments >= 1
    finally:
        await sc.close()


async def test_an_idle_scanner_that_dies_is_replaced() -> None:
    sc = await _started()
    try:
        (pid,) = [p["pid"] for p in sc.describe()]
        os.kill(pid, signal.SIGSEGV)
        await _until("a replacement", lambda: [p for p in sc.describe() if p["pid"] != pid and p["state"] == "idle"])
        assert (await sc.scan(small())).segments >= 1
        assert sc.ready
    finally:
        await sc.close()


async def test_a_dead_template_is_replaced_and_scanning_resumes() -> None:
    sc = await _started()
    try:
        old = sc.template_pid
        assert old is not None
        os.kill(old, signal.SIGKILL)
        # Sent at once: it is scanned either in the instant before the old scanner goes with its
        # template, or (put back in the queue) by a scanner of the new template.
        report = await asyncio.wait_for(sc.scan(small()), 60)
        assert report.segments >= 1
        await _until("a new template with a scanner", lambda: sc.template_pid not in (None, old) and sc.ready, 60)
        assert (await sc.scan(small(2))).segments >= 1
    finally:
        await sc.close()
    assert not Path(f"/proc/{old}").exists() or "Z" in Path(f"/proc/{old}/stat").read_text().split()[2]


async def test_scanner_processes_hold_only_their_own_channel() -> None:
    sc = await _started(processes=2, express_max_bytes=1 * MiB)
    try:
        for p in sc.describe():
            fds = {os.readlink(f"/proc/{p['pid']}/fd/{fd}") for fd in os.listdir(f"/proc/{p['pid']}/fd")}
            sockets = [f for f in fds if f.startswith("socket:")]
            assert len(sockets) == 1, fds  # not the template's control connection, not another scanner's
    finally:
        await sc.close()


@pytest.mark.slow
async def test_the_warm_template_shares_its_memory_and_stays_single_threaded() -> None:
    sc = await _started(warm=True)
    try:
        procs = await _until("warm scanner processes", lambda: [p for p in sc.describe()
                                                                if p["warm"] and p["state"] == "idle"], 240)
        tpid = sc.template_pid
        assert tpid is not None
        assert len(os.listdir(f"/proc/{tpid}/task")) == 1  # still safe to fork
        await sc.scan(small())
        template_rss = _rss_kib(tpid)
        assert template_rss > 120 * 1024  # the French pipeline and the extractors' libraries are loaded
        for p in procs:
            assert _private_kib(p["pid"]) < template_rss / 3  # the rest is shared with the template
    finally:
        await sc.close()
