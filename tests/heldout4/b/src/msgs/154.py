M = {
    "slug": "hopital-communique-nouvelle-aile",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "hospital press release with a spokesperson's professional contact",
    "from": "Service Presse - HUB Hôpital Universitaire de Bruxelles <presse@hubruxelles.be>",
    "to": ["desk@rtbf-example.be", "redaction@bx1-example.be"],
    "subject": "Communiqué - inauguration du nouveau service des urgences pédiatriques",
    "date": "Thu, 23 Apr 2026 10:00:00 +0200",
    "body": """COMMUNIQUÉ DE PRESSE

Le H.U.B inaugure le 5 mai son nouveau service des urgences pédiatriques

Après deux ans de travaux, le nouveau service des urgences pédiatriques du site Érasme
ouvrira ses portes le 5 mai 2026. Il comptera 18 boxes de consultation, une salle de
déchocage et un circuit distinct pour les enfants accompagnés d'un parent. En 2025, les
urgences pédiatriques ont accueilli 41.200 enfants, soit 9 % de plus qu'en 2024.

Inauguration en présence de la Ministre bruxelloise de la Santé le 5 mai à 11h. La presse
est la bienvenue (accréditation obligatoire).

Contact presse :
Thibault Lefèvre, porte-parole - 02 555 33 40 - 0475 00 00 00 (garde presse)
thibault.lefevre@hubruxelles.be
Route de Lennik 808 - 1070 Anderlecht
""",
}
