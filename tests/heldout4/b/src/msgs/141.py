M = {
    "slug": "prison-aumonerie-liste-cultes",
    "lang": "fr", "action": "block", "entities": ["ART9_RELIGION", "ART10_CRIMINAL"],
    "note": "ODS sheet of named detainees per religion/chaplaincy with their cell and detention status, sent to outside chaplains",
    "from": "Direction - Prison de Lantin <direction.lantin@just.fgov.be>",
    "to": ["secretariat@aumonerie-catholique-liege.be", "contact@conseil-musulmans-example.be"],
    "cc": ["conseillers@laicite-liege-example.be"],
    "subject": "Planning des visites cultuelles - avril 2026",
    "date": "Mon, 06 Apr 2026 08:20:05 +0200",
    "body": """Mesdames, Messieurs les aumôniers et conseillers moraux,

Vous trouverez ci-joint la liste des détenus ayant demandé un entretien pour le mois d'avril,
classés par culte, avec leur aile et leur statut (prévenu/condamné), afin d'organiser vos
passages. Les entretiens ont lieu au parloir 3, le mardi et le jeudi après-midi.

Merci de respecter les horaires communiqués par le chef de quartier.

Pour la Direction,
Marc Lousberg, directeur adjoint
Prison de Lantin - Rue des Six Bonniers 1 - 4450 Juprelle
""",
    "attachments": [{"kind": "ods", "name": "visites_cultuelles_avril.ods",
        "sheets": [("Avril", [
            ["Nom", "Prénom", "Aile", "Statut", "Culte / conviction demandé"],
            ["Haddad", "Nordine", "A2", "Condamné (vol qualifié)", "Islam"],
            ["Renier", "Gaëtan", "B1", "Prévenu (homicide involontaire)", "Catholique"],
            ["Saidi", "Bilal", "A2", "Condamné (stupéfiants)", "Islam"],
            ["Marin", "Florin", "C3", "Prévenu (traite des êtres humains)", "Orthodoxe"],
            ["Colson", "Jérémy", "B1", "Condamné (violences conjugales)", "Laïcité (conseiller moral)"],
        ])]}],
}
