"""The quarantine store: held messages, encrypted at rest, with an outbox and an audit log.

A message the policy bounces or quarantines is written here *before* the client gets its 250
(SQLite in WAL mode with ``synchronous=FULL``, or PostgreSQL so that several gateway instances
share one store). The same row carries the outbox: the guidance bounce and the DPO notice are
rendered at accept time, stored encrypted with ``*_state = 'pending'``, and sent by
:func:`flush_outbox` — right after the 250 and periodically — so a crash after the 250 still
sends them. Every release, delete, purge and content view is written to the audit table with
who and why.

Tables (created on first use; columns added later are added to existing databases)::

    quarantine        id (queue id), received_at, sender_domain, recipient_domains (JSON),
                      envelope (AES-GCM: sender and recipient addresses), size, action,
                      decision (JSON), findings (JSON, masked), status held|releasing|released|deleted,
                      content (AES-GCM), key_id, bounce (AES-GCM), bounce_state, bounce_attempts,
                      bounce_next, bounce_owner, notice (AES-GCM), notice_to, notice_state,
                      notice_attempts, notice_next, notice_owner, release_owner, updated_at
    quarantine_audit  id, qid, event, actor, reason, at
    quarantine_override  token_id (single use), qid, at, justification, categories, recipient_classes,
                      sender_domain, outcome: the sender overrides (gateway.override)
    verdict_counts    bucket (hour), action, would_have, categories, recipient_classes, sender_domain,
                      messages: content-free counts of every verdict (gateway.stats, the rollout report)

Addresses are sealed like the content: only the sender and recipient *domains* are stored in
the clear (listing and filtering need nothing more); ``show`` and ``release`` decrypt the
envelope. A store created before that (plain ``sender`` / ``recipients`` columns) is migrated in
place when it is opened: addresses sealed, old columns dropped, locations in ``findings``
masked again (:func:`detectors.masking.mask_identifiers`), the old pages wiped (SQLite
``secure_delete`` + WAL truncation, PostgreSQL ``VACUUM FULL``).

Outbox items (``bounce``, ``notice``) go ``none`` or ``pending`` -> ``sending`` -> ``sent`` |
``failed`` (or back to ``pending`` with a backoff). Several instances (or the workers of one)
share the store, so an item is *claimed* before it is sent: one statement (on PostgreSQL
``WITH picked AS (SELECT ... FOR UPDATE SKIP LOCKED) UPDATE ...``; on SQLite the UPDATE holds
the write lock) sets ``*_state = 'sending'``, ``*_owner`` = a token unique to this claim, and
``*_next`` = the lease expiry, on the database's clock. The result is written only where the token still matches. A
claim whose instance died is claimed again by anyone once its lease has expired; the lease is
longer than the bound on one send, so a live sender never loses its claim. The one window that
can still send an item twice is between the upstream's final 250 and the commit of ``sent`` (a
crash there): the outbox is at-least-once on purpose, because a lost guidance bounce or DPO
notice is worse than a repeated one (the repeat is byte-identical, same Message-ID). A release is
claimed the same way (``status = 'releasing'``, ``release_owner``), so a release racing with a
release, a delete or a purge on another instance has one winner, and only the winner is audited.

The key (32 bytes, urlsafe base64) comes from the ``quarantine_key`` setting, or is generated
once into ``<state_dir>/quarantine.key`` (mode 0600). Ciphertexts are bound to their row and
column (AES-GCM associated data), so a blob copied to another row does not decrypt.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import json
import logging
import os
import secrets
import socket
import sqlite3
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from gateway import metrics
from gateway.errors import GatewayError, UpstreamPermError, UpstreamTempError
from gateway.model import Decision, Envelope, Finding

log = logging.getLogger("dlpgw.quarantine")

STATUSES = ("held", "releasing", "released", "deleted")
# Outbox retry: 1 min, 5 min, 15 min, 1 h, then every 4 h, for at most 5 days (RFC 5321 4.5.4.1).
_BACKOFF = (60, 300, 900, 3600, 14400)
MAX_OUTBOX_AGE = 5 * 86400
SEND_TIMEOUT = 60.0  # default bound on one outbox send (the relay has its own, upstream_timeout)
OUTBOX_BATCH = 8  # outbox items claimed together and sent concurrently
_FOREVER = 1e18  # a time after every backoff
GAUGE_INTERVAL = 5.0  # seconds between two refreshes of the held-messages gauge
RELEASE_STALE = 600.0  # a 'releasing' row this old belongs to a release that died half-way


# Relay.deliver(envelope, raw, queue_id) -> reply line (gateway.relay).
Deliver = Callable[[Envelope, bytes, str], Awaitable[str]]


class QuarantineError(GatewayError):
    """A quarantine operation that cannot be done (unknown id, wrong state, wrong key...)."""


# --- keys -------------------------------------------------------------------------------------


def _process_start(pid: int) -> str:
    """When process ``pid`` started (clock ticks since boot, from /proc); '' if it does not run."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return ""


def lease_for(send_timeout: float) -> float:
    """How long a claim lasts: the bound on one send plus a margin (pauses, slow commits)."""
    return send_timeout + max(10.0, send_timeout / 2)


