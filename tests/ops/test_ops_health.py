"""gateway.health: /healthz, /readyz (with the upstream probe) and /metrics over real loopback HTTP."""

from __future__ import annotations

import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from opslib import free_port
from prometheus_client import CollectorRegistry, Counter

from gateway import health
from gateway.config import Settings


def _get(port: int, path: str, method: str = "GET") -> tuple[int, str, dict[str, str]]:
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.read().decode(), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(), dict(e.headers)


def _settings(tmp_path: Path, upstream: str | None = None) -> Settings:
    return Settings(
        metrics_listen="127.0.0.1:0",
        upstream_url=upstream or f"maildir:{tmp_path / 'outbox'}",
        state_dir=tmp_path,
    )


class _Greeter:
    """A loopback TCP server that answers every connection with fixed bytes (or nothing)."""

    def __init__(self, greeting: bytes | None) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.greeting = greeting
        self.got: list[bytes] = []
        self._conns: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self._conns.append(conn)
            if self.greeting is not None:
                conn.sendall(self.greeting)
                conn.settimeout(2)
                try:
                    self.got.append(conn.recv(100))
                except OSError:
                    pass
                conn.close()

    def close(self) -> None:
        self.sock.close()
        for c in self._conns:
            c.close()


@pytest.fixture
def greeter() -> Iterator[type[_Greeter]]:
    made: list[_Greeter] = []

    def make(greeting: bytes | None) -> _Greeter:
        g = _Greeter(greeting)
        made.append(g)
        return g

    yield make  # type: ignore[misc]
    for g in made:
        g.close()


def test_healthz_readyz_and_reasons(tmp_path: Path) -> None:
    state = {"ready": (False, "detectors not loaded")}
    srv = health.start_http(_settings(tmp_path), lambda: state["ready"])
    assert srv is not None
    try:
        assert _get(srv.port, "/healthz")[:2] == (200, "ok\n")
        code, body, _ = _get(srv.port, "/readyz")
        assert (code, body) == (503, "not ready: detectors not loaded\n")
        state["ready"] = (True, "ok")
        code, body, _ = _get(srv.port, "/readyz")
        assert code == 200 and body == "ready: ok; upstream maildir writable\n"
        srv.set_draining()
        assert _get(srv.port, "/readyz")[:2] == (503, "not ready: draining\n")
        assert _get(srv.port, "/nope")[0] == 404
        code, body, headers = _get(srv.port, "/healthz", method="HEAD")
        assert code == 200 and body == "" and headers["Content-Length"] == "3"
    finally:
        srv.close()


def test_ready_check_that_raises_is_not_ready(tmp_path: Path) -> None:
    def broken() -> tuple[bool, str]:
        raise RuntimeError("boom")

    srv = health.start_http(_settings(tmp_path), broken)
    assert srv is not None
    try:
        assert _get(srv.port, "/readyz")[:2] == (503, "not ready: ready check failed (RuntimeError)\n")
        assert _get(srv.port, "/healthz")[0] == 200
    finally:
        srv.close()


def test_metrics_serves_the_given_registry_and_filters(tmp_path: Path) -> None:
    reg = CollectorRegistry()
    c = Counter("dlpgw_test_things", "things", ["kind"], registry=reg)
    c.labels(kind="a").inc(3)
    Counter("dlpgw_test_other", "other", registry=reg).inc()
    srv = health.start_http(_settings(tmp_path), lambda: (True, "ok"), registry=reg)
    assert srv is not None
    try:
        code, body, headers = _get(srv.port, "/metrics")
        assert code == 200 and headers["Content-Type"].startswith("text/plain; version=0.0.4")
        assert 'dlpgw_test_things_total{kind="a"} 3.0' in body
        assert "dlpgw_test_other_total 1.0" in body
        _, body, _ = _get(srv.port, "/metrics?name[]=dlpgw_test_other_total")
        assert "dlpgw_test_other_total" in body and "dlpgw_test_things" not in body
    finally:
        srv.close()


