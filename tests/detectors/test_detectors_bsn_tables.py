"""BSN columns in tables of every writing: the header cell names the column for every row below it,
whether the cells are separated by tabs (sheets), semicolons or commas (CSV exports) or pipes (text
tables), however far the row is from the header; order numbers in a column without a BSN header stay
unreported."""

from __future__ import annotations

import random

import pytest
from stdnum.nl import bsn

NAMES = ["Jan de Vries", "Piet Jansen", "Anna Bakker", "Sanne Visser", "Tom Smit", "Eva Mulder", "Lars de Boer",
         "Noor Bos", "Daan Vos", "Lisa Peters", "Sem Hendriks", "Julia Dekker", "Finn Dijkstra", "Emma Kok"]


def _valid_bsns(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        d = "".join(rng.choice("0123456789") for _ in range(9))
        if d[0] != "0" and bsn.is_valid(d):
            out.append(d)
    return out


def _table(sep: str, header: str, values: list[str]) -> str:
    rows = [sep.join(["Naam", "Geboortedatum", "Woonplaats", header])]
    rows += [sep.join([n, "01-02-1980", "Amsterdam", v]) for n, v in zip(NAMES, values, strict=True)]
    return "\n".join(rows)


@pytest.mark.parametrize("sep", ["\t", ";", ",", " | "])
@pytest.mark.parametrize("header", ["BSN", "Burgerservicenummer", "Sofinummer", "BSN-nr."])
def test_every_row_under_a_bsn_header_is_found(detect, sep: str, header: str) -> None:
    values = _valid_bsns(len(NAMES), seed=len(sep) + len(header))
    found = [f for f in detect(_table(sep, header, values)) if f.entity_type == "NL_BSN"]
    assert len(found) == len(values)
    assert all(not f.allowed for f in found)


@pytest.mark.parametrize("sep", ["\t", ";", ",", " | "])
def test_eleven_test_order_numbers_without_bsn_header_stay_away(detect, sep: str) -> None:
    values = _valid_bsns(len(NAMES), seed=99)
    text = _table(sep, "Ordernummer", values)
    assert not [f for f in detect(text) if f.entity_type == "NL_BSN"]
