"""The scanner pool: one gateway process's bounded scan queue in front of its scanner processes.

:class:`Scanner` runs on the event loop. Each scanner process (forked by the template, see
``template.py``) scans one message at a time over its own socket; the pool decides which
message goes where and when, and what happens when a scan goes wrong:

- **bounded queue**: a message that finds no free scanner waits in the queue, small messages
  first. Beyond ``queue_limit`` waiting messages, ``queue_bytes`` of waiting big ones, or when the
  big ones ahead would take most of ``queue_timeout`` to scan (at the rate measured so far), it
  is refused at once with ``ScanError("queue_full")`` (-> 451 4.3.2), not left to time out late;
  a message that still waited ``queue_timeout`` gets ``ScanError("queue_timeout")``;
- **express lane**: messages up to ``express_max_bytes`` may also use one extra scanner process
  reserved for them, so a flood of 20 MB attachments does not delay ordinary mail;
- **per-scan timeout**: measured from the moment *that* scan starts (not from arrival). A scan
  over ``timeout`` gets its scanner process killed (SIGKILL) and replaced;
- **isolation**: a timeout, a crash, a memory-cap hit of one scanner fails only the message it
  was scanning. No message is ever cancelled on behalf of another one: other scans keep running,
  queued messages wait for the replacement;
- **memory cap**: each scanner process runs under ``RLIMIT_DATA`` (start size + ``memory_limit``).
  A scan that reaches it gets a precise fail-closed result — an ``UNSCANNABLE`` finding
  "scan: memory limit ... reached" that the policy decides on like any unreadable content —
  and its process is replaced.

Scanner processes that were forked before the template had warmed up (French pipeline,
extractor libraries) are replaced by warm ones when idle, as are those running with detector
options the policy no longer has (``reconfigure``).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import itertools
import logging
import os
import pickle
import signal
import socket
import time
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from gateway import metrics
from gateway.errors import ScanError
from gateway.model import UNSCANNABLE, Finding, ScanReport
from gateway.scanpool import wire
from gateway.scanpool.template import WARM_DELAY, TemplateConfig, TemplateProcess, spawn_template
from gateway.spool import SpooledMessage

log = logging.getLogger("dlpgw.scanner")

MiB = 1024 * 1024
BULK, EXPRESS = "bulk", "express"
STARTING, IDLE, BUSY, GONE = "starting", "idle", "busy", "gone"
EXIT_STATUS_WAIT = 0.5  # seconds to wait for the template's word on why a scanner died
FAULT_SIGNALS = frozenset({signal.SIGABRT, signal.SIGSEGV, signal.SIGBUS, signal.SIGILL, signal.SIGFPE})
NEAR_CAP = 0.5  # a fault at this share of the memory cap or more is the cap being hit
MAX_CRASHERS = 256  # digests of messages a scanner faulted on, remembered per pool
QUEUE_WAIT_SHARE = 0.8  # a big message expected to wait longer than this share of queue_timeout: refused now
RATE_WEIGHT = 0.3  # weight of the newest scan in the moving average of the bulk scan rate


@dataclass(frozen=True, slots=True)
class PoolSettings:
    """The pool's bounds (from :class:`gateway.config.Settings`, see ``from_settings``)."""

    processes: int = 1
    timeout: float = 30.0
    queue_limit: int = 100
    queue_bytes: int = 128 * MiB
    queue_timeout: float = 60.0
    express_max_bytes: int = 1 * MiB
    memory_limit: int = 1536 * MiB
    bulk_nice: int = 0
    start_timeout: float = 60.0
    # Once ready, start a preloaded ("warm") successor template and move to it. Off for a worker
    # of the supervisor (the supervisor hands its workers one), and for the command line.
    warm: bool = True
    cache_dir: str = ""  # the templates it starts keep compiled big regexes here (TemplateConfig.cache_dir)

    @classmethod
    def from_settings(cls, settings: Any, processes: int | None = None) -> PoolSettings:
        from gateway.boot import cache_dir

        return cls(
            processes=max(1, processes if processes is not None else settings.effective_scan_processes),
            timeout=settings.scan_timeout,
            queue_limit=settings.scan_queue_limit,
            queue_bytes=settings.scan_queue_bytes,
            queue_timeout=settings.scan_queue_timeout,
            express_max_bytes=settings.scan_express_max_bytes,
            memory_limit=settings.scan_memory_limit * MiB,
            bulk_nice=settings.scan_bulk_nice,
            warm=settings.scan_preload,
            cache_dir=str(cache_dir(settings)),
        )


