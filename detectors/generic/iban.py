"""IBAN (ISO 13616) with a valid mod-97 checksum, via python-stdnum (``stdnum.iban``).

Whether an IBAN is personal (a refund, an allowance, a salary to a person) or allowed (the
organisation's own account, a signature / invoice footer, payment instructions of a public
fee) is decided by the engine's exception rules (``detectors/exceptions.py``), not here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import Pattern
from stdnum import iban

from detectors.base import DlpPatternRecognizer
from detectors.normalize import NumberView
from detectors.patterns import alnum_upper

# Country code, check digits, then 11-30 letters/digits, each optionally after up to two separators:
# any grouping (spaces, dashes, dots), bounded everywhere. The match may run into the next words; the
# country's fixed IBAN length decides where the IBAN ends (``refine``).
IBAN_REGEX = r"(?<![\w\-/])[A-Z][ ]?[A-Z](?:[ \-.]{0,2}\d){2}(?:[ \-.]{0,2}[A-Z0-9]){11,30}"


def _iban_lengths() -> dict[str, int]:
    """IBAN length per country, from python-stdnum's copy of the SWIFT IBAN registry."""
    from importlib import resources

    data = resources.files("stdnum").joinpath("iban.dat").read_text(encoding="utf-8")
    out: dict[str, int] = {}
    for cc, bban in re.findall(r'(?m)^([A-Z]{2}) .*?bban="([^"]+)"', data):
        out[cc] = 4 + sum(int(n) for n in re.findall(r"(\d+)!", bban))
    return out


_LENGTHS = _iban_lengths()


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

    def candidates(self, text: str, view: NumberView) -> Iterator[tuple[int, int, str, float]]:
        """Overlapping search: the next IBAN may start inside the words one match ran into."""
        pattern, rx = self._compiled[0]
        pos = 0
        while True:
            m = rx.search(text, pos)
            if m is None:
                return
            span = self.refine(text, m)
            if span is not None:
                yield span[0], span[1], pattern.name, pattern.score
                pos = span[1]
            else:
                pos = m.start() + 1

    def refine(self, text: str, m: re.Match[str]) -> tuple[int, int] | None:
        """The IBAN is the first ``length(country)`` letters and digits of the match; it must end at a
        group boundary or before glued letters ("...6769EN"), never inside a longer digit run."""
        start, end = m.span()
        cc = (text[start] + text[m.start() + (2 if text[start + 1] == " " else 1)]).upper()
        length = _LENGTHS.get(cc)
        if length is None:
            return None
        seen = 0
        cut = start
        for k in range(start, end):
            if text[k].isalnum():
                seen += 1
                if seen == length:
                    cut = k + 1
                    break
        if seen < length:
            return None
        if cut < len(text) and text[cut].isdigit():
            return None  # the digits go on: a longer number
        return (start, cut) if self.validate_result(text[start:cut]) else None

    def validate_result(self, pattern_text: str) -> bool:
        value = alnum_upper(pattern_text)
        return value[:2].isalpha() and iban.is_valid(value)
