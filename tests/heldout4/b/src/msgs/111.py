M = {
    "slug": "chu-profils-str-filiation",
    "lang": "fr", "action": "block", "entities": ["ART9_GENETIC", "BE_NATIONAL_NUMBER"],
    "note": "CSV export of STR profiles (paternity case) with names and NISS sent to an external lab",
    "from": "Laboratoire de génétique - CHU Saint-Pierre <labo.genetique@stpierre-bru.be>",
    "to": ["reception@genolab-analyses.be"],
    "subject": "Confirmation - dossier de filiation FIL-26-0042",
    "date": "Mon, 23 Feb 2026 15:33:18 +0100",
    "body": """Bonjour,

Comme discuté, je vous envoie l'export des profils STR obtenus pour le dossier de
filiation FIL-26-0042 (père présumé, mère, enfant), pour une contre-expertise sur votre
kit 24 loci. Le rapport préliminaire indique une probabilité de paternité de 99,998 %.

Merci de nous transmettre vos résultats par la plateforme sécurisée habituelle.

Dr Amélie Rousseaux
Biologiste clinique - Laboratoire de génétique moléculaire
CHU Saint-Pierre - Rue Haute 322 - 1000 Bruxelles
""",
    "attachments": [{"kind": "csv", "name": "FIL-26-0042_STR.csv", "sep": ";",
        "rows": [["Rôle", "Nom", "NISS", "D3S1358", "vWA", "FGA", "D8S1179", "D21S11", "D18S51", "TH01", "D13S317"],
                 ["père présumé", "Renard Sébastien", "82.05.14-273.94", "15/17", "16/18", "21/24", "13/14", "29/30.2", "14/17", "6/9.3", "11/12"],
                 ["mère", "Collin Aurélie", "85.11.02-118.35", "14/16", "17/17", "22/23", "12/13", "28/31", "13/15", "7/9", "8/11"],
                 ["enfant", "Collin Noah", "22.07.30-480.33", "15/16", "17/18", "21/22", "13/13", "29/31", "14/15", "6/7", "11/11"]]}],
    "numbers": [("valid", "nn", "82.05.14-273.94"), ("valid", "nn", "85.11.02-118.35"), ("valid", "nn", "22.07.30-480.33")],
}
