M = {
    "slug": "smals-jeu-test-niss-invalides",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "test data set for a software vendor: NISS-shaped numbers whose check digits deliberately fail",
    "from": "Équipe Qualité - Intégration <qa.integration@smals-example.be>",
    "to": ["dev-team@softdev-logiciels.be"],
    "subject": "Jeu de données de test pour la validation du champ NISS",
    "date": "Mon, 16 Mar 2026 10:31:00 +0100",
    "body": """Bonjour Julien,

Pour les tests de non-régression du formulaire d'inscription, voici les valeurs à utiliser
dans le cas « NISS refusé ». Ce sont des numéros fictifs dont le chiffre de contrôle est
volontairement faux : l'application doit afficher le message d'erreur E-104.

  85.07.30-033.27   (contrôle décalé d'une unité)
  71031512345       (sans séparateurs)
  92 11 27 033 86   (avec espaces)

Pour le cas « NISS accepté », merci d'utiliser exclusivement les numéros générés par
l'outil de test interne, jamais des numéros réels.

Le ticket correspondant est QA-2291.

Bonne journée,

Caroline Stassart
Test analyst - Équipe Qualité
""",
    "numbers": [("invalid", "nn", "85.07.30-033.27"), ("invalid", "nn", "71031512345"), ("invalid", "nn", "92 11 27 033 86")],
}
