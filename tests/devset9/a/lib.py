"""Helpers for build.py: identifiers (registered per message), attachments, MIME assembly.
Everything is deterministic: fixed dates, ids, boundaries, zip timestamps."""
import io, csv, zipfile, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

PENDING = []          # identifiers registered while a message spec is evaluated
FIXED_ZIP_TIME = (2026, 3, 1, 9, 0, 0)


def _reg(typ, value, valid, org=False):
    PENDING.append({"type": typ, "value": value, "valid": valid, "org": org})


def take_pending():
    out = list(PENDING)
    PENDING.clear()
    return out

# ---------------------------------------------------------------- identifiers

def _nn_check(body9, y2k):
    n = int(("2" if y2k else "") + body9)
    return 97 - (n % 97)


def _fmt11(d, style):
    if style == "dots":
        return f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}"
    if style == "spaces":
        return f"{d[0:6]} {d[6:9]} {d[9:11]}"
    if style == "dash":
        return f"{d[0:6]}-{d[6:9]}-{d[9:11]}"
    if style == "pairs":
        return f"{d[0:2]} {d[2:4]} {d[4:6]} {d[6:9]} {d[9:11]}"
    if style == "slash":
        return f"{d[0:6]}/{d[6:9]}-{d[9:11]}"
    return d


def nn(yymmdd, seq, style="dots", y2k=False, bad=False, bis=0):
    """Belgian national number (bis=20/40 -> BIS number). bad=True -> checksum off by one."""
    y, m, dd = yymmdd[0:2], int(yymmdd[2:4]) + bis, yymmdd[4:6]
    body = f"{y}{m:02d}{dd}{seq:03d}"
    c = _nn_check(body, y2k)
    if bad:
        c = (c % 97) + 1 if c != 96 else 95
        # make sure the wrong value is not valid under the other century either
        if c == _nn_check(body, not y2k):
            c = (c % 97) + 2
    d = body + f"{c:02d}"
    _reg("BE_BIS_NUMBER" if bis else "BE_NATIONAL_NUMBER", d, not bad)
    return _fmt11(d, style)


def _bsn_ok(d):
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0


def bsn(prefix8, style="plain", bad=False):
    for last in range(10):
        d = prefix8 + str(last)
        if _bsn_ok(d):
            break
    else:
        raise ValueError(prefix8)
    if bad:
        d = d[:8] + str((int(d[8]) + 3) % 10)
        assert not _bsn_ok(d)
    _reg("NL_BSN", d, not bad)
    if style == "dots":
        return f"{d[0:4]}.{d[4:6]}.{d[6:9]}"
    if style == "spaces":
        return f"{d[0:3]} {d[3:6]} {d[6:9]}"
    return d


