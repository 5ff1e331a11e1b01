M = {
    "slug": "fedasil-unhcr-lgbti-resettlement",
    "lang": "en", "action": "block", "entities": ["ART9_SEX_LIFE"],
    "note": "Fedasil forwards a resettlement referral (attached message) naming a refugee's sexual orientation and partner",
    "from": "Fedasil Resettlement Unit <resettlement@fedasil.be>",
    "to": ["resettlement.brussels@unhcr.org"],
    "subject": "FW: Urgent referral - LGBTI refugee in Nairobi",
    "date": "Thu, 28 May 2026 09:47:30 +0200",
    "body": """Dear colleagues,

Belgium is willing to consider the case below under the 2026 quota. Could you send us the
full Resettlement Registration Form through proGres?

Best,
Lien Van Damme
Resettlement Officer - Fedasil
Rue des Chartreux 19-21, 1000 Brussels
""",
    "attachments": [{"kind": "eml", "msg": {
        "from": "Protection Team Kenya <protection.ken@unhcr-field-example.org>",
        "to": ["resettlement@fedasil.be"],
        "subject": "Urgent referral - LGBTI refugee in Nairobi",
        "date": "Wed, 27 May 2026 18:02:11 +0300",
        "body": """Dear Fedasil team,

We would like to refer Mr. Jean-Paul Habimana (29, Burundian) for emergency resettlement.
Mr. Habimana is a gay man who lives with his partner, Mr. David Ouma, in Nairobi. Both were
attacked in April after neighbours saw them together, and Mr. Habimana was outed to his
family, who have threatened him. He has been living in a safe house since 3 May.

Please advise whether Belgium could consider the case.

Protection Team - UNHCR Kenya
""",
    }}],
}
