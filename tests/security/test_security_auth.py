"""AUTH hardening: scrypt off the event loop, equal work for unknown users, growing delays, lockouts
per user name and per client address (the right password refused too while locked), over real TLS."""

from __future__ import annotations

import asyncio
import logging
import smtplib
import threading
import time
from pathlib import Path

import pytest
from secnet import connect_from, metric, read_reply

from gateway import auth, metrics
from gateway.auth import BUSY, FAILED, LOCKED, AuthGuard, Credentials, hash_password
from tests.relay.test_relay import message
from tests.relay.test_tls_auth import client_ctx, make_cert

PASSWORD = "correct horse battery"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def counting_scrypt(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = auth.hashlib.scrypt

    def scrypt(*a, **kw):  # type: ignore[no-untyped-def]
        calls.append(threading.current_thread().name)
        return real(*a, **kw)

    monkeypatch.setattr(auth.hashlib, "scrypt", scrypt)
    return calls


def test_unknown_and_known_users_cost_the_same_one_scrypt(monkeypatch) -> None:
    creds = Credentials({"scanner": hash_password(PASSWORD)})
    calls = counting_scrypt(monkeypatch)
    assert not creds.verify(b"nobody", b"guess")
    assert len(calls) == 1  # was two (a fresh dummy hash, then the check)
    assert not creds.verify(b"scanner", b"guess")
    assert len(calls) == 2
    assert creds.verify(b"scanner", PASSWORD.encode())
    assert len(calls) == 3


def test_dummy_hash_uses_the_parameters_the_users_have(monkeypatch) -> None:
    creds = Credentials({"a": hash_password("x", n=2**12), "b": hash_password("y", n=2**12)})
    seen: list[int] = []
    real = auth.hashlib.scrypt
    monkeypatch.setattr(auth.hashlib, "scrypt", lambda pw, **kw: seen.append(kw["n"]) or real(pw, **kw))
    creds.verify(b"unknown", b"pw")
    creds.verify(b"a", b"wrong")
    assert seen == [2**12, 2**12]


async def test_growing_delay_then_lockout_refuses_even_the_right_password(monkeypatch) -> None:
    clock = Clock()
    guard = AuthGuard(Credentials({"scanner": hash_password(PASSWORD)}), max_user_failures=4,
                      max_address_failures=100, lockout=60, window=600, delay=0.5, max_delay=1.5, clock=clock)
    calls = counting_scrypt(monkeypatch)
    before = metric(metrics.AUTH_LOCKOUTS, scope="user")
    delays = []
    for _ in range(4):
        out = await guard.attempt(b"scanner", b"wrong", "127.0.0.2")
        assert (out.ok, out.reply, out.result) == (False, FAILED, "failure")
        delays.append(out.delay)
        clock.now += 1
    assert delays == [0.5, 1.0, 1.5, 1.5]  # doubles, capped
    assert metric(metrics.AUTH_LOCKOUTS, scope="user") == before + 1
    n = len(calls)
    out = await guard.attempt(b"scanner", PASSWORD.encode(), "127.0.0.7")  # right password, other address
    assert (out.ok, out.reply, out.result) == (False, LOCKED, "locked")
    assert len(calls) == n  # not even verified
    clock.now += 61
    assert (await guard.attempt(b"Scanner ", PASSWORD.encode(), "127.0.0.2")).ok is False  # name casefolded
    out = await guard.attempt(b"scanner", PASSWORD.encode(), "127.0.0.2")
    assert out.ok and out.delay == 0
    assert calls and all(name.startswith("dlpgw-auth") for name in calls)  # never on the event loop
    guard.close()


async def test_unknown_user_names_lock_out_alike_and_addresses_lock_too() -> None:
    clock = Clock()
    guard = AuthGuard(Credentials({"scanner": hash_password(PASSWORD)}), max_user_failures=3,
                      max_address_failures=5, lockout=60, delay=0, clock=clock)
    for _ in range(3):
        assert (await guard.attempt(b"ghost", b"x", "10.0.0.1")).reply == FAILED
    assert (await guard.attempt(b"ghost", b"x", "10.0.0.2")).reply == LOCKED  # same as for a real user
    # an address trying many names: locked after 5 failures, whichever names
    for i in range(2):
        assert (await guard.attempt(f"user{i}".encode(), b"x", "10.0.0.1")).reply == FAILED
    assert (await guard.attempt(b"scanner", PASSWORD.encode(), "10.0.0.1")).reply == LOCKED
    assert (await guard.attempt(b"scanner", PASSWORD.encode(), "10.0.0.3")).ok  # other address
    guard.close()


async def test_verifier_queue_is_bounded() -> None:
    guard = AuthGuard(Credentials({"scanner": hash_password(PASSWORD)}), threads=1)
    guard.pending = guard.max_pending
    out = await guard.attempt(b"scanner", PASSWORD.encode(), "10.0.0.1")
    assert (out.ok, out.reply, out.result) == (False, BUSY, "busy")


async def test_scrypt_does_not_stall_the_event_loop() -> None:
    guard = AuthGuard(Credentials({"scanner": hash_password(PASSWORD)}), delay=0, threads=2)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.005)
            ticks += 1

    t = asyncio.create_task(ticker())
    await asyncio.gather(*(guard.attempt(b"scanner", b"wrong", f"10.0.0.{i}") for i in range(6)))
    t.cancel()
    # six ~50 ms scrypt runs on two threads: the loop kept ticking meanwhile (it would not if blocked)
    assert ticks >= 10
    guard.close()


