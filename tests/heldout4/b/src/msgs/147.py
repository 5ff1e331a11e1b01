M = {
    "slug": "parquet-victime-agression-sexuelle",
    "lang": "fr", "action": "block", "entities": ["ART9_SEX_LIFE", "ART10_CRIMINAL", "ART9_HEALTH"],
    "note": "victim-assistance mail to a private counselling practice describing a sexual assault, the victim's sex life, her referral for psychological care and the suspect",
    "from": "Service d'accueil des victimes - Parquet de Namur <accueil.victimes.namur@just.fgov.be>",
    "to": ["cabinet@psy-meuse-example.be"],
    "subject": "Orientation - prise en charge psychologique de Mme C. Jadot",
    "date": "Tue, 14 Apr 2026 15:27:40 +0200",
    "body": """Madame Grégoire,

Je vous oriente Madame Céline Jadot (29 ans), avec son accord, pour une prise en charge
psychologique. Madame Jadot a déposé plainte le 2 avril pour un viol commis lors d'une
soirée par une connaissance, Monsieur Kévin Materne, qui a été placé sous mandat d'arrêt le
8 avril. Elle a expliqué aux enquêteurs qu'elle n'avait jamais eu de relations sexuelles
avant les faits et qu'elle vit depuis deux ans en couple avec une femme, ce qui rend la
confrontation avec sa famille particulièrement difficile.

L'audition vidéo filmée est prévue le 21 avril ; un premier rendez-vous avant cette date
serait idéal.

Cordialement,

Anne-Sophie Wéry
Assistante de justice - Service d'accueil des victimes
Parquet du Procureur du Roi de Namur - Place du Palais de Justice 4 - 5000 Namur
""",
}
