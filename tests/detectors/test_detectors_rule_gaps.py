"""Regression tables for general rules added after a held-out evaluation (own sentences, 4 languages).

One table per rule, each with positive cases and generic negatives: BSN keyword forms and table
headers, trade-union membership by union name, ethnic origin phrases, surgery / treatment words
(with the medical-context requirement), the direction of the money for IBANs, counts of anonymous
people and professionals speaking about a medical topic.
"""

from __future__ import annotations

import pytest

from detectors.nl.bsn import NlBsnRecognizer
from detectors.special.medical import medical_context

# --- 1. BSN keyword variants and table headers ------------------------------------------------------
BSN_FORMS = [
    ("Huurder: mevr. A. Smit, sofi-nr. 725 763 863", True),
    ("sofinr 725763863 (moeder)", True),
    ("BSN-nr: 1622.75.869", True),
    ("Bsnnr. 192285142", True),
    ("burgerservicenr. 691682483", True),
    ("Burgerservice-nummer: 725763863", True),
    ("Burgerservicenummer:\nK. de Groot   162 275 869", True),
    # negatives: the same numbers without any BSN keyword (an order number, a name "Sofie")
    ("Ordernummer 725763863, Sofie brengt het pakket", False),
    ("Servicenummer 691682483", False),
    ("Klantnummer 192285142", False),
]


@pytest.mark.parametrize(("text", "found"), BSN_FORMS)
def test_bsn_keyword_forms(text: str, found: bool) -> None:
    results = NlBsnRecognizer().analyze(text)
    assert bool(results) is found, results


def _table(header: str, rows: int = 25) -> str:
    numbers = ["725 763 863", "162 275 869", "192 285 142", "691 682 483"]
    body = "".join(f"mw. K. Visser {i}\t{numbers[i % 4]}\t4 uur per week begeleiding thuis\n\n" for i in range(rows))
    return f"Aanmelding huishoudelijke hulp\n\n{header}\n\n{body}"


def test_bsn_keyword_in_column_header_covers_the_whole_column() -> None:
    text = _table("Cliënt\tBurgerservicenr.\tIndicatie")
    assert len(NlBsnRecognizer().analyze(text)) == 25  # rows far beyond the 300-char window too


def test_bsn_header_of_another_column_or_no_header_does_not_count() -> None:
    rec = NlBsnRecognizer()
    far = [r for r in rec.analyze(_table("Cliënt\tKlantnr.\tIndicatie"))]
    assert far == []
    # a BSN keyword heading another column: only the rows inside the normal 300-char window
    other = rec.analyze(_table("Cliënt\tIndicatie\tBSN"))
    assert 0 < len(other) < 25
    # a plain-text paragraph above (no table) does not reach numbers far below
    text = "BSN\n\n" + "x" * 400 + "\n\nreferentie\t725 763 863\tok\n"
    assert rec.analyze(text) == []


# --- 2. Trade-union membership by union name ------------------------------------------------------
UNION_TIED = [
    "Sophie Martin et Luc Dupont sont affiliées à la FGTB depuis 2018.",
    "Mme Lenoir est déléguée CGSLB dans l'atelier.",
    "M. Gérard est délégué de la CSC au comité.",
    "Mevr. Claes is lid van het ACLVB sinds 2015.",
    "Dhr. Maes is ABVV-afgevaardigde in de ondernemingsraad.",
    "Herr Becker ist Mitglied bei ver.di.",
    "Frau Wolf ist Mitglied in der IG Metall.",
    "Ms Taylor has been a member of GMB for years.",
    "Mr Evans is the Unison rep for the depot.",
]
UNION_GENERIC = [
    "Un délégué FGTB sera présent à la réunion du comité de concertation.",
    "Het ABVV organiseert een infosessie over pensioenen.",
    "Die IG Metall fordert mehr Lohn für alle Beschäftigten.",
    "GMB members voted for strike action across the country.",
    "Het ACV heeft een nieuwe datum voorgesteld voor het overleg.",
]


@pytest.mark.parametrize("text", UNION_TIED)
def test_union_membership_by_name(blocking, text: str) -> None:
    assert "ART9_TRADE_UNION" in blocking(text)


