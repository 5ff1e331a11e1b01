"""Records: a column header or a field label names the category; every row / block that identifies a person
and has a value there is one finding, at the row. Aggregate tables and header names alone give nothing."""

from __future__ import annotations

import pytest

from detectors import DetectionEngine
from gateway.extract.context import TableText
from gateway.model import Finding, Segment


def table_segment(header: list[str], rows: list[list[str]], location: str = "attachment:x.xlsx#sheet=Staff",
                  before: str = "", first_row: int = 2) -> Segment:
    tt = TableText()
    if before:
        tt.add_text(before)
    tt.add_table(header, [(first_row + i, r) for i, r in enumerate(rows)])
    text, tables = tt.build()
    return Segment(location, text, tables)


def art(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.entity_type.startswith("ART") and not f.allowed]


@pytest.mark.parametrize(("header", "rows", "entity"), [
    (["Naam", "Dienst", "Vakbond"], [["Jan Peeters", "Wegen", "ACV"], ["An Claes", "Onthaal", "ABVV"]],
     "ART9_TRADE_UNION"),
    (["Nom", "Prénom", "Syndicat"], [["Lambert", "Pascal", "CGSP"], ["Renard", "Isabelle", "CSC"]],
     "ART9_TRADE_UNION"),
    (["employee_id", "full_name", "union_membership"],
     [["E1", "Laura Whitfield", "Unite"], ["E2", "Sean Gallagher", "GMB"]], "ART9_TRADE_UNION"),
    (["Nachname", "Vorname", "Herkunft"], [["Ahmadi", "Farid", "afghanisch"], ["Osmani", "Leonora", "kosovarisch"]],
     "ART9_ETHNIC_ORIGIN"),
    (["Name", "Role", "Ethnicity"], [["Aisha Bello", "Officer", "Black African"], ["Milan Horvath", "Driver", "Roma"]],
     "ART9_ETHNIC_ORIGIN"),
    (["Naam leerling", "Klas", "Levensbeschouwing"], [["Sami B.", "3B", "islam"], ["Noah C.", "3A", "jodendom"]],
     "ART9_RELIGION"),
    (["Name", "Vorname", "Konfession"], [["Becker", "Lukas", "rk"], ["Schmitt", "Hannah", "ev"]], "ART9_RELIGION"),
    (["Nom", "Service", "Affiliation politique"],
     [["Hanquet Olivier", "Urbanisme", "MR"], ["Mertens Laure", "IT", "PS"]], "ART9_POLITICAL_OPINION"),
    (["Naam", "Dienst", "Partij"], [["Stefaan Heylen", "RO", "Vooruit"], ["Ann Wuyts", "Burgerzaken", "N-VA"]],
     "ART9_POLITICAL_OPINION"),
    (["Patient", "Date of birth", "Diagnosis"], [["Kevin Doyle", "1983-02-11", "Type 2 diabetes"],
                                                ["Marta Silva", "1990-07-30", "depression"]], "ART9_HEALTH"),
    (["Nom", "Prénom", "Diagnostic"], [["Collignon", "Eric", "épilepsie"], ["Michaux", "Valérie", "lombalgie"]],
     "ART9_HEALTH"),
    (["Name", "Geburtsdatum", "Vorstrafen"], [["Schulz, Dennis", "1993-02-14", "Betrug (2022)"],
                                             ["Pauly, Svenja", "1998-06-01", "Diebstahl"]], "ART10_CRIMINAL"),
    (["Respondent", "E-mail", "Seksuele geaardheid"], [["Joris Van Acker", "j@telenet.be", "homoseksueel"],
                                                       ["Evi Lambrecht", "e@gmail.com", "biseksueel"]],
     "ART9_SEX_LIFE"),
    (["Sample", "Name", "D3S1358", "vWA", "FGA"], [["S-01", "Michael Brennan", "15,17", "16,17", "20,24"],
                                                  ["S-02", "Joanne Brennan", "16,16", "17,18", "22,24"]],
     "ART9_GENETIC"),
    (["Name", "Genotyp", "Trägerstatus"], [["Schröder, Laura", "heterozygot", "Trägerin"],
                                          ["Weber, Nina", "heterozygot", "Trägerin"]], "ART9_GENETIC"),
    (["employee_no", "name", "fingerprint_template_iso19794_2"], [["1040", "Grace Okafor", "Rk1SACAyMAAAAA"],
                                                                  ["1041", "Liam Byrne", "Rk1SACAyMAAABB"]],
     "ART9_BIOMETRIC"),
    (["personeelsnummer", "naam", "gezichtstemplate (embedding)"], [["M-4410", "An Mertens", "0.12;-0.4"],
                                                                    ["M-4411", "Kris Jacobs", "0.2;0.1"]],
     "ART9_BIOMETRIC"),
    (["matricule", "nom", "empreinte vocale"], [["A1021", "Gilson Marc", "vp-7f3a"], ["A1034", "Piron L.", "vp-1c88"]],
     "ART9_BIOMETRIC"),
    (["Visitor ID", "Iris code", "Face embedding (512-d)"], [["V-88120", "ic:6f1d", "[0.02, -0.13]"],
                                                            ["V-88121", "ic:a93b", "[0.11, 0.00]"]],
     "ART9_BIOMETRIC"),  # a visitor number identifies the person (no name column)
])
def test_category_column_fires_per_identified_row(engine: DetectionEngine, header: list[str], rows: list[list[str]],
                                                  entity: str) -> None:
    seg = table_segment(header, rows)
    found = [f for f in art(engine.detect([seg])) if f.entity_type == entity]
    assert [f.location for f in found] == [f"{seg.location}!row=2", f"{seg.location}!row=3"], found
    for f in found:
        assert f.explain and f.explain["rule"] == "table_column"
        assert seg.text[f.start : f.end] not in f.snippet or len(seg.text[f.start : f.end]) <= 1


