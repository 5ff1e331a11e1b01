M = {
    "slug": "cjib-conviction-transfer-foreign-authority",
    "lang": "en", "action": "block", "entities": ["ART10_CRIMINAL", "NL_BSN"],
    "note": "CJIB sends a Belgian authority a PDF certificate of a named person's conviction and outstanding fine with BSN",
    "from": "CJIB International Enforcement <international@cjib.nl>",
    "to": ["fine.recognition@just.fgov.be"],
    "subject": "Recognition of financial penalty under FD 2005/214/JHA - our ref. INT-26-00417",
    "date": "Mon, 01 Jun 2026 10:08:45 +0200",
    "body": """Dear colleagues,

Under Framework Decision 2005/214/JHA, the Central Judicial Collection Agency transmits the
attached certificate for the recognition and execution in Belgium of a financial penalty
imposed on a person residing in Belgium.

The certificate and the judgment will also be sent by registered post.

Kind regards,

R. Mulder
International Enforcement Team - CJIB
Postbus 1794, 8901 CB Leeuwarden
""",
    "attachments": [{"kind": "pdf", "name": "certificate_INT-26-00417.pdf", "title": "Certificate FD 2005/214/JHA",
        "blocks": [
            ("h", "Certificate referred to in Article 4 of FD 2005/214/JHA"),
            ("table", [["Field", "Content"],
                       ["Issuing State", "The Netherlands"],
                       ["Sentenced person", "Mr. Wouter Hendriks, born 12/08/1989"],
                       ["BSN", "117715165"],
                       ["Address", "Kloosterstraat 41, 2000 Antwerp, Belgium"],
                       ["Decision", "Judgment of the District Court of Zeeland-West-Brabant, 14/01/2026"],
                       ["Offence", "Driving under the influence of alcohol (0.9 mg/l) causing bodily injury, Art. 8 and 6 WVW 1994"],
                       ["Penalty", "Fine of EUR 2,450 and 4 months driving disqualification"],
                       ["Amount outstanding", "EUR 2,450.00"]]),
        ]}],
    "numbers": [("valid", "bsn", "117715165")],
}