def describe_exit(code: int | None) -> str:
    """``signal 9 (SIGKILL)``, ``status 1``: how a process ended, for logs (content-free)."""
    if code is None:
        return "exit status unknown"
    if code < 0:
        try:
            return f"signal {-code} ({signal.Signals(-code).name})"
        except ValueError:
            return f"signal {-code}"
    return f"status {code}"


def memory_report(detail: str) -> ScanReport:
    """The verdict input for a message whose scan reached the memory cap: unreadable, fail closed."""
    return ScanReport(findings=[Finding(UNSCANNABLE, "message", detail=f"scan: {detail}")])


@dataclass(eq=False)
class _Job:
    raw: bytes | SpooledMessage  # a spooled message goes to its scanner as a descriptor, not bytes
    small: bool
    future: asyncio.Future[ScanReport]
    queued_at: float = field(default_factory=time.monotonic)
    expiry: asyncio.TimerHandle | None = None
    reruns: int = 0  # times it was put back in the queue because its template died under it

    @property
    def size(self) -> int:
        return len(self.raw)


@dataclass(eq=False)
class _Proc:
    pid: int
    sock: socket.socket
    pidfd: int
    lane: str
    warm: bool
    options: Any
    link: TemplateLink | None = None
    state: str = STARTING
    job: _Job | None = None
    assignment: asyncio.Future[_Job | None] | None = None
    exit_code: asyncio.Future[int | None] | None = None
    retire: bool = False
    killed_for: str | None = None
    cap: int = 0  # its RLIMIT_DATA, bytes (0: none)
    peak_kib: int = 0  # its peak resident size, from the template once it has exited
    seq: int = 0
    task: asyncio.Task[None] | None = None


class TemplateLink:
    """The pool's control connection to its template (the asyncio side)."""

    def __init__(self, pool: Scanner, sock: socket.socket, process: TemplateProcess | None) -> None:
        self.pool = pool
        self.sock = sock
        self.process = process
        self.loop = asyncio.get_running_loop()
        self.pending: dict[int, asyncio.Future[tuple[int, int, int, bool]]] = {}
        self.tokens = itertools.count(1)
        self.lost = False
        self.closing = False  # we close it on purpose (its generation has retired)
        self.warm = False
        sock.setblocking(False)
        self.loop.add_reader(sock.fileno(), self._readable)
        self.send(("hello", os.getpgid(0)))

    def send(self, message: tuple[Any, ...]) -> None:
        try:
            wire.send_control(self.sock, message)
        except OSError:
            self._lose()

    async def spawn(self, options: Any, nice: int) -> tuple[int, int, int, bool]:
        """Ask for one scanner process: ``(pid, socket fd, pidfd, warm)``."""
        if self.lost:
            raise ConnectionError("template gone")
        token = next(self.tokens)
        fut: asyncio.Future[tuple[int, int, int, bool]] = self.loop.create_future()
        self.pending[token] = fut
        self.send(("spawn", token, options, nice))
        try:
            return await fut
        finally:
            self.pending.pop(token, None)

    def _readable(self) -> None:
        while not self.lost:
            try:
                message, fds = wire.recv_control(self.sock)
            except BlockingIOError:
                return
            except OSError:
                message, fds = None, []
            if message is None:
                self._lose()
                return
            kind = message[0]
            if kind == "spawned":
                _, token, pid, warm = message
                fut = self.pending.get(token)
                if fut is None or fut.done() or len(fds) != 2:
                    self._discard(fds)  # the asker gave up (timeout, shutdown): the scanner goes
                else:
                    fut.set_result((pid, fds[0], fds[1], bool(warm)))
            elif kind == "spawn_failed":
                fut = self.pending.get(message[1])
                if fut is not None and not fut.done():
                    fut.set_exception(RuntimeError(f"template could not fork a scanner ({message[2]})"))
                self._discard(fds)
            elif kind == "exited":
                self.pool._on_exited(int(message[1]), int(message[2]), int(message[3]))
            elif kind == "warm":
                self.warm = True
                self.pool._on_warm(self)
            else:
                self._discard(fds)

    @staticmethod
    def _discard(fds: list[int]) -> None:
        if len(fds) == 2:
            with contextlib.suppress(OSError):
                signal.pidfd_send_signal(fds[1], signal.SIGKILL)
        for fd in fds:
            with contextlib.suppress(OSError):
                os.close(fd)

    def _lose(self) -> None:
        if self.lost:
            return
        self.lost = True
        with contextlib.suppress(ValueError, OSError):
            self.loop.remove_reader(self.sock.fileno())
        with contextlib.suppress(OSError):
            self.sock.close()
        for fut in self.pending.values():
            if not fut.done():
                fut.set_exception(ConnectionError("template gone"))
        self.pool._on_link_lost(self)

    async def close(self) -> None:
        self.closing = True
        self._lose()
        if self.process is not None:
            await asyncio.to_thread(self.process.close)


