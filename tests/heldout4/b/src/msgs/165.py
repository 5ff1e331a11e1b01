M = {
    "slug": "uwv-sick-leave-reason-german-employer",
    "lang": "en", "action": "block", "entities": ["NL_BSN", "ART9_HEALTH"],
    "note": "UWV tells a cross-border employer the reason for an employee's sick leave, with the BSN",
    "from": "UWV Team Buitenland <team.buitenland@uwv.nl>",
    "to": ["personal@maschinenbau-kleve-example.de"],
    "subject": "Sickness benefit - Mr. Ruud Claassen - reintegration",
    "date": "Fri, 08 May 2026 08:51:33 +0200",
    "body": """Dear Ms. Brandt,

We refer to your question about the return to work of your employee Mr. Ruud Claassen
(BSN 682883608), who has been on sick leave since 2 February 2026.

Our insurance physician examined Mr. Claassen on 5 May. He is recovering from a heart
attack followed by bypass surgery and is currently in a cardiac rehabilitation programme.
He is also being treated for depressive complaints. A gradual return to work is not
expected before 1 July 2026.

Because Mr. Claassen lives in the Netherlands, the UWV pays his sickness benefit under
Regulation (EC) 883/2004. Please send us the completed E115/S1 form.

Kind regards,

M. de Haan
Team Buitenland - UWV, Postbus 58285, 1040 HG Amsterdam
""",
    "numbers": [("valid", "bsn", "682883608")],
}
