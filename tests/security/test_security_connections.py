"""Connection policy over real sockets: slots by client class and address, the short leash for
untrusted clients, and the DATA transfer bounds (minimum rate after a grace period, total cap)."""

from __future__ import annotations

import contextlib
import smtplib
import time

from secnet import connect_from, metric, read_reply, trickle

from gateway import metrics
from tests.relay.test_relay import message, send

OUTSIDE = "127.0.0.2"  # not in allowed_networks below: may only authenticate
ALLOWED = ["127.0.0.1/32"]


def slots(cls: str) -> float:
    return metrics.CONNECTION_SLOTS.labels(**{"class": cls})._value.get()


def test_idle_untrusted_connections_never_take_the_allowed_clients_slots(sink, start_gateway) -> None:
    handler, port = sink
    gw = start_gateway(port, allowed_networks=ALLOWED, max_connections=12, max_untrusted_connections=4,
                       max_untrusted_connections_per_address=3)
    before = {r: metric(metrics.REJECTIONS, reason=r) for r in ("address_limit", "untrusted_limit")}
    untrusted_before = slots("untrusted")
    held, refused = [], []
    try:
        for source in (OUTSIDE, OUTSIDE, OUTSIDE, OUTSIDE, "127.0.0.3", "127.0.0.4", "127.0.0.5"):
            s = connect_from(source, gw.port)
            greeting = read_reply(s)
            (held if greeting.startswith(b"220") else refused).append((source, s, greeting))
        # 3 from 127.0.0.2 (its per-address share), then 1 more untrusted from .3: 4 = the untrusted share
        assert [src for src, _, _ in held] == [OUTSIDE] * 3 + ["127.0.0.3"]
        assert [g for _, _, g in refused] == [
            b"421 4.7.0 Too many connections from your address, try again later",
            b"421 4.7.0 Too many unauthenticated connections, try again later",
            b"421 4.7.0 Too many unauthenticated connections, try again later",
        ]
        assert slots("untrusted") == untrusted_before + 4
        assert metric(metrics.REJECTIONS, reason="address_limit") == before["address_limit"] + 1
        assert metric(metrics.REJECTIONS, reason="untrusted_limit") == before["untrusted_limit"] + 2
        # the allowed client is served at once, for as many connections as the total leaves
        t0 = time.monotonic()
        assert send(gw.port, message())[0] == 250
        assert time.monotonic() - t0 < 10
        assert len(handler.messages) == 1
    finally:
        for _, s, _ in held + refused:
            s.close()
    deadline = time.monotonic() + 5
    while slots("untrusted") != untrusted_before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert slots("untrusted") == untrusted_before  # closed connections give their slots back


def test_per_address_cap_applies_to_allowed_clients_too(start_gateway) -> None:
    gw = start_gateway(max_connections_per_address=2)  # allowed: 127.0.0.0/8
    conns = [connect_from("127.0.0.1", gw.port) for _ in range(3)]
    try:
        replies = [read_reply(s) for s in conns]
        assert [r[:3] for r in replies] == [b"220", b"220", b"421"]
        assert b"from your address" in replies[2]
        other = connect_from("127.0.0.9", gw.port)  # another allowed address still gets in
        with contextlib.closing(other):
            assert read_reply(other).startswith(b"220")
    finally:
        for s in conns:
            s.close()


def test_untrusted_clients_get_the_short_command_timeout(start_gateway) -> None:
    gw = start_gateway(allowed_networks=ALLOWED, untrusted_command_timeout=1.0, command_timeout=60)
    before = metric(metrics.REJECTIONS, reason="timeout")
    outside = connect_from(OUTSIDE, gw.port)
    inside = connect_from("127.0.0.1", gw.port)
    try:
        assert read_reply(outside).startswith(b"220") and read_reply(inside).startswith(b"220")
        t0 = time.monotonic()
        assert read_reply(outside, timeout=10) == b"421 4.4.2 Timeout, closing connection"
        assert time.monotonic() - t0 < 5
        inside.sendall(b"NOOP\r\n")  # the allowed client, idle just as long, is still served
        assert read_reply(inside).startswith(b"250")
    finally:
        outside.close()
        inside.close()
    assert metric(metrics.REJECTIONS, reason="timeout") >= before + 1


def _open_data(port: int) -> smtplib.SMTP:
    c = smtplib.SMTP("127.0.0.1", port, timeout=20)
    c.ehlo("client.test")
    assert c.mail("jan.peeters@example.fgov.be")[0] == 250
    assert c.rcpt("someone@gmail.com")[0] == 250
    c.putcmd("data")
    code, _ = c.getreply()
    assert code == 354
    return c


def test_slowloris_data_is_cut_after_the_grace_period(sink, start_gateway) -> None:
    handler, port = sink
    gw = start_gateway(port, data_grace=1.0, data_min_rate=1000)
    before = metric(metrics.REJECTIONS, reason="data_too_slow")
    c = _open_data(gw.port)
    # one byte every 50 ms: 20 bytes/s, far under 1000 bytes/s
    reply, elapsed = trickle(c.sock, b"x", 0.05, 10)
    c.close()
    assert reply.startswith(b"421 4.4.2 DATA too slow (under 1000 bytes/s)"), reply
    assert elapsed < 5  # held ~1 s, not the old 690 s
    assert metric(metrics.REJECTIONS, reason="data_too_slow") == before + 1
    assert handler.messages == []
    # a client keeping up the rate is not bothered by the same settings
    big = message("".join(f"line {i} of an ordinary report\r\n" for i in range(8000)))
    assert len(big) > 200_000
    assert send(gw.port, big)[0] == 250
    assert len(handler.messages) == 1


def test_data_total_cap(sink, start_gateway) -> None:
    handler, port = sink
    gw = start_gateway(port, data_timeout=1.5, data_min_rate=0)
    before = metric(metrics.REJECTIONS, reason="data_timeout")
    c = _open_data(gw.port)
    reply, elapsed = trickle(c.sock, b"Subject: x\r\n", 0.05, 10)
    c.close()
    assert reply.startswith(b"421 4.4.2 DATA not complete within 2s"), reply
    assert 1.0 < elapsed < 5
    assert metric(metrics.REJECTIONS, reason="data_timeout") == before + 1
    assert handler.messages == []
