"""Two real gateway processes on one PostgreSQL quarantine; one is SIGKILLed while it is sending.

Two ``dlp-gateway serve`` processes (one worker, one scanner each, their own ports and state
directories) share a quarantine schema on the real PostgreSQL at 127.0.0.1:5432 and relay to one
slow upstream sink. Held messages go to both; gateway A is killed (SIGKILL, with its scanner
processes) while the sink holds some of A's outbox transactions. The sink behaves like a real MTA:
a message counts as received once its data is complete, and the 250 comes later, so a
transaction cut off by the kill is the one documented duplicate window (the upstream has the
message, the sender never saw the 250). Checked: every guidance bounce and DPO notice arrives;
exactly the items whose transaction the kill cut off arrive twice, the second copy from B,
byte-identical, and only after A's claim expired; everything else arrives exactly once.
A message held by A is then released from a third process.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import os
import signal
import smtplib
import socket
import subprocess
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from gateway.quarantine import QuarantineStore, lease_for

ROOT = Path(__file__).resolve().parents[2]
KEY = "11" * 32
MARIE = "marie.dubois@example.fgov.be"
DPO = "dpo@example.fgov.be"
NN = "85.07.30-033.28"
UPSTREAM_TIMEOUT = 4.0
SINK_DELAY = 1.5  # seconds between the end of a message's data and the sink's 250

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Received:
    helo: str
    rcpt: str
    ref: str
    content: bytes
    at: float
    replied_at: float = 0.0


@dataclass
class SlowSink:
    """Records every message whose data is complete, then answers 250 after SINK_DELAY."""

    received: list[Received] = field(default_factory=list)
    in_flight: dict[int, Received] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        content = bytes(envelope.original_content)
        msg = email.message_from_bytes(content, policy=email.policy.compat32)
        r = Received(session.host_name or "", envelope.rcpt_tos[0], str(msg.get("X-DLP-Reference", "")), content,
                     time.time())
        with self.lock:
            self.received.append(r)
            self.in_flight[id(r)] = r
        try:
            await asyncio.sleep(SINK_DELAY)  # cancelled by aiosmtpd when the client disappears
        finally:
            with self.lock:
                self.in_flight.pop(id(r), None)
        r.replied_at = time.time()
        return "250 2.0.0 Ok: queued"

    def snapshot(self) -> tuple[list[Received], list[Received]]:
        with self.lock:
            return list(self.received), list(self.in_flight.values())


def french_mail(i: int) -> bytes:
    return (
        f"From: Marie Dubois <{MARIE}>\r\nTo: <jan.peeters{i}@gmail.com>\r\n"
        f"Subject: Dossier {i}\r\nMessage-ID: <two-{i}@example.fgov.be>\r\n"
        "Date: Tue, 24 Nov 2026 10:00:00 +0000\r\nContent-Language: fr-BE\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Bonjour,\r\n\r\nM. Jan Peeters, numéro de registre national {NN}, est hospitalisé pour un "
        "diabète de type 2.\r\n\r\nCordialement,\r\nMarie\r\n"
    ).encode()


def gateway_env(tmp: Path, name: str, port: int, sink_port: int, pg_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DLPGW_LISTEN": f"127.0.0.1:{port}",
        "DLPGW_METRICS_LISTEN": "",
        "DLPGW_WORKERS": "1",
        "DLPGW_SCAN_PROCESSES": "1",
        "DLPGW_UPSTREAM_URL": f"smtp://127.0.0.1:{sink_port}",
        "DLPGW_UPSTREAM_STARTTLS": "off",
        "DLPGW_UPSTREAM_HELO": name,
        "DLPGW_UPSTREAM_TIMEOUT": str(UPSTREAM_TIMEOUT),
        "DLPGW_UPSTREAM_CONNECT_TIMEOUT": "3",
        "DLPGW_QUARANTINE_URL": pg_url,
        "DLPGW_QUARANTINE_KEY": KEY,
        "DLPGW_OUTBOX_INTERVAL": "1",
        "DLPGW_DPO_ADDRESS": DPO,
        "DLPGW_HOSTNAME": f"{name}.example.fgov.be",
        "DLPGW_POLICY_FILE": str(ROOT / "policies" / "default.yaml"),
        "DLPGW_STATE_DIR": str(tmp / name),
        "DLPGW_LOG_LEVEL": "WARNING",
    }


def wait_greeting(port: int, proc: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"gateway on {port} exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                if s.recv(100).startswith(b"220"):
                    return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"gateway on {port} did not greet within {timeout}s")


def send_held(port: int, i: int) -> str:
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as c:
        c.ehlo("client.test")
        c.mail(MARIE)
        assert c.rcpt(f"jan.peeters{i}@gmail.com")[0] == 250
        code, text = c.data(french_mail(i))
    reply = text.decode()
    assert code == 250 and "held as" in reply, reply
    return reply.split("held as ")[1].split(",")[0]


def test_two_gateways_share_the_outbox_and_survive_a_kill_mid_send(tmp_path: Path, pg_url: str) -> None:
    sink = SlowSink()
    sink_port = free_port()
    ctl = Controller(sink, hostname="127.0.0.1", port=sink_port)
    ctl.start()
    ports = {"gw-a": free_port(), "gw-b": free_port()}
    procs: dict[str, subprocess.Popen[bytes]] = {}
    try:
        for name, port in ports.items():
            procs[name] = subprocess.Popen(
                [sys.executable, "-m", "gateway", "serve"], cwd=tmp_path, start_new_session=True,
                env=gateway_env(tmp_path, name, port, sink_port, pg_url),
                stdout=subprocess.DEVNULL, stderr=open(tmp_path / f"{name}.log", "wb"),  # noqa: SIM115
            )
        for name, port in ports.items():
            wait_greeting(port, procs[name])

        held: dict[str, list[str]] = {"gw-a": [], "gw-b": []}
        for i in range(4):
            for name, port in ports.items():
                held[name].append(send_held(port, 10 * i + (name == "gw-b")))
        expected = {(qid, rcpt) for ids in held.values() for qid in ids for rcpt in (MARIE, DPO)}

        # Kill A while the sink holds at least one of A's transactions (data in, no 250 yet).
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            _, flying = sink.snapshot()
            if any(r.helo == "gw-a" for r in flying):
                break
            time.sleep(0.01)
        else:
            pytest.fail("gateway A never had an outbox transaction in flight")
        os.killpg(procs["gw-a"].pid, signal.SIGKILL)
        killed_at = time.time()
        procs["gw-a"].wait(10)
        time.sleep(0.5)  # the sink notices the dropped connections
        got, _ = sink.snapshot()
        cut_off = {(r.ref, r.rcpt) for r in got if r.helo == "gw-a" and not r.replied_at}  # data in, no 250 out
        assert cut_off, "the kill did not interrupt any send"

        # B takes over A's claims once their lease has expired.
        store = QuarantineStore(pg_url, bytes.fromhex(KEY))
        deadline = time.monotonic() + lease_for(UPSTREAM_TIMEOUT) + 45
        while time.monotonic() < deadline:
            if store.pending_count_sync() == 0 and not sink.snapshot()[1]:
                break
            time.sleep(0.2)
        time.sleep(2 * SINK_DELAY)  # anything still to come (a duplicate) would arrive by now
        got, _ = sink.snapshot()

        copies: dict[tuple[str, str], list[Received]] = defaultdict(list)
        for r in got:
            copies[(r.ref, r.rcpt)].append(r)
        assert set(copies) == expected, "a bounce or DPO notice was lost, or something unexpected was sent"
        twice = {k for k, v in copies.items() if len(v) > 1}
        assert all(len(v) <= 2 for v in copies.values())
        # Exactly the items whose send the kill cut off arrive twice: first from A, then from B
        # after A's lease ran out, byte for byte the same message (same Message-ID).
        assert twice == cut_off
        lease = lease_for(UPSTREAM_TIMEOUT)
        for key in twice:
            first, second = sorted(copies[key], key=lambda r: r.at)
            assert (first.helo, second.helo) == ("gw-a", "gw-b")
            assert first.at <= killed_at and second.at >= first.at + lease - UPSTREAM_TIMEOUT - 1
            assert first.content == second.content
        assert all(len(copies[k]) == 1 for k in expected - cut_off)
        assert all(r.helo == "gw-b" for r in got if r.at > killed_at + 0.5)

        try:
            for qid in (q for ids in held.values() for q in ids):
                row = store.get_sync(qid)
                assert row is not None and (row.status, row.bounce_state, row.notice_state) == ("held", "sent", "sent")
            assert store.pending_count_sync() == 0
        finally:
            store.close()

        # Release one of A's held messages from a third process (the DPO's CLI) on the same store.
        env = gateway_env(tmp_path, "cli", free_port(), sink_port, pg_url)
        qid = held["gw-a"][0]
        r = subprocess.run([sys.executable, "-m", "gateway", "quarantine", "release", qid, "--reason",
                            "DPO: consent on file", "--by", "dpo-test"], env=env, cwd=tmp_path,
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr[-2000:]
        got, _ = sink.snapshot()
        originals = [x for x in got if x.rcpt.startswith("jan.peeters")]
        assert len(originals) == 1 and NN.encode() in originals[0].content
        r = subprocess.run([sys.executable, "-m", "gateway", "quarantine", "release", qid, "--reason", "again"],
                           env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60)
        assert r.returncode == 1 and "cannot release (released)" in r.stderr
    finally:
        for p in procs.values():
            if p.poll() is None:
                with contextlib_suppress():
                    os.killpg(p.pid, signal.SIGTERM)
                try:
                    p.wait(30)
                except subprocess.TimeoutExpired:
                    os.killpg(p.pid, signal.SIGKILL)
                    p.wait(10)
        ctl.stop()


def contextlib_suppress() -> Any:
    import contextlib

    return contextlib.suppress(ProcessLookupError)
