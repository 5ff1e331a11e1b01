"""On the way out: NUL refused (550 5.6.0, metric), bare CR and bare LF normalised to CRLF, both at
the SMTP front (scanned = held = relayed bytes) and in the relay itself (last line of defence)."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import pytest
from secnet import metric, read_reply

from gateway import metrics
from gateway.errors import UpstreamPermError
from gateway.model import Channel, Decision, Envelope
from gateway.quarantine import QuarantineStore
from gateway.relay import MaildirRelay, has_bare_line_end, normalise_line_ends, outbound


def _session(port: int, data: bytes) -> bytes:
    """One raw SMTP transaction (so nothing rewrites our line ends); the reply to the final dot."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as s:
        for cmd in (None, b"EHLO client.test\r\n", b"MAIL FROM:<a@example.fgov.be>\r\n", b"RCPT TO:<b@gmail.com>\r\n",
                    b"DATA\r\n"):
            if cmd:
                s.sendall(cmd)
            assert read_reply(s)[:1] in (b"2", b"3")
        s.sendall(data + b"\r\n.\r\n")
        return read_reply(s, timeout=30)


def test_nul_is_refused_at_the_front(start_gateway, tmp_path: Path) -> None:
    gw = start_gateway()
    before = metric(metrics.REJECTIONS, reason="nul")
    reply = _session(gw.port, b"Subject: nul\r\n\r\nbefore\x00after\r\n")
    assert reply.startswith(b"550 5.6.0 Message refused: NUL character"), reply
    assert metric(metrics.REJECTIONS, reason="nul") == before + 1
    assert not any((tmp_path / "outbox" / "new").glob("*"))
    # the smuggling refusal stays, and comes first
    reply = _session(gw.port, b"Subject: s\r\n\r\nfirst\n.\r\nMAIL FROM:<x@y>\r\n\x00")
    assert reply.startswith(b"550 5.5.2"), reply


def test_bare_cr_and_lf_leave_as_crlf(start_gateway, tmp_path: Path) -> None:
    gw = start_gateway()  # maildir upstream: the bytes exactly as relayed
    reply = _session(gw.port, b"Subject: endings\nX-Test: one\r\n\r\nline one\nline two\rline three\r\nend")
    assert reply.startswith(b"250"), reply
    (f,) = list((tmp_path / "outbox" / "new").iterdir())
    data = f.read_bytes()
    assert not has_bare_line_end(data)
    assert data.endswith(b"Subject: endings\r\nX-Test: one\r\n\r\nline one\r\nline two\r\nline three\r\nend\r\n")


def test_outbound_function() -> None:
    assert normalise_line_ends(b"a\r\nb\nc\rd\r\n") == b"a\r\nb\r\nc\r\nd\r\n"
    clean = b"a\r\nb\r\n"
    assert normalise_line_ends(clean) is clean  # no copy in the common case
    assert outbound(b"x\ry") == b"x\r\ny"
    with pytest.raises(UpstreamPermError) as e:
        outbound(b"x\x00y")
    assert e.value.code == 550 and e.value.message.startswith("5.6.0")


async def test_release_of_an_old_held_message_with_nul_is_refused(tmp_path: Path) -> None:
    """A message held before the front refused NUL: the relay refuses it, it stays held."""
    store = QuarantineStore(f"sqlite:///{tmp_path / 'q.sqlite'}", bytes(32))
    relay = MaildirRelay(tmp_path / "outbox")
    try:
        store.hold_sync("Q1", Envelope("a@example.fgov.be", ("b@gmail.com",)), b"Subject: x\r\n\r\n\x00\r\n",
                        Decision("quarantine", "", ("national_id",), ("citizen",), (Channel("x", "x"),)), [])
        with pytest.raises(UpstreamPermError):
            await store.release("Q1", relay.deliver, "dpo", "test")
        assert (await store.get("Q1")).status == "held"
        assert not any((tmp_path / "outbox" / "new").iterdir())
    finally:
        await relay.close()
        await asyncio.to_thread(store.close)