TemplateFactory = Callable[[], Awaitable["TemplateProcess | socket.socket"]]


class Scanner:
    """A bounded queue in front of scanner processes forked by a template. See the module doc."""

    def __init__(
        self,
        processes: int = 1,
        options: Any = None,
        limits: Any = None,
        timeout: float = 30.0,
        *,
        settings: PoolSettings | None = None,
        template: TemplateProcess | socket.socket | None = None,
        template_factory: TemplateFactory | None = None,
        spawn_templates: bool = True,
        log_level: str = "INFO",
        log_json: bool = False,
    ) -> None:
        from detectors import DetectorOptions
        from gateway.extract import ExtractLimits

        base = settings or PoolSettings(processes=processes, timeout=timeout)
        self.settings = base
        self.processes = max(1, base.processes)
        self.timeout = base.timeout
        self.options = options or DetectorOptions()
        self.limits = limits or ExtractLimits()
        self._log = (log_level, log_json)
        self._template = template
        # Where a new template comes from when there is none: started here (a new interpreter), or
        # handed over (``adopt``: the supervisor does that for its workers).
        self._offers: asyncio.Queue[TemplateProcess | socket.socket] | None = None
        self._factory = template_factory or (self._spawn_template if spawn_templates else self._next_offer)
        self._link: TemplateLink | None = None
        self._next: TemplateLink | None = None  # a warm successor, loading
        self._old: list[TemplateLink] = []  # previous generations, until their last scanner retires
        self._link_lock: asyncio.Lock | None = None
        self._procs: dict[int, _Proc] = {}
        self._recent: dict[int, _Proc] = {}  # gone, waiting for the template's exit notice
        self._starting = {BULK: 0, EXPRESS: 0}
        self._small: deque[_Job] = deque()
        self._big: deque[_Job] = deque()
        self._queued_bytes = 0
        self._rate: float | None = None  # bytes/s of one bulk process on big messages, once measured
        self._crashers: OrderedDict[bytes, None] = OrderedDict()
        self._upgrading = False
        self._serving = False  # start() is done: background work may begin
        self._closed = False
        self._started = False
        self._changed: asyncio.Event | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    # -- public ------------------------------------------------------------------------------
    @property
    def lanes(self) -> dict[str, int]:
        lanes = {BULK: self.processes}
        if self.settings.express_max_bytes > 0:
            lanes[EXPRESS] = 1
        return lanes

    async def start(self) -> None:
        """Connect to (or start) the template and wait until every scanner process is ready."""
        self._link_lock = asyncio.Lock()
        self._changed = asyncio.Event()
        if self._offers is None:
            self._offers = asyncio.Queue()
        self._started = True
        await self._get_link()
        self._ensure_capacity()
        deadline = time.monotonic() + self.settings.start_timeout
        while self.live(IDLE) < sum(self.lanes.values()):
            left = deadline - time.monotonic()
            if left <= 0:
                raise ScanError("unavailable", "scanner processes did not start")
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), left)
        self._serving = True
        # The warm template a moment later: its seconds of loading do not compete with the first messages.
        asyncio.get_running_loop().call_later(WARM_DELAY, self._ensure_successor)

    @property
    def ready(self) -> bool:
        """A scan can run now: the template is connected and a bulk scanner process is up."""
        return (self._started and not self._closed
                and any(p.lane == BULK and p.state in (IDLE, BUSY) and not (p.link is not None and p.link.lost)
                        for p in self._procs.values()))

    def live(self, *states: str) -> int:
        return sum(1 for p in self._procs.values() if not states or p.state in states)

    def describe(self) -> list[dict[str, Any]]:
        """The scanner processes (pid, lane, state, warm), for tests and diagnostics."""
        return [{"pid": p.pid, "lane": p.lane, "state": p.state, "warm": p.warm,
                 "job_bytes": p.job.size if p.job is not None else 0} for p in self._procs.values()]

    @property
    def template_pid(self) -> int | None:
        """The pid of the template we are connected to, when we started it ourselves."""
        link = self._link
        return link.process.pid if link is not None and link.process is not None and not link.lost else None

    @property
    def queued(self) -> int:
        return len(self._small) + len(self._big)

    async def scan(self, raw: bytes | SpooledMessage) -> ScanReport:
        """Scan one message in a scanner process; raise ScanError when it cannot be scanned.

        A :class:`~gateway.spool.SpooledMessage` is handed over as its file descriptor: the scanner
        reads the file itself (the caller keeps it open until this returns)."""
        if self._closed or not self._started:
            raise ScanError("unavailable", "scanner not started")
        loop = asyncio.get_running_loop()
        s = self.settings
        job = _Job(raw, bool(s.express_max_bytes) and len(raw) <= s.express_max_bytes, loop.create_future())
        if not self._free_for(job):
            if self.queued >= s.queue_limit:
                raise ScanError("queue_full", f"{self.queued} messages already wait for a scanner")
            if not job.small and self._queued_bytes and self._queued_bytes + job.size > s.queue_bytes:
                raise ScanError("queue_full", f"{self._queued_bytes // MiB} MiB of messages already wait")
            wait = self._expected_wait(job)
            if wait > QUEUE_WAIT_SHARE * s.queue_timeout:
                # It would wait out its bound in the queue: say so now, not after queue_timeout.
                raise ScanError("queue_full", f"the big messages queued ahead take ~{wait:.0f}s to scan")
        (self._small if job.small else self._big).append(job)
        if not job.small:
            self._queued_bytes += job.size
        job.expiry = loop.call_later(s.queue_timeout, self._expire, job)
        self._queue_changed()
        self._dispatch()
        try:
            return await asyncio.shield(job.future)
        except asyncio.CancelledError:
            self._unqueue(job)  # our caller went away: a queued job is dropped, a running one finishes
            raise

    def adopt(self, source: TemplateProcess | socket.socket, warm: bool = False) -> None:
        """A template handed over (by the supervisor): the replacement of a dead one, or a warm
        successor to move to."""
        if self._closed:
            _close_source(source)
            return
        if self._offers is None:
            self._offers = asyncio.Queue()
        if self._link is None or self._link.lost or not self._started:
            self._offers.put_nowait(source)
            return
        if not warm:
            _close_source(source)  # we have a live template already
            return
        link = self._make_link(source)
        link.warm = True
        self._switch_to(link)

    def reconfigure(self, options: Any) -> None:
        """Use new detector options: new scanner processes get them; the others retire when idle."""
        self.options = options
        for proc in self._procs.values():
            if proc.options != options:
                self._retire(proc)
        self._ensure_capacity()

    async def close(self) -> None:
        """Stop: queued messages fail (``unavailable``), running scans are stopped, processes end."""
        if self._closed:
            return
        self._closed = True
        for job in list(self._small) + list(self._big):
            self._unqueue(job)
            self._fail(job, ScanError("unavailable", "gateway shutting down"))
        for proc in list(self._procs.values()):
            if proc.state == BUSY:
                self._kill(proc, "shutdown")
            else:
                self._retire(proc)
        tasks = [p.task for p in self._procs.values() if p.task is not None] + list(self._tasks)
        for t in self._tasks:
            t.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=5)
        for link in [self._link, self._next, *self._old]:
            if link is not None:
                await link.close()
        self._queue_changed()

    # -- the template link ----------------------------------------------------------------------
    def _template_config(self, preload: bool) -> TemplateConfig:
        return TemplateConfig(self.options, self.limits, self.settings.memory_limit, preload, *self._log,
                              cache_dir=self.settings.cache_dir)

    async def _spawn_template(self) -> TemplateProcess:
        return spawn_template(self._template_config(preload=False))  # cold: ready fast

    async def _next_offer(self) -> TemplateProcess | socket.socket:
        assert self._offers is not None
        return await self._offers.get()

    def _make_link(self, source: TemplateProcess | socket.socket) -> TemplateLink:
        if isinstance(source, TemplateProcess):
            return TemplateLink(self, source.ctl, source)
        return TemplateLink(self, source, None)

    def _ensure_successor(self) -> None:
        """Once ready on a cold template, start a warm one (a new interpreter) to move to."""
        if (not self.settings.warm or self._closed or not self._serving or self._next is not None
                or self._link is None or self._link.lost or self._link.warm):
            return
        try:
            self._next = self._make_link(spawn_template(self._template_config(preload=True)))
        except OSError as e:
            log.warning("could not start a warm scanner template (%s); staying on the cold one", type(e).__name__)

    def _on_warm(self, link: TemplateLink) -> None:
        if link is self._next:
            self._next = None
            self._switch_to(link)

    def _switch_to(self, link: TemplateLink) -> None:
        """Move to a warm template: its scanners replace the old ones one by one."""
        old = self._link
        self._link = link
        if old is not None and not old.lost:
            self._old.append(old)
        log.info("moving to the warm scanner template: French pipeline and extractor libraries shared")
        self._upgrading = True
        self._ensure_capacity()
        self._close_drained()

    def _close_drained(self) -> None:
        """Close previous generations whose last scanner process has retired."""
        for link in list(self._old):
            if not any(p.link is link for p in self._procs.values()):
                self._old.remove(link)
                self._background(link.close())

    async def _get_link(self) -> TemplateLink:
        assert self._link_lock is not None
        async with self._link_lock:
            backoff = 0.2
            while self._link is None or self._link.lost:
                if self._closed:
                    raise ConnectionError("scanner pool closed")
                try:
                    source, self._template = self._template or await self._factory(), None
                except Exception as e:
                    log.error("cannot start a scanner template (%s); retrying in %.1fs", type(e).__name__, backoff)
                    await asyncio.sleep(backoff)
                    backoff = min(5.0, backoff * 2)
                    continue
                self._link = self._make_link(source)
            return self._link

    def _on_link_lost(self, link: TemplateLink) -> None:
        if self._closed or link.closing:
            return
        if link is self._next:
            self._next = None
            log.warning("the warm scanner template exited before it was ready; staying on the cold one")
            if link.process is not None:
                self._background(asyncio.to_thread(link.process.close, 1.0))
            return
        if link in self._old:
            self._old.remove(link)
        if link is not self._link:
            return
        log.error("scanner template gone: its scanner processes go with it; starting or awaiting a new one")
        if link.process is not None:
            self._background(asyncio.to_thread(link.process.close, 1.0))
        self._ensure_capacity()

    def _background(self, coro: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- scanner processes ----------------------------------------------------------------------
    def _ensure_capacity(self) -> None:
        if self._closed or not self._started:
            return
        for lane, target in self.lanes.items():
            have = sum(1 for p in self._procs.values() if p.lane == lane and not p.retire) + self._starting[lane]
            for _ in range(target - have):
                self._starting[lane] += 1
                self._background(self._spawn_one(lane))
        if self._upgrading:
            self._upgrade_step()

    async def _spawn_one(self, lane: str) -> None:
        backoff = 0.1
        try:
            while not self._closed:
                options = self.options
                try:
                    link = await self._get_link()
                    pid, fd, pidfd, warm = await asyncio.wait_for(
                        link.spawn(options, self.settings.bulk_nice if lane == BULK else 0),
                        self.settings.start_timeout,
                    )
                except (Exception, TimeoutError) as e:
                    if self._closed:
                        return
                    log.error("could not start a scanner process (%s); retrying in %.1fs", type(e).__name__, backoff)
                    await asyncio.sleep(backoff)
                    backoff = min(5.0, backoff * 2)
                    continue
                sock = socket.socket(fileno=fd)
                sock.setblocking(False)
                proc = _Proc(pid, sock, pidfd, lane, warm, options, link)
                if self._closed:
                    self._kill(proc, "shutdown")
                    self._close_proc(proc)
                    return
                self._procs[pid] = proc
                proc.exit_code = asyncio.get_running_loop().create_future()
                proc.task = asyncio.ensure_future(self._run(proc))
                return
        finally:
            self._starting[lane] -= 1

    async def _run(self, proc: _Proc) -> None:
        loop = asyncio.get_running_loop()
        loop.add_reader(proc.pidfd, self._on_pidfd, proc)
        try:
            try:
                kind, _, payload = await asyncio.wait_for(self._read_frame(proc), self.settings.start_timeout)
                if kind != wire.READY:
                    raise ConnectionError("unexpected first frame")
                info = pickle.loads(payload)
                proc.warm = bool(info.get("warm", proc.warm))
                proc.cap = int(info.get("cap") or 0)
            except (OSError, EOFError, TimeoutError, ConnectionError, pickle.UnpicklingError):
                log.error("scanner process %d did not start", proc.pid)
                self._kill(proc, "start")
                return
            proc.state = IDLE
            if self._upgrading and proc.link is self._link:
                self._upgraded(proc)
            self._ensure_successor()  # after a replaced (cold) template, warm up again
            self._notify()
            while not self._closed:
                proc.assignment = loop.create_future()
                self._dispatch()
                job = await proc.assignment
                proc.assignment = None
                if job is None:
                    if not proc.retire and not self._closed:
                        await self._died_idle(proc)
                    break
                if not await self._scan_on(proc, job):
                    break
                proc.state = IDLE
        finally:
            self._finish(proc)

    async def _scan_on(self, proc: _Proc, job: _Job) -> bool:
        """Run one job on ``proc``; False when the process is gone afterwards."""
        proc.state, proc.job = BUSY, job
        started = time.monotonic()
        metrics.SCAN_QUEUE_WAIT.observe(started - job.queued_at)
        proc.seq += 1
        try:
            kind, _, payload = await asyncio.wait_for(self._exchange(proc, proc.seq, job.raw), self.timeout)
        except TimeoutError:
            self._kill(proc, "timeout")
            log.warning("scan exceeded %.0fs: scanner process %d killed, a new one replaces it", self.timeout, proc.pid)
            metrics.SCANNER_RESTARTS.labels(reason="timeout").inc()
            self._fail(job, ScanError("timeout", f"scan exceeded {self.timeout:.0f}s"))
            return False
        except (OSError, EOFError, ConnectionError):
            if proc.killed_for == "shutdown":
                self._fail(job, ScanError("unavailable", "gateway shutting down"))
                return False
            code = await self._exit_status(proc)
            if proc.link is not None and proc.link.lost and job.reruns == 0 and not self._closed:
                # Its template died (and took every scanner with it): the message is not at fault.
                job.reruns += 1
                log.warning("scanner process %d went with its template; its message goes back to the queue", proc.pid)
                self._requeue(job)
                return False
            self._crashed(proc, job, code)
            return False
        finally:
            proc.job = None
        if kind == wire.DONE:
            try:
                self._resolve(job, pickle.loads(payload))
            except Exception:
                self._fail(job, ScanError("error", "unreadable scan result"))
                return False
            if not job.small:
                self._learn_rate(job.size, time.monotonic() - started)
            return True
        if kind == wire.MEMORY:
            detail = pickle.loads(payload)
            log.warning("scan reached the memory cap: fail-closed verdict for that message, scanner process %d "
                        "replaced", proc.pid)
            metrics.SCANNER_RESTARTS.labels(reason="memory_limit").inc()
            self._resolve(job, memory_report(str(detail)))
            return False  # the process exits after such an answer
        name = pickle.loads(payload) if kind == wire.ERROR else "protocol"
        log.error("scan failed: %s", name)  # type only: the text may quote the message
        metrics.SCANNER_RESTARTS.labels(reason="error").inc()
        self._fail(job, ScanError("error", str(name)))
        return False

    def _crashed(self, proc: _Proc, job: _Job, code: int | None) -> None:
        """A scanner died in the middle of ``job``: fail that message alone, as precisely as we can tell.

        A library that aborts or faults (SIGABRT, SIGSEGV ...) after using most of the memory cap
        hit the cap (C code cannot raise MemoryError: pdfium aborts when an allocation is
        refused): the message gets the same fail-closed verdict as a MemoryError. A message on
        which a scanner faults a second time gets an UNSCANNABLE verdict too, so a deterministic
        crasher is not retried by its client for days. Anything else: 451, the client retries.
        """
        how = describe_exit(code)
        if proc.cap and proc.peak_kib:
            how += f", peak {proc.peak_kib // 1024} MiB of a {proc.cap // MiB} MiB cap"
        fault = code is not None and -code in FAULT_SIGNALS
        if fault and proc.cap and proc.peak_kib * 1024 >= proc.cap * NEAR_CAP:
            log.warning("scanner process %d aborted near its memory cap (%s): fail-closed verdict for that message, "
                        "process replaced", proc.pid, how)
            metrics.SCANNER_RESTARTS.labels(reason="memory_limit").inc()
            self._resolve(job, memory_report(f"memory limit of {self.settings.memory_limit // MiB} MiB per scan "
                                             f"reached (a library aborted: {describe_exit(code)})"))
            return
        metrics.SCANNER_RESTARTS.labels(reason="crashed").inc()
        if fault and self._crashed_before(job.raw):
            log.error("scanner process %d died again on the same message (%s): fail-closed verdict", proc.pid, how)
            detail = f"scan: the scanner crashed on this message twice ({describe_exit(code)})"
            self._resolve(job, ScanReport(findings=[Finding(UNSCANNABLE, "message", detail=detail)]))
            return
        log.error("scanner process %d died during a scan (%s); only that message fails, a new process replaces it",
                  proc.pid, how)
        self._fail(job, ScanError("crashed", f"scanner process died ({how})"))

    def _crashed_before(self, raw: bytes | SpooledMessage) -> bool:
        """Remember the digest of a message a scanner faulted on; True when it had happened before."""
        digest = raw.digest() if isinstance(raw, SpooledMessage) else hashlib.sha256(raw).digest()
        seen = digest in self._crashers
        self._crashers[digest] = None
        self._crashers.move_to_end(digest)
        while len(self._crashers) > MAX_CRASHERS:
            self._crashers.popitem(last=False)
        return seen

    async def _exchange(self, proc: _Proc, seq: int, raw: bytes | SpooledMessage) -> tuple[bytes, int, bytearray]:
        loop = asyncio.get_running_loop()
        if isinstance(raw, SpooledMessage):
            await wire.send_fd_frame(proc.sock, wire.frame_fd(seq, raw.size), raw.fd)
        else:
            await loop.sock_sendall(proc.sock, wire.frame(wire.SCAN, seq, raw))
            await loop.sock_sendall(proc.sock, memoryview(raw))
        while True:
            kind, rseq, payload = await self._read_frame(proc)
            if rseq == seq & 0xFFFFFFFF:
                return kind, rseq, payload

    async def _read_frame(self, proc: _Proc) -> tuple[bytes, int, bytearray]:
        head = await self._read_exactly(proc.sock, wire.HEADER.size)
        kind, seq, length = wire.HEADER.unpack(head)
        payload = await self._read_exactly(proc.sock, length) if length else bytearray()
        return kind, seq, payload

    @staticmethod
    async def _read_exactly(sock: socket.socket, n: int) -> bytearray:
        loop = asyncio.get_running_loop()
        buf = bytearray(n)
        view = memoryview(buf)
        got = 0
        while got < n:
            k = await loop.sock_recv_into(sock, view[got:])
            if k == 0:
                raise EOFError("scanner closed its channel")
            got += k
        return buf

    async def _exit_status(self, proc: _Proc) -> int | None:
        if proc.exit_code is None:
            return None
        with contextlib.suppress(TimeoutError):
            return await asyncio.wait_for(asyncio.shield(proc.exit_code), EXIT_STATUS_WAIT)
        return None

    def _on_pidfd(self, proc: _Proc) -> None:
        """The process exited (readable pidfd). An idle one is cleaned up now; a busy one by its scan."""
        with contextlib.suppress(ValueError, OSError):
            asyncio.get_running_loop().remove_reader(proc.pidfd)
        if proc.state in (STARTING, IDLE) and proc.assignment is not None and not proc.assignment.done():
            proc.assignment.set_result(None)

    async def _died_idle(self, proc: _Proc) -> None:
        code = await self._exit_status(proc)
        if code == 0:  # it recycled itself after a scan that left it much bigger than it started
            log.info("scanner process %d recycled after a large scan", proc.pid)
            metrics.SCANNER_RESTARTS.labels(reason="recycled").inc()
        else:
            log.error("idle scanner process %d died (%s); a new one replaces it", proc.pid, describe_exit(code))
            metrics.SCANNER_RESTARTS.labels(reason="crashed").inc()

    def _on_exited(self, pid: int, code: int, peak_kib: int = 0) -> None:
        """The template's word on a scanner's end (usually just after its pidfd said so)."""
        proc = self._procs.get(pid) or self._recent.pop(pid, None)
        if proc is not None:
            proc.peak_kib = peak_kib
            if proc.exit_code is not None and not proc.exit_code.done():
                proc.exit_code.set_result(code)

    def _outdated(self, proc: _Proc) -> bool:
        """Forked by a previous template generation (not retiring yet)."""
        return proc.link is not self._link and not proc.retire

    def _upgrade_step(self) -> None:
        """One new process per lane at a time; each old one retires when a new one is ready."""
        old = [p for p in self._procs.values() if self._outdated(p)]
        if not old:
            self._upgrading = False
            return
        for lane in {p.lane for p in old}:
            spare = any(p.lane == lane and p.link is self._link and p.state == STARTING for p in self._procs.values())
            if not spare and self._starting[lane] == 0:
                self._starting[lane] += 1
                self._background(self._spawn_one(lane))

    def _upgraded(self, proc: _Proc) -> None:
        """A process of the current generation is ready: one old one of its lane retires (idle first)."""
        old = [p for p in self._procs.values() if p.lane == proc.lane and self._outdated(p)]
        if old:
            self._retire(min(old, key=lambda p: p.state != IDLE))

    def _retire(self, proc: _Proc) -> None:
        proc.retire = True
        if proc.state in (STARTING, IDLE) and proc.assignment is not None and not proc.assignment.done():
            proc.assignment.set_result(None)

    def _kill(self, proc: _Proc, why: str) -> None:
        proc.killed_for = why
        with contextlib.suppress(OSError):
            signal.pidfd_send_signal(proc.pidfd, signal.SIGKILL)

    def _finish(self, proc: _Proc) -> None:
        proc.state = GONE  # a retired process sees its channel close and exits
        if proc.job is not None:
            self._fail(proc.job, ScanError("crashed", "scanner process gone"))
        self._procs.pop(proc.pid, None)
        if proc.exit_code is not None and not proc.exit_code.done():
            self._recent[proc.pid] = proc
            if len(self._recent) > 64:
                self._recent.pop(next(iter(self._recent)))
        self._close_proc(proc)
        self._notify()
        self._close_drained()
        self._ensure_capacity()
        self._dispatch()

    @staticmethod
    def _close_proc(proc: _Proc) -> None:
        with contextlib.suppress(ValueError, OSError, RuntimeError):
            asyncio.get_running_loop().remove_reader(proc.pidfd)
        with contextlib.suppress(OSError):
            proc.sock.close()
        with contextlib.suppress(OSError):
            os.close(proc.pidfd)

    def _notify(self) -> None:
        if self._changed is not None:
            self._changed.set()

    # -- the queue -----------------------------------------------------------------------------
    def _free_for(self, job: _Job) -> bool:
        """Would ``job`` start at once (an idle process it may use, nothing queued ahead of it)?"""
        if self._small or (not job.small and self._big):
            return False
        return any(self._waiting(p) and (p.lane == BULK or job.small) for p in self._procs.values())

    @staticmethod
    def _waiting(proc: _Proc) -> bool:
        return (proc.state == IDLE and not proc.retire and proc.assignment is not None
                and not proc.assignment.done() and not (proc.link is not None and proc.link.lost))

    def _dispatch(self) -> None:
        # the express process first: small messages go there and leave the bulk processes to big ones
        for proc in sorted(self._procs.values(), key=lambda p: p.lane != EXPRESS):
            if not self._waiting(proc):
                continue
            if self._small:
                job = self._small.popleft()
            elif proc.lane == BULK and self._big:
                job = self._big.popleft()
                self._queued_bytes -= job.size
            else:
                continue
            if job.expiry is not None:
                job.expiry.cancel()
            proc.state = BUSY
            assert proc.assignment is not None
            proc.assignment.set_result(job)
        self._queue_changed()

    def _requeue(self, job: _Job) -> None:
        """Put a job back at the head of its queue (it keeps its place: it was already running)."""
        if job.small:
            self._small.appendleft(job)
        else:
            self._big.appendleft(job)
            self._queued_bytes += job.size
        job.expiry = asyncio.get_running_loop().call_later(self.settings.queue_timeout, self._expire, job)
        self._queue_changed()

    def _unqueue(self, job: _Job) -> bool:
        for q in (self._small, self._big):
            with contextlib.suppress(ValueError):
                q.remove(job)
                if q is self._big:
                    self._queued_bytes -= job.size
                if job.expiry is not None:
                    job.expiry.cancel()
                self._queue_changed()
                return True
        return False

    def _learn_rate(self, size: int, seconds: float) -> None:
        """Bytes per second one scanner process gets through on big messages (moving average)."""
        sample = size / max(seconds, 0.001)
        self._rate = sample if self._rate is None else (1 - RATE_WEIGHT) * self._rate + RATE_WEIGHT * sample

    def _expected_wait(self, job: _Job) -> float:
        """Seconds until a bulk process would take ``job`` (0 for small ones: they go first)."""
        if job.small or self._rate is None:
            return 0.0
        bulk = sum(1 for p in self._procs.values() if p.lane == BULK and p.state in (IDLE, BUSY))
        return self._queued_bytes / (self._rate * max(1, bulk))

    def _expire(self, job: _Job) -> None:
        if self._unqueue(job):
            self._fail(job, ScanError("queue_timeout", f"no scanner free within {self.settings.queue_timeout:.0f}s"))

    def _queue_changed(self) -> None:
        metrics.SCAN_QUEUE.set(self.queued)

    @staticmethod
    def _resolve(job: _Job, report: ScanReport) -> None:
        if not job.future.done():
            job.future.set_result(report)

    @staticmethod
    def _fail(job: _Job, error: ScanError) -> None:
        if not job.future.done():
            job.future.set_exception(error)


def _close_source(source: TemplateProcess | socket.socket) -> None:
    if isinstance(source, TemplateProcess):
        source.close()
    else:
        with contextlib.suppress(OSError):
            source.close()
