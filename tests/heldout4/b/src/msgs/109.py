M = {
    "slug": "prison-liste-formation-detenus",
    "lang": "fr", "action": "block", "entities": ["ART10_CRIMINAL", "ART9_RELIGION"],
    "note": "prison sends a training provider a DOCX table of named detainees with offence, release date and religious diet",
    "from": "Service psychosocial - Prison de Haren <sps.haren@just.fgov.be>",
    "to": ["coordination@formation-insertion-bxl.be"],
    "cc": ["a.moreau@cfp-horizon.be"],
    "subject": "Module cuisine collective - participants session de mars",
    "date": "Thu, 19 Feb 2026 13:12:09 +0100",
    "body": """Bonjour Madame Moreau, bonjour Monsieur Diallo,

Voici la liste des détenus retenus pour le module « cuisine collective » qui débutera le
9 mars dans l'atelier du bâtiment C. Nous avons indiqué pour chacun les faits à l'origine de
la détention et la date prévisible de libération, afin que vous puissiez planifier le suivi
post-carcéral, ainsi que les contraintes alimentaires signalées à l'aumônerie.

Merci de nous confirmer le nombre de places avant le 27 février.

Cordialement,

Hélène Van Roy
Assistante sociale - Service psychosocial
Prison de Haren
Rue du Witloof 1 - 1130 Bruxelles
""",
    "attachments": [{"kind": "docx", "name": "participants_cuisine_mars2026.docx", "author": "H. Van Roy",
        "blocks": [
            ("h", "Module cuisine collective - session mars 2026"),
            ("p", "Document interne - ne pas diffuser."),
            ("table", [["Nom", "Prénom", "Faits / condamnation", "Libération prévisible", "Régime alimentaire (culte)"],
                       ["El Amrani", "Youssef", "Vol avec violence - 4 ans", "2026-11", "Halal (musulman)"],
                       ["Petit", "Kevin", "Trafic de stupéfiants - 30 mois", "2026-07", "aucun"],
                       ["Nowak", "Tomasz", "Escroquerie - 3 ans", "2027-01", "Sans porc (catholique, carême)"],
                       ["Goldberg", "David", "Abus de confiance - 2 ans", "2026-06", "Casher (juif)"]]),
        ]}],
}
