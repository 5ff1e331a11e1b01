"""The template process: loads the detectors once and forks scanner processes from itself.

A preloading fork server. It builds the detection engine (and warms the scan path with a tiny
message), freezes the heap for the garbage collector (``gc.freeze()``), and from then on only
forks: every scanner process is a copy-on-write child that shares the engine, the extractors'
modules and the French pipeline instead of loading its own. Start-up of a scanner is a fork
(milliseconds), not an interpreter start plus model loading (seconds).

It stays single-threaded for its whole life (forking a process with threads risks locks held
by a thread that does not exist in the child), so it is started either

- by ``fork_early_template()``, the very first thing ``dlp-gateway serve`` does (before it reads
  its settings): the template builds an engine for the default options and warms the scan path
  while its creator reads the settings and the policy, then waits for ``("config",
  TemplateConfig)`` on its control connection (``TemplateProcess.configure``); the engine for the
  configured options shares the recognizers already built. Its connection closing before that
  (the creator failed) ends it quietly;
- by ``fork_template()`` from a process that has not started any thread yet (the multi-worker
  supervisor, which never starts threads, replacing a template), or
- by ``spawn_template()`` as a fresh interpreter (``python -m gateway.scanpool``), from a
  process that already runs threads (tests, a gateway replacing a template that died).

Owners (a gateway's scanner pool, the supervisor) talk to it over ``SOCK_SEQPACKET`` control
connections. ``("spawn", token, options, nice)`` forks a scanner; the answer ``("spawned",
token, pid, warm)`` carries the scanner's end of a fresh socket pair and a pidfd, so the pool
talks to and kills its scanner directly. ``("attach",)`` with a descriptor adds an owner (the
supervisor attaches each worker). The template reaps its children and tells their owner
``("exited", pid, returncode, peak_rss_kib)``; when an owner's connection closes, its scanners are
killed.
It exits when no owner is left, or on SIGTERM (killing its scanners).

Two generations, so that start-up waits for nothing but the rules. The first template is
*cold*: engine only, ready in a fraction of a second. A second after the gateway is ready, a *warm*
successor is started (``TemplateConfig.preload``): before serving anything it also loads spaCy
and the French pipeline (a last-resort tie for French Art. 9 words) and the extractors'
libraries, then announces ``("warm",)``. The pools then move to it one scanner at a time (a
warm one starts before a cold one retires: capacity and readiness never dip) and the cold
template exits with its last scanner. A cold scanner that meets a French tie meanwhile loads
the pipeline itself (correct, only slower).
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import logging
import os
import pickle
import selectors
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, NoReturn

from gateway.scanpool import wire

log = logging.getLogger("dlpgw.scanner")

# Libraries the extractors import on first need; importing them here shares them with every scanner.
WARM_MODULES = (
    "lxml.etree", "pypdfium2", "pypdf", "openpyxl", "odf.opendocument", "odf.table", "extract_msg",
    "tnefparse.tnef", "striprtf.striprtf", "msoffcrypto", "olefile", "charset_normalizer", "defusedxml.ElementTree",
)
WARM_MESSAGE = (
    b"From: Warm Up <warm@example.invalid>\r\nTo: <rcpt@example.invalid>\r\nSubject: warm-up\r\n"
    b"MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\nBonjour, la r\xc3\xa9union est d\xc3\xa9plac\xc3\xa9e.\r\n--b\r\n"
    b"Content-Type: text/html; charset=utf-8\r\n\r\n<p>Meeting <b>moved</b>.</p>\r\n--b--\r\n"
)
# One scanner process per core is the norm; these bound the threads its libraries may start.
THREAD_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


# Seconds from the first ready pool (or worker) to the start of the warm successor template: its loading
# does not compete with the first messages (gateway.scanpool.pool, gateway.workers).
WARM_DELAY = 1.0


@dataclass(frozen=True, slots=True)
class TemplateConfig:
    """Everything a template needs (picklable: an exec'd template reads it from its stdin)."""

    options: Any  # detectors.DetectorOptions
    limits: Any  # gateway.extract.ExtractLimits
    memory_limit: int = 0  # bytes one scan may allocate above a scanner's start size (0 = no cap)
    preload: bool = False  # load spaCy, the pipelines and the extractors' libraries before serving
    log_level: str = "INFO"
    log_json: bool = False
    cache_dir: str = ""  # compiled big regexes (detectors.recache) here and beside the package; "" = none


def single_threaded() -> bool:
    """True when this process runs exactly one thread (Python's or native): safe to fork."""
    try:
        return threading.active_count() == 1 and len(os.listdir(f"/proc/{os.getpid()}/task")) == 1
    except OSError:
        return False


# --- the creator's side -------------------------------------------------------------------
@dataclass
class TemplateProcess:
    """A started template, seen from the process that started it."""

    pid: int
    ctl: socket.socket  # the creator's own control connection (an owner)
    popen: subprocess.Popen[bytes] | None = None
    forked: bool = False

    def poll(self) -> int | None:
        """The exit code once the template has exited (reaping it), else None."""
        if self.popen is not None:
            return self.popen.poll()
        try:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:
            return -1
        return os.waitstatus_to_exitcode(status) if pid else None

    def configure(self, config: TemplateConfig) -> bool:
        """Send an early template (``fork_early_template``) what it waits for before building its engine.

        False when it is gone already (it failed while importing): the caller starts another one.
        """
        try:
            wire.send_control(self.ctl, ("config", config))
            return True
        except OSError:
            self.abandon()
            return False

    def abandon(self) -> None:
        """Stop it now (the start-up failed before it was configured): SIGKILL, reaped."""
        with contextlib.suppress(OSError):
            self.ctl.close()
        if self.poll() is not None:
            return  # exited (reaped now or before): its pid may be another process's already
        if self.popen is not None:
            self.popen.kill()
            self.popen.wait()
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)

    def close(self, timeout: float = 1.0) -> None:
        """Close our connection (the template exits when no owner is left), then make sure it did.

        It may be busy preloading for a few seconds: after ``timeout`` it gets SIGTERM
        (it kills its scanners and exits at once), then SIGKILL.
        """
        with contextlib.suppress(OSError):
            self.ctl.close()
        for sig, wait in ((None, timeout), (signal.SIGTERM, 2.0), (signal.SIGKILL, 5.0)):
            if sig is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(self.pid, sig)
            deadline = time.monotonic() + wait
            while time.monotonic() < deadline:
                if self.poll() is not None:
                    return
                time.sleep(0.01)


