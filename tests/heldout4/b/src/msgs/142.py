M = {
    "slug": "commune-permis-lieu-de-culte",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "public inquiry notice about a permit for a place of worship; applicant is an association, no person's belief",
    "from": "Service Urbanisme - Commune de Verviers <urbanisme@verviers.be>",
    "to": ["annonces@lameuse-example.be"],
    "subject": "Avis d'enquête publique - demande de permis d'urbanisme, rue de Hodimont",
    "date": "Tue, 07 Apr 2026 14:00:00 +0200",
    "body": """Bonjour,

Merci de publier l'avis suivant dans l'édition verviétoise du 10 avril.

AVIS D'ENQUÊTE PUBLIQUE

Le Collège communal fait savoir qu'une demande de permis d'urbanisme a été introduite par
l'ASBL Centre culturel et cultuel de Hodimont (BCE 0689.442.117) pour la transformation d'un
ancien atelier textile en lieu de culte avec salle polyvalente, rue de Hodimont 212.

Le dossier peut être consulté au service Urbanisme (Place du Marché 55) du 13 au 28 avril
2026, les jours ouvrables de 9h à 12h, et le mardi jusqu'à 19h sur rendez-vous.
Les observations écrites peuvent être adressées au Collège communal jusqu'au 28 avril.
Une séance de clôture aura lieu le 28 avril à 11h.

Par le Collège,
Le Directeur général, le Bourgmestre

Service Urbanisme - 087 32 53 11
""",
}
