"""The multi-process supervisor: N gateway workers sharing one listening socket, kept alive.

``run_workers(settings, n)`` (what ``dlp-gateway serve --workers N`` runs):

- checks the policy and binds the SMTP socket once (a bad policy or a taken port fails before
  any worker starts);
- forks the **scanner template** first (``gateway.scanpool``): it builds the detection engine
  once, in parallel with the rest of start-up, and forks the scanner processes of *every*
  worker, which therefore share one copy of the detectors, the extractors' libraries and the
  French pipeline (copy-on-write);
- imports the worker side (SMTP, policy, relay, quarantine) and freezes the heap
  (``gc.freeze()``), then **forks the workers** from itself: a worker starts in milliseconds
  and shares that memory too. The supervisor never starts a thread (forking a process with
  threads risks locks held by a thread the child does not have), so its ``/metrics``,
  ``/healthz`` and ``/readyz`` are served by a small child process of their own, which reads
  the supervisor's readiness from a shared page (``gateway.health.SharedStatus``);
- metrics: ``PROMETHEUS_MULTIPROC_DIR`` is set before prometheus-client is imported; every worker
  writes its metrics to ``<state_dir>/metrics`` and the endpoint serves their sum
  (``MultiProcessCollector``);
- replaces a worker that dies — at once the first time, then backing off while it keeps
  dying; when a worker fails three times before any worker ever got ready, start-up is broken
  (permissions, model, ...) and the supervisor stops with status 1. A template that dies is
  replaced the same way and every worker is handed a connection to the new one;
- SIGHUP: passed to every worker (each reloads its policy);
- SIGTERM / SIGINT: passed on, then waits for the workers to drain (``drain_timeout`` plus a
  margin) and kills what is left. Exit status 0 after a clean stop.

Each worker runs ``gateway.server.Gateway`` on the inherited socket; with ``scan_processes = 0``
(auto) the cores are split between the workers. A worker talks to the supervisor over a
``SOCK_SEQPACKET`` pair: it reports its readiness (``Gateway.ready()``), the supervisor hands it
template connections; end of file tells the worker the supervisor is gone (it then drains and
stops on its own). Each worker has its own process group, which its scanner processes join,
so a dead worker's scanners are killed with its group.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import gc
import logging
import os
import selectors
import signal
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gateway.config import Settings
from gateway.errors import GatewayError
from gateway.scanpool import wire
from gateway.scanpool.template import WARM_DELAY

if TYPE_CHECKING:
    from gateway.scanpool.template import TemplateProcess

log = logging.getLogger("dlpgw.workers")

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
REPORT_INTERVAL = 2.0  # seconds between a worker's readiness reports
STOP_MARGIN = 10.0  # seconds on top of drain_timeout before the supervisor kills workers
MAX_BACKOFF = 30.0
STARTUP_ATTEMPTS = 3  # a slot failing this often before any worker got ready: start-up is broken
STABLE_AFTER = 60.0  # a worker up this long resets its slot's backoff


class _Child:
    """A process this supervisor forked: reaped with waitpid, watched through a pidfd."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.pidfd = os.pidfd_open(pid)
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                self.returncode = -1
            else:
                if pid:
                    self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def close(self) -> None:
        """Release the pidfd (after it was unregistered from any selector)."""
        if self.pidfd >= 0:
            with contextlib.suppress(OSError):
                os.close(self.pidfd)
            self.pidfd = -1

    def send_signal(self, sig: int) -> None:
        if self.returncode is None:
            with contextlib.suppress(OSError):
                signal.pidfd_send_signal(self.pidfd, sig)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def wait(self, timeout: float) -> int | None:
        deadline = time.monotonic() + timeout
        while self.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.returncode


@dataclass(slots=True)
class _Worker:
    slot: int
    proc: _Child
    chan: socket.socket  # the supervisor's end of the worker's channel
    started: float
    ready: bool = False
    reason: str = "starting"
    ever_ready: bool = False


@dataclass(slots=True)
class _Slot:
    failures: int = 0
    respawn_at: float = 0.0


@dataclass
class WorkerContext:
    """What a forked worker gets from the supervisor."""

    settings: Settings
    sock: socket.socket  # the shared SMTP listening socket
    chan: socket.socket  # the worker's end of its channel to the supervisor
    template: socket.socket | None  # its first connection to the scanner template
    slot: int


def report(chan: socket.socket, ready: bool, reason: str) -> None:
    """A worker's readiness line to the supervisor."""
    wire.send_control(chan, ("status", bool(ready), reason))


