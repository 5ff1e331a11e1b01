"""The evasion suite: every way of hiding an identifier in a mail (tests/evasion/variants.py) is found by
``scan_message`` as a blocking finding of that identifier's type, at the expected location."""

from __future__ import annotations

import pytest

from detectors import DetectionEngine
from gateway.scan import scan_message
from tests.evasion.variants import VARIANTS, Variant


def test_the_suite_is_large_enough() -> None:
    assert len(VARIANTS) >= 80


@pytest.mark.parametrize("variant", VARIANTS, ids=[v.id for v in VARIANTS])
def test_identifier_is_found(variant: Variant, evasion_engine: DetectionEngine) -> None:
    report = scan_message(variant.build(), evasion_engine)
    hits = [f for f in report.blocking if f.entity_type == variant.entity]
    assert hits, (variant.id, sorted({(f.entity_type, f.location, f.detail or "") for f in report.findings}))
    if variant.where:
        assert any(variant.where in f.location for f in hits), [f.location for f in hits]
    for f in hits:  # offsets are the original text's, and the snippet is masked
        assert "*" in f.snippet and f.end > f.start
