M = {
    "slug": "municipality-payment-terminal-test-cards",
    "lang": "en", "action": "allow", "entities": [],
    "note": "test card numbers that fail the Luhn check (plus a failing IBAN) sent to a payment provider; no real person",
    "from": "City of Ghent - ICT Payments <digipolis.payments@stad.gent>",
    "to": ["integration@payment-gateway-example.nl"],
    "subject": "UAT e-counter payments - negative test cards",
    "date": "Fri, 26 Jun 2026 11:45:09 +0200",
    "body": """Hi Daan,

For the user acceptance test of the new e-counter checkout, we want to verify that the
form rejects malformed card numbers before calling your API. These values all fail the Luhn
check on purpose (last digit changed), and the IBAN has a wrong check number:

  5413 3309 6688 9257    -> expected: "invalid card number"
  4111 1111 1111 1112    -> expected: "invalid card number"
  4000 0566 5566 5557    -> expected: "invalid card number"
  BE12 0689 0123 4505    -> expected: "invalid IBAN" (refund form)

For the positive tests we will use the official sandbox cards from your documentation.

Test window: 29 June - 3 July. Please keep the sandbox merchant ID MID-GENT-UAT-02 active.

Cheers,

Lotte Van de Velde
ICT Payments - City of Ghent
Botermarkt 1, 9000 Ghent
""",
    "numbers": [("invalid", "card", "5413 3309 6688 9257"), ("invalid", "card", "4111 1111 1111 1112"),
                ("invalid", "card", "4000 0566 5566 5557"), ("invalid", "iban", "BE12 0689 0123 4505")],
}