@dataclass
class Supervisor:
    settings: Settings
    n: int
    sock: socket.socket
    metrics_dir: Path
    template: Any = None  # gateway.scanpool.TemplateProcess (None: workers start their own)
    template_config: Any = None  # to replace a template that died
    status: Any = None  # gateway.health.SharedStatus read by the endpoint process
    workers: dict[int, _Worker] = field(default_factory=dict)
    slots: list[_Slot] = field(default_factory=list)
    stopping: bool = False
    any_ready: bool = False
    restarts: int = 0
    # The worker's body, run in the forked child; returns its exit status.
    worker_target: Callable[[WorkerContext], int] | None = None
    http: _Child | None = None
    http_target: Callable[[], None] | None = None
    _deadline: float = float("inf")
    _sel: selectors.DefaultSelector = field(default_factory=selectors.DefaultSelector)
    _signals: list[int] = field(default_factory=list)
    _template_failures: int = 0
    _template_respawn_at: float = float("inf")
    _template_warm: bool = False
    _first_ready_at: float = float("inf")
    successor: Any = None  # a warm template loading, which the workers move to once it is ready
    _retired: list[Any] = field(default_factory=list)  # previous templates, until they exit
    _published: tuple[bool, str] | None = None

    # -- worker processes -----------------------------------------------------------------
    def worker_settings(self) -> Settings:
        s = self.settings
        update: dict[str, Any] = {"metrics_listen": "", "workers": 1}
        if s.scan_processes == 0:
            update["scan_processes"] = max(1, (os.cpu_count() or 1) // self.n)
        return s.model_copy(update=update)

    def _inherited(self) -> list[Any]:
        """What a forked child must close: every channel, pidfd and socket of this supervisor."""
        fds: list[Any] = [w.chan for w in self.workers.values()]
        fds += [w.proc.pidfd for w in self.workers.values() if w.proc.pidfd >= 0]
        for t in (self.template, self.successor):
            if t is not None:
                fds.append(t.ctl)
        if self.http is not None and self.http.pidfd >= 0:
            fds.append(self.http.pidfd)
        return fds

    def _fork(self, body: Callable[[], int], *, close: list[Any], own_group: bool) -> _Child:
        """Fork a child that runs ``body`` and exits with its status (never returns here)."""
        if not _single_threaded():
            log.warning("supervisor: forking while another thread runs (a bug): the child may deadlock")
        pid = os.fork()
        if pid == 0:
            code = 70
            try:
                for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
                    signal.signal(sig, signal.SIG_DFL)
                if own_group:
                    os.setpgid(0, 0)
                wire.close_fds(close)
                with contextlib.suppress(OSError):
                    self._sel.close()
                code = body()
            except SystemExit as e:
                code = e.code if isinstance(e.code, int) else 1
            except BaseException:
                with contextlib.suppress(BaseException):
                    log.exception("worker process failed")
            finally:
                with contextlib.suppress(BaseException):
                    sys.stdout.flush()
                    sys.stderr.flush()
                os._exit(code)
        return _Child(pid)

    def spawn(self, slot: int) -> None:
        chan_sup, chan_worker = wire.control_pair()
        tmpl_worker = self._template_connection()
        ctx = WorkerContext(self.worker_settings(), self.sock, chan_worker, tmpl_worker, slot)
        target = self.worker_target or worker_process
        proc = self._fork(lambda: target(ctx), close=[chan_sup, *self._inherited()], own_group=True)
        chan_worker.close()
        if tmpl_worker is not None:
            tmpl_worker.close()
        chan_sup.setblocking(False)
        worker = _Worker(slot, proc, chan_sup, time.monotonic())
        self.workers[slot] = worker
        self._sel.register(chan_sup, selectors.EVENT_READ, ("chan", worker))
        self._sel.register(proc.pidfd, selectors.EVENT_READ, ("exit", worker))
        log.info("worker %d started (pid %d)", slot, proc.pid)

    def _template_connection(self) -> socket.socket | None:
        """A new control connection to the template for a worker (its other end attached there)."""
        if self.template is None or self._template_down():
            return None
        ours, theirs = wire.control_pair()
        try:
            wire.send_control(self.template.ctl, ("attach",), [ours.fileno()])
        except OSError:
            theirs.close()
            return None
        finally:
            ours.close()
        return theirs

    def _read_chan(self, worker: _Worker) -> None:
        while True:
            try:
                message, fds = wire.recv_control(worker.chan)
            except BlockingIOError:
                return
            except OSError:
                message, fds = None, []
            wire.close_fds(fds)
            if message is None:
                with contextlib.suppress(KeyError, ValueError):
                    self._sel.unregister(worker.chan)
                return
            if message[0] == "status":
                worker.ready = bool(message[1])
                worker.reason = str(message[2]) or ("ok" if worker.ready else "not ready")
                if worker.ready and not worker.ever_ready:
                    worker.ever_ready = True
                    if not self.any_ready:
                        self._first_ready_at = time.monotonic()
                    self.any_ready = True
                    log.info("worker %d ready (pid %d)", worker.slot, worker.proc.pid)

    def _reap(self) -> bool:
        """Collect dead workers, schedule replacements. False when start-up is hopeless."""
        from prometheus_client import multiprocess

        now = time.monotonic()
        for slot, worker in list(self.workers.items()):
            rc = worker.proc.poll()
            if rc is None:
                continue
            del self.workers[slot]
            for obj in (worker.chan, worker.proc.pidfd):
                with contextlib.suppress(KeyError, ValueError, OSError):
                    self._sel.unregister(obj)
            worker.chan.close()
            worker.proc.close()
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(worker.proc.pid, signal.SIGKILL)  # what is left of its group (its scanners)
            multiprocess.mark_process_dead(worker.proc.pid, str(self.metrics_dir))
            if self.stopping:
                continue
            state = self.slots[slot]
            state.failures = 0 if now - worker.started >= STABLE_AFTER else state.failures + 1
            if not self.any_ready and state.failures >= STARTUP_ATTEMPTS:
                log.error(
                    "worker %d exited with status %s before it was ready, %d times; giving up", slot, rc, state.failures
                )
                return False
            state.respawn_at = now + _backoff(state.failures)
            self.restarts += 1
            log.error("worker %d (pid %d) died with status %s; replacing it in %.1fs", slot, worker.proc.pid, rc,
                      _backoff(state.failures))
        return self._reap_template(now) and self._reap_http()

    def _respawn_due(self) -> None:
        now = time.monotonic()
        if self.template is not None and self._template_down() and now >= self._template_respawn_at:
            self._respawn_template()
        for slot in range(self.n):
            if slot not in self.workers and self.slots[slot].respawn_at <= now:
                self.spawn(slot)

    # -- the scanner template ---------------------------------------------------------------
    def _template_down(self) -> bool:
        return self.template is not None and self.template.poll() is not None

    def _reap_template(self, now: float) -> bool:
        if self.template is None or self.stopping or self._template_respawn_at != float("inf"):
            return True
        rc = self.template.poll()
        if rc is None:
            return True
        self._template_failures += 1
        with contextlib.suppress(KeyError, ValueError):
            self._sel.unregister(self.template.ctl)
        with contextlib.suppress(OSError):
            self.template.ctl.close()
        if not self.any_ready and self._template_failures >= STARTUP_ATTEMPTS:
            log.error("the scanner template exited with status %s before any worker was ready, %d times; giving up",
                      rc, self._template_failures)
            return False
        delay = _backoff(self._template_failures)
        log.error("the scanner template (pid %d) died with status %s (every scanner process went with it); "
                  "replacing it in %.1fs", self.template.pid, rc, delay)
        self._template_respawn_at = now + delay
        return True

    def _respawn_template(self) -> None:
        from gateway.scanpool.template import fork_template

        self._template_respawn_at = float("inf")
        self.template = fork_template(self.template_config, close=[self.sock, *self._inherited()])
        self._template_warm = False
        self._watch_template()
        log.info("scanner template replaced (pid %d); handing it to %d worker(s)", self.template.pid, len(self.workers))
        for worker in self.workers.values():
            conn = self._template_connection()
            if conn is None:
                continue
            with contextlib.suppress(OSError):
                wire.send_control(worker.chan, ("template", False), [conn.fileno()])
            conn.close()

    def _watch_template(self, which: str = "template") -> None:
        t = self.template if which == "template" else self.successor
        if t is not None:
            t.ctl.setblocking(False)
            self._sel.register(t.ctl, selectors.EVENT_READ, (which, None))

    def _read_template(self, which: str) -> None:
        """Drain what a template tells its owners (we spawn nothing: only 'warm'); EOF: it died."""
        t = self.template if which == "template" else self.successor
        while t is not None:
            try:
                message, fds = wire.recv_control(t.ctl)
            except BlockingIOError:
                return
            except OSError:
                message, fds = None, []
            wire.close_fds(fds)
            if message is None:
                with contextlib.suppress(KeyError, ValueError):
                    self._sel.unregister(t.ctl)
                if which == "successor":
                    log.warning("the warm scanner template exited before it was ready; staying on the cold one")
                    with contextlib.suppress(OSError):
                        t.ctl.close()
                    self._retired.append(t)
                    self.successor = None
                return
            if message[0] == "warm" and which == "successor":
                self._promote_successor()
                return

    def _ensure_successor(self) -> None:
        """Once a worker is ready on a cold template, fork a warm one (preloading) to move to: after
        ``WARM_DELAY``, so that its seconds of loading do not compete with the first messages."""
        if (self.stopping or not self.any_ready or self._template_warm or self.successor is not None
                or time.monotonic() - self._first_ready_at < WARM_DELAY
                or not self.settings.scan_preload
                or self.template is None or self._template_down() or self.template_config is None):
            return
        from gateway.scanpool.template import fork_template

        config = dataclasses.replace(self.template_config, preload=True)
        self.successor = fork_template(config, close=[self.sock, *self._inherited()])
        self._watch_template("successor")
        log.info("warm scanner template starting (pid %d): French pipeline and extractor libraries, loaded once",
                 self.successor.pid)

    def _promote_successor(self) -> None:
        """The warm template is ready: every worker gets a connection to it and moves its scanners."""
        old, self.template, self.successor = self.template, self.successor, None
        self._template_warm = True
        for worker in self.workers.values():
            conn = self._template_connection()
            if conn is None:
                continue
            with contextlib.suppress(OSError):
                wire.send_control(worker.chan, ("template", True), [conn.fileno()])
            conn.close()
        for t in (old, self.template):
            with contextlib.suppress(KeyError, ValueError):
                self._sel.unregister(t.ctl)
        self._watch_template()
        with contextlib.suppress(OSError):
            old.ctl.close()  # it exits when the workers have moved their last scanner
        self._retired.append(old)
        log.info("workers moving to the warm scanner template (pid %d)", self.template.pid)

    def _reap_retired(self) -> None:
        for t in list(self._retired):
            if t.poll() is not None:
                self._retired.remove(t)

    # -- the endpoint process ---------------------------------------------------------------
    def start_http(self) -> None:
        if self.http_target is None:
            return
        target = self.http_target

        def body() -> int:
            wire.die_with_parent(os.getppid())
            target()
            return 0

        self.http = self._fork(body, close=[self.sock, *self._inherited()], own_group=False)
        self._sel.register(self.http.pidfd, selectors.EVENT_READ, ("http", None))

    def _reap_http(self) -> bool:
        if self.http is None or self.http.poll() is None:
            return True
        with contextlib.suppress(KeyError, ValueError, OSError):
            self._sel.unregister(self.http.pidfd)
        self.http.close()
        if not self.stopping:
            log.error("the metrics/health endpoint process died with status %s; restarting it", self.http.returncode)
            self.http = None
            self.start_http()
        return True

    # -- readiness ---------------------------------------------------------------------------
    def ready(self) -> tuple[bool, str]:
        if self.stopping:
            return False, "draining"
        workers = list(self.workers.values())
        up = sum(1 for w in workers if w.ready and w.proc.poll() is None)
        if up == 0:
            reasons = sorted({w.reason for w in workers}) or ["no worker running"]
            return False, f"0/{self.n} workers ready ({'; '.join(reasons)})"
        return True, f"{up}/{self.n} workers ready"

    def _publish(self) -> None:
        state = self.ready()
        if self.status is not None and state != self._published:
            self.status.write(*state)
            self._published = state

    # -- signals and the main loop ----------------------------------------------------------
    def _on_signal(self, signum: int, _frame: Any) -> None:
        self._signals.append(signum)

    def _forward(self, signum: int) -> None:
        for w in self.workers.values():
            if w.proc.poll() is None:
                w.proc.send_signal(signum)

    def run(self) -> int:
        self.slots = [_Slot() for _ in range(self.n)]
        previous = {sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
        try:
            return self._loop()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            self._sel.close()
            self._stop_helpers()

    def _loop(self) -> int:
        self._watch_template()
        for slot in range(self.n):
            self.spawn(slot)
        status = 0
        while True:
            while self._signals:
                signum = self._signals.pop(0)
                if signum == signal.SIGHUP:
                    log.info("SIGHUP: workers reload the policy")
                    self._forward(signal.SIGHUP)
                elif not self.stopping:
                    log.info("%s: stopping %d worker(s)", signal.Signals(signum).name, len(self.workers))
                    self.stopping = True
                    self._forward(signal.SIGTERM)
                    self.sock.close()
                    self._deadline = time.monotonic() + self.settings.drain_timeout + STOP_MARGIN
            self._publish()
            for key, _ in self._sel.select(timeout=0.2):
                kind, worker = key.data
                if kind == "chan":
                    self._read_chan(worker)
                elif kind in ("template", "successor"):
                    self._read_template(kind)
            if not self._reap():
                self.stopping = True
                self._forward(signal.SIGTERM)
                self._deadline = time.monotonic() + STOP_MARGIN
                status = 1
            self._publish()
            if self.stopping:
                if not self.workers:
                    break
                if time.monotonic() > self._deadline:
                    for w in self.workers.values():
                        log.error("worker %d (pid %d) did not stop in time; killing it", w.slot, w.proc.pid)
                        w.proc.kill()
                    self._deadline = float("inf")
            else:
                self._respawn_due()
                self._ensure_successor()
            self._reap_retired()
        return status

    def _stop_helpers(self) -> None:
        """After the workers: the template (no owner left: it exits) and the endpoint process."""
        for t in [self.template, self.successor, *self._retired]:
            if t is not None:
                t.close()
        if self.http is not None:
            self.http.send_signal(signal.SIGTERM)
            if self.http.wait(5.0) is None:
                self.http.kill()
                self.http.wait(2.0)


def _backoff(failures: int) -> float:
    """Replace at once the first time; then 0.5 s, 1 s, 2 s ... up to MAX_BACKOFF."""
    return 0.0 if failures <= 1 else min(MAX_BACKOFF, 0.5 * (2 ** (failures - 2)))


def _single_threaded() -> bool:
    from gateway.scanpool.template import single_threaded

    return single_threaded()


def prepare_metrics_dir(state_dir: Path) -> Path:
    """``<state_dir>/metrics``, emptied of a previous run's files (prometheus-client requires it)."""
    d = (state_dir / "metrics").resolve()
    d.mkdir(parents=True, exist_ok=True)
    for f in d.glob("*.db"):
        f.unlink()
    return d


def run_workers(settings: Settings, n: int, template: TemplateProcess | None = None) -> int:
    """Run ``n`` supervised worker processes on one shared socket until SIGTERM; return the exit status.

    ``template``: an early template (``fork_early_template``), configured here; else one is forked here.
    """
    n = max(1, n)
    metrics_dir = prepare_metrics_dir(settings.state_dir)
    if "prometheus_client" in sys.modules and MULTIPROC_ENV not in os.environ:
        log.error("prometheus-client was imported before %s was set: worker metrics will not be summed", MULTIPROC_ENV)
    os.environ[MULTIPROC_ENV] = str(metrics_dir)  # before this process imports prometheus_client

    from gateway.boot import load_policy_source, open_listener, template_config
    from gateway.scanpool.template import fork_template

    policy = load_policy_source(settings)  # a bad policy fails here, once, as PolicyError (exit 2), not in N workers
    # The template first: it builds the detection engine while this process prepares the workers.
    config = template_config(settings, policy)
    if template is not None and not template.configure(config):
        template = None  # it died early: forked anew below
    try:
        sock = open_listener(settings)
    except OSError as e:
        log.error("cannot listen on %s: %s", settings.listen, e.strerror or e)
        if template is not None:
            template.abandon()
        return 1
    if template is None:
        template = fork_template(config, close=[sock])
    _preload_worker_side()

    from gateway import __version__
    from gateway.health import SharedStatus

    status = SharedStatus(False, f"0/{n} workers ready (starting)")
    sup = Supervisor(settings, n, sock, metrics_dir, template=template, template_config=config, status=status)
    if settings.metrics_address is not None:
        sup.http_target = lambda: _serve_endpoint(settings, metrics_dir, status)
        sup.start_http()
    host, port = sock.getsockname()[:2]
    log.info("dlp-gateway %s supervisor: %d workers on %s:%s", __version__, n, host, port)
    try:
        return sup.run()
    finally:
        with contextlib.suppress(OSError):
            sock.close()
        log.info("dlp-gateway supervisor stopped")


def _preload_worker_side() -> None:
    """Import what a worker runs, then freeze the heap: forked workers share it and start at once."""
    import importlib

    for name in ("gateway.server", "gateway.actions", "gateway.health", "gateway.quarantine", "gateway.relay"):
        importlib.import_module(name)

    # Importing gateway.metrics created this process's (empty) metric files; only workers count.
    metrics_dir = os.environ.get(MULTIPROC_ENV)
    if metrics_dir:
        for f in Path(metrics_dir).glob(f"*_{os.getpid()}.db"):
            f.unlink()
    gc.collect()
    gc.freeze()


def _serve_endpoint(settings: Settings, metrics_dir: Path, status: Any) -> None:
    """The endpoint process: /metrics (the workers' sum), /healthz, /readyz (the supervisor's status)."""
    from prometheus_client import CollectorRegistry, Info, multiprocess

    from gateway import __version__
    from gateway.health import start_http

    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry, path=str(metrics_dir))
    Info("dlpgw_build", "Gateway version", registry=registry).info({"version": __version__})
    http = start_http(settings, status.read, registry=registry)
    if http is None:
        return
    signal.signal(signal.SIGTERM, lambda *_: http.close())
    assert http._thread is not None
    http._thread.join()


# --- the worker side -------------------------------------------------------------------------
def worker_process(ctx: WorkerContext) -> int:
    """Body of one forked worker process: the gateway on the shared socket until told to stop."""
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # until the gateway installs its reload handler
    ctx.sock.setblocking(False)
    try:
        return asyncio.run(_worker(ctx))
    except GatewayError as e:  # configuration, policy: say it in lines, the supervisor logs the exit
        lines = getattr(e, "lines", None) or [str(e)]
        print("dlp-gateway worker: " + "; ".join(lines), file=sys.stderr)
        return 2
    finally:
        with contextlib.suppress(OSError):
            ctx.chan.close()


async def _when_scanner(gw: Any, offers: list[tuple[socket.socket, bool]]) -> None:
    """Hand the templates that arrived while the gateway was starting to its scanner pool."""
    while gw.scanner is None:
        await asyncio.sleep(0.01)
    while offers:
        gw.scanner.adopt(*offers.pop(0))


async def _worker(ctx: WorkerContext) -> int:
    from gateway.server import Gateway

    loop = asyncio.get_running_loop()
    offers: list[tuple[socket.socket, bool]] = []  # templates handed over before the scanner exists
    stopping = asyncio.Event()
    chan = ctx.chan
    chan.setblocking(False)
    gw = Gateway(ctx.settings, sock=ctx.sock, template=ctx.template, supervised=True)

    def _offer(sock: socket.socket, warm: bool) -> None:
        if gw.scanner is not None:
            gw.scanner.adopt(sock, warm)
        else:
            offers.append((sock, warm))

    def _chan_readable() -> None:
        while True:
            try:
                message, fds = wire.recv_control(chan)
            except BlockingIOError:
                return
            except OSError:
                message, fds = None, []
            if message is None:  # the supervisor is gone: drain and stop
                with contextlib.suppress(ValueError, OSError):
                    loop.remove_reader(chan.fileno())
                stopping.set()
                return
            if message[0] == "template" and fds:
                _offer(socket.socket(fileno=fds.pop(0)), bool(message[1]) if len(message) > 1 else False)
            wire.close_fds(fds)

    loop.add_reader(chan.fileno(), _chan_readable)
    start = asyncio.ensure_future(gw.start())
    _deliver_offers = asyncio.ensure_future(_when_scanner(gw, offers))
    waiter = asyncio.ensure_future(stopping.wait())
    await asyncio.wait({start, waiter}, return_when=asyncio.FIRST_COMPLETED)
    if not start.done():  # the supervisor went away while we were starting
        start.cancel()
        with contextlib.suppress(BaseException):
            await start
        return 0
    waiter.cancel()
    start.result()
    await _deliver_offers
    gw.install_signals()
    stopping_task = asyncio.ensure_future(stopping.wait())
    stopping_task.add_done_callback(lambda _: gw.stopping.set())
    last: tuple[bool, str] | None = None
    next_report = 0.0
    while not gw.stopping.is_set():
        state = gw.ready()
        if state != last or time.monotonic() >= next_report:
            try:
                report(chan, *state)
            except BlockingIOError:
                pass
            except OSError:
                gw.stopping.set()  # the supervisor is gone
                break
            last, next_report = state, time.monotonic() + REPORT_INTERVAL
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(gw.stopping.wait(), REPORT_INTERVAL / 2)
    with contextlib.suppress(ValueError, OSError):
        loop.remove_reader(chan.fileno())
    stopping_task.cancel()
    await gw.stop()
    return 0
