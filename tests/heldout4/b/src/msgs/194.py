M = {
    "slug": "federal-police-vehicle-delivery-schedule",
    "lang": "en", "action": "allow", "entities": [],
    "note": "ordinary delivery planning with a foreign vehicle supplier; contract and chassis batch references only",
    "from": "Federal Police - Fleet Management <fleet@police.belgium.eu>",
    "to": ["fleet.sales@upfitter-example.de"],
    "subject": "Delivery schedule - 40 patrol vehicles, contract DGR-2025-118",
    "date": "Thu, 18 Jun 2026 09:00:00 +0200",
    "body": """Dear Mr. Krüger,

Thank you for the updated production plan. We can confirm the following delivery schedule
for the 40 patrol vehicles under contract DGR-2025-118 (lot 2):

  Batch A - 12 vehicles - week 30 - Fleet centre Neder-Over-Heembeek
  Batch B - 14 vehicles - week 33 - Fleet centre Neder-Over-Heembeek
  Batch C - 14 vehicles - week 36 - Fleet centre Namur (Suarlée)

Each batch must come with the conformity certificates (COC), the light-bar and radio
installation reports and two sets of keys per vehicle. Delivery days: Tuesday to Thursday,
08:00-14:00.

Please confirm the transport company and send the delivery notes 48 hours in advance.

Kind regards,

Inspector Wouter Declercq
Fleet Management - Federal Police
Rue Fritz Toussaint 8, 1050 Brussels - +32 2 642 60 00
""",
}
