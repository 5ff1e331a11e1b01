"""What the Belgian national-register-style numbers (NN and BIS) share: shape, context words."""

from __future__ import annotations

from detectors.patterns import NUM_END, NUM_START, SEP

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
