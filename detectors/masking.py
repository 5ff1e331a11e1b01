"""Masking of detected values: keep the shape, hide what identifies.

Two uses: the snippet of every finding (:func:`mask_for`), and identifiers that turn up in text
the gateway stores or sends besides the message itself — locations (attachment and archive member
names), details, rendered notices. :class:`IdentifierMasker` runs the identifier recognizers
(national/BIS numbers, BSN, IBAN, cards) over such a short string and replaces each match by its
masked form; :func:`mask_digit_runs` is its dependency-free backstop (any run of nine or more
digits, whatever separators or digit forms, checksum or not), used on its own where the
recognizers are not loaded (CLI rendering, quarantine migration).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from detectors.normalize import NumberView

# A masked value always hides at least this many of its letters and digits.
MIN_HIDDEN = 5
# Identifier types whose values never appear unmasked in a location, detail or rendered text.
IDENTIFIER_TYPES = ("BE_NATIONAL_NUMBER", "BE_BIS_NUMBER", "NL_BSN", "IBAN_CODE", "CREDIT_CARD")
# Nine or more digits (any Unicode digit form), up to three separators of any kind between two.
_DIGIT_RUN = re.compile(r"\d(?:[\W_]{0,3}\d){8,}")
_ASCII_DIGIT = re.compile(r"[0-9]")  # str.isdigit of an ASCII character, searched in C
_FORMAT_CHARS = re.compile(r"[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
                           r"\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff\U000e0000-\U000e0fff]")


def mask_value(value: str, keep: int = 6) -> str:
    """Keep the first ``keep`` alphanumerics (and all separators), star the rest.

    ``85.07.30-033.28`` -> ``85.07.30-***.**``; ``BE71 0961 2345 6769`` -> ``BE71 09** **** ****``;
    a nine-digit BSN keeps four (at least MIN_HIDDEN are always hidden). Values too short to keep
    anything meaningful are fully starred.
    """
    value = " ".join(value.split())  # no line breaks in a snippet
    seen = 0
    out = []
    n = sum(c.isalnum() for c in value)
    limit = max(0, min(keep, n - MIN_HIDDEN)) if n > keep + 2 else 0
    for c in value:
        if c.isalnum():
            out.append(c if seen < limit else "*")
            seen += 1
        else:
            out.append(c)
    return "".join(out)


def mask_words(value: str) -> str:
    """Keep the first letter of each word: ``Jan Peeters`` -> ``J** P******``, ``diabetes`` -> ``d*******``."""
    out = []
    for word in " ".join(value.split()).split(" "):
        out.append(word[:1] + "".join("*" if c.isalnum() else c for c in word[1:]))
    return " ".join(out)


def initials(value: str) -> str:
    """Initials of a person mention for explanations: ``Jan Peeters`` -> ``J.P.``; ``Dhr. Van den Broeck``
    -> ``D.V.d.B.``. Nothing else of the name is kept."""
    words = [w for w in " ".join(value.split()).replace(".", " ").split(" ") if w and w[0].isalpha()]
    return "".join(w[0] + "." for w in words[:6]) or "?"


def mask_email(value: str) -> str:
    """``jan.peeters@example.be`` -> ``j**********@example.be`` (the domain is organisation data)."""
    local, _, domain = value.partition("@")
    return mask_words(local.replace(" ", "")) + "@" + domain


def mask_url(value: str, keep: int = 40) -> str:
    """Keep the host, star the path: ``https://www.linkedin.com/in/jan`` -> ``https://www.linkedin.com/**/***``."""
    scheme, sep, rest = value.partition("://")
    if not sep:
        scheme, rest = "", value
    host, slash, path = rest.partition("/")
    masked_path = "".join("*" if c.isalnum() else c for c in path)
    return ((scheme + "://") if sep else "") + host + slash + masked_path[:keep]


def mask_for(entity_type: str, value: str) -> str:
    """The snippet for a finding of ``entity_type`` whose matched text is ``value``."""
    if entity_type.startswith(("ART9_", "ART10_")) or entity_type in ("PERSON", "ORGANIZATION"):
        return mask_words(value)
    if entity_type == "EMAIL_ADDRESS":
        return mask_email(value)
    if entity_type == "URL":
        return mask_url(value)
    return mask_value(value)


def mask_digit_runs(text: str) -> str:
    """Every run of nine or more digits in ``text`` masked (``scan 85073003328.pdf`` ->
    ``scan 8507*******.pdf``): the backstop that needs no recognizer and no checksum."""
    return _DIGIT_RUN.sub(lambda m: mask_value(m.group(0), keep=4), text)


def _readable(text: str) -> str:
    """Compatibility forms folded (full-width and mathematical digits -> ASCII), invisible format
    characters removed: the text as a reader sees it, so nothing hides between the digits."""
    if text.isascii():
        return text
    return _FORMAT_CHARS.sub("", unicodedata.normalize("NFKC", text))


class IdentifierMasker:
    """Masks identifiers in short strings with the identifier recognizers (any score, no context
    needed: masking a look-alike in a file name costs nothing, missing a real one leaks it)."""

    def __init__(self, recognizers: Iterable[Any]) -> None:
        from detectors.base import DigitWindowRecognizer

        self.recognizers = [r for r in recognizers if getattr(r, "ENTITY", "") in IDENTIFIER_TYPES]
        # A digit-window recognizer's candidates hold exactly one of its DIGITS counts of digits of the number
        # view: a text whose view has fewer digits than the least of them gives none (0: always ask it).
        self._least = [min(r.DIGITS) if isinstance(r, DigitWindowRecognizer) and r.DIGITS else 0
                       for r in self.recognizers]

    def mask(self, text: str, digit_runs: bool = True) -> str:
        """``text`` with every recognized identifier masked; with ``digit_runs`` any other run of nine
        or more digits too (off only for a name the operator gave, such as a path on the command line)."""
        if not text:
            return text
        text = _readable(text)
        if not (_ASCII_DIGIT.search(text) if text.isascii() else any(c.isdigit() for c in text)):
            return text
        spans: list[tuple[int, int, str]] = []
        ndigits = sum(map(str.isdigit, NumberView.of(text).text))
        for rec, least in zip(self.recognizers, self._least, strict=True):
            if ndigits < least:
                continue  # too few digits for this identifier (a page number, a masked snippet)
            for r in rec.analyze(text, [rec.ENTITY], None):
                spans.append((r.start, r.end, r.entity_type))
        out, pos = [], 0
        for start, end, entity in sorted(spans, key=lambda s: (s[0], -s[1])):
            if start < pos:
                continue  # overlaps a longer match already masked
            out.append(text[pos:start])
            out.append(mask_for(entity, text[start:end]))
            pos = end
        out.append(text[pos:])
        return mask_digit_runs("".join(out)) if digit_runs else "".join(out)


_DEFAULT: list[IdentifierMasker] = []


def mask_identifiers(text: str) -> str:
    """:meth:`IdentifierMasker.mask` with the shipped recognizers (built once, on first use)."""
    if not _DEFAULT:
        from detectors.registry import recognizer_classes

        _DEFAULT.append(IdentifierMasker(cls() for cls in recognizer_classes()))
    return _DEFAULT[0].mask(text)
