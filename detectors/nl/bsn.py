"""Dutch citizen service number (burgerservicenummer, BSN; formerly sofinummer).

Nine digits passing the eleven test (``stdnum.nl.bsn``). One random nine-digit number in
eleven passes that test, so a BSN is only reported with a context word nearby.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.nl import bsn

from detectors.base import DlpPatternRecognizer
from detectors.patterns import NUM_END, NUM_START, SEP, digits_only


class NlBsnRecognizer(DlpPatternRecognizer):
    """Finds BSNs (9 digits, 11-proef) that have a BSN keyword nearby."""

    ENTITY = "NL_BSN"
    PATTERNS = [
        Pattern("nl_bsn_plain", rf"{NUM_START}\d{{9}}{NUM_END}", 0.5),
        Pattern("nl_bsn_4_2_3", rf"{NUM_START}\d{{4}}{SEP}\d\d{SEP}\d{{3}}{NUM_END}", 0.5),
        Pattern("nl_bsn_3_3_3", rf"{NUM_START}\d{{3}}{SEP}\d{{3}}{SEP}\d{{3}}{NUM_END}", 0.5),
    ]
    CONTEXT = [
        "bsn", "bsn-nummer", "burgerservicenummer", "burger service nummer", "burgerservice nummer",
        "sofinummer", "sofi-nummer", "sofi nummer", "citizen service number", "persoonsnummer",
        "numéro bsn", "bsn nr", "bsn-nr",
    ]
    REQUIRES_CONTEXT = True
    CONTEXT_BOOST = 0.35
    WINDOW_BEFORE = 300
    WINDOW_AFTER = 60

    def validate_result(self, pattern_text: str) -> bool:
        digits = digits_only(pattern_text)
        return len(digits) == 9 and bsn.is_valid(digits)
