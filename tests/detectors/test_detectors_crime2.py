"""Stop 18 (branch crime2): whose IBAN by the holder's *type*, criminal-record requests in every person and
tense, and professionals in a role column of a schedule table. Own sentences, NL/FR/DE/EN, both sides.

- IBAN: a payee phrase before the IBAN ("op de rekening van de kerkfabriek", "versé à la Caisse ...", "auf das
  Konto der Kirchengemeinde", "paid to the parish council") naming an organisation type (worship body,
  municipality, association, school, fund, company) makes it the organisation's, whatever the payment; a
  person's own / private account right before it ("auf ihr Privatkonto", "to her own account") makes it theirs;
- criminal record: asking for an extract ("ze vragen een uittreksel", "brauche ich einen Auszug", "on me
  demande un extrait", "they asked me for a certificate of conduct") is a procedure, its content is data;
- a name in a "Lesgever" / "Formateur" / "Referent" / "Speaker" column is the trainer, not the data subject.
"""

from __future__ import annotations

import pytest

from detectors import DetectionEngine
from gateway.extract.context import TableText
from gateway.model import Segment

P_IBAN = "BE71 0961 2345 6769"
DE_IBAN = "DE89 3704 0044 0532 0130 00"
GB_IBAN = "GB82 WEST 1234 5698 7654 32"

IBAN_CASES = [
    # the organisation named as payee before the IBAN, also with a grant / allowance word nearby
    ("nl", f"De gemeentelijke toelage werd gestort op de rekening van de kerkfabriek ({P_IBAN}).", False),
    ("nl", f"De werkingstoelage gaat naar de rekening van de vzw Jeugdhuis Den Tap, {P_IBAN}.", False),
    ("fr", f"La dotation communale est versée à la fabrique d'église Saint-Remacle, compte {P_IBAN}.", False),
    ("fr", f"Le cautionnement est versé à la Caisse des Dépôts, compte {P_IBAN}.", False),
    ("fr", f"Votre facture a été payée sur le compte de Serrurerie Dumont SRL\n{P_IBAN}.", False),
    ("de", f"Der Zuschuss wird auf das Konto der Kirchengemeinde St. Nikolaus {DE_IBAN} überwiesen.", False),
    ("de", f"Die Gebühr zahlen Sie an die Gemeinde Raeren, Konto {DE_IBAN}.", False),
    ("en", f"The grant will be paid to the parish council, account {GB_IBAN}.", False),
    ("en", f"The contribution is transferred to the school association, account {GB_IBAN}.", False),
    # a person named as payee, or a person's own / private account: held
    ("nl", f"De toelage wordt gestort op de rekening van mevrouw Els Peeters, {P_IBAN}.", True),
    ("nl", f"Het bedrag gaat naar haar eigen rekening {P_IBAN}.", True),
    ("fr", f"L'indemnité sera payée sur son compte personnel {P_IBAN}.", True),
    ("de", f"Die Zahlung bitten wir auf ihr Privatkonto {DE_IBAN} vorzunehmen.", True),
    ("de", f"Die Zahlung erfolgt auf sein Konto {DE_IBAN}.", True),
    ("en", f"The back payment will be made to her own account {GB_IBAN} next week.", True),
    ("en", f"Payment to the account of Mr John Smith, {GB_IBAN}.", True),
]


@pytest.mark.parametrize(("lang", "text", "held"), IBAN_CASES)
def test_iban_holder_by_organisation_type(detect, lang: str, text: str, held: bool) -> None:
    ibans = [f for f in detect(text) if f.entity_type == "IBAN_CODE"]
    assert ibans, text
    assert any(not f.allowed for f in ibans) is held, (lang, text, [f.exception for f in ibans])


