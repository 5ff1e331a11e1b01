M = {
    "slug": "ecole-classe-verte-autocariste",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "ordinary trip logistics: pupil counts, times and the teachers' professional phone numbers",
    "from": "Secrétariat - École communale de Jambes <ecole.jambes@ville.namur.be>",
    "to": ["planning@autocars-meuse-example.be"],
    "subject": "Classe verte à Han-sur-Lesse - confirmation transport 11 au 15 mai",
    "date": "Mon, 27 Apr 2026 08:35:21 +0200",
    "body": """Bonjour Monsieur Wilmet,

Je vous confirme la réservation pour la classe verte des élèves de 5e et 6e primaire :

  Aller : lundi 11 mai, départ 8h30 de l'école (Rue de Dave 35, Jambes)
  Retour : vendredi 15 mai, départ 14h00 du Domaine des Grottes, arrivée vers 15h30
  Participants : 44 élèves et 4 accompagnants

Les enseignantes responsables sont Mme Florence Baudoin (0471 00 00 00, numéro de l'école
pour les sorties) et Mme Sarah Lallemand. Merci de prévoir un car avec ceintures de sécurité
et soutes pour les bagages.

La facture peut être adressée à la Ville de Namur, service Enseignement, avec la référence
de bon de commande BC-ENS-2026-118.

Merci et bonne journée,

Secrétariat - École communale de Jambes
081 24 86 40
""",
}