@pytest.mark.parametrize(("header", "rows"), [
    (["Vakbond", "Aantal leden", "Aandeel"], [["ACOD", "212", "38 %"], ["ACV-OD", "187", "34 %"]]),
    (["Motief", "2023", "2024"], [["Afkomst / huidskleur", "412", "455"], ["Religie", "98", "121"],
                                  ["Seksuele geaardheid", "151", "170"]]),
    (["Origine des demandeurs", "Nombre", "%"], [["Afrique du Nord", "421", "15"], ["Belgique", "1412", "52"]]),
    (["Diagnosegruppe", "Anzahl Fälle 2025"], [["Psychische Erkrankungen", "17"], ["Atemwege", "88"]]),
    (["Datum", "Feestdag", "Levensbeschouwing"], [["2026-03-20", "Suikerfeest", "islam"], ["2026-04-05", "Pasen",
                                                                                            "christendom"]]),
    (["Sample", "D3S1358", "vWA", "FGA"], [["PT-2026-A", "15,16", "17,18", "21,22"], ["PT-2026-B", "14,17", "16,16",
                                                                                     "20,25"]]),
    (["Naam", "Dienst", "Vakbond"], [["Jan Peeters", "Wegen", "-"], ["An Claes", "Onthaal", "geen"]]),  # no value
    (["Partij", "Naam", "Adres"], [["Koper", "Jan Peeters", "Kerkstraat 1"], ["Verkoper", "An Claes", "Dorp 2"]]),
    (["Naam", "Functie", "Telefoon"], [["Evelien Schepens", "diensthoofd", "050 44 80 01"]]),
])
def test_tables_without_a_person_category_value_give_nothing(engine: DetectionEngine, header: list[str],
                                                             rows: list[list[str]]) -> None:
    assert art(engine.detect([table_segment(header, rows)])) == []


def test_one_finding_per_row_and_category_at_real_row_numbers(engine: DetectionEngine) -> None:
    seg = table_segment(["Naam", "Vakbond", "Diagnose", "Opmerking"],
                        [["Jan Peeters", "ACV", "burn-out", "ACV-lid, burn-out sinds mei"],
                         ["An Claes", "", "", ""], ["Piet Maes", "ABVV", "", "vakbondslid"]], first_row=14)
    seg = Segment(seg.location, seg.text, (seg.tables[0].__class__(seg.tables[0].start, seg.tables[0].end,
                                                                    seg.tables[0].header, (14, 15, 17)),))
    found = sorted((f.location.rpartition("!")[2], f.entity_type) for f in art(engine.detect([seg])))
    assert found == [("row=14", "ART9_HEALTH"), ("row=14", "ART9_TRADE_UNION"), ("row=17", "ART9_TRADE_UNION")]


