"""The multi-process supervisor: N gateway workers sharing one listening socket, kept alive.

``run_workers(settings, n)`` (what ``dlp-gateway serve --workers N`` runs):

- binds the SMTP socket once (SO_REUSEADDR + SO_REUSEPORT, so a bind error fails before any
  worker starts) and hands its descriptor to N worker processes; all accept from it;
- starts each worker as a fresh interpreter (``python -c 'gateway.workers.worker_main()'``)
  with its settings on stdin, so ``PROMETHEUS_MULTIPROC_DIR`` is in its environment before
  prometheus-client is first imported: every worker writes its metrics to
  ``<state_dir>/metrics``, and the supervisor serves the sum on ``/metrics`` with
  ``MultiProcessCollector``, next to ``/healthz`` and ``/readyz`` (gateway.health);
- replaces a worker that dies (backing off when it keeps dying); when a worker fails three
  times before any worker ever got ready, start-up is broken (model, permissions, ...) and the
  supervisor stops with status 1; a bad policy or a taken port is refused before any worker;
- SIGHUP: passed to every worker (each reloads its policy);
- SIGTERM / SIGINT: passed on, then waits for the workers to drain (``drain_timeout`` plus a
  margin) and kills what is left. Exit status 0 after a clean stop.

Each worker runs ``gateway.server.Gateway`` on the inherited socket with its own scanner
processes; with ``scan_processes = 0`` (auto) the cores are split between the workers.
A worker reports its readiness (``Gateway.ready()``) to the supervisor on a pipe, and stops
on its own when the supervisor disappears (its stdin reaches end of file).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import pickle
import selectors
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from gateway.config import Settings
from gateway.errors import GatewayError

log = logging.getLogger("dlpgw.workers")

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
REPORT_INTERVAL = 2.0  # seconds between a worker's readiness reports
STOP_MARGIN = 10.0  # seconds on top of drain_timeout before the supervisor kills workers
MAX_BACKOFF = 30.0
STARTUP_ATTEMPTS = 3  # a slot failing this often before any worker got ready: start-up is broken
STABLE_AFTER = 60.0  # a worker up this long resets its slot's backoff


@dataclass(slots=True)
class _Worker:
    slot: int
    proc: subprocess.Popen[bytes]
    status: IO[bytes]
    started: float
    ready: bool = False
    reason: str = "starting"
    ever_ready: bool = False
    buf: bytes = b""


@dataclass(slots=True)
class _Slot:
    failures: int = 0
    respawn_at: float = 0.0


@dataclass
class Supervisor:
    settings: Settings
    n: int
    sock: socket.socket
    metrics_dir: Path
    workers: dict[int, _Worker] = field(default_factory=dict)
    slots: list[_Slot] = field(default_factory=list)
    stopping: bool = False
    any_ready: bool = False
    restarts: int = 0
    _deadline: float = float("inf")
    worker_cmd: tuple[str, ...] = (sys.executable, "-c", "from gateway.workers import worker_main; worker_main()")
    _sel: selectors.DefaultSelector = field(default_factory=selectors.DefaultSelector)
    _signals: list[int] = field(default_factory=list)

    # -- worker processes -----------------------------------------------------------------
    def worker_settings(self) -> Settings:
        s = self.settings
        update: dict[str, Any] = {"metrics_listen": "", "workers": 1}
        if s.scan_processes == 0:
            update["scan_processes"] = max(1, (os.cpu_count() or 1) // self.n)
        return s.model_copy(update=update)

    def spawn(self, slot: int) -> None:
        r, w = os.pipe()
        env = dict(os.environ)
        env[MULTIPROC_ENV] = str(self.metrics_dir)
        cmd = list(self.worker_cmd)
        fd = self.sock.fileno()
        # Own process group: the worker's scanner processes can be killed with it when it dies.
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, pass_fds=(fd, w), env=env, close_fds=True, process_group=0)
        os.close(w)
        assert proc.stdin is not None
        payload = {"settings": self.worker_settings(), "sock_fd": fd, "status_fd": w, "slot": slot}
        try:
            proc.stdin.write(pickle.dumps(payload))
            proc.stdin.flush()  # stdin stays open: its end of file tells the worker we are gone
        except BrokenPipeError:
            pass  # died at once; reaped by the loop
        status = os.fdopen(r, "rb", buffering=0)
        os.set_blocking(r, False)
        worker = _Worker(slot, proc, status, time.monotonic())
        self.workers[slot] = worker
        self._sel.register(status, selectors.EVENT_READ, worker)
        log.info("worker %d started (pid %d)", slot, proc.pid)

    def _read_status(self, worker: _Worker) -> None:
        try:
            chunk = worker.status.read(4096)
        except BlockingIOError:
            return
        if not chunk:
            self._sel.unregister(worker.status)
            return
        worker.buf += chunk
        *lines, worker.buf = worker.buf.split(b"\n")
        for line in lines:
            ok, _, reason = line.decode("utf-8", "replace").partition("\t")
            worker.ready = ok == "1"
            worker.reason = reason or ("ok" if worker.ready else "not ready")
            if worker.ready and not worker.ever_ready:
                worker.ever_ready = True
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
            with contextlib.suppress(KeyError, ValueError):
                self._sel.unregister(worker.status)
            worker.status.close()
            if worker.proc.stdin is not None:
                with contextlib.suppress(OSError):
                    worker.proc.stdin.close()
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(worker.proc.pid, signal.SIGKILL)  # orphaned scanner processes of a dead worker
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
            delay = min(MAX_BACKOFF, 0.5 * (2 ** max(0, state.failures - 1))) if state.failures else 0.0
            state.respawn_at = now + delay
            self.restarts += 1
            log.error("worker %d (pid %d) died with status %s; replacing it in %.1fs", slot, worker.proc.pid, rc, delay)
        return True

    def _respawn_due(self) -> None:
        now = time.monotonic()
        for slot in range(self.n):
            if slot not in self.workers and self.slots[slot].respawn_at <= now:
                self.spawn(slot)

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

    # -- signals and the main loop ----------------------------------------------------------
    def _on_signal(self, signum: int, _frame: Any) -> None:
        self._signals.append(signum)

    def _forward(self, signum: int) -> None:
        for w in self.workers.values():
            if w.proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
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

    def _loop(self) -> int:
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
            for key, _ in self._sel.select(timeout=0.2):
                self._read_status(key.data)
            if not self._reap():
                self.stopping = True
                self._forward(signal.SIGTERM)
                self._deadline = time.monotonic() + STOP_MARGIN
                status = 1
            if self.stopping:
                if not self.workers:
                    break
                if time.monotonic() > self._deadline:
                    for w in self.workers.values():
                        log.error("worker %d (pid %d) did not stop in time; killing it", w.slot, w.proc.pid)
                        with contextlib.suppress(ProcessLookupError):
                            w.proc.kill()
                    self._deadline = float("inf")
            else:
                self._respawn_due()
        return status


def prepare_metrics_dir(state_dir: Path) -> Path:
    """``<state_dir>/metrics``, emptied of a previous run's files (prometheus-client requires it)."""
    d = (state_dir / "metrics").resolve()
    d.mkdir(parents=True, exist_ok=True)
    for f in d.glob("*.db"):
        f.unlink()
    return d


