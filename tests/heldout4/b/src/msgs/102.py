M = {
    "slug": "circulaire-elections-communales",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "election circular: procedure, calendar and party list deposit rules, no individual's opinion",
    "from": "Service Élections <elections@spw.wallonie.be>",
    "to": ["secretariat.communal@hannut.be"],
    "cc": ["info@uvcw.be"],
    "subject": "Circulaire relative à l'organisation des élections communales et provinciales - calendrier et dépôt des listes",
    "date": "Mon, 09 Feb 2026 08:30:00 +0100",
    "body": """Aux Collèges communaux des communes de la Région wallonne,

Madame la Bourgmestre, Monsieur le Bourgmestre,
Mesdames et Messieurs les Échevins,

Vous trouverez ci-joint la circulaire relative à l'organisation des prochaines élections
communales et provinciales. Elle précise notamment :

- le calendrier des opérations électorales (période de prudence, convocation des électeurs,
  arrêt de la liste des électeurs) ;
- les modalités de dépôt des actes de présentation des candidats et la protection des
  sigles des partis politiques ;
- les règles de composition des bureaux de vote et de dépouillement ;
- les dispositions relatives au vote électronique et au vote papier ;
- le plafonnement des dépenses électorales des partis et des candidats.

Nous attirons votre attention sur le fait que les présidents de bureau doivent être
désignés au plus tard le 75e jour avant le scrutin. Un modèle de lettre de désignation est
repris en annexe 4 de la circulaire.

Pour toute question, le service Élections de la DGO5 reste joignable au 081 32 37 11 ou
via elections@spw.wallonie.be.

Pour le Ministre des Pouvoirs locaux,

Le Directeur général f.f.
Service public de Wallonie Intérieur et Action sociale
Avenue Gouverneur Bovesse 100 - 5100 Jambes
""",
    "attachments": [{"kind": "pdf", "name": "circulaire-elections-calendrier.pdf", "title": "Circulaire élections - calendrier",
        "blocks": [
            ("h", "Calendrier des opérations électorales"),
            ("p", "Le présent calendrier s'applique à toutes les communes de la Région wallonne, à l'exception des communes de la Communauté germanophone pour les matières qui relèvent de sa compétence."),
            ("table", [["Étape", "Délai", "Acteur"],
                       ["Début de la période de prudence", "J-120", "Partis, candidats"],
                       ["Arrêt de la liste des électeurs", "J-75", "Collège communal"],
                       ["Désignation des présidents de bureau", "J-75", "Président du bureau principal"],
                       ["Dépôt des listes de candidats", "J-45 et J-44", "Déposants"],
                       ["Tirage au sort des numéros de liste", "J-43", "SPW Intérieur"],
                       ["Envoi des convocations", "J-15", "Collège communal"]]),
            ("p", "Les sigles protégés des formations politiques représentées au Parlement wallon sont publiés au Moniteur belge. Aucune autre liste ne peut utiliser un sigle protégé sans l'accord de la formation concernée."),
        ]}],
}