def parse_key(text: str) -> bytes:
    """A 32-byte key from urlsafe base64 (44 chars) or hex (64 chars)."""
    text = text.strip()
    try:
        key = bytes.fromhex(text) if len(text) == 64 else base64.urlsafe_b64decode(text.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        raise QuarantineError("quarantine key is neither urlsafe base64 nor hex") from None
    if len(key) != 32:
        raise QuarantineError(f"quarantine key must be 32 bytes (AES-256), got {len(key)}")
    return key


def load_or_create_key(configured: str | None, state_dir: Path) -> bytes:
    """The configured key, or the one in ``<state_dir>/quarantine.key`` (created 0600 if absent)."""
    if configured:
        return parse_key(configured)
    path = state_dir / "quarantine.key"
    try:
        return parse_key(path.read_text(encoding="ascii"))
    except FileNotFoundError:
        pass
    state_dir.mkdir(parents=True, exist_ok=True)
    key = AESGCM.generate_key(bit_length=256)
    # Written whole to a private temp file, then linked into place: another worker starting at
    # the same moment sees either no key file or a complete one, never a half-written one.
    tmp = state_dir / f".quarantine.key.{os.getpid()}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(base64.urlsafe_b64encode(key).decode("ascii") + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    try:
        os.link(tmp, path)
    except FileExistsError:  # another process won the race: use its key
        return parse_key(path.read_text(encoding="ascii"))
    finally:
        tmp.unlink()
    log.warning("generated a new quarantine encryption key in %s (mode 0600): back it up, "
                "held messages cannot be read without it", path)
    return key


class Cipher:
    """AES-256-GCM with a random 96-bit nonce; associated data binds a blob to its row and column."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)
        self.key_id = hashlib.sha256(b"dlpgw-quarantine:" + key).hexdigest()[:16]

    def seal(self, data: bytes, qid: str, column: str) -> bytes:
        nonce = secrets.token_bytes(12)
        return nonce + self._aead.encrypt(nonce, data, f"{qid}/{column}".encode())

    def open(self, blob: bytes, qid: str, column: str) -> bytes:
        try:
            return self._aead.decrypt(bytes(blob[:12]), bytes(blob[12:]), f"{qid}/{column}".encode())
        except InvalidTag:
            raise QuarantineError(f"{qid}: {column} does not decrypt with this key") from None


# --- records ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HeldMessage:
    """One row's metadata (never the content)."""

    id: str
    received_at: float
    sender_domain: str
    recipient_domains: tuple[str, ...]
    size: int
    action: str
    decision: dict[str, Any]
    findings: list[dict[str, Any]]
    status: str
    bounce_state: str
    notice_state: str
    notice_to: str
    key_id: str


@dataclass(frozen=True, slots=True)
class AuditEntry:
    qid: str
    event: str
    actor: str
    reason: str
    at: float


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """A claimed outbox item: send ``message`` to ``rcpt`` with a null sender, then record it."""

    qid: str
    kind: str  # bounce | notice
    rcpt: str
    message: bytes
    token: str  # the claim: the result is recorded only while it still matches


@dataclass(frozen=True, slots=True)
class OverrideRecord:
    """One sender override (a used token): what was released, when and why."""

    token_id: str
    qid: str
    at: float
    justification: str
    categories: tuple[str, ...]
    recipient_classes: tuple[str, ...]
    sender_domain: str
    outcome: str  # pending (being released) | released


@dataclass(frozen=True, slots=True)
class VerdictCount:
    """One row of the content-free verdict aggregate: messages per hour and verdict shape."""

    bucket: float
    action: str
    would_have: str
    categories: tuple[str, ...]
    recipient_classes: tuple[str, ...]
    sender_domain: str
    messages: int


def decision_to_json(decision: Decision) -> dict[str, Any]:
    return {
        "action": decision.action,
        "reason": decision.reason,
        "categories": list(decision.categories),
        "recipient_classes": list(decision.recipient_classes),
        "channels": [c.id for c in decision.channels],
        "would_have": decision.would_have,
        "language": decision.language,
    }


# --- backends ---------------------------------------------------------------------------------


class _Backend(Protocol):
    kind: str

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> int: ...
    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]: ...
    def transaction(self) -> contextlib.AbstractContextManager[None]: ...
    def now(self) -> float: ...
    def close(self) -> None: ...


_DDL = """
CREATE TABLE IF NOT EXISTS quarantine (
    id TEXT PRIMARY KEY,
    received_at {real} NOT NULL,
    sender_domain TEXT NOT NULL DEFAULT '',
    recipient_domains TEXT NOT NULL DEFAULT '[]',
    envelope {blob},
    size INTEGER NOT NULL,
    action TEXT NOT NULL,
    decision TEXT NOT NULL,
    findings TEXT NOT NULL,
    status TEXT NOT NULL,
    content {blob},
    key_id TEXT NOT NULL,
    bounce {blob},
    bounce_state TEXT NOT NULL,
    bounce_attempts INTEGER NOT NULL DEFAULT 0,
    bounce_next {real} NOT NULL DEFAULT 0,
    bounce_owner TEXT NOT NULL DEFAULT '',
    notice {blob},
    notice_to TEXT NOT NULL DEFAULT '',
    notice_state TEXT NOT NULL,
    notice_attempts INTEGER NOT NULL DEFAULT 0,
    notice_next {real} NOT NULL DEFAULT 0,
    notice_owner TEXT NOT NULL DEFAULT '',
    release_owner TEXT NOT NULL DEFAULT '',
    updated_at {real} NOT NULL
);
CREATE INDEX IF NOT EXISTS quarantine_received ON quarantine (received_at);
CREATE INDEX IF NOT EXISTS quarantine_bounce ON quarantine (bounce_state, bounce_next);
CREATE INDEX IF NOT EXISTS quarantine_notice ON quarantine (notice_state, notice_next);
CREATE TABLE IF NOT EXISTS quarantine_audit (
    id {serial},
    qid TEXT NOT NULL,
    event TEXT NOT NULL,
    actor TEXT NOT NULL,
    reason TEXT NOT NULL,
    at {real} NOT NULL
);
CREATE TABLE IF NOT EXISTS quarantine_override (
    token_id TEXT PRIMARY KEY,
    qid TEXT NOT NULL,
    at {real} NOT NULL,
    justification TEXT NOT NULL,
    categories TEXT NOT NULL,
    recipient_classes TEXT NOT NULL,
    sender_domain TEXT NOT NULL,
    outcome TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quarantine_override_at ON quarantine_override (at);
CREATE TABLE IF NOT EXISTS verdict_counts (
    bucket {real} NOT NULL,
    action TEXT NOT NULL,
    would_have TEXT NOT NULL,
    categories TEXT NOT NULL,
    recipient_classes TEXT NOT NULL,
    sender_domain TEXT NOT NULL,
    messages INTEGER NOT NULL,
    PRIMARY KEY (bucket, action, would_have, categories, recipient_classes, sender_domain)
);
"""