@pytest.mark.parametrize("text", UNION_GENERIC)
def test_union_name_without_a_member(blocking, text: str) -> None:
    assert "ART9_TRADE_UNION" not in blocking(text)


# --- 3. Ethnic origin ---------------------------------------------------------------------------------
ETHNIC_TIED = [
    "The Petrov family (four people) asked for a viewing. They are of Romani descent.",
    "Mr Hussain is of North African descent.",
    "The Doyle family are Irish Travellers and stay on the municipal site.",
    "De familie Yilmaz is van Koerdische afkomst.",
    "Die Familie Lakatos ist eine Roma-Familie aus Ungarn.",
    "La famille Petrovic est d'origine rom.",
    "Mrs Okafor mentioned her ethnic background during the intake.",
    "Son père est d'origine marocaine.",  # a possessive a few words back still ties
    "Zijn vader is van Turkse afkomst.",
]
ETHNIC_GENERIC = [
    "The flowers are of Dutch origin and were delivered on Tuesday.",
    "The museum exhibits Roma music, open to all visitors.",
    "Ce vin est d'origine contrôlée.",
    "De producten zijn van Belgische afkomst.",
    "Jean Dupont a expliqué les origines du projet au conseil communal.",
    "Herr Schulz prüft die Herkunft aus der Lieferkette.",
]


@pytest.mark.parametrize("text", ETHNIC_TIED)
def test_ethnic_origin_tied(blocking, text: str) -> None:
    assert "ART9_ETHNIC_ORIGIN" in blocking(text)


@pytest.mark.parametrize("text", ETHNIC_GENERIC)
def test_ethnic_origin_generic(blocking, text: str) -> None:
    assert "ART9_ETHNIC_ORIGIN" not in blocking(text)


# --- 4. Surgery, treatment, rehabilitation ----------------------------------------------------------
HEALTH_TIED = [
    "Dhr. Claes heeft een heupoperatie gehad en is zes weken afwezig.",
    "Lotte Peeters komt pas in mei terug: ze heeft een operatie aan haar schouder gehad.",
    "Mevr. Vos moet na de ingreep nog drie maanden revalideren.",
    "Mevr. Wouters kreeg een bloedtransfusie na de bevalling.",
    "Mme Lambert a subi une opération du genou et suit une rééducation.",
    "M. Lejeune a été opéré du dos la semaine dernière.",
    "Frau Keller hatte eine Knie-OP und ist in der Reha.",
    "Herr Vogel erholt sich von seiner Schulteroperation.",
    "Herr Krause braucht nach dem Unfall eine Bluttransfusion.",
    "Mr Patel had an operation on his knee last month.",
    "Mrs Green is back from rehab and starts on Monday.",
    "Mr Shaw spent two months in rehab for his knee.",
    "Ms Hall is having chemo every three weeks.",
    # an operation in a text that also names an unambiguous health / genetic finding
    "Mevr. Smet is draagster van een BRCA2-mutatie. Een preventieve operatie volgt in het najaar.",
]
HEALTH_GENERIC = [
    "Dhr. Peeters leidt de politieoperatie in Antwerpen.",
    "M. Dubois dirige l'opération de police à Charleroi.",
    "M. Renard a présenté l'opération fiscale au conseil.",
    "Herr Braun leitet die Operation im Vertrieb.",
    "Frau Kraus plant die Rettungsoperation am Hafen.",
    "Mr Green said the operation of the new depot starts Monday; operational costs are lower.",
    "Mevr. Jacobs coördineert de operatie rond de verhuis van het archief.",
    "Mr Smith ordered surgical masks for the reception staff.",
    "Mr Adams leads the rehab of the old school building.",
]


@pytest.mark.parametrize("text", HEALTH_TIED)
def test_surgery_and_treatment_tied(blocking, text: str) -> None:
    assert "ART9_HEALTH" in blocking(text)


@pytest.mark.parametrize("text", HEALTH_GENERIC)
def test_business_or_police_operation_is_not_health(blocking, text: str) -> None:
    assert "ART9_HEALTH" not in blocking(text)


