M = {
    "slug": "police-zone-europol-suspects-roma-origin",
    "lang": "en", "action": "block", "entities": ["ART9_ETHNIC_ORIGIN", "ART10_CRIMINAL"],
    "note": "police zone sends Europol a DOCX of named suspects of pickpocketing with their ethnic origin",
    "from": "Local Police Brussels North - Investigation Department <recherche@polbruno.be>",
    "to": ["ap.furtum@europol.europa.eu"],
    "subject": "Itinerant pickpocket group - suspects identified at Brussels-North station",
    "date": "Thu, 25 Jun 2026 14:36:20 +0200",
    "body": """Dear colleagues of AP Furtum,

Further to our telephone contact, please find attached the identities of three suspects
arrested on 22 June for a series of pickpocketing offences at Brussels-North station and on
tram line 3. They are suspected of belonging to an itinerant group also active in Lyon and
Amsterdam.

We would appreciate a cross-check against your analysis project.

Kind regards,

Chief Inspector Bert Dierckx
Local Police Brussels North - Investigation Department
Rue Royale Sainte-Marie 1, 1030 Schaerbeek
""",
    "attachments": [{"kind": "docx", "name": "suspects_pickpocketing_22June.docx", "author": "PZ Brussel-Noord",
        "blocks": [
            ("h", "Suspects arrested 22/06/2026 - pickpocketing series"),
            ("table", [["Name", "Date of birth", "Nationality", "Ethnic origin", "Facts"],
                       ["Florin Dumitru", "05/03/1995", "Romanian", "Roma", "12 thefts by pickpocketing (arrested in the act)"],
                       ["Elena Dumitru", "19/11/1998", "Romanian", "Roma", "receiving stolen goods"],
                       ["Adrian Stoica", "30/07/2001", "Romanian", "Roma", "8 thefts, possession of stolen bank cards"]]),
            ("p", "All three were placed under arrest warrant by the investigating judge on 23/06/2026."),
        ]}],
}
