"""Identifiers not tied to one country: IBAN, payment cards, e-mail addresses, URLs, phone numbers."""
