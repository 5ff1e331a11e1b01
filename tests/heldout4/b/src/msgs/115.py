M = {
    "slug": "ecole-choix-cours-religion",
    "lang": "fr", "action": "block", "entities": ["ART9_RELIGION"],
    "note": "school sends an XLSX of named pupils with their chosen religion course (reveals belief) to a bus/trip operator",
    "from": "Direction - Athénée Royal de Huy <direction@arhuy.be>",
    "to": ["reservations@voyages-leonard.be"],
    "subject": "Sortie du 20 mars - répartition des élèves par cours philosophique",
    "date": "Fri, 27 Feb 2026 14:47:29 +0100",
    "body": """Bonjour Monsieur Léonard,

Pour la journée du 20 mars, les élèves de 3e secondaire seront répartis en trois groupes
selon le cours philosophique qu'ils suivent (visite de la cathédrale de Liège, de la
mosquée Al-Ihsane et de la Maison de la Laïcité). Vous trouverez la liste nominative en
annexe afin de préparer les trois cars.

Merci de confirmer les horaires de départ.

Bien cordialement,

Véronique Halleux
Directrice - Athénée Royal de Huy
Avenue Delchambre 9 - 4500 Huy
""",
    "attachments": [{"kind": "xlsx", "name": "3e_repartition_cours_philo.xlsx", "author": "V. Halleux",
        "sheets": [("3e secondaire", [
            ["Classe", "Nom", "Prénom", "Cours de religion / morale", "Car"],
            ["3A", "Benmoussa", "Inès", "Religion islamique", "2"],
            ["3A", "Degrève", "Lucas", "Religion catholique", "1"],
            ["3A", "Schmitz", "Emma", "Morale non confessionnelle", "3"],
            ["3B", "Kaya", "Elif", "Religion islamique", "2"],
            ["3B", "Petrov", "Nikolaï", "Religion orthodoxe", "1"],
            ["3B", "Jacob", "Manon", "Religion protestante", "1"],
            ["3B", "Lambert", "Hugo", "Morale non confessionnelle", "3"],
        ])]}],
}
