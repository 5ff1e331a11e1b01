M = {
    "slug": "immigration-office-visa-opposition-member",
    "lang": "en", "action": "block", "entities": ["ART9_POLITICAL_OPINION", "BE_BIS_NUMBER"],
    "note": "Immigration Office tells a foreign university a named applicant is an opposition party activist, with BIS number",
    "from": "Immigration Office - Long Stay Visas <long.stay@ibz.fgov.be>",
    "to": ["international.admissions@uni-example.edu.tr"],
    "subject": "RE: Visa status of PhD candidate Mr. Emre Yıldız",
    "date": "Tue, 26 May 2026 15:35:52 +0200",
    "in_reply_to": "<adm-8812@uni-example.edu.tr>",
    "body": """Dear Ms. Aksoy,

Thank you for your follow-up. Mr. Emre Yıldız (Belgian BIS number 92.44.03-055.58) has now
received a D-visa for his stay at KU Leuven.

For your information, his file required additional review because he declared in his
application that he is an active member of the HDP and that he took part in opposition
rallies in Diyarbakır in 2023, which he gave as one of the reasons for wishing to pursue
his studies abroad.

Kind regards,

Immigration Office - Long Stay Visas Unit
FPS Home Affairs, Boulevard Pachéco 44, 1000 Brussels
""",
    "numbers": [("valid", "bis", "92.44.03-055.58")],
}
