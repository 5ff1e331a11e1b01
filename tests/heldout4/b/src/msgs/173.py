M = {
    "slug": "port-authority-strike-roster-union",
    "lang": "en", "action": "block", "entities": ["ART9_TRADE_UNION"],
    "note": "XLSX roster of named pilots/dock staff with their union, sent to a foreign shipping company",
    "from": "Port of Antwerp-Bruges - Operations <operations@portofantwerpbruges.com>",
    "to": ["ops.europe@nordic-shipping-example.no"],
    "subject": "Strike notice 26 May - expected availability of mooring crews",
    "date": "Wed, 20 May 2026 17:41:06 +0200",
    "body": """Dear Mr. Halvorsen,

As discussed, the unions have given notice of a 24-hour strike on 26 May. To help you plan
the berthing of the MV Nordic Aurora, attached is the roster of the mooring crews for that
shift with each person's union affiliation, so you can see who is likely to join the
action (ACV-Transcom and BTB have called the strike; ACLVB has not).

We will confirm the final availability on 25 May at noon.

Best regards,

Dirk Van Hove
Shift Coordinator - Nautical Operations
Port of Antwerp-Bruges, Zaha Hadidplein 1, 2030 Antwerp
""",
    "attachments": [{"kind": "xlsx", "name": "mooring_roster_26May.xlsx", "author": "D. Van Hove",
        "sheets": [("Shift 06-14", [
            ["Name", "Team", "Role", "Union"],
            ["Jan Verbruggen", "M3", "Team leader", "BTB (ABVV)"],
            ["Ahmed Ouchan", "M3", "Mooring man", "ACV-Transcom"],
            ["Geert Baeten", "M3", "Mooring man", "ACLVB"],
            ["Tom Wuyts", "M4", "Boatman", "BTB (ABVV)"],
            ["Kevin Smet", "M4", "Mooring man", "none"],
        ])]}],
}
