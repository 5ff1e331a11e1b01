"""Belgian BIS number: the register number of people not in the national register.

Same shape and mod-97 checksum as the national number, but the birth month is raised by
20 (gender unknown) or 40 (gender known). Validation by python-stdnum (``stdnum.be.bis``).
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.be import bis

from detectors.base import DlpPatternRecognizer
from detectors.be.common import BE_REGISTER_REGEX, REGISTER_CONTEXT, REGISTER_NEGATIVE_CONTEXT
from detectors.patterns import digits_only


class BeBisNumberRecognizer(DlpPatternRecognizer):
    """Finds valid Belgian BIS numbers (month + 20 / + 40), with or without a keyword nearby."""

    ENTITY = "BE_BIS_NUMBER"
    PATTERNS = [Pattern("be_bis", BE_REGISTER_REGEX, 0.65)]
    CONTEXT = REGISTER_CONTEXT
    NEGATIVE_CONTEXT = REGISTER_NEGATIVE_CONTEXT
    NEGATIVE_PENALTY = 0.25
    WINDOW_BEFORE = 300

    def validate_result(self, pattern_text: str) -> bool:
        """Checksum + BIS month offset + birth date via python-stdnum."""
        digits = digits_only(pattern_text)
        return len(digits) == 11 and bis.is_valid(digits)