def test_default_registry_has_the_gateway_metrics(tmp_path: Path) -> None:
    from gateway import metrics

    metrics.prime()
    srv = health.start_http(_settings(tmp_path), lambda: (True, "ok"))
    assert srv is not None
    try:
        _, body, _ = _get(srv.port, "/metrics")
        assert 'dlpgw_messages_total{action="allow"}' in body
    finally:
        srv.close()


def test_empty_metrics_listen_starts_nothing(tmp_path: Path) -> None:
    s = Settings(metrics_listen="", upstream_url=f"maildir:{tmp_path}")
    assert health.start_http(s, lambda: (True, "ok")) is None


def test_upstream_probe_smtp(tmp_path: Path, greeter) -> None:
    ok = greeter(b"220-mail.example ESMTP\r\n220 ready\r\n")
    assert health.probe_upstream(_settings(tmp_path, f"smtp://127.0.0.1:{ok.port}")) == (
        True,
        f"upstream 127.0.0.1:{ok.port} reachable",
    )
    refusing = greeter(b"554 5.3.2 go away\r\n")
    assert health.probe_upstream(_settings(tmp_path, f"smtp://127.0.0.1:{refusing.port}")) == (
        False,
        f"upstream 127.0.0.1:{refusing.port} greets with 554",
    )
    silent = greeter(None)
    ok_, reason = health.probe_upstream(_settings(tmp_path, f"smtp://127.0.0.1:{silent.port}"), timeout=0.3)
    assert not ok_ and reason.endswith("timed out after 0.3s")
    port = free_port()
    ok_, reason = health.probe_upstream(_settings(tmp_path, f"smtp://127.0.0.1:{port}"))
    assert not ok_ and reason.startswith(f"upstream 127.0.0.1:{port} unreachable")


def test_upstream_probe_smtps_against_a_plain_server_fails_tls(tmp_path: Path, greeter) -> None:
    plain = greeter(b"220 not tls\r\n")
    ok, reason = health.probe_upstream(_settings(tmp_path, f"smtps://127.0.0.1:{plain.port}"), timeout=2)
    assert not ok and "TLS failed" in reason


def test_upstream_probe_maildir(tmp_path: Path) -> None:
    assert health.probe_upstream(_settings(tmp_path, f"maildir:{tmp_path / 'a' / 'b'}"))[0] is True
    blocker = tmp_path / "file"
    blocker.write_text("x")
    ok, reason = health.probe_upstream(_settings(tmp_path, f"maildir:{blocker / 'outbox'}"))
    assert not ok and reason == f"upstream maildir {blocker / 'outbox'} not writable"


def test_readyz_reports_an_unreachable_upstream_and_caches_probes(tmp_path: Path, greeter, monkeypatch) -> None:
    up = greeter(b"220 ok\r\n")
    settings = _settings(tmp_path, f"smtp://127.0.0.1:{up.port}")
    calls = []
    real = health.probe_upstream
    monkeypatch.setattr(health, "probe_upstream", lambda s: calls.append(1) or real(s))
    srv = health.start_http(settings, lambda: (True, "ok"))
    assert srv is not None
    try:
        for _ in range(3):
            code, body, _ = _get(srv.port, "/readyz")
            assert code == 200 and body == f"ready: ok; upstream 127.0.0.1:{up.port} reachable\n"
        assert len(calls) == 1  # one probe, reused within UPSTREAM_OK_TTL
        deadline = time.monotonic() + 5  # the greeter's thread records what it read after the probe left
        while not up.got and time.monotonic() < deadline:
            time.sleep(0.01)
        assert up.got and up.got[0].startswith(b"QUIT")
    finally:
        srv.close()
    port = free_port()
    srv = health.start_http(_settings(tmp_path, f"smtp://127.0.0.1:{port}"), lambda: (True, "ok"))
    assert srv is not None
    try:
        code, body, _ = _get(srv.port, "/readyz")
        assert code == 503 and body.startswith(f"not ready: upstream 127.0.0.1:{port} unreachable")
    finally:
        srv.close()