@pytest.mark.parametrize(("text", "word", "medical"), [
    ("een knieoperatie", "operatie", True),
    ("eine Hüftoperation", "operation", True),
    ("une opération de la hanche", "opération", True),
    ("een reddingsoperatie", "operatie", False),
    ("eine Militäroperation", "operation", False),
    ("une opération immobilière", "opération", False),
])
def test_medical_context(text: str, word: str, medical: bool) -> None:
    i = text.lower().index(word)
    assert medical_context(text, i, i + len(word)) is medical


# --- 5. IBAN: the direction of the money ------------------------------------------------------------
@pytest.mark.parametrize(("text", "allowed"), [
    # money paid to a person: personal, even with a tax / fee word nearby
    ("La taxe de séjour trop perçue vous sera remboursée sur le compte BE71 0961 2345 6769.", False),
    ("De teveel betaalde belasting wordt gestort op rekening BE71 0961 2345 6769.", False),
    ("De parkeerretributie wordt u terugbetaald op BE71 0961 2345 6769.", False),
    ("Die zu viel gezahlte Gebühr wird Ihnen mit der Rückerstattung auf DE89 3704 0044 0532 0130 00 "
     "gutgeschrieben.", False),
    ("The overpaid fee will be refunded to account BE71 0961 2345 6769 next week.", False),
    # payment instructions: the institution receives the money
    ("La taxe est à verser sur le compte BE71 0961 2345 6769 avant le 30 juin.", True),
    ("De belasting is te betalen op BE71 0961 2345 6769 met mededeling +++090/9337/55493+++.", True),
    ("Bitte die Gebühr auf DE89 3704 0044 0532 0130 00, Verwendungszweck 2026-114.", True),
    ("The fee is payable to BE71 0961 2345 6769 within 30 days.", True),
])
def test_iban_money_direction(detect, text: str, allowed: bool) -> None:
    ibans = [f for f in detect(text) if f.entity_type == "IBAN_CODE"]
    assert len(ibans) == 1
    assert ibans[0].allowed is allowed, ibans[0]


# --- 6a. Counts of anonymous people -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Vorig jaar werden 35 verdachten opgepakt; 20 daarvan werden veroordeeld tot een werkstraf.",
    "Er is gisteren iemand aangehouden na de inbraak.",
    "Police said 14 suspects were arrested and three were charged with burglary.",
    "La police a interpellé 15 suspects; huit ont été condamnés.",
    "Die Polizei hat 20 Verdächtige festgenommen, zwölf wurden verurteilt.",
    "Na de controle hebben ze 9 verdachten aangehouden.",
])
def test_counts_of_people_are_not_a_person(blocking, text: str) -> None:
    assert "ART10_CRIMINAL" not in blocking(text)


@pytest.mark.parametrize("text", [
    "Hij werd gisteren aangehouden voor diefstal.",
    "Hij heeft 2 jaar gevangenisstraf gekregen.",
    "Ik weet dat ze 3 jaar geleden veroordeeld werd.",
    "Er wurde gestern wegen Betrugs verhaftet.",
    "She was arrested for fraud last week.",
    "Hij is een van de 12 verdachten die werden aangehouden.",
    "Il est l'un des 15 suspects interpellés hier.",
])
def test_a_person_is_still_tied(blocking, text: str) -> None:
    assert "ART10_CRIMINAL" in blocking(text)


# --- 6b. A professional speaking / writing about a medical or genetic topic ------------------------
@pytest.mark.parametrize("text", [
    "Op de studiedag spreekt dr. Wim Claes over erfelijke darmkanker.",
    "Dr Sarah Jones will present on hereditary cancer and BRCA testing.",
    "Le Dr Martin Leroy présentera ses travaux sur la mucoviscidose.",
    "Prof. Klaus Weber hält einen Vortrag über erbliche Krebserkrankungen.",
    "Prof. Anna de Wit (UGent) is keynote speaker on dementia care.",
])
def test_professional_topic_is_not_a_tie(blocking, text: str) -> None:
    assert not blocking(text) & {"ART9_HEALTH", "ART9_GENETIC"}


@pytest.mark.parametrize("text", [
    "Mevr. Peeters spreekt op de studiedag over haar borstkanker.",
    "Dr Smith confirmed that Mr Brown has hereditary cancer.",
])
def test_personal_health_at_an_event_still_ties(blocking, text: str) -> None:
    assert blocking(text) & {"ART9_HEALTH", "ART9_GENETIC"}
