"""Development batch 8 (README.md) is well-formed, every attachment in it is read, and its floors hold.

The batch was written in stop 17 by an author who never read the detectors; the detection helpers tuned on
its `tune` half only and scored the `test` half once. The floors are the measured values with a margin.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from gateway.extract import extract_message
from tests.evalrun import evaluate

HERE = Path(__file__).resolve().parent
FLOORS = {  # split: (minimum block recall, maximum false-block rate), policy verdict
    "tune": (0.95, 0.20),  # measured after the stop-17 merges: 1.000 / 0.133
    "test": (0.78, 0.15),  # scored once by the tuners, never tuned on: 0.833 / 0.100
}


def _labels() -> dict[str, dict[str, object]]:
    return yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))


def test_labels_and_messages_match() -> None:
    labels = _labels()
    assert set(labels) == {p.name for p in (HERE / "messages").glob("*.eml")} and len(labels) == 120
    for name, label in labels.items():
        assert label["split"] in FLOORS and label["action"] in ("block", "allow") and label["lang"] in name
        assert bool(label["entities"]) == (label["action"] == "block"), name


def test_every_attachment_is_read() -> None:
    for p in sorted((HERE / "messages").glob("*.eml")):
        ex = extract_message(p.read_bytes())
        assert not [f for f in ex.findings if f.entity_type in ("UNSCANNABLE", "ENCRYPTED_CONTENT")], p.name
        assert ex.segments, p.name


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_floors(split: str) -> None:
    summary = evaluate(HERE, split=split, policy_verdict=True)
    assert summary["messages"] == 60 and summary["missing"] == 0
    recall, fbr = FLOORS[split]
    assert summary["block_recall"] >= recall, summary["report"]
    assert summary["false_block_rate"] <= fbr, summary["report"]
