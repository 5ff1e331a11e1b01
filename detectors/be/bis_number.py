"""Belgian BIS number: the register number of people not in the national register.

Same shape and mod-97 checksum as the national number, but the birth month is raised by
20 (gender unknown) or 40 (gender known). Validation by python-stdnum (``stdnum.be.bis``).
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.be import bis

from detectors.be.common import BeRegisterNumberRecognizer
from detectors.patterns import RUN_REGEX


class BeBisNumberRecognizer(BeRegisterNumberRecognizer):
    """Finds valid Belgian BIS numbers (month + 20 / + 40), with or without a keyword nearby."""

    ENTITY = "BE_BIS_NUMBER"
    PATTERNS = [Pattern("be_bis", RUN_REGEX, 0.65)]
    CHECK = staticmethod(bis.is_valid)
