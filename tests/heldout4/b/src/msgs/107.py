M = {
    "slug": "police-suspect-cambriolages",
    "lang": "fr", "action": "block", "entities": ["ART10_CRIMINAL"],
    "note": "police zone describes a named suspect of burglaries and his prior conviction to a private security company",
    "from": "Inspecteur principal Laurent Gérard <laurent.gerard@police-mons-quevy.be>",
    "to": ["exploitation@securitas-hainaut.be"],
    "subject": "Vols dans les dépôts du zoning - individu à surveiller",
    "date": "Tue, 17 Feb 2026 16:40:12 +0100",
    "body": """Bonjour Monsieur Hublet,

Suite à notre réunion de lundi concernant la série de vols dans les dépôts du zoning de
Ghlin-Baudour, je vous confirme que l'enquête s'oriente vers Monsieur Jordan Leclercq
(32 ans, domicilié à Jemappes). Il a été aperçu à deux reprises près de l'entrepôt Colruyt
et est suspecté d'avoir participé aux vols avec effraction des 3 et 9 février.

Pour votre information, l'intéressé a déjà été condamné en 2022 par le tribunal
correctionnel de Mons à 18 mois avec sursis pour des faits similaires.

Merci de demander à vos agents de signaler immédiatement au dispatching toute présence de
cette personne sur les sites que vous gardez, sans intervenir eux-mêmes.

Cordialement,

INP Laurent Gérard
Service de recherche locale - ZP Mons-Quévy
Rue de la Grande Triperie 13 - 7000 Mons
065 39 46 00
""",
}
