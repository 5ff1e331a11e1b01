M = {
    "slug": "conseil-communal-ordre-du-jour",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "council agenda listing councillors with their party groups: public mandates, not opinions of private persons",
    "from": "Secrétariat du Conseil - Ville de Namur <conseil.communal@ville.namur.be>",
    "to": ["redaction.namur@lavenir.net", "contact@canalzoom.be"],
    "subject": "Conseil communal du 3 mars 2026 - ordre du jour (séance publique)",
    "date": "Tue, 24 Feb 2026 17:15:00 +0100",
    "body": """Madame, Monsieur,

Veuillez trouver ci-dessous l'ordre du jour de la séance publique du Conseil communal du
mardi 3 mars 2026 à 19h30, salle du Conseil, Hôtel de Ville.

SÉANCE PUBLIQUE
1. Approbation du procès-verbal de la séance du 3 février 2026
2. Budget 2026 - modification budgétaire n° 1 (rapporteur : M. Pierre Lhoste, échevin des
   Finances, groupe Les Engagés)
3. Plan de mobilité - zone 30 au centre-ville (interpellation de Mme Clarisse Dewolf,
   conseillère communale, groupe Ecolo)
4. Motion relative au maintien du bureau de poste de Jambes (déposée par le groupe PS,
   Mme Anne Dufrasne, cheffe de groupe)
5. Marché de services - entretien des espaces verts - approbation des conditions
6. Questions orales des conseillers (M. Julien Ponsard, groupe MR ; Mme Leïla Benali,
   groupe PTB)

La séance est retransmise en direct sur le site de la Ville.

Le Directeur général,
Secrétariat du Conseil communal - Hôtel de Ville, 5000 Namur
081 24 60 00
""",
}
