"""IBAN ownership and fee evidence is bound to *that* IBAN (its sentence, table row, form block or
named account holder): a company, a legal form, an organisation word or a fee phrase elsewhere in the
mail (another paragraph, the signature, a quoted message, another row) does not pass a private person's
IBAN; company invoices, the organisation's own account and fees owed to it still pass (NL/FR/DE/EN)."""

from __future__ import annotations

import pytest

from detectors.patterns import alnum_upper

# (case, text, the IBAN checked, allowed)
CASES = [
    ('refund NL, signature with org IBAN',
     'Beste mevrouw Janssens,\n'
     '\n'
     'Het teveel betaalde bedrag wordt teruggestort op uw rekening NL91 ABNA 0417 1643 00.\n'
     '\n'
     'Met vriendelijke groet,\n'
     'Stad Gent - Dienst Financiën\n'
     'IBAN BE31 4354 1116 1155 - BIC GKCCBEBB',
     'NL91ABNA0417164300', False),
    ('allowance, company legal form in signature',
     'Beste heer Peeters,\n'
     '\n'
     'De toelage van 250 euro wordt gestort op BE71 0961 2345 6769.\n'
     '\n'
     'Met vriendelijke groet,\n'
     'Jan De Smet\n'
     'Adviesbureau Verhulst BV',
     'BE71096123456769', False),
    ('salary EN with company elsewhere',
     'Hi Tom,\n'
     '\n'
     'Please process the salary of our new employee, Sarah Johnson, to GB82 WEST 1234 5698 7654 '
     '32 from next month.\n'
     '\n'
     'The invoice from Acme Ltd was settled last week.\n'
     '\n'
     'Regards, Mark',
     'GB82WEST12345698765432', False),
    ('deposit FR, company in another paragraph',
     'Bonjour,\n'
     '\n'
     'La garantie locative de Mme Dubois sera versée sur le compte BE71 0961 2345 6769.\n'
     '\n'
     'Par ailleurs, la facture de Nettoyage Ardennes SA a été payée.\n'
     '\n'
     'Cordialement',
     'BE71096123456769', False),
    ('CSV export beneficiaries',
     'naam;iban;bedrag\n'
     'Jan Peeters;BE71 0961 2345 6769;120,00\n'
     'Acme Bouw NV;NL20 INGB 0001 2345 67;4500,00',
     'BE71096123456769', False),
    ('TSV beneficiaries table',
     'Naam\tIBAN\tBedrag\n'
     'Peeters Jan\tBE71096123456769\t120,00\n'
     'Bouwbedrijf Vermeulen NV\tNL20INGB0001234567\t4500,00',
     'BE71096123456769', False),
    ('form field',
     'Aanvraagformulier premie\n'
     'Naam aanvrager: Els Wouters\n'
     'Rekeningnummer: BE71 0961 2345 6769',
     'BE71096123456769', False),
    ('form field bare',
     'Naam: Els Wouters\n'
     'IBAN: BE71 0961 2345 6769',
     'BE71096123456769', False),
    ('DE Kontoinhaber private',
     'Die Erstattung erfolgt auf folgendes Konto:\n'
     'Kontoinhaber: Anna Schmidt\n'
     'IBAN: DE89 3704 0044 0532 0130 00\n'
     'Mit freundlichen Grüßen\n'
     'Müller Bau GmbH',
     'DE89370400440532013000', False),
    ('quoted earlier message company',
     'Hallo Piet,\n'
     '\n'
     'Kun je de terugbetaling doen naar NL91ABNA0417164300 (rekening van mevrouw De Vries)?\n'
     '\n'
     '> Op 3 maart schreef Facturatie Bouwbedrijf Vermeulen NV:\n'
     '> Factuur 2026-114 is betaald.',
     'NL91ABNA0417164300', False),
    ('fee phrase elsewhere',
     'Beste,\n'
     '\n'
     'De terugbetaling van de huurwaarborg gebeurt op BE71 0961 2345 6769 op naam van Karel Maes.\n'
     '\n'
     'De retributie voor de parkeerkaart is te betalen binnen 30 dagen.',
     'BE71096123456769', False),
    ('tnv person with org word elsewhere',
     'Graag overmaken op NL91 ABNA 0417 1643 00 t.n.v. P. de Vries.\n'
     'Gemeente Utrecht, afdeling Werk en Inkomen',
     'NL91ABNA0417164300', False),
    ('EN account holder private',
     'Account holder: John Smith\n'
     'Account number: GB82 WEST 1234 5698 7654 32\n'
     'Please pay the allowance by Friday.',
     'GB82WEST12345698765432', False),
    ('FR titulaire private with fee elsewhere',
     'Titulaire du compte : Marie Lambert\n'
     'IBAN : FR14 2004 1010 0505 0001 3M02 606\n'
     'Montant de la facture à payer avant le 30 juin.',
     'FR1420041010050500013M02606', False),
    ('bare IBAN of person in sentence, org letterhead above',
     'Stad Antwerpen\n'
     'Grote Markt 1, 2000 Antwerpen\n'
     'BTW BE 0207.500.123\n'
     '\n'
     'Beste heer Claes,\n'
     'Uw kinderbijslag wordt vanaf april gestort op BE71 0961 2345 6769.',
     'BE71096123456769', False),
    ('company invoice NL',
     'Geachte heer,\n'
     'Gelieve factuur 2026-114 van Bouwbedrijf Vermeulen NV te betalen op NL20 INGB 0001 2345 67.',
     'NL20INGB0001234567', True),
    ('company bank details DE',
     'Unsere neue Bankverbindung: Müller Bau GmbH, IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX.',
     'DE89370400440532013000', True),
    ('city own account',
     'Gelieve het bedrag van 35 euro te storten op rekening BE31 4354 1116 1155 van Stad Gent '
     'met mededeling +++090/9337/55493+++.',
     'BE31435411161155', True),
    ('public fee FR',
     'La redevance de 50 euros est à verser sur le compte BE71 0961 2345 6769 de la commune '
     "d'Ixelles avec la communication structurée +++090/9337/55493+++.",
     'BE71096123456769', True),
    ('company payment confirmation EN',
     'Dear supplier, your invoice 4471 was paid to your account GB82 WEST 1234 5698 7654 32 '
     '(Acme Ltd) today.',
     'GB82WEST12345698765432', True),
    ('tnv org',
     'Betalen op NL91 ABNA 0417 1643 00 t.n.v. Gemeente Utrecht onder vermelding van het factuurnummer.',
     'NL91ABNA0417164300', True),
    ('company table',
     'Leverancier\tIBAN\tFactuur\n'
     'Bouwbedrijf Vermeulen NV\tNL20INGB0001234567\t2026-114\n'
     'Nettoyage Ardennes SA\tBE71096123456769\t2026-115',
     'NL20INGB0001234567', True),
    ('mijn zoon, kosten in next sentence',
     'Hierbij het rekeningnummer van mijn zoon: BE71 0961 2345 6769. De kosten van de reis '
     'bedragen 300 euro.',
     'BE71096123456769', False),
    ('EN student IBAN, invoice elsewhere',
     'Below the bank details of the student Tom Hardy for the scholarship.\n'
     'GB82 WEST 1234 5698 7654 32\n'
     '\n'
     'Separately, please check invoice 2231 from Clean Office Ltd.',
     'GB82WEST12345698765432', False),
    ('DE bare IBAN, Rechnung in other paragraph',
     'Hallo Frau Weber,\n'
     '\n'
     'hier die IBAN von Herrn Krause: DE89 3704 0044 0532 0130 00\n'
     '\n'
     'Die Rechnung der Schmidt Logistik GmbH ist noch offen.',
     'DE89370400440532013000', False),
    ('FR citizen IBAN, fee in quoted part',
     "Voici l'IBAN de M. Lefèvre : BE71 0961 2345 6769\n"
     '\n'
     '> La redevance est à payer avant le 30 juin.',
     'BE71096123456769', False),
    ('DE fee label block',
     'Betrag: 45,00 EUR\n'
     'IBAN: DE89 3704 0044 0532 0130 00\n'
     'Verwendungszweck: Gebühr 2026-114',
     'DE89370400440532013000', True),
    ('NL fee block',
     'Te betalen: 35 euro\n'
     'Rekeningnummer: BE71 0961 2345 6769\n'
     'Mededeling: +++090/9337/55493+++',
     'BE71096123456769', True),
    ('FR supplier payment',
     'Nous avons payé votre facture 2026-88 sur le compte BE71 0961 2345 6769 de Nettoyage Ardennes SA.',
     'BE71096123456769', True),
    ('EN fee sentence',
     'Please pay the parking fine of 58 EUR to BE71 0961 2345 6769 before 1 July.',
     'BE71096123456769', True),
    ('holder without a person (a club), a fee instruction',
     'Het lidgeld van 60 euro is te betalen op BE71 0961 2345 6769 t.n.v. Sportclub Lede.',
     'BE71096123456769', True),
    ('holder with a title',
     'Het bedrag wordt gestort op BE71 0961 2345 6769 t.n.v. mevrouw Lambrecht.',
     'BE71096123456769', False),
]


# Gaps found in stop 17 and not closed yet: strict xfails, so that the fix shows.
KNOWN_GAPS = {
    'mijn zoon, kosten in next sentence':
        "a fee word in the next sentence still makes a son's account a fee (the sentence is not the IBAN's unit yet)",
    'EN student IBAN, invoice elsewhere':
        "an invoice in another paragraph still counts as fee evidence (searched in a window, not the paragraph)",
    'holder without a person (a club), a fee instruction':
        "a holder phrase naming neither a company nor a recognised person ('Sportclub Lede') is taken for a person",
}
PARAMS = [pytest.param(*c, id=c[0],
                       marks=[pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[c[0]])] if c[0] in KNOWN_GAPS else [])
          for c in CASES]


@pytest.mark.parametrize(("case", "text", "iban", "allowed"), PARAMS)
def test_iban_evidence_is_bound_to_the_iban(detect, case: str, text: str, iban: str, allowed: bool) -> None:
    found = [f for f in detect(text) if f.entity_type == "IBAN_CODE"
             and alnum_upper(text[f.start:f.end]) == iban]
    assert len(found) == 1, (case, found)
    assert found[0].allowed is allowed, (case, found[0])
