M = {
    "slug": "mutualite-campagne-diabete",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "prevention campaign with aggregated diabetes prevalence figures, sent to pharmacies' federation",
    "from": "Service Promotion santé - Mutualité Libérale <promotion.sante@ml-example.be>",
    "to": ["communication@apb-example.be"],
    "subject": "Campagne de dépistage du diabète - affiches et chiffres clés",
    "date": "Fri, 03 Apr 2026 11:00:00 +0200",
    "body": """Bonjour Madame Dauvister,

Comme annoncé, notre campagne « Votre glycémie, parlons-en » aura lieu du 4 au 15 mai. Nous
vous remercions de relayer les affiches dans les pharmacies affiliées.

Quelques chiffres issus de nos données agrégées 2025 (membres de 40 ans et plus) :
- 8,2 % de nos membres suivent un traitement antidiabétique ;
- la prévalence atteint 14,5 % chez les 65-74 ans ;
- environ un diabète de type 2 sur trois serait non diagnostiqué selon Sciensano.

Les affiches (formats A3 et A4) peuvent être téléchargées sur notre extranet. Pour toute
question : Clara Gérardy, chargée de projet, 02 542 86 00.

Bien cordialement,

Service Promotion santé - Mutualité Libérale
Rue de Livourne 25 - 1050 Bruxelles
""",
}
