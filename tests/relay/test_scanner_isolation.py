"""Scanning under load, end to end over SMTP: one scan killed mid-way and one timing out, while
several other clients send; every client gets a reply, every message a log line, and only the
two messages concerned fail. A full queue answers 451 4.3.2 at once."""

from __future__ import annotations

import logging
import os
import re
import signal
import smtplib
import socket
import threading
import time
from typing import Any

from gateway import metrics
from tests.scanload import FROM, INTERNAL, slow, small

LINE = re.compile(r"^(?P<qid>[0-9A-F]{12}): .*\breply=(?P<reply>\S+)")


def _send(port: int, raw: bytes, results: dict[str, Any], key: str) -> None:
    """One SMTP transaction; records the final reply, or the exception if there was none."""
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=120, local_hostname="client.test") as c:
            code, text = c.ehlo()
            code, text = c.mail(FROM)
            if code == 250:
                code, text = c.rcpt(INTERNAL)
            if code == 250:
                code, text = c.data(raw)
            results[key] = (code, text)
    except Exception as e:  # a session closed without a reply ends up here
        results[key] = e


def _busy_bulk(gw: Any, timeout: float = 30.0) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for p in gw.gw.scanner.describe():
            if p["lane"] == "bulk" and p["state"] == "busy" and p["job_bytes"] > 1_000_000:
                return int(p["pid"])
        time.sleep(0.01)
    raise AssertionError("no scanner process took the big message")


def _lines(caplog: Any) -> list[re.Match[str]]:
    out = []
    for r in caplog.records:
        if r.name == "dlpgw.pipeline" and (m := LINE.match(r.getMessage())):
            out.append(m)
    return out


def test_a_killed_and_a_timed_out_scan_fail_alone_and_everyone_gets_an_answer(sink, start_gateway, caplog) -> None:
    caplog.set_level(logging.INFO)
    handler, port = sink
    gw = start_gateway(port, scan_processes=2, scan_timeout=1.0)
    results: dict[str, Any] = {}
    threads: list[threading.Thread] = []

    def go(key: str, raw: bytes) -> None:
        t = threading.Thread(target=_send, args=(gw.port, raw, results, key))
        t.start()
        threads.append(t)

    killed_msg, timed_out_msg = slow(3.0, seed=1), slow(3.0, seed=2)
    go("killed", killed_msg)
    victim = _busy_bulk(gw)
    os.kill(victim, signal.SIGKILL)  # mid-scan
    go("timeout", timed_out_msg)
    for c in range(4):  # four more clients, three small clean messages each, meanwhile
        for i in range(3):
            go(f"small-{c}-{i}", small(10 * c + i))
    for t in threads:
        t.join(180)
    assert not [k for k, v in results.items() if isinstance(v, BaseException)], results  # every client: a reply
    assert set(results) == {"killed", "timeout", *(f"small-{c}-{i}" for c in range(4) for i in range(3))}
    assert results["killed"][0] == 451 and results["killed"][1].startswith(b"4.3.0")
    assert results["timeout"][0] == 451 and results["timeout"][1].startswith(b"4.3.0")
    smalls = {k: v for k, v in results.items() if k.startswith("small-")}
    assert all(code == 250 for code, _ in smalls.values()), smalls
    assert len(handler.messages) == 12  # the small ones, delivered
    lines = _lines(caplog)
    assert len(lines) == 14  # one log line per message
    assert sorted(m["reply"] for m in lines) == ["250"] * 12 + ["451"] * 2
    text = "\n".join(r.getMessage() for r in caplog.records if r.name == "dlpgw.pipeline")
    assert "scan_failure=crashed" in text and "scan_failure=timeout" in text
    assert victim not in {p["pid"] for p in gw.gw.scanner.describe()}
    assert gw.gw.ready() == (True, "ok"), gw.gw.scanner.describe()


def test_a_full_scan_queue_answers_451_at_once(sink, start_gateway) -> None:
    handler, port = sink
    gw = start_gateway(port, scan_processes=1, scan_express_max_bytes=0, scan_queue_limit=0)
    before = metrics.SCAN_FAILURES.labels(reason="queue_full")._value.get()
    results: dict[str, Any] = {}
    big = threading.Thread(target=_send, args=(gw.port, slow(3.0), results, "big"))
    big.start()
    _busy_bulk(gw)
    t0 = time.monotonic()
    _send(gw.port, small(), results, "small")
    elapsed = time.monotonic() - t0
    big.join(180)
    code, text = results["small"]
    assert code == 451 and text.startswith(b"4.3.2"), text
    assert elapsed < 3  # at once: the big scan takes far longer
    assert results["big"][0] == 250
    assert metrics.SCAN_FAILURES.labels(reason="queue_full")._value.get() == before + 1
    assert len(handler.messages) == 1


def test_a_client_that_hangs_up_before_the_reply_still_gets_its_message_logged(sink, start_gateway, caplog) -> None:
    caplog.set_level(logging.INFO)
    handler, port = sink
    gw = start_gateway(port)
    with socket.create_connection(("127.0.0.1", gw.port), timeout=30) as c:
        f = c.makefile("rb")
        assert f.readline().startswith(b"220")
        for cmd in (b"EHLO client.test", f"MAIL FROM:<{FROM}>".encode(), f"RCPT TO:<{INTERNAL}>".encode(), b"DATA"):
            c.sendall(cmd + b"\r\n")
            line = f.readline()
            while line[3:4] == b"-":
                line = f.readline()
            assert line[:1] in (b"2", b"3"), line
        c.sendall(slow(1.0) + b".\r\n")  # and hang up at once, before the verdict
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not _lines(caplog):
        time.sleep(0.05)
    (line,) = _lines(caplog)
    assert line["reply"] == "250"  # processed to the end: a verdict and its log line, the client no reply
    assert len(handler.messages) == 1
    assert gw.gw.ready() == (True, "ok")
