"""``dlp-gateway scan --explain`` (masked reasons per finding) and ``dlp-gateway eval --policy-verdict``."""

from __future__ import annotations

import io
import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from gateway.cli import main


def _mail(body: str, attachments: tuple[tuple[str, bytes, str], ...] = (), to: str = "x@partner-firm.be") -> bytes:
    m = EmailMessage()
    m["From"] = "hr@stad.gent"
    m["To"] = to
    m["Subject"] = "Lijst"
    m.set_content(body)
    for name, data, ctype in attachments:
        maintype, subtype = ctype.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(m)


def _xlsx() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Staff"
    for row in [["Naam", "Dienst", "Vakbond"], ["Jan Vermeiren", "Wegen", "ACV"], ["Els Claes", "Onthaal", ""]]:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_scan_explain_prints_rule_tie_score_exception(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    eml = tmp_path / "m.eml"
    eml.write_bytes(_mail("Beste,\n\nDhr. Vandenbroucke is arbeidsongeschikt wegens een burn-out.\n",
                          (("lijst.xlsx", _xlsx(), "application/octet-stream"),)))
    assert main(["scan", "--explain", str(eml)]) == 1
    out = capsys.readouterr().out
    assert "ART9_TRADE_UNION at attachment:lijst.xlsx#sheet=Staff!row=2 [blocking]" in out
    assert "rule table_column (column 3, term 'vakbond'); tie row:name (name J.V.), 0 chars away; score 0.9" in out
    assert "rule lexicon; tie title (title D.V.)" in out and "exception none" in out
    assert "exception simple_identification" in out
    for word in ("Vermeiren", "Vandenbroucke", "arbeidsongeschikt", "burn-out", "ACV"):
        assert word not in out, word
    assert main(["scan", "--json", str(eml)]) == 1
    findings = json.loads(capsys.readouterr().out.strip().splitlines()[-1])["findings"]
    union = [f for f in findings if f["entity_type"] == "ART9_TRADE_UNION"]
    assert union and union[0]["explain"]["rule"] == "table_column" and union[0]["location"].endswith("!row=2")


def test_eval_policy_verdict_agrees_with_scan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "messages").mkdir()
    msgs = {
        "1-block.eml": (_mail("NISS 85.07.30-033.28 van de betrokkene."), "block", ["BE_NATIONAL_NUMBER"], None),
        "2-allow.eml": (_mail("Tot dinsdag."), "allow", [], None),
        # a damaged PDF: no finding of the 14 types, but the policy holds it (fail closed)
        "3-unreadable.eml": (_mail("Zie bijlage.", (("x.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 4,
                                                    "application/pdf"),)), "block", [], None),
        # mail to an internal recipient is allowed by the policy even with a national number
        "4-internal.eml": (_mail("NISS 85.07.30-033.28"), "allow", ["BE_NATIONAL_NUMBER"], "hr@example.fgov.be"),
    }
    labels = {}
    for name, (raw, action, entities, rcpt) in msgs.items():
        (tmp_path / "messages" / name).write_bytes(raw)
        labels[name] = {"lang": "nl", "action": action, "entities": entities, "note": "t"}
        if rcpt:
            labels[name]["rcpt"] = rcpt
    (tmp_path / "labels.yaml").write_text(json.dumps(labels), encoding="utf-8")
    policy = str(Path(__file__).resolve().parents[2] / "policies" / "default.yaml")
    assert main(["eval", str(tmp_path), "--policy", policy, "--policy-verdict"]) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["verdict"] == "policy"
    assert summary["block"] == {"tp": 2, "fn": 0, "fp": 0, "tn": 2}
    assert summary["per_type"]["BE_NATIONAL_NUMBER"]["tp"] == 2  # entity-type scoring unchanged
    assert main(["eval", str(tmp_path), "--policy", policy]) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["verdict"] == "findings" and summary["block"] == {"tp": 1, "fn": 1, "fp": 1, "tn": 1}


def test_scan_prints_the_operators_path_with_identifiers_masked(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """A file named after a national number is printed masked; a test vector's long digit run stays,
    so that ``scan --json`` lines map back to the files (peer-docs names such as ``…_123456789012345``)."""
    named = tmp_path / "dossier_85073003328.eml"
    vector = tmp_path / "xor_password_123456789012345.eml"
    for p in (named, vector):
        p.write_bytes(_mail("Beste,\n\nIn bijlage de agenda van de vergadering.\n"))
    assert main(["scan", "--json", str(named), str(vector)]) == 0
    files = [json.loads(line)["file"] for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    assert len(files) == 2
    assert "85073003328" not in files[0] and files[0].startswith(str(tmp_path) + "/dossier_")
    assert files[1] == str(vector)


def test_scan_from_another_directory_uses_the_shipped_policy_and_stops_quietly_at_a_closed_pipe(
        tmp_path: Path) -> None:
    """Run outside the checkout, the default policy is the shipped one (not "cannot read"); a reader that
    goes away after the first line (`| head -1`) ends the command with 141 and no traceback."""
    import subprocess
    import sys

    mail = tmp_path / "nn.eml"
    mail.write_bytes(_mail("Rijksregisternummer van de betrokkene: 85.07.30-033.28"))
    cmd = [sys.executable, "-m", "gateway", "scan", str(mail), str(mail), str(mail)]
    done = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False)
    assert "policy error" not in done.stderr, done.stderr
    assert done.stdout.count("BLOCK") == 3 and "BE_NATIONAL_NUMBER" in done.stdout, done.stdout
    many = [*cmd[:4], *[str(mail)] * 400]  # ~250 KB of output: more than a pipe holds
    proc = subprocess.Popen(many, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert b"BLOCK" in proc.stdout.readline()
    proc.stdout.close()  # the reader leaves
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141 and "Traceback" not in err, err
