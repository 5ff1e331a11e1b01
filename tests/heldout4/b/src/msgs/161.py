M = {
    "slug": "fps-justice-eurojust-suspect",
    "lang": "en", "action": "block", "entities": ["ART10_CRIMINAL", "BE_NATIONAL_NUMBER"],
    "note": "Belgian prosecutor's office sends Eurojust a suspect's national number, charges and prior conviction",
    "from": "Federal Prosecutor's Office - International Cooperation <int.coop@fedpar.just.fgov.be>",
    "to": ["be.desk@eurojust.europa.eu"],
    "cc": ["nl.desk@eurojust.europa.eu"],
    "subject": "Coordination meeting request - cross-border VAT carousel (BE/NL)",
    "date": "Mon, 04 May 2026 09:14:37 +0200",
    "body": """Dear colleagues,

Further to our call on Thursday, the Federal Prosecutor's Office would like to request a
coordination meeting at Eurojust in the second half of June regarding the VAT carousel
investigated under our reference FD.35.98.112/25.

Main suspect on the Belgian side:
  Name: Steven De Coninck
  Belgian national number: 83.11.09-167.25
  Role: de facto manager of three shell companies in Antwerp and Breda
  Suspected offences: VAT fraud, money laundering, participation in a criminal organisation
  Previous conviction: 2019, Court of First Instance Antwerp, 3 years (suspended) for
  forgery and tax fraud

The Dutch FIOD has indicated that two co-suspects reside in North Brabant. We would
welcome the presence of the Dutch desk and of Europol's economic crime unit.

Kind regards,

Hilde Van Acker
Federal Magistrate - International Cooperation
Federal Prosecutor's Office, Wolstraat 66, 1000 Brussels
""",
    "numbers": [("valid", "nn", "83.11.09-167.25")],
}
