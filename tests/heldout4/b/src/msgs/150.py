M = {
    "slug": "region-bruxelles-salles-examens-prestataire",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "ordinary logistics with a testing provider: rooms, schedule and numbers of seats",
    "from": "talent.brussels - Sélections <selections@talent.brussels>",
    "to": ["planning@testing-center-example.be"],
    "subject": "Épreuves informatisées du 12 mai - réservation des salles et planning",
    "date": "Fri, 17 Apr 2026 09:00:00 +0200",
    "body": """Bonjour Madame Vervoort,

Pour la sélection comparative « Attaché juriste (m/f/x) » (réf. TB-2026-031), nous vous
confirmons les besoins suivants pour les épreuves informatisées du mardi 12 mai 2026 :

  Session 1 : 9h00-11h30  - 48 postes (FR)
  Session 2 : 13h30-16h00 - 36 postes (NL)

- logiciel d'évaluation : version navigateur sécurisé, comme en mars ;
- deux surveillants par salle, dont un de votre équipe ;
- ouverture des portes 30 minutes avant chaque session.

La liste des candidats convoqués vous sera communiquée via la plateforme de sélection,
pas par e-mail. Merci de nous envoyer votre bon de commande pour validation.

Cordialement,

Nicolas Ghysels
Gestionnaire de sélection - talent.brussels
Rue du Progrès 80 - 1035 Bruxelles - 02 435 15 00
""",
}
