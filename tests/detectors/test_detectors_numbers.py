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
    ("BE85073003328", None, 0, 0),  # a country prefix glued: a VAT / IBAN-like code
    # any grouping of the 11 digits (issue 9) and separators of every kind (issue 11)
    ("nr 8507 3003 328 ok", "8507 3003 328", 0.6, 0.7),
    ("nr 85/07/30/033/28", "85/07/30/033/28", 0.6, 0.7),
    ("nr 85-07-30-033-28", "85-07-30-033-28", 0.6, 0.7),
    ("nr 85_07_30_033_28", "85_07_30_033_28", 0.6, 0.7),
    ("nr 85,07,30,033,28", "85,07,30,033,28", 0.6, 0.7),
    ("nr 8 5 0 7 3 0 0 3 3 2 8", "8 5 0 7 3 0 0 3 3 2 8", 0.6, 0.7),
    ("nr 85 . 07 . 30 - 033 . 28", "85 . 07 . 30 - 033 . 28", 0.6, 0.7),
    ("nr 85   07   30   033   28", "85   07   30   033   28", 0.6, 0.7),  # runs of (no-break) spaces
    # symbols and letters stuck to the number
    ("85.07.30-033.28_", "85.07.30-033.28", 0.6, 0.7),
    ("85.07.30-033.28x", "85.07.30-033.28", 0.6, 0.7),
    ("85.07.30-033.28-", "85.07.30-033.28", 0.6, 0.7),
    ("85.07.30-033.28/", "85.07.30-033.28", 0.6, 0.7),
    ("A85.07.30-033.28", "85.07.30-033.28", 0.6, 0.7),
    ("+85.07.30-033.28", "85.07.30-033.28", 0.6, 0.7),
    ("85.07.30-033.28Žéä", "85.07.30-033.28", 0.6, 0.7),
    ("NN85073003328", "85073003328", 0.6, 1.0),
    ("scan_85073003328_2024.pdf", "85073003328", 0.6, 0.7),
    ("Jan,Peeters,85073003328,1000", "85073003328", 0.6, 0.7),  # a CSV field
    ("1000 85073003328", "85073003328", 0.6, 0.7),  # a separate number before it
    ("85.07.30-033.28 2024", "85.07.30-033.28", 0.6, 0.7),
    # longer digit runs: a valid 11-digit window inside them is not a national number
    ("8507300332812", None, 0, 0),
    ("8 5 0 7 3 0 0 3 3 2 8 1 2", None, 0, 0),
    ("85 07 30 033 28 12", None, 0, 0),
    ("85_07_30_033_28_5", None, 0, 0),
    ("85,07,30,033,28,5", None, 0, 0),
    ("2024/85073003328", None, 0, 0),
    ("85.07.30-033.28.1", None, 0, 0),
    ("ab12cd85073003328", None, 0, 0),  # an alphanumeric code
    ("3fa85073003328e9d0c1b2a3", None, 0, 0),  # a hex hash
    ("0830.366.718\n8 5 0 7 3", None, 0, 0),
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
    ("01 4109 00 166", "01 4109 00 166", 0.6, 0.7),  # issue 9: a 2-4-2-3 grouping
    ("BIS-nummer 014109 00166", "014109 00166", 0.9, 1.0),
    ("0141/0900/166", "0141/0900/166", 0.6, 0.7),
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
    # issue 9: the 8-digit BSN (leading zero dropped, as spreadsheets do); only with a keyword
    ("BSN 40645678", "40645678", 0.8, 0.9),
    ("BSN: 406.45.678", "406.45.678", 0.8, 0.9),
    ("bsn 40 645 678", "40 645 678", 0.8, 0.9),
    ("40645678", None, 0, 0),  # no keyword
    ("BSN 040645678", "040645678", 0.8, 0.9),
    ("BSN 20240119", None, 0, 0),  # passes the 11-proef with a leading zero, but reads as a date
    ("BSN 18012024", None, 0, 0),  # the same, day first
    ("BSN 1 2 3 4 5 6 7 8 2", "1 2 3 4 5 6 7 8 2", 0.8, 0.9),
    ("BSN 1234567820", None, 0, 0),  # ten digits
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


# --- python-stdnum's own test vectors (tests/test_be_nn.doctest, test_be_bis.doctest, test_be_ssn.doctest,
# test_nl_bsn.doctest, test_bsn.doctest): valid numbers must be found, numbers stdnum refuses must not.
STDNUM_NN_VALID = ["85.07.30-033 28", "17 07 30 033 84", "00000100166", "00000100195", "00000000128",
                   "00010000135", "85073500107", "75.06.08-980.09"]
