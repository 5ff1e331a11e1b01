M = {
    "slug": "hopital-facture-formation-entreprise",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "hospital invoice to a company for a first-aid course: hospital's own IBAN and enterprise number",
    "from": "Comptabilité clients - CHR Haute Senne <comptabilite@chrhautesenne.be>",
    "to": ["factures@logistique-soignies-example.be"],
    "subject": "Facture FC-2026-0119 - formation secourisme en entreprise",
    "date": "Mon, 13 Apr 2026 09:45:00 +0200",
    "body": """Madame, Monsieur,

Veuillez trouver ci-dessous le détail de la facture FC-2026-0119 (formation « Secouriste
en entreprise », 2 journées, 12 participants, 18 et 19 mars 2026).

  Montant HTVA :        2.160,00 EUR
  TVA (exonéré, art. 44 §2 4°) : 0,00 EUR
  Total :               2.160,00 EUR

Merci d'effectuer le paiement sur le compte du CHR Haute Senne :
  IBAN BE87 3632 4501 7794 - BIC BBRUBEBB
  Communication : FC-2026-0119

CHR Haute Senne ASBL - Chaussée de Braine 49 - 7060 Soignies
BCE 0644.876.520 - TVA BE 0644.876.520

Service Comptabilité clients - 067 34 84 11
""",
    "numbers": [("org", "iban", "BE87 3632 4501 7794")],
}
