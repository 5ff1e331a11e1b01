M = {
    "slug": "nicc-prum-followup-str-profile",
    "lang": "en", "action": "block", "entities": ["ART9_GENETIC", "ART10_CRIMINAL"],
    "note": "follow-up to a Prüm hit: named convicted person's STR profile in a PDF table sent to a foreign lab",
    "from": "NICC DNA Database - Prüm NCP <prum.ncp@nicc.fgov.be>",
    "to": ["dna.ncp@bka-example.de"],
    "subject": "Prüm hit DE-BE 2026-0388 - follow-up, reference profile of the convicted person",
    "date": "Fri, 05 Jun 2026 09:12:33 +0200",
    "body": """Dear colleagues,

Further to the automated match between your crime-scene trace DE-T-2025-11892 (burglary,
Cologne) and a profile in the Belgian convicted persons database, and following the
authorisation of the Brussels investigating judge, please find attached the reference
profile together with the identity of the person.

The person was convicted in Belgium in 2021 for aggravated burglary (Court of Appeal of
Brussels, 4 years).

Kind regards,

Dr. Ilse Vandenberghe
Prüm National Contact Point - DNA
NICC, Chaussée de Vilvorde 100, 1120 Brussels
""",
    "attachments": [{"kind": "pdf", "name": "BE_reference_profile_2026-0388.pdf", "title": "Reference profile",
        "blocks": [
            ("h", "Reference DNA profile - Prüm hit DE-BE 2026-0388"),
            ("p", "Person: Nikola Petrović, born 03/02/1990 in Niš (Serbia). Database: convicted persons (Art. 5 Act of 22 March 1999)."),
            ("table", [["Locus", "Alleles"],
                       ["D3S1358", "14, 17"], ["vWA", "16, 18"], ["FGA", "20, 23"], ["D8S1179", "12, 13"],
                       ["D21S11", "28, 32.2"], ["D18S51", "13, 15"], ["D2S441", "10, 14"], ["D10S1248", "13, 15"],
                       ["D22S1045", "15, 16"], ["D1S1656", "12, 17.3"], ["D12S391", "18, 20"], ["D2S1338", "19, 23"]]),
        ]}],
}