def fork_template(
    config: TemplateConfig | Callable[[], TemplateConfig], *, engine: Any = None, close: Iterable[Any] = ()
) -> TemplateProcess:
    """Fork the template from this (single-threaded) process; exec a fresh one when threads run.

    ``config`` may be a function, called in the template (and raising there ends it quietly:
    the caller reports its own errors). ``engine``: an engine already built for the options
    (else the template builds it, in parallel with this process). ``close``: descriptors the
    template must not inherit (the SMTP listening socket, ...).
    """
    if not single_threaded():
        log.debug("threads are running: starting the scanner template as a new interpreter")
        return spawn_template(config() if callable(config) else config)

    def serve(child_end: Any) -> None:
        wire.close_fds(close)
        try:
            conf = config() if callable(config) else config
        except Exception:
            os._exit(2)  # a bad policy or configuration: the parent says so, once
        Template(conf, engine).serve([child_end])

    return _fork(serve)


def _fork(serve: Callable[[Any], None]) -> TemplateProcess:
    """Fork a template process that runs ``serve(its control end)`` and exits (70 when it fails)."""
    parent_end, child_end = wire.control_pair()
    pid = os.fork()
    if pid == 0:  # the template
        code = 70
        try:
            parent_end.close()
            serve(child_end)
        except BaseException:
            with contextlib.suppress(BaseException):
                log.exception("scanner template failed")
        finally:
            os._exit(code)
    child_end.close()
    return TemplateProcess(pid, parent_end, None, forked=True)


