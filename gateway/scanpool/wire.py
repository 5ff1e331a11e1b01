"""What the scanner processes share: message framing, descriptor passing, and process hygiene.

Two kinds of channel:

- control channels to the template (``AF_UNIX`` ``SOCK_SEQPACKET``): one pickled tuple per
  datagram, with file descriptors attached (``SCM_RIGHTS``) when a scanner is handed over;
- scanner channels (``AF_UNIX`` ``SOCK_STREAM``): frames of ``kind (4 bytes) | seq | length``
  followed by the payload — the raw message one way, a pickled result the other way.

Both ends are processes of this gateway; nothing read from the network is ever unpickled (the
raw message travels as bytes and is only parsed by the extractor).

The helpers for a freshly forked child live here too: the parent-death signal
(``prctl(PR_SET_PDEATHSIG)``), closing the descriptors a child must not keep, and the memory
cap (``RLIMIT_DATA``).
"""

from __future__ import annotations

import array
import contextlib
import ctypes
import ctypes.util
import os
import pickle
import resource
import signal
import socket
import struct
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

# --- control datagrams ------------------------------------------------------------------------
MAX_CONTROL = 64 * 1024
_FD_SPACE = socket.CMSG_SPACE(8 * array.array("i").itemsize)


def control_pair() -> tuple[socket.socket, socket.socket]:
    return socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)


def send_control(sock: socket.socket, message: tuple[Any, ...], fds: Iterable[int] = ()) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    if len(data) > MAX_CONTROL:
        raise ValueError("control message too large")
    fds = list(fds)
    if fds:
        sock.sendmsg([data], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", fds))])
    else:
        sock.send(data)


def received_fds(ancdata: list[tuple[int, int, bytes]]) -> list[int]:
    """The descriptors an ``SCM_RIGHTS`` control message of ``recvmsg`` carried (a cut last one dropped)."""
    fds: list[int] = []
    for level, kind, payload in ancdata:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
            arr = array.array("i")
            arr.frombytes(payload[: len(payload) - (len(payload) % arr.itemsize)])
            fds.extend(arr)
    return fds


def recv_control(sock: socket.socket) -> tuple[tuple[Any, ...] | None, list[int]]:
    """One datagram: ``(message, fds)``; ``(None, [])`` at end of file (the peer is gone)."""
    data, ancdata, _flags, _addr = sock.recvmsg(MAX_CONTROL, _FD_SPACE)
    fds = received_fds(ancdata)
    if not data:
        for fd in fds:
            os.close(fd)
        return None, []
    return pickle.loads(data), fds


# --- scanner frames ---------------------------------------------------------------------------
HEADER = struct.Struct("!4sIQ")  # kind, sequence number, payload length

SCAN = b"SCAN"  # pool -> scanner: raw message
SCANFD = b"SCFD"  # pool -> scanner: no payload; the message is the file descriptor attached (length: its size)
QUIT = b"QUIT"  # pool -> scanner: exit now (retired)
READY = b"REDY"  # scanner -> pool: started; payload = pickled dict (pid, warm)
DONE = b"DONE"  # scanner -> pool: pickled ScanReport
MEMORY = b"MEMO"  # scanner -> pool: the memory cap was reached; payload = pickled detail
ERROR = b"FAIL"  # scanner -> pool: an unexpected exception; payload = pickled type name


def frame(kind: bytes, seq: int, payload: bytes | bytearray | memoryview = b"") -> bytes:
    return HEADER.pack(kind, seq & 0xFFFFFFFF, len(payload))


def frame_fd(seq: int, size: int) -> bytes:
    return HEADER.pack(SCANFD, seq & 0xFFFFFFFF, size)


async def send_fd_frame(sock: socket.socket, head: bytes, fd: int) -> None:
    """Send ``head`` with ``fd`` attached (SCM_RIGHTS) on a non-blocking stream socket."""
    import asyncio  # here: the template and its scanners, which import this module, run no event loop

    loop = asyncio.get_running_loop()
    rights = [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [fd]))]
    while True:
        try:
            sent = sock.sendmsg([head], rights)
            break
        except (BlockingIOError, InterruptedError):
            ready: asyncio.Future[None] = loop.create_future()
            loop.add_writer(sock.fileno(), _set_once, ready)
            try:
                await ready
            finally:
                loop.remove_writer(sock.fileno())
    if sent < len(head):  # the descriptor went with the first byte
        await loop.sock_sendall(sock, head[sent:])


