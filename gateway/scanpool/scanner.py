"""The scanner process: scans one message at a time for its pool, under a memory cap.

Forked from the template (so the detection engine, the extractors and the French pipeline
are already in memory, shared copy-on-write), it reads ``SCAN`` frames from its pool, runs
:func:`gateway.scan.scan_message` and writes back the report. It exits — and its pool
forks a fresh one — when:

- the memory cap is reached (``MemoryError``): it answers ``MEMORY`` first, so the message
  gets a precise fail-closed verdict (``UNSCANNABLE``: memory limit) and no other scan is touched;
- the scan raised something unexpected (``ERROR``): its state cannot be trusted;
- after a scan its resident memory grew far beyond its start (fragmentation, caches): recycled;
- its pool closes the channel or says ``QUIT``; its template dies (parent-death signal).

The pool kills it (SIGKILL) when a scan exceeds the time limit.
"""

from __future__ import annotations

import os
import pickle
from typing import Any, NoReturn

from gateway.scanpool import wire

RECYCLE_KIB = 512 * 1024  # resident growth after which a scanner is replaced after its scan


def run_scanner(
    sock: Any, engine: Any, limits: Any, *, memory_limit: int, warm: bool, recycle_kib: int = RECYCLE_KIB
) -> NoReturn:
    """The scanner's whole life (in the forked child); never returns."""
    from gateway.scan import scan_message

    cap = wire.cap_memory(memory_limit)
    limit_mib = memory_limit // (1024 * 1024)
    baseline = wire.resident_kib()
    wire.send_frame(sock, wire.READY, 0, pickle.dumps({"pid": os.getpid(), "warm": warm, "cap": cap}))
    while True:
        head, fds = wire.recv_header(sock)
        if head is None:
            os._exit(0)
        kind, seq, length = wire.HEADER.unpack(head)
        if kind not in (wire.SCAN, wire.SCANFD) or (kind == wire.SCANFD) != (len(fds) == 1):
            os._exit(0)  # QUIT (retired), or a peer we do not understand
        exit_after = False
        raw = payload = report = None
        try:
            if kind == wire.SCANFD:
                # A spooled message: read from its file, one bytes object (no socket copy, no bytearray).
                try:
                    raw = wire.read_fd(fds[0], length)
                finally:
                    wire.close_fds(fds)
            else:
                try:
                    payload = wire.recv_exactly(sock, length)  # the message alone may exceed the cap
                except MemoryError:
                    _skip(sock, length)
                    raise
                if payload is None:
                    os._exit(0)
                raw = bytes(payload)
                del payload
            report = scan_message(raw, engine, limits)
            del raw
            reply = (wire.DONE, pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL))
            del report
        except MemoryError:
            raw = payload = report = None  # free what the scan held before answering
            reply = (wire.MEMORY, pickle.dumps(f"memory limit of {limit_mib} MiB per scan reached"))
            exit_after = True
        except Exception as e:  # an extractor/detector bug: fail closed; the text may quote content
            raw = payload = report = None
            reply = (wire.ERROR, pickle.dumps(type(e).__name__))
            exit_after = True
        try:
            wire.send_frame(sock, reply[0], seq, reply[1])
        except OSError:
            os._exit(0)
        if exit_after or wire.resident_kib() > baseline + recycle_kib:
            os._exit(0)


def _skip(sock: Any, n: int) -> None:
    """Read and drop ``n`` bytes (a message we had no memory to hold), so the answer can follow."""
    chunk = bytearray(64 * 1024)
    while n > 0:
        k = sock.recv_into(chunk, min(n, len(chunk)))
        if k == 0:
            os._exit(0)
        n -= k
