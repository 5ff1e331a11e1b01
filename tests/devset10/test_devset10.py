"""Development batch 10 (README.md) is well-formed, every attachment in it is read, and its floors hold.

The batch was written in stop 18 by an author who never read the detectors; the detection helpers tuned on
its `tune` half only and scored the `test` half. The floors are the measured values with a margin.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.evalrun import check_attachments_read, check_batch_labels, check_floors

HERE = Path(__file__).resolve().parent
PARTS = (HERE,)
FLOORS = {  # split: (minimum block recall, maximum false-block rate), policy verdict
    "tune": (0.84, 0.13),  # before tuning on it 0.760 / 0.087; after the stop-18 merges 0.880 / 0.087
    "test": (0.78, 0.16),  # before 0.826 / 0.120; after the merges (never tuned on) 0.826 / 0.120
}


@pytest.mark.parametrize("part", PARTS, ids=lambda p: p.name)
def test_labels_and_messages_match(part: Path) -> None:
    check_batch_labels(part, 96, set(FLOORS))


@pytest.mark.parametrize("part", PARTS, ids=lambda p: p.name)
def test_every_attachment_is_read(part: Path) -> None:
    check_attachments_read(part)


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_floors(split: str) -> None:
    check_floors(PARTS, split, 48, FLOORS[split])
