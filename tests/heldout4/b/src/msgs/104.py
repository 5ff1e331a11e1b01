M = {
    "slug": "inami-statistiques-incapacite",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "aggregated invalidity statistics by diagnosis group sent to a university; no individual",
    "from": "Service des indemnités - Statistiques <stat.indemnites@inami.fgov.be>",
    "to": ["laurence.piette@uclouvain.be"],
    "subject": "Demande de données - invalidité par groupe de diagnostics (2021-2025)",
    "date": "Thu, 12 Feb 2026 11:47:05 +0100",
    "body": """Chère Professeure Piette,

Comme convenu lors de la réunion du comité d'accompagnement, vous trouverez en pièce jointe
les chiffres agrégés du nombre de titulaires en invalidité au 31 décembre, par groupe de
diagnostics (classification CIM-10), pour les années 2021 à 2025, régime des salariés.

Quelques remarques méthodologiques :
- les cellules inférieures à 10 personnes ont été masquées (« <10 ») ;
- les troubles mentaux et du comportement (F00-F99) restent le premier groupe, suivis des
  maladies du système ostéo-articulaire (M00-M99) ;
- les chiffres 2025 sont provisoires et seront consolidés en juin.

Ces données peuvent être citées avec la mention « Source : INAMI, Service des indemnités ».

Bien à vous,

Sophie Caluwaerts
Attachée - Cellule Statistiques
Service des indemnités, INAMI
Avenue Galilée 5/01 - 1210 Bruxelles
02 739 74 11
""",
    "attachments": [{"kind": "pdf", "name": "invalidite_diagnostics_2021_2025.pdf", "title": "Invalidité par groupe de diagnostics",
        "blocks": [
            ("h", "Titulaires en invalidité au 31/12 par groupe de diagnostics - salariés"),
            ("table", [["Groupe CIM-10", "2021", "2022", "2023", "2024", "2025 (prov.)"],
                       ["F00-F99 Troubles mentaux", "168.412", "176.903", "183.120", "190.544", "196.010"],
                       ["M00-M99 Système ostéo-articulaire", "127.850", "131.204", "134.877", "137.330", "139.615"],
                       ["G00-G99 Système nerveux", "21.004", "21.690", "22.315", "22.908", "23.401"],
                       ["I00-I99 Appareil circulatoire", "17.322", "17.511", "17.790", "18.026", "18.240"],
                       ["C00-D48 Tumeurs", "15.880", "16.207", "16.655", "17.012", "17.380"],
                       ["Autres", "42.610", "43.598", "44.120", "44.893", "45.502"]]),
            ("p", "Source : INAMI, Service des indemnités. Données agrégées, sans données à caractère personnel."),
        ]}],
}
