M = {
    "slug": "inami-transfert-avis-medecin-conseil",
    "lang": "fr", "action": "block", "entities": ["ART9_HEALTH", "BE_NATIONAL_NUMBER"],
    "note": "forwarded message/rfc822 attachment holds a medical advisor's opinion with diagnosis and a 2000+ NISS",
    "from": "Service d'évaluation et de contrôle médicaux <secm.bruxelles@inami.fgov.be>",
    "to": ["secretariat@cabinet-medical-ixelles-example.be"],
    "subject": "TR: Dossier incapacité - demande de second avis",
    "date": "Wed, 22 Apr 2026 13:36:58 +0200",
    "body": """Docteur,

Je vous transfère le message de notre médecin-conseil, comme convenu par téléphone, pour le
second avis que vous réaliserez le 29 avril.

Cordialement,

Secrétariat du SECM - Bruxelles
INAMI - Avenue Galilée 5/01 - 1210 Bruxelles
""",
    "attachments": [{"kind": "eml", "name": "avis_medecin_conseil.eml", "msg": {
        "from": "Dr Pierre Lambotte <pierre.lambotte@inami.fgov.be>",
        "to": ["secm.bruxelles@inami.fgov.be"],
        "subject": "Dossier incapacité - Lucie Vandermeulen",
        "date": "Tue, 21 Apr 2026 17:10:02 +0200",
        "body": """Bonjour,

Dossier de Mlle Lucie Vandermeulen, NISS 06.05.17-318.41, étudiante jobiste en incapacité
depuis le 12 janvier.

Diagnostic : anorexie mentale restrictive, hospitalisation en unité spécialisée du
15 janvier au 10 mars (IMC à l'admission 14,8). Suivi ambulatoire en psychiatrie et
diététique. Je ne suis pas convaincu que la reprise soit possible avant septembre ; je
souhaite un second avis externe.

Dr Pierre Lambotte
Médecin-conseil
""",
    }}],
    "numbers": [("valid", "nn", "06.05.17-318.41")],
}
