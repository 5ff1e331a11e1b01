M = {
    "slug": "onss-rappel-dmfa-trimestre",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "ordinary reminder of quarterly declaration deadlines with the institution's own account and enterprise numbers",
    "from": "ONSS - Service Employeurs <employeurs@onss.fgov.be>",
    "to": ["newsletter@secretariats-sociaux-example.be"],
    "subject": "Rappel - échéances DmfA du 1er trimestre 2026",
    "date": "Tue, 21 Apr 2026 08:00:00 +0200",
    "body": """Madame, Monsieur,

Nous vous rappelons que la déclaration multifonctionnelle (DmfA) relative au 1er trimestre
2026 doit parvenir à l'ONSS au plus tard le 30 avril 2026.

Les cotisations dues pour ce trimestre doivent être versées au plus tard le 30 avril sur le
compte de l'ONSS, en mentionnant le numéro d'employeur et la référence du trimestre. Les
provisions mensuelles restent dues le 5 de chaque mois.

Nouveautés du trimestre :
- nouvelle valeur de la réduction structurelle (paramètre F) ;
- code travailleur 496 pour les flexi-jobs dans le secteur des soins.

Les instructions administratives sont disponibles sur le portail de la sécurité sociale.

ONSS - Place Victor Horta 11 - 1060 Bruxelles
BCE 0206.731.645
""",
}
