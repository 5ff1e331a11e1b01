M = {
    "slug": "ggd-sti-contact-tracing-foreign",
    "lang": "en", "action": "block", "entities": ["ART9_SEX_LIFE", "ART9_HEALTH", "NL_BSN"],
    "note": "GGD sends a Belgian health inspectorate an mpox case with his sexual contacts and BSN, partly in an HTML table attachment",
    "from": "GGD Amsterdam - Infectious Disease Control <infectieziekten@ggd.amsterdam.nl>",
    "to": ["surveillance.infectieuse@aviq-example.be"],
    "cc": ["meldingen@zorg-en-gezondheid-example.be"],
    "subject": "International contact tracing - mpox clade Ib case with contacts in Belgium",
    "date": "Tue, 23 Jun 2026 17:08:41 +0200",
    "body": """Dear colleagues,

Under the IHR notification procedure, we inform you of a confirmed mpox clade Ib case
(PCR positive 21 June) in a Dutch resident who reports sexual contacts in Belgium during the
incubation period.

Index case: Mr. Thijs Brouwer, 34, BSN 449390925 (for linkage only).
He is a man who has sex with men and reports three anonymous and two named sexual partners
during a weekend in Liège (12-14 June). The named contacts are listed in the attachment.

Please contact us for the secure transfer of the contact details if you need more.

Kind regards,

Dr. Femke Visser
Physician, Infectious Disease Control - GGD Amsterdam
Nieuwe Achtergracht 100, 1018 WT Amsterdam
""",
    "attachments": [{"kind": "html", "name": "contacts_mpox_BE.html", "html": """<html><body>
<h3>Contacts in Belgium - index case T. Brouwer</h3>
<table border="1">
<tr><th>Name</th><th>Type of contact</th><th>Date</th><th>Place</th></tr>
<tr><td>Julien M. (surname unknown)</td><td>sexual contact (anal, unprotected)</td><td>12/06/2026</td><td>Liège</td></tr>
<tr><td>Rémy Lacroix</td><td>sexual contact</td><td>13/06/2026</td><td>Liège</td></tr>
<tr><td>Sven Dupont</td><td>sexual contact</td><td>14/06/2026</td><td>Liège</td></tr>
</table>
</body></html>"""}],
    "numbers": [("valid", "bsn", "449390925")],
}
