M = {
    "slug": "gemeente-survey-voting-intention-respondents",
    "lang": "en", "action": "block", "entities": ["ART9_POLITICAL_OPINION"],
    "note": "ODS with named survey respondents' voting intention and party membership sent to a foreign university",
    "from": "Team Participatie - Gemeente Utrecht <participatie@utrecht.nl>",
    "to": ["civic.lab@political-science-example.be"],
    "subject": "Citizens' panel wave 3 - raw responses (as discussed)",
    "date": "Fri, 19 Jun 2026 13:27:14 +0200",
    "body": """Dear Professor Martens,

As discussed in our call, here are the raw responses of wave 3 of the Utrecht citizens'
panel for your comparative analysis with Ghent. We have not yet removed the names; please
treat them confidentially.

Kind regards,

Eva Smit
Team Participatie - Gemeente Utrecht
Stadsplateau 1, 3521 AZ Utrecht
""",
    "attachments": [{"kind": "ods", "name": "panel_wave3_raw.ods",
        "sheets": [("Wave 3", [
            ["Respondent", "District", "Party member", "Voting intention (municipal)", "Trust in council (1-10)"],
            ["Henk Vermeulen", "Overvecht", "no", "PVV", 3],
            ["Sanne de Wit", "Oost", "yes - GroenLinks", "GroenLinks-PvdA", 7],
            ["Mustafa Yilmaz", "Kanaleneiland", "no", "DENK", 4],
            ["Annemiek Dekker", "Leidsche Rijn", "yes - VVD", "VVD", 6],
            ["Jeroen Bos", "Zuid", "no", "undecided", 5],
        ])]}],
}
