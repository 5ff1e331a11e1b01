M = {
    "slug": "belastingdienst-bsn-iban-foreign-bank",
    "lang": "en", "action": "block", "entities": ["NL_BSN", "IBAN_CODE"],
    "note": "Dutch tax office sends a Belgian bank a taxpayer's BSN (8-digit writing) and two private IBANs",
    "from": "Belastingdienst Kantoor Buitenland <kantoor.buitenland@belastingdienst.nl>",
    "to": ["compliance.crs@banque-example.be"],
    "subject": "CRS mismatch - account holder residence - your reference CRS-2026-00931",
    "date": "Thu, 14 May 2026 15:05:12 +0200",
    "body": """Dear Sir or Madam,

With reference to your CRS report for tax year 2025, we noticed a mismatch for one of your
account holders, Mr. Pieter Smulders, who is registered as resident in the Netherlands.

Tax identification number (BSN): 70669077 (please add a leading zero in your TIN field,
your system seems to cut it off)
Account reported by you: BE45 3630 6027 1089
Dutch account on which he receives his salary: NL77 INGB 0004 8217 65

Could you please confirm whether the Belgian account is still held by Mr. Smulders and
correct the TIN in your next submission?

Kind regards,

J. van Dijk
Belastingdienst / Kantoor Buitenland
Postbus 2865, 6401 DJ Heerlen
""",
    "numbers": [("valid", "bsn", "70669077"), ("valid", "iban", "BE45 3630 6027 1089"), ("valid", "iban", "NL77 INGB 0004 8217 65")],
}
