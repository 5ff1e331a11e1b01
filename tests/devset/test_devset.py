"""The development set is well-formed, every attachment in it is read, and its floors hold (README.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

from gateway.extract import extract_message

HERE = Path(__file__).resolve().parent
KEYS = {"lang", "action", "entities", "note", "split"}
SPLITS = {"tune", "test", "test2", "test3", "test4"}
# Regression floors over the whole set (README.md, "Floors"): the measured values with a margin.
MIN_BLOCK_RECALL = 0.97
MAX_FALSE_BLOCK_RATE = 0.05
MIN_CATEGORY_RECALL = 0.85


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


def test_devset_floors() -> None:
    cmd = [sys.executable, "-m", "gateway", "eval", str(HERE), "--min-block-recall", str(MIN_BLOCK_RECALL),
           "--max-false-block-rate", str(MAX_FALSE_BLOCK_RATE)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=HERE.parent.parent, check=False)
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert summary["messages"] == len(_labels()) and summary["missing"] == 0
    assert summary["block_recall"] >= MIN_BLOCK_RECALL, proc.stdout
    assert summary["false_block_rate"] <= MAX_FALSE_BLOCK_RATE, proc.stdout
    for entity, scores in summary["per_type"].items():
        if entity.startswith("ART"):
            assert scores["recall"] >= MIN_CATEGORY_RECALL, (entity, scores)
    assert proc.returncode == 0, proc.stdout + proc.stderr
