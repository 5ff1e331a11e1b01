M = {
    "slug": "cgra-recit-orientation-sexuelle-avocat",
    "lang": "fr", "action": "block", "entities": ["ART9_SEX_LIFE", "ART9_ETHNIC_ORIGIN"],
    "note": "asylum caseworker summarises to an NGO a named applicant's sexual orientation and ethnic group as persecution grounds",
    "from": "Officier de protection <officier.protection@cgra.be>",
    "to": ["juridique@cire-example.be"],
    "subject": "Demande de documents complémentaires - M. Emmanuel Okafor",
    "date": "Tue, 28 Apr 2026 14:17:44 +0200",
    "body": """Madame,

Dans le cadre de la demande de protection internationale de Monsieur Emmanuel Okafor, que
votre association accompagne, je vous informe que l'audition du 21 avril a porté sur les
motifs suivants :

- son orientation sexuelle : Monsieur Okafor déclare être homosexuel et avoir entretenu
  une relation de quatre ans avec un homme à Enugu, relation découverte par sa famille en
  2024 ;
- son appartenance à l'ethnie igbo, qu'il invoque comme facteur aggravant des menaces
  reçues dans son quartier de Lagos.

Afin de compléter le dossier, pourriez-vous nous transmettre avant le 15 mai les
attestations de l'association LGBTQI+ qu'il fréquente à Liège, ainsi que les lettres de
témoins mentionnées lors de l'audition ?

Cordialement,

Officier de protection - Section Afrique de l'Ouest
""",
}
