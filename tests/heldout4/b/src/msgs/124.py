M = {
    "slug": "zone-police-offre-emploi-casier",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "job offer requiring a clean criminal record and aptitude tests; a requirement, not anyone's record",
    "from": "Recrutement - ZP Namur Capitale <recrutement@police-namur.be>",
    "to": ["offres@forem-example.be"],
    "subject": "Publication offre d'emploi - inspecteur·rice de proximité (H/F/X)",
    "date": "Thu, 12 Mar 2026 13:30:00 +0100",
    "body": """Bonjour,

Pouvez-vous publier l'offre ci-dessous sur votre plateforme jusqu'au 30 avril ?

INSPECTEUR·RICE DE PROXIMITÉ - ZP NAMUR CAPITALE (3 postes)

Conditions :
- être titulaire du brevet d'inspecteur de police ou être inscrit à la formation ;
- être de conduite irréprochable et disposer d'un casier judiciaire vierge (extrait
  modèle 1 de moins de trois mois à joindre à la candidature) ;
- réussir l'enquête de moralité et l'épreuve d'aptitude physique et médicale ;
- permis B.

Nous offrons : contrat statutaire, barème INP, allocation de bilinguisme éventuelle,
horaire variable, formations continues.

Candidatures : recrutement@police-namur.be - renseignements : Inspectrice principale
Carine Wauthier, 081 24 66 10.

Merci,
Cellule Recrutement - ZP Namur Capitale
Place du Théâtre 5 - 5000 Namur
""",
}
