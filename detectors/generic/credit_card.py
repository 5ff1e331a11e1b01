"""Payment card numbers (PAN): Luhn checksum (``stdnum.luhn``) + issuer ranges + context words."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern
from stdnum import luhn

from detectors.base import DlpPatternRecognizer
from detectors.patterns import NUM_END, NUM_START, digits_only

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


class PaymentCardRecognizer(DlpPatternRecognizer):
    """Finds payment card numbers; ungrouped digit runs need a card keyword nearby."""

    ENTITY = "CREDIT_CARD"
    PATTERNS = [
        # 4-4-4-4(-3) or Amex 4-6-5, separated by spaces or dashes
        # 4-4-4(-4)(-1..3) (12-19 digits, e.g. Bancontact 6703 xxxx xxxx xxxx x) or 4-6-5 / 4-6-4 (Amex, Diners)
        Pattern(
            "card_grouped",
            rf"{NUM_START}(?:\d{{4}}([ \-])\d{{4}}\1\d{{4}}(?:\1\d{{4}})?(?:\1\d{{1,3}})?"
            rf"|\d{{4}}([ \-])\d{{6}}\2\d{{4,5}}){NUM_END}",
            0.6,
        ),
        Pattern("card_plain", rf"{NUM_START}\d{{13,19}}{NUM_END}", 0.4),
    ]
    CONTEXT = [
        "kaart", "kaartnummer", "numéro de carte", "card no", "kredietkaart", "creditcard", "credit card",
        "bankkaart", "betaalkaart", "carte",
        "carte de crédit", "carte bancaire", "karte", "kreditkarte", "kartennummer", "card", "card number",
        "visa", "mastercard", "amex", "american express", "maestro", "bancontact", "vervaldatum",
        "expiry", "exp", "expiration", "date d'expiration", "gültig bis", "cvv", "cvc", "pan",
    ]
    CONTEXT_BOOST = 0.35

    def validate_result(self, pattern_text: str) -> bool:
        digits = digits_only(pattern_text)
        return 12 <= len(digits) <= 19 and issuer_ok(digits) and luhn.is_valid(digits)

    def invalidate_result(self, pattern_text: str) -> bool:
        digits = digits_only(pattern_text)
        return len(set(digits)) == 1  # 0000 0000 0000 0000 style fillers
