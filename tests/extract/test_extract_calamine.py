"""XLSX through python-calamine gives what openpyxl gives: the same segments (sheet names, text, table records
with header and real row numbers), on real workbooks written by openpyxl; the comments and other hidden
parts (read from the XML, not by either library) stay; a workbook calamine cannot read falls back."""

from __future__ import annotations

import datetime
import io
from email.message import EmailMessage

import openpyxl
import pytest
from openpyxl.comments import Comment

from gateway.extract import ExtractLimits, extract_message
from gateway.extract.context import Context
from gateway.extract.limits import Deadline
from gateway.extract.office import _xlsx, _xlsx_openpyxl, calamine_sheets


def _staff(rows: int = 300) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Personeel"
    ws.append([])
    ws.append([None, "Naam", "Vakbond", "Geboortedatum", "Uren", "Actief", "Start", "Rijksregisternummer"])
    for i in range(rows):
        ws.append([None, f"Els Maes {i}", ["ACV", "ABVV", None][i % 3], datetime.date(1980, 1 + i % 12, 1 + i % 28),
                   [38, 19.5, 0.0][i % 3], i % 2 == 0, datetime.datetime(2024, 3, 1, 8, 30), 85073003328 + i])
    ws["B2"].comment = Comment("Vakbond van de betrokkene: ACV", "HR")
    ws.cell(row=rows + 5, column=9, value="los  veld\tmet tab")
    hidden = wb.create_sheet("Verborgen")
    hidden.sheet_state = "hidden"
    hidden.append(["Diagnose", "Patiënt"])
    hidden.append(["diabetes", "Jan Peeters"])
    wb.create_sheet("Leeg")
    odd = wb.create_sheet("Ünïcødé ✓")
    odd["C3"] = "Ｆｕｌｌ ｗｉｄｔｈ ８５．０７．３０"
    odd["D3"] = 1e20
    odd["E3"] = -0.25
    odd["F3"] = datetime.time(23, 59)
    odd["G3"] = "=SUM(1,2)"  # openpyxl writes no cached value: both read an empty cell
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _segments(reader, data: bytes) -> list[tuple[str, str, tuple]]:
    ctx = Context(ExtractLimits())
    reader(ctx, data, "attachment:staff.xlsx", Deadline(60))
    return [(s.location, s.text, s.tables) for s in ctx.out.segments]


@pytest.mark.parametrize("rows", [1, 300, 5000])
def test_calamine_gives_openpyxls_segments(rows: int) -> None:
    data = _staff(rows)
    fast, slow = _segments(_xlsx, data), _segments(_xlsx_openpyxl, data)
    assert [s[0] for s in fast] == [s[0] for s in slow]
    assert fast == slow
    assert any(t for _, _, t in fast)  # the staff sheet is a table with its header
    # "Leeg" has no text, so no segment
    assert {s[0].rpartition("=")[2] for s in fast} == {"Personeel", "Verborgen", "Ünïcødé ✓"}


def test_whole_message_the_same_with_comments(monkeypatch: pytest.MonkeyPatch) -> None:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "hr@stad.gent", "x@firm.be", "Lijst"
    m.set_content("In bijlage.")
    m.add_attachment(_staff(50), maintype="application",
                     subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename="staff.xlsx")
    raw = bytes(m)
    fast = extract_message(raw)
    import gateway.extract.office as office

    monkeypatch.setattr(office, "calamine_sheets", lambda data: (_ for _ in ()).throw(ValueError("off")))
    slow = extract_message(raw)
    assert [(s.location, s.text, s.tables) for s in fast.segments] == [
        (s.location, s.text, s.tables) for s in slow.segments]
    assert any("Vakbond van de betrokkene" in s.text for s in fast.segments)  # cell comment kept
    assert [f.entity_type for f in fast.findings] == [f.entity_type for f in slow.findings]


def test_unreadable_for_calamine_falls_back_to_openpyxl() -> None:
    with pytest.raises(Exception):  # noqa: B017 - any error: the caller falls back
        calamine_sheets(b"PK\x03\x04 not a workbook")
    ctx = Context(ExtractLimits())
    with pytest.raises(Exception):  # noqa: B017 - openpyxl's own error reaches the caller as before
        _xlsx(ctx, b"PK\x03\x04 not a workbook", "attachment:x.xlsx", Deadline(60))
