"""Masking everywhere: national numbers and an IBAN planted in attachment file names, archive member
names, a sheet name, Content-Description, a display name and the Subject; the message goes through
the real SMTP front to a held verdict, then every output is searched for them: the quarantine
database (SQLite file + WAL, or the PostgreSQL rows), the DPO notice and the guidance bounce in the
upstream maildir, the log lines, /metrics, ``dlp-gateway scan --json`` and its table, and
``dlp-gateway quarantine list/show``."""

from __future__ import annotations

import email
import email.policy
import io
import json
import logging
import urllib.request
import zipfile
from email.message import EmailMessage
from pathlib import Path

import openpyxl
import pytest
from secnet import metric
from stdnum import iban
from stdnum.be import nn

from gateway import metrics
from gateway.cli import main
from tests.gatewayrunner import free_port
from tests.policy.policy_harness import policy_dir
from tests.relay.test_relay import send

NN = "85.07.30-033.28"
NN_DIGITS = "85073003328"
IBAN = "BE56731045678988"
SENDER, RCPT = "jan.peeters@example.fgov.be", "someone@gmail.com"
KEY = "33" * 32
# Every form in which the identifiers could leak (digit runs that random ids will not contain).
SECRETS = (NN, NN_DIGITS, "033.28", "7300332", "30-033", IBAN, "45678988", "7310 4567", "31045678")


