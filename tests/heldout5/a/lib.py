"""Small helpers: identifiers (computed with the official rules), attachments, MIME."""
import io, re, zipfile, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
import stdnum.be.nn, stdnum.be.bis, stdnum.nl.bsn, stdnum.iban, stdnum.luhn

PENDING = []          # identifiers made since the last message
def _rec(value, kind, valid):
    PENDING.append({'value': value, 'kind': kind, 'valid': valid})
    return value

def _nn_digits(yymmdd, seq, y2000):
    base = int(yymmdd + '%03d' % seq)
    chk = 97 - ((2000000000 + base) if y2000 else base) % 97
    return yymmdd + '%03d' % seq + '%02d' % chk

def _fmt_nn(d):
    return f'{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}'

def nn(yymmdd, seq, y2000=False, fmt=True, bad=False):
    d = _nn_digits(yymmdd, seq, y2000)
    if bad:
        d = d[:9] + '%02d' % ((int(d[9:]) + 37) % 97)
    s = _fmt_nn(d) if fmt else d
    return _rec(s, 'BE_NATIONAL_NUMBER', not bad)

def bis(yymmdd, seq, add=40, y2000=False, fmt=True):
    mm = int(yymmdd[2:4]) + add
    d = _nn_digits(yymmdd[:2] + '%02d' % mm + yymmdd[4:], seq, y2000)
    return _rec(_fmt_nn(d) if fmt else d, 'BE_BIS_NUMBER', True)

def bsn(first8, sep='', bad=False):
    s = sum(int(c) * w for c, w in zip(first8, range(9, 1, -1)))
    r = s % 11
    if r == 10:
        raise ValueError('pick other digits')
    last = (r + 1) % 10 if bad else r
    d = first8 + str(last)
    if sep == '.':
        d = f'{d[:4]}.{d[4:6]}.{d[6:]}'
    elif sep == ' ':
        d = f'{d[:3]} {d[3:6]} {d[6:]}'
    elif sep == '-':
        d = f'{d[:3]}-{d[3:6]}-{d[6:]}'
    return _rec(d, 'NL_BSN', not bad)

def _iban(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    chk = 98 - int(num) % 97
    s = cc + '%02d' % chk + bban
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

def iban_be(bank3, acct7, private=True):
    b = bank3 + acct7
    b += '%02d' % (int(b) % 97 or 97)
    return _rec(_iban('BE', b), 'IBAN_CODE' if private else 'IBAN_CODE_ORG', True)

def iban_nl(bank4, acct10, private=True):
    return _rec(_iban('NL', bank4 + acct10), 'IBAN_CODE' if private else 'IBAN_CODE_ORG', True)

def iban_de(blz8, acct10, private=True):
    return _rec(_iban('DE', blz8 + acct10), 'IBAN_CODE' if private else 'IBAN_CODE_ORG', True)

def card(first15, sep=' ', bad=False):
    c = stdnum.luhn.calc_check_digit(first15)
    if bad:
        c = str((int(c) + 3) % 10)
    d = first15 + c
    s = sep.join(d[i:i + 4] for i in range(0, 16, 4))
    return _rec(s, 'CREDIT_CARD', not bad)

# ---------------------------------------------------------------- attachments
FIXED_DT = (2026, 3, 2, 9, 0, 0)
_ISO = re.compile(rb'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?')

def _normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w') as dst:
        for info in src.infolist():
            raw = src.read(info.filename)
            if info.filename.endswith('.xml') or info.filename.endswith('.rels'):
                raw = _ISO.sub(b'2026-03-02T09:00:00Z', raw)
            zi = zipfile.ZipInfo(info.filename, FIXED_DT)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, raw)
    return out.getvalue()

