M = {
    "slug": "embassy-hotel-card-guarantee",
    "lang": "en", "action": "block", "entities": ["CREDIT_CARD"],
    "note": "consular section passes a private visitor's card number to a hotel as booking guarantee",
    "from": "Consular Section - Embassy of Belgium in Nairobi <nairobi.consular@diplobel.fed.be>",
    "to": ["reservations@westlands-hotel-example.co.ke"],
    "subject": "Booking for Mr. and Mrs. Lambrecht - 8 to 12 June - card guarantee",
    "date": "Wed, 03 Jun 2026 07:58:20 +0300",
    "body": """Dear Reservations team,

Following the emergency situation of the Belgian citizens Mr. and Mrs. Lambrecht, whose
luggage was stolen, please confirm a double room from 8 to 12 June.

Mr. Lambrecht asked us to pass on his personal card details as guarantee, as he cannot
access his e-mail:

  Card holder: Geert Lambrecht
  Visa 4917 3004 0867 6813, expiry 11/28

The embassy does not guarantee the payment. Please send the confirmation to this address.

Kind regards,

Consular Section
Embassy of Belgium, Limuru Road, Nairobi
""",
    "numbers": [("valid", "card", "4917 3004 0867 6813")],
}
