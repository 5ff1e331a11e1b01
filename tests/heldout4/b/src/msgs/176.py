M = {
    "slug": "vdab-software-licence-renewal",
    "lang": "en", "action": "allow", "entities": [],
    "note": "ordinary licence renewal with a foreign software vendor; order and contract numbers only",
    "from": "VDAB ICT Procurement <ict.procurement@vdab.be>",
    "to": ["renewals@survey-software-example.ie"],
    "subject": "Renewal of enterprise licence - contract VDAB-ICT-2023-044",
    "date": "Mon, 25 May 2026 10:00:00 +0200",
    "body": """Dear Ms. O'Brien,

Our enterprise licence for your survey platform (contract VDAB-ICT-2023-044) expires on
30 June 2026. We would like to renew it for one year under the same conditions, with two
changes:

- increase the number of author seats from 40 to 55;
- add the EU data residency option (hosting in Dublin/Frankfurt only).

Could you send us an updated quote referring to our purchase request PR-2026-3381? Please
address the invoice to VDAB, Keizerslaan 11, 1000 Brussels, VAT BE 0887.010.362, and send
it via Peppol.

Kind regards,

Joris Van den Bossche
ICT Procurement - VDAB
+32 2 506 15 11
""",
}
