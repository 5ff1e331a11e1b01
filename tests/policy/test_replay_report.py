"""The rollout report: ``dlp-gateway replay`` over a real mbox / Maildir / directory of corpus mail
through the gateway's scan path, ``dlp-gateway report`` over the verdict counts a real gateway
recorded, the self-contained HTML (no script, no external resource, masked only) and the CSV."""

from __future__ import annotations

import csv
import io
import mailbox
import re
import shutil
import smtplib
import time
from pathlib import Path

import pytest
import yaml

from gateway.cli import main
from gateway.commands.replay import Progress, open_archive
from gateway.quarantine import QuarantineStore, VerdictCount, parse_key

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
NN = "85.07.30-033.28"


def corpus_sample(n: int = 24) -> list[bytes]:
    labels = yaml.safe_load((CORPUS / "labels.yaml").read_text(encoding="utf-8"))
    block = [k for k, v in sorted(labels.items()) if v.get("action") == "block"][: n // 2]
    allow = [k for k, v in sorted(labels.items()) if v.get("action") == "allow"][: n // 2]
    return [(CORPUS / "messages" / name).read_bytes() for name in block + allow]


def extra_message() -> bytes:
    return (f"From: jan.peeters@example.fgov.be\r\nTo: someone@gmail.com\r\nSubject: dossier\r\n"
            f"Date: Mon, 02 Nov 2026 09:00:00 +0000\r\n\r\nRijksregisternummer: {NN}\r\n").encode()


def assert_self_contained(html: str) -> None:
    assert html.startswith("<!DOCTYPE html>")
    low = html.lower()
    assert "<script" not in low and "<link" not in low and "@import" not in low and "url(" not in low
    assert not re.search(r"""\s(src|href|action)\s*=""", low)
    assert "<svg" in low and "<style>" in low


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("archive")
    box = mailbox.mbox(str(tmp / "sent.mbox"))
    for raw in [*corpus_sample(), extra_message()]:
        box.add(raw)
    box.flush()
    box.close()
    return tmp / "sent.mbox"


def test_mbox_maildir_and_directory_are_read_alike(archive: Path, tmp_path: Path) -> None:
    n, it = open_archive(archive)
    raws = list(it)
    assert n == len(raws) == 25
    md = mailbox.Maildir(str(tmp_path / "Sent"), create=True)
    for raw in raws:
        md.add(raw)
    (tmp_path / "dir" / "sub").mkdir(parents=True)
    for i, raw in enumerate(raws):
        (tmp_path / "dir" / ("sub" if i % 2 else "") / f"{i}.eml").write_bytes(raw)
    for p in (tmp_path / "Sent", tmp_path / "dir"):
        m, it2 = open_archive(p)
        assert m == 25 and sorted(len(r) for r in it2) == sorted(len(r) for r in raws)


def test_replay_writes_a_self_contained_masked_report_and_csv(archive: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "report" / "rollout.html"
    assert main(["replay", str(archive), "--report", str(out), "--jobs", "1"]) == 0
    said = capsys.readouterr()
    assert "25 message(s) replayed" in said.out
    assert said.err == ""  # not a terminal: no progress bar
    html = out.read_text(encoding="utf-8")
    assert_self_contained(html)
    assert "Rollout report" in html and "Archive replayed with the policy in monitor mode" in html
    for section in ("By category", "By recipient class", "By sender domain", "Top rules", "Example findings (masked)",
                    "From monitor to enforce"):
        assert section in html
    assert NN not in html and "-***.**" in html and "national identification number" in html
    assert "citizen × national identification number" in html
    rows = list(csv.DictReader(io.StringIO(out.with_suffix(".csv").read_text(encoding="utf-8"))))
    assert sum(int(r["messages"]) for r in rows) == 25
    assert {r["action"] for r in rows} <= {"allow", "monitor", "tempfail"}  # monitor mode: nothing stopped
    stopped = sum(int(r["messages"]) for r in rows if r["would_have"] in ("bounce", "quarantine", "reject"))
    assert stopped >= 12
    assert all("@" not in v for r in rows for v in r.values())  # domains only, never addresses
    # the same figures in the other languages (the CLI's --lang picks one)
    from gateway.policy import load_policy
    from gateway.report import ReportData, render_html

    data = ReportData("archive", 0.0, 86400.0, [VerdictCount(0.0, "monitor", "bounce", ("art9",), ("citizen",),
                                                             "example.fgov.be", 3)])
    policy = load_policy(ROOT / "policies" / "default.yaml")
    for lang, title, label in (("nl", "Uitrolrapport", "burger"), ("fr", "Rapport de déploiement", "citoyen"),
                               ("de", "Einführungsbericht", "Bürger")):
        html = render_html(data, policy, lang)
        assert f'<html lang="{lang}">' in html and title in html and label in html
        assert_self_contained(html)


def test_progress_bar_only_on_a_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty = Tty()
    p = Progress(10, tty)
    for i in range(1, 11):
        p.update(i, force=True)
    p.close()
    assert "[" + "#" * 30 + "] 10/10 messages" in tty.getvalue()
    plain = io.StringIO()
    q = Progress(10, plain)
    q.update(5, force=True)
    q.close()
    assert plain.getvalue() == ""


def test_report_from_the_running_gateways_verdict_counts(tmp_path: Path, sink, sink_port, start_gateway) -> None:
    pol = tmp_path / "policies" / "default.yaml"
    shutil.copytree(ROOT / "policies", pol.parent)
    pol.write_text(pol.read_text(encoding="utf-8").replace("mode: enforce", "mode: monitor"), encoding="utf-8")
    gw = start_gateway(sink_port, stats_interval=0.2)
    with smtplib.SMTP("127.0.0.1", gw.port, timeout=60) as c:
        c.sendmail("jan.peeters@example.fgov.be", ["someone@gmail.com"],
                   f"Subject: x\r\n\r\nRijksregisternummer: {NN}\r\n".encode())
        c.sendmail("jan.peeters@example.fgov.be", ["someone@gmail.com"], b"Subject: y\r\n\r\nSee you Thursday.\r\n")
        c.sendmail("an.claes@hr.example.fgov.be", ["x@acme.be"], b"Subject: z\r\n\r\nThe meeting is at ten.\r\n")
    sink.wait(3)
    s = gw.settings
    store = QuarantineStore(f"sqlite:///{(Path(s.state_dir) / 'quarantine.sqlite').resolve()}",
                            parse_key(s.quarantine_key.get_secret_value()))
    try:
        end = time.monotonic() + 10
        while sum(r.messages for r in store.verdict_counts_sync()) < 3 and time.monotonic() < end:
            time.sleep(0.1)
        rows = store.verdict_counts_sync()
        assert sum(r.messages for r in rows) == 3
        (nn_row,) = [r for r in rows if r.categories]
        assert (nn_row.action, nn_row.would_have, nn_row.categories, nn_row.recipient_classes,
                nn_row.sender_domain) == ("monitor", "bounce", ("national_id",), ("citizen",), "example.fgov.be")
        assert {r.sender_domain for r in rows} == {"example.fgov.be", "hr.example.fgov.be"}
        # a second source adds to the same hour (several workers or instances share one table)
        store.add_verdict_counts_sync([VerdictCount(nn_row.bucket, "monitor", "bounce", ("national_id",),
                                                    ("citizen",), "example.fgov.be", 2)])
    finally:
        store.close()
    cfg = tmp_path / "gw.yaml"
    key = s.quarantine_key.get_secret_value()
    cfg.write_text(f"state_dir: {s.state_dir}\npolicy_file: {pol}\nquarantine_key: '{key}'\n", encoding="utf-8")
    today = time.strftime("%Y-%m-%d", time.gmtime())
    out = tmp_path / "period.html"
    assert main(["--config", str(cfg), "report", "--from", today, "--to", today, "--out", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert_self_contained(html)
    assert "Verdicts recorded by the running gateway" in html
    assert re.search(r"<b>5</b>Messages", html) and re.search(r"<b>3 \(60.0 %\)</b>Would be stopped", html)
    assert main(["--config", str(cfg), "report", "--from", "2020-01-01", "--to", "2020-01-31", "--out",
                 str(tmp_path / "empty.html")]) == 0
    assert "<b>0</b>Messages" in (tmp_path / "empty.html").read_text(encoding="utf-8")
