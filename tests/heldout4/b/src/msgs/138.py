M = {
    "slug": "academie-police-neutralite-politique",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "training programme on political neutrality and freedom of expression of police officers",
    "from": "Académie de police de Namur <formation.continue@acapol-namur.be>",
    "to": ["inscriptions@institut-deontologie-example.be"],
    "subject": "Formation continue « Neutralité politique et devoir de réserve » - programme",
    "date": "Wed, 01 Apr 2026 09:15:00 +0200",
    "body": """Bonjour Monsieur Rasquin,

Voici le programme définitif de la formation que vous animerez le 5 mai prochain :

  09h00  Le devoir de réserve des membres du personnel de police (art. 127 LPI)
  10h30  Appartenance à un parti, mandat politique et incompatibilités : ce que dit le code
         de déontologie
  13h00  Réseaux sociaux : liberté d'expression et opinions politiques des policiers
  14h30  Études de cas (anonymisées) et discussion
  16h00  Évaluation

Public : officiers et inspecteurs principaux des zones de la province de Namur
(20 participants maximum). Lieu : Rue Saint-Donat 3, 5002 Saint-Servais.

Merci de nous transmettre vos supports avant le 20 avril.

Cordialement,

Cellule Formation continue - Académie provinciale de police de Namur
081 72 91 00
""",
}