def test_a_lexicon_hit_in_a_row_ties_only_to_that_row(engine: DetectionEngine) -> None:
    header, rows = ["Week", "Maandag", "Opmerking"], [["48", "Jan Pauwels", "planning"], ["49", "-", "ziekte"]]
    assert art(engine.detect([table_segment(header, rows)])) == []  # "ziekte" in a row with no person
    rows = [["48", "Jan Pauwels", "afwezig wegens ziekte"]]
    found = [f for f in engine.detect([table_segment(header, rows)]) if f.entity_type.startswith("ART")]
    assert [(f.entity_type, f.location.endswith("!row=2")) for f in found] == [("ART9_HEALTH", True)]
    assert found[0].exception == "absence_without_reason"  # tied to the row, but only an absence
    rows = [["48", "Jan Pauwels", "afwezig wegens griep"]]
    found = art(engine.detect([table_segment(header, rows)]))
    assert [(f.entity_type, f.location.endswith("!row=2")) for f in found] == [("ART9_HEALTH", True)]


def test_header_names_are_not_data(engine: DetectionEngine) -> None:
    seg = table_segment(["Naam", "Vakbond", "Godsdienst"], [["Jan Peeters", "", ""]])
    assert art(engine.detect([seg])) == []


@pytest.mark.parametrize(("text", "entity"), [
    ("Naam: Vandenbussche\nVoornaam: Gert\nPersoneelsnummer: 004512\nVakbond: ABVV (ACOD LRB)\n", "ART9_TRADE_UNION"),
    ("Nom : Okonkwo\nPrénom : Chidi\nOrientation sexuelle : homosexuel\n", "ART9_SEX_LIFE"),
    ("Name: Daniel Foster\nStaff no: 20417\nCriminal record: theft (2018)\n", "ART10_CRIMINAL"),
    ("Name: Harpreet Singh\nStaff no: 7731\nReligion: Sikh\n", "ART9_RELIGION"),
    ("Name: Hoffmann\nVorname: Stefanie\nReligionszugehörigkeit: römisch-katholisch\n", "ART9_RELIGION"),
    ("Nom : Deprez\nFonction : architecte\nParti : Ecolo\n", "ART9_POLITICAL_OPINION"),
    ("Naam\tIngrid Willems\nDiagnose\treumatoïde artritis\n", "ART9_HEALTH"),  # a key / value table row
])
def test_form_fields(engine: DetectionEngine, text: str, entity: str) -> None:
    found = art(engine.detect([Segment("attachment:form.pdf#form", text)]))
    assert [f.entity_type for f in found] == [entity], found
    assert found[0].location.startswith("attachment:form.pdf#form!line=")
    assert found[0].explain["rule"] == "form_field"


@pytest.mark.parametrize("text", [
    "Onderwerp: opleiding politieke neutraliteit\nDatum: 3 februari\nLesgever: prof. Johan Leman\n",
    "Thema: religie en levensbeschouwing op de werkvloer\nPlaats: zaal 2\n",
    "Naam: Jan Peeters\nVakbond: geen\n",  # the value says "none"
    "Parti: acheteur\nNom: Jan Peeters\n",  # a contract party, not a political one
])
def test_form_lines_without_category_data(engine: DetectionEngine, text: str) -> None:
    assert art(engine.detect([Segment("body", text)])) == []


def test_form_value_without_a_person_in_its_block_goes_to_the_tie_decision(engine: DetectionEngine) -> None:
    text = "Betreft: dossier van Dhr. Peeters\n\nNa het gesprek van vandaag:\nDiagnose: hernia L4-L5\n"
    found = art(engine.detect([Segment("body", text)]))
    assert [f.entity_type for f in found] == ["ART9_HEALTH"]
    assert not art(engine.detect([Segment("body", "Diagnose: hernia L4-L5\nBehandeling: kinesitherapie\n")]))


def test_record_locations_are_masked_once_per_segment(engine: DetectionEngine) -> None:
    from gateway.scan import mask_locations

    loc = "attachment:85073003328.xlsx#sheet=Staff"
    found = [Finding("ART9_TRADE_UNION", f"{loc}!row={n}", snippet="A**") for n in (2, 14)]
    found.append(Finding("ART9_HEALTH", f"{loc}!table=2!row=3"))
    masked = [f.location for f in mask_locations(engine, found)]
    assert all("85073003328" not in m for m in masked)
    assert [m.rpartition(".xlsx")[2] for m in masked] == ["#sheet=Staff!row=2", "#sheet=Staff!row=14",
                                                          "#sheet=Staff!table=2!row=3"]


