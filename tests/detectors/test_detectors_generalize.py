"""General mechanisms of the second pass on issue 9 (docs/detectors.md): placeholder values in blank forms and
import templates, biometric template / embedding columns in four languages (a bare "Template" column only with
template-like values), a role noun before a name, tie cancels (a criminal-record extract asked for or received;
the party of an elected official), a hit word that names a group, and whose IBAN it is (a company's or an
association's bank details, a grant to an association) versus a private person's allowance or refund."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from detectors import DetectionEngine
from detectors.special.records import placeholder
from gateway.model import Segment

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))
from idnumbers import fmt_iban, iban_be, iban_de
from test_detectors_records import art, table_segment

_RNG = random.Random(90210)
IBAN_BE = fmt_iban(iban_be(_RNG))
IBAN_DE = fmt_iban(iban_de(_RNG))


@pytest.mark.parametrize(("value", "empty"), [
    ("…", True), ("___", True), ("xxx", True), ("XXXXXXXXX", True), ("<naam>", True), ("[name]", True),
    ("{{nom}}", True), ("jj/mm/aaaa", True), ("TT.MM.JJJJ", True), ("(à remplir par le lecteur)", True),
    ("in te vullen", True), ("TBD", True),
    ("x", False), ("X", False), ("Jan Peeters", False), ("ABVV", False), ("Xavier", False),
    ("[0.1234, -0.5531, 0.9911, 0.1200]", False), ("<3 jaar>", False),
])
def test_placeholder_values(value: str, empty: bool) -> None:
    assert placeholder(value) is empty


@pytest.mark.parametrize(("header", "rows"), [
    (["Naam", "Personeelsnummer", "Vakbond", "Politieke partij"], [["<naam>", "<nummer>", "<vakbond>", "<partij>"]]),
    (["Matricule", "Nom", "Gabarit empreinte digitale"], [["…", "…", "…"], ["xxx", "xxx", "(à remplir)"]]),
    (["Name", "Diagnose"], [["[Name]", "[Diagnose]"], ["", ""]]),
])
def test_blank_templates_give_nothing(engine: DetectionEngine, header: list[str], rows: list[list[str]]) -> None:
    assert not art(engine.detect([table_segment(header, rows)]))


@pytest.mark.parametrize("header", [
    ["Personalnummer", "Name", "Gesichtsmerkmale (Embedding)"],
    ["employee_id", "full_name", "face_embedding"],
    ["Personeelsnummer", "Naam", "Gezichtskenmerken"],
    ["Matricule", "Nom", "Vecteur facial"],
    ["Name", "Badge", "Template"],
    ["Naam", "Badge", "Embedding"],
])
def test_biometric_template_columns(engine: DetectionEngine, header: list[str]) -> None:
    rows = [["4401", "Jana Vogel", "[0.1832, -0.4410, 0.9021, 0.0133, -0.7310]"],
            ["4402", "Tobias Hahn", "9F3A0C44B1E27D5580AA13C9F0E4D2B7716C"]]
    found = art(engine.detect([table_segment(header, rows)]))
    assert {f.entity_type for f in found} == {"ART9_BIOMETRIC"} and len(found) == 2


def test_a_template_column_without_template_data_is_not_biometric(engine: DetectionEngine) -> None:
    rows = [["Jan Peeters", "E12", "Welkomstmail nieuwe medewerker"], ["An Claes", "E13", "Herinnering verlof"]]
    assert not art(engine.detect([table_segment(["Naam", "Badge", "Template"], rows)]))


@pytest.mark.parametrize(("text", "entity"), [
    ("The DBS check of applicant Ryan Moore shows a caution for theft in 2019.", "ART10_CRIMINAL"),
    ("In bijlage de irisscan van medewerker Jef Luyten voor de nieuwe toegangspoort.", "ART9_BIOMETRIC"),
    ("Onze boekhouder Koen Smets is lid van de N-VA en deelt folders uit.", "ART9_POLITICAL_OPINION"),
    ("Frau Ines Roth ist in der SPD aktiv und Kassiererin ihres Ortsvereins.", "ART9_POLITICAL_OPINION"),
    ("Notre collègue Julie Marchal milite au PTB depuis 2019.", "ART9_POLITICAL_OPINION"),
    ("Het uittreksel uit het strafregister van Kevin Desmet is ontvangen. Daarop staat een veroordeling "
     "wegens diefstal.", "ART10_CRIMINAL"),
    ("Herr Jonas Keller hat einen Grad der Behinderung von 50 und braucht einen Parkplatz.", "ART9_HEALTH"),
])
def test_tied_to_a_named_person(blocking, text: str, entity: str) -> None:
    assert entity in blocking(text), text


@pytest.mark.parametrize("text", [
    # a criminal-record extract asked for, required or received: a procedure
    "Beste meneer Aerts,\n\nHet uittreksel uit het strafregister dat u ons bezorgde, is ouder dan drie maanden. "
    "Wilt u een nieuw exemplaar opvragen?",
    "Bonjour Madame Simon,\n\nVotre extrait de casier judiciaire a bien été reçu, merci.",
    "Hallo Herr Winter,\n\ndanke, Ihr Führungszeugnis ist bei uns eingegangen.",
    "Dear Ms Carter,\n\nPlease send us a criminal record certificate before your start date.",
    # the party of an elected official
    "Schepen Els Martens, lid van de N-VA, opent zaterdag de bibliotheek.",
    "Le bourgmestre Pierre Lambert, membre du MR, inaugurera la crèche.",
    "Councillor Ann Jones, a member of the Labour Party, chairs the committee.",
    # the hit word names a group; a professional topic with a name nearby
    "Kun je de vergaderzaal reserveren voor de vakbondsafgevaardigden? Het overleg gaat door om 14 uur.",
    "Op de infoavond over dementie spreekt prof. Jan Van Loo over de eerste symptomen.",
])
def test_procedures_mandates_and_topics_are_not_data(blocking, text: str) -> None:
    assert not {t for t in blocking(text) if t.startswith("ART")}, text


@pytest.mark.parametrize("text", [
    f"Hallo,\n\nunsere neue Bankverbindung: Müller Bau GmbH, IBAN {IBAN_DE}, Sparkasse Aachen.",
    f"De subsidie van 5.000 EUR voor vzw Sportclub Lede wordt gestort op rekening {IBAN_BE} van de vereniging.",
    f"Suite à votre demande, voici nos coordonnées bancaires : Imprimerie Lemaire SRL, IBAN {IBAN_BE}.",
])
def test_an_organisations_own_iban_is_allowed(engine: DetectionEngine, text: str) -> None:
    ibans = [f for f in engine.detect([Segment("body", text)]) if f.entity_type == "IBAN_CODE"]
    assert ibans and all(f.allowed for f in ibans), text


@pytest.mark.parametrize("text", [
    f"De huurtoelage van mevrouw Sarah Wouters wordt gestort op haar rekening {IBAN_BE}.",
    f"Das Kindergeld für Frau Anna Becker geht ab Januar auf ihr Konto {IBAN_DE}.",
    f"De subsidie voor mevrouw Lies Claes wordt gestort op rekening {IBAN_BE}.",
])
def test_a_private_persons_iban_blocks(blocking, text: str) -> None:
    assert "IBAN_CODE" in blocking(text), text


@pytest.mark.parametrize(("header", "values"), [
    (["Nom", "Taux d'invalidité"], ["66 %", "33 %"]),
    (["Name", "Grad der Behinderung"], ["50", "30"]),
    (["Naam", "Graad van invaliditeit"], ["66%", "15%"]),
    (["Employee", "Disability rating"], ["40 %", "20 %"]),
])
def test_a_degree_column_holds_the_persons_data(engine: DetectionEngine, header: list[str], values: list[str]) -> None:
    rows = [["Jean Dupont", values[0]], ["Marie Leroy", values[1]]]
    found = art(engine.detect([table_segment(header, rows)]))
    assert {f.entity_type for f in found} == {"ART9_HEALTH"} and len(found) == 2


def test_a_degree_of_zero_is_no_data(engine: DetectionEngine) -> None:
    rows = [["Jean Dupont", "0 %"], ["Marie Leroy", "0"]]
    assert not art(engine.detect([table_segment(["Nom", "Taux d'invalidité"], rows)]))


def test_a_german_bsn_keyword(blocking) -> None:
    assert "NL_BSN" in blocking("Frau Ilse Jansen beginnt am 1. Dezember. Ihre Bürgerservicenummer lautet 111222333.")
