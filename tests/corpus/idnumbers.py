"""Checksum-correct (and deliberately checksum-wrong) identifiers for the evaluation corpus generator.

Every value produced here is verified with python-stdnum before it is returned, so the corpus never
depends on a hand-computed check digit.
"""

from __future__ import annotations

import random

from stdnum import iban, luhn
from stdnum.be import bis as be_bis
from stdnum.be import nn as be_nn
from stdnum.be import vat as be_vat
from stdnum.nl import bsn as nl_bsn


def _nn_check(base9: str, year: int) -> str:
    num = int(("2" + base9) if year >= 2000 else base9)
    return f"{97 - num % 97:02d}"


def national_number(rng: random.Random, year_from: int = 1946, year_to: int = 2008) -> str:
    """A valid Belgian national register number (11 digits, no separators)."""
    while True:
        year = rng.randint(year_from, year_to)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        serial = rng.randint(1, 997)
        base = f"{year % 100:02d}{month:02d}{day:02d}{serial:03d}"
        value = base + _nn_check(base, year)
        if be_nn.is_valid(value) and not be_bis.is_valid(value):
            return value


def bis_number(rng: random.Random, gender_known: bool = True) -> str:
    """A valid BIS number: month + 40 (gender known) or + 20 (gender unknown)."""
    while True:
        year = rng.randint(1955, 2004)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        serial = rng.randint(1, 997)
        base = f"{year % 100:02d}{month + (40 if gender_known else 20):02d}{day:02d}{serial:03d}"
        value = base + _nn_check(base, year)
        if be_bis.is_valid(value) and not be_nn.is_valid(value):
            return value


def bad_national_number(rng: random.Random) -> str:
    """11 digits shaped like a national number whose check digits fail (for NN and BIS)."""
    while True:
        good = national_number(rng)
        value = good[:9] + f"{(int(good[9:]) + rng.randint(1, 40)) % 100:02d}"
        if not be_nn.is_valid(value) and not be_bis.is_valid(value):
            return value


def eleven_digits_invalid(rng: random.Random) -> str:
    """A random 11-digit reference number that is neither a valid national number nor a BIS number."""
    while True:
        value = f"{rng.randint(10**10, 10**11 - 1)}"
        if not be_nn.is_valid(value) and not be_bis.is_valid(value):
            return value


def fmt_nn(value: str, style: str) -> str:
    """Write an 11-digit national/BIS number in one of the ways people type it."""
    a, b, c, d, e = value[:2], value[2:4], value[4:6], value[6:9], value[9:]
    return {
        "dotted": f"{a}.{b}.{c}-{d}.{e}",
        "dots": f"{a}.{b}.{c}.{d}.{e}",
        "spaced": f"{a}{b}{c} {d} {e}",
        "compact": value,
        "dashed": f"{a}{b}{c}-{d}-{e}",
        "allspaced": f"{a} {b} {c} {d} {e}",
    }[style]


def bsn(rng: random.Random) -> str:
    """A 9-digit number passing the Dutch 11-proef."""
    while True:
        value = f"{rng.randint(100000000, 999999999)}"
        if nl_bsn.is_valid(value):
            return value


def not_bsn(rng: random.Random) -> str:
    """A 9-digit number failing the 11-proef."""
    while True:
        value = f"{rng.randint(100000000, 999999999)}"
        if not nl_bsn.is_valid(value):
            return value


_BE_BANKS = ["001", "063", "068", "143", "310", "363", "377", "645", "735", "751", "973", "083", "000"]
_NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]
_DE_BLZ = ["37040044", "39050000", "39060180", "50010517", "10070000", "37050198"]


def iban_be(rng: random.Random) -> str:
    while True:
        first10 = f"{rng.choice(_BE_BANKS)}{rng.randint(0, 9999999):07d}"
        check = int(first10) % 97 or 97
        bban = f"{first10}{check:02d}"
        value = "BE" + iban.calc_check_digits("BE00" + bban) + bban
        if iban.is_valid(value):
            return value


def iban_nl(rng: random.Random) -> str:
    while True:
        bban = f"{rng.choice(_NL_BANKS)}{rng.randint(0, 9999999999):010d}"
        value = "NL" + iban.calc_check_digits("NL00" + bban) + bban
        if iban.is_valid(value):
            return value


def iban_de(rng: random.Random) -> str:
    while True:
        bban = f"{rng.choice(_DE_BLZ)}{rng.randint(0, 9999999999):010d}"
        value = "DE" + iban.calc_check_digits("DE00" + bban) + bban
        if iban.is_valid(value):
            return value


def fmt_iban(value: str, spaced: bool = True) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if spaced else value


def card(rng: random.Random, brand: str) -> str:
    """A Luhn-valid card number with a real issuer prefix for the brand."""
    prefix, length = {
        "visa": ("4" + str(rng.randint(10000, 99999)), 16),
        "mastercard": (str(rng.randint(51, 55)) + str(rng.randint(1000, 9999)), 16),
        "amex": (rng.choice(["34", "37"]) + str(rng.randint(1000, 9999)), 15),
        "bancontact": ("6703" + str(rng.randint(10, 99)), 17),
    }[brand]
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    value = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(value)
    return value


def bad_card(rng: random.Random) -> str:
    """16 digits starting like a Visa number but failing Luhn."""
    good = card(rng, "visa")
    value = good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)
    assert not luhn.is_valid(value)
    return value


def fmt_card(value: str) -> str:
    if len(value) == 15:
        return f"{value[:4]} {value[4:10]} {value[10:]}"
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def enterprise_number(rng: random.Random) -> str:
    """A valid Belgian enterprise (KBO/BCE) number written 0xxx.xxx.xxx."""
    while True:
        first8 = f"{rng.choice('01')}{rng.randint(2000000, 9999999):07d}"
        value = f"{first8}{97 - int(first8) % 97:02d}"
        if be_vat.is_valid(value) and not be_nn.is_valid(value + "0"):
            return f"{value[:4]}.{value[4:7]}.{value[7:]}"


def ogm(rng: random.Random) -> str:
    """A Belgian structured payment communication +++ddd/dddd/ddddd+++ with its mod-97 check."""
    base = f"{rng.randint(0, 9999999999):010d}"
    check = int(base) % 97 or 97
    digits = f"{base}{check:02d}"
    return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"


def bis_shaped_mobile(rng: random.Random) -> str:
    """A Belgian mobile number '+32 47x xx xx xx' whose 11 digits happen to pass the BIS checksum.

    Phone numbers of officials are allowed contact data; a detector that strips '+' and spaces and
    checks mod 97 alone would wrongly see a BIS number (year 32, month 47 = July + 40) here.
    """
    while True:
        day = rng.randint(10, 28)
        serial = rng.randint(0, 999)
        base = f"3247{day:02d}{serial:03d}"
        for value in (base + _nn_check(base, 1932), base + _nn_check(base, 2032)):
            if be_bis.is_valid(value) and value[4] != "0":
                return f"+{value[:2]} {value[2:5]} {value[5:7]} {value[7:9]} {value[9:]}"
