"""Payment card numbers (PAN): Luhn checksum (``stdnum.luhn``) + issuer ranges + context words."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern
from stdnum import luhn

from detectors.base import DigitWindowRecognizer
from detectors.patterns import RUN_REGEX, DigitRun, digits_only

# Issuer identification ranges (first digits) and the lengths each issuer uses.
_ISSUERS: list[tuple[re.Pattern[str], tuple[int, ...]]] = [
    (re.compile(r"4"), (13, 16, 19)),  # Visa
    (re.compile(r"5[1-5]|2(?:2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)"), (16,)),  # Mastercard
    (re.compile(r"3[47]"), (15,)),  # American Express
    (re.compile(r"30[0-5]|3[689]"), (14, 15, 16, 17, 18, 19)),  # Diners Club
    (re.compile(r"6011|64[4-9]|65"), (16, 17, 18, 19)),  # Discover
    (re.compile(r"35(?:2[89]|[3-8]\d)"), (16, 17, 18, 19)),  # JCB
    (re.compile(r"62"), (16, 17, 18, 19)),  # UnionPay
    (re.compile(r"5[06-9]|6\d"), (12, 13, 14, 15, 16, 17, 18, 19)),  # Maestro / Bancontact (6703)
]


def issuer_ok(digits: str) -> bool:
    """True when the leading digits and the length fit a known card issuer."""
    return any(rx.match(digits) and len(digits) in lengths for rx, lengths in _ISSUERS)


def _card_grouping(lengths: tuple[int, ...]) -> bool:
    """4-4-4(-4)(-1..3) (12-19 digits, e.g. Bancontact 6703 xxxx xxxx xxxx x) or 4-6-4 / 4-6-5 (Amex, Diners)."""
    if lengths[:2] == (4, 6):
        return len(lengths) == 3 and lengths[2] in (4, 5)
    fours = 0
    while fours < len(lengths) and lengths[fours] == 4:
        fours += 1
    rest = lengths[fours:]
    return fours >= 3 and (not rest or (len(rest) == 1 and 1 <= rest[0] <= 3))


class PaymentCardRecognizer(DigitWindowRecognizer):
    """Finds payment card numbers: the usual groupings score 0.6, any other writing (one block, one
    separator between every digit...) 0.4 and needs a card keyword nearby."""

    ENTITY = "CREDIT_CARD"
    DIGITS = frozenset(range(12, 20))
    BASE_SCORE = 0.4
    PATTERNS = [Pattern("card_grouped", RUN_REGEX, 0.6), Pattern("card_plain", RUN_REGEX, 0.4)]
    CONTEXT = [
        "kaart", "kaartnummer", "numéro de carte", "card no", "kredietkaart", "creditcard", "credit card",
        "bankkaart", "betaalkaart", "carte",
        "carte de crédit", "carte bancaire", "karte", "kreditkarte", "kartennummer", "card", "card number",
        "visa", "mastercard", "amex", "american express", "maestro", "bancontact", "vervaldatum",
        "expiry", "exp", "expiration", "date d'expiration", "gültig bis", "cvv", "cvc", "pan",
    ]
    CONTEXT_BOOST = 0.35

    def shape_ok(self, lengths: tuple[int, ...], run: DigitRun, i: int, j: int) -> bool:
        return len(lengths) > 1 or lengths[0] >= 13

    def _grouped(self, lengths: tuple[int, ...], run: DigitRun, i: int, j: int) -> bool:
        return len(set(run.kinds[i : j - 1])) == 1 and _card_grouping(lengths)

    def window_score(self, lengths: tuple[int, ...], run: DigitRun, i: int, j: int) -> float:
        return 0.6 if self._grouped(lengths, run, i, j) else 0.4

    def pattern_name(self, lengths: tuple[int, ...]) -> str:
        return "card_plain" if len(lengths) == 1 else "card_grouped"

    def validate_result(self, pattern_text: str) -> bool:
        digits = digits_only(pattern_text)
        return 12 <= len(digits) <= 19 and issuer_ok(digits) and luhn.is_valid(digits)

    def validate_digits(self, digits: str) -> bool:
        return len(set(digits)) > 1 and self.validate_result(digits)  # not 0000 0000 0000 0000 fillers
