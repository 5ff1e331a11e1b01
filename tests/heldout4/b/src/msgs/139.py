M = {
    "slug": "cpas-requisitoire-aide-medicale-urgente",
    "lang": "fr", "action": "block", "entities": ["BE_BIS_NUMBER", "ART9_HEALTH"],
    "note": "ODT decision for urgent medical aid with the person's BIS number and dialysis treatment, sent to a hospital",
    "from": "Service Aide médicale - CPAS de Liège <aide.medicale@cpasdeliege.be>",
    "to": ["facturation.patients@chrcitadelle.be"],
    "subject": "Décision AMU - prise en charge des séances de dialyse",
    "date": "Thu, 02 Apr 2026 10:44:17 +0200",
    "body": """Madame, Monsieur,

Vous trouverez en annexe la décision du Comité spécial du service social relative à la prise
en charge, au titre de l'aide médicale urgente, des soins de la personne reprise dans le
document, pour la période du 1er avril au 30 juin 2026.

Merci de nous adresser les factures mensuelles en mentionnant la référence AMU/26/0581.

Service Aide médicale - CPAS de Liège
Place Saint-Jacques 13 - 4000 Liège
""",
    "attachments": [{"kind": "odt", "name": "decision_AMU_26_0581.odt",
        "blocks": [
            ("h", "Décision - Aide médicale urgente - AMU/26/0581"),
            ("table", [["Rubrique", "Contenu"],
                       ["Bénéficiaire", "Madame Aminata Camara"],
                       ["Numéro BIS", "79.52.03-611.61"],
                       ["Statut de séjour", "séjour irrégulier"],
                       ["Soins couverts", "Hémodialyse 3x/semaine (insuffisance rénale chronique terminale)"],
                       ["Période", "01/04/2026 - 30/06/2026"]]),
            ("p", "Le Comité spécial du service social, en séance du 31 mars 2026, accorde la prise en charge des soins susmentionnés sur base de l'attestation d'aide médicale urgente du Dr Hermans."),
        ]}],
    "numbers": [("valid", "bis", "79.52.03-611.61")],
}
