"""Helpers for build.py: identifiers, attachments, deterministic MIME."""
import io
import zipfile
import datetime
import email.policy
import email.utils
from email.message import EmailMessage

PENDING = []  # identifiers registered while building the current message


def _reg(typ, value, valid, org=False):
    PENDING.append({"type": typ, "value": value, "valid": valid, "org": org})
    return value


# ---------------------------------------------------------------- identifiers
def _nn_chk(base, y2k):
    n = int(("2" if y2k else "") + base)
    return 97 - n % 97


def _fmt_nn(d, fmt):
    if fmt == "dots":
        return f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}"
    if fmt == "space":
        return f"{d[0:6]} {d[6:9]} {d[9:11]}"
    return d


def nn(yymmdd, seq, y2k=False, fmt="dots", typ="BE_NATIONAL_NUMBER"):
    base = f"{yymmdd}{seq:03d}"
    d = base + f"{_nn_chk(base, y2k):02d}"
    return _reg(typ, _fmt_nn(d, fmt), True)


def bis(yymmdd, seq, y2k=False, fmt="dots"):
    return nn(yymmdd, seq, y2k, fmt, typ="BE_BIS_NUMBER")


def nn_bad(yymmdd, seq, fmt="dots", typ="BE_NATIONAL_NUMBER"):
    base = f"{yymmdd}{seq:03d}"
    bad = {_nn_chk(base, False), _nn_chk(base, True)}
    c = (_nn_chk(base, False) + 3) % 97
    while c in bad:
        c = (c + 1) % 97
    return _reg(typ, _fmt_nn(base + f"{c:02d}", fmt), False)


def _bsn_chk(d8):
    return sum(int(c) * w for c, w in zip(d8, range(9, 1, -1))) % 11


def bsn(d8, fmt="plain", drop_zero=False):
    c = _bsn_chk(d8)
    assert c < 10, d8
    d = d8 + str(c)
    if drop_zero:
        assert d[0] == "0"
        d = d[1:]
    elif fmt == "dots":
        d = f"{d[0:4]}.{d[4:6]}.{d[6:9]}"
    return _reg("NL_BSN", d, True)


def bsn_bad(d8, fmt="plain"):
    c = (_bsn_chk(d8) + 1) % 10
    if c == _bsn_chk(d8):
        c = (c + 1) % 10
    d = d8 + str(c)
    if fmt == "dots":
        d = f"{d[0:4]}.{d[4:6]}.{d[6:9]}"
    return _reg("NL_BSN", d, False)


def _iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return 98 - int(num) % 97


def _group(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban_be(bank3, acct7, org=False, compact=False, bad=False):
    c = int(bank3 + acct7) % 97 or 97
    bban = f"{bank3}{acct7}{c:02d}"
    k = _iban_check("BE", bban)
    if bad:
        k = (k + 7) % 97 or 11
    s = f"BE{k:02d}{bban}"
    return _reg("IBAN_CODE", s if compact else _group(s), not bad, org)


def iban_nl(bank, acct10, org=False, compact=False):
    bban = bank + acct10
    s = f"NL{_iban_check('NL', bban):02d}{bban}"
    return _reg("IBAN_CODE", s if compact else _group(s), True, org)


def _luhn_digit(partial):
    tot = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return (10 - tot % 10) % 10


def card(prefix15, sep=" ", bad=False):
    d = prefix15 + str((_luhn_digit(prefix15) + (3 if bad else 0)) % 10)
    s = sep.join(d[i:i + 4] for i in range(0, 16, 4))
    return _reg("CREDIT_CARD", s, not bad)


def other(typ, value):
    """A number that is not an identifier of the policy (KBO, VAT...), declared for completeness."""
    return _reg(typ, value, True, True)


# ---------------------------------------------------------------- zip normaliser
FIXED_ZIP_DT = (2026, 11, 2, 9, 0, 0)


def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_DT)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            data_m = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                data_m = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                                rb"\g<1>2026-11-02T09:00:00Z\g<2>", data_m)
            dst.writestr(zi, data_m)
    return out.getvalue()


# ---------------------------------------------------------------- attachments
FIXED_DT = datetime.datetime(2026, 11, 2, 9, 0, 0)


