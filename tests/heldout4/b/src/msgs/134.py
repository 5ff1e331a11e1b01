M = {
    "slug": "spf-emploi-taux-syndicalisation",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "aggregated union density by sector sent to a university; no person",
    "from": "Direction Recherche - SPF Emploi <recherche@emploi.belgique.be>",
    "to": ["jf.lecocq@uliege.be"],
    "subject": "Taux de syndicalisation par secteur - tableau pour votre article",
    "date": "Thu, 26 Mar 2026 10:12:00 +0100",
    "body": """Monsieur le Professeur,

Voici les estimations du taux de syndicalisation que nous utilisons dans le rapport annuel
sur la concertation sociale. Elles sont établies à partir des données agrégées transmises
par les trois organisations syndicales représentatives et de l'emploi salarié ONSS.

  Secteur                       2023    2024    2025
  Industrie manufacturière      63 %    62 %    61 %
  Construction                  58 %    57 %    57 %
  Commerce                      41 %    40 %    40 %
  Secteur public                54 %    53 %    53 %
  Enseignement                  47 %    47 %    46 %
  Ensemble des salariés         49 %    49 %    48 %

Ces chiffres sont publics (rapport disponible sur emploi.belgique.be).

Bien cordialement,

Ilse Wouters
Direction générale Relations collectives de travail
SPF Emploi, Travail et Concertation sociale - Rue Ernest Blerot 1 - 1070 Bruxelles
""",
}
