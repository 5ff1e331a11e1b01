"""Several instances on one quarantine store: outbox claims, leases, and release/delete/purge races.

Every "instance" here is its own QuarantineStore (its own database connection and owner id) on
the same SQLite file or PostgreSQL schema, driven from threads so the races are real.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import KEY

from gateway.model import Channel, Decision, Envelope, Finding
from gateway.quarantine import QuarantineError, QuarantineStore, flush_outbox

RAW = b"From: a@example.fgov.be\r\nTo: jan@gmail.com\r\nSubject: x\r\n\r\nRijksregisternummer 85.07.30-033.28\r\n"
ENV = Envelope("a@example.fgov.be", ("jan@gmail.com",))
DEC = Decision("bounce", "national_id for citizen recipient", ("national_id",), ("citizen",),
               (Channel("ebox_citizen", "eBox Citizen", "https://myebox.be"),))
FINDINGS = [Finding("BE_NATIONAL_NUMBER", "body", 20, 35, 1.0, snippet="85.07.30-***.**")]


def stores(url: str, n: int) -> list[QuarantineStore]:
    return [QuarantineStore(url, KEY) for _ in range(n)]


def test_concurrent_claims_take_every_item_exactly_once(store_url: str) -> None:
    instances = stores(store_url, 4)
    try:
        for i in range(60):
            instances[0].hold_sync(f"Q{i:03d}", ENV, RAW, DEC, FINDINGS, bounce=b"DSN", notice=b"N", notice_to="d@x.be")
        claimed: list[tuple[str, str]] = []
        lock = threading.Lock()
        start = threading.Barrier(len(instances))

        def claim_all(s: QuarantineStore) -> None:
            start.wait()
            for kind in ("bounce", "notice", "bounce", "notice"):
                while True:
                    got = s.claim_due_sync(kind, limit=3)
                    assert len(got) <= 3  # a claim takes at most its batch
                    with lock:
                        claimed.extend((item.qid, kind) for item in got)
                    for item in got:
                        assert s.outbox_result_sync(item, ok=True)
                    if not got:
                        break

        with ThreadPoolExecutor(len(instances)) as ex:
            list(ex.map(claim_all, instances))
        counts = Counter(claimed)
        assert len(counts) == 120 and set(counts.values()) == {1}, "an item was claimed twice or never"
        assert instances[1].pending_count_sync() == 0
    finally:
        for s in instances:
            s.close()


def test_a_dead_claim_is_taken_over_after_its_lease_and_the_late_result_is_not_recorded(store_url: str) -> None:
    a, b = stores(store_url, 2)
    try:
        a.hold_sync("Q1", ENV, RAW, DEC, FINDINGS, bounce=b"DSN")
        (item_a,) = a.claim_due_sync("bounce", lease=30)
        assert item_a.message == b"DSN" and item_a.rcpt == ENV.mail_from
        assert b.claim_due_sync("bounce") == []  # under lease: nobody else sends it
        assert (b.get_sync("Q1")).bounce_state == "sending"
        # ... a is gone (killed); 31 s later b takes it over
        later = b._db.now() + 31
        (item_b,) = b.claim_due_sync("bounce", now=later)
        assert item_b.token != item_a.token
        assert b.outbox_result_sync(item_b, ok=True) is True
        # a wakes up (it was paused, not dead): its result is refused, the row stays 'sent' once
        assert a.outbox_result_sync(item_a, ok=False) is False
        assert a.outbox_result_sync(item_a, ok=True) is False
        assert b.get_sync("Q1").bounce_state == "sent"
        assert b.claim_due_sync("bounce", now=later + 99999) == []
    finally:
        a.close()
        b.close()


def test_a_temporary_failure_puts_the_item_back_with_backoff_for_any_instance(store_url: str) -> None:
    a, b = stores(store_url, 2)
    try:
        a.hold_sync("Q1", ENV, RAW, DEC, FINDINGS, notice=b"NOTE", notice_to="dpo@x.be")
        (item,) = a.claim_due_sync("notice")
        assert item.rcpt == "dpo@x.be"
        assert a.outbox_result_sync(item, ok=False) is True
        assert a.get_sync("Q1").notice_state == "pending"
        assert b.claim_due_sync("notice") == []  # backoff: 60 s
        (again,) = b.claim_due_sync("notice", now=b._db.now() + 61)
        assert b.outbox_result_sync(again, ok=True)
        assert a.get_sync("Q1").notice_state == "sent"
    finally:
        a.close()
        b.close()


async def test_flush_outbox_from_two_instances_sends_each_item_once(store_url: str) -> None:
    a, b = stores(store_url, 2)
    sent: list[tuple[str, str]] = []

    async def deliver(envelope: Envelope, raw: bytes, qid: str) -> str:
        await asyncio.sleep(0.01)  # both flushes overlap
        sent.append((qid, envelope.rcpt_tos[0]))
        return "250 ok"

    try:
        for i in range(30):
            a.hold_sync(f"Q{i:02d}", ENV, RAW, DEC, FINDINGS, bounce=b"DSN", notice=b"N", notice_to="dpo@x.be")
        ca, cb = await asyncio.gather(flush_outbox(a, deliver, batch=4), flush_outbox(b, deliver, batch=4))
        assert ca["sent"] + cb["sent"] == 60 and ca["sent"] and cb["sent"]
        assert Counter(sent) == Counter({(f"Q{i:02d}", r): 1 for i in range(30) for r in (ENV.mail_from, "dpo@x.be")})
    finally:
        a.close()
        b.close()


async def test_two_releases_racing_deliver_once_and_audit_the_winner(store_url: str) -> None:
    a, b = stores(store_url, 2)
    delivered: list[str] = []

    async def slow_deliver(envelope: Envelope, raw: bytes, qid: str) -> str:
        await asyncio.sleep(0.3)
        delivered.append(qid)
        return "250 ok"

    try:
        a.hold_sync("Q1", ENV, RAW, DEC, FINDINGS)
        results = await asyncio.gather(
            a.release("Q1", slow_deliver, "dpo-a", "consent on file"),
            b.release("Q1", slow_deliver, "dpo-b", "consent on file"),
            return_exceptions=True,
        )
        errors = [r for r in results if isinstance(r, BaseException)]
        assert len(errors) == 1 and isinstance(errors[0], QuarantineError)
        assert "cannot release (releasing)" in str(errors[0]) or "cannot release (released)" in str(errors[0])
        assert delivered == ["Q1"]
        assert a.get_sync("Q1").status == "released"
        assert [(e.event, e.actor) for e in b.audit_sync("Q1")] in ([("release", "dpo-a")], [("release", "dpo-b")])
    finally:
        a.close()
        b.close()


async def test_release_in_flight_beats_delete_and_purge_on_another_instance(store_url: str) -> None:
    a, b = stores(store_url, 2)
    in_deliver = asyncio.Event()
    go_on = asyncio.Event()

    async def held_deliver(envelope: Envelope, raw: bytes, qid: str) -> str:
        in_deliver.set()
        await go_on.wait()
        return "250 ok"

    try:
        a.hold_sync("Q1", ENV, RAW, DEC, FINDINGS, received_at=time.time() - 40 * 86400)
        task = asyncio.create_task(a.release("Q1", held_deliver, "dpo", "asked by the citizen"))
        await in_deliver.wait()
        with pytest.raises(QuarantineError, match=r"cannot delete \(releasing\)"):
            await b.delete("Q1", "dpo2", "mistake")
        assert await b.purge(30, "cron") == 0  # the row being released stays
        go_on.set()
        assert (await task).startswith("250")
        assert b.get_sync("Q1").status == "released"
        assert [e.event for e in b.audit_sync("Q1")] == ["release"]
        assert await b.purge(30, "cron") == 1  # released and old: purged now, once
        assert [e.event for e in a.audit_sync("Q1")] == ["purge", "release"]
    finally:
        a.close()
        b.close()


async def test_purge_first_then_release_finds_nothing(store_url: str) -> None:
    a, b = stores(store_url, 2)
    try:
        a.hold_sync("Q1", ENV, RAW, DEC, FINDINGS, received_at=time.time() - 40 * 86400)
        assert b.purge_sync(30, "cron") == 1

        async def never(envelope: Envelope, raw: bytes, qid: str) -> str:
            raise AssertionError("a purged message must not be delivered")

        with pytest.raises(QuarantineError, match="unknown id"):
            await a.release("Q1", never, "dpo", "too late")
        assert [e.event for e in a.audit_sync("Q1")] == ["purge"]
    finally:
        a.close()
        b.close()


def test_two_purges_racing_remove_and_audit_each_row_once(store_url: str) -> None:
    instances = stores(store_url, 3)
    try:
        old = time.time() - 40 * 86400
        for i in range(40):
            instances[0].hold_sync(f"Q{i:02d}", ENV, RAW, DEC, FINDINGS, received_at=old)
        start = threading.Barrier(len(instances))

        def purge(s: QuarantineStore) -> int:
            start.wait()
            return s.purge_sync(30, "cron")

        with ThreadPoolExecutor(len(instances)) as ex:
            assert sum(ex.map(purge, instances)) == 40
        audit = Counter(e.qid for e in instances[0].audit_sync(limit=1000))
        assert len(audit) == 40 and set(audit.values()) == {1}
    finally:
        for s in instances:
            s.close()


# --- migration of a database created before claims had owners ---------------------------------------
OLD_DDL = """
CREATE TABLE quarantine (
    id TEXT PRIMARY KEY, received_at REAL NOT NULL, sender TEXT NOT NULL, recipients TEXT NOT NULL,
    size INTEGER NOT NULL, action TEXT NOT NULL, decision TEXT NOT NULL, findings TEXT NOT NULL,
    status TEXT NOT NULL, content BLOB, key_id TEXT NOT NULL, bounce BLOB, bounce_state TEXT NOT NULL,
    bounce_attempts INTEGER NOT NULL DEFAULT 0, bounce_next REAL NOT NULL DEFAULT 0, notice BLOB,
    notice_to TEXT NOT NULL DEFAULT '', notice_state TEXT NOT NULL,
    notice_attempts INTEGER NOT NULL DEFAULT 0, notice_next REAL NOT NULL DEFAULT 0,
    updated_at REAL NOT NULL
);
CREATE TABLE quarantine_audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT, qid TEXT NOT NULL, event TEXT NOT NULL, actor TEXT NOT NULL,
    reason TEXT NOT NULL, at REAL NOT NULL
);
"""


def _old_row(url: str) -> None:
    """One pending bounce written the way the previous version wrote it (no owner columns)."""
    from gateway.quarantine import Cipher

    c = Cipher(KEY)
    row = ("Q1", time.time(), ENV.mail_from, '["jan@gmail.com"]', len(RAW), "bounce", "{}", "[]", "held",
           c.seal(RAW, "Q1", "content"), c.key_id, c.seal(b"DSN", "Q1", "bounce"), "pending", "none", time.time())
    sql = ("INSERT INTO quarantine (id, received_at, sender, recipients, size, action, decision, findings, status,"
           " content, key_id, bounce, bounce_state, notice_state, updated_at)"
           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    if url.startswith("sqlite"):
        con = sqlite3.connect(url.removeprefix("sqlite:///"))
        con.executescript(OLD_DDL)
        con.execute(sql, row)
        con.commit()
        con.close()
        return
    import psycopg

    base, _, schema = url.partition("?schema=")
    with psycopg.connect(base, autocommit=True) as con:
        con.execute(f'CREATE SCHEMA "{schema}"')
        con.execute(f'SET search_path TO "{schema}"')
        for stmt in OLD_DDL.replace("REAL", "DOUBLE PRECISION").replace("BLOB", "BYTEA").replace(
                "INTEGER PRIMARY KEY AUTOINCREMENT", "BIGSERIAL PRIMARY KEY").split(";"):
            if stmt.strip():
                con.execute(stmt)
        con.execute(sql.replace("?", "%s"), row)


async def test_an_existing_database_is_migrated_and_its_pending_bounce_sent_once(store_url: str,
                                                                                  tmp_path: Path) -> None:
    _old_row(store_url)
    a, b = stores(store_url, 2)  # two instances opening (and migrating) the same old database
    sent: list[str] = []

    async def deliver(envelope: Envelope, raw: bytes, qid: str) -> str:
        sent.append(qid)
        return "250 ok"

    try:
        assert a.get_sync("Q1").bounce_state == "pending"
        await asyncio.gather(flush_outbox(a, deliver), flush_outbox(b, deliver))
        assert sent == ["Q1"]
        assert b.get_sync("Q1").bounce_state == "sent"
        assert a.content_sync("Q1", "dpo") == RAW
    finally:
        a.close()
        b.close()


def test_a_restart_retries_backed_off_items_at_once_but_never_a_live_claim(store_url: str) -> None:
    a, b = stores(store_url, 2)
    try:
        a.hold_sync("Q1", ENV, RAW, DEC, FINDINGS, bounce=b"DSN1")
        a.hold_sync("Q2", ENV, RAW, DEC, FINDINGS, bounce=b"DSN2")
        first = a.claim_due_sync("bounce", limit=1)
        assert a.outbox_result_sync(first[0], ok=False)  # backing off for 60 s now
        live = a.claim_due_sync("bounce")  # the other one: a is sending it right now
        assert [i.qid for i in first + live] and len(live) == 1
        # b starts up: it retries the backed-off item now, and leaves a's live claim alone
        (retried,) = b.claim_due_sync("bounce", retry_now=True)
        assert retried.qid == first[0].qid and retried.qid != live[0].qid
    finally:
        a.close()
        b.close()


def test_sqlite_restart_takes_back_claims_of_a_dead_process_at_once(tmp_path: Path) -> None:
    """One host: a claim left by a killed process is resent at start-up, without waiting for its lease."""
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'q.sqlite'}"
    live = QuarantineStore(url, KEY)
    try:
        live.hold_sync("DEAD", ENV, RAW, DEC, FINDINGS, bounce=b"DSN-dead")
        code = ("import sys, os; sys.path.insert(0, sys.argv[2]); from gateway.quarantine import QuarantineStore;"
                "s = QuarantineStore(sys.argv[1], bytes(range(32))); assert s.claim_due_sync('bounce'); os._exit(0)")
        subprocess.run([sys.executable, "-c", code, url, str(Path(__file__).resolve().parents[2])], check=True,
                       timeout=60)
        live.hold_sync("LIVE", ENV, RAW, DEC, FINDINGS, bounce=b"DSN-live")
        (mine,) = live.claim_due_sync("bounce")  # a live claim in this very process
        assert mine.qid == "LIVE" and live.get_sync("DEAD").bounce_state == "sending"
        restarted = QuarantineStore(url, KEY)
        try:
            got = restarted.claim_due_sync("bounce", retry_now=True)
            assert [i.qid for i in got] == ["DEAD"]  # the dead one now, the live one left alone
        finally:
            restarted.close()
    finally:
        live.close()


def test_instances_starting_at_once_on_a_new_postgresql_schema_all_open(pg_url: str) -> None:
    """N instances opening the store at the same moment on a schema that does not exist yet: none fails.
    (PostgreSQL's CREATE SCHEMA IF NOT EXISTS is not safe against a concurrent one: it must be serialized
    with the rest of the DDL.)"""
    from gateway.quarantine import open_backend

    n = 8
    barrier = threading.Barrier(n)

    def start(_: int) -> str:
        barrier.wait()
        backend = open_backend(pg_url)
        try:
            return backend.kind
        finally:
            backend.close()

    for _ in range(3):  # the race is a matter of timing: a few rounds on fresh schemas
        with ThreadPoolExecutor(n) as pool:
            assert list(pool.map(start, range(n))) == ["postgresql"] * n
        import psycopg

        with psycopg.connect(pg_url.split("?")[0], autocommit=True) as c:
            c.execute(f'DROP SCHEMA "{pg_url.split("schema=")[1]}" CASCADE')
