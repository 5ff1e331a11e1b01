M = {
    "slug": "spf-justice-devis-traduction-brochure",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "ordinary request for a translation quote; document, word count and deadline only",
    "from": "Service Communication - SPF Justice <communication@just.fgov.be>",
    "to": ["devis@traductions-babel-example.be"],
    "subject": "Demande de devis - traduction brochure « La médiation » (FR > NL, DE, EN)",
    "date": "Wed, 29 Apr 2026 16:00:00 +0200",
    "body": """Madame, Monsieur,

Dans le cadre de l'accord-cadre FOD-JUST-2025-TRAD, nous souhaitons recevoir un devis pour
la traduction de la brochure grand public « La médiation : une autre façon de régler un
conflit ».

  Langue source : français
  Langues cibles : néerlandais, allemand, anglais
  Volume : 6.840 mots (fichier InDesign exporté en DOCX)
  Délai souhaité : 29 mai 2026
  Relecture : par nos juristes pour le NL et le DE

Merci de préciser le prix par mot, les frais de mise en page éventuels et le délai de
livraison par langue. Le fichier source sera transmis après acceptation du devis.

Cordialement,

Sarah Van Hecke
Chargée de communication - SPF Justice
Boulevard de Waterloo 115 - 1000 Bruxelles - 02 542 65 11
""",
    "attachments": [{"kind": "xlsx", "name": "demande_devis_traduction.xlsx", "author": "S. Van Hecke",
        "sheets": [("Devis", [
            ["Langue cible", "Mots", "Prix/mot (EUR)", "Mise en page", "Délai (jours ouvrables)"],
            ["NL", 6840, "", "", ""],
            ["DE", 6840, "", "", ""],
            ["EN", 6840, "", "", ""],
        ])]}],
}
