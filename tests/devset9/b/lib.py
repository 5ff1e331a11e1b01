"""Helpers for the dev9b batch: identifiers, attachments, deterministic MIME."""
import io, zipfile, datetime
from email.message import EmailMessage
from email import policy
from stdnum.be import nn as s_nn, bis as s_bis, iban as s_beiban
from stdnum.nl import bsn as s_bsn
from stdnum import iban as s_iban, luhn as s_luhn

PENDING = []
POL = policy.SMTP

def _reg(typ, value, valid, org=False):
    d = {'type': typ, 'value': value, 'valid': valid}
    if org:
        d['org'] = True
    PENDING.append(d)

def _fmt11(s, f):
    if f == 0: return f"{s[0:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:11]}"
    if f == 1: return f"{s[0:6]} {s[6:9]} {s[9:11]}"
    if f == 2: return s
    if f == 3: return f"{s[0:6]}-{s[6:9]}-{s[9:11]}"
    if f == 4: return f"{s[0:2]} {s[2:4]} {s[4:6]} {s[6:9]} {s[9:11]}"
    if f == 5: return f"{s[0:2]}{s[2:4]}{s[4:6]}-{s[6:9]}.{s[9:11]}"
    raise ValueError(f)

def _chk(first9, y2k):
    base = int(('2' if y2k else '') + first9)
    return 97 - base % 97

def nn(yymmdd, seq, y2k=False, f=0, bad=False, typ='BE_NATIONAL_NUMBER'):
    first9 = f"{yymmdd}{seq:03d}"
    c = _chk(first9, y2k)
    if bad:
        for d in range(1, 97):
            cand = first9 + f"{(c + d) % 100:02d}"
            if not s_nn.is_valid(cand) and not s_bis.is_valid(cand):
                c = (c + d) % 100
                break
    s = first9 + f"{c:02d}"
    mod = s_bis if typ == 'BE_BIS_NUMBER' else s_nn
    assert mod.is_valid(s) == (not bad), (s, typ)
    _reg(typ, s, not bad)
    return _fmt11(s, f)

def bis(yymmdd, seq, plus=20, y2k=False, f=0, bad=False):
    yy, mm, dd = yymmdd[:2], int(yymmdd[2:4]), yymmdd[4:]
    return nn(f"{yy}{mm + plus:02d}{dd}", seq, y2k=y2k, f=f, bad=bad, typ='BE_BIS_NUMBER')

def bsn(first8, bad=False, f=0):
    tot = sum(int(d) * w for d, w in zip(first8, range(9, 1, -1)))
    last = tot % 11
    if last == 10 or bad:
        last = (last + 3) % 10 if bad else None
    assert last is not None, first8
    s = first8 + str(last)
    assert s_bsn.is_valid(s) == (not bad), s
    _reg('NL_BSN', s, not bad)
    return s if f == 0 else f"{s[:4]}.{s[4:6]}.{s[6:]}"

def _ibancheck(cc, bban):
    t = bban + cc + '00'
    num = ''.join(str(int(ch, 36)) for ch in t)
    return f"{98 - int(num) % 97:02d}"

def _grp(s, f):
    if f == 0: return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if f == 1: return s
    if f == 2: return '-'.join(s[i:i + 4] for i in range(0, len(s), 4))

def iban_be(bank3, acct7, org=False, bad=False, f=0):
    b = bank3 + acct7
    cc = int(b) % 97 or 97
    bban = b + f"{cc:02d}"
    k = _ibancheck('BE', bban)
    if bad:
        k = f"{(int(k) + 11) % 100:02d}"
    s = 'BE' + k + bban
    assert s_beiban.is_valid(s) == (not bad), s
    _reg('IBAN_CODE', s, not bad, org)
    return _grp(s, f)

def iban_nl(bank4, acct10, org=False, bad=False, f=0):
    bban = bank4 + acct10
    k = _ibancheck('NL', bban)
    if bad:
        k = f"{(int(k) + 11) % 100:02d}"
    s = 'NL' + k + bban
    assert s_iban.is_valid(s) == (not bad), s
    _reg('IBAN_CODE', s, not bad, org)
    return _grp(s, f)

def card(first15, bad=False, f=0):
    c = s_luhn.calc_check_digit(first15)
    if bad:
        c = str((int(c) + 4) % 10)
    s = first15 + c
    assert s_luhn.is_valid(s) == (not bad)
    _reg('CREDIT_CARD', s, not bad)
    if f == 0: return ' '.join(s[i:i + 4] for i in range(0, 16, 4))
    if f == 1: return s
    return '-'.join(s[i:i + 4] for i in range(0, 16, 4))

def take():
    global PENDING
    p, PENDING = PENDING, []
    return p

# ---------------------------------------------------------------- attachments
FIXED = (2026, 1, 5, 9, 0, 0)

