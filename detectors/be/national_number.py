"""Belgian national register number (rijksregisternummer / numéro de registre national / NISS-INSZ).

YY.MM.DD-SSS.CC: birth date, a serial (odd for men, even for women) and a mod-97 check
over the first nine digits (with a leading ``2`` for births from 2000). The checksum and
the date rules come from python-stdnum (``stdnum.be.nn``), which also knows the
unknown-date forms (month or day 00). A valid number is reported without any keyword
(checksum + date are strong); keywords raise the score, invoice/order/enterprise-number
labels lower it (file-reference labels do not: see ``detectors.be.common``).
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.be import nn

from detectors.be.common import BeRegisterNumberRecognizer
from detectors.patterns import RUN_REGEX


class BeNationalNumberRecognizer(BeRegisterNumberRecognizer):
    """Finds valid Belgian national register numbers, with or without a keyword nearby."""

    ENTITY = "BE_NATIONAL_NUMBER"
    PATTERNS = [Pattern("be_nn", RUN_REGEX, 0.65)]
    CHECK = staticmethod(nn.is_valid)
