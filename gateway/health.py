"""The operations HTTP endpoint: ``/healthz``, ``/readyz`` and ``/metrics`` on the metrics port.

A small stdlib HTTP server in a daemon thread, so it keeps answering while the event loop is
busy. ``/healthz`` says the process is alive. ``/readyz`` says whether this instance should
get traffic: the caller's check (policy and detectors loaded, workers up) and then the upstream,
reached within a short timeout (cached a few seconds so probes do not hammer it). It answers
``200 ready: ...`` or ``503 not ready: <reason>``. ``/metrics`` is the Prometheus exposition of
the given registry (the process registry, or the multiprocess collector of the supervisor).

:class:`SharedStatus` carries a readiness answer from one process to its forked children
(the multi-worker supervisor keeps no thread of its own: its endpoint runs in a child process).

Nothing here reads message data: reasons name components and the upstream host only.
"""

from __future__ import annotations

import logging
import mmap
import os
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from gateway.config import Settings
from gateway.relay import upstream_tls_context

log = logging.getLogger("dlpgw.health")

ReadyCheck = Callable[[], tuple[bool, str]]

UPSTREAM_OK_TTL = 10.0  # seconds a successful upstream probe is trusted
UPSTREAM_FAIL_TTL = 2.0  # seconds a failed one is (retry soon: readiness should recover fast)
UPSTREAM_PROBE_TIMEOUT = 3.0  # upper bound of one probe, below the readiness probe timeout


class SharedStatus:
    """``(ready, reason)`` written by one process, read by the processes it forks afterwards.

    An anonymous shared mapping with a sequence lock: the writer makes the counter odd, writes,
    makes it even; a reader retries while it is odd or changed under it. Reads never block.
    """

    SIZE = 4096
    _HEAD = struct.Struct("=QBH")  # sequence, ready, length of the reason

    def __init__(self, ready: bool = False, reason: str = "starting") -> None:
        self._map = mmap.mmap(-1, self.SIZE)  # MAP_SHARED | MAP_ANONYMOUS: shared with children
        self._seq = 0
        self.write(ready, reason)

    def write(self, ready: bool, reason: str) -> None:
        data = reason.encode("utf-8", "replace")[: self.SIZE - self._HEAD.size]
        self._seq += 1
        self._map[0:8] = struct.pack("=Q", self._seq)  # odd: being written
        self._map[8 : self._HEAD.size] = struct.pack("=BH", 1 if ready else 0, len(data))
        self._map[self._HEAD.size : self._HEAD.size + len(data)] = data
        self._seq += 1
        self._map[0:8] = struct.pack("=Q", self._seq)

    def read(self) -> tuple[bool, str]:
        for _ in range(1000):
            seq, ready, length = self._HEAD.unpack(self._map[: self._HEAD.size])
            if seq % 2:
                continue
            data = self._map[self._HEAD.size : self._HEAD.size + length]
            if struct.unpack("=Q", self._map[0:8])[0] == seq:
                return bool(ready), data.decode("utf-8", "replace")
        return False, "status unavailable"

    def close(self) -> None:
        self._map.close()


def probe_upstream(settings: Settings, timeout: float = UPSTREAM_PROBE_TIMEOUT) -> tuple[bool, str]:
    """Is the upstream reachable right now? SMTP: a 220 greeting (after TLS for smtps); maildir: writable."""
    url = settings.upstream_url
    if url.startswith("maildir:"):
        path = Path(url.removeprefix("maildir:"))
        probe = path
        while not probe.exists() and probe != probe.parent:
            probe = probe.parent  # created on first delivery: its nearest existing parent must be writable
        if probe.is_dir() and os.access(probe, os.W_OK | os.X_OK):
            return True, "upstream maildir writable"
        return False, f"upstream maildir {path} not writable"
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (465 if parts.scheme == "smtps" else 25)
    where = f"upstream {host}:{port}"
    timeout = min(timeout, settings.upstream_connect_timeout)
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            raw.settimeout(timeout)
            conn: socket.socket = raw
            if parts.scheme == "smtps":
                conn = upstream_tls_context(settings).wrap_socket(raw, server_hostname=host)
            try:
                code = _read_reply_code(conn)
                if code != 220:
                    return False, f"{where} greets with {code}"
                conn.sendall(b"QUIT\r\n")
                return True, f"{where} reachable"
            finally:
                if conn is not raw:
                    conn.close()
    except ssl.SSLError as e:
        return False, f"{where} TLS failed ({e.reason or type(e).__name__})"
    except TimeoutError:
        return False, f"{where} timed out after {timeout:g}s"
    except OSError as e:
        return False, f"{where} unreachable ({e.strerror or type(e).__name__})"


