M = {
    "slug": "riziv-ehic-reimbursement-procedure",
    "lang": "en", "action": "allow", "entities": [],
    "note": "ordinary explanation of the EHIC reimbursement procedure to a foreign insurer, no individual case",
    "from": "INAMI-RIZIV - International Relations <international@riziv-inami.fgov.be>",
    "to": ["claims.eu@health-insurer-example.pt"],
    "subject": "Re: Reimbursement of care received in Belgium with an EHIC - procedure",
    "date": "Wed, 24 Jun 2026 10:22:00 +0200",
    "body": """Dear Mr. Ferreira,

Thank you for your question on behalf of your insured persons.

When a person insured in Portugal receives necessary care in Belgium with a valid European
Health Insurance Card, the care provider charges the Belgian statutory rates. The patient
can then:

1. ask a Belgian health insurance fund (mutuality) of his choice to reimburse the costs on
   the spot, presenting the EHIC and the invoices (form E126/S080 is not needed), or
2. request reimbursement from your institution on return, in which case you may apply the
   procedure of Article 25 of Regulation (EC) 987/2009.

Claims between our institutions are settled via the EESSI system (SED S080/S100 series).
Contact points for each Belgian mutuality are listed on our website.

Kind regards,

International Relations Department
National Institute for Health and Disability Insurance (INAMI-RIZIV)
Avenue Galilée 5/01, 1210 Brussels
""",
}
