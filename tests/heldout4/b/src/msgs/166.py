M = {
    "slug": "ibz-biometric-matching-tender-eulisa",
    "lang": "en", "action": "allow", "entities": [],
    "note": "questions to eu-LISA about a biometric matching service tender; technology only",
    "from": "FPS Home Affairs - Immigration Office IT <it.procurement@ibz.fgov.be>",
    "to": ["procurement@eulisa.europa.eu"],
    "subject": "Clarification request - sBMS framework contract, lot 2 (fingerprint and facial image matching)",
    "date": "Mon, 11 May 2026 13:10:00 +0200",
    "html": """<html><body>
<p>Dear Sir or Madam,</p>
<p>The Belgian Immigration Office, as a participating Member State authority, would like to submit the following
clarification questions on the tender documents for lot 2 of the shared Biometric Matching Service:</p>
<table border="1" cellpadding="4">
<tr><th>#</th><th>Document / section</th><th>Question</th></tr>
<tr><td>1</td><td>Annex II, 4.3</td><td>Is the required accuracy for latent fingerprint searches expressed as FNIR at rank 1 or rank 10?</td></tr>
<tr><td>2</td><td>Annex II, 5.1</td><td>Will national systems receive facial templates, or only match scores and references?</td></tr>
<tr><td>3</td><td>Annex V</td><td>Is a national test environment with synthetic biometric data foreseen?</td></tr>
</table>
<p>Kind regards,<br>Koen Lemmens<br>IT Procurement - Immigration Office, FPS Home Affairs<br>Boulevard Pachéco 44, 1000 Brussels</p>
</body></html>""",
    "body": """Dear Sir or Madam,

The Belgian Immigration Office, as a participating Member State authority, would like to
submit the following clarification questions on lot 2 of the shared Biometric Matching
Service:

1. Annex II, 4.3 - Is the required accuracy for latent fingerprint searches expressed as
   FNIR at rank 1 or rank 10?
2. Annex II, 5.1 - Will national systems receive facial templates, or only match scores
   and references?
3. Annex V - Is a national test environment with synthetic biometric data foreseen?

Kind regards,
Koen Lemmens
IT Procurement - Immigration Office, FPS Home Affairs
""",
}