def fork_early_template() -> TemplateProcess | None:
    """Fork a template before the configuration is even read (the first thing ``serve`` does).

    It builds an engine for the default options while its creator reads the settings and the
    policy, then waits for :meth:`TemplateProcess.configure` (the options, the limits, the cache
    directory); the end of its control connection before that (the creator failed: a bad setting
    or policy, which the creator reports) ends it quietly. None when threads already run (no safe
    fork): the caller forks or spawns a configured one later.
    """
    if not single_threaded():
        return None
    return _fork(lambda child_end: Template(None).serve([child_end]))


def spawn_template(config: TemplateConfig) -> TemplateProcess:
    """Start the template as a new interpreter (``python -m gateway.scanpool FD``)."""
    parent_end, child_end = wire.control_pair()
    env = {**os.environ, **{k: v for k, v in THREAD_ENV.items() if k not in os.environ}}
    fd = child_end.fileno()
    popen = subprocess.Popen(
        [sys.executable, "-m", "gateway.scanpool", str(fd)], stdin=subprocess.PIPE, pass_fds=(fd,), env=env,
        close_fds=True,
    )
    child_end.close()
    assert popen.stdin is not None
    try:
        popen.stdin.write(pickle.dumps(config))
        popen.stdin.close()
    except BrokenPipeError:
        pass  # it died at once: the pool sees its control connection close
    return TemplateProcess(popen.pid, parent_end, popen)


def main(argv: list[str] | None = None) -> NoReturn:
    """``python -m gateway.scanpool FD``: the template as a new interpreter, config on stdin."""
    argv = sys.argv[1:] if argv is None else argv
    config: TemplateConfig = pickle.load(sys.stdin.buffer)
    from gateway.logs import setup_logging

    setup_logging(config.log_level, config.log_json)
    code = 70
    try:
        Template(config).serve([socket.socket(fileno=int(argv[0]))])
    except BaseException:
        with contextlib.suppress(BaseException):
            log.exception("scanner template failed")
    finally:
        os._exit(code)


# --- the template's side --------------------------------------------------------------------
@dataclass(eq=False)
class _Owner:
    conn: socket.socket
    pgid: int = 0
    scanners: set[int] = field(default_factory=set)


