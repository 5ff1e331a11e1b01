M = {
    "slug": "plan-diversite-origine-personnel",
    "lang": "fr", "action": "block", "entities": ["ART9_ETHNIC_ORIGIN"],
    "note": "XLSX per named employee with an 'origine' column sent to an external diversity consultant",
    "from": "Cellule Diversité - Bruxelles Propreté <diversite@arp-gan.brussels>",
    "to": ["projets@diversity-consult.be"],
    "subject": "Plan diversité 2026 - fichier du personnel d'encadrement",
    "date": "Tue, 17 Mar 2026 15:44:12 +0100",
    "body": """Bonjour Madame Nkemba,

Comme convenu pour le diagnostic du plan diversité, voici le fichier des chefs d'équipe et
contremaîtres avec l'origine que nous avons relevée lors de l'enquête interne de janvier.
Cela vous permettra de croiser avec les promotions des cinq dernières années.

Bonne réception,

Rachid Lamrani
Chargé de projet diversité
Bruxelles-Propreté - Avenue de Broqueville 12 - 1150 Bruxelles
""",
    "attachments": [{"kind": "xlsx", "name": "encadrement_origine_2026.xlsx", "author": "R. Lamrani",
        "sheets": [("Encadrement", [
            ["Nom", "Prénom", "Fonction", "Dépôt", "Origine", "Promotion (année)"],
            ["Azzouzi", "Mohamed", "Chef d'équipe", "Haren", "marocaine", 2021],
            ["Janssens", "Kris", "Contremaître", "Anderlecht", "belge", 2019],
            ["Mbala", "Patrick", "Chef d'équipe", "Haren", "congolaise (RDC)", 2023],
            ["Öztürk", "Serkan", "Chef d'équipe", "Forest", "turque", 2022],
            ["Dubois", "Nathalie", "Contremaître", "Forest", "belge", 2020],
            ["Wiśniewski", "Marek", "Chef d'équipe", "Anderlecht", "polonaise", 2024],
        ])]}],
}
