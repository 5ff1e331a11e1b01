"""One detection engine for the evasion suite (loading it costs seconds)."""

from __future__ import annotations

import pytest

from detectors import DetectionEngine, DetectorOptions


@pytest.fixture(scope="session")
def evasion_engine() -> DetectionEngine:
    return DetectionEngine(DetectorOptions())
