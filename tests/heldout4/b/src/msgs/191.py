M = {
    "slug": "flemish-agency-conference-speaker-chemo-thread",
    "lang": "en", "action": "block", "entities": ["ART9_HEALTH"],
    "note": "reply thread with a conference organiser; three quotes down a colleague's cancer treatment is explained",
    "from": "Liesbeth Goris <liesbeth.goris@vlaanderen.be>",
    "to": ["programme@eu-regions-forum-example.eu"],
    "subject": "RE: RE: RE: Speaker change - panel on regional innovation policy",
    "date": "Mon, 15 Jun 2026 08:44:02 +0200",
    "in_reply_to": "<prog-3321.2@eu-regions-forum-example.eu>",
    "body": """Dear Marco,

Great, thank you. Dr. Van Rompaey will send her slides by Friday.

Best,
Liesbeth

From: Marco Bellini <programme@eu-regions-forum-example.eu>
Sent: Friday, 12 June 2026 17:20
Subject: RE: RE: Speaker change - panel on regional innovation policy

Dear Liesbeth,
No problem at all, we have updated the programme. Could the new speaker send a short bio?
Marco

> From: Liesbeth Goris
> Sent: Friday, 12 June 2026 10:05
> Subject: RE: Speaker change - panel on regional innovation policy
>
> Dear Marco, the replacement will be Dr. Hanne Van Rompaey, head of our innovation
> monitoring unit. Her bio follows.
>
>> From: Liesbeth Goris
>> Sent: Thursday, 11 June 2026 16:48
>> Subject: Speaker change - panel on regional innovation policy
>>
>> Dear Marco,
>> I am sorry to inform you that our Secretary-General, Mr. Johan Segers, will not be able
>> to speak at the forum on 2 July. He has just been diagnosed with colon cancer and starts
>> chemotherapy next week; he will be off work for several months. He asked me to propose a
>> replacement and apologises to the organisers.
>>
>> Liesbeth Goris
>> International Relations - Department of Economy, Science and Innovation
>> Koning Albert II-laan 35, 1030 Brussels
""",
}
