"""Message data under load, over real SMTP on loopback: the in-flight data budget refuses with 452
4.3.1 at once (at MAIL with SIZE=, at DATA, or after a transfer that outgrew it) and accepts again
once there is room; a message past the spool threshold goes to a private spool file, is scanned
from it and delivered byte-identical; spool files are private, gone after the verdict, and after a
crash nothing is left and the restarted gateway serves the retried message."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import smtplib
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from secnet import metric, read_reply

from gateway import metrics
from tests.gatewayrunner import free_port
from tests.relay.conftest import ROOT, relay_policy
from tests.relay.test_relay import message, send

KiB = 1024
MiB = 1024 * KiB
BUDGET_REPLY = b"452 4.3.1 Insufficient system storage: too much mail in flight, try again later"
NATIONAL_NUMBER = "85.07.30-033.28"


def report(lines: int, tail: str = "") -> bytes:
    """A plain report of ``lines`` lines (some starting with '.', which SMTP dot-stuffs), then ``tail``."""
    body = "".join(f"{'.' if i % 97 == 0 else ''}Line {i} of the quarterly planning report, nothing personal.\r\n"
                   for i in range(lines))
    return message(body + tail, subject="Quarterly report")


def spool_fds(directory: Path) -> list[int]:
    """Descriptors of this process (the gateway runs in it) open on files in ``directory``."""
    out = []
    prefix = str(directory.resolve()) + "/"
    for name in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            if os.readlink(f"/proc/self/fd/{name}").startswith(prefix):
                out.append(int(name))
    return out


def _session(port: int) -> smtplib.SMTP:
    c = smtplib.SMTP("127.0.0.1", port, timeout=30)
    c.ehlo("client.test")
    return c


def _wait(cond, timeout: float = 10.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(0.02)
    return cond()


def test_budget_refuses_at_once_and_accepts_again(sink, start_gateway, caplog) -> None:
    handler, port = sink
    gw = start_gateway(port, max_message_size=2 * MiB, data_budget=2 * MiB, spool_threshold=64 * KiB)
    before = metric(metrics.REJECTIONS, reason="data_budget")
    caplog.set_level(logging.INFO, logger="dlpgw.smtp")
    holder = _session(gw.port)
    try:
        # a declared size is reserved at MAIL FROM: the whole budget
        assert holder.mail("jan.peeters@example.fgov.be", [f"SIZE={2 * MiB}"])[0] == 250
        assert holder.rcpt("someone@gmail.com")[0] == 250
        with _session(gw.port) as other:
            t0 = time.monotonic()
            code, text = other.mail("jan.peeters@example.fgov.be", [f"SIZE={100 * KiB}"])
            assert (code, b"%d %s" % (code, text)) == (452, BUDGET_REPLY)
            assert time.monotonic() - t0 < 1.0  # at once: before a byte of the message is sent
            # no size declared: refused at DATA, before the 354
            assert other.mail("jan.peeters@example.fgov.be")[0] == 250
            assert other.rcpt("someone@gmail.com")[0] == 250
            other.putcmd("data")
            code, text = other.getreply()
            assert b"%d %s" % (code, text) == BUDGET_REPLY
            assert metric(metrics.REJECTIONS, reason="data_budget") == before + 2
            # the holder ends its transaction: the budget is free again
            assert holder.rset()[0] == 250
            other.rset()
            assert other.mail("jan.peeters@example.fgov.be", [f"SIZE={100 * KiB}"])[0] == 250
            assert other.rcpt("someone@gmail.com")[0] == 250
            assert other.data(report(100))[0] == 250
    finally:
        holder.close()
    assert len(handler.messages) == 1
    assert _wait(lambda: metrics.DATA_IN_FLIGHT._value.get() == 0)
    assert any("data budget" in r.getMessage() and "452" in r.getMessage() for r in caplog.records)


def test_transfer_that_outgrows_the_budget_is_read_and_refused_whole(sink, start_gateway) -> None:
    handler, port = sink
    gw = start_gateway(port, max_message_size=2 * MiB, data_budget=2 * MiB, spool_threshold=64 * KiB)
    before = metric(metrics.REJECTIONS, reason="data_budget")
    holder = _session(gw.port)
    try:
        assert holder.mail("jan.peeters@example.fgov.be", [f"SIZE={int(1.5 * MiB)}"])[0] == 250
        big = report(18_000)  # ~1.1 MB, no SIZE declared: charged as it comes, over the budget
        assert len(big) > MiB
        with _session(gw.port) as other:
            assert other.mail("jan.peeters@example.fgov.be")[0] == 250
            assert other.rcpt("someone@gmail.com")[0] == 250
            code, text = other.data(big)
            assert b"%d %s" % (code, text) == BUDGET_REPLY  # never half-accepted: nothing relayed
            assert metric(metrics.REJECTIONS, reason="data_budget") == before + 1
            holder.rset()
            assert other.mail("jan.peeters@example.fgov.be")[0] == 250  # the retry fits now
            assert other.rcpt("someone@gmail.com")[0] == 250
            assert other.data(big)[0] == 250
    finally:
        holder.close()
    assert [m.content for m in handler.messages] == [big]


def test_spooled_message_is_scanned_from_its_file_and_delivered_byte_identical(sink, start_gateway) -> None:
    handler, port = sink
    gw = start_gateway(port, spool_threshold=64 * KiB)
    spooled = metrics.SPOOLED._value.get()
    clean = report(40_000)  # ~2.8 MB, dot-stuffed lines included
    assert len(clean) > 2 * MiB
    assert send(gw.port, clean)[0] == 250
    assert [m.content for m in handler.messages] == [clean]
    # the scanner read the file: a national number 2 MB into the message is found, nothing relayed
    leak = report(30_000, tail=f"Rijksregisternummer van de burger: {NATIONAL_NUMBER}\r\n")
    code, text = send(gw.port, leak)
    assert code == 550, text
    assert len(handler.messages) == 1
    assert metrics.SPOOLED._value.get() == spooled + 2
    # a small message stays in memory
    assert send(gw.port, message())[0] == 250
    assert metrics.SPOOLED._value.get() == spooled + 2
    assert len(handler.messages) == 2


def test_spool_files_are_private_and_gone_after_the_verdict(sink, start_gateway, tmp_path) -> None:
    handler, port = sink
    spool = tmp_path / "spool"
    gw = start_gateway(port, spool_threshold=64 * KiB, spool_dir=spool)
    assert stat.S_IMODE(spool.stat().st_mode) == 0o700
    assert spool_fds(spool) == []
    raw = report(20_000)
    wire = raw.replace(b"\r\n.", b"\r\n..")  # dot-stuffed, as a client sends it
    head, rest = wire[: 512 * KiB], wire[512 * KiB:]
    c = _session(gw.port)
    try:
        assert c.mail("jan.peeters@example.fgov.be")[0] == 250
        assert c.rcpt("someone@gmail.com")[0] == 250
        c.putcmd("data")
        assert c.getreply()[0] == 354
        c.sock.sendall(head)  # half the message: past the threshold, in the spool file now
        assert _wait(lambda: len(spool_fds(spool)) == 1)
        fd = spool_fds(spool)[0]
        st = os.stat(f"/proc/self/fd/{fd}")
        assert stat.S_IMODE(st.st_mode) == 0o600  # readable by the gateway's user only
        assert st.st_nlink == 0  # unnamed: no other process can open it by a name
        assert os.listdir(spool) == []
        assert metrics.SPOOL_FILES._value.get() >= 1
        c.sock.sendall(rest + b".\r\n")
        code, _ = c.getreply()
        assert code == 250
    finally:
        c.close()
    assert _wait(lambda: spool_fds(spool) == [])
    assert os.listdir(spool) == []
    assert [m.content for m in handler.messages] == [raw]


def test_crash_mid_transfer_leaves_nothing_and_the_retry_is_delivered(sink, tmp_path) -> None:
    handler, port = sink
    spool = tmp_path / "spool"
    spool.mkdir(mode=0o700)
    # what a crash between create and unlink would leave (the fallback without O_TMPFILE)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    stale = spool / f"dlpgw-spool-{int(dead.stdout)}-abc123"
    stale.write_bytes(b"x" * 1000)
    gw_port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DLPGW_")}
    env.update(PYTHONPATH=str(ROOT), DLPGW_LISTEN=f"127.0.0.1:{gw_port}", DLPGW_METRICS_LISTEN="",
               DLPGW_UPSTREAM_URL=f"smtp://127.0.0.1:{port}", DLPGW_UPSTREAM_STARTTLS="off",
               DLPGW_STATE_DIR=str(tmp_path / "var"), DLPGW_SPOOL_DIR=str(spool), DLPGW_SPOOL_THRESHOLD="65536",
               DLPGW_POLICY_FILE=str(relay_policy(tmp_path)), DLPGW_SCAN_PROCESSES="1", DLPGW_WORKERS="1",
               DLPGW_SCAN_PRELOAD="false", DLPGW_LOG_LEVEL="WARNING")

    def serve() -> subprocess.Popen[bytes]:
        p = subprocess.Popen([sys.executable, "-m", "gateway", "serve"], cwd=tmp_path, env=env,
                             start_new_session=True)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", gw_port), timeout=1) as s:
                if read_reply(s).startswith(b"220"):
                    return p
            assert p.poll() is None, "the gateway exited"
            time.sleep(0.2)
        raise AssertionError("the gateway did not start")

    def spool_holders(p: subprocess.Popen[bytes]) -> int:
        n = 0
        for pid in [p.pid, *_children(p.pid)]:
            with contextlib.suppress(OSError):
                for name in os.listdir(f"/proc/{pid}/fd"):
                    with contextlib.suppress(OSError):
                        n += os.readlink(f"/proc/{pid}/fd/{name}").startswith(str(spool) + "/")
        return n

    raw = report(20_000)
    gw = serve()
    try:
        assert not stale.exists()  # swept at start-up: its process is gone
        c = smtplib.SMTP("127.0.0.1", gw_port, timeout=30)
        c.ehlo("client.test")
        assert c.mail("jan.peeters@example.fgov.be")[0] == 250
        assert c.rcpt("someone@gmail.com")[0] == 250
        c.putcmd("data")
        assert c.getreply()[0] == 354
        c.sock.sendall(raw.replace(b"\r\n.", b"\r\n..")[: 512 * KiB])
        assert _wait(lambda: spool_holders(gw) == 1)
        os.killpg(gw.pid, signal.SIGKILL)  # the crash: no reply was given, the client keeps the message
        gw.wait(10)
        with pytest.raises((smtplib.SMTPServerDisconnected, OSError)):
            c.sock.sendall(b"more\r\n" * 10_000 + b".\r\n")
            c.getreply()
        c.close()
        assert os.listdir(spool) == []
        gw = serve()
        assert send(gw_port, raw)[0] == 250  # the client's retry
        assert _wait(lambda: spool_holders(gw) == 0)
        assert os.listdir(spool) == []
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(gw.pid, signal.SIGTERM)
        gw.wait(30)
    assert [m.content for m in handler.messages] == [raw]


def _children(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        with contextlib.suppress(OSError):
            for task in os.listdir(f"/proc/{p}/task"):
                kids = Path(f"/proc/{p}/task/{task}/children").read_text().split()
                out.extend(int(k) for k in kids)
                todo.extend(int(k) for k in kids)
    return out


@pytest.mark.parametrize(
    ("smuggled", "expect"),
    [(b"\n.\r\n", b"550 5.5.2"), (b"\n.\n", b"550 5.5.2"), (b"\r.\r\n", b"550 5.5.2"), (b"\0", b"550 5.6.0")],
    ids=["LF.CRLF", "LF.LF", "CR.CRLF", "NUL"],
)
def test_spooled_message_gets_the_same_checks_deep_in_its_data(sink, start_gateway, smuggled, expect) -> None:
    handler, port = sink
    gw = start_gateway(port, spool_threshold=64 * KiB)
    raw = report(5_000) + b"then" + smuggled + b"MAIL FROM:<ceo@example.fgov.be>\r\n" + report(3_000)
    with socket.create_connection(("127.0.0.1", gw.port), timeout=30) as s:
        assert read_reply(s).startswith(b"220")
        s.sendall(b"EHLO client.test\r\n")
        assert read_reply(s).startswith(b"250")
        s.sendall(b"MAIL FROM:<a@example.fgov.be>\r\n")
        assert read_reply(s).startswith(b"250")
        s.sendall(b"RCPT TO:<b@gmail.com>\r\n")
        assert read_reply(s).startswith(b"250")
        s.sendall(b"DATA\r\n")
        assert read_reply(s).startswith(b"354")
        s.sendall(raw.replace(b"\r\n.", b"\r\n..") + b".\r\n")
        assert read_reply(s, timeout=30).startswith(expect)
    assert handler.messages == []


def _lines(raw: bytes) -> list[bytes]:
    parts = raw.split(b"\r\n")
    return [p + b"\r\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


@pytest.mark.parametrize("tail", [b"\n.\r\n", b"\n.\n", b"\r\n.\n", b"\r.\r\n", b"\r\n.\rx\r\n", b"a\rb\nc", b"\0"])
def test_sink_checks_chunk_by_chunk_as_the_whole_message(tmp_path, tail) -> None:
    """Spilled after every line (the worst split): the same verdict and bytes as one whole-message check."""
    from gateway.relay import normalise_line_ends
    from gateway.smtp import SMUGGLING, DataSink

    raw = b"Subject: x\r\n\r\nfirst line\r\n" + tail + b"\r\nlast line\r\n"
    lines = [ln[1:] if ln.startswith(b".") else ln for ln in _lines(raw)]  # as received: unstuffed
    whole = b"".join(lines)
    spilled = DataSink(1, tmp_path)
    for ln in lines:
        spilled.buf += ln
        spilled.spill()
    kept = spilled.finish()
    try:
        expected = ("smuggling" if SMUGGLING.search(whole) else "nul" if b"\0" in whole else None)
        assert (spilled.refusal or (None,))[0] == expected
        if expected is None:
            assert not isinstance(kept, bytes)
            assert kept.read() == normalise_line_ends(whole)
    finally:
        if not isinstance(kept, bytes):
            kept.close()


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=40).map(lambda b: bytes(b"\r\n.a"[x % 4] for x in b)))
def test_smuggling_prefilter_is_the_regex(data: bytes) -> None:
    """The byte-triple prefilter in front of SMUGGLING never changes its answer (CR, LF, dots and text)."""
    from gateway.smtp import SMUGGLING, smuggling_in

    assert smuggling_in(data) == (SMUGGLING.search(data) is not None)
    assert smuggling_in(bytearray(data)) == (SMUGGLING.search(data) is not None)
