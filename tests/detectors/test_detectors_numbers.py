"""Test tables for the number recognizers: valid / invalid samples, expected spans and score ranges.

Each row: text, expected entity type (None = nothing of that recognizer), expected matched text,
and the score range. python-stdnum's own documented examples are included (see its docstrings).
"""

from __future__ import annotations

import pytest

from detectors.be.bis_number import BeBisNumberRecognizer
from detectors.be.enterprise_number import BeEnterpriseNumberRecognizer
from detectors.be.national_number import BeNationalNumberRecognizer
from detectors.generic.credit_card import PaymentCardRecognizer
from detectors.generic.iban import IbanCodeRecognizer
from detectors.nl.bsn import NlBsnRecognizer


def _run(rec, text: str) -> list[tuple[str, float]]:
    return [(text[r.start : r.end], r.score) for r in rec.analyze(text, rec.supported_entities, None)]


# --- Belgian national register number ----------------------------------------------------------
NN_TABLE = [
    # stdnum.be.nn docstring examples
    ("85.07.30-033 28", "85.07.30-033 28", 0.6, 0.7),
    ("85 07 30 033 28", "85 07 30 033 28", 0.6, 0.7),
    ("17 07 30 033 84", "17 07 30 033 84", 0.6, 0.7),  # born in 2017: the 2000+ checksum rule
    ("12345678901", None, 0, 0),  # stdnum: InvalidChecksum
    # every common writing
    ("nr 85.07.30-033.28 ok", "85.07.30-033.28", 0.6, 0.7),
    ("nr 850730 033 28 ok", "850730 033 28", 0.6, 0.7),
    ("nr 85073003328 ok", "85073003328", 0.6, 0.7),
    ("nr 850730-033-28 ok", "850730-033-28", 0.6, 0.7),
    ("nr 85.07.30-\n033.28 ok", "85.07.30-\n033.28", 0.6, 0.7),  # wrapped by a mail client
    ("nr.85073003328", "85073003328", 0.6, 0.7),  # label glued with a dot
    ("1.85073003328", None, 0, 0),  # part of a dotted number
    ("nr 850730\n> 03328 ok", "850730\n> 03328", 0.6, 0.7),  # wrapped inside a quote
    # context raises, invoice / enterprise context lowers (below the 0.5 reporting threshold)
    ("Rijksregisternummer: 85.07.30-033.28", "85.07.30-033.28", 0.9, 1.0),
    ("NISS 85073003328", "85073003328", 0.9, 1.0),
    ("Factuurnummer 85073003328", "85073003328", 0.3, 0.45),
    # invalid: checksum, date, embedded in a longer number, decimals
    ("85.07.30-033.29", None, 0, 0),
    ("85.13.30-033.70", None, 0, 0),  # checksum right, month 13 impossible
    ("05.01.01-001.13", "05.01.01-001.13", 0.6, 0.7),  # born 2005: checksum over 2 + nine digits
    ("85.27.30-033.71", None, 0, 0),  # month + 20: a BIS number, not a national number
    ("985073003328", None, 0, 0),
    ("850730033281", None, 0, 0),
    ("85073003328.5", None, 0, 0),
    ("BE85073003328", None, 0, 0),
]


@pytest.mark.parametrize(("text", "expected", "lo", "hi"), NN_TABLE)
def test_be_national_number(text: str, expected: str | None, lo: float, hi: float) -> None:
    found = _run(BeNationalNumberRecognizer(), text)
    if expected is None:
        assert found == []
    else:
        assert len(found) == 1
        value, score = found[0]
        assert value == expected
        assert lo <= score <= hi


BIS_TABLE = [
    # stdnum.be.bis docstring examples
    ("98.47.28-997.65", "98.47.28-997.65", 0.6, 0.7),
    ("98 47 28 997 65", "98 47 28 997 65", 0.6, 0.7),
    ("01 49 07 001 85", "01 49 07 001 85", 0.6, 0.7),  # 2000+ with month + 40
    ("12345678901", None, 0, 0),
    ("BIS-nummer: 98472899765", "98472899765", 0.9, 1.0),
    ("98.47.28-997.66", None, 0, 0),  # checksum
    ("85.27.30-033.71", "85.27.30-033.71", 0.6, 0.7),  # month + 20 (gender unknown)
    ("85.13.30-033.70", None, 0, 0),  # month 13: neither offset
    ("85.07.30-033.28", None, 0, 0),  # a national number is not a BIS number
]


@pytest.mark.parametrize(("text", "expected", "lo", "hi"), BIS_TABLE)
def test_be_bis_number(text: str, expected: str | None, lo: float, hi: float) -> None:
    found = _run(BeBisNumberRecognizer(), text)
    if expected is None:
        assert found == []
    else:
        assert [v for v, _ in found] == [expected]
        assert lo <= found[0][1] <= hi


