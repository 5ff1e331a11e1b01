"""Engine-level behaviour: the output contract, masking, the professional-contact and IBAN exceptions."""

from __future__ import annotations

import pytest

from detectors import DetectionEngine, DetectorOptions
from detectors.exceptions import BLOCKING_TYPES
from detectors.masking import mask_value, mask_words
from detectors.registry import recognizer_classes
from gateway.model import Segment

SIGNATURE_NL = """Beste Jan,

In bijlage de agenda van de vergadering van dinsdag.

Met vriendelijke groeten,

Jan Peeters
Adviseur
FOD Financiën
Koning Albert II-laan 33, 1030 Brussel
Tel. +32 2 572 57 57
jan.peeters@minfin.fed.be
https://www.linkedin.com/in/janpeeters
KBO 0308.357.159
IBAN BE71 0961 2345 6769
"""


def test_contract_types_and_registry() -> None:
    contract = {
        "BE_NATIONAL_NUMBER", "BE_BIS_NUMBER", "NL_BSN", "IBAN_CODE", "CREDIT_CARD", "ART9_HEALTH",
        "ART9_ETHNIC_ORIGIN", "ART9_POLITICAL_OPINION", "ART9_RELIGION", "ART9_TRADE_UNION", "ART9_GENETIC",
        "ART9_BIOMETRIC", "ART9_SEX_LIFE", "ART10_CRIMINAL",
    }
    assert contract == BLOCKING_TYPES
    names = {c.__name__ for c in recognizer_classes()}
    assert {"BeNationalNumberRecognizer", "BeBisNumberRecognizer", "NlBsnRecognizer", "IbanCodeRecognizer",
            "PaymentCardRecognizer"} <= names


def test_no_class_name_collides_with_presidio() -> None:
    """Presidio's registry loader finds recognizer classes by name among all subclasses: a clash
    would make Presidio's own AnalyzerEngine instantiate our classes (and fail)."""
    from presidio_analyzer import EntityRecognizer
    from presidio_analyzer.predefined_recognizers import __all__ as presidio_names

    ours = {c.__name__ for c in recognizer_classes()} | {"SpecialCategoryRecognizer", "DlpPatternRecognizer"}
    assert not ours & set(presidio_names)
    assert all(issubclass(c, EntityRecognizer) for c in recognizer_classes())


def test_engine_covers_every_contract_type(engine: DetectionEngine) -> None:
    assert set(BLOCKING_TYPES) <= set(engine.entities)


def test_signature_is_allowed_professional_contact(detect) -> None:
    findings = detect(SIGNATURE_NL)
    assert findings, "the signature's contact data must be reported"
    assert all(f.allowed for f in findings), [f.as_dict() for f in findings if not f.allowed]
    by_type = {f.entity_type: f for f in findings}
    for t in ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "BE_ENTERPRISE_NUMBER", "ORGANIZATION"):
        assert by_type[t].exception == "professional_contact", t
    assert by_type["IBAN_CODE"].exception == "organisation_iban"


def test_contact_line_outside_signature(detect) -> None:
    text = "Voor vragen:\nTel.: 02 572 57 57\nE-mail: info@minfin.fed.be\n\nDe aanvraag is ontvangen."
    findings = detect(text)
    assert {f.entity_type for f in findings} >= {"PHONE_NUMBER", "EMAIL_ADDRESS"}
    assert all(f.allowed and f.exception == "professional_contact" for f in findings)


def test_name_alone_never_blocks(detect) -> None:
    findings = detect("Gisteren sprak ik met Dhr. Peeters en Marie Dubois over de planning.")
    assert [f.entity_type for f in findings] == ["PERSON", "PERSON"]
    assert all(f.allowed and f.exception == "simple_identification" for f in findings)


def test_national_number_in_signature_still_blocks(blocking) -> None:
    assert "BE_NATIONAL_NUMBER" in blocking("Groeten,\nJan Peeters\nRRN 85.07.30-033.28\n")


def test_org_iban_from_options(detect) -> None:
    f = [f for f in detect("Terugbetaling op BE31 4354 1116 1155.") if f.entity_type == "IBAN_CODE"]
    assert f and f[0].allowed and f[0].exception == "organisation_iban"


def test_public_fee_iban_allowed(detect) -> None:
    text = ("Gelieve de retributie van EUR 16,00 te betalen op rekening BE71 0961 2345 6769 van Stad Gent "
            "met de gestructureerde mededeling +++964/4312/49396+++.")
    f = [f for f in detect(text) if f.entity_type == "IBAN_CODE"]
    assert f and f[0].allowed and f[0].exception == "public_fee"


def test_public_fee_fr_en_de(blocking) -> None:
    assert not blocking("Nous vous invitons à verser la redevance de 77 EUR sur le compte BE71 0961 2345 6769.")
    assert not blocking("Please pay the fee of EUR 67.00 to FPS Finance, IBAN BE71 0961 2345 6769.")
    assert not blocking("Bitte überweisen Sie die Gebühr von 20 EUR auf das Konto BE71 0961 2345 6769.")


