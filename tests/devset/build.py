"""Builders for the development set: real attachments made by the real libraries, and the .eml itself.

Everything is deterministic (fixed dates, fixed MIME boundaries, zip members re-stamped), so that
``make_devset.py`` rewrites the same bytes. Not a test module.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sys
import zipfile
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[1] / "corpus"))  # after tests/devset: same module names

from idnumbers import (  # shared with the corpus, stdnum-checked
    enterprise_number,
    fmt_iban,
    fmt_nn,
    iban_be,
    iban_de,
    iban_nl,
    national_number,
    ogm,
)

__all__ = ["DOCX", "ODS", "ODT", "XLSX", "Mail", "csv_bytes", "docx_bytes", "eml_bytes", "enterprise_number",
           "fmt_iban", "fmt_nn", "forward_header", "html_doc", "html_table", "iban_be", "iban_de", "iban_nl",
           "national_number", "ods_bytes", "odt_bytes", "ogm", "pdf_form", "pdf_text", "quote", "xlsx_bytes"]

FIXED = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODT = "application/vnd.oasis.opendocument.text"


@dataclass
class Mail:
    """One development-set message and its label."""

    slug: str
    lang: str
    action: str  # block | allow
    entities: list[str]
    note: str
    sender: str
    to: str
    subject: str
    body: str
    html: str | None = None  # an HTML alternative (or the only body when ``html_only``)
    html_only: bool = False
    attachments: list[tuple[str, bytes, str]] = field(default_factory=list)
    group: str = ""  # scenarios sharing a group are split together (tune / test)
    split: str = ""  # a fixed split (the third batch: "test2"), else assigned by make_devset.assign_splits


_MODIFIED = re.compile(rb"(<(?:dcterms:modified|dc:date|meta:creation-date)[^>]*>)[^<]*?(Z?</)")


def _restamp_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed member timestamps (openpyxl, python-docx and odfpy stamp "now")."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            new = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 30, 0))
            new.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            new.external_attr = info.external_attr
            content = src.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):  # "modified" is stamped at save time
                content = _MODIFIED.sub(rb"\g<1>2026-11-20T09:30:00\g<2>", content)
            dst.writestr(new, content)
    return out.getvalue()


def xlsx_bytes(sheets: dict[str, list[list[object]]], start_row: int = 1, start_col: int = 1) -> bytes:
    """A workbook (openpyxl) with one sheet per entry; rows written from ``start_row``/``start_col``."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None and value != "":
                    ws.cell(row=start_row + r, column=start_col + c, value=value)
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    wb.properties.creator = "dlp-gateway devset"
    buf = io.BytesIO()
    wb.save(buf)
    return _restamp_zip(buf.getvalue())


def csv_bytes(rows: list[list[object]], delimiter: str = ",", encoding: str = "utf-8") -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        w.writerow(["" if v is None else v for v in row])
    return buf.getvalue().encode(encoding)


def ods_bytes(sheets: dict[str, list[list[object]]]) -> bytes:
    """A spreadsheet (odfpy)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        table = Table(name=name)
        for row in rows:
            tr = TableRow()
            for value in row:
                if isinstance(value, int | float) and not isinstance(value, bool):
                    cell = TableCell(valuetype="float", value=value)
                else:
                    cell = TableCell(valuetype="string")
                if value not in (None, ""):
                    cell.addElement(P(text=str(value)))
                tr.addElement(cell)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    buf = io.BytesIO()
    doc.write(buf)
    return _restamp_zip(buf.getvalue())


def odt_bytes(before: list[str], table: list[list[str]] | None = None, after: list[str] = ()) -> bytes:  # type: ignore[assignment]
    """A text document (odfpy): paragraphs, an optional table, paragraphs."""
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    doc = OpenDocumentText()
    for p in before:
        doc.text.addElement(P(text=p))
    if table:
        t = Table(name="Tabel1")
        t.addElement(TableColumn(numbercolumnsrepeated=len(table[0])))
        for row in table:
            tr = TableRow()
            for value in row:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=str(value)))
                tr.addElement(cell)
            t.addElement(tr)
        doc.text.addElement(t)
    for p in after:
        doc.text.addElement(P(text=p))
    buf = io.BytesIO()
    doc.write(buf)
    return _restamp_zip(buf.getvalue())


def docx_bytes(before: list[str], table: list[list[str]] | None = None, after: list[str] = (),  # type: ignore[assignment]
               tables: list[list[list[str]]] | None = None) -> bytes:
    """A Word document (python-docx): paragraphs, table(s) (first row = header), paragraphs."""
    import docx

    d = docx.Document()
    for p in before:
        d.add_paragraph(p)
    for rows in ([table] if table else []) + (tables or []):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                t.cell(r, c).text = str(value)
        d.add_paragraph("")
    for p in after:
        d.add_paragraph(p)
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "dlp-gateway devset"
    buf = io.BytesIO()
    d.save(buf)
    return _restamp_zip(buf.getvalue())


def pdf_text(lines: list[str]) -> bytes:
    """A text PDF (reportlab), one line per ``drawString``, new page every 50 lines."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    y = 800
    for line in lines:
        if y < 60:
            c.showPage()
            y = 800
        c.drawString(50, y, line)
        y -= 15
    c.save()
    return buf.getvalue()


