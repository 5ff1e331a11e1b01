M = {
    "slug": "spf-mobilite-reunion-consultant",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "ordinary scheduling mail with professional contact details only",
    "from": "Hugues Verlinden <hugues.verlinden@mobilit.fgov.be>",
    "to": ["c.deneffe@transport-advisory.eu"],
    "subject": "Étude sur le transport ferroviaire de marchandises - réunion de lancement",
    "date": "Fri, 20 Mar 2026 16:05:41 +0100",
    "body": """Bonjour Madame Deneffe,

Je vous propose de tenir la réunion de lancement de l'étude le mercredi 1er avril à 14h, dans
nos locaux (City Atrium, Rue du Progrès 56, 1210 Bruxelles, salle 7C). Si cette date ne vous
convient pas, le jeudi 2 avril matin est également possible.

Seront présents de notre côté : Mme Ann Vercammen (DG Transport terrestre), M. Olivier
Brasseur (cellule Budget) et moi-même. Pourriez-vous préparer une présentation de
15 minutes sur la méthodologie et le calendrier ?

Les badges visiteurs seront à retirer à l'accueil sur présentation d'une pièce d'identité.

Bien à vous,

Hugues Verlinden
Attaché - DG Transport terrestre
SPF Mobilité et Transports
02 277 31 11 - www.mobilit.belgium.be
""",
}
