M = {
    "slug": "commune-extrait-casier-procedure",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "explains how a citizen obtains a criminal-record extract; procedure only, nothing about the person's record",
    "from": "Service Population - Commune de Waterloo <population@waterloo.be>",
    "to": ["m.vandamme1984@gmail.com"],
    "subject": "RE: extrait de casier judiciaire pour un emploi dans une crèche",
    "date": "Wed, 18 Feb 2026 10:05:33 +0100",
    "body": """Bonjour Madame Vandamme,

Pour un emploi dans un milieu d'accueil de la petite enfance, l'employeur demande un
extrait de casier judiciaire « modèle 2 » (article 596, alinéa 2, du Code d'instruction
criminelle), qui concerne les activités relevant de l'éducation et de l'encadrement de
mineurs.

Vous pouvez l'obtenir gratuitement :
  1. en ligne, via le portail Mon Dossier du SPF Intérieur ou via https://www.just-on-web.be,
     avec votre carte d'identité électronique ou l'application itsme ;
  2. au guichet de l'administration communale (rez-de-chaussée, guichets 4 à 6), sans
     rendez-vous, du lundi au vendredi de 8h30 à 12h, muni de votre carte d'identité.

L'extrait est en principe délivré immédiatement. Si l'employeur exige une traduction,
nous ne pouvons pas la fournir : il faut s'adresser à un traducteur juré.

Bien à vous,

Service Population - Casier judiciaire
Administration communale de Waterloo
Rue François Libert 28 - 1410 Waterloo
02 352 98 11
""",
    "headers": {"In-Reply-To": "<CAF4x9=extr@mail.gmail.com>"},
}
