"""Renderers for message specs: MIME assembly and attachment formats, all deterministic."""
import csv, datetime, hashlib, io, re, zipfile
from email.message import EmailMessage
from email import policy as _policy
from email.utils import make_msgid

FIXED = datetime.datetime(2026, 3, 2, 9, 0, 0)
ZIPDATE = (2026, 3, 2, 9, 0, 0)


def rezip(data, fix_xml=True):
    """Rewrite a ZIP container with fixed timestamps and fixed document dates (order kept)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if fix_xml and info.filename in ("docProps/core.xml", "meta.xml"):
                t = body.decode("utf-8")
                t = re.sub(r"(<dcterms:created[^>]*>)[^<]*", r"\g<1>2026-03-02T09:00:00Z", t)
                t = re.sub(r"(<dcterms:modified[^>]*>)[^<]*", r"\g<1>2026-03-02T09:00:00Z", t)
                t = re.sub(r"(<meta:creation-date>)[^<]*", r"\g<1>2026-03-02T09:00:00", t)
                t = re.sub(r"(<dc:date>)[^<]*", r"\g<1>2026-03-02T09:00:00", t)
                body = t.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, ZIPDATE)
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def make_xlsx(a):
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in a["sheets"]:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
        for c in ws[1]:
            c.font = Font(bold=True)
    wb.properties.creator = a.get("author", "")
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO(); wb.save(buf)
    return rezip(buf.getvalue())


def make_csv(a):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=a.get("sep", ";"), lineterminator="\r\n")
    for r in a["rows"]:
        w.writerow(r)
    data = buf.getvalue().encode(a.get("encoding", "utf-8"))
    if a.get("bom"):
        data = b"\xef\xbb\xbf" + data
    return data


def make_docx(a):
    import docx
    d = docx.Document()
    for kind, val in a["blocks"]:
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
    cp = d.core_properties
    cp.author = a.get("author", ""); cp.created = FIXED; cp.modified = FIXED; cp.last_printed = FIXED
    cp.revision = 1
    buf = io.BytesIO(); d.save(buf)
    return rezip(buf.getvalue())


def _odf_table(doc, name, rows):
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    t = Table(name=name)
    for row in rows:
        tr = TableRow()
        for cell in row:
            if isinstance(cell, (int, float)) and not isinstance(cell, bool):
                tc = TableCell(valuetype="float", value=cell)
            else:
                tc = TableCell(valuetype="string")
            tc.addElement(P(text=str(cell)))
            tr.addElement(tc)
        t.addElement(tr)
    return t


def make_odt(a):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    doc = OpenDocumentText()
    n = 0
    for kind, val in a["blocks"]:
        if kind == "h":
            doc.text.addElement(H(outlinelevel=1, text=val))
        elif kind == "p":
            doc.text.addElement(P(text=val))
        elif kind == "table":
            n += 1
            doc.text.addElement(_odf_table(doc, f"Tableau{n}", val))
    buf = io.BytesIO(); doc.write(buf)
    return rezip(buf.getvalue())


def make_ods(a):
    from odf.opendocument import OpenDocumentSpreadsheet
    doc = OpenDocumentSpreadsheet()
    for title, rows in a["sheets"]:
        doc.spreadsheet.addElement(_odf_table(doc, title, rows))
    buf = io.BytesIO(); doc.write(buf)
    return rezip(buf.getvalue())


def make_pdf(a):
    if a.get("engine") == "fpdf":
        from fpdf import FPDF
        pdf = FPDF()
        pdf.set_creation_date(FIXED)
        pdf.set_title(a.get("title", a["name"]))
        pdf.add_page(); pdf.set_font("helvetica", size=10)
        for kind, val in a["blocks"]:
            if kind == "h":
                pdf.set_font("helvetica", "B", 13); pdf.multi_cell(0, 7, val, new_x="LMARGIN", new_y="NEXT"); pdf.set_font("helvetica", size=10)
            elif kind == "p":
                pdf.multi_cell(0, 5, val, new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
            elif kind == "table":
                with pdf.table() as t:
                    for row in val:
                        r = t.row()
                        for cell in row:
                            r.cell(str(cell))
                pdf.ln(3)
        return bytes(pdf.output())
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    from xml.sax.saxutils import escape
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, title=a.get("title", a["name"]), author=a.get("author", ""))
    ss = getSampleStyleSheet()
    flow = []
    for kind, val in a["blocks"]:
        if kind == "h":
            flow.append(Paragraph(escape(val), ss["Heading2"]))
        elif kind == "p":
            flow.append(Paragraph(escape(val).replace("\n", "<br/>"), ss["BodyText"]))
        elif kind == "table":
            t = Table([[str(c) for c in r] for r in val], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
            flow.append(t)
        flow.append(Spacer(1, 6))
    doc.build(flow)
    return buf.getvalue()


def make_zip(a):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for m in a["members"]:
            zi = zipfile.ZipInfo(m.get("path", m["name"]), ZIPDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, render_attachment(m)[0])
    return out.getvalue()


CT = {
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document", make_docx),
    "odt": ("application", "vnd.oasis.opendocument.text", make_odt),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet", make_ods),
    "pdf": ("application", "pdf", make_pdf),
    "csv": ("text", "csv", make_csv),
    "tsv": ("text", "tab-separated-values", make_csv),
    "zip": ("application", "zip", make_zip),
}


def render_attachment(a):
    k = a["kind"]
    if k in ("txt",):
        return a["text"].encode("utf-8"), ("text", "plain")
    if k == "html":
        return a["html"].encode("utf-8"), ("text", "html")
    if k == "tsv":
        a = dict(a, sep="\t")
    maintype, subtype, fn = CT[k]
    return fn(a), (maintype, subtype)


def build_message(spec, slug, nested=0):
    m = EmailMessage(policy=_policy.SMTP)
    m["From"] = spec["from"]
    m["To"] = ", ".join(spec["to"])
    if spec.get("cc"):
        m["Cc"] = ", ".join(spec["cc"])
    m["Subject"] = spec["subject"]
    m["Date"] = spec["date"]
    dom = re.search(r"@([\w.-]+)", spec["from"]).group(1)
    m["Message-ID"] = f"<{slug}.{nested}.{hashlib.sha1(slug.encode()).hexdigest()[:10]}@{dom}>"
    if spec.get("in_reply_to"):
        m["In-Reply-To"] = spec["in_reply_to"]
        m["References"] = spec["in_reply_to"]
    for h, v in spec.get("headers", {}).items():
        m[h] = v
    m.set_content(spec["body"].replace("\r\n", "\n"), charset="utf-8", cte=spec.get("cte"))
    if spec.get("html"):
        m.add_alternative(spec["html"], subtype="html", charset="utf-8")
    for a in spec.get("attachments", []):
        if a["kind"] == "eml":
            inner = build_message(a["msg"], slug, nested + 1)
            m.add_attachment(inner, filename=a.get("name")) if a.get("name") else m.add_attachment(inner)
        else:
            data, (mt, st) = render_attachment(a)
            if mt == "text":
                m.add_attachment(data.decode("utf-8-sig") if not a.get("bom") else data.decode("utf-8-sig"), subtype=st, charset="utf-8", filename=a["name"])
            else:
                m.add_attachment(data, maintype=mt, subtype=st, filename=a["name"])
    i = 0
    for part in m.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary(f"----=_{slug[:40]}_{nested}_{i}_{hashlib.md5((slug + str(i) + str(nested)).encode()).hexdigest()[:12]}")
    return m