# Columns added after the first release: (table, column, definition). Added to existing databases
# at open (a database created by an older version gets them with their defaults).
_ADDED_COLUMNS = (
    ("quarantine", "bounce_owner", "TEXT NOT NULL DEFAULT ''"),
    ("quarantine", "notice_owner", "TEXT NOT NULL DEFAULT ''"),
    ("quarantine", "release_owner", "TEXT NOT NULL DEFAULT ''"),
)


class _SQLite:
    kind = "sqlite"

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30)
        self._lock = threading.RLock()
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")  # fsync on every commit: durable before 250
        self._conn.execute("PRAGMA secure_delete=ON")  # deleted content and old values are zeroed
        self._conn.executescript(
            _DDL.format(real="REAL", blob="BLOB", serial="INTEGER PRIMARY KEY AUTOINCREMENT")
        )
        with self.transaction():
            for table, column, definition in _ADDED_COLUMNS:
                have = {r[1] for r in self._conn.execute(f"PRAGMA table_info({table})")}
                if column not in have:
                    self._conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)

    def now(self) -> float:
        return time.time()  # one host: the local clock is the store's clock

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> int:
        with self._lock:
            return self._conn.execute(sql, params).rowcount

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def columns(self, table: str) -> set[str]:
        return {r[1] for r in self.query(f"PRAGMA table_info({table})")}

    def lock(self) -> None:
        """Serialise a schema change (BEGIN IMMEDIATE already holds the write lock)."""

    def wipe_free_space(self) -> None:
        """After a migration: old page images out of the WAL (secure_delete zeroed freed pages)."""
        with self._lock:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        with self._lock:
            self._conn.close()


class _Postgres:
    kind = "postgresql"

    def __init__(self, url: str) -> None:
        import psycopg

        parts = urlsplit(url)
        query = dict(parse_qsl(parts.query))
        self.schema = query.pop("schema", "")
        clean = urlunsplit(parts._replace(query=urlencode(query)))
        self._conn = psycopg.connect(clean, autocommit=True, connect_timeout=10)
        self._lock = threading.RLock()
        self._in_tx = False
        if self.schema and not self.schema.replace("_", "").isalnum():
            raise QuarantineError(f"schema name {self.schema!r} must be letters, digits and _")
        with self._conn.transaction():
            # Several instances may start at once: serialize the DDL, the schema's creation included
            # (CREATE SCHEMA IF NOT EXISTS fails on a concurrent one with a unique violation).
            self._conn.execute("SELECT pg_advisory_xact_lock(7215093)")
            if self.schema:
                self._conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{self.schema}"')
                self._conn.execute(f'SET search_path TO "{self.schema}"')  # the session's (kept after COMMIT)
            for stmt in _DDL.format(real="DOUBLE PRECISION", blob="BYTEA", serial="BIGSERIAL PRIMARY KEY").split(";"):
                if stmt.strip():
                    self._conn.execute(stmt)
            for table, column, definition in _ADDED_COLUMNS:
                self._conn.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} {definition}")

    def now(self) -> float:
        """The database server's clock: leases compare times written by different hosts."""
        with self._lock:
            row = self._conn.execute("SELECT EXTRACT(EPOCH FROM clock_timestamp())::float8").fetchone()
        assert row is not None
        return float(row[0])

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("?", "%s")

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> int:
        with self._lock:
            return self._conn.execute(self._sql(sql), params).rowcount  # type: ignore[arg-type]

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._conn.execute(self._sql(sql), params).fetchall()  # type: ignore[arg-type]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        with self._lock, self._conn.transaction():
            yield

    def columns(self, table: str) -> set[str]:
        rows = self.query("SELECT column_name FROM information_schema.columns"
                          " WHERE table_schema = current_schema() AND table_name = ?", (table,))
        return {r[0] for r in rows}

    def lock(self) -> None:
        self.query("SELECT pg_advisory_xact_lock(7215093)")  # the DDL lock: one instance migrates

    def wipe_free_space(self) -> None:
        """After a migration: rewrite the table so no old tuple keeps the plain addresses."""
        with self._lock:
            self._conn.execute("VACUUM FULL quarantine")

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def default_url(state_dir: Path) -> str:
    return f"sqlite:///{(state_dir / 'quarantine.sqlite').resolve()}"


def open_backend(url: str) -> _Backend:
    if url.startswith(("postgresql://", "postgres://")):
        return _Postgres(url)
    if url.startswith("sqlite:///"):  # sqlite:///relative/path or sqlite:////absolute/path
        return _SQLite(Path(url.removeprefix("sqlite:///")))
    if url.startswith("sqlite:"):
        return _SQLite(Path(url.removeprefix("sqlite:")))
    raise QuarantineError("quarantine_url scheme not supported: use sqlite:///PATH or postgresql://")


_COLUMNS = ("id, received_at, sender_domain, recipient_domains, size, action, decision, findings, status, "
            "bounce_state, notice_state, notice_to, key_id")


def _row(r: tuple[Any, ...]) -> HeldMessage:
    return HeldMessage(
        id=r[0], received_at=float(r[1]), sender_domain=r[2], recipient_domains=tuple(json.loads(r[3])),
        size=int(r[4]),
        action=r[5], decision=json.loads(r[6]), findings=json.loads(r[7]), status=r[8],
        bounce_state=r[9], notice_state=r[10], notice_to=r[11], key_id=r[12],
    )


