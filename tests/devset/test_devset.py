"""The development set is well-formed, every attachment in it is read, and its floors hold (README.md)."""

from __future__ import annotations

from pathlib import Path

import yaml

from gateway.extract import extract_message
from tests.evalrun import evaluate

HERE = Path(__file__).resolve().parent
KEYS = {"lang", "action", "entities", "note", "split"}
SPLITS = {"tune", "test", "test2", "test3", "test4"}
# Regression floors (README.md, "Floors"): the measured values with a margin. Batches 1-5 (files 001-400)
# were tuned on; batch 6 (401-510) was written in stop 16 and the detector changes tuned on it were not
# merged (they did not improve the blind sets), so it has floors of its own at the code's measured level.
FIRST_BATCHES = 400
BATCH6_LAST = 510  # batch 7 (511-564, health wording, scen_batch7.py): the vocabulary was extended on it
MIN_BLOCK_RECALL = 0.97
MAX_FALSE_BLOCK_RATE = 0.05
MIN_CATEGORY_RECALL = 0.85
BATCH6_MIN_BLOCK_RECALL = 0.75
BATCH6_MAX_FALSE_BLOCK_RATE = 0.16
BATCH7_MIN_BLOCK_RECALL = 0.95
BATCH7_MAX_FALSE_BLOCK_RATE = 0.07


def _labels() -> dict[str, dict[str, object]]:
    return yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))


def test_labels_and_messages_match() -> None:
    labels = _labels()
    files = {p.name for p in (HERE / "messages").glob("*.eml")}
    assert set(labels) == files and len(files) >= 200
    for name, label in labels.items():
        assert set(label) == KEYS, name
        assert label["split"] in SPLITS and label["action"] in ("block", "allow") and label["lang"] in name
        assert bool(label["entities"]) == (label["action"] == "block"), name
    for split in SPLITS:  # test3 / test4: the fourth / sixth batch's held-out parts (24 / 31 messages)
        assert sum(1 for v in labels.values() if v["split"] == split) >= (20 if split in ("test3", "test4") else 40)


def test_every_attachment_is_read() -> None:
    for p in sorted((HERE / "messages").glob("*.eml")):
        ex = extract_message(p.read_bytes())
        assert not [f for f in ex.findings if f.entity_type in ("UNSCANNABLE", "ENCRYPTED_CONTENT")], p.name
        assert ex.segments, p.name


def _eval(keep) -> dict:  # type: ignore[no-untyped-def]
    """``dlp-gateway eval`` (findings verdict) over the labelled messages whose number ``keep`` accepts."""
    labels = {k for k in _labels() if keep(int(k[:3]))}
    summary = evaluate(HERE, keep=lambda name: name in labels)
    assert summary["messages"] == len(labels) and summary["missing"] == 0
    return summary


def test_devset_floors() -> None:
    summary = _eval(lambda n: n <= FIRST_BATCHES)
    assert summary["block_recall"] >= MIN_BLOCK_RECALL, summary["report"]
    assert summary["false_block_rate"] <= MAX_FALSE_BLOCK_RATE, summary["report"]
    for entity, scores in summary["per_type"].items():
        if entity.startswith("ART"):
            assert scores["recall"] >= MIN_CATEGORY_RECALL, (entity, scores)


def test_batch6_floors() -> None:
    summary = _eval(lambda n: FIRST_BATCHES < n <= BATCH6_LAST)
    assert summary["messages"] >= 100
    assert summary["block_recall"] >= BATCH6_MIN_BLOCK_RECALL, summary["report"]
    assert summary["false_block_rate"] <= BATCH6_MAX_FALSE_BLOCK_RATE, summary["report"]


def test_batch7_floors() -> None:
    summary = _eval(lambda n: n > BATCH6_LAST)
    assert summary["messages"] >= 50
    assert summary["block_recall"] >= BATCH7_MIN_BLOCK_RECALL, summary["report"]
    assert summary["false_block_rate"] <= BATCH7_MAX_FALSE_BLOCK_RATE, summary["report"]
