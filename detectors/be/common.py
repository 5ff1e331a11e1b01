"""What the Belgian national-register-style numbers (NN and BIS) share: shape, context words."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from detectors.base import DlpPatternRecognizer
from detectors.patterns import NUM_END, NUM_START, SEP, digits_only

# YY MM DD SSS CC with any common separators (or none), also broken by a line break.
# The month group allows 00-59: 00-12 for NN, +20 / +40 for BIS; the checksum decides.
BE_REGISTER_REGEX = rf"{NUM_START}\d\d{SEP}[0-5]\d{SEP}[0-3]\d{SEP}\d\d\d{SEP}\d\d{NUM_END}"

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

# Numbers written next to these words are usually not a person's number.
REGISTER_NEGATIVE_CONTEXT = [
    "factuur", "factuurnummer", "facture", "numéro de facture", "rechnung", "rechnungsnummer",
    "invoice", "invoice number", "bestelling", "bestelnummer", "bestelbon", "commande",
    "bon de commande", "bestellung", "bestellnummer", "order", "order number", "po",
    "referentie", "ref", "réf", "référence", "referenz", "reference", "kenmerk", "onze ref",
    "ondernemingsnummer", "kbo", "bce", "numéro d'entreprise", "unternehmensnummer", "btw",
    "tva", "vat", "ticket", "zending", "tracking", "colis", "sendung", "klantnummer",
    "numéro client", "kundennummer", "customer number", "contract", "contrat", "vertrag",
]


class BeRegisterNumberRecognizer(DlpPatternRecognizer):
    """Shared shape, context and scoring of the NN and BIS recognizers; a subclass names its
    ``ENTITY``, ``PATTERNS`` and the python-stdnum ``CHECK`` (an ``is_valid`` function)."""

    CONTEXT = REGISTER_CONTEXT
    NEGATIVE_CONTEXT = REGISTER_NEGATIVE_CONTEXT
    NEGATIVE_PENALTY = 0.25
    WINDOW_BEFORE = 300
    CHECK: ClassVar[Callable[[str], bool]]

    def validate_result(self, pattern_text: str) -> bool:
        """Checksum + (offset) birth date via python-stdnum, on the 11 digits only."""
        digits = digits_only(pattern_text)
        return len(digits) == 11 and type(self).CHECK(digits)
