"""Deterministic helpers for the heldout6b build: identifiers, attachments, MIME."""
import io, zipfile, csv
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email import charset as _cs, encoders, policy
from email.parser import BytesParser

QP = _cs.Charset('utf-8'); QP.header_encoding = _cs.QP; QP.body_encoding = _cs.QP
FIXED = (2026, 1, 15, 9, 0, 0)

# ---------------------------------------------------------------- identifiers
class Reg:
    def __init__(self): self.items = []
    def add(self, typ, value, valid, org=False):
        d = {'type': typ, 'value': value, 'valid': valid}
        if org: d['org'] = True
        self.items.append(d)
R = Reg()

def _nn_digits(yymmdd, seq, y2k):
    base = yymmdd + seq
    n = int(('2' if y2k else '') + base)
    return base + '%02d' % (97 - n % 97)

def _fmt_nn(d): return '%s.%s.%s-%s.%s' % (d[0:2], d[2:4], d[4:6], d[6:9], d[9:11])

def nn(yymmdd, seq, y2k=False, fmt=True, typ='BE_NATIONAL_NUMBER'):
    d = _nn_digits(yymmdd, seq, y2k); R.add(typ, d, True)
    return _fmt_nn(d) if fmt else d

def bis(yymmdd, seq, y2k=False, fmt=True):
    return nn(yymmdd, seq, y2k, fmt, typ='BE_BIS_NUMBER')

def nn_bad(yymmdd, seq, fmt=True, typ='BE_NATIONAL_NUMBER'):
    d = _nn_digits(yymmdd, seq, False)
    c = int(d[9:]); c = (c + 13) % 97 or 5
    d = d[:9] + '%02d' % c
    d2 = _nn_digits(yymmdd, seq, True)
    assert d != d2
    R.add(typ, d, False)
    return _fmt_nn(d) if fmt else d

def _bsn(prefix8):
    p = int(prefix8)
    while True:
        s = '%08d' % p
        r = sum(int(c) * (9 - i) for i, c in enumerate(s)) % 11
        if r < 10: return s + str(r)
        p += 1

def bsn(prefix8, sep=''):
    d = _bsn(prefix8); R.add('NL_BSN', d, True)
    return d if not sep else d[:4] + sep + d[4:6] + sep + d[6:]

def bsn_bad(prefix8):
    d = _bsn(prefix8); d = d[:8] + str((int(d[8]) + 3) % 10)
    R.add('NL_BSN', d, False); return d

def _iban(cc, bban):
    s = bban + cc + '00'
    num = ''.join(str(int(ch, 36)) for ch in s)
    return cc + '%02d' % (98 - int(num) % 97) + bban

def _grp(s): return ' '.join(s[i:i+4] for i in range(0, len(s), 4))

def be_bban(acct10):
    c = int(acct10) % 97 or 97
    return acct10 + '%02d' % c

def nl_bban(bank, acct9):
    # 10 digit account passing the 11-test (weights 10..1)
    p = int(acct9)
    while True:
        s = '%010d' % p
        if sum(int(c) * (10 - i) for i, c in enumerate(s)) % 11 == 0: return bank + s
        p += 1

def iban(cc, rest, org=False, grp=True):
    if cc == 'BE': bban = be_bban(rest)
    elif cc == 'NL': bban = nl_bban(rest[:4], rest[4:])
    else: bban = rest
    v = _iban(cc, bban); R.add('IBAN_CODE', v, True, org)
    return _grp(v) if grp else v

def iban_bad(cc, rest, grp=True):
    if cc == 'BE': bban = be_bban(rest)
    elif cc == 'NL': bban = nl_bban(rest[:4], rest[4:])
    else: bban = rest
    v = _iban(cc, bban); ck = (int(v[2:4]) + 11) % 100
    if ck < 2: ck += 20
    v = v[:2] + '%02d' % ck + v[4:]
    R.add('IBAN_CODE', v, False)
    return _grp(v) if grp else v

def _luhn_digit(p):
    s = 0
    for i, c in enumerate(reversed(p)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)

