M = {
    "slug": "commune-nomination-affiliation-parti",
    "lang": "fr", "action": "block", "entities": ["ART9_POLITICAL_OPINION"],
    "note": "HR mail to an outside law firm about a clerk (no mandate) being a party member and campaigning",
    "from": "Service du Personnel - Commune d'Anderlecht <personnel@anderlecht.brussels>",
    "to": ["cabinet@avocats-lambert-siraux.be"],
    "subject": "Recours contre la nomination - demande d'avis",
    "date": "Wed, 25 Feb 2026 11:28:44 +0100",
    "body": """Maître,

Nous sollicitons votre avis dans le cadre du recours introduit contre la nomination de
Madame Sarah Geerts au poste de cheffe de bureau du service Urbanisme.

Le requérant soutient que Madame Geerts aurait été favorisée en raison de son affiliation
au parti DéFI, dont elle est membre depuis 2019 et pour lequel elle a distribué des tracts
lors de la dernière campagne communale. Madame Geerts n'exerce aucun mandat politique ; elle
nous a confirmé son adhésion lors de l'entretien du 20 février, tout en contestant tout
lien avec la procédure.

Le jury était composé de trois membres externes. Nous joignons le procès-verbal de
sélection au dossier que nous déposerons via la plateforme de votre cabinet.

Pourriez-vous nous indiquer si la procédure est susceptible d'être annulée ?

Pour le Collège,
Marie-Claire Hanssens
Directrice des Ressources humaines
Administration communale d'Anderlecht - Place du Conseil 1 - 1070 Bruxelles
""",
}
