M = {
    "slug": "spw-cotisations-syndicales-paie",
    "lang": "fr", "action": "block", "entities": ["ART9_TRADE_UNION", "IBAN_CODE", "BE_NATIONAL_NUMBER"],
    "note": "CSV for the payroll provider with union, personal IBAN and NISS per named employee for union-dues deduction",
    "from": "Direction de la Gestion pécuniaire - SPW <paie.dgp@spw.wallonie.be>",
    "to": ["integration.clients@payroll-services-example.be"],
    "subject": "Retenues cotisations syndicales - fichier avril 2026",
    "date": "Mon, 20 Apr 2026 10:22:31 +0200",
    "body": """Bonjour,

Voici le fichier mensuel des retenues de cotisations syndicales sur traitement à intégrer
dans le calcul de la paie d'avril. Trois nouvelles demandes de retenue ont été signées ce
mois-ci (lignes 3 à 5). Le remboursement du trop-perçu de mars se fera sur le compte
personnel indiqué.

Merci de confirmer l'intégration.

Fabienne Lallemand
Gestionnaire de dossiers - Direction de la Gestion pécuniaire
SPW Support - Place Joséphine-Charlotte 2 - 5100 Jambes
""",
    "attachments": [{"kind": "csv", "name": "retenues_syndicales_2026-04.csv", "sep": ";",
        "rows": [["matricule", "nom", "prénom", "NISS", "organisation syndicale", "montant", "IBAN remboursement"],
                 ["SPW10442", "Leroy", "Benoît", "67092314553", "CGSP", "16,50", ""],
                 ["SPW11873", "Dumont", "Chantal", "58021140215", "SLFP", "14,00", "BE50 0634 4129 0118"],
                 ["SPW12290", "Ndiaye", "Fatou", "91123061196", "CSC Services publics", "15,20", ""],
                 ["SPW12301", "Hermans", "Luc", "61072619366", "CGSP", "16,50", "BE65 0012 2334 4596"],
                 ["SPW12355", "Maes", "Katrien", "06051731841", "CSC Services publics", "15,20", ""]]}],
    "numbers": [("valid", "nn", "67092314553"), ("valid", "nn", "58021140215"), ("valid", "nn", "91123061196"),
                ("valid", "nn", "61072619366"), ("valid", "nn", "06051731841"),
                ("valid", "iban", "BE50 0634 4129 0118"), ("valid", "iban", "BE65 0012 2334 4596")],
}
