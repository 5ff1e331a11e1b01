"""Socket helpers of the security tests: connections from other loopback addresses (127.0.0.2 ...
stand for clients outside the allowed networks), reading one reply, trickling data."""

from __future__ import annotations

import select
import socket
import time


def connect_from(source: str, port: int, timeout: float = 10.0) -> socket.socket:
    """A TCP connection to the gateway from the loopback address ``source`` (e.g. 127.0.0.2)."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.settimeout(timeout)
    s.bind((source, 0))
    s.connect(("127.0.0.1", port))
    return s


def read_reply(s: socket.socket, timeout: float = 10.0) -> bytes:
    """Read until one complete final reply line (``ddd `` + CRLF) or EOF; return it (b'' on EOF)."""
    s.settimeout(timeout)
    buf = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for line in buf.split(b"\r\n")[:-1]:
            if line[:3].isdigit() and line[3:4] == b" ":
                return line
        try:
            chunk = s.recv(4096)
        except (TimeoutError, ConnectionError):
            break
        if not chunk:
            break
        buf += chunk
    return b""


def trickle(s: socket.socket, chunk: bytes, interval: float, seconds: float) -> tuple[bytes, float]:
    """Send ``chunk`` every ``interval`` s until the server says something (or ``seconds`` pass).

    Returns (what the server sent, seconds until then). Reads before each send, so a reply the
    server wrote just before closing is not lost to the reset our next send would cause."""
    t0 = time.monotonic()
    while time.monotonic() - t0 < seconds:
        readable, _, _ = select.select([s], [], [], interval)
        if readable:
            try:
                return s.recv(4096), time.monotonic() - t0
            except ConnectionError:
                return b"", time.monotonic() - t0
        try:
            s.sendall(chunk)
        except OSError:
            break
    return b"", time.monotonic() - t0


def metric(m, **labels: str) -> float:
    return m.labels(**labels)._value.get()
