"""Digit runs as the number recognizers share them: short runs left out (RUN_FLOOR), each distinct run parsed
once, windows and shape tests once per run shape; the same numbers found as when every run was read."""

from __future__ import annotations

import pytest

from detectors import DetectionEngine
from detectors.base import DigitWindowRecognizer
from detectors.patterns import DigitRun, digit_runs
from gateway.model import Segment

TEXT = ("P100\t12/03/2015\t66 %\nP101\t12/03/2015\t1.250,00\nrijksregisternummer 85.07.30-033.28 en 85073003328\n"
        "tel 0475 12 34 56, +32 2 123 45 67\nBSN 111 222 333 / 1112.22.333\nref 2024/000123/45-6\n"
        "8 5 0 7 3\n0 0 3 3 2 8\n")


def _facts(run: DigitRun) -> tuple[object, ...]:
    return run.start, run.end, run.groups, list(run.kinds), run.ndigits, run.shape


def test_runs_with_a_floor_are_the_runs_with_enough_digits() -> None:
    every = digit_runs(TEXT * 3)
    assert len(every) > 20
    for floor in (1, 4, 8, 11):
        assert [_facts(r) for r in digit_runs(TEXT * 3, floor)] == [_facts(r) for r in every if r.ndigits >= floor]


def test_a_parsed_run_is_the_run_built_from_its_groups() -> None:
    for run in digit_runs(TEXT):
        built = DigitRun(run.start, run.end, list(run.groups), list(run.kinds))
        assert _facts(built) == _facts(run)
        assert TEXT[run.start : run.end].replace(" ", "")[:1].isdigit()


def test_no_digit_window_recognizer_reads_below_the_floor() -> None:
    with pytest.raises(TypeError):
        type("Short", (DigitWindowRecognizer,), {"DIGITS": frozenset({6})})


def test_a_number_among_a_column_of_dates_of_one_shape_is_found(engine: DetectionEngine) -> None:
    rows = "".join(f"P{i}\t12/03/2015\t{i % 7}\n" for i in range(300))
    text = rows + "P9\tBSN 111 222 333\t85.07.30-033.28\n" + rows.replace("12/03/2015", "01/02/2016")
    found = [(f.entity_type, text[f.start : f.end]) for f in engine.detect([Segment("body", text)])
             if f.entity_type in ("NL_BSN", "BE_NATIONAL_NUMBER")]
    assert found == [("NL_BSN", "111 222 333"), ("BE_NATIONAL_NUMBER", "85.07.30-033.28")]
