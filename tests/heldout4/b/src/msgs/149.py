M = {
    "slug": "zone-police-controles-origine-percue",
    "lang": "fr", "action": "block", "entities": ["ART9_ETHNIC_ORIGIN"],
    "note": "TSV of named persons stopped by police with a 'perceived ethnic origin' column, sent to an outside research team",
    "from": "Cellule Analyse - ZP Bruxelles-Ouest <analyse@zpz5340.be>",
    "to": ["equipe.profilage@vub-example.be"],
    "subject": "Projet pilote formulaires de contrôle - extraction semaine 14",
    "date": "Thu, 16 Apr 2026 17:55:09 +0200",
    "body": """Bonjour Professeur Claessens,

Voici l'extraction des formulaires de contrôle d'identité remplis par les équipes
d'intervention pendant la semaine 14, pour votre évaluation du projet pilote. Nous n'avons
pas encore pu pseudonymiser les noms, désolé ; merci de supprimer la colonne après import.

Bonne réception,

Inspecteur principal Jonas Verhaegen
Cellule Analyse stratégique - Zone de police Bruxelles-Ouest
""",
    "attachments": [{"kind": "tsv", "name": "controles_S14.tsv",
        "rows": [["date", "heure", "lieu", "nom", "prénom", "origine ethnique perçue", "motif"],
                 ["2026-03-30", "22:10", "Gare de l'Ouest", "Bakkali", "Anas", "nord-africaine", "contrôle préventif"],
                 ["2026-03-31", "15:40", "Rue Ribaucourt", "Lungu", "Christian", "subsaharienne", "contrôle routier"],
                 ["2026-04-02", "01:25", "Place Communale", "Stan", "Mihai", "rom", "contrôle préventif"],
                 ["2026-04-03", "18:05", "Boulevard Léopold II", "Peeters", "Jens", "européenne blanche", "contrôle routier"]]}],
}
