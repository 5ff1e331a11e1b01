M = {
    "slug": "fps-bosa-eu-working-group-minutes",
    "lang": "en", "action": "allow", "entities": [],
    "note": "minutes of an EU interoperability working group with attendees and action points",
    "from": "FPS Policy and Support - Digital Transformation <dt.international@bosa.fgov.be>",
    "to": ["interoperable-europe@ec.europa.eu"],
    "cc": ["ict.coordination@minbzk-example.nl"],
    "subject": "Minutes - Benelux meeting on the Interoperable Europe Act, 10 June 2026",
    "date": "Fri, 12 Jun 2026 12:30:00 +0200",
    "body": """Dear colleagues,

Please find attached the minutes of the Benelux coordination meeting on the implementation
of the Interoperable Europe Act. Comments are welcome until 19 June.

Kind regards,

Frederik Maes
Policy Advisor - Digital Transformation, FPS BOSA
Boulevard Simon Bolivar 30, 1000 Brussels
""",
    "attachments": [{"kind": "docx", "name": "minutes_benelux_IEA_2026-06-10.docx", "author": "F. Maes",
        "blocks": [
            ("h", "Benelux coordination - Interoperable Europe Act - 10 June 2026"),
            ("p", "Attendees: Frederik Maes (BOSA, chair), Ingrid Lambert (Digital Wallonia), Pieter Hoekstra (Ministry of the Interior and Kingdom Relations, NL), Claude Weber (CTIE, Luxembourg), Maria Santos (European Commission, DG DIGIT)."),
            ("table", [["#", "Topic", "Action", "Owner", "Deadline"],
                       ["1", "Interoperability assessments", "Share BE template", "F. Maes", "30/06"],
                       ["2", "Regulatory sandboxes", "Identify pilot use cases", "P. Hoekstra", "15/09"],
                       ["3", "Interoperable Europe portal", "Register national solutions", "C. Weber", "31/10"]]),
            ("p", "Next meeting: 23 September 2026, Luxembourg."),
        ]}],
}
