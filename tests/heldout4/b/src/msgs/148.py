M = {
    "slug": "zone-police-entretien-vehicules",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "ordinary fleet maintenance planning with a garage; vehicle plates and order numbers only",
    "from": "Service Logistique - ZP Vesdre <logistique@police-vesdre.be>",
    "to": ["atelier@garage-dethier-verviers-example.be"],
    "subject": "Entretiens programmés - véhicules d'intervention, semaine 17",
    "date": "Wed, 15 Apr 2026 11:30:00 +0200",
    "body": """Bonjour Monsieur Dethier,

Voici les véhicules à prévoir pour l'entretien de la semaine 17, dans le cadre du contrat
cadre ZPV/2024/11 (bon de commande 2026-0412) :

  Lundi 20/04    Škoda Octavia combi   1-XPL-402   entretien 60.000 km + pneus hiver/été
  Mardi 21/04    VW Transporter        1-VRN-118   freins avant, contrôle technique le 28/04
  Jeudi 23/04    Škoda Kodiaq          2-AKD-655   entretien 90.000 km, témoin moteur

Les véhicules seront déposés à 7h30 par notre dispatching et devront être disponibles le
jour même à 17h, sauf accord préalable. Merci de nous envoyer le devis pour les freins
avant intervention.

Cordialement,

Marc Thonon
Gestionnaire de flotte - Service Logistique, Zone de police Vesdre
Rue de la Régence 2 - 4800 Verviers - 087 32 95 00
""",
}
