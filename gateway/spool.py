"""Message data on its way through one worker: the in-flight byte budget and private spool files.

A message's data is held in memory while it is small; beyond ``spool_threshold`` bytes the SMTP
front writes it to a :class:`SpooledMessage` instead — an *unnamed* file (``O_TMPFILE``, mode
0600) in ``spool_dir``: no other process can open it by name, and the kernel frees it when the
last descriptor closes, so nothing is left behind after the verdict nor after a crash (where
``O_TMPFILE`` is not supported the file is created with ``mkstemp`` and unlinked at once; a
file a crash left in that instant is removed by :func:`sweep`). The scanner process gets the
descriptor (``SCM_RIGHTS``), not a copy of the bytes; the act stage reads the data back.

The file only lives until the transaction's reply: a 250 is still only given once the
message is accepted upstream or durably quarantined, so a crash loses nothing that was
answered 250 (the client keeps every message it got no 250 for).

:class:`DataBudget` counts the bytes of message data a worker holds (in memory or spooled),
from the MAIL FROM that declared a ``SIZE`` or the first byte of DATA until the transaction
ends: a new transaction that would exceed it gets 452 4.3.1 at once.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from pathlib import Path

from gateway import metrics
from gateway.scanpool import wire

PREFIX = "dlpgw-spool-"
_NAMED = re.compile(re.escape(PREFIX) + r"(\d+)-")
CHUNK = 1024 * 1024


class DataBudget:
    """Bytes of message data in flight in this worker, against a cap (0 = no cap)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0

    def fits(self, extra: int) -> bool:
        return not self.limit or self.used + extra <= self.limit

    def full(self) -> bool:
        return bool(self.limit) and self.used >= self.limit

    def charge(self) -> Charge:
        return Charge(self)


class Charge:
    """One transaction's share of a :class:`DataBudget`; ``set`` it as it grows, ``release`` at the end."""

    __slots__ = ("amount", "budget")

    def __init__(self, budget: DataBudget) -> None:
        self.budget = budget
        self.amount = 0

    def set(self, amount: int) -> None:
        self.budget.used += amount - self.amount
        self.amount = amount
        metrics.DATA_IN_FLIGHT.set(self.budget.used)

    def release(self) -> None:
        self.set(0)


def open_spool(directory: Path) -> int:
    """A new private, unnamed file in ``directory`` (read-write descriptor)."""
    try:
        return os.open(directory, os.O_TMPFILE | os.O_RDWR | os.O_CLOEXEC, 0o600)
    except (OSError, AttributeError):  # no O_TMPFILE on this filesystem: a named file, unlinked at once
        fd, name = tempfile.mkstemp(prefix=f"{PREFIX}{os.getpid()}-", dir=directory)
        os.unlink(name)
        return fd


def prepare(directory: Path) -> Path:
    """Create the spool directory (mode 0700) and remove what a crashed process left there."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(directory, 0o700)
    sweep(directory)
    return directory


def sweep(directory: Path) -> int:
    """Remove named spool files whose process is gone (a crash between create and unlink)."""
    removed = 0
    with contextlib.suppress(OSError):
        for entry in os.scandir(directory):
            m = _NAMED.match(entry.name)
            if m is None or _alive(int(m.group(1))):
                continue
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed += 1
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class SpooledMessage:
    """Message data in a private spool file: ``size`` bytes at offset 0 of ``fd``."""

    def __init__(self, fd: int, size: int) -> None:
        self.fd = fd
        self.size = size

    def __len__(self) -> int:
        return self.size

    def read(self) -> bytes:
        """The whole message as one bytes object (one allocation)."""
        return wire.read_fd(self.fd, self.size)

    def digest(self) -> bytes:
        h = hashlib.sha256()
        for off in range(0, self.size, CHUNK):
            h.update(os.pread(self.fd, min(CHUNK, self.size - off), off))
        return h.digest()

    def close(self) -> None:
        """Free the file: its data goes with its last descriptor."""
        if self.fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = -1
            metrics.SPOOL_FILES.dec()
