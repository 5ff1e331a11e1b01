M = {
    "slug": "ibsa-statistiques-origine-agregees",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "aggregated population counts by nationality of origin per commune, sent to a researcher",
    "from": "IBSA - Institut bruxellois de statistique et d'analyse <ibsa@perspective.brussels>",
    "to": ["m.deschamps@ulb.be"],
    "subject": "Votre demande - population par origine et par commune (1er janvier 2025)",
    "date": "Wed, 18 Mar 2026 09:27:35 +0100",
    "body": """Madame Deschamps,

En réponse à votre demande du 9 mars, vous trouverez ci-joint le tableau de la population
bruxelloise au 1er janvier 2025, ventilée par groupe d'origine (nationalité à la naissance
de la personne ou de ses parents) et par commune. Les chiffres proviennent de Statbel
(indicateur « origine ») et sont arrondis à la dizaine.

Ce tableau est diffusable ; merci de citer la source : « Statbel, calculs IBSA ».

Bien cordialement,

Pierre Vanderlinden
Statisticien - IBSA
Rue de Namur 59 - 1000 Bruxelles
""",
    "attachments": [{"kind": "csv", "name": "population_origine_commune_2025.csv", "sep": ";", "bom": True,
        "rows": [["Commune", "Belge d'origine belge", "Belge d'origine UE", "Belge d'origine non UE", "Non-Belge UE", "Non-Belge non UE"],
                 ["Anderlecht", "14 320", "9 870", "45 610", "16 240", "12 400"],
                 ["Etterbeek", "9 410", "5 230", "6 980", "16 720", "5 110"],
                 ["Molenbeek-Saint-Jean", "8 970", "5 120", "52 360", "8 850", "22 160"],
                 ["Uccle", "30 260", "9 340", "10 520", "20 410", "6 090"],
                 ["Woluwe-Saint-Pierre", "17 650", "5 280", "4 230", "12 700", "2 380"]]}],
}
