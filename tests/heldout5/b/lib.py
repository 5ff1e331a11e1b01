"""Small helpers: identifiers (official rules) and deterministic MIME / attachment builders."""
import io, zipfile, email.charset, email.utils
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email import encoders, policy
from stdnum import luhn

FIXED = (2026, 3, 2, 9, 0, 0)
QP = email.charset.Charset('utf-8'); QP.body_encoding = email.charset.QP; QP.header_encoding = email.charset.QP

# ---------- identifiers ----------
def _nncheck(base, y2k):
    return 97 - (int(('2' if y2k else '') + base) % 97)

def nn(y, m, d, seq, fmt=True, plus=0, bad=False):
    base = '%02d%02d%02d%03d' % (y % 100, m + plus, d, seq)
    c = _nncheck(base, y >= 2000)
    if bad: c = (c + 7) % 97 or 3
    s = base + '%02d' % c
    return '%s.%s.%s-%s.%s' % (s[0:2], s[2:4], s[4:6], s[6:9], s[9:]) if fmt else s

def bis(y, m, d, seq, plus=40, **k):
    return nn(y, m, d, seq, plus=plus, **k)

def bsn(p8, sep='', bad=False):
    t = sum(int(c) * w for c, w in zip(p8, range(9, 1, -1)))
    c = t % 11
    if c == 10: raise ValueError('bad prefix ' + p8)
    if bad: c = (c + 3) % 10
    s = p8 + str(c)
    return s if not sep else s[0:4] + sep + s[4:6] + sep + s[6:9]

def _ibancheck(cc, bban):
    r = bban + cc + '00'
    n = ''.join(str(int(ch, 36)) for ch in r)
    return '%02d' % (98 - int(n) % 97)

def _group(s): return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

def iban_be(bank, acct, bad=False):
    b = bank + acct
    c = int(b) % 97 or 97
    bban = b + '%02d' % c
    k = _ibancheck('BE', bban)
    if bad: k = '%02d' % ((int(k) + 11) % 97)
    return _group('BE' + k + bban)

def iban_nl(bank, acct):
    bban = bank + acct
    return _group('NL' + _ibancheck('NL', bban) + bban)

def card(p15, bad=False):
    c = int(luhn.calc_check_digit(p15))
    if bad: c = (c + 4) % 10
    s = p15 + str(c)
    return _group(s)

def be_vat(p7):
    c = 97 - int('0' + p7) % 97
    s = '0' + p7 + '%02d' % c
    return 'BE %s.%s.%s' % (s[0:4], s[4:7], s[7:10])

# ---------- attachments ----------
def _norm_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for i in src.infolist():
            zi = zipfile.ZipInfo(i.filename, FIXED); zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            data = src.read(i.filename)
            if i.filename == 'docProps/core.xml':
                import re
                data = re.sub(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)', rb'\g<1>2026-01-01T00:00:00Z\g<2>', data)
            z.writestr(zi, data)
    return out.getvalue()

def X(name, rows, sheet='Feuil1'): return dict(k='xlsx', name=name, rows=rows, sheet=sheet)
def D(name, paras, table=None): return dict(k='docx', name=name, paras=paras, table=table)
def P(name, paras, table=None): return dict(k='pdf', name=name, paras=paras, table=table)
def O(name, paras): return dict(k='odt', name=name, paras=paras)
def S(name, rows): return dict(k='ods', name=name, rows=rows)
def C(name, rows, sep=','): return dict(k='csv', name=name, rows=rows, sep=sep)
def H(name, html): return dict(k='html', name=name, html=html)
def T(name, text): return dict(k='txt', name=name, text=text)
def Z(name, members): return dict(k='zip', name=name, members=members)
def E(name, **inner): return dict(k='eml', name=name, inner=inner)

