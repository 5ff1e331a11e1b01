M = {
    "slug": "onss-liste-travailleurs-syndicat",
    "lang": "fr", "action": "block", "entities": ["BE_NATIONAL_NUMBER", "ART9_TRADE_UNION"],
    "note": "XLSX staff list with NISS and a 'Syndicat' column per named worker, sent to an external social secretariat",
    "from": "Inspection ONSS - Charleroi <inspection.charleroi@onss.fgov.be>",
    "to": ["dossiers.employeurs@partena-secretariat.be"],
    "subject": "Contrôle employeur 0452.118.903 - liste du personnel à compléter",
    "date": "Wed, 11 Feb 2026 14:02:51 +0100",
    "body": """Bonjour Madame Lemaire,

Dans le cadre du contrôle en cours auprès de votre affilié (SRL Transports Hainaut Fret,
BCE 0452.118.903), je vous transmets en annexe la liste du personnel telle que nous l'avons
reconstituée lors de notre visite du 6 février, avec les informations communiquées par la
délégation syndicale pour le calcul des primes syndicales.

Pourriez-vous vérifier les dates d'entrée et compléter les codes travailleur manquants
(colonne F) ? Un retour pour le 20 février nous permettrait de clôturer le dossier.

Merci d'avance,

Olivier Jacquemin
Inspecteur social
ONSS - Direction de l'inspection, bureau de Charleroi
Boulevard Tirou 185 - 6000 Charleroi
""",
    "attachments": [{"kind": "xlsx", "name": "THF_personnel_controle_2026.xlsx", "author": "O. Jacquemin",
        "sheets": [("Personnel", [
            ["Nom", "Prénom", "NISS", "Date d'entrée", "Fonction", "Code travailleur", "Syndicat"],
            ["Delcourt", "Fabrice", "74.01.07-995.65", "2011-04-01", "Chauffeur PL", "015", "FGTB - UBT"],
            ["Marchal", "Isabelle", "65.12.26-591.78", "2015-09-14", "Dispatcheuse", "495", "CNE (CSC)"],
            ["Yilmaz", "Murat", "76.11.24-135.42", "2019-02-01", "Chauffeur PL", "", "FGTB - UBT"],
            ["Dupuis", "Marc", "61.08.01-316.21", "2008-06-16", "Mécanicien", "015", "non affilié"],
            ["Vanhoutte", "Sandra", "55.10.18-134.66", "2003-01-06", "Comptable", "495", "CGSLB"],
        ])]}],
    "numbers": [("valid", "nn", "74.01.07-995.65"), ("valid", "nn", "65.12.26-591.78"), ("valid", "nn", "76.11.24-135.42"),
                ("valid", "nn", "61.08.01-316.21"), ("valid", "nn", "55.10.18-134.66")],
}