def _auth_plain(c: smtplib.SMTP, user: str, password: str) -> tuple[int, bytes]:
    c.user, c.password = user, password
    try:
        return c.auth("PLAIN", c.auth_plain)
    except smtplib.SMTPAuthenticationError as e:
        return e.smtp_code, e.smtp_error


def _tls_client(port: int, cert: Path, source: str = "127.0.0.2") -> smtplib.SMTP:
    c = smtplib.SMTP("127.0.0.1", port, timeout=20, source_address=(source, 0))
    c.ehlo("client.test")
    c.starttls(context=client_ctx(cert))
    c.ehlo("client.test")
    return c


def test_lockout_over_tls_and_the_slot_moves_to_authenticated(sink, start_gateway, tmp_path: Path, caplog) -> None:
    handler, port = sink
    cert, key = make_cert(tmp_path)
    users = tmp_path / "users"
    users.write_text(f"scanner:{hash_password(PASSWORD)}\n")
    gw = start_gateway(port, tls_cert_file=cert, tls_key_file=key, auth_file=users, allowed_networks=["10.9.0.0/16"],
                       auth_max_failures=3, auth_failure_delay=0.2, auth_failure_delay_max=0.4, auth_lockout=2.0,
                       max_untrusted_connections=1)
    caplog.set_level(logging.INFO, logger="dlpgw.auth")
    before = {r: metric(metrics.AUTH_ATTEMPTS, result=r) for r in metrics.AUTH_RESULTS}
    with _tls_client(gw.port, cert) as c:
        for expect_delay in (0.2, 0.4, 0.4):
            t0 = time.monotonic()
            code, text = _auth_plain(c, "scanner", "wrong")
            assert (code, text) == (535, b"5.7.8 Authentication credentials invalid")
            assert time.monotonic() - t0 >= expect_delay  # the reply waited (a lower bound, not a timing test)
        code, text = _auth_plain(c, "scanner", PASSWORD)
        assert code == 454 and text.startswith(b"4.7.0 Too many failed authentication attempts")
        assert c.mail("a@example.fgov.be")[0] == 554  # still not authenticated
    lines = [r.getMessage() for r in caplog.records if r.name == "dlpgw.auth"]
    assert any("AUTH lockout: user s*** refused for 2s after 3 failed attempts" in ln for ln in lines), lines
    assert not any("scanner" in ln for ln in lines)
    assert metric(metrics.AUTH_ATTEMPTS, result="failure") == before["failure"] + 3
    assert metric(metrics.AUTH_ATTEMPTS, result="locked") == before["locked"] + 1

    time.sleep(2.2)  # the lockout expires: the right password works again
    with _tls_client(gw.port, cert) as c:
        assert _auth_plain(c, "scanner", PASSWORD)[0] == 235
        # one untrusted slot only, but this connection now holds an *authenticated* one
        other = connect_from("127.0.0.3", gw.port)
        try:
            assert read_reply(other).startswith(b"220")
        finally:
            other.close()
        c.sendmail("a@example.fgov.be", ["b@gmail.com"], message())
    assert len(handler.messages) == 1
    assert metric(metrics.AUTH_ATTEMPTS, result="success") == before["success"] + 1


def test_no_auth_offered_without_credentials(start_gateway, tmp_path: Path) -> None:
    cert, key = make_cert(tmp_path)
    gw = start_gateway(tls_cert_file=cert, tls_key_file=key)
    with _tls_client(gw.port, cert, source="127.0.0.1") as c:
        assert not c.has_extn("auth")
        code, _ = c.docmd("AUTH", "PLAIN AGZvbwBiYXI=")
        assert code == 504
