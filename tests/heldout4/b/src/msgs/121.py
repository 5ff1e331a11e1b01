M = {
    "slug": "cpas-orientation-sexuelle-hebergement",
    "lang": "fr", "action": "block", "entities": ["ART9_SEX_LIFE", "BE_BIS_NUMBER"],
    "note": "CPAS tells a shelter NGO that a named resident is gay and at risk, with his BIS number",
    "from": "Antoine Lejeune <antoine.lejeune@cpas-schaerbeek.brussels>",
    "to": ["accueil@maison-arc-en-ciel-bxl.be"],
    "subject": "Demande de place urgente - jeune homme exclu du centre",
    "date": "Mon, 09 Mar 2026 18:22:51 +0100",
    "body": """Bonjour Sophie,

Je me permets de t'écrire directement car la situation est urgente. Monsieur Ibrahim Touré
(22 ans, numéro BIS 03.46.01-114.76 sur sa carte orange) a dû quitter samedi la structure
d'hébergement collective où il résidait : il y a été agressé après que d'autres résidents ont
appris qu'il est homosexuel et qu'il entretient une relation avec un homme de la commune.

Il est actuellement hébergé à l'hôtel social jusqu'à jeudi. Auriez-vous une place dans
votre logement de transit à partir de cette date ? Le CPAS peut prendre en charge la
participation financière.

Merci d'avance,

Antoine Lejeune
Assistant social - Cellule Urgence sociale
CPAS de Schaerbeek - Boulevard Auguste Reyers 70 - 1030 Schaerbeek
02 240 31 50
""",
    "numbers": [("valid", "bis", "03.46.01-114.76")],
}
