M = {
    "slug": "hopital-lettre-sortie-mutuelle",
    "lang": "fr", "action": "block", "entities": ["ART9_HEALTH", "BE_NATIONAL_NUMBER"],
    "note": "hospital mails a discharge letter (diagnosis, treatment) with the patient's NISS as a PDF",
    "from": "Secrétariat de cardiologie - Clinique Saint-Luc Bouge <secr.cardio@slbo.be>",
    "to": ["medecin.conseil.namur@mc-example.be"],
    "subject": "Lettre de sortie - demande d'accord rééducation cardiaque",
    "date": "Mon, 23 Mar 2026 08:47:19 +0100",
    "body": """Docteur,

Veuillez trouver ci-joint la lettre de sortie de notre patient, en vue de l'accord pour la
rééducation cardiaque ambulatoire (36 séances) prescrite par le Dr Lemoine.

Avec nos remerciements,

Secrétariat de cardiologie
Clinique Saint-Luc Bouge - Rue Saint-Luc 8 - 5004 Bouge
""",
    "attachments": [{"kind": "pdf", "name": "lettre_sortie_Gilson.pdf", "title": "Lettre de sortie",
        "blocks": [
            ("h", "Lettre de sortie - Service de cardiologie"),
            ("p", "Patient : Monsieur Albert GILSON, né le 06/03/1948\nNISS : 48.03.06-099.71\nSéjour du 12/03/2026 au 20/03/2026"),
            ("p", "Diagnostic principal : infarctus du myocarde antérieur (STEMI), traité par angioplastie et pose de deux stents actifs sur l'IVA proximale. Fraction d'éjection à la sortie : 45 %."),
            ("p", "Antécédents : diabète de type 2 sous metformine, hypertension artérielle."),
            ("table", [["Traitement de sortie", "Posologie"],
                       ["Acide acétylsalicylique 80 mg", "1x/jour"],
                       ["Ticagrelor 90 mg", "2x/jour pendant 12 mois"],
                       ["Bisoprolol 2,5 mg", "1x/jour"],
                       ["Atorvastatine 80 mg", "1x/jour le soir"]]),
            ("p", "Dr Sandrine Lemoine, cardiologue"),
        ]}],
    "numbers": [("valid", "nn", "48.03.06-099.71")],
}
