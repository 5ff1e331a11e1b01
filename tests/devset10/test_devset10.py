"""Development batch 10 (README.md) is well-formed, every attachment in it is read, and its floors hold.

The batch was written in stop 18 by an author who never read the detectors; the detection helpers tuned on
its `tune` half only and scored the `test` half. The floors are the measured values with a margin.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from gateway.extract import extract_message
from tests.evalrun import evaluate

HERE = Path(__file__).resolve().parent
PARTS = (HERE,)
FLOORS = {  # split: (minimum block recall, maximum false-block rate), policy verdict
    "tune": (0.84, 0.13),  # before tuning on it 0.760 / 0.087; after the stop-18 merges 0.880 / 0.087
    "test": (0.78, 0.16),  # before 0.826 / 0.120; after the merges (never tuned on) 0.826 / 0.120
}


@pytest.mark.parametrize("part", PARTS, ids=lambda p: p.name)
def test_labels_and_messages_match(part: Path) -> None:
    labels = yaml.safe_load((part / "labels.yaml").read_text(encoding="utf-8"))
    assert set(labels) == {p.name for p in (part / "messages").glob("*.eml")} and len(labels) == 96
    for name, label in labels.items():
        assert label["split"] in FLOORS and label["action"] in ("block", "allow") and label["lang"] in name
        assert bool(label["entities"]) == (label["action"] == "block"), name


@pytest.mark.parametrize("part", PARTS, ids=lambda p: p.name)
def test_every_attachment_is_read(part: Path) -> None:
    for p in sorted((part / "messages").glob("*.eml")):
        ex = extract_message(p.read_bytes())
        assert not [f for f in ex.findings if f.entity_type in ("UNSCANNABLE", "ENCRYPTED_CONTENT")], p.name
        assert ex.segments, p.name


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_floors(split: str) -> None:
    summary = evaluate(*PARTS, split=split, policy_verdict=True)
    assert summary["messages"] == 48 and summary["missing"] == 0
    recall, fbr = FLOORS[split]
    assert summary["block_recall"] >= recall, summary["report"]
    assert summary["false_block_rate"] <= fbr, summary["report"]
