"""The masking mechanism itself: identifiers in short strings (locations, details), whatever the
digit forms and separators, and nothing else touched."""

from __future__ import annotations

import pytest

from detectors.masking import MIN_HIDDEN, mask_digit_runs, mask_identifiers, mask_value
from gateway.model import Finding
from gateway.scan import mask_locations


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("attachment:85.07.30-033.28.pdf#filename", "attachment:85.07.30-***.**.pdf#filename"),
        ("attachment:dossier 85073003328.zip/lijst.csv", "attachment:dossier 850730*****.zip/lijst.csv"),
        ("attachment:８５.０７.３０-０３３.２８.pdf", "attachment:85.07.30-***.**.pdf"),  # full-width
        ("attachment:85\u200b07\u200b30\u200b033\u200b28.pdf", "attachment:850730*****.pdf"),  # zero-width spaces
        ("attachment:8 5 0 7 3 0 0 3 3 2 8.txt", "attachment:8 5 0 7 3 0 * * * * *.txt"),  # the recognizer reads it
        ("attachment:85.07.30-033.28x.pdf", "attachment:85.07.30-***.**x.pdf"),
        ("attachment:rekening BE71 0961 2345 6769.txt", "attachment:rekening BE71 09** **** ****.txt"),
        ("attachment:NL91ABNA0417164300.txt", "attachment:NL91AB************.txt"),
        ("attachment:kaart 4111 1111 1111 1111.txt", "attachment:kaart 4111 11** **** ****.txt"),
        ("header:Content-Description", "header:Content-Description"),
        ("attachment:report 2024-01-15.pdf#page=3", "attachment:report 2024-01-15.pdf#page=3"),
        ("attachment:staff.xlsx#sheet=Staff!row=14", "attachment:staff.xlsx#sheet=Staff!row=14"),
        ("body[2]", "body[2]"),
        ("", ""),
    ],
)
def test_mask_identifiers(text: str, masked: str) -> None:
    assert mask_identifiers(text) == masked


def test_engine_method_is_the_same_mechanism(engine) -> None:
    for text in ("attachment:85.07.30-033.28.pdf", "attachment:BE71096123456769.txt", "subject"):
        assert engine.mask_identifiers(text) == mask_identifiers(text)


def test_masked_values_always_hide_enough() -> None:
    assert mask_value("123456782") == "1234*****"  # a BSN keeps 4 of 9 digits, not 6
    assert mask_value("85.07.30-033.28") == "85.07.30-***.**"
    for v in ("123456789", "1234567890", "85073003328", "BE71096123456769"):
        assert sum(c == "*" for c in mask_value(v)) >= MIN_HIDDEN
    assert mask_digit_runs("ref 12345678 and 123456789") == "ref 12345678 and 1234*****"


def test_scan_findings_leave_masked(engine) -> None:
    findings = [
        Finding("BE_NATIONAL_NUMBER", "attachment:85.07.30-033.28.txt#filename", snippet="85.07.30-***.**"),
        Finding("UNSCANNABLE", "attachment:a.zip/85073003328.docx", detail="docx: parser failed for 85073003328"),
        Finding("PERSON", "body", allowed=True, snippet="J** P******"),
    ]
    out = mask_locations(engine, findings)
    assert [f.location for f in out] == ["attachment:85.07.30-***.**.txt#filename",
                                         "attachment:a.zip/850730*****.docx", "body"]
    assert out[1].detail == "docx: parser failed for 850730*****"
    assert out[2] is findings[2]  # nothing to mask: the same object


def test_digit_count_shortcut_masks_the_same() -> None:
    """Recognizers skipped for too few digits (the masker's shortcut) would have found nothing there."""
    from detectors.masking import _DEFAULT, IdentifierMasker

    mask_identifiers("")  # builds the shipped masker
    fast = _DEFAULT[0]
    full = IdentifierMasker(fast.recognizers)
    full._least = [0] * len(full.recognizers)
    texts = ["attachment:85.07.30-033.28.pdf", "85 07 30 033 2", "BSN 1112 22 333", "BSN 11122233", "p. 12",
             "attachment:８５.０７.３０-０３３.２８.pdf", "kaart 4111 1111 1111 1111", "4111 1111 111",
             "BE71 0961 2345 6769", "NL91ABNA0417164300", "85.07.30-***.**", "DE72 39** **** ****", "1234567"]
    for text in texts:
        assert fast.mask(text) == full.mask(text), text
