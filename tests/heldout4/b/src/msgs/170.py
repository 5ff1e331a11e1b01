M = {
    "slug": "fpb-invoice-foreign-company",
    "lang": "en", "action": "allow", "entities": [],
    "note": "Belgian agency invoices a foreign company; only the agency's own IBAN and enterprise number",
    "from": "Federal Planning Bureau - Finance <finance@plan.be>",
    "to": ["accounts.payable@econmodels-example.co.uk"],
    "subject": "Invoice 2026-INV-0047 - licence of the HERMES model data set",
    "date": "Fri, 15 May 2026 10:30:00 +0200",
    "body": """Dear Sir or Madam,

Please find attached invoice 2026-INV-0047 for the annual licence of the HERMES
macro-econometric model data set (academic/commercial licence, 1 June 2026 - 31 May 2027).

Amount due: EUR 4,800.00 (reverse charge, Art. 196 Directive 2006/112/EC)
Due date: 15 June 2026

Bank details of the Federal Planning Bureau:
IBAN BE40 0017 7889 9063 - BIC GEBABEBB
Enterprise number / VAT: BE 0278.408.715

Kind regards,

Finance Department - Federal Planning Bureau
Avenue des Arts 47-49, 1000 Brussels
""",
    "attachments": [{"kind": "pdf", "name": "2026-INV-0047.pdf", "title": "Invoice 2026-INV-0047",
        "blocks": [
            ("h", "INVOICE 2026-INV-0047"),
            ("p", "Federal Planning Bureau, Avenue des Arts 47-49, 1000 Brussels, Belgium - VAT BE 0278.408.715"),
            ("p", "Bill to: EconModels Ltd, 12 Queen Street, Cambridge CB1 1AA, United Kingdom - VAT GB 123 4567 89"),
            ("table", [["Description", "Period", "Amount (EUR)"],
                       ["HERMES data set licence", "01/06/2026 - 31/05/2027", "4,800.00"],
                       ["VAT (reverse charge)", "", "0.00"],
                       ["Total", "", "4,800.00"]]),
            ("p", "Payment to IBAN BE40 0017 7889 9063 (BIC GEBABEBB), reference 2026-INV-0047."),
        ]}],
    "numbers": [("org", "iban", "BE40 0017 7889 9063")],
}