def run_workers(settings: Settings, n: int) -> int:
    """Run ``n`` supervised worker processes on one shared socket until SIGTERM; return the exit status."""
    from gateway import __version__
    from gateway.server import load_policy_source, open_listener

    n = max(1, n)
    load_policy_source(settings)  # a bad policy fails here, once, as PolicyError (exit 2), not in N workers
    metrics_dir = prepare_metrics_dir(settings.state_dir)
    os.environ[MULTIPROC_ENV] = str(metrics_dir)  # before this process imports prometheus_client too
    try:
        sock = open_listener(settings)
    except OSError as e:
        log.error("cannot listen on %s: %s", settings.listen, e.strerror or e)
        return 1
    sock.set_inheritable(True)

    from prometheus_client import CollectorRegistry, Info, multiprocess

    from gateway.health import start_http

    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry, path=str(metrics_dir))
    Info("dlpgw_build", "Gateway version", registry=registry).info({"version": __version__})
    sup = Supervisor(settings, n, sock, metrics_dir)
    http = start_http(settings, sup.ready, registry=registry)
    host, port = sock.getsockname()[:2]
    log.info("dlp-gateway %s supervisor: %d workers on %s:%s", __version__, n, host, port)
    try:
        return sup.run()
    finally:
        if http is not None:
            http.close()
        with contextlib.suppress(OSError):
            sock.close()
        log.info("dlp-gateway supervisor stopped")


# --- the worker side -------------------------------------------------------------------------
def worker_main() -> None:
    """Entry point of one worker process (started by the supervisor, settings on stdin)."""
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # until the gateway installs its reload handler
    payload = pickle.load(sys.stdin.buffer)
    settings: Settings = payload["settings"]
    from gateway.logs import setup_logging

    setup_logging(settings.log_level, settings.log_format == "json")
    sock = socket.socket(fileno=payload["sock_fd"])
    sock.setblocking(False)
    status = os.fdopen(payload["status_fd"], "wb", buffering=0)
    try:
        code = asyncio.run(_worker(settings, sock, status))
    except GatewayError as e:  # configuration, policy: say it in lines, the supervisor logs the exit
        lines = getattr(e, "lines", None) or [str(e)]
        print("dlp-gateway worker: " + "; ".join(lines), file=sys.stderr)
        code = 2
    finally:
        with contextlib.suppress(OSError):
            status.close()
    raise SystemExit(code)


async def _worker(settings: Settings, sock: socket.socket, status: IO[bytes]) -> int:
    from gateway.server import Gateway

    gw = Gateway(settings, sock=sock)
    await gw.start()
    gw.install_signals()
    loop = asyncio.get_running_loop()
    # The supervisor keeps our stdin open; end of file means it is gone: stop with it.
    stdin_fd = sys.stdin.fileno()
    os.set_blocking(stdin_fd, False)

    def _stdin_ready() -> None:
        try:
            data = os.read(stdin_fd, 4096)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            loop.remove_reader(stdin_fd)
            gw.stopping.set()

    loop.add_reader(stdin_fd, _stdin_ready)
    last: tuple[bool, str] | None = None
    next_report = 0.0
    while not gw.stopping.is_set():
        state = gw.ready()
        if state != last or time.monotonic() >= next_report:
            try:
                status.write(f"{'1' if state[0] else '0'}\t{state[1]}\n".encode())
            except OSError:
                gw.stopping.set()  # the supervisor is gone
                break
            last, next_report = state, time.monotonic() + REPORT_INTERVAL
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(gw.stopping.wait(), REPORT_INTERVAL / 2)
    with contextlib.suppress(ValueError, OSError):
        loop.remove_reader(stdin_fd)
    await gw.stop()
    return 0
