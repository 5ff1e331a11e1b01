"""SMTP AUTH: credentials (``user:scrypt$n$r$p$salt$hash`` lines) and the guard that throttles guessing.

Create a line with ``dlp-gateway passwd USER`` (reads the password from stdin). Only salted scrypt
hashes are accepted; plain-text passwords are refused when loading.

:class:`Credentials` verifies in constant time and does the same work for an unknown user as for a
known one (one scrypt run against a dummy hash with the file's parameters), so the answer time
does not tell which user names exist.

:class:`AuthGuard` is what the SMTP front calls. It runs scrypt in a small bounded thread pool
(``hashlib.scrypt`` releases the GIL, so the event loop keeps serving other clients) and throttles
failures per user name and per client address: each failure's reply waits a delay that doubles
with the recent failures (``auth_failure_delay`` up to ``auth_failure_delay_max``); after
``auth_max_failures`` for one user name, or ``auth_max_failures_per_address`` from one address,
that name or address is locked out for ``auth_lockout`` seconds: every AUTH is then answered
``454 4.7.0`` without checking the password, the right one included. Lockouts are counted by
the name the client *sent*, whether or not it exists (no enumeration through lockouts either).
"""

from __future__ import annotations

import asyncio
import base64
import concurrent.futures as cf
import hashlib
import hmac
import logging
import os
import time
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from gateway import metrics
from gateway.errors import ConfigError

log = logging.getLogger("dlpgw.auth")

_N, _R, _P = 2**14, 8, 1
_CACHE_SECONDS = 300.0


def hash_password(password: str, *, salt: bytes | None = None, n: int = _N, r: int = _R, p: int = _P) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${n}${r}${p}${b64(salt).decode()}${b64(digest).decode()}"


def _check(password: bytes, encoded: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, hash_b64 = encoded.split("$")
        if scheme != "scrypt":
            return False
        salt, want = base64.b64decode(salt_b64), base64.b64decode(hash_b64)
        got = hashlib.scrypt(password, salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(want))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, want)


def _params(encoded: str) -> tuple[int, int, int]:
    _, n, r, p, _, _ = encoded.split("$")
    return int(n), int(r), int(p)


@dataclass
class Credentials:
    users: dict[str, str]

    @classmethod
    def load(cls, path: Path) -> Credentials:
        users: dict[str, str] = {}
        errors: list[str] = []
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            user, sep, encoded = line.partition(":")
            ok = sep and encoded.startswith("scrypt$") and encoded.count("$") == 5
            if ok:
                try:
                    _params(encoded)
                except ValueError:
                    ok = False
            if not ok:
                errors.append(f"{path}:{no}: expected user:scrypt$n$r$p$salt$hash (use 'dlp-gateway passwd')")
                continue
            users[user] = encoded
        if errors:
            raise ConfigError(errors)
        return cls(users)

    def __post_init__(self) -> None:
        # scrypt costs ~50 ms by design; remember recent successes so a busy client
        # re-authenticating on every connection does not cost a verification each time.
        self._ok: dict[bytes, float] = {}
        # Unknown users are checked against this, with the parameters most users have: same work.
        common = Counter(_params(e) for e in self.users.values()).most_common(1)
        n, r, p = common[0][0] if common else (_N, _R, _P)
        self._dummy = hash_password(os.urandom(16).hex(), n=n, r=r, p=p)

    def verify(self, login: bytes, password: bytes) -> bool:
        """True when ``password`` is ``login``'s. Blocking (scrypt): call it off the event loop."""
        user = login.decode("utf-8", "replace")
        encoded = self.users.get(user)
        if encoded is None:
            _check(password, self._dummy)  # one scrypt run, as for a known user
            return False
        key = hashlib.sha256(login + b"\0" + password + b"\0" + encoded.encode()).digest()
        now = time.monotonic()
        if self._ok.get(key, 0.0) > now:
            return True
        if _check(password, encoded):
            if len(self._ok) > 1000:
                self._ok.clear()
            self._ok[key] = now + _CACHE_SECONDS
            return True
        return False


# --- throttling ----------------------------------------------------------------------------------


@dataclass
class _Record:
    failures: int = 0
    last: float = 0.0
    locked_until: float = 0.0


@dataclass(frozen=True, slots=True)
class AuthOutcome:
    """What the SMTP front answers: ``ok``, or the reply line after waiting ``delay`` seconds."""

    ok: bool
    reply: str = ""
    delay: float = 0.0
    result: str = "success"  # the metric label: success, failure, locked, busy


FAILED = "535 5.7.8 Authentication credentials invalid"
LOCKED = "454 4.7.0 Too many failed authentication attempts, try again later"
BUSY = "454 4.7.0 Temporary authentication failure, try again later"


def mask_user(user: str) -> str:
    """A user name for a log line: its first character only (``scanner`` -> ``s***``)."""
    return (user[:1] + "***") if user else "(empty)"