def pdf_form(title: str, fields: list[tuple[str, str]], intro: list[str] = ()) -> bytes:  # type: ignore[assignment]
    """A PDF with an AcroForm (reportlab): filled-in text fields are not page text."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.drawString(50, 800, title)
    y = 780
    for line in intro:
        c.drawString(50, y, line)
        y -= 15
    y -= 10
    for name, value in fields:
        c.drawString(50, y + 5, name)
        c.acroForm.textfield(name=name, value=value, x=220, y=y, width=300, height=18, borderWidth=1)
        y -= 28
    c.save()
    return buf.getvalue()


def html_doc(title: str, body_html: str) -> bytes:
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title></head>\n"
            f"<body>\n{body_html}\n</body></html>\n").encode()


def html_table(rows: list[list[str]], header: bool = True) -> str:
    out = ["<table border=\"1\" cellpadding=\"3\">"]
    for i, row in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def quote(text: str, who: str, when: str, lang: str) -> str:
    """An earlier message quoted below a reply (Thunderbird-style "> " quoting)."""
    head = {"nl": f"Op {when} schreef {who}:", "fr": f"Le {when}, {who} a écrit :",
            "de": f"Am {when} schrieb {who}:", "en": f"On {when}, {who} wrote:"}[lang]
    quoted = "\n".join(("> " + line) if line else ">" for line in text.splitlines())
    return f"{head}\n{quoted}\n"


def forward_header(lang: str, who: str, when: str, to: str, subject: str) -> str:
    label = {"nl": ("Doorgestuurd bericht", "Van", "Datum", "Aan", "Onderwerp"),
             "fr": ("Message transféré", "De", "Date", "À", "Objet"),
             "de": ("Weitergeleitete Nachricht", "Von", "Datum", "An", "Betreff"),
             "en": ("Forwarded message", "From", "Date", "To", "Subject")}[lang]
    return (f"---------- {label[0]} ----------\n{label[1]}: {who}\n{label[2]}: {when}\n{label[3]}: {to}\n"
            f"{label[4]}: {subject}\n")


def eml_bytes(mail: Mail, number: int) -> bytes:
    """The RFC 5322 message (CRLF line ends) with fixed date, Message-ID and boundaries."""
    m = EmailMessage()
    m["From"] = mail.sender
    m["To"] = mail.to
    m["Subject"] = mail.subject
    m["Date"] = format_datetime(FIXED + dt.timedelta(minutes=7 * number))
    m["Message-ID"] = f"<devset-{number:03d}@dlp-gateway.invalid>"
    m["Content-Language"] = mail.lang
    if mail.html_only and mail.html is not None:
        m.set_content(mail.html, subtype="html")
    else:
        m.set_content(mail.body)
        if mail.html is not None:
            m.add_alternative(mail.html, subtype="html")
    for name, data, ctype in mail.attachments:
        maintype, _, subtype = ctype.partition("/")
        if maintype == "message":
            from email import message_from_bytes
            from email.policy import default

            m.add_attachment(message_from_bytes(data, policy=default), filename=name)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"==devset{number:03d}_{n}==")
    return m.as_bytes(policy=m.policy.clone(linesep="\r\n"))
