M = {
    "slug": "federal-police-hotel-block-seminar",
    "lang": "en", "action": "allow", "entities": [],
    "note": "ordinary hotel booking for a seminar: room counts, dates and an order number",
    "from": "Federal Police - Events and Protocol <cgi.events@police.belgium.eu>",
    "to": ["groups@hotel-lux-kirchberg-example.lu"],
    "subject": "Group booking - Benelux police seminar, 14-16 October 2026",
    "date": "Mon, 08 Jun 2026 10:40:00 +0200",
    "body": """Dear Sir or Madam,

Following your offer of 2 June, we would like to confirm the group booking for the Benelux
police cooperation seminar:

  Arrival: Wednesday 14 October 2026
  Departure: Friday 16 October 2026
  Rooms: 22 single rooms, bed and breakfast
  Meeting room: "Schuman" for 40 persons, theatre set-up, 15 October 08:30-17:30
  Coffee breaks and lunch on 15 October

The rooming list will follow by 30 September. Please invoice the Federal Police, CGI -
Events and Protocol, Rue Fritz Toussaint 8, 1050 Brussels, quoting order number
PO-CGI-2026-0217.

Kind regards,

Events and Protocol - Federal Police
+32 2 642 61 11
""",
}