def test_row_findings_are_counted_and_capped_per_table_and_category(engine: DetectionEngine,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import detectors.special.records as records

    monkeypatch.setattr(records, "MAX_ROW_FINDINGS", 5)
    seg = table_segment(["Naam", "Vakbond"], [[f"Medewerker {i} Peeters", "ACV" if i % 2 else ""] for i in range(40)])
    found = [f for f in art(engine.detect([seg])) if f.entity_type == "ART9_TRADE_UNION"]
    assert len(found) == 5 and all(f.explain["rows"] == 20 for f in found)


# --- column-wise table detection: the same findings as a row-by-row reading ------------------------------


def test_a_column_with_repeated_values_is_judged_once_per_value(engine: DetectionEngine,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from detectors.special.records import FieldVocabulary

    judged: list[str] = []
    real = FieldVocabulary.value_ok

    def counting(self: FieldVocabulary, entity: str, requires: str, value: str) -> bool:
        judged.append(value)
        return real(self, entity, requires, value)

    monkeypatch.setattr(FieldVocabulary, "value_ok", counting)
    unions = ["ACV", "", "ABVV", "-", "n.v.t.", "ACLVB"]
    rows = [[f"{['Jan', 'Els', 'Tom'][i % 3]} {['Peeters', 'Maes'][i % 2]}", unions[i % 6]] for i in range(600)]
    found = [f for f in art(engine.detect([table_segment(["Naam", "Vakbond"], rows)]))
             if f.entity_type == "ART9_TRADE_UNION"]
    assert sorted(judged) == sorted(set(unions))  # six distinct values, not 600 cells
    assert [f.location.rpartition("!row=")[2] for f in found] == [str(i + 2) for i in range(600) if i % 6 in (0, 2, 5)]
    assert all(f.explain["rows"] == 300 and f.explain["tie"] == "row:name" for f in found)


def _art_rows(findings: list[Finding]) -> list[tuple[str, str, str, object, object]]:
    return [(f.entity_type, f.location.rpartition("!")[2], f.snippet, f.explain.get("rule"), f.explain.get("tie"))
            for f in art(findings)]


def test_a_huge_table_finds_what_a_small_one_finds_far_down(engine: DetectionEngine) -> None:
    """Rows 40 002 and 40 003 of a table of 1.4 MB (two chunks) give the findings they give in a table of five."""
    special = [["P-7", "Kevin Doyle", "Onthaal", "ABVV", "Type 2 diabetes"], ["P-8", "", "ICT", "ACV", "-"]]
    filler = [[f"P{i}", "", "wegen, ploeg onderhoud", "", ""] for i in range(40_000)]
    header = ["Personeelsnr", "Naam", "Dienst", "Vakbond", "Diagnose"]
    small = table_segment(header, [*filler[:3], *special], location="attachment:x.csv", first_row=39_999)
    big = table_segment(header, [*filler, *special, *filler[:2_000]], location="attachment:x.csv")
    assert len(big.text) > (1 << 20) + 200_000
    want = _art_rows(engine.detect([small]))
    assert [w[:2] for w in want] == [("ART9_TRADE_UNION", "row=40002"), ("ART9_HEALTH", "row=40002"),
                                     ("ART9_TRADE_UNION", "row=40003")]
    assert _art_rows(engine.detect([big])) == want


def test_rows_beyond_the_cap_keep_their_category_for_lexicon_hits(engine: DetectionEngine,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A row counted but not reported (beyond MAX_ROW_FINDINGS) already has its union category: a union word in
    its remark adds nothing; a health word there is still its own finding, at that row."""
    import detectors.special.records as records

    monkeypatch.setattr(records, "MAX_ROW_FINDINGS", 2)
    rows = [["Jan Peeters", "ACV", ""], ["An Claes", "ABVV", ""], ["Piet Maes", "ACV", "vakbondsafgevaardigde"],
            ["Els Wouters", "ACV", "diabetes"]]
    found = _art_rows(engine.detect([table_segment(["Naam", "Vakbond", "Opmerking"], rows)]))
    assert [(e, row, rule) for e, row, _, rule, _ in found] == [
        ("ART9_TRADE_UNION", "row=2", "table_column"), ("ART9_TRADE_UNION", "row=3", "table_column"),
        ("ART9_HEALTH", "row=5", "lexicon")]


def test_form_lines_after_a_long_table_are_read(engine: DetectionEngine) -> None:
    tt = TableText()
    tt.add_table(["Naam", "Dienst"], [(i + 2, [f"Medewerker {i}", "Wegen"]) for i in range(80)])
    tt.add_text("Naam: Vandenbussche\nPersoneelsnummer: 004512\nVakbond: ABVV\n")
    text, tables = tt.build()
    found = art(engine.detect([Segment("attachment:x.docx", text, tables)]))
    line = text[: text.index("Vakbond: ABVV")].count("\n") + 1
    assert [(f.entity_type, f.location, f.explain["rule"]) for f in found] == [
        ("ART9_TRADE_UNION", f"attachment:x.docx!line={line}", "form_field")]