def _set_once(fut: asyncio.Future[None]) -> None:
    if not fut.done():
        fut.set_result(None)


def recv_header(sock: socket.socket) -> tuple[bytearray | None, list[int]]:
    """Blocking read of one frame header and the descriptors attached to it; (None, []) at end of file."""
    data, ancdata, _flags, _addr = sock.recvmsg(HEADER.size, socket.CMSG_SPACE(4 * array.array("i").itemsize))
    fds = received_fds(ancdata)
    if not data:
        close_fds(fds)
        return None, []
    head = bytearray(data)
    if len(head) < HEADER.size:
        rest = recv_exactly(sock, HEADER.size - len(head))
        if rest is None:
            close_fds(fds)
            return None, []
        head += rest
    return head, fds


def read_fd(fd: int, size: int) -> bytes:
    """``size`` bytes from offset 0 of file ``fd``: one bytes object when the kernel returns them at once."""
    data = os.pread(fd, size, 0)
    if len(data) == size:
        return data
    parts = [data]
    got = len(data)
    while got < size:
        more = os.pread(fd, size - got, got)
        if not more:
            raise EOFError("file shorter than its message")
        parts.append(more)
        got += len(more)
    return b"".join(parts)


def recv_exactly(sock: socket.socket, n: int) -> bytearray | None:
    """Blocking read of exactly ``n`` bytes; None at end of file."""
    buf = bytearray(n)
    view = memoryview(buf)
    got = 0
    while got < n:
        k = sock.recv_into(view[got:], n - got)
        if k == 0:
            return None
        got += k
    return buf


def recv_frame(sock: socket.socket) -> tuple[bytes, int, bytearray] | None:
    head = recv_exactly(sock, HEADER.size)
    if head is None:
        return None
    kind, seq, length = HEADER.unpack(head)
    payload = recv_exactly(sock, length) if length else bytearray()
    if payload is None:
        return None
    return kind, seq, payload


def send_frame(sock: socket.socket, kind: bytes, seq: int, payload: bytes | bytearray | memoryview = b"") -> None:
    sock.sendall(frame(kind, seq, payload))
    if payload:
        sock.sendall(payload)


# --- process hygiene after fork ------------------------------------------------------------
PR_SET_PDEATHSIG = 1
_libc: Any = None


def set_parent_death_signal(sig: int = signal.SIGKILL) -> None:
    """Have the kernel send ``sig`` to this process when its parent exits (Linux)."""
    global _libc
    if _libc is None:
        _libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    _libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0)


def die_with_parent(parent: int, sig: int = signal.SIGKILL) -> None:
    """Parent-death signal, and exit now if the parent is already gone (the fork race)."""
    set_parent_death_signal(sig)
    if os.getppid() != parent:
        os._exit(0)


def close_fds(fds: Iterable[int | socket.socket | None]) -> None:
    """Close what a forked child inherited but must not hold (sockets of other processes)."""
    for fd in fds:
        if fd is None:
            continue
        with contextlib.suppress(OSError):
            if isinstance(fd, socket.socket):
                fd.close()
            else:
                os.close(fd)


def data_size_kib() -> int:
    """This process's data segment + private writable mappings (what RLIMIT_DATA counts), in KiB."""
    with open(f"/proc/{os.getpid()}/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmData:"):
                return int(line.split()[1])
    return 0


def cap_memory(extra_bytes: int) -> int:
    """Cap this process's data size at its current size + ``extra_bytes`` (RLIMIT_DATA); return the cap.

    RLIMIT_DATA counts the heap and private anonymous mappings (glibc's large allocations,
    Python's arenas), not shared libraries or files: an allocation beyond it fails, and Python
    raises MemoryError in the scan that asked for it. Pages inherited from the template count
    as mapped (they are copy-on-write), hence "current size + extra".
    """
    if extra_bytes <= 0:
        return 0
    cap = data_size_kib() * 1024 + extra_bytes
    _soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (cap, cap))  # hard too: nothing in the scan can lift it
    return cap


def resident_kib() -> int:
    with open(f"/proc/{os.getpid()}/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0