def card(prefix15, grp=True):
    v = prefix15 + _luhn_digit(prefix15); R.add('CREDIT_CARD', v, True)
    return _grp(v) if grp else v

def card_bad(prefix15, grp=True):
    v = prefix15 + str((int(_luhn_digit(prefix15)) + 4) % 10); R.add('CREDIT_CARD', v, False)
    return _grp(v) if grp else v

# ---------------------------------------------------------------- containers
def norm_zip(data, stored_first=None):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w') as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED)
            zi.external_attr = 0o644 << 16
            zi.compress_type = zipfile.ZIP_STORED if info.filename == 'mimetype' else zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()

def make_zip(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w') as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, FIXED); zi.external_attr = 0o644 << 16
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data if isinstance(data, bytes) else data.encode('utf-8'))
    return out.getvalue()

def make_csv(rows, delim=';'):
    b = io.StringIO()
    w = csv.writer(b, delimiter=delim, lineterminator='\r\n')
    for r in rows: w.writerow(r)
    return b.getvalue().encode('utf-8')

def make_xlsx(sheets):
    import openpyxl, datetime
    wb = openpyxl.Workbook(); first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        ws.title = title; first = False
        for r in rows: ws.append(list(r))
    dt = datetime.datetime(2026, 1, 15, 9, 0, 0)
    wb.properties.created = dt; wb.properties.modified = dt
    wb.properties.creator = 'Verwaltung'; wb.properties.lastModifiedBy = 'Verwaltung'
    b = io.BytesIO(); wb.save(b)
    return _fix_core(norm_zip(b.getvalue()))

def _fix_core(data):
    import re
    src = zipfile.ZipFile(io.BytesIO(data)); mem = []
    for info in src.infolist():
        x = src.read(info.filename)
        if info.filename == 'docProps/core.xml':
            x = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)', rb'\g<1>2026-01-15T09:00:00Z\g<3>', x)
        mem.append((info.filename, x))
    return make_zip(mem)

def make_docx(paras, tables=()):
    import docx, datetime
    d = docx.Document()
    for p in paras:
        if p.startswith('# '): d.add_heading(p[2:], level=1)
        else: d.add_paragraph(p)
    if tables and isinstance(tables[0][0], str): tables = [tables]
    for t in tables:
        tb = d.add_table(rows=len(t), cols=len(t[0]))
        for i, row in enumerate(t):
            for j, c in enumerate(row): tb.cell(i, j).text = str(c)
    dt = datetime.datetime(2026, 1, 15, 9, 0, 0)
    cp = d.core_properties; cp.created = dt; cp.modified = dt; cp.author = 'Verwaltung'
    cp.last_modified_by = 'Verwaltung'; cp.revision = 1
    b = io.BytesIO(); d.save(b)
    return _fix_core(norm_zip(b.getvalue()))

def make_pdf(lines, title='Dokument'):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=A4, invariant=1)
    c.setTitle(title); c.setAuthor('Verwaltung')
    y = 800
    for ln in lines:
        if y < 60: c.showPage(); y = 800
        c.setFont('Helvetica', 10); c.drawString(50, y, ln); y -= 14
    c.showPage(); c.save()
    return b.getvalue()

def _odf_fix(doc):
    b = io.BytesIO(); doc.write(b) if hasattr(doc, 'write') else doc.save(b)
    return norm_zip(b.getvalue())

def make_odt(paras, table=None):
    from odf.opendocument import OpenDocumentText
    from odf.text import P
    from odf.table import Table, TableRow, TableCell, TableColumn
    doc = OpenDocumentText()
    for p in paras: doc.text.addElement(P(text=p))
    if table:
        t = Table(name='T1'); t.addElement(TableColumn(numbercolumnsrepeated=len(table[0])))
        for row in table:
            tr = TableRow()
            for c in row:
                tc = TableCell(); tc.addElement(P(text=str(c))); tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)
    b = io.BytesIO(); doc.write(b)
    return _strip_odf_dates(norm_zip(b.getvalue()))

