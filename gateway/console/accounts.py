"""Console accounts: the local users file (scrypt), sessions, and login throttling.

Users file (``console_users_file``, default ``<state_dir>/console-users``, mode 0600), one line
per account, written by ``dlp-gateway console-user``::

    name:role[,role...]:scrypt$n$r$p$salt$hash

Roles: ``dpo`` (read and act: release, delete, open originals), ``auditor`` (read only),
``admin`` (read, and the administration page). Sessions live in the console process's memory
(a restart signs everyone out): a random 256-bit id in an HttpOnly cookie, a per-session CSRF
token, an idle timeout and an absolute lifetime. Failed sign-ins are throttled per user name and
per client address: after 5 failures in 15 minutes, sign-in waits 1 minute, doubling to 15.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from gateway.auth import _check, hash_password
from gateway.errors import ConfigError

ROLES = ("dpo", "auditor", "admin")
_NAME_OK = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-@")


def valid_name(name: str) -> bool:
    return 0 < len(name) <= 64 and set(name) <= _NAME_OK


@dataclass(frozen=True, slots=True)
class Account:
    name: str
    roles: frozenset[str]
    encoded: str


class UsersFile:
    """The local accounts, re-read when the file changes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._mtime: float | None = None
        self._accounts: dict[str, Account] = {}
        self._lock = threading.Lock()

    def _load(self) -> dict[str, Account]:
        try:
            mtime = self.path.stat().st_mtime
        except FileNotFoundError:
            self._accounts, self._mtime = {}, None
            return {}
        if mtime == self._mtime:
            return self._accounts
        accounts: dict[str, Account] = {}
        errors: list[str] = []
        for no, line in enumerate(self.path.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, _, rest = line.partition(":")
            roles_s, _, encoded = rest.partition(":")
            roles = frozenset(r.strip() for r in roles_s.split(",") if r.strip())
            if not valid_name(name) or not encoded.startswith("scrypt$") or encoded.count("$") != 5 \
                    or not roles <= set(ROLES):
                errors.append(f"{self.path}:{no}: expected name:role[,role]:scrypt$... (use dlp-gateway console-user)")
                continue
            accounts[name] = Account(name, roles, encoded)
        if errors:
            raise ConfigError(errors)
        self._accounts, self._mtime = accounts, mtime
        return accounts

    def accounts(self) -> dict[str, Account]:
        with self._lock:
            return dict(self._load())

    def verify(self, name: str, password: str) -> Account | None:
        """The account when the password is right (constant work for unknown names)."""
        account = self.accounts().get(name)
        if account is None:
            _check(password.encode(), hash_password("x", salt=b"0" * 16))
            return None
        return account if _check(password.encode("utf-8"), account.encoded) else None

    def set(self, name: str, roles: list[str], password: str | None) -> None:
        """Add or change an account (password None: keep the current one)."""
        if not valid_name(name):
            raise ConfigError([f"user name {name!r}: letters, digits and . _ - @ only, at most 64"])
        bad = [r for r in roles if r not in ROLES]
        if bad or not roles:
            raise ConfigError([f"roles must be among {', '.join(ROLES)}"])
        with self._lock:
            current = self._load()
            encoded = hash_password(password) if password else (current[name].encoded if name in current else "")
            if not encoded:
                raise ConfigError([f"{name}: a new account needs a password"])
            current = {**current, name: Account(name, frozenset(roles), encoded)}
            self._write(current)

    def remove(self, name: str) -> bool:
        with self._lock:
            current = dict(self._load())
            if current.pop(name, None) is None:
                return False
            self._write(current)
            return True

    def _write(self, accounts: dict[str, Account]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("# dlp-gateway console accounts: name:roles:scrypt hash (dlp-gateway console-user)\n")
            for a in sorted(accounts.values(), key=lambda a: a.name):
                fh.write(f"{a.name}:{','.join(sorted(a.roles))}:{a.encoded}\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        self._mtime = None


# --- throttling ----------------------------------------------------------------------------------


class LoginThrottle:
    """Failures per key (user name, client address); a locked key waits before it may try again."""

    def __init__(self, free: int = 5, window: float = 900.0, first_wait: float = 60.0, max_wait: float = 900.0) -> None:
        self.free, self.window, self.first_wait, self.max_wait = free, window, first_wait, max_wait
        self._fails: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def wait(self, *keys: str, now: float | None = None) -> float:
        """Seconds before these keys may try again (0: now)."""
        now = now if now is not None else time.monotonic()
        worst = 0.0
        with self._lock:
            for k in keys:
                q = self._fails.get(k)
                if not q:
                    continue
                while q and q[0] < now - self.window:
                    q.popleft()
                if len(q) >= self.free:
                    delay = min(self.max_wait, self.first_wait * 2 ** (len(q) - self.free))
                    worst = max(worst, q[-1] + delay - now)
        return max(0.0, worst)

    def failed(self, *keys: str, now: float | None = None) -> None:
        now = now if now is not None else time.monotonic()
        with self._lock:
            if len(self._fails) > 10000:
                self._fails.clear()  # bounded memory under a spray of names
            for k in keys:
                self._fails.setdefault(k, deque(maxlen=64)).append(now)

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for k in keys:
                self._fails.pop(k, None)


# --- sessions ------------------------------------------------------------------------------------


@dataclass(slots=True)
class Session:
    sid: str
    csrf: str
    created: float
    seen: float
    user: str = ""
    roles: frozenset[str] = frozenset()
    via: str = ""  # local | oidc
    lang: str = ""
    flash: list[str] = field(default_factory=list)
    oidc: dict[str, str] = field(default_factory=dict)  # state, nonce, verifier while signing in

    @property
    def signed_in(self) -> bool:
        return bool(self.user) and bool(self.roles)


class Sessions:
    """In-memory sessions with idle and absolute expiry."""

    def __init__(self, idle_seconds: float = 1800.0, max_seconds: float = 12 * 3600.0) -> None:
        self.idle = idle_seconds
        self.max = max_seconds
        self._by_id: dict[str, Session] = {}
        self._lock = threading.Lock()

    def new(self, lang: str = "") -> Session:
        now = time.monotonic()
        s = Session(secrets.token_urlsafe(32), secrets.token_urlsafe(32), now, now, lang=lang)
        with self._lock:
            self._gc(now)
            self._by_id[s.sid] = s
        return s

    def get(self, sid: str | None) -> tuple[Session | None, bool]:
        """(session, expired): an unknown id gives (None, False), an expired one (None, True)."""
        if not sid:
            return None, False
        now = time.monotonic()
        with self._lock:
            s = self._by_id.get(sid)
            if s is None:
                return None, False
            if now - s.seen > self.idle or now - s.created > self.max:
                del self._by_id[sid]
                return None, s.signed_in
            s.seen = now
            return s, False

    def sign_in(self, old: Session, user: str, roles: frozenset[str], via: str) -> Session:
        """A fresh session id and CSRF token at sign-in (no session fixation)."""
        new = self.new(old.lang)
        new.user, new.roles, new.via = user, roles, via
        self.drop(old.sid)
        return new

    def drop(self, sid: str) -> None:
        with self._lock, contextlib.suppress(KeyError):
            del self._by_id[sid]

    def _gc(self, now: float) -> None:
        if len(self._by_id) < 1000:
            return
        for sid in [k for k, s in self._by_id.items() if now - s.seen > self.idle or now - s.created > self.max]:
            del self._by_id[sid]
        if len(self._by_id) > 20000:  # a flood of anonymous sessions: keep the signed-in ones
            for sid in [k for k, s in self._by_id.items() if not s.signed_in]:
                del self._by_id[sid]
