M = {
    "slug": "spf-emploi-delegue-fgtb-licenciement",
    "lang": "fr", "action": "block", "entities": ["ART9_TRADE_UNION"],
    "note": "subject line and body state that a named worker is an FGTB delegate (union membership) to an employer's law firm",
    "from": "Contrôle des lois sociales - Namur <cls.namur@emploi.belgique.be>",
    "to": ["b.henrard@henrard-avocats.be"],
    "subject": "Délégué FGTB M. Olivier Renson - protection contre le licenciement (SA Verrerie Mosane)",
    "date": "Wed, 25 Mar 2026 13:50:21 +0100",
    "body": """Maître,

Nous accusons réception de votre courrier du 19 mars relatif au projet de licenciement pour
motif grave de Monsieur Olivier Renson.

Nous vous rappelons que Monsieur Renson est délégué effectif FGTB au conseil d'entreprise et
affilié à la Centrale Générale depuis 2012 ; il bénéficie à ce titre de la protection
prévue par la loi du 19 mars 1991. Le licenciement pour motif grave nécessite la
reconnaissance préalable du motif par le tribunal du travail.

Nous restons à votre disposition.

Catherine Mathy
Inspectrice - Direction régionale du Contrôle des lois sociales de Namur
SPF Emploi, Travail et Concertation sociale
Place des Célestines 25 - 5000 Namur
""",
}
