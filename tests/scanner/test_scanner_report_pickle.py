"""A scan report crosses from the scanner process to the event loop pickled: its findings come back equal,
field for field, with Finding's own compact ``__reduce__``."""

from __future__ import annotations

import dataclasses
import pickle

from hypothesis import given
from hypothesis import strategies as st

from gateway.model import Finding, ScanReport

TEXT = st.text(max_size=20)


def test_reduce_lists_every_field_in_order() -> None:
    f = Finding("ART9_HEALTH", "body!line=3", 5, 17, 0.7, True, "professional_contact", "z*** v****", "detail",
                {"rule": "lexicon", "tie": "ner", "top": [("ev_ner", -0.1)]})
    cls, args = f.__reduce__()
    assert cls is Finding
    assert args == tuple(getattr(f, fl.name) for fl in dataclasses.fields(Finding))


@given(st.builds(Finding, entity_type=TEXT, location=TEXT, start=st.integers(0, 10**7), end=st.integers(0, 10**7),
                 score=st.floats(0, 1), allowed=st.booleans(), exception=st.none() | TEXT, snippet=TEXT,
                 detail=st.none() | TEXT,
                 explain=st.none() | st.dictionaries(TEXT, st.integers() | TEXT | st.floats(0, 1), max_size=4)))
def test_a_finding_round_trips(f: Finding) -> None:
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        assert pickle.loads(pickle.dumps(f, protocol=protocol)) == f


def test_a_report_round_trips() -> None:
    report = ScanReport(findings=[Finding("BE_NATIONAL_NUMBER", "attachment:a.xlsx#sheet=S!row=2", 0, 15,
                                          snippet="85.**.**-***.**", explain={"rule": "mod97"}),
                                  Finding("UNSCANNABLE", "attachment:x.zip", detail="zip: encrypted member")],
                        headers=[("Subject", "x")], segments=2, text_bytes=30)
    assert pickle.loads(pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL)) == report