def att_text(name, text, subtype="plain"):
    return (name, "text", subtype, text.encode("utf-8"))


def att_csv(name, rows, sep=";"):
    text = "\r\n".join(sep.join(str(c) for c in r) for r in rows) + "\r\n"
    return (name, "text", "tab-separated-values" if sep == "\t" else "csv", text.encode("utf-8"))


def att_xlsx(name, sheets):
    import openpyxl
    wb = openpyxl.Workbook()
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        ws.title = title
        first = False
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = "dienst"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.lastModifiedBy = "dienst"
    buf = io.BytesIO()
    wb.save(buf)
    return (name, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            normalize_zip(buf.getvalue()))


def att_docx(name, paras, tables=()):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = "dienst"
    cp.last_modified_by = "dienst"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    for p in paras:
        if p.startswith("# "):
            d.add_heading(p[2:], level=1)
        else:
            d.add_paragraph(p)
    for rows in tables:
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                t.cell(i, j).text = str(c)
    buf = io.BytesIO()
    d.save(buf)
    return (name, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
            normalize_zip(buf.getvalue()))


def att_pdf(name, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(name)
    y = 800
    for ln in lines:
        if y < 60:
            c.showPage()
            y = 800
        c.setFont("Helvetica-Bold" if ln.startswith("# ") else "Helvetica", 10)
        c.drawString(50, y, ln[2:] if ln.startswith("# ") else ln)
        y -= 15
    c.showPage()
    c.save()
    return (name, "application", "pdf", buf.getvalue())


def _odf_save(doc):
    from odf import meta, dc
    doc.meta.addElement(meta.CreationDate(text="2026-11-02T09:00:00"))
    doc.meta.addElement(dc.Date(text="2026-11-02T09:00:00"))
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


def att_odt(name, paras):
    from odf.opendocument import OpenDocumentText
    from odf.text import P
    doc = OpenDocumentText()
    for p in paras:
        doc.text.addElement(P(text=p))
    return (name, "application", "vnd.oasis.opendocument.text", _odf_save(doc))


def att_ods(name, rows, sheet="Blad1"):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    t = Table(name=sheet)
    for r in rows:
        tr = TableRow()
        for c in r:
            tc = TableCell(valuetype="string")
            tc.addElement(P(text=str(c)))
            tr.addElement(tc)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    return (name, "application", "vnd.oasis.opendocument.spreadsheet", _odf_save(doc))


def att_zip(name, members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for m in members:
            zi = zipfile.ZipInfo(m[0], FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, m[3])
    return (name, "application", "zip", out.getvalue())


def att_eml(name, msg):
    return (name, "message", "rfc822", msg)


def att_eml_bytes(name, msg):
    """An .eml file as a zip member."""
    return (name, "message", "rfc822", msg.as_bytes(policy=email.policy.SMTP))


# ---------------------------------------------------------------- messages
def make_mail(num, frm, to, subject, body, html=None, atts=(), cc=None, day=None, extra=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    day = day or ((num % 27) + 1 if num < 900 else max(1, (num - 900) % 27))
    dt = datetime.datetime(2026, 11 if day <= 30 else 12, day, 8 + num % 9, (num * 7) % 60,
                           (num * 13) % 60, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    m["Date"] = email.utils.format_datetime(dt)
    m["Message-ID"] = f"<h6a.{num:03d}.{abs(hash_str(subject)) % 10**8:08d}@mail.example.be>"
    m["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for (fn, mt, st, data) in atts:
        if mt == "message":
            m.add_attachment(data)
            part = m.get_payload()[-1]
            del part["Content-Disposition"]
            part.add_header("Content-Disposition", "attachment", filename=fn)
        elif mt == "text":
            m.add_attachment(data.decode("utf-8"), subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    fix_boundaries(m, f"{num:03d}")
    return m


def hash_str(s):
    h = 5381
    for ch in s:
        h = (h * 33 + ord(ch)) % (2 ** 61)
    return h


def fix_boundaries(m, tag):
    i = 0
    for part in m.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary(f"=_h6a_{tag}_{i:02d}_=")