def renorm_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w') as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            body = src.read(info.filename)
            if info.filename in ('docProps/core.xml', 'meta.xml'):
                import re
                body = re.sub(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*', rb'\g<1>2026-01-05T09:00:00Z', body)
                body = re.sub(rb'(<(?:meta:creation-date|dc:date)>)[^<]*', rb'\g<1>2026-01-05T09:00:00', body)
            z.writestr(zi, body)
    return out.getvalue()

def csv(rows, sep=';'):
    return ('\r\n'.join(sep.join(str(c) for c in r) for r in rows) + '\r\n').encode('utf-8')

def xlsx(sheets):
    import openpyxl
    wb = openpyxl.Workbook()
    first = True
    for name, rows in sheets.items():
        ws = wb.active if first else wb.create_sheet()
        ws.title = name
        first = False
        for r in rows:
            ws.append(list(r))
    dt = datetime.datetime(2026, 1, 5, 9, 0, 0)
    wb.properties.created = dt
    wb.properties.modified = dt
    wb.properties.creator = 'SPF'
    b = io.BytesIO()
    wb.save(b)
    return renorm_zip(b.getvalue())

def docx(paras, tables=()):
    import docx as d
    doc = d.Document()
    for p in paras:
        if p.startswith('# '):
            doc.add_heading(p[2:], level=1)
        else:
            doc.add_paragraph(p)
    for t in tables:
        tb = doc.add_table(rows=0, cols=len(t[0]))
        for r in t:
            cells = tb.add_row().cells
            for i, c in enumerate(r):
                cells[i].text = str(c)
    dt = datetime.datetime(2026, 1, 5, 9, 0, 0)
    cp = doc.core_properties
    cp.created = dt; cp.modified = dt; cp.last_printed = dt
    cp.author = 'agent'; cp.last_modified_by = 'agent'; cp.revision = 1
    b = io.BytesIO()
    doc.save(b)
    return renorm_zip(b.getvalue())

def pdf(lines, title='document'):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=A4, invariant=1)
    c.setTitle(title)
    y = 800
    for ln in lines:
        if y < 60:
            c.showPage(); y = 800
        c.setFont('Helvetica', 10)
        c.drawString(50, y, ln)
        y -= 15
    c.showPage()
    c.save()
    return b.getvalue()

def odt(paras):
    from odf.opendocument import OpenDocumentText
    from odf.text import P
    doc = OpenDocumentText()
    for p in paras:
        doc.text.addElement(P(text=p))
    b = io.BytesIO()
    doc.write(b)
    return renorm_zip(b.getvalue())

def ods(rows, name='Feuille1'):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    t = Table(name=name)
    for r in rows:
        tr = TableRow()
        for c in r:
            tc = TableCell(valuetype='string')
            tc.addElement(P(text=str(c)))
            tr.addElement(tc)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    b = io.BytesIO()
    doc.write(b)
    return renorm_zip(b.getvalue())

def zipf(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()

def html(body, title=''):
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
            f'<body>{body}</body></html>').encode('utf-8')

def table_html(rows, border=1):
    out = [f'<table border="{border}" cellpadding="4" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = 'th' if i == 0 else 'td'
        out.append('<tr>' + ''.join(f'<{tag}>{c}</{tag}>' for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)

# ---------------------------------------------------------------- mail
MIME = {
    'csv': ('text', 'csv'), 'tsv': ('text', 'tab-separated-values'), 'txt': ('text', 'plain'),
    'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
    'pdf': ('application', 'pdf'), 'html': ('text', 'html'), 'htm': ('text', 'html'),
    'odt': ('application', 'vnd.oasis.opendocument.text'),
    'ods': ('application', 'vnd.oasis.opendocument.spreadsheet'),
    'zip': ('application', 'zip'),
}

def mail(n, frm, to, subject, body, html_body=None, atts=(), cc=None, date_idx=0,
         irt=None, extra=None, sub=0):
    m = EmailMessage(policy=POL)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    d = datetime.datetime(2026, 3, 2, 8, 0) + datetime.timedelta(hours=7 * (n % 97) + date_idx, minutes=(n * 13) % 60)
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()]
    mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.month - 1]
    m['Date'] = f"{days}, {d.day:02d} {mon} {d.year} {d.hour:02d}:{d.minute:02d}:00 +0100"
    m['Message-ID'] = f"<dev9b.{n}.{sub}@mail.test.fgov.be>"
    if irt:
        m['In-Reply-To'] = irt
        m['References'] = irt
    for k, v in (extra or {}).items():
        m[k] = v
    m['MIME-Version'] = '1.0'
    m.set_content(body, cte='quoted-printable')
    if html_body:
        m.add_alternative(html_body, subtype='html', cte='quoted-printable')
    for fn, data in atts:
        if isinstance(data, EmailMessage):
            m.add_attachment(data, filename=fn)
            continue
        ext = fn.rsplit('.', 1)[-1].lower()
        mt, st = MIME.get(ext, ('application', 'octet-stream'))
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == 'multipart':
            part.set_boundary(f"=_dev9b_{n}_{sub}_{i}")
            i += 1
    return m

def q(text, who, when):
    """Quote a previous message (reply style)."""
    lines = text.strip('\n').split('\n')
    return f"\n\n{when}, {who} a écrit :\n" + '\n'.join('> ' + l if l else '>' for l in lines) + '\n'

def qen(text, who, when):
    lines = text.strip('\n').split('\n')
    return f"\n\nOn {when}, {who} wrote:\n" + '\n'.join('> ' + l if l else '>' for l in lines) + '\n'

def fwd_fr(frm, date, subj, to, text):
    return (f"\n\n-------- Message transféré --------\nDe : {frm}\nEnvoyé : {date}\nÀ : {to}\nObjet : {subj}\n\n{text.strip()}\n")

def fwd_en(frm, date, subj, to, text):
    return (f"\n\n---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\nSubject: {subj}\nTo: {to}\n\n{text.strip()}\n")
