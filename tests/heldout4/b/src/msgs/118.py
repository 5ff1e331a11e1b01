M = {
    "slug": "onem-modele-formulaire-vierge",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "blank form template with empty field labels (NISS, IBAN, motif) and no values",
    "from": "Service Communication ONEM <communication@onem.be>",
    "to": ["formation@sd-worx-example.be"],
    "subject": "Modèle de formulaire C3.2-EMPLOYEUR (version 2026) pour votre module e-learning",
    "date": "Wed, 04 Mar 2026 15:20:45 +0100",
    "body": """Bonjour Monsieur Claes,

Comme demandé, voici le modèle vierge du formulaire C3.2-EMPLOYEUR (chômage temporaire) que
vous pouvez reproduire dans votre module e-learning destiné aux gestionnaires de paie.
Merci d'y laisser la mention « spécimen » en filigrane.

Pour rappel, les champs à compléter par l'employeur sont repris ci-dessous (version texte) :

  Nom et prénom du travailleur : ______________________________
  NISS : __ __ . __ __ . __ __ - __ __ __ . __ __
  Numéro de compte (IBAN) : BE__ ____ ____ ____
  Motif du chômage temporaire : [ ] force majeure [ ] raisons économiques [ ] intempéries
  Période : du __/__/____ au __/__/____

Le formulaire officiel et ses instructions sont publiés sur www.onem.be, rubrique
« Formulaires ».

Cordialement,

Service Communication ONEM
Boulevard de l'Empereur 7 - 1000 Bruxelles
""",
    "attachments": [{"kind": "odt", "name": "C32_employeur_specimen.odt",
        "blocks": [
            ("h", "Formulaire C3.2-EMPLOYEUR - SPÉCIMEN"),
            ("p", "Cadre 1 - Identification de l'employeur"),
            ("table", [["Champ", "Valeur"], ["Dénomination", ""], ["Numéro BCE", ""], ["Numéro ONSS", ""]]),
            ("p", "Cadre 2 - Identification du travailleur"),
            ("table", [["Champ", "Valeur"], ["Nom et prénom", ""], ["NISS", ""], ["IBAN", ""], ["Motif", ""]]),
            ("p", "Ce document est un modèle sans valeur officielle."),
        ]}],
}
