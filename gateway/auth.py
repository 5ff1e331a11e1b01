"""SMTP AUTH credentials: a file of ``user:scrypt$n$r$p$salt$hash`` lines, verified in constant time.

Create a line with ``dlp-gateway passwd USER`` (reads the password from stdin). Only
salted scrypt hashes are accepted; plain-text passwords are refused when loading.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from dataclasses import dataclass
from pathlib import Path

from gateway.errors import ConfigError

_N, _R, _P = 2**14, 8, 1
_CACHE_SECONDS = 300.0


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


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
            if not sep or not encoded.startswith("scrypt$") or encoded.count("$") != 5:
                errors.append(f"{path}:{no}: expected user:scrypt$n$r$p$salt$hash (use 'dlp-gateway passwd')")
                continue
            users[user] = encoded
        if errors:
            raise ConfigError(errors)
        return cls(users)

    def __post_init__(self) -> None:
        # scrypt costs ~50 ms by design; remember recent successes so a busy client
        # re-authenticating on every connection does not stall the event loop each time.
        self._ok: dict[bytes, float] = {}

    def verify(self, login: bytes, password: bytes) -> bool:
        user = login.decode("utf-8", "replace")
        encoded = self.users.get(user)
        if encoded is None:
            _check(password, hash_password("x", salt=b"0" * 16))  # same cost for unknown users
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
