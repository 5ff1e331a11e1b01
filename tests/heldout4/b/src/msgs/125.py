M = {
    "slug": "greffe-jugement-condamnation",
    "lang": "fr", "action": "block", "entities": ["ART10_CRIMINAL", "BE_NATIONAL_NUMBER"],
    "note": "court registry mails a PDF judgment summary with the convicted person's NISS and sentence",
    "from": "Greffe correctionnel - Tribunal de première instance de Liège <greffe.correctionnel.liege@just.fgov.be>",
    "to": ["secretariat@cabinet-thonon-avocats.be"],
    "subject": "Notice de jugement - rôle 26/C/0318",
    "date": "Fri, 13 Mar 2026 14:55:02 +0100",
    "body": """Maître,

À votre demande, vous trouverez ci-joint la notice du jugement prononcé le 11 mars 2026 par
la 14e chambre correctionnelle dans la cause reprise sous le numéro de rôle 26/C/0318.

La copie certifiée conforme vous sera adressée par courrier recommandé.

Le Greffier,
Tribunal de première instance de Liège, division Liège
Palais de Justice - Place Saint-Lambert 16 - 4000 Liège
""",
    "attachments": [{"kind": "pdf", "name": "notice_jugement_26C0318.pdf", "title": "Notice de jugement 26/C/0318",
        "blocks": [
            ("h", "Notice de jugement - 14e chambre correctionnelle"),
            ("table", [["Rubrique", "Contenu"],
                       ["Prévenu", "Michaël DETHIER"],
                       ["Numéro de registre national", "90021223152"],
                       ["Préventions", "Coups et blessures volontaires ayant entraîné une incapacité (art. 399 C. pén.)"],
                       ["Décision", "Condamné à 12 mois d'emprisonnement avec sursis de 3 ans et 800 EUR d'amende"],
                       ["Conditions", "Suivi d'une guidance en gestion de la violence"]]),
            ("p", "Le prévenu dispose d'un délai de trente jours pour interjeter appel."),
        ]}],
    "numbers": [("valid", "nn", "90021223152")],
}