class QuarantineStore:
    """Durable, encrypted store of held messages.

    ``*_sync`` methods run in the calling thread (CLI); the plain-named coroutines run them in a
    worker thread (``asyncio.to_thread``) so the SMTP event loop never waits on disk or network.
    """

    def __init__(self, url: str, key: bytes) -> None:
        self.url = url
        self.cipher = Cipher(key)
        self._db = open_backend(url)
        # Who claims outbox items and releases: unique per open store (host, process, its start, nonce).
        start = _process_start(os.getpid()) or "0"
        self.owner = f"{socket.gethostname()[:40].replace(':', '_')}:{os.getpid()}:{start}:{secrets.token_hex(3)}"
        self._migrate_addresses()

    # -- sealed addresses --------------------------------------------------------------------------
    def _seal_envelope(self, qid: str, envelope: Envelope) -> bytes:
        data = {"mail_from": envelope.mail_from, "rcpt_tos": list(envelope.rcpt_tos)}
        return self.cipher.seal(json.dumps(data).encode("utf-8"), qid, "envelope")

    def _open_envelope(self, qid: str, blob: bytes | None) -> Envelope:
        if blob is None:
            raise QuarantineError(f"{qid}: no envelope stored")
        data = json.loads(self.cipher.open(blob, qid, "envelope"))
        return Envelope(data["mail_from"], tuple(data["rcpt_tos"]))

    def envelope_sync(self, qid: str) -> Envelope:
        """The decrypted envelope (sender and recipients) of one held message."""
        rows = self._db.query("SELECT envelope FROM quarantine WHERE id = ?", (qid,))
        if not rows:
            raise QuarantineError(f"{qid}: unknown id")
        return self._open_envelope(qid, rows[0][0])

    def show_sync(self, qid: str, actor: str, reason: str = "") -> tuple[HeldMessage, Envelope]:
        """Metadata and the decrypted envelope of one message, for a person: audited as 'show'."""
        msg = self.get_sync(qid)
        if msg is None:
            raise QuarantineError(f"{qid}: unknown id")
        envelope = self.envelope_sync(qid)
        self._audit(qid, "show", actor, reason)
        return msg, envelope

    def _migrate_addresses(self) -> None:
        """Seal the plain ``sender`` / ``recipients`` columns of a store made before they were sealed."""
        if "sender" not in self._db.columns("quarantine"):
            return
        from detectors.masking import mask_identifiers

        blob = "BYTEA" if self._db.kind == "postgresql" else "BLOB"
        with self._db.transaction():
            self._db.lock()
            cols = self._db.columns("quarantine")
            if "sender" not in cols:
                return  # another instance migrated it meanwhile
            for name, decl in (("sender_domain", "TEXT NOT NULL DEFAULT ''"),
                               ("recipient_domains", "TEXT NOT NULL DEFAULT '[]'"), ("envelope", blob)):
                if name not in cols:
                    self._db.execute(f"ALTER TABLE quarantine ADD COLUMN {name} {decl}")
            rows = self._db.query("SELECT id, sender, recipients, findings FROM quarantine")
            for qid, sender, recipients, findings in rows:
                env = Envelope(sender, tuple(json.loads(recipients)))
                masked = [{k: mask_identifiers(v) if k in ("location", "snippet", "detail") and isinstance(v, str)
                           else v for k, v in f.items()} for f in json.loads(findings)]
                self._db.execute(
                    "UPDATE quarantine SET sender = '', recipients = '[]', sender_domain = ?,"
                    " recipient_domains = ?, envelope = ?, findings = ? WHERE id = ?",
                    (env.sender_domain, json.dumps(list(env.recipient_domains)), self._seal_envelope(qid, env),
                     json.dumps(masked), qid),
                )
            self._db.execute("ALTER TABLE quarantine DROP COLUMN sender")
            self._db.execute("ALTER TABLE quarantine DROP COLUMN recipients")
        self._db.wipe_free_space()
        log.warning("quarantine store migrated: the addresses of %d held message(s) are now sealed", len(rows))

    @property
    def kind(self) -> str:
        return self._db.kind

    def close(self) -> None:
        self._db.close()

    # -- writing -------------------------------------------------------------------------------
    def hold_sync(
        self,
        qid: str,
        envelope: Envelope,
        raw: bytes,
        decision: Decision,
        findings: list[Finding],
        *,
        bounce: bytes | None = None,
        notice: bytes | None = None,
        notice_to: str = "",
        received_at: float | None = None,
    ) -> None:
        """Write one held message; returns only once the row is durable (commit + fsync)."""
        now = time.time()
        self._db.execute(
            "INSERT INTO quarantine (id, received_at, sender_domain, recipient_domains, envelope, size, action,"
            " decision, findings, status, content, key_id, bounce, bounce_state, notice, notice_to, notice_state,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'held', ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                qid, received_at or now, envelope.sender_domain, json.dumps(list(envelope.recipient_domains)),
                self._seal_envelope(qid, envelope), len(raw),
                decision.action, json.dumps(decision_to_json(decision)),
                json.dumps([f.as_dict() for f in findings]),
                self.cipher.seal(raw, qid, "content"), self.cipher.key_id,
                self.cipher.seal(bounce, qid, "bounce") if bounce else None,
                "pending" if bounce else "none",
                self.cipher.seal(notice, qid, "notice") if notice else None,
                notice_to, "pending" if notice else "none", now,
            ),
        )

    async def hold(self, *args: Any, **kwargs: Any) -> None:
        await asyncio.to_thread(self.hold_sync, *args, **kwargs)

    # -- reading -------------------------------------------------------------------------------
    def get_sync(self, qid: str) -> HeldMessage | None:
        rows = self._db.query(f"SELECT {_COLUMNS} FROM quarantine WHERE id = ?", (qid,))
        return _row(rows[0]) if rows else None

    async def get(self, qid: str) -> HeldMessage | None:
        return await asyncio.to_thread(self.get_sync, qid)

    def list_sync(self, status: str | None = None, limit: int = 100, since: float = 0.0,
                  domain: str | None = None) -> list[HeldMessage]:
        """Newest first; ``domain`` keeps the messages from or to that domain (the clear columns)."""
        sql = f"SELECT {_COLUMNS} FROM quarantine WHERE received_at >= ?"
        params: tuple[Any, ...] = (since,)
        if status:
            sql += " AND status = ?"
            params += (status,)
        if domain:
            d = domain.strip().lower()
            like = json.dumps(d).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            sql += " AND (sender_domain = ? OR recipient_domains LIKE ? ESCAPE '\\')"
            params += (d, f"%{like}%")
        sql += " ORDER BY received_at DESC LIMIT ?"
        return [_row(r) for r in self._db.query(sql, (*params, limit))]

    async def list(self, status: str | None = None, limit: int = 100, since: float = 0.0,
                   domain: str | None = None) -> list[HeldMessage]:
        return await asyncio.to_thread(self.list_sync, status, limit, since, domain)

    def content_sync(self, qid: str, actor: str, reason: str = "") -> bytes:
        """The decrypted original (audited as 'view')."""
        rows = self._db.query("SELECT content FROM quarantine WHERE id = ?", (qid,))
        if not rows or rows[0][0] is None:
            raise QuarantineError(f"{qid}: no content held")
        data = self.cipher.open(rows[0][0], qid, "content")
        self._audit(qid, "view", actor, reason)
        return data

    def audit_sync(self, qid: str | None = None, limit: int = 100) -> list[AuditEntry]:
        sql = "SELECT qid, event, actor, reason, at FROM quarantine_audit"
        params: tuple[Any, ...] = ()
        if qid:
            sql += " WHERE qid = ?"
            params = (qid,)
        rows = self._db.query(sql + " ORDER BY at DESC, id DESC LIMIT ?", (*params, limit))
        return [AuditEntry(r[0], r[1], r[2], r[3], float(r[4])) for r in rows]

    def _audit(self, qid: str, event: str, actor: str, reason: str) -> None:
        self._db.execute(
            "INSERT INTO quarantine_audit (qid, event, actor, reason, at) VALUES (?, ?, ?, ?, ?)",
            (qid, event, actor, reason, time.time()),
        )

    # -- DPO decisions ---------------------------------------------------------------------------
    def _token(self) -> str:
        """A claim token: this store's owner id plus a nonce, so every claim is told apart."""
        return f"{self.owner}/{secrets.token_hex(4)}"

    def _claim_release_sync(self, qid: str) -> str:
        """Mark ``qid`` 'releasing' for this caller; returns the claim token or raises."""
        token, now = self._token(), time.time()
        # 'releasing' for over RELEASE_STALE: a release that died half-way (the upstream may or may
        # not have the message; releasing again risks a duplicate, never a loss).
        claimed = self._db.execute(
            "UPDATE quarantine SET status = 'releasing', release_owner = ?, updated_at = ? WHERE id = ?"
            " AND (status = 'held' OR (status = 'releasing' AND updated_at < ?))",
            (token, now, qid, now - RELEASE_STALE),
        )
        if claimed != 1:
            msg = self.get_sync(qid)
            state = msg.status if msg else "unknown id"
            raise QuarantineError(f"{qid}: cannot release ({state})")
        return token

    async def release(self, qid: str, deliver: Deliver, actor: str, reason: str) -> str:
        """Re-inject a held message upstream with its original envelope; audited.

        Safe from any instance: the claim is one conditional UPDATE, so of two releases (or a
        release and a delete or purge) racing for one message exactly one proceeds."""
        if not reason.strip():
            raise QuarantineError("a release needs a reason")
        token = await asyncio.to_thread(self._claim_release_sync, qid)
        try:
            rows = await asyncio.to_thread(
                self._db.query, "SELECT content, envelope FROM quarantine WHERE id = ?", (qid,))
            raw = self.cipher.open(rows[0][0], qid, "content")
            reply = await deliver(self._open_envelope(qid, rows[0][1]), raw, qid)
        except BaseException:
            await asyncio.to_thread(
                self._db.execute,
                "UPDATE quarantine SET status = 'held', release_owner = '' WHERE id = ? AND status = 'releasing'"
                " AND release_owner = ?",
                (qid, token),
            )
            raise
        await asyncio.to_thread(self._finish_release, qid, token, actor, reason)
        return reply

    def _finish_release(self, qid: str, token: str, actor: str, reason: str) -> None:
        with self._db.transaction():
            n = self._db.execute(
                "UPDATE quarantine SET status = 'released', updated_at = ? WHERE id = ? AND status = 'releasing'"
                " AND release_owner = ?",
                (time.time(), qid, token),
            )
            if n != 1:  # our claim went stale and another release took it over: both delivered
                log.error("%s: released, but the claim had been taken over; the message may be delivered twice",
                          qid)
            self._audit(qid, "release", actor, reason)

    def delete_sync(self, qid: str, actor: str, reason: str) -> None:
        """Destroy the held content (metadata stays until purge); audited."""
        if not reason.strip():
            raise QuarantineError("a delete needs a reason")
        with self._db.transaction():
            n = self._db.execute(
                "UPDATE quarantine SET status = 'deleted', content = NULL, updated_at = ? WHERE id = ?"
                " AND status IN ('held', 'released')",
                (time.time(), qid),
            )
            if n == 1:
                self._audit(qid, "delete", actor, reason)
        if n != 1:
            msg = self.get_sync(qid)
            raise QuarantineError(f"{qid}: unknown id" if msg is None else f"{qid}: cannot delete ({msg.status})")

    async def delete(self, qid: str, actor: str, reason: str) -> None:
        await asyncio.to_thread(self.delete_sync, qid, actor, reason)

    def purge_sync(self, retention_days: int, actor: str, now: float | None = None) -> int:
        """Remove every row received more than ``retention_days`` ago; one audit entry per row.

        One DELETE decides which rows go: a row being released or having an outbox item in
        flight stays (purged next time), and two purges racing remove (and audit) each row once."""
        cutoff = (now or time.time()) - retention_days * 86400
        with self._db.transaction():
            ids = [r[0] for r in self._db.query(
                "DELETE FROM quarantine WHERE received_at < ? AND status <> 'releasing'"
                " AND bounce_state <> 'sending' AND notice_state <> 'sending' RETURNING id", (cutoff,))]
            for qid in ids:
                self._audit(qid, "purge", actor, f"retention {retention_days} days")
        return len(ids)

    async def purge(self, retention_days: int, actor: str) -> int:
        return await asyncio.to_thread(self.purge_sync, retention_days, actor)

    # -- outbox ----------------------------------------------------------------------------------
    def claim_due_sync(
        self, kind: str, now: float | None = None, limit: int = OUTBOX_BATCH,
        lease: float = lease_for(SEND_TIMEOUT), retry_now: bool = False,
    ) -> list[OutboxItem]:
        """Claim up to ``limit`` due outbox items of ``kind`` (bounce|notice) for ``lease`` seconds.

        Due: pending with its backoff over (or at all, with ``retry_now``: a restart retries at
        once), or sending under a lease that has expired (the instance that claimed it died; a
        live claim is never taken). ``now`` pretends the store's clock says so (tests); by
        default it is the database's clock."""
        assert kind in ("bounce", "notice")
        now = self._db.now() if now is None else now
        pending_due = _FOREVER if retry_now else now
        if retry_now and self._db.kind == "sqlite":
            self._expire_dead_local_claims(kind)
        token = self._token()
        due = (f"(({kind}_state = 'pending' AND {kind}_next <= ?) OR ({kind}_state = 'sending'"
               f" AND {kind}_next <= ?))")
        claim = f"{kind}_state = 'sending', {kind}_owner = ?, {kind}_next = ?"
        pick = f"SELECT id FROM quarantine WHERE {due} ORDER BY {kind}_next LIMIT ?"
        if self._db.kind == "postgresql":
            # Rows another instance has locked are skipped, the ones picked stay locked until the
            # UPDATE commits. The CTE is materialised: a LIMIT subquery inside IN (...) may be run
            # again per row, and with SKIP LOCKED each run picks other rows.
            rows = self._db.query(
                f"WITH picked AS MATERIALIZED ({pick} FOR UPDATE SKIP LOCKED)"
                f" UPDATE quarantine q SET {claim} FROM picked WHERE q.id = picked.id"
                f" RETURNING q.id, q.envelope, q.notice_to, q.{kind}",
                (pending_due, now, limit, token, now + lease),
            )
        else:  # one writer at a time: the statement holds the database's write lock
            rows = self._db.query(
                f"UPDATE quarantine SET {claim} WHERE id IN ({pick}) RETURNING id, envelope, notice_to, {kind}",
                (token, now + lease, pending_due, now, limit),
            )
        out = []
        for qid, sealed, notice_to, blob in rows:
            try:
                # the bounce goes back to the envelope sender, sealed with the row
                rcpt = self._open_envelope(qid, sealed).mail_from if kind == "bounce" else notice_to
                message = self.cipher.open(blob, qid, kind)
            except QuarantineError:  # another key: this instance cannot send it, another may
                log.error("%s: %s does not decrypt with this instance's key; left for another instance", qid, kind)
                self._db.execute(
                    f"UPDATE quarantine SET {kind}_state = 'pending', {kind}_next = ? WHERE id = ?"
                    f" AND {kind}_owner = ?", (now + _BACKOFF[0], qid, token))
                continue
            out.append(OutboxItem(qid, kind, rcpt, message, token))
        return out

    def _expire_dead_local_claims(self, kind: str) -> None:
        """SQLite (one host): a claim whose process is gone needs no lease to run out.

        A token is ``host:pid:start:nonce/claim`` (``start``: the process's start time since boot).
        On this host, a claim whose pid no longer runs, or runs a process started at another
        time (the pid was reused, as after a container restart), belongs to a dead sender and is
        made due now. Anything else (a live process, another host) keeps its lease."""
        host = self.owner.split(":", 1)[0]
        for (token,) in self._db.query(f"SELECT DISTINCT {kind}_owner FROM quarantine WHERE {kind}_state = 'sending'"):
            t_host, t_pid, t_start, *_ = [*str(token).split(":"), "", "", ""]
            if t_host != host or not t_pid.isdigit() or not t_start.isdigit():
                continue
            if _process_start(int(t_pid)) != t_start:
                self._db.execute(
                    f"UPDATE quarantine SET {kind}_next = 0 WHERE {kind}_state = 'sending' AND {kind}_owner = ?",
                    (token,),
                )

    def outbox_result_sync(self, item: OutboxItem, ok: bool, permanent: bool = False) -> bool:
        """Record how sending ``item`` went; False when its claim was no longer ours (not recorded)."""
        kind, qid, fence = item.kind, item.qid, f"id = ? AND {item.kind}_state = 'sending' AND {item.kind}_owner = ?"
        now = self._db.now()
        if ok or permanent:
            state = "sent" if ok else "failed"
            n = self._db.execute(
                f"UPDATE quarantine SET {kind}_state = ?, {kind} = NULL, updated_at = ? WHERE {fence}",
                (state, time.time(), qid, item.token),
            )
            return n == 1
        rows = self._db.query(f"SELECT {kind}_attempts, received_at FROM quarantine WHERE id = ?", (qid,))
        if not rows:
            return False
        attempts, received = int(rows[0][0]) + 1, float(rows[0][1])
        if time.time() - received > MAX_OUTBOX_AGE:
            return self.outbox_result_sync(item, ok=False, permanent=True)
        delay = _BACKOFF[min(attempts - 1, len(_BACKOFF) - 1)]
        n = self._db.execute(
            f"UPDATE quarantine SET {kind}_state = 'pending', {kind}_attempts = ?, {kind}_next = ? WHERE {fence}",
            (attempts, now + delay, qid, item.token),
        )
        return n == 1

    def held_count_sync(self) -> int:
        rows = self._db.query("SELECT COUNT(*) FROM quarantine WHERE status IN ('held', 'releasing')")
        return int(rows[0][0])

    def pending_count_sync(self) -> int:
        rows = self._db.query(
            "SELECT COUNT(*) FROM quarantine WHERE bounce_state IN ('pending', 'sending')"
            " OR notice_state IN ('pending', 'sending')"
        )
        return int(rows[0][0])

    # -- queries for the console and the report (read only) ----------------------------------------
    def search_sync(
        self, *, status: str | None = None, action: str | None = None, since: float = 0.0,
        until: float | None = None, category: str | None = None, recipient_class: str | None = None,
        limit: int = 1000,
    ) -> list[HeldMessage]:
        """Held messages, newest first, pre-filtered in SQL (categories and classes re-checked on the
        decoded decision, so a name appearing elsewhere in the JSON never matches)."""
        sql = f"SELECT {_COLUMNS} FROM quarantine WHERE received_at >= ?"
        params: tuple[Any, ...] = (since,)
        if until is not None:
            sql += " AND received_at < ?"
            params += (until,)
        if status:
            sql += " AND status = ?"
            params += (status,)
        if action:
            sql += " AND action = ?"
            params += (action,)
        for value in (category, recipient_class):
            if value:
                sql += " AND decision LIKE ?"
                params += (f'%"{value}"%',)
        rows = [_row(r) for r in self._db.query(sql + " ORDER BY received_at DESC LIMIT ?", (*params, limit))]
        if category:
            rows = [r for r in rows if category in r.decision.get("categories", [])]
        if recipient_class:
            rows = [r for r in rows if recipient_class in r.decision.get("recipient_classes", [])]
        return rows

    def audit_search_sync(self, *, event: str | None = None, actor: str | None = None, qid: str | None = None,
                          since: float = 0.0, limit: int = 200, offset: int = 0) -> list[AuditEntry]:
        sql = "SELECT qid, event, actor, reason, at FROM quarantine_audit WHERE at >= ?"
        params: tuple[Any, ...] = (since,)
        for col, value in (("event", event), ("actor", actor), ("qid", qid)):
            if value:
                sql += f" AND {col} = ?"
                params += (value,)
        rows = self._db.query(sql + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?", (*params, limit, offset))
        return [AuditEntry(r[0], r[1], r[2], r[3], float(r[4])) for r in rows]

    def audit_event_sync(self, qid: str, event: str, actor: str, reason: str) -> None:
        """Write one audit entry (console views, sender overrides...)."""
        self._audit(qid, event, actor, reason)

    def sealed_content_sync(self, qid: str) -> bytes | None:
        """The decrypted original without an audit entry: for the gateway's own use only (never shown)."""
        rows = self._db.query("SELECT content FROM quarantine WHERE id = ?", (qid,))
        if not rows or rows[0][0] is None:
            return None
        return self.cipher.open(rows[0][0], qid, "content")

    # -- sender overrides (gateway.override) -----------------------------------------------------
    def claim_override_sync(self, token_id: str, qid: str, justification: str, categories: list[str],
                            recipient_classes: list[str], sender_domain: str) -> bool:
        """Use a token once: False when it was used before (a replay)."""
        return self._db.execute(
            "INSERT INTO quarantine_override (token_id, qid, at, justification, categories, recipient_classes,"
            " sender_domain, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending') ON CONFLICT (token_id) DO NOTHING",
            (token_id, qid, time.time(), justification, json.dumps(categories), json.dumps(recipient_classes),
             sender_domain),
        ) == 1

    def finish_override_sync(self, token_id: str, outcome: str) -> None:
        self._db.execute("UPDATE quarantine_override SET outcome = ? WHERE token_id = ?", (outcome, token_id))

    def unclaim_override_sync(self, token_id: str) -> None:
        """Give a token back (the release could not be done now: the sender's client retries)."""
        self._db.execute("DELETE FROM quarantine_override WHERE token_id = ? AND outcome = 'pending'", (token_id,))

    def overrides_sync(self, *, qid: str | None = None, token_id: str | None = None, since: float = 0.0,
                       until: float | None = None, limit: int = 500) -> list[OverrideRecord]:
        sql = ("SELECT token_id, qid, at, justification, categories, recipient_classes, sender_domain, outcome"
               " FROM quarantine_override WHERE at >= ?")
        params: tuple[Any, ...] = (since,)
        if until is not None:
            sql += " AND at < ?"
            params += (until,)
        for col, value in (("qid", qid), ("token_id", token_id)):
            if value:
                sql += f" AND {col} = ?"
                params += (value,)
        rows = self._db.query(sql + " ORDER BY at DESC LIMIT ?", (*params, limit))
        return [OverrideRecord(r[0], r[1], float(r[2]), r[3], tuple(json.loads(r[4])), tuple(json.loads(r[5])),
                               r[6], r[7]) for r in rows]

    def requeue_sync(self, qid: str, kind: str, message: bytes, notice_to: str = "") -> None:
        """Put a new message in a row's outbox slot (``bounce`` goes to the sender, ``notice`` to
        ``notice_to``): sent, and retried after a crash, exactly like the guidance bounce."""
        assert kind in ("bounce", "notice")
        extra = ", notice_to = ?" if kind == "notice" else ""
        params: tuple[Any, ...] = (self.cipher.seal(message, qid, kind), time.time())
        if kind == "notice":
            params += (notice_to,)
        self._db.execute(
            f"UPDATE quarantine SET {kind} = ?, {kind}_state = 'pending', {kind}_attempts = 0, {kind}_next = 0,"
            f" updated_at = ?{extra} WHERE id = ?",
            (*params, qid),
        )

    # -- verdict aggregate (gateway.stats) --------------------------------------------------------
    def add_verdict_counts_sync(self, rows: list[VerdictCount]) -> None:
        """Add counts (one upsert per row, in one transaction)."""
        with self._db.transaction():
            for r in rows:
                self._db.execute(
                    "INSERT INTO verdict_counts (bucket, action, would_have, categories, recipient_classes,"
                    " sender_domain, messages) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (bucket, action, would_have, categories, recipient_classes, sender_domain)"
                    " DO UPDATE SET messages = verdict_counts.messages + excluded.messages",
                    (r.bucket, r.action, r.would_have, ",".join(r.categories), ",".join(r.recipient_classes),
                     r.sender_domain, r.messages),
                )

    def verdict_counts_sync(self, since: float = 0.0, until: float | None = None) -> list[VerdictCount]:
        sql = ("SELECT bucket, action, would_have, categories, recipient_classes, sender_domain, messages"
               " FROM verdict_counts WHERE bucket >= ?")
        params: tuple[Any, ...] = (since,)
        if until is not None:
            sql += " AND bucket < ?"
            params += (until,)
        rows = self._db.query(sql + " ORDER BY bucket", params)
        return [VerdictCount(float(r[0]), r[1], r[2], tuple(c for c in r[3].split(",") if c),
                             tuple(c for c in r[4].split(",") if c), r[5], int(r[6])) for r in rows]


async def flush_outbox(
    store: QuarantineStore, deliver: Deliver, now: float | None = None, *, send_timeout: float = SEND_TIMEOUT,
    batch: int = OUTBOX_BATCH, retry_now: bool = False,
) -> dict[str, int]:
    """Send every due guidance bounce and DPO notice (null envelope sender, RFC 3464 / 3834).

    Items are claimed ``batch`` at a time and the batch is sent at once, each send bounded by
    ``send_timeout``: the claim's lease (:func:`lease_for`) outlives every send of its batch,
    so another instance never takes over an item this one is still sending. ``retry_now``
    sends pending items whose backoff is not over yet (start-up, ``quarantine flush``)."""
    counts = {"sent": 0, "retry": 0, "failed": 0}
    lease = lease_for(send_timeout)

    async def send(item: OutboxItem) -> str:
        try:
            await asyncio.wait_for(deliver(Envelope("", (item.rcpt,)), item.message, item.qid), send_timeout)
        except UpstreamPermError as e:
            log.error("%s: %s refused by upstream (%s %s), not retried", item.qid, item.kind, e.code, e.kind)
            ours = await asyncio.to_thread(store.outbox_result_sync, item, False, True)
            outcome = "failed"
        except (TimeoutError, UpstreamTempError, OSError) as e:
            log.warning("%s: %s not sent yet (%s), will retry", item.qid, item.kind, type(e).__name__)
            ours = await asyncio.to_thread(store.outbox_result_sync, item, False)
            outcome = "retry"
        else:
            ours = await asyncio.to_thread(store.outbox_result_sync, item, True)
            log.info("%s: %s sent", item.qid, item.kind)
            outcome = "sent"
        if not ours:  # paused past the lease: another instance claimed it and sends it too
            log.error("%s: %s claim expired while sending; it may be sent twice", item.qid, item.kind)
        return outcome

    for kind in ("bounce", "notice"):
        while True:
            due = await asyncio.to_thread(store.claim_due_sync, kind, now, batch, lease, retry_now)
            for outcome in await asyncio.gather(*(send(item) for item in due)):
                counts[outcome] += 1
            if len(due) < batch:
                break
    return counts


async def run_outbox(store: QuarantineStore, deliver: Deliver, interval: float = 30.0,
                     stop: asyncio.Event | None = None) -> None:
    """Flush the outbox at start-up and then every ``interval`` seconds until ``stop`` is set."""
    stop = stop or asyncio.Event()
    while not stop.is_set():
        try:
            await flush_outbox(store, deliver)
        except Exception:  # the store or upstream misbehaves: log, keep the task alive
            log.exception("outbox flush failed")
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(stop.wait(), interval)


def open_store(url: str | None, key: str | None, state_dir: Path) -> QuarantineStore:
    """The store named by the settings (default: SQLite under ``state_dir``)."""
    return QuarantineStore(url or default_url(state_dir), load_or_create_key(key, state_dir))


class QuarantineService:
    """The store as the running gateway uses it: opened once, with the outbox and purge task."""

    def __init__(self, settings: Any, store: QuarantineStore, deliver: Deliver) -> None:
        self.settings = settings
        self.store = store
        self.deliver = deliver
        self.renderers: dict[int, Any] = {}  # id(policy) -> gateway.bounce.Renderer (templates compiled once)
        self._kick = asyncio.Event()
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._last_purge = 0.0

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="dlpgw-outbox")

    def kick(self) -> None:
        """Flush the outbox now (called right after a hold, so the bounce leaves at once)."""
        self._kick.set()

    def renderer(self, policy: Any) -> Any:
        from gateway.bounce import Renderer

        r = self.renderers.get(id(policy))
        if r is None or r.policy is not policy:
            self.renderers = {id(policy): Renderer(policy)}  # a reload drops the old templates
            r = self.renderers[id(policy)]
        return r

    async def _loop(self) -> None:
        interval = float(getattr(self.settings, "outbox_interval", 30.0))
        # A send is bounded by the relay's own upstream_timeout; the claim's lease outlives it.
        send_timeout = float(getattr(self.settings, "upstream_timeout", SEND_TIMEOUT))
        last_count = 0.0
        # At start-up pending items are retried at once, backoff or not (a restart often is the fix);
        # items another instance is sending stay with it until their lease expires.
        retry_now = True
        while not self._stop.is_set():
            self._kick.clear()
            try:
                await flush_outbox(self.store, self.deliver, send_timeout=send_timeout, retry_now=retry_now)
                retry_now = False
                if time.monotonic() - last_count > GAUGE_INTERVAL:  # a COUNT per flush is too much under load
                    last_count = time.monotonic()
                    metrics.QUARANTINE_MESSAGES.set(await asyncio.to_thread(self.store.held_count_sync))
                if time.time() - self._last_purge > 3600:
                    await self._purge()
            except Exception:  # store or upstream trouble: logged, retried next round
                log.exception("outbox flush failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wait_any(), interval)

    async def _wait_any(self) -> None:
        kick = asyncio.ensure_future(self._kick.wait())
        stop = asyncio.ensure_future(self._stop.wait())
        try:
            await asyncio.wait({kick, stop}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            kick.cancel()
            stop.cancel()

    async def _purge(self) -> None:
        self._last_purge = time.time()
        days = getattr(self.settings, "retention_days", None)
        if days is None:
            from gateway.policy import load_policy

            try:
                days = (await asyncio.to_thread(load_policy, self.settings.policy_file)).retention_days
            except GatewayError:
                return  # the running policy is kept; a bad file is reported by reload
        n = await self.store.purge(int(days), "dlp-gateway (retention)")
        if n:
            log.info("purged %d held message(s) older than %d days", n, days)

    async def close(self) -> None:
        self._stop.set()
        if self._task is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._task, 10)
        await asyncio.to_thread(self.store.close)


async def open_for_gateway(settings: Any, relay: Any = None) -> QuarantineService:
    """Open the configured store and start its outbox task (called once by the server)."""
    if relay is None:
        from gateway.relay import build_relay

        relay = build_relay(settings)
    key = settings.quarantine_key.get_secret_value() if settings.quarantine_key else None
    store = await asyncio.to_thread(open_store, settings.quarantine_url, key, Path(settings.state_dir))
    log.info("quarantine store: %s, %d outbox item(s) pending", store.kind,
             await asyncio.to_thread(store.pending_count_sync))
    svc = QuarantineService(settings, store, relay.deliver)
    svc.start()
    return svc