def test_personal_iban_blocks(blocking) -> None:
    assert "IBAN_CODE" in blocking("De terugbetaling wordt gestort op uw rekening BE71 0961 2345 6769.")
    assert "IBAN_CODE" in blocking("Le remboursement sera versé sur votre compte BE71 0961 2345 6769.")
    assert "IBAN_CODE" in blocking("- Naam: Yusuf Yilmaz\n- Rekening werknemer: BE71 0961 2345 6769\n"
                                   "Gelieve het bedrag over te maken.")
    # no context at all: fail closed
    assert "IBAN_CODE" in blocking("BE71 0961 2345 6769")


def test_invoice_footer_iban_allowed(detect) -> None:
    text = "Factuur 2026-114\nBedrag: EUR 120\nIBAN BE71 0961 2345 6769 - BIC GKCCBEBB - BTW BE0403.019.261"
    f = [f for f in detect(text) if f.entity_type == "IBAN_CODE"]
    assert f[0].allowed and f[0].exception == "organisation_iban"


def test_snippets_are_masked(detect) -> None:
    text = "Rijksregisternummer 85.07.30-033.28, IBAN BE71 0961 2345 6769 voor de terugbetaling."
    findings = detect(text)
    snippets = {f.entity_type: f.snippet for f in findings}
    assert snippets["BE_NATIONAL_NUMBER"] == "85.07.30-***.**"
    assert snippets["IBAN_CODE"] == "BE71 09** **** ****"
    for f in findings:
        assert text[f.start : f.end] not in f.snippet


def test_mask_helpers() -> None:
    assert mask_value("85.07.30-033.28") == "85.07.30-***.**"
    assert mask_value("85.07.30-\n033.28") == "85.07.30- ***.**"
    assert mask_value("1234") == "****"
    assert mask_words("Jan Peeters") == "J** P******"


def test_findings_carry_location(engine: DetectionEngine) -> None:
    out = engine.detect([Segment("subject", "NISS 85073003328"), Segment("attachment:a.pdf#page=2", "")])
    assert [(f.location, f.entity_type) for f in out] == [("subject", "BE_NATIONAL_NUMBER")]


def test_report_allowed_off() -> None:
    eng = DetectionEngine(DetectorOptions(french_ner=False, report_allowed=False))
    out = eng.detect([Segment("body", SIGNATURE_NL + "\nNISS 85073003328")])
    assert [f.entity_type for f in out] == ["BE_NATIONAL_NUMBER"]


@pytest.mark.parametrize(("text", "allowed"), [
    ("Pour le paiement de votre amende, utilisez le compte BE71 0961 2345 6769 (SPF Finances).", True),
    ("Please note our new bank details: IBAN BE71 0961 2345 6769, BIC GKCCBEBB.", True),
    ("Gelieve het inschrijvingsgeld over te schrijven op BE71 0961 2345 6769 met vermelding van uw naam.", True),
    ("Kunt u de kinderbijslag storten op het rekeningnummer BE71 0961 2345 6769 van mevrouw Peeters?", False),
    ("Bitte überweisen Sie die Rückerstattung an Herrn Müller, IBAN DE89 3704 0044 0532 0130 00.", False),
    ("John's salary account changed: NL91 ABNA 0417 1643 00. Please update payroll.", False),
])
def test_iban_holder(detect, text: str, allowed: bool) -> None:
    ibans = [f for f in detect(text) if f.entity_type == "IBAN_CODE"]
    assert len(ibans) == 1
    assert ibans[0].allowed is allowed, ibans[0]


def test_invoice_reference_is_not_a_national_number(blocking) -> None:
    assert not blocking("Onze referentie: 85073003328 (factuurnummer). Gelieve te betalen binnen 30 dagen.")
    assert "BE_NATIONAL_NUMBER" in blocking("In bijlage het dossier van 85073003328.")


def test_an_engine_for_other_detection_time_options_shares_the_recognizers() -> None:
    """``with_options``: the scanner template builds an engine before its configuration arrives."""
    from detectors import DetectionEngine, DetectorOptions
    from gateway.model import Segment

    text = "Gelieve te storten op rekening BE71 0961 2345 6769 van Jan Peeters."
    base = DetectionEngine(DetectorOptions(), defer_prefilter=True)
    options = DetectorOptions(org_ibans=frozenset(["BE71096123456769"]))
    twin = base.with_options(options)
    fresh = DetectionEngine(options, defer_prefilter=True)
    assert twin.options == options and base.options == DetectorOptions()
    assert twin.special is base.special and twin.registry is base.registry
    found = [(f.entity_type, f.allowed, f.exception) for f in twin.detect([Segment("body", text)])]
    assert found == [(f.entity_type, f.allowed, f.exception) for f in fresh.detect([Segment("body", text)])]
    assert ("IBAN_CODE", True, "organisation_iban") in found
    assert ("IBAN_CODE", False, None) in [(f.entity_type, f.allowed, f.exception)
                                         for f in base.detect([Segment("body", text)])]
    assert base.with_options(DetectorOptions()) is base
    other = base.with_options(DetectorOptions(tie_model="hand"))  # shapes what the engine builds
    assert other.special is not base.special and other.special.model != base.special.model
