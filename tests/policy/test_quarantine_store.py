"""The quarantine store on SQLite and PostgreSQL: durability, encryption, audit, outbox, purge."""

from __future__ import annotations

import os
import sqlite3
import stat
import time

import pytest

from gateway.errors import UpstreamPermError, UpstreamTempError
from gateway.model import Channel, Decision, Envelope, Finding
from gateway.quarantine import (
    Cipher,
    QuarantineError,
    QuarantineStore,
    flush_outbox,
    load_or_create_key,
    parse_key,
)

RAW = b"From: a@example.fgov.be\r\nTo: jan@gmail.com\r\nSubject: x\r\n\r\nRijksregisternummer 85.07.30-033.28\r\n"
ENV = Envelope("a@example.fgov.be", ("jan@gmail.com", "piet@acme.be"))
DEC = Decision("bounce", "national_id for citizen recipient; use eBox Citizen https://myebox.be",
               ("national_id",), ("citizen",), (Channel("ebox_citizen", "eBox Citizen", "https://myebox.be"),))
FINDINGS = [Finding("BE_NATIONAL_NUMBER", "body", 20, 35, 1.0, snippet="85.07.30-***.**")]


class FakeUpstream:
    """Records deliveries; can fail the next N calls (a test double for Relay.deliver only)."""

    def __init__(self) -> None:
        self.sent: list[tuple[Envelope, bytes, str]] = []
        self.fail: list[Exception] = []

    async def deliver(self, envelope: Envelope, raw: bytes, qid: str) -> str:
        if self.fail:
            raise self.fail.pop(0)
        self.sent.append((envelope, raw, qid))
        return f"250 2.0.0 Ok: queued as {qid}"


async def test_hold_and_read_back(store: QuarantineStore):
    await store.hold("Q1", ENV, RAW, DEC, FINDINGS, bounce=b"DSN", notice=b"NOTICE", notice_to="dpo@x.be")
    m = await store.get("Q1")
    assert m is not None
    assert (m.sender_domain, m.recipient_domains, m.size, m.status, m.action) == (
        "example.fgov.be", ("acme.be", "gmail.com"), len(RAW), "held", "bounce")
    assert store.envelope_sync("Q1") == ENV  # the addresses themselves are sealed
    assert m.decision["categories"] == ["national_id"] and m.decision["channels"] == ["ebox_citizen"]
    assert m.findings[0]["snippet"] == "85.07.30-***.**"
    assert (m.bounce_state, m.notice_state) == ("pending", "pending")
    assert store.content_sync("Q1", "tester") == RAW
    assert [a.event for a in store.audit_sync("Q1")] == ["view"]
    assert [r.id for r in await store.list()] == ["Q1"]
    assert await store.get("nope") is None


async def test_duplicate_queue_id_refused(store: QuarantineStore):
    await store.hold("Q1", ENV, RAW, DEC, FINDINGS)
    with pytest.raises(Exception):  # noqa: B017 - sqlite3.IntegrityError or psycopg.errors.UniqueViolation
        await store.hold("Q1", ENV, RAW, DEC, FINDINGS)


async def test_content_is_encrypted_at_rest(tmp_path):
    path = tmp_path / "q.sqlite"
    s = QuarantineStore(f"sqlite:///{path}", os.urandom(32))
    await s.hold("Q1", ENV, RAW, DEC, FINDINGS, bounce=b"guidance with 85.07.30-***.**")
    s.close()
    db = path.read_bytes() + (tmp_path / "q.sqlite-wal").read_bytes() if (tmp_path / "q.sqlite-wal").exists() \
        else path.read_bytes()
    assert b"85.07.30-033.28" not in db and b"Rijksregisternummer" not in db
    assert b"guidance with" not in db
    assert b"a@example.fgov.be" not in db and b"jan@gmail.com" not in db and b"piet@" not in db
    assert b"gmail.com" in db  # the domains stay in the clear, for listing
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()
    # another key cannot read it
    other = QuarantineStore(f"sqlite:///{path}", os.urandom(32))
    with pytest.raises(QuarantineError, match="does not decrypt"):
        other.content_sync("Q1", "t")
    other.close()


def test_ciphertext_bound_to_row_and_column():
    c = Cipher(bytes(32))
    blob = c.seal(b"secret", "Q1", "content")
    assert c.open(blob, "Q1", "content") == b"secret"
    with pytest.raises(QuarantineError):
        c.open(blob, "Q2", "content")
    with pytest.raises(QuarantineError):
        c.open(blob, "Q1", "bounce")


def test_key_generated_once_with_mode_0600(tmp_path, caplog):
    with caplog.at_level("WARNING", logger="dlpgw.quarantine"):
        k1 = load_or_create_key(None, tmp_path)
    assert "generated a new quarantine encryption key" in caplog.text
    assert stat.S_IMODE((tmp_path / "quarantine.key").stat().st_mode) == 0o600
    assert load_or_create_key(None, tmp_path) == k1 and len(k1) == 32
    assert load_or_create_key("00" * 32, tmp_path) == bytes(32)
    with pytest.raises(QuarantineError):
        parse_key("short")


