"""The detectors make no network call: building an engine and scanning URLs / e-mails stays offline.

Any connection attempt (or name lookup) to a non-loopback address raises during the test. Presidio's
own URL / e-mail recognizers use tldextract, which downloads the public suffix list on first use; ours
do not use them.
"""

from __future__ import annotations

import ipaddress
import socket

import pytest

from detectors import DetectionEngine, DetectorOptions
from gateway.model import Segment

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def _is_loopback(host: object) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


class NetworkAttempt(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo
    real_create = socket.create_connection

    def guard(address: object) -> None:
        host = address[0] if isinstance(address, tuple) else address
        if not (isinstance(address, (str, bytes)) and not isinstance(address, tuple) and "/" in str(address)) \
                and not _is_loopback(host):
            attempts.append(str(host))
            raise NetworkAttempt(f"network access to {host!r}")

    def connect(self: socket.socket, address: object) -> object:
        if self.family != getattr(socket, "AF_UNIX", None):
            guard(address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: object) -> object:
        if self.family != getattr(socket, "AF_UNIX", None):
            guard(address)
        return real_connect_ex(self, address)

    def getaddrinfo(host: object, *a: object, **k: object) -> object:
        if host is not None:
            guard((host, 0))
        return real_getaddrinfo(host, *a, **k)

    def create_connection(address: tuple, *a: object, **k: object) -> object:
        guard(address)
        return real_create(address, *a, **k)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    return attempts


def test_guard_catches_an_outbound_connection(no_network: list[str]) -> None:
    """The guard itself works (so the test below cannot pass vacuously)."""
    with pytest.raises(NetworkAttempt):
        socket.create_connection(("publicsuffix.org", 443), timeout=1)
    with pytest.raises(NetworkAttempt):
        socket.getaddrinfo("example.com", 80)
    assert no_network == ["publicsuffix.org", "example.com"]


def test_engine_build_and_scan_offline(no_network: list[str]) -> None:
    engine = DetectionEngine(DetectorOptions())
    texts = [
        "Zie https://www.example.com/pad?x=1 en www.belgium.be, mail jan.peeters@minfin.fed.be",
        "Contact: info@stad.gent - https://stad.gent - http://sub.domain.co.uk/page",
        "Profiel: https://www.linkedin.com/in/jan-peeters-123/ ; Mme Dubois est hospitalisée.",
    ]
    findings = engine.detect([Segment("body", t) for t in texts])
    kinds = {f.entity_type for f in findings}
    assert {"URL", "EMAIL_ADDRESS"} <= kinds
    assert no_network == []


def test_presidio_url_and_email_recognizers_not_used() -> None:
    engine = DetectionEngine(DetectorOptions(french_ner=False))
    modules = {type(r).__module__ for r in engine.recognizers}
    assert not any(m.startswith("presidio_analyzer.predefined_recognizers") for m in modules)
