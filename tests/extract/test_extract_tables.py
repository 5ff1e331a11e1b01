"""Tables keep their structure: sheets, CSV/TSV, DOCX, ODT and HTML tables become ``Table`` spans.

Files are made by the real libraries (openpyxl, odfpy, python-docx, csv); every test checks that the
table's rows are exactly the lines of its span, with the user-visible row numbers.
"""

from __future__ import annotations

import io

import extract_samples as s
import pytest

from gateway.extract import extract_message
from gateway.extract.tables import csv_table, sniff_delimiter
from gateway.model import Segment, Table


def one(name: str, data: bytes, ctype: str = "application/octet-stream") -> list[Segment]:
    maintype, subtype = ctype.split("/")
    ex = extract_message(s.mail(attachments=((name, data, maintype, subtype),)))
    return [seg for seg in ex.segments if seg.tables]


def rows_of(seg: Segment, t: Table) -> list[list[str]]:
    return [line.split("\t") for line in seg.text[t.start : t.end].split("\n")]


def test_xlsx_header_is_first_multi_cell_row_and_rows_are_sheet_rows() -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Staff"
    ws["B2"] = "Personeelslijst 2026"  # a title row: text, not the header
    for r, row in enumerate([["Naam", "Dienst", "Vakbond"], ["Jan Peeters", "Wegen", "ACV"],
                             ["An Claes", "Onthaal", None]], start=4):
        for c, v in enumerate(row, start=2):
            ws.cell(row=r, column=c, value=v)
    ws.cell(row=9, column=2, value="Piet Maes")  # after empty rows 7-8
    ws.cell(row=9, column=4, value="ABVV")
    buf = io.BytesIO()
    wb.save(buf)
    (seg,) = one("lijst.xlsx", buf.getvalue())
    assert seg.location == "attachment:lijst.xlsx#sheet=Staff"
    (t,) = seg.tables
    assert t.header == ("Naam", "Dienst", "Vakbond")
    assert t.rows == (5, 6, 9)
    assert rows_of(seg, t) == [["Jan Peeters", "Wegen", "ACV"], ["An Claes", "Onthaal"], ["Piet Maes", "", "ABVV"]]
    assert seg.text.startswith("Personeelslijst 2026\nNaam\tDienst\tVakbond\n")
    assert f"{seg.location}!{t.label}={t.row_number(2)}" == "attachment:lijst.xlsx#sheet=Staff!row=9"


def test_ods_repeated_empty_rows_are_not_expanded() -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table as OdfTable
    from odf.table import TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = OdfTable(name="Leden")
    for values, repeat in [(["Naam", "Vakbond"], 1), (["Jan", "ACV"], 1), ([], 1_048_000), (["Els", "ABVV"], 1)]:
        row = TableRow(numberrowsrepeated=repeat) if repeat > 1 else TableRow()
        for v in values or [""]:
            cell = TableCell(numbercolumnsrepeated=16384) if not values else TableCell()
            if v:
                cell.addElement(P(text=v))
            row.addElement(cell)
        table.addElement(row)
    doc.spreadsheet.addElement(table)
    buf = io.BytesIO()
    doc.write(buf)
    (seg,) = one("leden.ods", buf.getvalue())
    (t,) = seg.tables
    assert t.header == ("Naam", "Vakbond")
    assert t.rows == (2, 1_048_003)
    assert len(seg.text) < 100


@pytest.mark.parametrize(("name", "data", "delimiter"), [
    ("lijst.csv", "Naam;Vakbond\r\nJan Peeters;ACV\r\n\"Claes; An\";ABVV\r\n", ";"),
    ("export.txt", "name,union,team\nJan,ACV,IT\nAn,ABVV,HR\nPiet,,HR\n", ","),
    ("data.tsv", "naam\tgeaardheid\nJan\thomo\n", "\t"),
])
def test_csv_tsv_by_name_and_content(name: str, data: str, delimiter: str) -> None:
    assert sniff_delimiter(data, name) == delimiter
    (seg,) = one(name, data.encode(), "text/plain")
    (t,) = seg.tables
    assert len(t.header) >= 2 and t.rows[0] == 2
    assert all(len(r) >= 2 for r in rows_of(seg, t))


def test_csv_quoted_multiline_field_keeps_its_record_and_line_number() -> None:
    text, (t,) = csv_table('Naam,Opmerking\nJan,"twee\nregels"\nAn,ok\n', "x.csv")  # type: ignore[misc]
    assert text[t.start : t.end].split("\n") == ["Jan\ttwee regels", "An\tok"]
    assert t.rows == (2, 4)


@pytest.mark.parametrize("text", [
    "Beste Jan,\n\nDank je, ik kom morgen, tenzij het regent.\nGroeten, An\n",
    "Hallo, wie geht's? Gut, danke.\nBis morgen.\n",
    "single line, no table",
])
def test_prose_is_not_a_table(text: str) -> None:
    assert csv_table(text, "mail.txt") is None


