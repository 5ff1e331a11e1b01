M = {
    "slug": "ecole-cantine-reseau-veineux",
    "lang": "fr", "action": "block", "entities": ["ART9_BIOMETRIC"],
    "note": "XLSX of named pupils with palm-vein template hashes for canteen access, sent to the catering vendor",
    "from": "Économat - Collège Saint-Benoît <economat@college-stbenoit-example.be>",
    "to": ["installation@palmpay-cantine.eu"],
    "subject": "Enrôlement paume - 2e vague (classes de 1re)",
    "date": "Wed, 08 Apr 2026 16:30:48 +0200",
    "body": """Bonjour Monsieur Fabre,

Voici le fichier des élèves de 1re enrôlés hier sur le lecteur de réseau veineux de la
paume (borne cantine). Pourriez-vous l'importer dans la base de la borne avant la reprise du
20 avril ? Le gabarit est dans la colonne E, tel qu'exporté par la station d'enrôlement.

Merci,

Jean-Luc Pirson
Économe - Collège Saint-Benoît
""",
    "attachments": [{"kind": "xlsx", "name": "enrolement_paume_1re.xlsx", "author": "JL Pirson",
        "sheets": [("1re", [
            ["Classe", "Nom", "Prénom", "Main", "Gabarit réseau veineux (PalmSecure, base64)"],
            ["1A", "Remacle", "Louise", "droite", "UFZUMQEAAAB4nGNgYGBgBGIWBgYmBiYGBhYmIEYxFSMxPjUyUSPi"],
            ["1A", "Haroun", "Adam", "droite", "UFZUMQEAAAB4nGNkYmBkYmZgYGJgYGBiYGJgZGBiYGBgYlFRMjE2"],
            ["1B", "Gillet", "Zoé", "gauche", "UFZUMQEAAAB4nGNgZGBkYGRgZGBkYGRgYmJiYmJgYGBgYGBkMjQy"],
            ["1B", "Morel", "Arthur", "droite", "UFZUMQEAAAB4nGNiYGJgYmJgYmBiYGJgYmRkZGRgZGBkYGRkMTEx"],
        ])]}],
}