def xlsx(rows, sheet='Blad1'):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append([str(c) for c in r])
    fixed = datetime.datetime(2026, 3, 2, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = 'dienst'
    b = io.BytesIO(); wb.save(b)
    return _normalize_zip(b.getvalue())

def docx(paragraphs, table=None, after=()):
    import docx as _d
    doc = _d.Document()
    for p in paragraphs:
        doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=0, cols=len(table[0]))
        for r in table:
            cells = t.add_row().cells
            for i, c in enumerate(r):
                cells[i].text = str(c)
    for p in after:
        doc.add_paragraph(p)
    fixed = datetime.datetime(2026, 3, 2, 9, 0, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.last_modified_by = 'dienst'
    doc.core_properties.author = 'dienst'
    b = io.BytesIO(); doc.save(b)
    return _normalize_zip(b.getvalue())

def odt(paragraphs):
    from odf.opendocument import OpenDocumentText
    from odf.text import P
    d = OpenDocumentText()
    for p in paragraphs:
        d.text.addElement(P(text=p))
    b = io.BytesIO(); d.write(b)
    return _normalize_zip(b.getvalue())

def ods(rows, name='Blad1'):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    d = OpenDocumentSpreadsheet()
    t = Table(name=name)
    for r in rows:
        tr = TableRow()
        for c in r:
            tc = TableCell(valuetype='string')
            tc.addElement(P(text=str(c)))
            tr.addElement(tc)
        t.addElement(tr)
    d.spreadsheet.addElement(t)
    b = io.BytesIO(); d.write(b)
    return _normalize_zip(b.getvalue())

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
    c.showPage(); c.save()
    return b.getvalue()

def zipf(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode('utf-8'))
    return out.getvalue()

MIME = {
    'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
    'odt': ('application', 'vnd.oasis.opendocument.text'),
    'ods': ('application', 'vnd.oasis.opendocument.spreadsheet'),
    'pdf': ('application', 'pdf'),
    'zip': ('application', 'zip'),
    'csv': ('text', 'csv'),
    'tsv': ('text', 'tab-separated-values'),
    'html': ('text', 'html'),
    'txt': ('text', 'plain'),
}

# ---------------------------------------------------------------- messages
MESSAGES = []
_BASE = datetime.datetime(2026, 3, 2, 8, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))

def mail(frm, to, subject, body, html=None, attachments=(), cc=None, idx=0, extra=None):
    m = EmailMessage(policy=SMTP)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    m['Date'] = format_datetime(_BASE + datetime.timedelta(days=idx // 4, hours=(idx * 3) % 9, minutes=idx * 13 % 60))
    dom = frm.split('@')[1].rstrip('>')
    m['Message-ID'] = f'<h5a.{idx:03d}.{abs(hash_s(subject)) % 10**8}@{dom}>'
    for k, v in (extra or {}).items():
        m[k] = v
    m['MIME-Version'] = '1.0'
    m.set_content(body, cte='quoted-printable')
    if html:
        m.add_alternative(html, subtype='html', cte='quoted-printable')
    for name, data in attachments:
        if isinstance(data, EmailMessage):
            m.add_attachment(data, filename=name)
            continue
        ext = name.rsplit('.', 1)[1]
        mt, st = MIME[ext]
        if mt == 'text':
            m.add_attachment(data, subtype=st, filename=name, cte='quoted-printable')
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    return m

def hash_s(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % (2**61 - 1)
    return h

def M(key, lang, action, entities, note, msg):
    """Register one message; takes the identifiers made for it."""
    global PENDING
    MESSAGES.append(dict(key=key, lang=lang, action=action, entities=list(entities), note=note,
                         msg=msg, numbers=list(PENDING)))
    PENDING.clear()

def set_boundaries(m, tag):
    n = [0]
    def walk(p):
        if p.is_multipart():
            n[0] += 1
            p.set_boundary(f'=_h5a_{tag}_{n[0]:02d}_=')
            for sp in p.get_payload():
                walk(sp)
        elif p.get_content_type() == 'message/rfc822':
            for sp in p.get_payload():
                walk(sp)
    walk(m)