class _Table:
    """Failure records by key, bounded: forgotten after the window, oldest dropped when full."""

    def __init__(self, window: float, max_entries: int = 10_000) -> None:
        self.window = window
        self.max_entries = max_entries
        self.rows: OrderedDict[str, _Record] = OrderedDict()

    def get(self, key: str, now: float) -> _Record | None:
        rec = self.rows.get(key)
        if rec is not None and rec.locked_until <= now and now - rec.last > self.window:
            del self.rows[key]
            return None
        return rec

    def fail(self, key: str, now: float) -> _Record:
        rec = self.get(key, now) or _Record()
        rec.failures += 1
        rec.last = now
        self.rows[key] = rec
        self.rows.move_to_end(key)
        while len(self.rows) > self.max_entries:
            self.rows.popitem(last=False)
        return rec

    def forget(self, key: str) -> None:
        self.rows.pop(key, None)


class AuthGuard:
    """Verifies AUTH attempts off the event loop, with per-user and per-address throttling."""

    def __init__(
        self,
        credentials: Credentials,
        *,
        max_user_failures: int = 5,
        max_address_failures: int = 20,
        lockout: float = 900.0,
        window: float = 900.0,
        delay: float = 1.0,
        max_delay: float = 15.0,
        threads: int = 2,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.credentials = credentials
        self.max_user_failures = max_user_failures
        self.max_address_failures = max_address_failures
        self.lockout = lockout
        self.delay = delay
        self.max_delay = max_delay
        self.clock = clock
        self.users = _Table(window)
        self.addresses = _Table(window)
        self.threads = threads
        self.max_pending = threads * 8  # beyond this many waiting verifications: 454 at once
        self.pending = 0
        self._pool: cf.ThreadPoolExecutor | None = None

    @classmethod
    def from_settings(cls, credentials: Credentials, settings: object) -> AuthGuard:
        s = settings
        return cls(
            credentials,
            max_user_failures=s.auth_max_failures,  # type: ignore[attr-defined]
            max_address_failures=s.auth_max_failures_per_address,  # type: ignore[attr-defined]
            lockout=s.auth_lockout,  # type: ignore[attr-defined]
            window=s.auth_failure_window,  # type: ignore[attr-defined]
            delay=s.auth_failure_delay,  # type: ignore[attr-defined]
            max_delay=s.auth_failure_delay_max,  # type: ignore[attr-defined]
            threads=s.auth_threads,  # type: ignore[attr-defined]
        )

    @staticmethod
    def user_key(login: bytes) -> str:
        return login.decode("utf-8", "replace").strip().casefold()

    def _delay_for(self, failures: int) -> float:
        return min(self.delay * 2 ** max(0, failures - 1), self.max_delay)

    async def attempt(self, login: bytes, password: bytes, address: str, client: str = "") -> AuthOutcome:
        """One AUTH attempt from ``address`` (the per-address key); the outcome to answer."""
        now = self.clock()
        user = self.user_key(login)
        u, a = self.users.get(user, now), self.addresses.get(address, now)
        if (u is not None and u.locked_until > now) or (a is not None and a.locked_until > now):
            metrics.AUTH_ATTEMPTS.labels(result="locked").inc()
            return AuthOutcome(False, LOCKED, self.delay, "locked")
        if self.pending >= self.max_pending:
            metrics.AUTH_ATTEMPTS.labels(result="busy").inc()
            return AuthOutcome(False, BUSY, 0.0, "busy")
        if self._pool is None:
            self._pool = cf.ThreadPoolExecutor(max_workers=self.threads, thread_name_prefix="dlpgw-auth")
        self.pending += 1
        try:
            ok = await asyncio.get_running_loop().run_in_executor(
                self._pool, self.credentials.verify, login, password
            )
        finally:
            self.pending -= 1
        now = self.clock()
        if ok:
            self.users.forget(user)  # the address keeps its count: one good account must not reset it
            metrics.AUTH_ATTEMPTS.labels(result="success").inc()
            return AuthOutcome(True)
        u, a = self.users.fail(user, now), self.addresses.fail(address, now)
        metrics.AUTH_ATTEMPTS.labels(result="failure").inc()
        failures = max(u.failures, a.failures)
        if u.failures >= self.max_user_failures:
            self._lock(u, now, "user", f"user {mask_user(user)}", client)
        if a.failures >= self.max_address_failures:
            self._lock(a, now, "address", "address", client)
        return AuthOutcome(False, FAILED, self._delay_for(failures), "failure")

    def _lock(self, rec: _Record, now: float, scope: str, what: str, client: str) -> None:
        failures = rec.failures
        rec.locked_until = now + self.lockout
        rec.failures = 0  # after the lockout, a fresh (small) budget
        rec.last = now
        metrics.AUTH_LOCKOUTS.labels(scope=scope).inc()
        log.warning("AUTH lockout: %s refused for %.0fs after %d failed attempts (client %s)",
                    what, self.lockout, failures, client or "?")

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
