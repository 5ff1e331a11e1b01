"""Deterministic builders for dev batch 8 (attachments and MIME)."""
import csv
import io
import re
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
import datetime

FIXED_TS = "2026-11-20T09:00:00Z"
ZIP_DT = (2026, 11, 20, 9, 0, 0)


def _rezip(data, fix_xml=True):
    """Rewrite a zip with fixed timestamps and fixed metadata dates (docProps, meta.xml)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    dst = zipfile.ZipFile(out, "w")
    for info in src.infolist():
        body = src.read(info.filename)
        if fix_xml and info.filename in ("docProps/core.xml", "meta.xml", "docProps/app.xml"):
            txt = body.decode("utf-8")
            txt = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", FIXED_TS, txt)
            body = txt.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
        zi.compress_type = info.compress_type
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, body)
    dst.close()
    return out.getvalue()


def xlsx(rows, sheet="Blad1", extra_sheets=()):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(list(r))
    for name, rws in extra_sheets:
        w2 = wb.create_sheet(name)
        for r in rws:
            w2.append(list(r))
    fixed = datetime.datetime(2026, 11, 20, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "dienst"
    bio = io.BytesIO()
    wb.save(bio)
    return _rezip(bio.getvalue())


def csvfile(rows, sep=";"):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue().encode("utf-8")


def docx(paras, table=None, after=()):
    import docx as _docx
    d = _docx.Document()
    fixed = datetime.datetime(2026, 11, 20, 9, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.last_printed = fixed
    d.core_properties.author = "dienst"
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for r in table:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    for p in after:
        d.add_paragraph(p)
    bio = io.BytesIO()
    d.save(bio)
    return _rezip(bio.getvalue())


def ods(rows, sheet="Blad1"):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    t = Table(name=sheet)
    for r in rows:
        tr = TableRow()
        for v in r:
            c = TableCell(valuetype="string")
            c.addElement(P(text=str(v)))
            tr.addElement(c)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    bio = io.BytesIO()
    doc.write(bio)
    return _rezip(bio.getvalue())


def odt(paras):
    from odf.opendocument import OpenDocumentText
    from odf.text import P
    doc = OpenDocumentText()
    for p in paras:
        doc.text.addElement(P(text=p))
    bio = io.BytesIO()
    doc.write(bio)
    return _rezip(bio.getvalue())


def pdf(lines, table=None):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=A4, invariant=1)
    c.setTitle("document")
    c.setAuthor("dienst")
    y = 800
    c.setFont("Helvetica", 10)
    allrows = list(lines)
    for ln in allrows:
        c.drawString(50, y, ln)
        y -= 15
        if y < 60:
            c.showPage(); c.setFont("Helvetica", 10); y = 800
    if table:
        y -= 10
        ncol = len(table[0])
        w = 495 / ncol
        for r in table:
            for i, v in enumerate(r):
                c.drawString(50 + i * w, y, str(v))
            y -= 15
            if y < 60:
                c.showPage(); c.setFont("Helvetica", 10); y = 800
    c.showPage()
    c.save()
    return bio.getvalue()


def zipf(members):
    out = io.BytesIO()
    z = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, data)
    z.close()
    return out.getvalue()


MIME = {
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "pdf": ("application", "pdf"),
    "zip": ("application", "zip"),
    "csv": ("text", "csv"),
    "tsv": ("text", "tab-separated-values"),
    "txt": ("text", "plain"),
    "html": ("text", "html"),
}


def render_att(att):
    """att: (kind, filename, payload...) -> (filename, maintype, subtype, bytes) or message."""
    kind, name = att[0], att[1]
    if kind == "xlsx":
        data = xlsx(att[2], *att[3:])
    elif kind == "csv":
        data = csvfile(att[2], ";" if len(att) < 4 else att[3])
    elif kind == "tsv":
        data = csvfile(att[2], "\t")
    elif kind == "docx":
        data = docx(att[2], att[3] if len(att) > 3 else None, att[4] if len(att) > 4 else ())
    elif kind == "ods":
        data = ods(att[2])
    elif kind == "odt":
        data = odt(att[2])
    elif kind == "pdf":
        data = pdf(att[2], att[3] if len(att) > 3 else None)
    elif kind == "html":
        data = att[2].encode("utf-8")
    elif kind == "txt":
        data = att[2].encode("utf-8")
    elif kind == "zip":
        data = zipf([(a[1], render_att(a)[3]) for a in att[2]])
    else:
        raise ValueError(kind)
    mt, st = MIME[kind]
    return name, mt, st, data


def strip_html(h):
    t = re.sub(r"<br\s*/?>|</p>|</tr>|</li>|</h\d>", "\n", h, flags=re.I)
    t = re.sub(r"</t[dh]>", " | ", t, flags=re.I)
    t = re.sub(r"<[^>]+>", "", t)
    import html as _h
    return re.sub(r"\n{3,}", "\n\n", _h.unescape(t)).strip() + "\n"


def build_message(spec, n, sub=0):
    """spec: dict with frm,to,subj,body|html,atts,(cc). n: file number for ids and dates."""
    m = EmailMessage()
    m["From"] = spec["frm"]
    m["To"] = spec["to"]
    if spec.get("cc"):
        m["Cc"] = spec["cc"]
    m["Subject"] = spec["subj"]
    base = datetime.datetime(2026, 11, 2, 8, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    dt = base + datetime.timedelta(hours=(n - 600) * 3 + sub * 7, minutes=(n * 17) % 60)
    if sub:
        dt = dt - datetime.timedelta(days=3)
    m["Date"] = format_datetime(dt)
    dom = spec["frm"].split("@")[-1].strip(">")
    m["Message-ID"] = f"<dev8.{n:03d}.{sub}@{dom}>"
    m["MIME-Version"] = "1.0"
    if spec.get("hdr"):
        for k, v in spec["hdr"]:
            m[k] = v
    if spec.get("html"):
        m.set_content(strip_html(spec["html"]))
        m.add_alternative(spec["html"], subtype="html")
    else:
        m.set_content(spec["body"])
    for att in spec.get("atts", ()):
        if att[0] == "eml":
            inner = build_message(att[2], n, sub + 1)
            m.add_attachment(inner, filename=att[1])
            continue
        name, mt, st, data = render_att(att)
        if mt == "text":
            m.add_attachment(data.decode("utf-8"), subtype=st, filename=name)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    i = 0
    for part in m.walk():
        if part.is_multipart() and part.get_content_type() != "message/rfc822":
            part.set_boundary(f"=_dev8_{n:03d}_{sub}_{i}")
            i += 1
    return m


def to_bytes(m):
    return m.as_bytes(policy=policy.SMTP)
