"""`dlp-gateway quarantine ...` against a real store and a maildir upstream: list, show (masked),
delete and release with mandatory reasons, audit, purge, digest, flush."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from gateway.cli import main
from gateway.model import Channel, Decision, Envelope, Finding
from gateway.quarantine import QuarantineStore

NN = "85.07.30-033.28"
RAW = f"From: a@example.fgov.be\r\nTo: jan@gmail.com\r\nSubject: t\r\n\r\nNN {NN}\r\n".encode()
DEC = Decision("bounce", "national_id for citizen recipient; use eBox Citizen https://myebox.be", ("national_id",),
               ("citizen",), (Channel("ebox_citizen", "eBox Citizen", "https://myebox.be"),))
KEY = "22" * 32


@pytest.fixture()
def env(tmp_path: Path) -> tuple[str, QuarantineStore, Path]:
    cfg = tmp_path / "gw.yaml"
    outbox = tmp_path / "outbox"
    root = Path(__file__).resolve().parents[2]
    cfg.write_text(f"state_dir: {tmp_path / 'var'}\nupstream_url: maildir:{outbox}\nquarantine_key: '{KEY}'\n"
                   f"policy_file: {root / 'policies' / 'default.yaml'}\n", encoding="utf-8")
    store = QuarantineStore(f"sqlite:///{tmp_path / 'var' / 'quarantine.sqlite'}", bytes.fromhex(KEY))
    now = time.time()
    store.hold_sync("AAA111", Envelope("a@example.fgov.be", ("jan@gmail.com",)), RAW, DEC,
                    [Finding("BE_NATIONAL_NUMBER", "body", 3, 18, snippet="85.07.30-***.**")],
                    bounce=b"From: x\r\n\r\nguidance\r\n", received_at=now - 3600)
    store.hold_sync("OLD999", Envelope("b@example.fgov.be", ("x@acme.be",)), RAW, DEC, [],
                    received_at=now - 40 * 86400)
    yield str(cfg), store, outbox
    store.close()


def test_list_and_show_never_print_content(env, capsys):
    cfg, _, _ = env
    assert main(["--config", cfg, "quarantine", "list"]) == 0
    out = capsys.readouterr().out
    assert "AAA111" in out and "OLD999" in out and "national_id" in out
    assert main(["--config", cfg, "quarantine", "show", "AAA111"]) == 0
    out = capsys.readouterr().out
    assert "85.07.30-***.**" in out and NN not in out and "jan@gmail.com" in out
    assert main(["--config", cfg, "quarantine", "show", "AAA111", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["findings"][0]["snippet"] == "85.07.30-***.**" and data["status"] == "held"
    assert main(["--config", cfg, "quarantine", "show", "NOPE"]) == 1


def test_reason_is_mandatory(env, capsys):
    cfg, _, _ = env
    with pytest.raises(SystemExit) as e:
        main(["--config", cfg, "quarantine", "delete", "AAA111"])
    assert e.value.code == 2
    assert "--reason" in capsys.readouterr().err
    assert main(["--config", cfg, "quarantine", "delete", "AAA111", "--reason", "   "]) == 1


def test_delete_then_release_refused_and_audited(env, capsys):
    cfg, _, outbox = env
    assert main(["--config", cfg, "quarantine", "delete", "AAA111", "--reason", "sent by mistake",
                 "--by", "dpo"]) == 0
    assert main(["--config", cfg, "quarantine", "release", "AAA111", "--reason", "x"]) == 1
    assert not (outbox / "new").exists() or not any((outbox / "new").iterdir())
    assert main(["--config", cfg, "quarantine", "audit", "AAA111"]) == 0
    out = capsys.readouterr().out
    assert "delete" in out and "dpo" in out and "sent by mistake" in out


def test_release_to_maildir_upstream(env, capsys):
    cfg, store, outbox = env
    assert main(["--config", cfg, "quarantine", "release", "AAA111", "--reason", "exception granted"]) == 0
    (f,) = list((outbox / "new").iterdir())
    data = f.read_bytes()
    assert b"Return-Path: <a@example.fgov.be>" in data and b"X-Original-To: jan@gmail.com" in data
    assert NN.encode() in data
    assert store.get_sync("AAA111").status == "released"
    who = store.audit_sync("AAA111")[0].actor
    assert who and who != "unknown"


def test_purge_uses_policy_retention(env, capsys):
    cfg, store, _ = env
    assert main(["--config", cfg, "quarantine", "purge"]) == 0
    assert "purged 1 message(s) older than 30 days" in capsys.readouterr().out
    assert store.get_sync("OLD999") is None and store.get_sync("AAA111") is not None


def test_digest_and_flush(env, capsys):
    cfg, store, outbox = env
    assert main(["--config", cfg, "quarantine", "digest", "--print"]) == 0
    out = capsys.readouterr().out
    assert "AAA111" in out and "OLD999" not in out and "gmail.com" in out and NN not in out
    assert main(["--config", cfg, "quarantine", "digest", "--to", "dpo@example.fgov.be"]) == 0
    assert main(["--config", cfg, "quarantine", "flush"]) == 0
    assert "sent 1" in capsys.readouterr().out.splitlines()[-1]
    files = [p.read_bytes() for p in (outbox / "new").iterdir()]
    assert any(b"Return-Path: <>" in f and b"guidance" in f for f in files)
    assert any(b"X-Original-To: dpo@example.fgov.be" in f and b"AAA111" in f for f in files)
    assert store.get_sync("AAA111").bounce_state == "sent"
