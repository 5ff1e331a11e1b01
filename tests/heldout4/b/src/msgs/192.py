M = {
    "slug": "gba-press-release-fine-hospital",
    "lang": "en", "action": "allow", "entities": [],
    "note": "DPA press release about a fine on a hospital (organisation), with spokesperson contact; no patient identified",
    "from": "Belgian Data Protection Authority - Press <press@apd-gba.be>",
    "to": ["newsdesk@euractiv-example.com", "edpb-press@edpb-example.europa.eu"],
    "subject": "Press release: DPA fines hospital group EUR 200,000 for inadequate access controls to medical records",
    "date": "Tue, 16 Jun 2026 11:00:00 +0200",
    "html": """<html><body>
<h3>Press release - for immediate publication</h3>
<p>The Litigation Chamber of the Belgian Data Protection Authority has imposed a fine of EUR 200,000 on a hospital group
after finding that more than 1,900 staff members, including administrative staff, had unrestricted access to the electronic
medical records of all patients.</p>
<table border="1" cellpadding="3">
<tr><th>Finding</th><th>GDPR article</th></tr>
<tr><td>No role-based access to health data</td><td>Art. 5(1)(f), 32</td></tr>
<tr><td>No logging review</td><td>Art. 32</td></tr>
<tr><td>DPIA not updated</td><td>Art. 35</td></tr>
</table>
<p>The decision (No. 88/2026) is published on the DPA website in pseudonymised form.</p>
<p>Press contact: Joke Vanhaelen, spokesperson, +32 2 274 48 00, press@apd-gba.be</p>
</body></html>""",
    "body": """Press release - for immediate publication

The Litigation Chamber of the Belgian Data Protection Authority has imposed a fine of
EUR 200,000 on a hospital group after finding that more than 1,900 staff members, including
administrative staff, had unrestricted access to the electronic medical records of all
patients.

Findings: no role-based access to health data (Art. 5(1)(f), 32 GDPR); no logging review
(Art. 32); DPIA not updated (Art. 35).

The decision (No. 88/2026) is published on the DPA website in pseudonymised form.

Press contact: Joke Vanhaelen, spokesperson, +32 2 274 48 00, press@apd-gba.be
""",
}
