M = {
    "slug": "fps-economy-oecd-data-call",
    "lang": "en", "action": "allow", "entities": [],
    "note": "ordinary reply about a data-call timeline",
    "from": "Tom Janssens <tom.janssens@economie.fgov.be>",
    "to": ["sti.datacall@oecd.org"],
    "subject": "Re: Broadband statistics data call - Belgian submission timing",
    "date": "Fri, 29 May 2026 14:28:03 +0200",
    "in_reply_to": "<datacall-2026-bb@oecd.org>",
    "body": """Dear Ms. Laurent,

Thank you for the reminder. The Belgian submission for the broadband statistics data call
will be delayed by about a week, as the BIPT figures for December 2025 are only validated on
8 June. We expect to upload the completed template on 12 June.

Fixed broadband subscriptions and mobile data figures are ready; only the speed tiers
remain to be confirmed.

Best regards,

Tom Janssens
Statistician - Directorate-General Statistics (Statbel) liaison
FPS Economy, SMEs, Self-employed and Energy
North Gate, Boulevard du Roi Albert II 16, 1000 Brussels

On 28 May 2026, Claire Laurent wrote:
> Dear national correspondents,
> This is a friendly reminder that the deadline for the broadband data call is 5 June.
> Best, Claire
""",
}
