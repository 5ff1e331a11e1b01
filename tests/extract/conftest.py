"""Make the sample builders (extract_samples.py) importable whatever pytest's import mode is."""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)


import pytest  # noqa: E402


@pytest.fixture(scope="session")
def scan_engine():
    """One detection engine for the tests that go through the real scan path (loading costs seconds)."""
    from detectors import DetectionEngine, DetectorOptions

    return DetectionEngine(DetectorOptions())
