M = {
    "slug": "brussels-parliament-agenda-delegation",
    "lang": "en", "action": "allow", "entities": [],
    "note": "parliament committee agenda for a foreign delegation naming MPs with their parties (public mandates)",
    "from": "Brussels Parliament - External Relations <external.relations@parlement.brussels>",
    "to": ["protocol@landtag-nrw-example.de"],
    "subject": "Visit of the NRW Landtag delegation - programme and participating members",
    "date": "Mon, 22 Jun 2026 10:10:00 +0200",
    "body": """Dear Ms. Schneider,

We are pleased to send you the programme for the visit of the delegation of the Landtag
Nordrhein-Westfalen on 8 July 2026.

10:00  Welcome by the President of the Parliament
10:30  Exchange with the Committee on Mobility, with:
       - Mr. Bart Dewael (Groen), committee chair
       - Ms. Nadia El Hachimi (PS)
       - Mr. Olivier de Lannoy (MR)
       - Ms. Katrien Van Aken (N-VA)
12:30  Lunch
14:00  Visit of the Good Move pilot area in the Pentagon
16:00  Departure

Meeting room: Salle des Glaces, Rue du Lombard 69, 1000 Brussels. Interpretation DE/FR/NL
will be provided.

Kind regards,

Laure Dehon
External Relations - Parliament of the Brussels-Capital Region
+32 2 549 62 11
""",
}