async def test_release_delivers_original_envelope_and_audits(store: QuarantineStore):
    up = FakeUpstream()
    await store.hold("Q1", ENV, RAW, DEC, FINDINGS)
    with pytest.raises(QuarantineError, match="needs a reason"):
        await store.release("Q1", up.deliver, "dpo", " ")
    up.fail = [UpstreamTempError("connect", 451, "4.4.1 down")]
    with pytest.raises(UpstreamTempError):
        await store.release("Q1", up.deliver, "dpo", "ok")
    assert (await store.get("Q1")).status == "held"  # a failed release stays held
    reply = await store.release("Q1", up.deliver, "dpo", "citizen asked for it by mail, consent on file")
    assert reply.startswith("250")
    assert up.sent == [(ENV, RAW, "Q1")]
    assert (await store.get("Q1")).status == "released"
    audit = store.audit_sync("Q1")
    assert (audit[0].event, audit[0].actor, audit[0].reason) == (
        "release", "dpo", "citizen asked for it by mail, consent on file")
    with pytest.raises(QuarantineError, match="cannot release"):
        await store.release("Q1", up.deliver, "dpo", "twice")
    assert len(up.sent) == 1


async def test_delete_wipes_content_and_audits(store: QuarantineStore):
    await store.hold("Q1", ENV, RAW, DEC, FINDINGS)
    with pytest.raises(QuarantineError):
        store.delete_sync("Q1", "dpo", "")
    await store.delete("Q1", "dpo", "sent by mistake")
    assert (await store.get("Q1")).status == "deleted"
    with pytest.raises(QuarantineError, match="no content"):
        store.content_sync("Q1", "dpo")
    with pytest.raises(QuarantineError):
        await store.release("Q1", FakeUpstream().deliver, "dpo", "x")
    assert store.audit_sync("Q1")[0].event == "delete"


async def test_purge_by_retention(store: QuarantineStore):
    now = time.time()
    store.hold_sync("OLD", ENV, RAW, DEC, FINDINGS, received_at=now - 31 * 86400)
    store.hold_sync("NEW", ENV, RAW, DEC, FINDINGS, received_at=now - 29 * 86400)
    assert await store.purge(30, "cron") == 1
    assert await store.get("OLD") is None and await store.get("NEW") is not None
    assert store.audit_sync("OLD")[0].event == "purge"


async def test_outbox_sends_with_null_sender_retries_and_gives_up(store: QuarantineStore):
    up = FakeUpstream()
    await store.hold("Q1", ENV, RAW, DEC, FINDINGS, bounce=b"DSN-BYTES", notice=b"NOTE", notice_to="dpo@x.be")
    await store.hold("Q2", ENV, RAW, DEC, FINDINGS, bounce=b"DSN2")
    up.fail = [UpstreamTempError("connect", 451, "4.4.1 down")]
    c = await flush_outbox(store, up.deliver)
    assert c == {"sent": 2, "retry": 1, "failed": 0}
    assert (Envelope("", ("dpo@x.be",)), b"NOTE", "Q1") in up.sent
    # the failed one waits for its backoff; a flush "later" sends it
    assert (await flush_outbox(store, up.deliver))["sent"] == 0
    c = await flush_outbox(store, up.deliver, now=time.time() + 3600)
    assert c["sent"] == 1
    assert sorted(e.rcpt_tos[0] for e, _, _ in up.sent) == ["a@example.fgov.be", "a@example.fgov.be", "dpo@x.be"]
    assert all(e.mail_from == "" for e, _, _ in up.sent)
    assert {(await store.get(q)).bounce_state for q in ("Q1", "Q2")} == {"sent"}
    # nothing left, nothing sent twice
    assert await flush_outbox(store, up.deliver, now=time.time() + 99999) == {"sent": 0, "retry": 0, "failed": 0}
    await store.hold("Q3", ENV, RAW, DEC, FINDINGS, bounce=b"DSN3")
    up.fail = [UpstreamPermError("permfail", 550, "5.1.1 no such user")]
    assert (await flush_outbox(store, up.deliver))["failed"] == 1
    assert (await store.get("Q3")).bounce_state == "failed"


async def test_two_instances_claim_each_outbox_item_once(store: QuarantineStore):
    other = QuarantineStore(store.url, bytes(range(32)))
    try:
        await store.hold("Q1", ENV, RAW, DEC, FINDINGS, bounce=b"DSN")
        a = store.claim_due_sync("bounce")
        b = other.claim_due_sync("bounce")
        assert len(a) + len(b) == 1
    finally:
        other.close()
