M = dict(
    slug="cpas-garantie-locative",
    lang="fr", action="block", entities=["BE_NATIONAL_NUMBER", "IBAN_CODE"],
    note="CPAS sends a beneficiary's NISS and personal IBAN to a private rental agency",
    **{"from": "Nathalie Dewandre <n.dewandre@cpas-seraing.be>"},
    to=["gestion@immo-meuse-location.be"],
    subject="Garantie locative - dossier 2026/GL/0117",
    date="Tue, 03 Feb 2026 10:14:22 +0100",
    body="""Madame, Monsieur,

Suite à notre entretien téléphonique de ce matin, je vous confirme que le CPAS de Seraing
prend en charge la garantie locative de Monsieur Karim Bensaïd pour le logement situé
rue des Écoles 14, bte 2, à 4100 Seraing (bail débutant le 1er mars 2026).

Pour l'établissement de la convention de garantie bancaire, voici les données demandées :

  Nom : BENSAÏD Karim
  N° de registre national : 87.03.20-694.69
  Compte du locataire (remboursement du solde en fin de bail) : BE84 7518 2533 6159

Le montant de la garantie (2 mois de loyer, soit 1.180,00 EUR) sera versé directement sur le
compte bloqué dès réception de la convention signée.

Je reste à votre disposition pour toute question.

Bien cordialement,

Nathalie Dewandre
Assistante sociale - Service Logement
CPAS de Seraing
Rue Renaud Strivay 44 - 4100 Seraing
04 336 75 12
""",
    numbers=[("valid", "nn", "87.03.20-694.69"), ("valid", "iban", "BE84 7518 2533 6159")],
)
