M = {
    "slug": "justis-vog-how-to-foreign-employer",
    "lang": "en", "action": "allow", "entities": [],
    "note": "explains how a foreign employer's candidate applies for a Dutch Certificate of Conduct; procedure only",
    "from": "Justis - Screening Authority <vog.international@justis.nl>",
    "to": ["talent@childcare-group-example.co.uk"],
    "subject": "RE: Certificate of Conduct (VOG) for a candidate who lived in the Netherlands",
    "date": "Tue, 02 Jun 2026 11:30:00 +0200",
    "body": """Dear Ms. Turner,

Thank you for your question. A person who lived in the Netherlands can apply for a
Certificate of Conduct (Verklaring Omtrent het Gedrag, VOG) even when the employer is
located abroad:

1. The candidate applies online at www.justis.nl (with DigiD) or with the paper form
   "Application for a Certificate of Conduct for persons residing abroad".
2. In the section for the employer, you state the job and tick the screening profile
   "working with children" (specific screening areas 84 and 85).
3. The fee is EUR 41.35, paid by the applicant by bank transfer or iDEAL.
4. Justis checks the Judicial Documentation System and decides within four weeks.

Justis never discloses the content of a person's judicial record to an employer: you will
only receive the certificate (or a refusal notice sent to the applicant).

Kind regards,

Screening Authority Justis
Ministry of Justice and Security - Postbus 16080, 2500 BB The Hague
""",
}
