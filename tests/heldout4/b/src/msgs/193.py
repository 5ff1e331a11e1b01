M = {
    "slug": "gemeente-passport-fingerprint-minutiae",
    "lang": "en", "action": "block", "entities": ["ART9_BIOMETRIC", "NL_BSN"],
    "note": "municipality sends a foreign vendor a failed enrolment record with fingerprint minutiae and the applicant's BSN",
    "from": "Publiekszaken - Gemeente Eindhoven <publiekszaken@eindhoven.nl>",
    "to": ["servicedesk@idsystems-vendor-example.fr"],
    "subject": "Incident INC-77120 - fingerprint quality rejected at enrolment station 3",
    "date": "Wed, 17 Jun 2026 15:52:37 +0200",
    "body": """Hello,

Enrolment station 3 keeps rejecting the fingerprints of one passport applicant with error
Q-041 (NFIQ too low), although the images look fine. As requested by your first-line
support, attached is the diagnostic export from the station for this applicant.

Please advise urgently, the applicant needs an emergency passport.

Kind regards,

Bas Hermans
Functioneel beheer - Publiekszaken
Gemeente Eindhoven, Stadhuisplein 10, 5611 EM Eindhoven
""",
    "attachments": [{"kind": "txt", "name": "diag_station3_INC-77120.txt", "text": """ENROLMENT DIAGNOSTIC EXPORT - station ENR-EHV-03 - 2026-06-17 14:31:08
applicant_name=Marloes van Leeuwen
applicant_bsn=483960305
document=passport, emergency procedure
finger=R1 (right index) nfiq2=38 status=REJECTED Q-041
minutiae_count=41
minutiae(x,y,angle,type)=
 112,87,45,E; 131,102,290,B; 98,140,180,E; 154,161,75,E; 121,188,300,B; 87,203,15,E;
 166,215,220,B; 140,231,95,E; 109,246,350,E; 175,259,130,B; ...
template_iso19794_2_b64=Rk1SACAyMAAAAAFsAAABPAFiAMUAxQEAAABGKUBwAFcjXUCDAGYiWIBiAIwSV0CaAKE
finger=L1 (left index) nfiq2=61 status=OK
"""}],
    "numbers": [("valid", "bsn", "483960305")],
}
