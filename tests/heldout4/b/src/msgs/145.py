M = {
    "slug": "cpas-candidat-fiche-affiliation-politique",
    "lang": "fr", "action": "block", "entities": ["ART9_POLITICAL_OPINION"],
    "note": "candidate evaluation form with 'Affiliation politique' and 'Intention de vote' lines for a non-elected applicant, sent to a recruiter",
    "from": "Secrétariat du Président - CPAS de Charleroi <presidence@cpascharleroi.be>",
    "to": ["selection@hr-consult-wallonie.be"],
    "subject": "Fiche candidat - poste de directeur financier",
    "date": "Fri, 10 Apr 2026 12:12:12 +0200",
    "body": """Bonjour Madame Bertrand,

Comme convenu, voici la fiche remplie après l'entretien informel avec le candidat. Je vous
laisse la compléter avec les résultats des tests.

FICHE CANDIDAT
Nom : Delbrouck
Prénom : Stéphane
Poste visé : Directeur financier
Expérience : 12 ans (secteur bancaire, puis intercommunale)
Affiliation politique : membre du MR (section de Gosselies), non élu
Intention de vote exprimée : MR aux prochaines élections communales
Disponibilité : 1er juillet 2026
Appréciation : très bon profil technique

Merci de ne pas diffuser cette fiche au-delà du jury.

Bien à vous,

Secrétariat du Président - CPAS de Charleroi
Boulevard Joseph II 13 - 6000 Charleroi
""",
}
