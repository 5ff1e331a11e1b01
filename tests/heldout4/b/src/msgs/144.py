M = {
    "slug": "apd-avis-biometrie-fournisseur",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "general explanation of GDPR rules on biometric access control sent to a vendor; no one's data",
    "from": "Délégué à la protection des données - Province de Luxembourg <dpo@province.luxembourg.be>",
    "to": ["commercial@biotime-benelux-example.com"],
    "subject": "Votre offre de pointeuses biométriques - position du DPO",
    "date": "Thu, 09 Apr 2026 10:05:00 +0200",
    "body": """Monsieur,

Nous avons bien reçu votre offre relative au remplacement de nos pointeuses par des
terminaux à reconnaissance d'empreinte digitale et faciale.

Avant toute décision, je vous informe de la position de la Province :
- les gabarits biométriques sont des données de l'article 9 du RGPD lorsqu'ils servent à
  identifier une personne ; leur traitement exige une base légale spécifique, que nous
  n'avons pas pour un simple contrôle du temps de travail ;
- l'Autorité de protection des données a rappelé en 2021 que le consentement d'un
  travailleur ne peut en principe pas être considéré comme libre ;
- une solution par badge ou par code PIN reste donc notre standard.

Si votre gamme comprend des terminaux sans biométrie, nous sommes disposés à les examiner.

Cordialement,

Sébastien Gérard
Délégué à la protection des données - Province de Luxembourg
Place Léopold 1 - 6700 Arlon - 063 21 22 11
""",
}
