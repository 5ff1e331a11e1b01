M = {
    "slug": "spf-finances-migration-messagerie",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "ordinary IT project minutes with attendees, dates and ticket numbers",
    "from": "Bureau de projet ICT - SPF Finances <pmo.ict@minfin.fed.be>",
    "to": ["project.office@it-partners-belux.com"],
    "cc": ["n.vandenbroeck@it-partners-belux.com"],
    "subject": "Compte rendu - comité de pilotage migration messagerie (sprint 14)",
    "date": "Mon, 30 Mar 2026 17:20:00 +0200",
    "body": """Bonjour à tous,

Compte rendu du comité de pilotage du 27 mars 2026.

Présents : Thomas Geldof (SPF Finances, chef de projet), Nele Vandenbroeck (IT Partners,
delivery manager), Karim Saïdi (SPF Finances, sécurité), Ludovic Poncelet (IT Partners,
architecte).

1. Avancement : 8.450 boîtes migrées sur 21.300 (40 %). Les AGFisc Liège et Namur sont
   terminées ; Bruxelles débute le 13 avril.
2. Incidents : 3 tickets prioritaires ouverts (INC0045821, INC0045877, INC0046002), tous
   liés aux règles de transport pour les boîtes partagées.
3. Sécurité : la règle de classification par défaut « Interne » est activée ; les
   utilisateurs sont invités à utiliser Fedsender pour les documents contenant des données
   à caractère personnel.
4. Prochain comité : vendredi 24 avril 2026, 10h, North Galaxy, salle B-23.

Bonne semaine,

Thomas Geldof
Chef de projet - Bureau de projet ICT, SPF Finances
0257 61 200
""",
}
