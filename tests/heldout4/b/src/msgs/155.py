M = {
    "slug": "commune-notaire-composition-menage",
    "lang": "fr", "action": "block", "entities": ["BE_NATIONAL_NUMBER"],
    "note": "population service gives a notary household members' national numbers in spaced and run-together writings",
    "from": "État civil et Population - Commune de Dinant <population@dinant.be>",
    "to": ["etude@notaire-lambert-dinant.be"],
    "subject": "RE: succession Bodart - composition de ménage",
    "date": "Fri, 24 Apr 2026 11:49:03 +0200",
    "in_reply_to": "<etude-2026-441@notaire-lambert-dinant.be>",
    "body": """Maître,

Suite à votre demande dans le cadre de la succession de feu Monsieur Joseph Bodart, voici
la composition du ménage au jour du décès (15 avril 2026), Rue Grande 77, 5500 Dinant :

- BODART Joseph (défunt) - RN 481028 822 95
- BODART-LEMAIRE Germaine (épouse) - RN 54081656746
- BODART Frédéric (fils) - RN 77 03 04 258 96 - n'est plus domicilié à l'adresse
  depuis 2019 (actuellement Rue de la Station 4, 5530 Yvoir).

L'extrait officiel vous parviendra par la voie habituelle.

Bien à vous,

Service Population - Administration communale de Dinant
Rue Grande 112 - 5500 Dinant
""",
    "numbers": [("valid", "nn", "481028 822 95"), ("valid", "nn", "54081656746"), ("valid", "nn", "77 03 04 258 96")],
}