RECORD_REQUESTS = [
    ("nl", "Beste mevrouw Mertens,\n\n> Ik begin als begeleider in een jeugdhuis en ze vragen een uittreksel uit "
           "het strafregister. Hoe vraag ik dat aan?\n> Laura Mertens"),
    ("nl", "Dag Tom Peeters, de sportclub heeft je gevraagd om een uittreksel uit het strafregister."),
    ("fr", "Bonjour Madame Lambert,\n\n> Mon employeur me demande un extrait de casier judiciaire. Comment "
           "l'obtenir ?\n> Claire Lambert"),
    ("de", "Sehr geehrte Frau Kessler,\n\n> für meine neue Stelle brauche ich einen Auszug aus dem "
           "Strafregister. Wie bekomme ich den?\n> Julia Kessler"),
    ("en", "Dear Mr Brown,\n\n> The school asked me for a criminal record certificate. How do I get one?\n"
           "> Peter Brown"),
]


@pytest.mark.parametrize(("lang", "text"), RECORD_REQUESTS)
def test_asking_for_a_record_extract_is_a_procedure(blocking, lang: str, text: str) -> None:
    assert "ART10_CRIMINAL" not in blocking(text), (lang, text)


RECORD_CONTENT = [
    ("nl", "Het uittreksel uit het strafregister van Katrien Bakker dat we vroegen vermeldt een veroordeling "
           "voor diefstal."),
    ("fr", "L'extrait de casier de Marc Dubois que nous avons demandé mentionne une condamnation pour vol."),
    ("de", "Der angeforderte Auszug aus dem Strafregister von Herrn Jan Weber enthält eine Verurteilung wegen "
           "Betrugs."),
    ("en", "The criminal record certificate we requested for Mr Paul Adams shows a conviction for assault."),
]


@pytest.mark.parametrize(("lang", "text"), RECORD_CONTENT)
def test_requested_record_with_its_content_is_data(blocking, lang: str, text: str) -> None:
    assert "ART10_CRIMINAL" in blocking(text), (lang, text)


def _schedule(engine: DetectionEngine, intro: str, header: list[str], rows: list[list[str]]) -> set[str]:
    tt = TableText()
    tt.add_text(intro + "\n")
    tt.add_table(header, [(2 + i, r) for i, r in enumerate(rows)])
    text, tables = tt.build()
    return {f.entity_type for f in engine.detect([Segment("body[1]", text, tables)]) if not f.allowed}


@pytest.mark.parametrize(("lang", "intro", "header", "rows"), [
    ("nl", "Vingerafdrukken, gezichtsherkenning, irisscans: wanneer mag een overheid ze gebruiken?",
     ["Datum", "Plaats", "Lesgever"], [["22/04/2026", "Brussel", "Prof. L. Jacobs"], ["13/05/2026", "online",
                                                                                     "mr. S. Wauters"]]),
    ("fr", "Empreintes digitales et reconnaissance faciale : quand une administration peut-elle les utiliser ?",
     ["Date", "Lieu", "Formateur"], [["22/04/2026", "Namur", "Prof. Luc Jacob"], ["13/05/2026", "en ligne",
                                                                                  "Me Sophie Wauthier"]]),
    ("de", "Fingerabdrücke und Gesichtserkennung: wann darf eine Behörde sie nutzen?",
     ["Datum", "Ort", "Referent"], [["22.04.2026", "Eupen", "Prof. Lukas Jansen"], ["13.05.2026", "online",
                                                                                   "Dr. Sabine Wolff"]]),
    ("en", "Fingerprints, facial recognition, iris scans: when may a public body use them?",
     ["Date", "Venue", "Speaker"], [["22/04/2026", "Brussels", "Prof. Laura Jacobs"], ["13/05/2026", "online",
                                                                                      "Dr. Simon Walsh"]]),
])
def test_trainer_in_a_role_column_is_not_the_subject(engine: DetectionEngine, lang: str, intro: str,
                                                     header: list[str], rows: list[list[str]]) -> None:
    assert "ART9_BIOMETRIC" not in _schedule(engine, intro, header, rows), lang


