M = {
    "slug": "cppt-pv-absenteisme",
    "lang": "fr", "action": "allow", "entities": [],
    "note": "prevention committee minutes with attendees and aggregate absenteeism by cause; no individual case",
    "from": "Conseillère en prévention - Ville de Mons <prevention@ville.mons.be>",
    "to": ["g.bastin@cesi-prevention.be"],
    "subject": "PV du CPPT du 24 février 2026",
    "date": "Tue, 10 Mar 2026 11:03:27 +0100",
    "body": """Bonjour à toutes et à tous,

Vous trouverez ci-joint le procès-verbal de la réunion du Comité pour la prévention et la
protection au travail du 24 février 2026. Vos remarques éventuelles sont attendues pour le
20 mars ; à défaut, le PV sera considéré comme approuvé.

Bien à vous,

Dominique Lhoir
Conseillère en prévention - SIPP Ville de Mons
Grand-Place 22 - 7000 Mons
""",
    "attachments": [{"kind": "docx", "name": "PV_CPPT_2026-02-24.docx", "author": "D. Lhoir",
        "blocks": [
            ("h", "Procès-verbal du CPPT - 24 février 2026"),
            ("p", "Présents : Mme D. Lhoir (SIPP), M. G. Bastin (CESI, médecin du travail), M. F. Hardy (DRH), Mme N. Collignon, M. R. Dupont et Mme A. Werner (représentants des travailleurs). Excusé : M. J. Remy (échevin du Personnel)."),
            ("p", "Point 3 - Absentéisme 2025. Le taux d'absentéisme global pour maladie s'élève à 7,1 % (6,6 % en 2024). La répartition par cause déclarée, établie par le service externe sur base anonyme, est reprise ci-dessous."),
            ("table", [["Cause (regroupement CESI)", "Jours d'absence", "Part"],
                       ["Troubles musculo-squelettiques", "4.812", "31 %"],
                       ["Troubles psychosociaux (burn-out, dépression)", "4.105", "26 %"],
                       ["Affections respiratoires", "2.230", "14 %"],
                       ["Accidents du travail", "1.320", "9 %"],
                       ["Autres", "3.118", "20 %"]]),
            ("p", "Point 4 - Le plan d'action 2026 prévoit une formation port de charges pour les ouvriers de la propreté publique et l'extension de la cellule de soutien psychosocial."),
        ]}],
}
