M = {
    "slug": "fps-foreign-affairs-working-party-agenda",
    "lang": "en", "action": "allow", "entities": [],
    "note": "ordinary agenda for an EU working party with delegates' professional contacts",
    "from": "Permanent Representation of Belgium to the EU <coreper2.secretariat@diplobel.fed.be>",
    "to": ["working.party.consular@consilium.europa.eu"],
    "subject": "Working Party on Consular Affairs, 19 May 2026 - Belgian delegation and agenda comments",
    "date": "Tue, 05 May 2026 11:40:00 +0200",
    "body": """Dear Secretariat,

Please find below the composition of the Belgian delegation for the meeting of the Working
Party on Consular Affairs on 19 May 2026 (Justus Lipsius, room 50.4):

  - Ms Annelies Goossens, Counsellor, Permanent Representation (head of delegation)
    +32 2 233 21 11, annelies.goossens@diplobel.fed.be
  - Mr Jean-Marc Delvigne, Director, Consular Affairs, FPS Foreign Affairs
  - Ms Sarah Mertens, Attaché, Crisis Centre

Comments on the draft agenda:
Item 3 (EU emergency travel document): Belgium supports the Presidency compromise text
and can lift its scrutiny reservation.
Item 5 (AOB): Belgium would like to briefly inform on the consular crisis exercise held in
April.

Best regards,

Annelies Goossens
Counsellor - Justice and Home Affairs
Permanent Representation of Belgium to the European Union
Rue de la Loi 61-63, 1040 Brussels
""",
}
