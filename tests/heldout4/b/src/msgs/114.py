M = {
    "slug": "formation-diversite-religieuse",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "training invitation on religious diversity at work; the topic is sensitive but no person's belief is disclosed",
    "from": "Institut de formation de l'administration fédérale <formation@ifa.bosa.fgov.be>",
    "to": ["inscriptions@unia.be"],
    "subject": "Session « Convictions religieuses et philosophiques au travail » - confirmation des dates",
    "date": "Thu, 26 Feb 2026 08:55:10 +0100",
    "body": """Bonjour Madame Debroux,

Nous vous confirmons les trois sessions de la formation « Convictions religieuses et
philosophiques au travail : cadre légal et gestion de situations concrètes » que vos
formateurs animeront pour nos dirigeants :

  - mardi 17 mars 2026, 9h-16h, WTC III, Bruxelles (FR)
  - jeudi 26 mars 2026, 9h-16h, WTC III, Bruxelles (NL)
  - mardi 21 avril 2026, 9h-16h, Centre administratif de Namur (FR)

Contenu convenu : la loi anti-discrimination du 10 mai 2007, le principe de neutralité du
service public, les aménagements raisonnables (jours fériés, prière, alimentation), études
de cas anonymisées. Maximum 16 participants par session.

La facture pourra être adressée à BOSA - IFA, Boulevard Simon Bolivar 30, 1000 Bruxelles,
en mentionnant le bon de commande 4500218733.

Cordialement,

Koen Dierickx
Gestionnaire de formation - IFA / SPF BOSA
02 740 75 50
""",
}
