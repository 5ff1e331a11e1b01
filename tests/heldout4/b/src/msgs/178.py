M = {
    "slug": "fps-foreign-affairs-election-observers",
    "lang": "en", "action": "allow", "entities": [],
    "note": "call for election observers for an OSCE mission; about elections, not anyone's opinion",
    "from": "FPS Foreign Affairs - Election Observation <election.observation@diplobel.fed.be>",
    "to": ["secondments@odihr.pl"],
    "subject": "Belgian short-term observers - ODIHR EOM parliamentary elections",
    "date": "Wed, 27 May 2026 13:13:13 +0200",
    "body": """Dear ODIHR Secondments team,

Belgium will second eight short-term observers and two long-term observers to the ODIHR
Election Observation Mission for the upcoming parliamentary elections. The nominations will
be submitted via the ODIHR online system by 5 June.

All Belgian observers have completed the ODIHR e-learning on election observation and
signed the Code of Conduct, which requires strict political neutrality and no public
expression of opinions on candidates or parties during the mission.

Please let us know the dates of the briefing in Warsaw so that travel can be booked.

Kind regards,

Nathalie Dewitte
Attaché - Human Rights and Election Observation
FPS Foreign Affairs, Rue des Petits Carmes 15, 1000 Brussels
""",
}