def _read_reply_code(conn: socket.socket) -> int:
    """Read one (possibly multi-line) SMTP reply and return its code; -1 when malformed."""
    buf = b""
    while True:
        chunk = conn.recv(4096)
        if not chunk:
            return -1
        buf += chunk
        lines = buf.split(b"\r\n")
        for line in lines[:-1]:
            if len(line) >= 3 and line[:3].isdigit() and (len(line) == 3 or line[3:4] == b" "):
                return int(line[:3])
        if len(buf) > 8192:
            return -1


class _UpstreamCache:
    """One probe at a time; results reused for a few seconds."""

    def __init__(self, probe: Callable[[], tuple[bool, str]]) -> None:
        self._probe = probe
        self._lock = threading.Lock()
        self._at = float("-inf")
        self._result: tuple[bool, str] = (False, "upstream not probed yet")

    def get(self) -> tuple[bool, str]:
        with self._lock:
            ttl = UPSTREAM_OK_TTL if self._result[0] else UPSTREAM_FAIL_TTL
            if time.monotonic() - self._at >= ttl:
                try:
                    self._result = self._probe()
                except Exception as e:  # a probe bug must not take the endpoint down
                    self._result = (False, f"upstream probe failed ({type(e).__name__})")
                self._at = time.monotonic()
            return self._result


class HealthServer(ThreadingHTTPServer):
    """The HTTP server; ``close()`` (or ``shutdown()`` + ``server_close()``) stops it."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        address: tuple[str, int],
        ready_check: ReadyCheck,
        registry: Any,
        upstream: Callable[[], tuple[bool, str]] | None,
    ) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.ready_check = ready_check
        self.registry = registry
        self.upstream = _UpstreamCache(upstream) if upstream is not None else None
        self.draining = False
        self._thread: threading.Thread | None = None
        super().__init__(address, _Handler)

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def readiness(self) -> tuple[bool, str]:
        if self.draining:
            return False, "draining"
        try:
            ok, reason = self.ready_check()
        except Exception as e:
            return False, f"ready check failed ({type(e).__name__})"
        if not ok:
            return False, reason
        if self.upstream is not None:
            up_ok, up_reason = self.upstream.get()
            if not up_ok:
                return False, up_reason
            return True, f"{reason}; {up_reason}"
        return True, reason

    def set_draining(self) -> None:
        """From now on /readyz answers 503 'draining' (the instance stops taking traffic)."""
        self.draining = True

    def start(self) -> HealthServer:
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.2}, name="dlpgw-health", daemon=True
        )
        self._thread.start()
        return self

    def close(self) -> None:
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    server: HealthServer
    timeout = 10  # a stalled client cannot hold a thread for long
    server_version = "dlp-gateway"
    sys_version = ""

    def do_GET(self) -> None:
        self._respond(head=False)

    def do_HEAD(self) -> None:
        self._respond(head=True)

    def _respond(self, head: bool) -> None:
        url = urlsplit(self.path)
        if url.path == "/healthz":
            self._send(200, b"ok\n", "text/plain; charset=utf-8", head)
        elif url.path == "/readyz":
            ok, reason = self.server.readiness()
            body = f"{'ready' if ok else 'not ready'}: {reason}\n".encode()
            self._send(200 if ok else 503, body, "text/plain; charset=utf-8", head)
        elif url.path == "/metrics":
            self._metrics(url.query, head)
        else:
            self._send(404, b"not found: try /healthz, /readyz or /metrics\n", "text/plain; charset=utf-8", head)

    def _metrics(self, query: str, head: bool) -> None:
        from prometheus_client.exposition import choose_encoder

        registry = self.server.registry
        names = parse_qs(query).get("name[]")
        if names:
            registry = registry.restricted_registry(names)
        encoder, content_type = choose_encoder(self.headers.get("Accept", ""))
        try:
            body = encoder(registry)
        except Exception:
            log.exception("metrics collection failed")
            self._send(500, b"metrics collection failed\n", "text/plain; charset=utf-8", head)
            return
        self._send(200, body, content_type, head)

    def _send(self, code: int, body: bytes, content_type: str, head: bool) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # probes every few seconds: stay quiet
        pass


def start_http(
    settings: Settings,
    ready_check: ReadyCheck,
    *,
    registry: Any = None,
    check_upstream: bool = True,
) -> HealthServer | None:
    """Serve /healthz, /readyz and /metrics on ``settings.metrics_listen`` in a daemon thread.

    ``ready_check`` returns ``(ready, reason)`` for this process (or the worker pool);
    the upstream probe is added when ``check_upstream``. ``registry`` defaults to the
    prometheus-client process registry. Returns None when ``metrics_listen`` is empty.
    The returned server stops with ``close()`` (``shutdown()`` + ``server_close()`` also work).
    """
    addr = settings.metrics_address
    if addr is None:
        return None
    if registry is None:
        from prometheus_client import REGISTRY

        registry = REGISTRY
    upstream = (lambda: probe_upstream(settings)) if check_upstream else None
    server = HealthServer(addr, ready_check, registry, upstream)
    log.info("health and metrics on http://%s:%d (/healthz /readyz /metrics)", addr[0], server.port)
    return server.start()
