"""Contact data recognizers: e-mail addresses, web addresses (URLs) and phone numbers.

Written as plain patterns (no tldextract, so no public-suffix download: the gateway makes no
network call). These kinds are always reported as *allowed* findings: a contact detail alone
never blocks; the engine names the exception (professional_contact or simple_identification).
"""

from __future__ import annotations

import re

import phonenumbers
from presidio_analyzer import Pattern

from detectors.base import DlpPatternRecognizer
from detectors.patterns import digits_only

EMAIL_REGEX = (
    r"(?<![\w.%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@"
    r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62})(?:\.[A-Za-z0-9\-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![\w\-])"
)
URL_REGEX = r"(?<![\w@/.])(?:https?://|www\.)[^\s<>\"'()\[\]{}]{2,2000}"
PHONE_REGEX = (
    r"(?<![\w+])(?:(?:\+|00)[1-9]\d{0,2}[ .\-/]?(?:\(0\)[ .]?)?\d{1,4}|\(?0\d{1,3}\)?)"
    r"(?:[ .\-/]?\d{2,4}){1,4}(?![\w])"
)


class EmailAddressRecognizer(DlpPatternRecognizer):
    """E-mail addresses (RFC 5322 dot-atom, the common subset)."""

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = [Pattern("email", EMAIL_REGEX, 0.9)]
    PREFILTER = "@"


class WebAddressRecognizer(DlpPatternRecognizer):
    """Web addresses starting with a scheme or www."""

    ENTITY = "URL"
    PATTERNS = [Pattern("url", URL_REGEX, 0.8)]
    PREFILTER = r"(?i)https?://|www\."
    FLAGS = re.IGNORECASE

    def refine(self, text: str, m: re.Match[str]) -> tuple[int, int] | None:
        start, end = m.span()
        while end > start and text[end - 1] in ".,;:!?>'\"":
            end -= 1
        return (start, end) if end - start > 4 else None


class PhoneNumberRecognizer(DlpPatternRecognizer):
    """Phone numbers in international (+32 / 0032) or national (0x) writing, checked by phonenumbers."""

    ENTITY = "PHONE_NUMBER"
    PATTERNS = [Pattern("phone", PHONE_REGEX, 0.6)]
    CONTEXT = ["tel", "tél", "telefoon", "téléphone", "telefon", "phone", "gsm", "mobile", "mobiel",
               "fax", "t", "m", "handy", "portable"]
    CONTEXT_BOOST = 0.2

    def validate_result(self, pattern_text: str) -> bool:
        digits = digits_only(pattern_text)
        if not 9 <= len(digits) <= 15:
            return False
        region = None if pattern_text.lstrip().startswith(("+", "00")) else "BE"
        text = pattern_text if region else "+" + digits.removeprefix("00")
        try:
            num = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_possible_number(num)