def _iban_cd(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def iban(country, bban_body, org=False, bad=False, grouped=True):
    """country BE: bban_body = 10 digits (bank+account), national check appended.
    NL: 'INGB' + 9 digits (11-test digit appended); DE: 18 digits."""
    if country == "BE":
        c = int(bban_body) % 97 or 97
        bban = bban_body + f"{c:02d}"
    elif country == "NL":
        bank, acc9 = bban_body[:4], bban_body[4:]
        for last in range(10):
            acc = "0" + acc9[:8] + str(last) if len(acc9) == 9 else acc9
            acc = ("0" + acc9 + str(last))[-10:]
            if sum(int(acc[i]) * (10 - i) for i in range(10)) % 11 == 0:
                break
        bban = bank + acc
    else:
        bban = bban_body
    cd = _iban_cd(country, bban)
    if bad:
        cd = f"{(int(cd) + 1) % 97 or 2:02d}"
    v = country + cd + bban
    _reg("IBAN_CODE", v, not bad, org)
    if grouped:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def _luhn_digit(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def card(prefix15, style="spaces", bad=False):
    d = prefix15 + _luhn_digit(prefix15)
    if bad:
        d = d[:15] + str((int(d[15]) + 5) % 10)
    _reg("CREDIT_CARD", d, not bad)
    if style == "spaces":
        return " ".join(d[i:i + 4] for i in range(0, 16, 4))
    if style == "dash":
        return "-".join(d[i:i + 4] for i in range(0, 16, 4))
    if style == "masked_partial":
        return d
    return d

# ---------------------------------------------------------------- zip normalisation

def renorm_zip(data):
    """Rewrite a zip container with fixed timestamps, keeping member order and compression."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                txt = data.decode("utf-8")
                for tag in ("dcterms:created", "dcterms:modified"):
                    txt = re.sub(rf"(<{tag}[^>]*>)[^<]*(</{tag}>)", r"\g<1>2026-03-01T09:00:00Z\g<2>", txt)
                data = txt.encode("utf-8")
            dst.writestr(zi, data)
    return out.getvalue()

# ---------------------------------------------------------------- attachments
# each helper returns (filename, maintype, subtype, payload)

def csv_att(name, rows, delim=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    sub = "tab-separated-values" if delim == "\t" else "csv"
    return (name, "text", sub, buf.getvalue())


def xlsx_att(name, sheets):
    import openpyxl
    wb = openpyxl.Workbook()
    first = True
    for title, rows in sheets.items():
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for r in rows:
            ws.append(list(r))
    fixed = datetime.datetime(2026, 3, 1, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "dev9a"
    b = io.BytesIO()
    wb.save(b)
    return (name, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", renorm_zip(b.getvalue()))


def docx_att(name, paras, tables=()):
    import docx
    d = docx.Document()
    fixed = datetime.datetime(2026, 3, 1, 9, 0, 0)
    cp = d.core_properties
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "dev9a"
    cp.last_modified_by = "dev9a"
    cp.revision = 1
    for p in paras:
        d.add_paragraph(p)
    for t in tables:
        tb = d.add_table(rows=len(t), cols=len(t[0]))
        for i, row in enumerate(t):
            for j, cell in enumerate(row):
                tb.cell(i, j).text = str(cell)
    b = io.BytesIO()
    d.save(b)
    return (name, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", renorm_zip(b.getvalue()))


def pdf_att(name, lines, title="Document"):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("dev9a")
    y = 800
    c.setFont("Helvetica", 10)
    for ln in lines:
        if y < 60:
            c.showPage()
            c.setFont("Helvetica", 10)
            y = 800
        c.drawString(50, y, ln)
        y -= 15
    c.showPage()
    c.save()
    return (name, "application", "pdf", b.getvalue())


def html_att(name, html):
    return (name, "text", "html", html)


def _esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _odf(name, mime, body_xml, ext):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')
    content = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns}><office:body>{body_xml}</office:body></office:document-content>'
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        zi = zipfile.ZipInfo("mimetype", FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, mime)
        for fn, data in (("content.xml", content), ("META-INF/manifest.xml", manifest)):
            zi = zipfile.ZipInfo(fn, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return (name, "application", mime.split("/", 1)[1], b.getvalue())


def odt_att(name, paras):
    body = "<office:text>" + "".join(f"<text:p>{_esc(p)}</text:p>" for p in paras) + "</office:text>"
    return _odf(name, "application/vnd.oasis.opendocument.text", body, "odt")


def ods_att(name, rows, sheet="Blad1"):
    trs = ""
    for r in rows:
        cells = "".join(f'<table:table-cell office:value-type="string"><text:p>{_esc(c)}</text:p></table:table-cell>' for c in r)
        trs += f"<table:table-row>{cells}</table:table-row>"
    body = f'<office:spreadsheet><table:table table:name="{_esc(sheet)}">{trs}</table:table></office:spreadsheet>'
    return _odf(name, "application/vnd.oasis.opendocument.spreadsheet", body, "ods")


def zip_att(name, members):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        for (fn, _m, _s, data) in members:
            zi = zipfile.ZipInfo(fn, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return (name, "application", "zip", b.getvalue())


def txt_att(name, text):
    return (name, "text", "plain", text)


def eml_att(name, frm, to, subject, date, body, atts=(), msgid="inner@x.invalid"):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = f"<{msgid}>"
    m.set_content(body)
    for a in atts:
        _add(m, a)
    return (name, "message", "rfc822", m)

# ---------------------------------------------------------------- assembly

def _add(m, a):
    fn, mt, st, data = a
    if mt == "message":
        m.add_attachment(data, filename=fn)
    elif isinstance(data, str):
        m.add_attachment(data, subtype=st, filename=fn, charset="utf-8")
    else:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)


def build_message(num, spec):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = spec["frm"]
    m["To"] = spec["to"]
    if spec.get("cc"):
        m["Cc"] = spec["cc"]
    m["Subject"] = spec["subj"]
    d = datetime.datetime(2026, 2, 2, 8, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    d += datetime.timedelta(hours=7 * (num - 800), minutes=13 * (num % 7))
    m["Date"] = format_datetime(d)
    m["Message-ID"] = f"<dev9a.{num}.{spec['slug']}@{spec['frm'].split('@')[1].rstrip('>')}>"
    if spec.get("inreply"):
        m["In-Reply-To"] = f"<prev.{num}@mail.invalid>"
        m["References"] = f"<prev.{num}@mail.invalid>"
    for k, v in spec.get("headers", {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    m.set_content(spec["body"])
    if spec.get("html"):
        m.add_alternative(spec["html"], subtype="html")
    for a in spec.get("att", []):
        _add(m, a)
    i = 0
    for part in m.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            part.set_boundary(f"----=_dev9a_{num}_{i}")
            i += 1
    return m.as_bytes(policy=policy.SMTP)