class Template:
    """The template's state and loop (runs in the template process only)."""

    def __init__(self, config: TemplateConfig | None, engine: Any = None) -> None:
        for k, v in THREAD_ENV.items():
            os.environ.setdefault(k, v)
        logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)  # one INFO line per recognizer
        # None: an early template (fork_early_template), configured by its creator's first message.
        self.config: TemplateConfig = config  # type: ignore[assignment]
        self.engines: dict[Any, Any] = {}
        if config is not None:
            self._use_cache(config)
            if engine is not None:
                self.engines[config.options] = engine
        self.owners: dict[int, _Owner] = {}  # by connection fd
        self.children: dict[int, _Owner] = {}  # scanner pid -> owner
        self.sel = selectors.DefaultSelector()
        self.stopping = False
        self.warm = False  # preloaded: its scanners share the pipelines and libraries
        self._spare: Any = None  # an early template's engine for the default options (_prepare)

    # -- setup -------------------------------------------------------------------------
    def engine_for(self, options: Any) -> Any:
        engine = self.engines.get(options)
        if engine is None:
            from detectors import DetectionEngine

            # From an engine built already (the early one, or the current one when the policy's IBANs
            # change): its recognizers are shared when only options that detect reads differ.
            source, self._spare = self._spare or next(iter(self.engines.values()), None), None
            if source is not None:
                engine = source.with_options(options)
            else:
                engine = DetectionEngine(options, defer_prefilter=not self.warm)
            self.engines[options] = engine
            self._warm_scan(engine)
            if self.warm:
                self._load_pipelines()  # loaded once per process: instant for a second engine
                gc.freeze()
        return engine

    def _warm_scan(self, engine: Any) -> None:
        from gateway.scan import scan_message

        scan_message(WARM_MESSAGE, engine, self.config.limits)  # imports and compiles what every scan needs

    @staticmethod
    def _use_cache(config: TemplateConfig) -> None:
        """Compiled big regexes from files (``detectors.recache``): the package's own, then ``cache_dir``."""
        from detectors import recache

        recache.set_cache_dirs(*((recache.PACKAGE_DIR, config.cache_dir) if config.cache_dir else ()))

    def _prepare(self) -> None:
        """An early template, before its configuration: build an engine for the default options (the
        configured one shares its recognizers, ``DetectionEngine.with_options``) and warm the scan path.
        Compiled regexes come from the package's cache only until the configuration names the state
        directory's (what could not be written is written there then, ``detectors.recache``)."""
        try:
            from detectors import DetectionEngine, DetectorOptions, recache
            from gateway.extract import ExtractLimits
            from gateway.scan import scan_message

            recache.set_cache_dirs(recache.PACKAGE_DIR)
            spare = DetectionEngine(DetectorOptions(), defer_prefilter=True)
            scan_message(WARM_MESSAGE, spare, ExtractLimits())
            self._spare = spare
        except Exception as e:  # built again from the configuration, which reports what fails
            log.debug("scanner template: no engine before the configuration (%s)", type(e).__name__)

    def _await_config(self, conn: socket.socket) -> None:
        """Block until the creator's ``("config", TemplateConfig)``; its end before that ends us quietly."""
        conn.setblocking(True)
        message, fds = wire.recv_control(conn)
        wire.close_fds(fds)
        if message is None or message[0] != "config" or not isinstance(message[1], TemplateConfig):
            os._exit(0)  # the creator failed before configuring us (it says why) or is not ours
        self.config = message[1]
        from gateway.logs import setup_logging

        setup_logging(self.config.log_level, self.config.log_json)
        logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)
        self._use_cache(self.config)

    @staticmethod
    def _load_pipelines() -> None:
        from detectors import nlp

        for pipeline in nlp.pending():
            pipeline.load()

    def _preload(self) -> None:
        """Everything a scan may need later, loaded once here for every scanner."""
        t0 = time.perf_counter()
        try:
            self._load_pipelines()
        except Exception as e:  # a broken pipeline package: scanners then run without it, or load it on need
            log.warning("scanner template: the spaCy pipeline could not be preloaded (%s)", type(e).__name__)
        for engine in self.engines.values():
            engine.load_prefilter()  # deferred by the cold template (detectors.prefilter)
        for name in WARM_MODULES:
            try:
                importlib.import_module(name)
            except Exception as e:  # an optional library missing: the scanners import it on need
                log.debug("preload %s failed: %s", name, type(e).__name__)
        if not single_threaded():
            log.warning("scanner template: a library started a thread while loading; forks stay safe only "
                        "if it holds no lock")
        self.warm = True
        log.info("scanner template warm in %.1fs: French pipeline and extractor libraries loaded once for "
                 "every scanner", time.perf_counter() - t0)

    def serve(self, conns: list[socket.socket]) -> NoReturn:
        self.pid = os.getpid()
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the owners decide when we stop
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, self._on_term)
        signal.signal(signal.SIGCHLD, lambda *_: None)
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_r, False)
        os.set_blocking(self._wake_w, False)
        signal.set_wakeup_fd(self._wake_w, warn_on_full_buffer=False)
        self.sel.register(self._wake_r, selectors.EVENT_READ, None)
        if self.config is None:
            self._prepare()
            self._await_config(conns[0])
        for conn in conns:
            self._add_owner(conn)
        self.engine_for(self.config.options)
        if self.config.preload:
            self._preload()
        gc.collect()
        gc.freeze()  # everything loaded so far is shared: keep the collector off those pages
        log.debug("scanner template ready (pid %d%s)", os.getpid(), ", warm" if self.warm else "")
        if self.warm:
            for owner in list(self.owners.values()):
                self._send(owner, ("warm",))
        while not self.stopping and self.owners:
            for key, _ in self.sel.select(1.0):
                if key.data is None:
                    with contextlib.suppress(OSError):
                        while os.read(self._wake_r, 512):
                            pass
                else:
                    self._handle(key.data)
            self._reap()
        self._shutdown()

    def _on_term(self, *_: Any) -> None:
        if os.getpid() != self.pid:
            os._exit(0)  # a scanner forked an instant ago, before it reset this handler: not its siblings
        for pid in list(self.children):  # even in the middle of a preload: stop now
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        os._exit(0)

    def _add_owner(self, conn: socket.socket) -> None:
        conn.setblocking(True)
        conn.settimeout(10.0)  # an owner that stops reading cannot stall the template for long
        owner = _Owner(conn)
        self.owners[conn.fileno()] = owner
        self.sel.register(conn, selectors.EVENT_READ, owner)

    def _drop_owner(self, owner: _Owner) -> None:
        with contextlib.suppress(KeyError, ValueError):
            self.sel.unregister(owner.conn)
        self.owners.pop(owner.conn.fileno(), None)
        for pid in list(owner.scanners):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)  # not reaped yet: the pid is still ours
        owner.conn.close()

    def _send(self, owner: _Owner, message: tuple[Any, ...], fds: Iterable[int] = ()) -> bool:
        try:
            wire.send_control(owner.conn, message, fds)
            return True
        except OSError:
            self._drop_owner(owner)
            return False

    # -- requests --------------------------------------------------------------------------
    def _handle(self, owner: _Owner) -> None:
        try:
            message, fds = wire.recv_control(owner.conn)
        except OSError:
            message, fds = None, []
        if message is None:
            self._drop_owner(owner)
            return
        kind = message[0]
        if kind == "hello":
            owner.pgid = int(message[1])
        elif kind == "attach":
            for fd in fds:
                self._add_owner(socket.socket(fileno=fd))
            fds = []
        elif kind == "spawn":
            _, token, options, nice = message
            self._spawn(owner, token, options, int(nice))
        for fd in fds:
            os.close(fd)

    def _spawn(self, owner: _Owner, token: int, options: Any, nice: int) -> None:
        try:
            engine = self.engine_for(options)
        except Exception as e:
            log.exception("scanner template: cannot build the detection engine")
            self._send(owner, ("spawn_failed", token, type(e).__name__))
            return
        a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        warm = self.warm
        pid = os.fork()
        if pid == 0:  # the scanner
            try:
                self._become_scanner(owner, a, b, engine, nice, warm)
            finally:
                os._exit(70)
        b.close()
        pidfd = os.pidfd_open(pid)
        self.children[pid] = owner
        owner.scanners.add(pid)
        self._send(owner, ("spawned", token, pid, warm), [a.fileno(), pidfd])
        a.close()
        os.close(pidfd)

    def _become_scanner(self, owner: _Owner, a: socket.socket, b: socket.socket, engine: Any, nice: int,
                        warm: bool) -> NoReturn:
        from gateway.scanpool.scanner import run_scanner

        template = os.getppid()
        signal.set_wakeup_fd(-1)
        for sig in (signal.SIGCHLD, signal.SIGTERM):
            signal.signal(sig, signal.SIG_DFL)
        wire.close_fds([a, self._wake_r, self._wake_w, *(o.conn for o in self.owners.values())])
        self.sel.close()
        wire.die_with_parent(template)
        if owner.pgid:
            with contextlib.suppress(OSError):
                os.setpgid(0, owner.pgid)  # killed with its worker's process group
        if nice:
            with contextlib.suppress(OSError):
                os.nice(nice)
        b.setblocking(True)
        run_scanner(b, engine, self.config.limits, memory_limit=self.config.memory_limit, warm=warm)

    def _reap(self) -> None:
        while self.children:
            try:
                pid, status, usage = os.wait4(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            owner = self.children.pop(pid, None)
            if owner is None:
                continue
            owner.scanners.discard(pid)
            if owner.conn.fileno() in self.owners:
                self._send(owner, ("exited", pid, os.waitstatus_to_exitcode(status), usage.ru_maxrss))

    def _shutdown(self) -> NoReturn:
        for pid in list(self.children):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 5
        while self.children and time.monotonic() < deadline:
            self._reap()
            time.sleep(0.01)
        os._exit(0)