BSN_TABLE = [
    # stdnum.nl.bsn docstring examples (with the context a BSN needs)
    ("BSN: 1112.22.333", "1112.22.333", 0.8, 0.9),
    ("BSN: 1112.52.333", None, 0, 0),  # InvalidChecksum
    ("BSN: 1112223334", None, 0, 0),  # InvalidLength
    ("burgerservicenummer 111222333", "111222333", 0.8, 0.9),
    ("sofinummer: 123 456 782", "123 456 782", 0.8, 0.9),
    ("citizen service number 123456782", "123456782", 0.8, 0.9),
    ("Ordernummer 123456782", None, 0, 0),  # passes the 11-proef, but no BSN context
    ("123456782", None, 0, 0),
]


@pytest.mark.parametrize(("text", "expected", "lo", "hi"), BSN_TABLE)
def test_nl_bsn(text: str, expected: str | None, lo: float, hi: float) -> None:
    found = _run(NlBsnRecognizer(), text)
    if expected is None:
        assert found == []
    else:
        assert [v for v, _ in found] == [expected]
        assert lo <= found[0][1] <= hi


IBAN_TABLE = [
    # stdnum.iban docstring examples
    ("GR16 0110 1050 0000 1054 7023 795", "GR16 0110 1050 0000 1054 7023 795", 0.65, 0.95),
    ("BE31435411161155", "BE31435411161155", 0.65, 0.95),
    ("IBAN: BE71 0961 2345 6769 graag", "BE71 0961 2345 6769", 0.85, 0.95),
    ("NL91 ABNA 0417 1643 00", "NL91 ABNA 0417 1643 00", 0.65, 0.95),
    ("DE89 3704 0044 0532 0130 00.", "DE89 3704 0044 0532 0130 00", 0.65, 0.95),
    ("FR14 2004 1010 0505 0001 3M02 606", "FR14 2004 1010 0505 0001 3M02 606", 0.65, 0.95),
    ("op BE71096123456769EN", "BE71096123456769", 0.65, 0.95),  # glued to the next word
    ("BE71 0961 2345 6768", None, 0, 0),  # checksum
    ("BExx435411161155", None, 0, 0),
]


@pytest.mark.parametrize(("text", "expected", "lo", "hi"), IBAN_TABLE)
def test_iban(text: str, expected: str | None, lo: float, hi: float) -> None:
    found = _run(IbanCodeRecognizer(), text)
    if expected is None:
        assert found == []
    else:
        assert [v for v, _ in found] == [expected]
        assert lo <= found[0][1] <= hi


CARD_TABLE = [
    ("Visa 4111 1111 1111 1111 exp 12/27", "4111 1111 1111 1111", 0.9, 1.0),
    ("Mastercard 5500-0055-5555-5559", "5500-0055-5555-5559", 0.9, 1.0),
    ("Amex 3782 822463 10005", "3782 822463 10005", 0.9, 1.0),
    ("carte Bancontact 6703 5071 1288 4182 1", "6703 5071 1288 4182 1", 0.9, 1.0),
    ("4111 1111 1111 1111", "4111 1111 1111 1111", 0.55, 0.65),  # grouped, no keyword
    ("kaartnummer 4111111111111111", "4111111111111111", 0.7, 0.8),  # plain needs the keyword
    ("ref 4111111111111111", "4111111111111111", 0.35, 0.45),  # plain, no keyword: below threshold
    ("4111 1111 1111 1112", None, 0, 0),  # Luhn
    ("9111 1111 1111 1113", None, 0, 0),  # no issuer starts with 9
    ("0000 0000 0000 0000", None, 0, 0),
]


@pytest.mark.parametrize(("text", "expected", "lo", "hi"), CARD_TABLE)
def test_credit_card(text: str, expected: str | None, lo: float, hi: float) -> None:
    found = _run(PaymentCardRecognizer(), text)
    if expected is None:
        assert found == []
    else:
        assert [v for v, _ in found] == [expected]
        assert lo <= found[0][1] <= hi


ENTERPRISE_TABLE = [
    # stdnum.be.vat docstring examples
    ("BE403019261", "BE403019261", None),
    ("BTW BE 0428759497", "BE 0428759497", None),
    ("KBO 0403.019.261", "0403.019.261", None),
    ("BE431150351", None, None),  # InvalidChecksum
]


@pytest.mark.parametrize(("text", "expected", "_"), ENTERPRISE_TABLE)
def test_be_enterprise_number(text: str, expected: str | None, _: None) -> None:
    found = _run(BeEnterpriseNumberRecognizer(), text)
    assert [v for v, _s in found] == ([expected] if expected else [])


def test_luhn_docstring_examples() -> None:
    """stdnum.luhn: 7894 is invalid, 78949 valid; our card check builds on the same function."""
    from stdnum import luhn

    assert not luhn.is_valid("7894")
    assert luhn.is_valid("78949")
    assert luhn.calc_check_digit("7894") == "9"
