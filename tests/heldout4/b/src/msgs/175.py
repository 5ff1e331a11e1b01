M = {
    "slug": "gemeente-migration-background-research",
    "lang": "en", "action": "block", "entities": ["ART9_ETHNIC_ORIGIN", "NL_BSN"],
    "note": "Dutch municipality sends a foreign research institute a list of named residents with BSN and ethnic/migration background",
    "from": "Onderzoek en Statistiek - Gemeente Rotterdam <onderzoek@rotterdam.nl>",
    "to": ["survey.team@urban-studies-example.ac.uk"],
    "subject": "Sample for the neighbourhood cohesion survey - Feijenoord (first 5 records)",
    "date": "Fri, 22 May 2026 11:20:46 +0200",
    "body": """Dear Dr. Ahmed,

As a test before we send the full sample through the secure file transfer, here are the
first five records of the Feijenoord sample drawn from the BRP, with the background
variable you asked for (based on country of birth of the person and parents, refined with
the ethnic self-identification from the 2024 survey).

BSN         Name                 Age  Background
337406819   Fatima Amrani        34   Moroccan-Berber
882768591   Kofi Mensah          51   Ghanaian (Akan)
449390925   Ayşe Demir           28   Turkish-Kurdish
919074832   Rinus van der Berg   62   Dutch
510273464   Sharmila Ramdin      45   Surinamese-Hindustani

Let me know if the format works for your weighting script.

Kind regards,

Tim Verschoor
Researcher - Research and Statistics, Municipality of Rotterdam
Coolsingel 40, 3011 AD Rotterdam
""",
    "numbers": [("valid", "bsn", "337406819"), ("valid", "bsn", "882768591"), ("valid", "bsn", "449390925"),
                ("valid", "bsn", "919074832"), ("valid", "bsn", "510273464")],
}