def test_name_column_still_ties_a_template_table(engine: DetectionEngine) -> None:
    found = _schedule(engine, "Export badgesysteem", ["Naam", "Vingerafdruktemplate"],
                      [["Jan Peeters", "a3f9" * 10], ["Els Wouters", "b7c1" * 10]])
    assert "ART9_BIOMETRIC" in found


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Tegen de heer Pieter Hoogland loopt een gerechtelijk onderzoek tegen hem wegens verduistering."),
    ("nl", "Mevrouw Sara Claes wordt vervolgd wegens winkeldiefstal."),
    ("fr", "Monsieur Marc Dubois fait l'objet d'une enquête pour cambriolage."),
    ("fr", "Madame Claire Lambert est soupçonnée de détournement de fonds."),
    ("de", "Gegen Herrn Pieter Hoogland wird wegen Betrugs ermittelt."),
    ("de", "Herr Jan Weber ist wegen Unterschlagung aufgefallen; ermittelt gegen ihn wird seit Mai."),
    ("en", "Mr Paul Adams served 18 months for burglary."),
    ("en", "Ms Jane Brown is under investigation for embezzlement."),
])
def test_investigations_and_offence_kinds_tied_to_a_person(blocking, lang: str, text: str) -> None:
    assert "ART10_CRIMINAL" in blocking(text), (lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Het aantal winkeldiefstallen daalde vorig jaar met 12 % volgens de statistieken."),
    ("fr", "La campagne de prévention contre le cambriolage commence en octobre."),
    ("de", "Die Schulung zur Betrugsprävention findet am 12. März statt."),
    ("en", "The burglary prevention campaign starts in October."),
])
def test_offence_kinds_in_generic_use_pass(blocking, lang: str, text: str) -> None:
    assert "ART10_CRIMINAL" not in blocking(text), (lang, text)


@pytest.mark.parametrize(("header", "value"), [
    (["Naam", "Template handpalmader (Base64, ingekort)"], "UFZUMDEAAQIAAAB4nGNgYGBg..."),
    (["Nom", "Template veines de la main (Base64, tronqué)"], "UFZUMDEAAQIAAAB4nGNgYGBg..."),
    (["Name", "Template Handvenen (Base64, gekürzt)"], "UFZUMDEAAQIAAAB4nGNgYGBg..."),
    (["Name", "Template palm vein (Base64, truncated)"], "UFZUMDEAAQIAAAB4nGNgYGBg..."),
])
def test_unambiguous_word_decides_a_template_column(engine: DetectionEngine, header: list[str], value: str) -> None:
    found = _schedule(engine, "Export", header, [["Claudia Maraite", value], ["Ralf Rauw", value]])
    assert "ART9_BIOMETRIC" in found, header


def test_bare_template_column_still_needs_template_data(engine: DetectionEngine) -> None:
    found = _schedule(engine, "Mailings", ["Naam", "Template"], [["Jan Peeters", "welkom-nl"], ["Els Wouters",
                                                                                              "herinnering"]])
    assert "ART9_BIOMETRIC" not in found


@pytest.mark.parametrize(("lang", "text", "held"), [
    ("nl", "Het dactyloscopisch onderzoek van dhr. Karim Benali leverde een eurodac-hit op.", True),
    ("fr", "La prise d'empreintes de Monsieur Marc Dubois a donné un hit Eurodac.", True),
    ("de", "Die daktyloskopische Auswertung von Herrn Jan Weber ergab einen AFIS-Treffer.", True),
    ("en", "The NFIQ score of Mr Paul Adams's right index was 2; the AFIS hit was confirmed.", True),
    ("nl", "Het bestek vraagt lezers die dactyloscopische beelden volgens ISO/IEC 19794-4 opslaan.", False),
    ("fr", "La circulaire décrit la prise d'empreintes au guichet pour tous les demandeurs de passeport.", False),
    ("de", "Die Ausschreibung verlangt Scanner mit NFIQ-2-Qualitätsprüfung nach ISO/IEC 39794.", False),
    ("en", "The tender requires readers that store images per ISO/IEC 19794-4 with NFIQ checks.", False),
])
def test_dactyloscopy_and_matching_hits(blocking, lang: str, text: str, held: bool) -> None:
    assert ("ART9_BIOMETRIC" in blocking(text)) is held, (lang, text)