def _xlsx() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = f"NN {NN}"
    ws.append(["Naam", "Rijksregisternummer"])
    ws.append(["Dupont", NN])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def planted_message() -> bytes:
    assert nn.is_valid(NN_DIGITS) and iban.is_valid(IBAN)
    msg = EmailMessage()
    msg["From"] = f"Jan Peeters <{SENDER}>"
    msg["To"] = f'"Dossier {NN}" <{RCPT}>'
    msg["Subject"] = f"Dossier {NN} en rekening {IBAN}"
    msg["Message-ID"] = "<mask-test@example.fgov.be>"
    msg.set_content("Beste,\n\nIn bijlage de stukken van het dossier.\n\nJan\n")
    msg.add_attachment(b"Zie het dossier.\n", maintype="text", subtype="plain", filename=f"aanvraag {NN}.txt")
    list(msg.iter_attachments())[-1]["Content-Description"] = f"Rijksregisternummer {NN}"
    zbuf = io.BytesIO()
    with zipfile.ZipFile(zbuf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(f"lijsten/{NN_DIGITS} overzicht.csv", f"naam;rijksregisternummer\nDupont;{NN}\n")
        z.writestr(f"rekening {IBAN}.txt", f"De terugbetaling van 120 EUR gebeurt op rekening {IBAN}.\n")
    msg.add_attachment(zbuf.getvalue(), maintype="application", subtype="zip", filename="export.zip")
    msg.add_attachment(_xlsx(), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename="personen.xlsx")
    msg.add_attachment(f"Terugbetaling van 120 EUR op rekening {IBAN}.\n".encode(), maintype="text",
                       subtype="plain", filename=f"terugbetaling {IBAN}.txt")
    return msg.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def mail_text(raw: bytes) -> str:
    """A message as a reader sees it: raw bytes plus every part decoded (base64 / QP hide nothing)."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = [raw.decode("utf-8", "replace")]
    for part in msg.walk():
        out.extend(f"{k}: {v}" for k, v in part.items())
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            out.append(payload.decode("utf-8", "replace"))
    return "\n".join(out)


def assert_clean(where: str, text: str | bytes, *, addresses: bool = False) -> None:
    data = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    for secret in SECRETS + ((SENDER, RCPT, "jan.peeters@", "someone@") if addresses else ()):
        assert secret not in data, f"{secret!r} found in {where}"


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return "" if request.param == "sqlite" else request.getfixturevalue("pg_url")


def test_no_output_carries_an_unmasked_identifier(backend, start_gateway, tmp_path: Path, caplog, capsys) -> None:
    mport = free_port()
    outbox = tmp_path / "outbox"
    policy = policy_dir(tmp_path) / "default.yaml"
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.WARNING, logger="mail.log")  # as gateway.logs.setup_logging sets it
    gw = start_gateway(policy_file=policy, metrics_listen=f"127.0.0.1:{mport}", log_format="json",
                       dpo_address="dpo@example.fgov.be", quarantine_key=KEY, quarantine_url=backend,
                       hostname="gw.example.fgov.be")
    raw = planted_message()
    held_before = metric(metrics.MESSAGES, action="bounce")
    code, text = send(gw.port, raw, rcpts=(RCPT,), sender=SENDER)
    assert code == 250 and b"held as" in text, text
    qid = text.split(b"held as ")[1].split(b",")[0].decode()
    assert metric(metrics.MESSAGES, action="bounce") == held_before + 1

    # --- the upstream maildir: guidance bounce and DPO notice, never the original -----------------
    files = {}
    for _ in range(100):
        files = {p.name: p.read_bytes() for p in (outbox / "new").glob("*")} if (outbox / "new").exists() else {}
        if len(files) >= 2:
            break
        __import__("time").sleep(0.1)
    assert len(files) == 2, files.keys()
    bounce = mail_text(next(v for v in files.values() if b"X-Original-To: " + SENDER.encode() in v))
    notice = mail_text(next(v for v in files.values() if b"X-Original-To: dpo@example.fgov.be" in v))
    for name, data in (("bounce", bounce), ("DPO notice", notice)):
        assert_clean(name, data)
    assert "attachment:aanvraag 85.07.30-***.**.txt#filename" in notice
    assert "export.zip/lijsten/850730***** overzicht.csv" in notice
    assert "Dossier 85.07.30-***.**" in bounce  # the quoted To: display name, masked
    assert "aanvraag 85.07.30-***.**.txt" in bounce  # the file name the sender will recognise, masked

    # --- the quarantine database --------------------------------------------------------------------
    if backend:
        import psycopg

        schema = backend.rsplit("schema=", 1)[1]
        with psycopg.connect(backend.split("?", 1)[0], autocommit=True) as c:
            c.execute(f'SET search_path TO "{schema}"')
            rows = c.execute("SELECT * FROM quarantine").fetchall()
        assert len(rows) == 1
        assert_clean("PostgreSQL rows", repr(rows), addresses=True)
    else:
        db = Path(gw.settings.state_dir) / "quarantine.sqlite"
        data = db.read_bytes() + (db.with_name(db.name + "-wal").read_bytes()
                                  if db.with_name(db.name + "-wal").exists() else b"")
        assert b"gmail.com" in data  # domains in the clear
        assert_clean("SQLite database", data, addresses=True)

    # --- logs and metrics -----------------------------------------------------------------------------
    assert_clean("log lines", "\n".join(r.getMessage() for r in caplog.records), addresses=True)
    assert_clean("/metrics", urllib.request.urlopen(f"http://127.0.0.1:{mport}/metrics", timeout=10).read(),
                 addresses=True)

    # --- dlp-gateway quarantine list / show --------------------------------------------------------
    cfg = tmp_path / "gw.yaml"
    cfg.write_text(f"state_dir: {gw.settings.state_dir}\nquarantine_key: '{KEY}'\n"
                   f"quarantine_url: '{backend}'\nupstream_url: maildir:{outbox}\npolicy_file: {policy}\n")
    capsys.readouterr()
    for args in (["list"], ["list", "--json"], ["list", "--domain", "gmail.com"]):
        assert main(["--config", str(cfg), "quarantine", *args]) == 0
        out = capsys.readouterr().out
        assert qid in out and "gmail.com" in out
        assert_clean(f"quarantine {' '.join(args)}", out, addresses=True)
    for args in (["show", qid], ["show", qid, "--json"]):
        assert main(["--config", str(cfg), "quarantine", *args]) == 0
        out = capsys.readouterr().out
        assert SENDER in out and RCPT in out  # show decrypts the envelope (audited)
        assert_clean(f"quarantine {' '.join(args)}", out)
    assert main(["--config", str(cfg), "quarantine", "audit", qid]) == 0
    assert capsys.readouterr().out.count(" show ") == 2

    # release still works with the sealed envelope
    assert main(["--config", str(cfg), "quarantine", "release", qid, "--reason", "test of release"]) == 0
    capsys.readouterr()
    released = [p.read_bytes() for p in (outbox / "new").glob("*")]
    assert any(b"X-Original-To: " + RCPT.encode() in r and NN.encode() in r for r in released)

    # --- dlp-gateway scan: JSON and table, on a file named after the number ----------------------------
    eml = tmp_path / f"dossier {NN}.eml"
    eml.write_bytes(raw)
    for fmt in (["--json"], []):
        code = main(["scan", *fmt, "--policy", str(policy), "--rcpt", RCPT, str(eml)])
        assert code == 1  # stopped
        out = capsys.readouterr()
        assert_clean(f"scan {' '.join(fmt) or '(table)'}", out.out + out.err)
        if fmt:
            report = json.loads(out.out.splitlines()[-1])
            locations = {f["location"] for f in report["findings"]}
            assert {"attachment:personen.xlsx#sheet=NN 85.07.30-***.**", "attachment:export.zip/rekening "
                    "BE5673**********.txt", "attachment:aanvraag 85.07.30-***.**.txt#filename"} <= locations
            assert report["file"].endswith("dossier 85.07.30-***.**.eml")
