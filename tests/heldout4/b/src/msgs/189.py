M = {
    "slug": "defence-exercise-meal-religion-list",
    "lang": "en", "action": "block", "entities": ["ART9_RELIGION"],
    "note": "Belgian Defence sends a foreign catering contractor an XLSX of named soldiers with a 'religion' column for meals",
    "from": "Belgian Defence - Logistics Exercise Cell <log.exercise@mil.be>",
    "to": ["catering.ops@baltic-catering-example.lt"],
    "subject": "Exercise IRON WOLF - meal requirements Belgian detachment",
    "date": "Thu, 11 Jun 2026 16:20:55 +0200",
    "body": """Dear Ms. Jankauskienė,

Please find attached the list of the Belgian detachment arriving in Pabradė on 22 June with
their meal requirements. We added the religion of each soldier where it determines the
diet, as requested by your kitchen manager, so that halal and kosher meals can be prepared
and fasting days respected.

Best regards,

Capt. Sven Moreels
Logistics Exercise Cell - Belgian Defence
Quartier Reine Elisabeth, Rue d'Evere 1, 1140 Brussels
""",
    "attachments": [{"kind": "xlsx", "name": "IRONWOLF_BE_meals.xlsx", "author": "Capt. S. Moreels",
        "sheets": [("Detachment", [
            ["Rank", "Name", "Unit", "Religion", "Meal requirement"],
            ["Sgt", "Youssef Benali", "1/3 Lancers", "Muslim", "Halal"],
            ["Cpl", "Jonathan Levy", "1/3 Lancers", "Jewish", "Kosher"],
            ["Pte", "Pieter Claes", "1/3 Lancers", "Catholic", "No meat on Fridays"],
            ["Lt", "Arjun Patel", "Bn Chasseurs Ardennais", "Hindu", "Vegetarian"],
            ["Pte", "Sarah Dubois", "Bn Chasseurs Ardennais", "-", "Standard"],
        ])]}],
}
