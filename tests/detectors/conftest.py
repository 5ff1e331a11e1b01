"""Shared fixtures for the detector tests: one engine per test session (loading costs seconds)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detectors import DetectionEngine, DetectorOptions
from gateway.model import Finding, Segment

ORG_IBAN = "BE31 4354 1116 1155"


@pytest.fixture(scope="session")
def engine() -> DetectionEngine:
    return DetectionEngine(DetectorOptions(org_ibans=frozenset({ORG_IBAN})))


@pytest.fixture(scope="session")
def detect(engine: DetectionEngine) -> Callable[[str], list[Finding]]:
    def run(text: str) -> list[Finding]:
        return engine.detect([Segment("body", text)])

    return run


@pytest.fixture(scope="session")
def blocking(detect: Callable[[str], list[Finding]]) -> Callable[[str], set[str]]:
    def run(text: str) -> set[str]:
        return {f.entity_type for f in detect(text) if not f.allowed}

    return run
