M = {
    "slug": "mutualite-incapacite-hernie",
    "lang": "fr", "action": "block", "entities": ["ART9_HEALTH"],
    "note": "mutuality tells the employer the diagnosis and treatment behind a member's sick leave",
    "from": "Service Indemnités <indemnites.liege@solidaris-wallonie.be>",
    "to": ["rh@menuiserie-collard.be"],
    "subject": "Reprise du travail de M. Thierry Masset",
    "date": "Fri, 13 Feb 2026 09:21:40 +0100",
    "body": """Madame,

Nous faisons suite à votre courriel du 10 février concernant votre ouvrier, Monsieur Thierry
Masset, en incapacité de travail depuis le 5 janvier 2026.

Notre médecin-conseil l'a revu en consultation le 11 février. Monsieur Masset a été opéré
d'une hernie discale L4-L5 le 19 janvier et suit actuellement une revalidation en
kinésithérapie trois fois par semaine. Compte tenu de la nature de son poste (port de
charges), une reprise à temps plein n'est pas envisageable avant fin mars ; une reprise
progressive à mi-temps pourrait être autorisée à partir du 2 mars, avec éviction des
charges de plus de 10 kg.

Nous vous invitons à prendre contact avec votre service externe de prévention pour
l'évaluation du poste de travail adapté.

Avec nos salutations distinguées,

Service Indemnités - Solidaris Liège
Rue Douffet 36 - 4020 Liège
""",
}
