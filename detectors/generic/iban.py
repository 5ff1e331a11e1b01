"""IBAN (ISO 13616) with a valid mod-97 checksum, via python-stdnum (``stdnum.iban``).

Whether an IBAN is personal (a refund, an allowance, a salary to a person) or allowed (the
organisation's own account, a signature / invoice footer, payment instructions of a public
fee) is decided by the engine's exception rules (``detectors/exceptions.py``), not here.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern
from stdnum import iban

from detectors.base import DlpPatternRecognizer
from detectors.patterns import alnum_upper

# Country code, check digits, then 2-8 groups (of 4 when spaced), bounded everywhere.
IBAN_REGEX = (
    r"(?<![\w\-/])[A-Z]{2}[ \t\u00a0]?\d\d(?:[ \t\u00a0\-]?[A-Z0-9]{4}){2,7}"
    r"(?:[ \t\u00a0\-]?[A-Z0-9]{1,4})?(?![A-Z0-9])"
)
_GROUP_BOUNDARY = re.compile(r"[ \t\u00a0\-]")


class IbanCodeRecognizer(DlpPatternRecognizer):
    """Finds IBANs of any country whose checksum and national format validate."""

    ENTITY = "IBAN_CODE"
    PATTERNS = [Pattern("iban", IBAN_REGEX, 0.7)]
    CONTEXT = [
        "iban", "rekening", "rekeningnummer", "bankrekening", "compte", "numéro de compte",
        "compte bancaire", "konto", "kontonummer", "bankverbindung", "account", "bank account", "bic",
    ]
    CONTEXT_BOOST = 0.2
    FLAGS = re.IGNORECASE

    def refine(self, text: str, m: re.Match[str]) -> tuple[int, int] | None:
        """Longest prefix (at a group boundary) that is a valid IBAN: the regex may eat a next word."""
        start, end = m.span()
        value = text[start:end]
        cuts = [end, *[start + b.start() for b in _GROUP_BOUNDARY.finditer(value)][::-1]]
        for cut in cuts:
            cand = text[start:cut].rstrip()
            if len(alnum_upper(cand)) < 15:
                break
            if self.validate_result(cand):
                return start, start + len(cand)
        # No separators: try trimming trailing characters (glued text such as "...6769EN")
        compact = value
        if not _GROUP_BOUNDARY.search(compact):
            for cut in range(len(compact) - 1, 14, -1):
                if self.validate_result(compact[:cut]):
                    return start, start + cut
        return None

    def validate_result(self, pattern_text: str) -> bool:
        value = alnum_upper(pattern_text)
        return value[:2].isalpha() and iban.is_valid(value)