STDNUM_NN_INVALID = ["12345678901", "85133000105"]
STDNUM_BIS_VALID = ["75.46.08-980.95", "01 49 07 001 85", "00400100155", "00200100112", "00400100184",
                    "00200100141", "00400000117", "00200000171", "00410000124", "00210000178", "85473500193",
                    "85273500150", "75.26.08-980.52", "98.47.28-997.65"]
STDNUM_BIS_INVALID = ["12345678901", "85533000191", "85333000148", "00000100195"]
STDNUM_BSN_VALID = ["111222333", "1112.22.333", "123456782"]
STDNUM_BSN_INVALID = ["111252333", "1112.52.333", "1112223334"]


@pytest.mark.parametrize("value", STDNUM_NN_VALID)
def test_stdnum_nn_vectors_found(value: str) -> None:
    assert [v for v, _ in _run(BeNationalNumberRecognizer(), f"Dossier {value}.")] == [value]


@pytest.mark.parametrize("value", STDNUM_BIS_VALID)
def test_stdnum_bis_vectors_found(value: str) -> None:
    assert [v for v, _ in _run(BeBisNumberRecognizer(), f"Dossier {value}.")] == [value]


@pytest.mark.parametrize("value", STDNUM_NN_INVALID + STDNUM_BIS_INVALID)
def test_stdnum_invalid_vectors_not_found(value: str) -> None:
    found = {v for rec in (BeNationalNumberRecognizer(), BeBisNumberRecognizer())
             for v, _ in _run(rec, f"Dossier {value}.") if rec.validate_result(v) and v == value}
    if value == "00000100195":  # stdnum: a national number, not a BIS number
        assert _run(BeBisNumberRecognizer(), value) == [] and _run(BeNationalNumberRecognizer(), value)
    else:
        assert found == set()


@pytest.mark.parametrize("value", STDNUM_BSN_VALID)
def test_stdnum_bsn_vectors_found(value: str) -> None:
    assert [v for v, _ in _run(NlBsnRecognizer(), f"BSN {value}.")] == [value]


@pytest.mark.parametrize("value", STDNUM_BSN_INVALID)
def test_stdnum_bsn_invalid_vectors_not_found(value: str) -> None:
    assert _run(NlBsnRecognizer(), f"BSN {value}.") == []


# --- generated numbers (fixed seed, checksums made and checked by python-stdnum) in every writing ------
def _groupings(rng, digits: str, count: int) -> list[str]:
    """``count`` random writings of ``digits``: any grouping, any one separator of . - / _ , space."""
    out = []
    for _ in range(count):
        cuts = sorted(rng.sample(range(1, len(digits)), rng.randint(0, min(6, len(digits) - 1))))
        parts = [digits[a:b] for a, b in zip([0, *cuts], [*cuts, len(digits)], strict=True)]
        out.append(rng.choice([" ", ".", "-", "/", "_", ",", " - "]).join(parts))
    return out


def _generated() -> list[tuple[str, str]]:
    import random

    from tests.corpus import idnumbers as gen

    rng = random.Random(20261125)
    cases: list[tuple[str, str]] = []
    styles = ["dotted", "dots", "spaced", "compact", "dashed", "allspaced"]
    for _ in range(60):
        nn_value = gen.national_number(rng)
        cases += [("BE_NATIONAL_NUMBER", gen.fmt_nn(nn_value, s)) for s in styles]
        cases += [("BE_NATIONAL_NUMBER", w) for w in _groupings(rng, nn_value, 2)]
        cases.append(("BE_NATIONAL_NUMBER", " ".join(nn_value)))
    for _ in range(40):
        bis_value = gen.bis_number(rng, gender_known=rng.random() < 0.5)
        cases += [("BE_BIS_NUMBER", gen.fmt_nn(bis_value, s)) for s in ("dotted", "compact", "allspaced")]
        cases += [("BE_BIS_NUMBER", w) for w in _groupings(rng, bis_value, 2)]
    for _ in range(80):
        bsn_value = gen.bsn(rng)
        cases += [("NL_BSN", bsn_value), ("NL_BSN", f"{bsn_value[:4]}.{bsn_value[4:6]}.{bsn_value[6:]}"),
                  ("NL_BSN", f"{bsn_value[:3]} {bsn_value[3:6]} {bsn_value[6:]}")]
        if bsn_value.startswith("0"):
            cases.append(("NL_BSN", bsn_value[1:]))
    return cases


