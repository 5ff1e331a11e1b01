M = {
    "slug": "gemeente-bsn-payroll-foreign-employer",
    "lang": "en", "action": "block", "entities": ["NL_BSN"],
    "note": "Dutch municipality gives a German employer a resident's BSN in English",
    "from": "Burgerzaken Gemeente Venlo <burgerzaken@venlo.nl>",
    "to": ["hr.payroll@logistik-niederrhein-example.de"],
    "subject": "Your request: registration of Ms. Joanna Kowalczyk in the BRP",
    "date": "Wed, 06 May 2026 14:22:10 +0200",
    "body": """Dear Mr. Hoffmann,

Thank you for your e-mail of 4 May. We can confirm that your new employee, Ms. Joanna
Kowalczyk, was registered in the Personal Records Database (BRP) of the municipality of
Venlo on 27 April 2026.

Her citizen service number (BSN) is 4177 76 317. She will also receive it by letter at her
home address within five working days.

Please note that we cannot provide any other information from the BRP to employers. For
tax questions, please contact the Belastingdienst/Kantoor Buitenland.

Kind regards,

Team Burgerzaken
Municipality of Venlo - Hanzeplein 1, 5911 AT Venlo
14 077
""",
    "numbers": [("valid", "bsn", "4177 76 317")],
}
