"""BSN contexts where a valid number could be missed (table headers, dropped leading zero, separators,
quoted text) and false matches that must stay away (order / invoice / phone numbers, amounts, numbers
failing the eleven test). Valid and invalid numbers are made with python-stdnum."""

from __future__ import annotations

import pytest
from stdnum.nl import bsn


def _valid(prefix: str) -> str:
    """The nine-digit BSN starting with the eight digits ``prefix`` (the check digit that passes)."""
    for d in "0123456789":
        if bsn.is_valid(prefix + d):
            return prefix + d
    return _valid(str(int(prefix) + 1).zfill(8))


BSN = _valid("11122233")
ZERO = _valid("04064567")  # leading zero: spreadsheets drop it
INVALID = BSN[:8] + str((int(BSN[8]) + 1) % 10)
assert not bsn.is_valid(INVALID) and ZERO.startswith("0")


def _dots(n: str) -> str:
    return f"{n[:4]}.{n[4:6]}.{n[6:]}"


HELD = [
    ("tsv header BSN", f"Naam\tBSN\tGeboortedatum\nJan de Vries\t{BSN}\t01-02-1980"),
    ("tsv header Burgerservicenummer, 8 digits", f"Naam\tBurgerservicenummer\nJan de Vries\t{ZERO[1:]}"),
    ("csv header sofinummer", f"naam;sofinummer;plaats\nJan de Vries;{BSN};Utrecht"),
    ("tsv header Bürgerservicenummer", f"Name\tBürgerservicenummer\nJan de Vries\t{BSN}"),
    ("dotted 4-2-3", f"Uw BSN is {_dots(BSN)}, bewaar dit goed."),
    ("dashes 3-3-3", f"BSN: {BSN[:3]}-{BSN[3:6]}-{BSN[6:]}"),
    ("spaces 3-3-3", f"burgerservicenummer {BSN[:3]} {BSN[3:6]} {BSN[6:]}"),
    ("quoted reply", f"> Mijn BSN is {BSN}.\n> Groet, Jan"),
    ("8 digits in a sentence", f"Het burgerservicenummer van betrokkene is {ZERO[1:]}."),
    ("EN keyword", f"Citizen service number: {BSN}"),
]
NOT_HELD = [
    ("order number, keyword elsewhere", f"Uw bestelling {BSN} is verzonden. BSN-vragen via de website."),
    ("invoice number, keyword elsewhere", f"Factuurnummer: {BSN}\nVermeld nooit uw BSN in de mededeling."),
    ("phone number", "Bel ons op 0612345678 of het BSN-loket op 030 111 2223."),
    ("amount", f"Het totaalbedrag is EUR {BSN[:3]}.{BSN[3:6]}.{BSN[6:]} voor het project."),
    ("eleven test fails", f"BSN: {INVALID}"),
    ("no keyword", f"Referentie {BSN} in het dossier."),
]


@pytest.mark.parametrize(("case", "text"), HELD, ids=[c[0] for c in HELD])
def test_bsn_held(blocking, case: str, text: str) -> None:
    assert "NL_BSN" in blocking(text), case


@pytest.mark.parametrize(("case", "text"), NOT_HELD, ids=[c[0] for c in NOT_HELD])
def test_bsn_not_matched(detect, case: str, text: str) -> None:
    assert not [f for f in detect(text) if f.entity_type == "NL_BSN"], case
