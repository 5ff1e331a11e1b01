M = {
    "slug": "svb-test-bsn-eleven-test-failures",
    "lang": "en", "action": "allow", "entities": [],
    "note": "CSV of BSN-shaped test values that all fail the eleven-test, sent to a software vendor",
    "from": "SVB IT Test Management <testmanagement@svb.nl>",
    "to": ["qa@pension-software-example.ie"],
    "subject": "Negative test cases for BSN validation - release 26.3",
    "date": "Thu, 04 Jun 2026 13:45:00 +0200",
    "body": """Hi Aoife,

For the acceptance test of release 26.3, please add the attached negative test cases to
the BSN input validation suite. All of them are constructed to FAIL the eleven-test; the
front end must reject them with error code VAL-017. Please do not use production data in
the test environment.

Thanks,

Mark Visser
Test Manager - Sociale Verzekeringsbank
Van Heuven Goedhartlaan 1, 1181 LE Amstelveen
""",
    "attachments": [{"kind": "csv", "name": "bsn_negative_cases.csv", "sep": ",",
        "rows": [["case_id", "input", "expected"],
                 ["NEG-01", "123456780", "VAL-017"],
                 ["NEG-02", "111222334", "VAL-017"],
                 ["NEG-03", "987654320", "VAL-017"],
                 ["NEG-04", "24158680", "VAL-017 (8 digits, leading zero added)"],
                 ["NEG-05", "417776318", "VAL-017"]]}],
    "numbers": [("invalid", "bsn", "123456780"), ("invalid", "bsn", "111222334"), ("invalid", "bsn", "987654320"),
                ("invalid", "bsn", "24158680"), ("invalid", "bsn", "417776318")],
}
