M = {
    "slug": "fedris-formulaire-accident-vierge",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "blank accident-at-work declaration form (PDF with empty fields for diagnosis, NISS, IBAN) sent to an insurer",
    "from": "Fedris - Service Information <info@fedris.be>",
    "to": ["sinistres.at@ethias-example.be"],
    "subject": "Nouveau modèle de déclaration d'accident du travail (secteur public) - version 2026",
    "date": "Mon, 04 May 2026 10:20:00 +0200",
    "body": """Madame, Monsieur,

Nous vous adressons le nouveau modèle de déclaration d'accident du travail pour le secteur
public, applicable à partir du 1er juin 2026. Les principales modifications portent sur la
rubrique « lésions » (codification ESAW) et la suppression du volet papier du certificat
médical.

Le modèle est fourni à titre informatif ; les déclarations doivent être introduites par
voie électronique.

Fedris - Agence fédérale des risques professionnels
Avenue de l'Astronomie 1 - 1210 Bruxelles
""",
    "attachments": [{"kind": "pdf", "name": "declaration_AT_secteur_public_2026_vierge.pdf", "title": "Déclaration d'accident - modèle",
        "blocks": [
            ("h", "Déclaration d'accident du travail - secteur public (modèle vierge)"),
            ("table", [["Rubrique", "À compléter"],
                       ["Nom et prénom de la victime", ""],
                       ["NISS", ".. .. .. - ... . .."],
                       ["Numéro de compte (IBAN)", "BE.. .... .... ...."],
                       ["Date et heure de l'accident", ""],
                       ["Description des lésions (code ESAW)", ""],
                       ["Nature du traitement / incapacité prévue", ""],
                       ["Témoins", ""]]),
            ("p", "Le certificat médical est joint par le médecin via la plateforme électronique. Ce modèle ne peut pas être utilisé comme déclaration."),
        ]}],
}
