"""``dlp-gateway eval DIR``: per-type and block-decision precision / recall on a small labelled corpus."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from gateway.cli import main


def _eml(subject: str, body: str) -> bytes:
    m = EmailMessage()
    m["From"] = "a@stad.gent"
    m["To"] = "b@example.be"
    m["Subject"] = subject
    m.set_content(body)
    return bytes(m)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "messages").mkdir()
    msgs = {
        "01-nn.eml": ("Dossier", "Rijksregisternummer van de betrokkene: 85.07.30-033.28", "block",
                      ["BE_NATIONAL_NUMBER"]),
        "02-health.eml": ("Afwezigheid", "Dhr. Peeters is arbeidsongeschikt tot 3 mei na een hernia-operatie.",
                          "block", ["ART9_HEALTH"]),
        "03-signature.eml": ("Vergadering", "Tot dinsdag.\n\nMet vriendelijke groeten,\nJan Peeters\n"
                             "Tel. +32 2 572 57 57\njan.peeters@minfin.fed.be", "allow", []),
        "04-missed.eml": ("Ticket", "Het dossier van onze klant is klaar.", "block", ["ART10_CRIMINAL"]),
        "05-false.eml": ("Info", "Terugbetaling op rekening BE71 0961 2345 6769.", "allow", []),
    }
    labels = {}
    for name, (subject, body, action, entities) in msgs.items():
        (tmp_path / "messages" / name).write_bytes(_eml(subject, body))
        labels[name] = {"lang": "nl", "action": action, "entities": entities, "note": "test"}
    (tmp_path / "labels.yaml").write_text(json.dumps(labels), encoding="utf-8")  # JSON is YAML
    return tmp_path


def test_eval_counts(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["eval", str(corpus), "--org-iban", "BE31435411161155"])
    out = capsys.readouterr().out.strip().splitlines()
    assert rc == 0
    summary = json.loads(out[-1])
    assert summary["messages"] == 5
    assert summary["block"] == {"tp": 2, "fn": 1, "fp": 1, "tn": 1}
    assert summary["block_recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert summary["false_block_rate"] == 0.5
    per = summary["per_type"]
    assert per["BE_NATIONAL_NUMBER"] == {"precision": 1.0, "recall": 1.0, "tp": 1, "fp": 0, "fn": 0}
    assert per["ART10_CRIMINAL"]["recall"] == 0.0
    assert per["IBAN_CODE"]["fp"] == 1
    text = "\n".join(out)
    assert "04-missed.eml" in text and "05-false.eml" in text
    assert "BE71" not in text  # no raw value in the output


def test_eval_targets_and_errors(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(corpus), "--org-iban", "X", "--min-block-recall", "0.98"]) == 1
    assert main(["eval", str(tmp_path / "nothing-here")]) == 2
    capsys.readouterr()


def test_eval_pools_several_directories(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two parts of one set (two authors) are scored as one pool; a name labelled in both is refused."""
    other = tmp_path / "part-b"
    (other / "messages").mkdir(parents=True)
    (other / "messages" / "06-bis.eml").write_bytes(_eml("Dossier", "BIS-nummer: 01 4109 00 166"))
    labels = {"06-bis.eml": {"lang": "nl", "action": "block", "entities": ["BE_BIS_NUMBER"], "note": "test"}}
    (other / "labels.yaml").write_text(json.dumps(labels), encoding="utf-8")
    assert main(["eval", str(corpus), str(other), "--org-iban", "BE31435411161155"]) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["messages"] == 6
    assert summary["block"] == {"tp": 3, "fn": 1, "fp": 1, "tn": 1}
    assert summary["per_type"]["BE_BIS_NUMBER"]["tp"] == 1
    (other / "labels.yaml").write_text(json.dumps({"01-nn.eml": labels["06-bis.eml"]}), encoding="utf-8")
    assert main(["eval", str(corpus), str(other)]) == 2
    assert "labelled in both" in capsys.readouterr().err


def test_eval_on_project_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    """The labelled corpus in tests/corpus (written by the corpus owner): block recall / false blocks."""
    root = Path(__file__).resolve().parents[1] / "corpus"
    if not (root / "labels.yaml").is_file() or not any((root / "messages").glob("*.eml")):
        pytest.skip("tests/corpus not generated")
    rc = main(["eval", str(root), "--min-block-recall", "0.98", "--max-false-block-rate", "0.02"])
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert rc == 0, summary
    for t in ("BE_NATIONAL_NUMBER", "BE_BIS_NUMBER"):
        if t in summary["per_type"]:
            assert summary["per_type"][t]["recall"] == 1.0
