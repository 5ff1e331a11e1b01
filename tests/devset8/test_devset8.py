"""Development batch 8 (README.md) is well-formed, every attachment in it is read, and its floors hold.

The batch was written in stop 17 by an author who never read the detectors; the detection helpers tuned on
its `tune` half only and scored the `test` half once. The floors are the measured values with a margin.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.evalrun import check_attachments_read, check_batch_labels, check_floors

HERE = Path(__file__).resolve().parent
FLOORS = {  # split: (minimum block recall, maximum false-block rate), policy verdict
    "tune": (0.95, 0.20),  # measured after the stop-17 merges: 1.000 / 0.133
    "test": (0.78, 0.15),  # scored once by the tuners, never tuned on: 0.833 / 0.100
}


def test_labels_and_messages_match() -> None:
    check_batch_labels(HERE, 120, set(FLOORS))


def test_every_attachment_is_read() -> None:
    check_attachments_read(HERE)


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_floors(split: str) -> None:
    check_floors((HERE,), split, 60, FLOORS[split])
