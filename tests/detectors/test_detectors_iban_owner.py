"""Whose IBAN is it: ownership / fee evidence is bound to *that* IBAN (its holder phrase, its own sentence,
table row or paragraph), so a company, "BV" or an invoice elsewhere in the mail never lets a private
person's account through, while company invoices, the organisation's own account and fees still pass."""

from __future__ import annotations

import pytest

P_IBAN = "BE71 0961 2345 6769"
P_IBAN2 = "BE68 5390 0754 7034"
DE_IBAN = "DE89 3704 0044 0532 0130 00"
GB_IBAN = "GB82 WEST 1234 5698 7654 32"

# (text, held?) -- held means the IBAN finding blocks.
CASES = [
    # a person's premium / refund paid for a company's invoice: the money goes to the citizen
    (f"De premie voor uw factuur van Dakwerken Peeters BV wordt gestort op uw rekening {P_IBAN}.", True),
    (f"Kan u het bedrag van 45 euro terugstorten op mijn rekening {P_IBAN}? De factuur van Fluvius NV "
     "klopte niet.", True),
    (f"La prime pour la facture de Toitures Dupont SRL sera versée sur votre compte {P_IBAN}.", True),
    (f"Die Zulage für die Rechnung der Müller Bau GmbH wird auf Ihr Konto {DE_IBAN} überwiesen.", True),
    (f"The allowance for the invoice from Acme Ltd will be paid to your account {GB_IBAN}.", True),
    # the holder named with the IBAN is a person, a company elsewhere on the line
    (f"Loon juni: {P_IBAN} t.n.v. P. Janssens, in dienst bij Schoonmaak Vandamme BV.", True),
    (f"Betaling factuur Garage Claes BV: {P_IBAN} ten name van Els Wouters.", True),
    (f"Paiement facture Nettoyage Ardennes SA, compte {P_IBAN} au nom de Marie Dubois.", True),
    (f"Rechnung bezahlt an Eifel Bau GmbH, Konto {DE_IBAN}, Kontoinhaber: Hans Schmidt.", True),
    (f"Invoice paid to Acme Ltd, account {GB_IBAN}, account holder: John Smith.", True),
    # the company is in another row of the table
    (f"Naam;IBAN;Reden\nJan Peeters;{P_IBAN};terugbetaling\nBouw Vermeulen NV;{P_IBAN2};factuur betaald", True),
    # the company is in another paragraph (the signature of the citizen's mail, a quoted part)
    (f"Geachte,\n\nUw tegemoetkoming wordt gestort op {P_IBAN}.\n\nMet vriendelijke groeten,\n"
     "Jan Peeters\nBouwbedrijf Vermeulen NV", True),
    (f"Bonjour,\n\nL'allocation sera versée sur le compte {P_IBAN}.\n\n> Le 2 mai, Garage Dupont SA a écrit :\n"
     "> Votre facture est payée.", True),
    # plain private contexts, four languages
    (f"Het leefloon wordt gestort op rekening {P_IBAN} op naam van Karim El Amrani.", True),
    (f"De huurwaarborg wordt teruggestort op {P_IBAN} (Jan Peeters).", True),
    (f"Le remboursement vous sera versé sur le compte {P_IBAN}.", True),
    (f"Die Erstattung wird auf das Konto {DE_IBAN} überwiesen.", True),
    (f"Your refund is credited to account {GB_IBAN}.", True),
    (f"Rekeningnummer aanvrager: {P_IBAN}", True),
    # under the sign-off, but the IBAN's own line says it is a person's
    ("Beste mevrouw,\n\nWe hebben uw gegevens aangepast.\n\nMet vriendelijke groeten,\nAnn De Smet\n"
     f"Dienst Sociale Zaken, Stad Gent\nRekening aanvrager: {P_IBAN}", True),
    ("Beste,\n\nIn bijlage het dossier.\n\nMet vriendelijke groeten,\nAnn De Smet\nBouwbedrijf Vermeulen NV\n\n"
     f"Gegevens klant: Jan Peeters, IBAN {P_IBAN}", True),
    ("Bonjour,\n\nVoici les données.\n\nCordialement,\nMarie Dubois\nCPAS de Namur\n"
     f"Compte du bénéficiaire : {P_IBAN} (Paul Martin)", True),
    ("Hallo,\n\nanbei die Angaben.\n\nMit freundlichen Grüßen\nHans Weber\nStadt Eupen\n"
     f"IBAN {DE_IBAN}, Kontoinhaber: Peter Schmitz", True),
    # legitimate passes: the sender's company / organisation account in the signature
    (f"Beste,\n\nIn bijlage de factuur.\n\nMet vriendelijke groeten,\nAnn De Smet\nBouwbedrijf Vermeulen NV\n"
     f"IBAN {P_IBAN}", False),
    # legitimate passes: company invoices, the city's own account, fees
    (f"Factuur 2026-114 van Bouwbedrijf Vermeulen NV is betaald op uw rekening {P_IBAN}.", False),
    (f"Nous avons payé votre facture 2026-12 de Nettoyage Ardennes SA sur votre compte {P_IBAN}.", False),
    (f"Betaling factuur Garage Claes BV: {P_IBAN} ten name van Garage Claes BV.", False),
    (f"Naam;IBAN;Bedrag\nBouw Vermeulen NV;{P_IBAN};450\nGarage Claes BV;{P_IBAN2};120", False),
    ("Gelieve 50 euro retributie te betalen op BE31 4354 1116 1155 met mededeling +++123/4567/89012+++.", False),
    (f"Gelieve de retributie van 35 euro te storten op rekening {P_IBAN} van Stad Gent.", False),
    (f"Please pay the fee of EUR 67.00 to FPS Finance, IBAN {P_IBAN}.", False),
    (f"Met vriendelijke groeten,\nStad Gent - Dienst Financiën\nIBAN {P_IBAN} - BIC GKCCBEBB", False),
]


@pytest.mark.parametrize(("text", "held"), CASES)
def test_iban_owner(detect, text: str, held: bool) -> None:
    ibans = [f for f in detect(text) if f.entity_type == "IBAN_CODE"]
    assert ibans, text
    assert any(not f.allowed for f in ibans) is held, [(f.start, f.exception) for f in ibans]
