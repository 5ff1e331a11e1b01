"""Helpers for build.py: deterministic MIME and attachment builders.

Every message is written by hand in msgs/bNN.py as one M(...) call; this module only turns the
hand-written text into bytes (MIME structure, XLSX/DOCX/ODT/ODS/PDF/ZIP files).
"""
import csv
import io
import re
import zipfile
import datetime
from email.message import EmailMessage
from email.headerregistry import Address
from email import policy as _policy

FIXED_ZIP_TIME = (2026, 1, 5, 9, 0, 0)
FIXED_DT = datetime.datetime(2026, 1, 5, 9, 0, 0)

REGISTRY = []


def M(**kw):
    """Register one hand-written message."""
    REGISTRY.append(kw)
    return kw


# ---------------------------------------------------------------- zip normalisation
_DATE_RE = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?")


def fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename in ("docProps/core.xml", "docProps/app.xml", "meta.xml"):
                content = _DATE_RE.sub(b"2026-01-05T09:00:00", content)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            zout.writestr(zi, content)
    return out.getvalue()


# ---------------------------------------------------------------- attachment builders
def xlsx(filename, sheets):
    """sheets: list of (sheet title, rows)."""
    from openpyxl import Workbook
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = "DLP eval author"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    return (filename, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", fix_zip(buf.getvalue()))


def csvfile(filename, rows, delimiter=";", encoding="utf-8"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    sub = "tab-separated-values" if delimiter == "\t" else "csv"
    return (filename, "text", sub, buf.getvalue().encode(encoding))


def txtfile(filename, text, subtype="plain"):
    return (filename, "text", subtype, text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"))


def htmlfile(filename, html):
    return (filename, "text", "html", html.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"))


def docx(filename, paragraphs, tables=(), title=None):
    """paragraphs: list of str; tables: list of rows-lists appended after the paragraphs
    (a str item in tables is written as a paragraph between tables)."""
    import docx as _docx
    d = _docx.Document()
    if title:
        d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    for t in tables:
        if isinstance(t, str):
            d.add_paragraph(t)
            continue
        tab = d.add_table(rows=0, cols=len(t[0]))
        tab.style = "Table Grid"
        for r in t:
            cells = tab.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    d.core_properties.author = "DLP eval author"
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.core_properties.last_modified_by = "DLP eval author"
    buf = io.BytesIO()
    d.save(buf)
    return (filename, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", fix_zip(buf.getvalue()))


def odt(filename, paragraphs, table=None):
    from odf.opendocument import OpenDocumentText
    from odf.text import P
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    for p in paragraphs:
        doc.text.addElement(P(text=p))
    if table:
        t = Table(name="Tabel1")
        t.addElement(TableColumn(numbercolumnsrepeated=len(table[0])))
        for r in table:
            tr = TableRow()
            for v in r:
                tc = TableCell(valuetype="string")
                tc.addElement(P(text=str(v)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)
    buf = io.BytesIO()
    doc.save(buf)
    return (filename, "application", "vnd.oasis.opendocument.text", fix_zip(buf.getvalue()))


def ods(filename, sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.text import P
    from odf.table import Table, TableRow, TableCell
    doc = OpenDocumentSpreadsheet()
    for title, rows in sheets:
        t = Table(name=title)
        for r in rows:
            tr = TableRow()
            for v in r:
                tc = TableCell(valuetype="string")
                tc.addElement(P(text=str(v)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    buf = io.BytesIO()
    doc.save(buf)
    return (filename, "application", "vnd.oasis.opendocument.spreadsheet", fix_zip(buf.getvalue()))


def pdf(filename, title, paragraphs, table=None, after=()):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, title=title, author="", creator="", producer="")
    st = getSampleStyleSheet()
    flow = [Paragraph(escape(title), st["Heading2"]), Spacer(1, 6)]
    for p in paragraphs:
        flow.append(Paragraph(escape(p), st["Normal"]))
        flow.append(Spacer(1, 4))
    if table:
        t = Table([[Paragraph(escape(str(c)), st["BodyText"]) for c in r] for r in table], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        flow.append(t)
        flow.append(Spacer(1, 6))
    for p in after:
        flow.append(Paragraph(escape(p), st["Normal"]))
        flow.append(Spacer(1, 4))
    doc.build(flow)
    return (filename, "application", "pdf", buf.getvalue())


def zipped(filename, members):
    """members: list of attachment tuples (name, maintype, subtype, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, _m, _s, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return (filename, "application", "zip", out.getvalue())


def attached_mail(filename, **kw):
    """An attached message/rfc822, given like M(...) fields (frm, to, subject, date, body, ...)."""
    return (filename, "message", "rfc822", kw)


# ---------------------------------------------------------------- MIME
def _addr(s):
    """'Name <user@dom>' or 'user@dom' -> Address"""
    m = re.match(r"\s*(.*?)\s*<([^>]+)>\s*$", s)
    if m:
        user, dom = m.group(2).split("@")
        return Address(m.group(1), user, dom)
    user, dom = s.strip().split("@")
    return Address("", user, dom)


def _crlf(text):
    return text.replace("\r\n", "\n").strip("\n").replace("\n", "\r\n") + "\r\n"


def build_message(spec, slug):
    msg = EmailMessage(policy=_policy.SMTP)
    msg["From"] = _addr(spec["frm"])
    msg["To"] = [_addr(a) for a in spec["to"]]
    if spec.get("cc"):
        msg["Cc"] = [_addr(a) for a in spec["cc"]]
    msg["Subject"] = spec["subject"]
    msg["Date"] = spec["date"]
    dom = _addr(spec["frm"]).domain
    msg["Message-ID"] = spec.get("msgid") or f"<{slug}.{spec.get('num', 0):03d}@{dom}>"
    if spec.get("in_reply_to"):
        msg["In-Reply-To"] = spec["in_reply_to"]
        msg["References"] = spec["in_reply_to"]
    for k, v in spec.get("headers", {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    msg.set_content(_crlf(spec["body"]), subtype="plain", charset="utf-8", cte="quoted-printable")
    if spec.get("html"):
        msg.add_alternative(_crlf(spec["html"]), subtype="html", charset="utf-8", cte="quoted-printable")
    for att in spec.get("att", []):
        name, maintype, subtype, data = att
        if maintype == "message":
            inner = build_message(data, slug + "-inner")
            part = EmailMessage(policy=_policy.SMTP)
            part.set_content(inner)
            part["Content-Disposition"] = f'attachment; filename="{name}"'
            msg.make_mixed()
            msg.attach(part)
        elif maintype == "text":
            msg.add_attachment(data.decode("utf-8"), subtype=subtype, charset="utf-8",
                               cte="base64", filename=name, disposition="attachment")
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    def _strip(p):
        # MIME-Version belongs on the message root only (an attached message keeps its own).
        if p.get_content_maintype() == "multipart":
            for sub in p.get_payload():
                if "MIME-Version" in sub:
                    del sub["MIME-Version"]
                _strip(sub)
    _strip(msg)
    n = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"=_b{n}_{slug}")
    return msg


def to_bytes(msg):
    return msg.as_bytes(policy=_policy.SMTP)


def D(s, tz="+0100"):
    """'2026-03-10 09:14' -> RFC 5322 date with the right weekday."""
    import email.utils
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timezone(sign * datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=off)
    return email.utils.format_datetime(dt)
