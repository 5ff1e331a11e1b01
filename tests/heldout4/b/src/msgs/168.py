M = {
    "slug": "unia-odihr-hate-crime-statistics",
    "lang": "en", "action": "allow", "entities": [],
    "note": "national hate-crime statistics by bias motive submitted to OSCE/ODIHR; aggregates only",
    "from": "Unia - Interfederal Centre for Equal Opportunities <international@unia.be>",
    "to": ["hatecrime@odihr.pl"],
    "subject": "Belgium - submission for the 2025 Hate Crime Report",
    "date": "Wed, 13 May 2026 09:30:00 +0200",
    "body": """Dear ODIHR colleagues,

Please find attached Belgium's contribution to the 2025 Hate Crime Reporting, compiled by
Unia with data from the Integrated Police, the College of Prosecutors General and civil
society organisations.

Highlights:
- 1,284 hate crimes recorded by the police in 2025 (1,197 in 2024);
- racism and xenophobia remain the most frequent bias motivation (48 %);
- anti-LGBTI incidents rose by 14 %;
- 61 convictions for hate-motivated offences were handed down.

We remain available for the national consultation call scheduled in June.

Kind regards,

Ines Verhulst
International Relations Officer - Unia
Royal Street 138, 1000 Brussels - +32 2 212 30 00
""",
    "attachments": [{"kind": "xlsx", "name": "BE_hate_crime_2025.xlsx", "author": "Unia",
        "sheets": [("By bias motive", [
            ["Bias motivation", "Police records 2024", "Police records 2025", "Prosecuted 2025", "Convictions 2025"],
            ["Racism and xenophobia", 581, 616, 143, 28],
            ["Anti-LGBTI", 168, 192, 39, 9],
            ["Anti-Muslim", 121, 131, 27, 6],
            ["Antisemitism", 96, 118, 31, 8],
            ["Anti-Christian", 24, 21, 4, 1],
            ["Disability", 63, 70, 11, 3],
            ["Gender", 144, 136, 25, 6],
        ])]}],
}
