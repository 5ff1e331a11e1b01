M = {
    "slug": "duo-student-disability-foreign-university",
    "lang": "en", "action": "block", "entities": ["NL_BSN", "ART9_HEALTH"],
    "note": "subject and body: DUO tells a Belgian university about a named student's disability and diagnosis with her BSN in 8-digit form",
    "from": "DUO - Student Finance Abroad <studiefinanciering.buitenland@duo.nl>",
    "to": ["studentservices@uantwerpen-example.be"],
    "subject": "Extension of student finance - Ms. Noor Jansen - multiple sclerosis relapse",
    "date": "Tue, 09 Jun 2026 14:03:19 +0200",
    "body": """Dear Student Services,

DUO has granted Ms. Noor Jansen (BSN 24158689) a one-year extension of her performance-
related grant because of her medical circumstances. She has multiple sclerosis, diagnosed
in October 2025, and had a relapse with hospitalisation in February 2026 which prevented her
from sitting her exams.

Could you confirm her enrolment for the 2026-2027 academic year and the reduced study load
(30 credits) agreed with your disability office?

Kind regards,

DUO - Dienst Uitvoering Onderwijs
Student Finance Abroad, Postbus 50061, 9702 GA Groningen
""",
    "numbers": [("valid", "bsn", "24158689")],
}
