"""Development batch 9 (README.md) is well-formed, every attachment in it is read, and its floors hold.

The batch was written in stop 18 by two authors who never read the detectors; the detection helpers tuned on
its `tune` halves only and scored the `test` halves once. The floors are the measured values with a margin.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.evalrun import check_attachments_read, check_batch_labels, check_floors

HERE = Path(__file__).resolve().parent
PARTS = (HERE / "a", HERE / "b")
FLOORS = {  # split: (minimum block recall, maximum false-block rate), policy verdict
    "tune": (0.95, 0.05),  # before stop-18 tuning 0.933 / 0.117; after the stop-18 merges 1.000 / 0.000
    "test": (0.78, 0.07),  # before 0.783 / 0.050; after the merges (scored, never tuned on) 0.833 / 0.033
}


@pytest.mark.parametrize("part", PARTS, ids=lambda p: p.name)
def test_labels_and_messages_match(part: Path) -> None:
    check_batch_labels(part, 120, set(FLOORS))


@pytest.mark.parametrize("part", PARTS, ids=lambda p: p.name)
def test_every_attachment_is_read(part: Path) -> None:
    check_attachments_read(part)


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_floors(split: str) -> None:
    check_floors(PARTS, split, 120, FLOORS[split])