def make_ods(rows, name='Tabelle1'):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet(); t = Table(name=name)
    for row in rows:
        tr = TableRow()
        for c in row:
            tc = TableCell(valuetype='string'); tc.addElement(P(text=str(c))); tr.addElement(tc)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    b = io.BytesIO(); doc.write(b)
    return _strip_odf_dates(norm_zip(b.getvalue()))

def _strip_odf_dates(data):
    import re
    src = zipfile.ZipFile(io.BytesIO(data)); mem = []
    for info in src.infolist():
        x = src.read(info.filename)
        if info.filename == 'meta.xml':
            x = re.sub(rb'<meta:creation-date>[^<]*</meta:creation-date>', b'', x)
            x = re.sub(rb'<dc:date>[^<]*</dc:date>', b'', x)
        mem.append((info.filename, x))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w') as z:
        for n, x in mem:
            zi = zipfile.ZipInfo(n, FIXED); zi.external_attr = 0o644 << 16
            zi.compress_type = zipfile.ZIP_STORED if n == 'mimetype' else zipfile.ZIP_DEFLATED
            z.writestr(zi, x)
    return out.getvalue()

# ---------------------------------------------------------------- MIME
CT = {'csv': ('text', 'csv'), 'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
      'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
      'pdf': ('application', 'pdf'), 'html': ('text', 'html'), 'htm': ('text', 'html'),
      'odt': ('application', 'vnd.oasis.opendocument.text'),
      'ods': ('application', 'vnd.oasis.opendocument.spreadsheet'), 'zip': ('application', 'zip'),
      'txt': ('text', 'plain'), 'tsv': ('text', 'tab-separated-values')}

def attach_part(name, data):
    ext = name.rsplit('.', 1)[1].lower()
    if ext == 'eml':
        p = MIMEMessage(BytesParser(policy=policy.compat32).parsebytes(data))
        p.add_header('Content-Disposition', 'attachment', filename=name)
        return p
    m, s = CT[ext]
    p = MIMEBase(m, s)
    p.set_payload(data); encoders.encode_base64(p)
    p.add_header('Content-Disposition', 'attachment', filename=name)
    return p

from email.header import Header
from email.utils import parseaddr, formataddr

def _h(v):
    try:
        v.encode('ascii'); return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8').encode()

def _a(v):
    name, addr = parseaddr(v)
    return formataddr((name, addr), charset='utf-8') if name else addr

def build_mail(n, frm, to, subject, body, html=None, atts=(), cc=None, date_day=1, extra_headers=()):
    alt = None
    txt = MIMEText(body, 'plain', QP)
    if html is not None:
        alt = MIMEMultipart('alternative', boundary='=_alt_%03d_b6' % n)
        alt.attach(txt); alt.attach(MIMEText(html, 'html', QP))
        core = alt
    else:
        core = txt
    if atts:
        msg = MIMEMultipart('mixed', boundary='=_mix_%03d_b6' % n)
        msg.attach(core)
        for name, data in atts: msg.attach(attach_part(name, data))
    else:
        msg = core
    msg['From'] = _a(frm); msg['To'] = _a(to)
    if cc: msg['Cc'] = _a(cc)
    msg['Subject'] = _h(subject)
    msg['Date'] = 'Thu, %02d Jan 2026 %02d:%02d:00 +0100' % (1 + (n * 7) % 28, 8 + n % 9, (n * 13) % 60)
    msg['Message-ID'] = '<ho6b.%03d.%s@mail.local.invalid>' % (n, 'x%04d' % (n * 37 % 9973))
    if 'MIME-Version' not in msg: msg['MIME-Version'] = '1.0'
    for k, v in extra_headers: msg[k] = v
    return msg.as_bytes(policy=policy.SMTP)

def inner_mail(frm, to, subject, body, date, tag):
    m = MIMEText(body, 'plain', QP)
    m['From'] = _a(frm); m['To'] = _a(to); m['Subject'] = _h(subject); m['Date'] = date
    m['Message-ID'] = '<inner.%s@mail.local.invalid>' % tag
    return m.as_bytes(policy=policy.SMTP)
