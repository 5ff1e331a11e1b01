"""What the Belgian national-register-style numbers (NN and BIS) share: shape, context words, labels.

A candidate is any 11-digit window of a digit run of the number view (``85.07.30-033.28``,
``85073003328``, ``850730 033 28``, ``01 4109 00 166``, ``8 5 0 7 3 0 0 3 3 2 8``, ``85_07_30_033_28``...);
python-stdnum's ``is_valid`` (mod 97 + birth date rules) decides. Boundaries: ``detectors.patterns``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import ClassVar

from detectors.base import DigitWindowRecognizer

REGISTER_CONTEXT = [
    "rijksregisternummer", "rijksregister", "rijksregisternr", "rrn", "insz", "insz-nummer",
    "identificatienummer", "identificatienummer van de sociale zekerheid", "nationaal nummer",
    "bis-nummer", "bisnummer", "bis nummer", "numéro national", "numero national",
    "registre national", "numéro de registre national", "niss", "numéro bis", "numero bis",
    "nationalregisternummer", "nationalnummer", "erkennungsnummer", "national number",
    "national register", "national register number", "social security number", "ssin",
    "identiteitskaart", "carte d'identité", "eid", "geboren", "né le", "née le", "geboren am",
    "date of birth", "nn",
]

# Labels of numbers that are plainly of another kind: a valid national number right after one of these
# (within NEGATIVE_WINDOW characters, nearer than any register keyword) is most likely that other number.
REGISTER_NEGATIVE_CONTEXT = [
    "factuur", "factuurnummer", "facture", "numéro de facture", "rechnung", "rechnungsnummer",
    "invoice", "invoice number", "bestelling", "bestelnummer", "bestelbon", "commande",
    "bon de commande", "bestellung", "bestellnummer", "order", "order number", "po",
    "ondernemingsnummer", "kbo", "bce", "numéro d'entreprise", "unternehmensnummer", "btw",
    "tva", "vat", "enterprise number", "company number", "ticket", "zending", "tracking", "colis",
    "sendung", "klantnummer", "numéro client", "kundennummer", "customer number", "contract", "contrat",
    "vertrag",
]

# Account and phone labels are everyday words: they lower a number only as its direct label
# ("Tel.: ...", "Rekeningnummer: ..."), with nothing but label punctuation in between.
REGISTER_NEGATIVE_LABELS = [
    "tel", "tél", "telefoon", "téléphone", "telefon", "telephone", "phone", "gsm", "mobile", "mobiel",
    "fax", "handy", "portable", "iban", "rekening", "rekeningnummer", "bankrekening", "compte",
    "numéro de compte", "compte bancaire", "konto", "kontonummer", "account", "account number",
    "€", "eur", "euro", "bedrag", "montant", "betrag", "amount", "totaal", "total", "gesamt",
]
# A currency right after the number: an amount.
_CURRENCY_AFTER = re.compile(r"[ \t]{0,2}(?:€|eur\b|euros?\b)", re.IGNORECASE)

# File-reference labels do NOT lower a valid national number: Belgian social-security mail routinely
# uses the NISS as the file reference. Kept here (unused by the scoring) for the tests and the docs.
REFERENCE_LABELS = [
    "uw referentie", "onze referentie", "referentie", "uw ref.", "onze ref.", "ref.", "kenmerk",
    "uw kenmerk", "ons kenmerk", "dossiernummer", "dossier", "n/réf.", "v/réf.", "notre référence",
    "votre référence", "référence", "réf.", "numéro de dossier", "ihr zeichen", "unser zeichen",
    "aktenzeichen", "referenz", "our ref", "your ref", "your reference", "our reference", "reference",
    "file number", "case number",
]


def _label_regex(words: list[str]) -> re.Pattern[str]:
    """``word`` + optional "nr." / "n°" + label punctuation, ending exactly where the number starts."""
    alts = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s{1,3}") for w in words), key=len, reverse=True))
    return re.compile(
        rf"(?<!\w)(?:{alts})\.?[ \t]{{0,3}}(?:(?:nr|no|n°|nummer|number|numéro|nummer)\.?[ \t]{{0,3}})?"
        rf"[:#]?[ \t]{{0,3}}\Z",
        re.IGNORECASE,
    )


def _apposition_regex(words: list[str]) -> re.Pattern[str]:
    """A negative label right after the number, in brackets or after a comma / dash: "... (factuurnummer)"."""
    alts = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s{1,3}") for w in words), key=len, reverse=True))
    article = r"(?:de|het|la|le|die|der|the|een|une?|eine?|an?)"
    return re.compile(rf"[ \t]{{0,2}}(?:[(\[]|[,\u2013\u2014-][ \t]{{0,2}}{article}?)[ \t]{{0,2}}(?:{alts})(?!\w)",
                      re.IGNORECASE)


class BeRegisterNumberRecognizer(DigitWindowRecognizer):
    """Shared shape, context and scoring of the NN and BIS recognizers; a subclass names its
    ``ENTITY``, ``PATTERNS`` and the python-stdnum ``CHECK`` (an ``is_valid`` function)."""

    DIGITS = frozenset({11})
    BASE_SCORE = 0.65
    CONTEXT = REGISTER_CONTEXT
    NEGATIVE_CONTEXT = REGISTER_NEGATIVE_CONTEXT
    NEGATIVE_PENALTY = 0.25
    WINDOW_BEFORE = 300
    CHECK: ClassVar[Callable[[str], bool]]
    _LABELS = _label_regex(REGISTER_NEGATIVE_LABELS)
    _AFTER = _apposition_regex(REGISTER_NEGATIVE_CONTEXT + REGISTER_NEGATIVE_LABELS)

    def validate_result(self, pattern_text: str) -> bool:
        """Checksum + (offset) birth date via python-stdnum, on the 11 digits only."""
        digits = "".join(c for c in pattern_text if "0" <= c <= "9")
        return len(digits) == 11 and type(self).CHECK(digits)

    def score_in_context(self, text: str, start: int, end: int, base: float) -> float | None:
        """Besides the negative words before: an account / phone label directly before, or a negative
        label in apposition right after the number, lowers it unless a register keyword is nearer."""
        score = super().score_in_context(text, start, end, base)
        if score is None or score < base:
            return score  # dropped, or already lowered by a negative word before
        label = self._LABELS.search(text, max(0, start - 40), start) is not None
        if not label:
            hi = min(len(text), end + 40)
            label = self._AFTER.match(text, end, hi) is not None or _CURRENCY_AFTER.match(text, end, hi) is not None
        if label and self.nearest(self._ctx, text, start, end, 40, 0) is None:
            score -= self.NEGATIVE_PENALTY
        return score
