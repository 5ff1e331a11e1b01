"""Belgian enterprise number (KBO / BCE, also the VAT number BE0xxx.xxx.xxx).

Organisation data, not personal data: reported as an allowed finding so the
professional-contact exception can show it; never blocks. Checksum by ``stdnum.be.vat``.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.be import vat

from detectors.base import DlpPatternRecognizer
from detectors.patterns import NUM_END, digits_only


class BeEnterpriseNumberRecognizer(DlpPatternRecognizer):
    """Finds valid Belgian enterprise numbers (0xxx.xxx.xxx, optional BE prefix)."""

    ENTITY = "BE_ENTERPRISE_NUMBER"
    PATTERNS = [
        Pattern(
            "be_kbo",
            r"(?<![\w+.,/\-])(?:BE[ .]?0?|(?<!\d)[01])\d{3}[ .]?\d{3}[ .]?\d{3}" + NUM_END,
            0.6,
        ),
    ]
    CONTEXT = [
        "ondernemingsnummer", "kbo", "bce", "numéro d'entreprise", "btw", "tva", "vat",
        "unternehmensnummer", "enterprise number", "company number", "rpr", "rpm",
    ]
    FLAGS = 0

    def validate_result(self, pattern_text: str) -> bool:
        digits = digits_only(pattern_text)
        return len(digits) in (9, 10) and vat.is_valid(digits.zfill(10))