def att_bytes(a):
    k = a['k']
    if k == 'xlsx':
        import openpyxl, datetime
        wb = openpyxl.Workbook(); ws = wb.active; ws.title = a['sheet']
        for r in a['rows']: ws.append(list(r))
        wb.properties.creator = 'admin'; wb.properties.created = wb.properties.modified = datetime.datetime(2026, 1, 1)
        b = io.BytesIO(); wb.save(b)
        return _norm_zip(b.getvalue()), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    if k == 'docx':
        import docx, datetime
        d = docx.Document()
        for p in a['paras']: d.add_paragraph(p)
        if a['table']:
            t = d.add_table(rows=0, cols=len(a['table'][0]))
            for r in a['table']:
                cells = t.add_row().cells
                for c, v in zip(cells, r): c.text = str(v)
        cp = d.core_properties; cp.author = 'admin'; cp.created = cp.modified = datetime.datetime(2026, 1, 1); cp.last_modified_by = 'admin'; cp.revision = 1
        b = io.BytesIO(); d.save(b)
        return _norm_zip(b.getvalue()), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    if k == 'pdf':
        from reportlab.lib.pagesizes import A4
        from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, Spacer
        from reportlab.lib.styles import getSampleStyleSheet
        st = getSampleStyleSheet()['Normal']
        b = io.BytesIO()
        doc = SimpleDocTemplate(b, pagesize=A4, invariant=1, title=a['name'])
        fl = [Paragraph(p.replace('&', '&amp;').replace('<', '&lt;'), st) for p in a['paras']]
        if a['table']: fl += [Spacer(1, 10), Table([[str(c) for c in r] for r in a['table']])]
        doc.build(fl)
        return b.getvalue(), 'application/pdf'
    if k in ('odt', 'ods'):
        from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
        from odf.text import P as OP
        from odf.table import Table as OT, TableRow, TableCell
        if k == 'odt':
            d = OpenDocumentText()
            for p in a['paras']: d.text.addElement(OP(text=p))
            mt = 'application/vnd.oasis.opendocument.text'
        else:
            d = OpenDocumentSpreadsheet(); t = OT(name='Feuille1')
            for r in a['rows']:
                tr = TableRow()
                for v in r:
                    tc = TableCell(valuetype='string'); tc.addElement(OP(text=str(v))); tr.addElement(tc)
                t.addElement(tr)
            d.spreadsheet.addElement(t)
            mt = 'application/vnd.oasis.opendocument.spreadsheet'
        b = io.BytesIO(); d.write(b)
        raw = b.getvalue()
        # odfpy writes a creation date in meta.xml: pin it
        src = zipfile.ZipFile(io.BytesIO(raw)); out = io.BytesIO()
        with zipfile.ZipFile(out, 'w') as z:
            for i in src.infolist():
                data = src.read(i.filename)
                if i.filename == 'meta.xml':
                    import re
                    data = re.sub(rb'<meta:creation-date>[^<]*</meta:creation-date>', b'<meta:creation-date>2026-01-01T00:00:00</meta:creation-date>', data)
                    data = re.sub(rb'<dc:date>[^<]*</dc:date>', b'<dc:date>2026-01-01T00:00:00</dc:date>', data)
                zi = zipfile.ZipInfo(i.filename, FIXED)
                zi.compress_type = zipfile.ZIP_STORED if i.filename == 'mimetype' else zipfile.ZIP_DEFLATED
                z.writestr(zi, data)
        return out.getvalue(), mt
    if k == 'csv':
        txt = '\r\n'.join(a['sep'].join(str(c) for c in r) for r in a['rows']) + '\r\n'
        return txt.encode('utf-8'), 'text/tab-separated-values' if a['sep'] == '\t' else 'text/csv'
    if k == 'html': return a['html'].encode('utf-8'), 'text/html'
    if k == 'txt': return a['text'].encode('utf-8'), 'text/plain'
    if k == 'zip':
        out = io.BytesIO()
        with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
            for m in a['members']:
                data, _ = att_bytes(m)
                zi = zipfile.ZipInfo(m['name'], FIXED); zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data)
        return out.getvalue(), 'application/zip'
    raise ValueError(k)

# ---------- messages ----------
class Ctx:
    def __init__(self, n): self.n = n; self.b = 0
    def bnd(self):
        self.b += 1; return '==_b%03d_%02d_heldout5b==' % (self.n, self.b)

def build_mail(n, m, ctx=None, inner=False):
    ctx = ctx or Ctx(n)
    def text_part(t, sub='plain'): return MIMEText(t, sub, QP)
    if m.get('html'):
        body = MIMEMultipart('alternative', boundary=ctx.bnd())
        body.attach(text_part(m['body'])); body.attach(text_part(m['html'], 'html'))
    else:
        body = text_part(m['body'])
    atts = m.get('atts') or []
    if atts:
        msg = MIMEMultipart('mixed', boundary=ctx.bnd()); msg.attach(body)
        for a in atts:
            if a['k'] == 'eml':
                p = MIMEMessage(build_mail(n, a['inner'], ctx, inner=True))
            else:
                data, mt = att_bytes(a)
                main, sub = mt.split('/')
                if main == 'text':
                    p = MIMEText(data.decode('utf-8'), sub, QP)
                else:
                    p = MIMEBase(main, sub); p.set_payload(data); encoders.encode_base64(p)
            p.add_header('Content-Disposition', 'attachment', filename=a['name'])
            msg.attach(p)
    else:
        msg = body
    day = 2 + (n % 20) if not inner else 1 + (n % 20)
    msg['From'] = m['frm']; msg['To'] = m['to']
    if m.get('cc'): msg['Cc'] = m['cc']
    from email.header import Header
    msg['Subject'] = m['subj'] if m['subj'].isascii() else Header(m['subj'], 'utf-8')
    import datetime
    dt = datetime.datetime(2026, 3, day, 8 + n % 9, (n * 7) % 60, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    msg['Date'] = m.get('date') or email.utils.format_datetime(dt)
    msg['Message-ID'] = '<%s%03d.%d@heldout5b.example>' % ('i' if inner else 'm', n, ctx.b)
    if m.get('irt'): msg['In-Reply-To'] = m['irt']
    return msg

def serialize(msg):
    return msg.as_bytes(policy=policy.compat32.clone(linesep='\r\n'))
