M = {
    "slug": "belspo-project-contact-list",
    "lang": "en", "action": "allow", "entities": [],
    "note": "staff contact list (names, functions, work phones and e-mails) for an international project",
    "from": "BELSPO - Research Programmes <brain.programme@belspo.be>",
    "to": ["coordination@northsea-obs-example.eu"],
    "subject": "NORTHSEA-OBS kick-off - Belgian team contact list",
    "date": "Tue, 19 May 2026 12:00:00 +0200",
    "body": """Dear Coordinator,

As requested for the kick-off meeting in Ostend, please find the contact list of the
Belgian partners attached (ODS). Please feel free to share it with the consortium.

Best regards,

Wim De Ridder
Programme Manager - BRAIN-be 2.0
Belgian Science Policy Office, WTC III, Boulevard Simon Bolivar 30, 1000 Brussels
""",
    "attachments": [{"kind": "ods", "name": "NORTHSEA-OBS_BE_contacts.ods",
        "sheets": [("Contacts", [
            ["Name", "Organisation", "Function", "Work phone", "E-mail"],
            ["Wim De Ridder", "BELSPO", "Programme manager", "+32 2 238 34 11", "wim.deridder@belspo.be"],
            ["Dr. Annick Lebrun", "Royal Belgian Institute of Natural Sciences", "Oceanographer", "+32 2 627 42 11", "alebrun@naturalsciences.be"],
            ["Prof. Jelle Moens", "Ghent University", "Work package leader", "+32 9 264 11 11", "jelle.moens@ugent.be"],
            ["Sofie Peeters", "Flanders Marine Institute (VLIZ)", "Data manager", "+32 59 34 21 30", "sofie.peeters@vliz.be"],
        ])]}],
}
