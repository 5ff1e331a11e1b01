M = {
    "slug": "cbs-eurostat-task-force-logistics",
    "lang": "en", "action": "allow", "entities": [],
    "note": "ordinary meeting logistics with Eurostat; names and functions only",
    "from": "Lisa Bakker <l.bakker@cbs.nl>",
    "to": ["estat-lfs-taskforce@ec.europa.eu"],
    "subject": "Task Force on LFS methodology - The Hague meeting 9-10 June, practical information",
    "date": "Thu, 21 May 2026 09:05:00 +0200",
    "body": """Dear colleagues,

Statistics Netherlands is happy to host the next meeting of the Task Force on LFS
methodology on 9-10 June 2026.

Venue: CBS, Henri Faasdreef 312, 2492 JP The Hague (room 3.14), 10 minutes by tram 19 from
The Hague Central Station.
Times: 9 June 13:00-17:30, 10 June 9:00-13:00; lunch provided on both days.
Dinner: 9 June at 19:00, restaurant close to the hotel (please confirm by 1 June).
Hotel: a block of 15 rooms is held at the Babylon Hotel until 26 May under the reference
"CBS-LFS".

Please send me the names of your participants by 29 May so that we can prepare the visitor
badges.

Kind regards,

Lisa Bakker
Senior Statistician - Labour Market Division
Statistics Netherlands - +31 70 337 38 00
""",
}
