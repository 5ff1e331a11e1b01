"""A quarantine store made before addresses were sealed is migrated in place (SQLite and PostgreSQL):
addresses sealed, plain columns dropped, locations masked again, and release still delivers."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest

from gateway.model import Envelope
from gateway.quarantine import QuarantineStore

KEY = bytes(range(32))
NN = "85.07.30-033.28"
SENDER, RCPTS = "marie.dubois@example.fgov.be", ["jan.peeters@gmail.com", "piet@acme.be"]

# The table as the first release created it: sender and recipients in plain columns.
OLD_DDL = """
CREATE TABLE quarantine (
    id TEXT PRIMARY KEY, received_at {real} NOT NULL, sender TEXT NOT NULL, recipients TEXT NOT NULL,
    size INTEGER NOT NULL, action TEXT NOT NULL, decision TEXT NOT NULL, findings TEXT NOT NULL,
    status TEXT NOT NULL, content {blob}, key_id TEXT NOT NULL, bounce {blob}, bounce_state TEXT NOT NULL,
    bounce_attempts INTEGER NOT NULL DEFAULT 0, bounce_next {real} NOT NULL DEFAULT 0, notice {blob},
    notice_to TEXT NOT NULL DEFAULT '', notice_state TEXT NOT NULL, notice_attempts INTEGER NOT NULL DEFAULT 0,
    notice_next {real} NOT NULL DEFAULT 0, updated_at {real} NOT NULL
)"""


def _old_row(store_cipher, qid: str) -> tuple:
    findings = [{"entity_type": "BE_NATIONAL_NUMBER", "location": f"attachment:{NN}.pdf#filename", "start": 0,
                 "end": 15, "score": 1.0, "allowed": False, "snippet": "85.07.30-***.**"}]
    raw = f"From: {SENDER}\r\nSubject: x\r\n\r\nNN {NN}\r\n".encode()
    now = time.time()
    return (qid, now, SENDER, json.dumps(RCPTS), len(raw), "quarantine",
            json.dumps({"action": "quarantine", "categories": ["national_id"]}), json.dumps(findings), "held",
            store_cipher.seal(raw, qid, "content"), store_cipher.key_id, store_cipher.seal(b"DSN", qid, "bounce"),
            "pending", "none", now)


INSERT = ("INSERT INTO quarantine (id, received_at, sender, recipients, size, action, decision, findings, status,"
          " content, key_id, bounce, bounce_state, notice_state, updated_at)"
          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def _check_migrated(store: QuarantineStore) -> None:
    (m,) = store.list_sync()
    assert (m.sender_domain, m.recipient_domains) == ("example.fgov.be", ("acme.be", "gmail.com"))
    assert m.findings[0]["location"] == "attachment:85.07.30-***.**.pdf#filename"
    assert store.envelope_sync("OLD1") == Envelope(SENDER, tuple(RCPTS))
    assert [r.id for r in store.list_sync(domain="acme.be")] == ["OLD1"]
    assert [r.id for r in store.list_sync(domain="example.fgov.be")] == ["OLD1"]
    assert store.list_sync(domain="gmail.co") == []
    due = store.claim_due_sync("bounce")
    assert [(i.qid, i.rcpt) for i in due] == [("OLD1", SENDER)]  # the outbox still finds the sender


async def _release(store: QuarantineStore) -> None:
    sent: list[tuple[Envelope, bytes]] = []

    async def deliver(env: Envelope, raw: bytes, qid: str) -> str:
        sent.append((env, raw))
        return "250 ok"

    await store.release("OLD1", deliver, "dpo", "exception granted")
    assert sent[0][0] == Envelope(SENDER, tuple(RCPTS)) and NN.encode() in sent[0][1]


async def test_sqlite_store_is_migrated_in_place(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite"
    old = QuarantineStore(f"sqlite:///{tmp_path / 'scratch.sqlite'}", KEY)  # only for its cipher
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute(OLD_DDL.format(real="REAL", blob="BLOB"))
    con.execute(INSERT, _old_row(old.cipher, "OLD1"))
    con.commit()
    con.close()
    old.close()
    assert SENDER.encode() in path.read_bytes() + _wal(path)

    store = QuarantineStore(f"sqlite:///{path}", KEY)
    try:
        cols = {r[1] for r in sqlite3.connect(path).execute("PRAGMA table_info(quarantine)")}
        assert "sender" not in cols and "recipients" not in cols and "envelope" in cols
        _check_migrated(store)
        await _release(store)
    finally:
        store.close()
    data = path.read_bytes() + _wal(path)
    for secret in (SENDER, "jan.peeters@", "piet@acme.be", NN):
        assert secret.encode() not in data, secret
    again = QuarantineStore(f"sqlite:///{path}", KEY)  # opening a migrated store changes nothing
    try:
        assert again.get_sync("OLD1").status == "released"
    finally:
        again.close()


def _wal(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return wal.read_bytes() if wal.exists() else b""


@pytest.mark.postgres
async def test_postgresql_store_is_migrated_in_place(pg_url: str) -> None:
    import psycopg

    from gateway.quarantine import _Postgres

    schema = pg_url.rsplit("schema=", 1)[1]
    base = pg_url.split("?", 1)[0]
    from gateway.quarantine import Cipher

    cipher = Cipher(KEY)
    with psycopg.connect(base, autocommit=True) as c:
        c.execute(f'CREATE SCHEMA "{schema}"')
        c.execute(f'SET search_path TO "{schema}"')
        c.execute(OLD_DDL.format(real="DOUBLE PRECISION", blob="BYTEA"))
        c.execute(_Postgres._sql(INSERT), _old_row(cipher, "OLD1"))
    store = QuarantineStore(pg_url, KEY)
    try:
        _check_migrated(store)
        await _release(store)
    finally:
        store.close()
    with psycopg.connect(base, autocommit=True) as c:
        c.execute(f'SET search_path TO "{schema}"')
        cols = {r[0] for r in c.execute("SELECT column_name FROM information_schema.columns"
                                        " WHERE table_schema = %s AND table_name = 'quarantine'", (schema,))}
        assert "sender" not in cols and "recipients" not in cols
        rows = c.execute("SELECT * FROM quarantine").fetchall()
    text = repr(rows)
    for secret in (SENDER, "jan.peeters@", "piet@acme.be", NN):
        assert secret not in text, secret