GENERATED = _generated()
_RECS = {"BE_NATIONAL_NUMBER": BeNationalNumberRecognizer(), "BE_BIS_NUMBER": BeBisNumberRecognizer(),
         "NL_BSN": NlBsnRecognizer()}


def test_generated_numbers_in_every_writing() -> None:
    """~1000 generated numbers, each written in several ways: every one is found, with its exact span."""
    missed = []
    for entity, written in GENERATED:
        text = f"BSN van de aanvrager: {written}." if entity == "NL_BSN" else f"Dossier van {written}."
        if [v for v, _ in _run(_RECS[entity], text)] != [written]:
            missed.append((entity, written))
    assert len(GENERATED) > 900
    assert missed == []


# --- reference labels: a checksum-valid national number after a file-reference label is still one ------
@pytest.mark.parametrize("label", __import__("detectors.be.common", fromlist=["x"]).REFERENCE_LABELS)
@pytest.mark.parametrize("value", ["85073003328", "85.07.30-033.28", "98.47.28-997.65"])
def test_reference_label_keeps_a_valid_number(label: str, value: str) -> None:
    rec = BeBisNumberRecognizer() if value.startswith("98") else BeNationalNumberRecognizer()
    found = _run(rec, f"{label.capitalize()}: {value}\nGeachte heer,")
    assert [v for v, _ in found] == [value]
    assert found[0][1] >= 0.6


NEGATIVE_LABELS = [
    "Factuurnummer", "Facture n°", "Rechnungsnummer:", "Invoice number:", "Bestelnummer", "Bon de commande",
    "Order no.", "Ondernemingsnummer", "KBO-nummer:", "BTW", "N° TVA", "VAT number", "Klantnummer",
    "Tel.:", "GSM", "Téléphone :", "Telefon:", "Fax", "IBAN:", "Rekeningnummer", "Kontonummer:",
    "Uw referentie: factuur",
]


@pytest.mark.parametrize("label", NEGATIVE_LABELS)
def test_label_of_another_kind_lowers_a_valid_number(label: str) -> None:
    found = _run(BeNationalNumberRecognizer(), f"{label} 85073003328")
    assert found and found[0][1] < 0.5  # below the reporting threshold


@pytest.mark.parametrize("text", [
    "Onze referentie: 85073003328 (factuurnummer)",
    "Referentie 85073003328 - factuur van maart",
])
def test_label_in_apposition_lowers(text: str) -> None:
    assert _run(BeNationalNumberRecognizer(), text)[0][1] < 0.5


def test_register_keyword_beats_a_label() -> None:
    found = _run(BeNationalNumberRecognizer(), "Factuur voor rijksregisternummer 85073003328")
    assert found[0][1] >= 0.9
    found = _run(BeNationalNumberRecognizer(), "Tel. 02 123 45 67, NISS 85073003328")
    assert found[0][1] >= 0.9


# --- negatives: harmless numbers are not identifiers --------------------------------------------------
@pytest.mark.parametrize("text", [
    "+32 475 12 34 56", "+32 2 553 12 34", "0032 475 12 34 56", "+32475123456", "Tel. 0475/12.34.56",
    "KBO 0403.019.261", "BE 0428.759.497", "BE0428759497", "IBAN BE71 0961 2345 6769",
    "Factuur 2024/000123", "+++090/9337/55493+++", "15.01.2024 om 10:30", "2024-01-15", "€ 1.234.567,89",
    "12 34 56 78 90 12 34 56", "1 2 3 4 5 6 7 8 9 0 1 2 3 4 5", "001-1234567-89", "98 765 432 109 876",
])
def test_harmless_numbers_are_not_register_numbers(text: str) -> None:
    for rec in (BeNationalNumberRecognizer(), BeBisNumberRecognizer()):
        assert _run(rec, text) == [], (rec.ENTITY, text)


def test_bis_shaped_mobile_numbers_are_phones() -> None:
    """A Belgian mobile number whose 11 digits pass the BIS checksum, written the usual ways."""
    import random

    from tests.corpus import idnumbers as gen

    rng = random.Random(5)
    for _ in range(30):
        phone = gen.bis_shaped_mobile(rng)  # "+32 47x xx xx xx"
        for written in (phone, phone.replace(" ", ""), phone.replace(" ", ".", 1)):
            assert _run(BeBisNumberRecognizer(), f"GSM {written}") == [], written