def test_docx_tables_keep_rows_prose_stays_text() -> None:
    import docx as python_docx

    d = python_docx.Document()
    d.add_paragraph("Deelnemers bosklassen")
    t = d.add_table(rows=3, cols=3)
    for r, row in enumerate([["Naam", "Klas", "Levensbeschouwing"], ["Sami B.", "3B", "islam"],
                             ["Lotte V.", "3A", "katholiek"]]):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    t.cell(2, 2).add_paragraph("tweede alinea")  # two paragraphs in one cell: one field
    d.add_paragraph("Met dank.")
    buf = io.BytesIO()
    d.save(buf)
    (seg,) = one("lijst.docx", buf.getvalue())
    (table,) = seg.tables
    assert table.header == ("Naam", "Klas", "Levensbeschouwing")
    assert rows_of(seg, table) == [["Sami B.", "3B", "islam"], ["Lotte V.", "3A", "katholiek tweede alinea"]]
    assert table.label == "table=1!row" and table.rows == (2, 3)
    assert seg.text.startswith("Deelnemers bosklassen\n") and "Met dank." in seg.text[table.end :]


def test_docx_sample_with_one_row_table_still_has_its_text() -> None:
    segs = extract_message(s.mail(attachments=(("v.docx", s.docx(s.NN, table_cell=s.NN), "application",
                                                 "octet-stream"),))).segments
    body = next(seg for seg in segs if seg.location == "attachment:v.docx")
    assert body.text.count(s.NN) == 2 and not body.tables  # a one-row table has no header + data


def test_odt_table() -> None:
    from odf.opendocument import OpenDocumentText
    from odf.table import Table as OdfTable
    from odf.table import TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentText()
    doc.text.addElement(P(text="Stage"))
    t = OdfTable(name="T")
    for row in [["Nom", "Confession"], ["Ilyes", "musulmane"], ["Chloé", "catholique"]]:
        tr = TableRow()
        for v in row:
            c = TableCell()
            c.addElement(P(text=v))
            tr.addElement(c)
        t.addElement(tr)
    doc.text.addElement(t)
    doc.text.addElement(P(text="Merci"))
    buf = io.BytesIO()
    doc.write(buf)
    (seg,) = one("stage.odt", buf.getvalue())
    (table,) = seg.tables
    assert table.header == ("Nom", "Confession")
    assert rows_of(seg, table) == [["Ilyes", "musulmane"], ["Chloé", "catholique"]]
    assert seg.text.startswith("Stage\n") and seg.text.rstrip().endswith("Merci")


HTML_BODY = """<html><body><p>Hieronder de lijst:</p>
<table><tr><th>Naam</th><th>Partij</th></tr>
<tr><td>Ann <b>Wuyts</b></td><td><span title="verborgen">N-VA</span></td></tr>
<tr><td>Dirk Aerts</td><td>Groen</td></tr></table>
<table><tr><td><table><tr><td>layout</td><td>x</td></tr><tr><td>a</td><td>b</td></tr></table></td></tr></table>
<table><tr><td>Een lange alinea in een layouttabel. """ + "bla " * 120 + """</td><td>rechts</td></tr>
<tr><td>nog</td><td>meer</td></tr></table>
<p>Groeten</p></body></html>"""


def test_html_data_tables_kept_layout_tables_are_text() -> None:
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "a@b.be", "c@d.be", "lijst"
    m.set_content(HTML_BODY, subtype="html")
    ex = extract_message(bytes(m))
    (seg,) = [x for x in ex.segments if x.location == "body"]
    assert len(seg.tables) == 2  # the data table and the innermost small table; not the outer layouts
    first = seg.tables[0]
    assert first.header == ("Naam", "Partij") and first.label == "table=1!row"
    assert rows_of(seg, first) == [["Ann Wuyts", "N-VA verborgen"], ["Dirk Aerts", "Groen"]]  # notes after text
    assert "Hieronder de lijst:" in seg.text[: first.start] and "Groeten" in seg.text
    assert "Een lange alinea" in seg.text and "bla bla" in seg.text


def test_html_attachment_table() -> None:
    page = b"<table><tr><th>Employee</th><th>Diagnosis</th></tr><tr><td>Kevin</td><td>diabetes</td></tr></table>"
    (seg,) = one("r.html", page, "text/html")
    assert seg.tables[0].header == ("Employee", "Diagnosis")


@pytest.mark.parametrize("cells", [
    ["a", " b ", "", "c d"], ["Müller", "x\ty", "z"], [None, 3, 2.5, "q"], ["\u00adBE\u200b71", "\x1cx\x85", "  "],
    ["line\nbreak", "\r\n", "ok"], [], ["\x01ctrl", "plain"], ["\u2028sep\u2029", "é "],
])
def test_cells_text_is_cell_text_per_cell(cells: list[object]) -> None:
    from gateway.extract.context import cell_text, cells_text

    assert cells_text(cells) == [cell_text(c) for c in cells]
    assert cells_text(cells_text(cells)) == cells_text(cells)  # what add_rows hands to add_table(cleaned=True)


def test_csv_rows_build_the_same_table_text_as_cell_by_cell() -> None:
    from gateway.extract.context import TableText, cell_text

    data = ("Naam;Dienst;Vakbond;;\r\n Jan Peeters ;Wegen;ACV;;\r\n;;;;\r\n"
            "Élodie Müller;Onthaal\u00ad;\"ab\tc\";;\r\nx;y\r\n")
    text, tables = csv_table(data, "staff.csv")
    tt = TableText()
    tt.add_table(["Naam", "Dienst", "Vakbond"], [(2, ["Jan Peeters", "Wegen", "ACV"]),
                                               (4, [cell_text("Élodie Müller"), cell_text("Onthaal\u00ad"),
                                                    cell_text("ab\tc")]), (5, ["x", "y"])])
    assert (text, tables) == tt.build()
