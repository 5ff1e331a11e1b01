"""Helpers: deterministic attachments and MIME building."""
import io, zipfile, email.policy
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.application import MIMEApplication
from email.header import Header
from email import charset as _cs, encoders
from xml.sax.saxutils import escape

QP = _cs.Charset('utf-8'); QP.body_encoding = _cs.QP; QP.header_encoding = _cs.QP
FIXED = (2026, 3, 2, 9, 0, 0)

def _zip(members):
    """members: list of (name, bytes, stored?)"""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for name, data, stored in members:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()

def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    mem = []
    for n in zin.namelist():
        d = zin.read(n)
        if n == 'docProps/core.xml':
            import re
            d = re.sub(rb'<dcterms:(created|modified)([^>]*)>[^<]*<', rb'<dcterms:\1\2>2026-03-02T09:00:00Z<', d)
        mem.append((n, d, n == 'mimetype'))
    return _zip(mem)

def xlsx(rows, sheet='Blad1'):
    import openpyxl, datetime
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    for r in rows: ws.append(list(r))
    dt = datetime.datetime(2026, 3, 2, 9, 0, 0)
    wb.properties.created = dt; wb.properties.modified = dt; wb.properties.creator = 'dienst'
    bio = io.BytesIO(); wb.save(bio)
    return normalize_zip(bio.getvalue())

def docx(paras, table=None):
    import docx as _d, datetime
    d = _d.Document()
    for p in paras: d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for r in table:
            cells = t.add_row().cells
            for i, v in enumerate(r): cells[i].text = str(v)
    dt = datetime.datetime(2026, 3, 2, 9, 0, 0)
    cp = d.core_properties; cp.created = dt; cp.modified = dt; cp.last_modified_by = 'dienst'; cp.author = 'dienst'
    cp.revision = 1
    bio = io.BytesIO(); d.save(bio)
    return normalize_zip(bio.getvalue())

def pdf(lines, title='document'):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=A4, invariant=1)
    c.setTitle(title); c.setAuthor('dienst')
    y = 800
    for ln in lines:
        if y < 60: c.showPage(); y = 800
        c.setFont('Helvetica', 10); c.drawString(50, y, ln); y -= 15
    c.showPage(); c.save()
    return bio.getvalue()

_MANI = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>'''
_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')

def ods(rows, sheet='Blad1'):
    mt = 'application/vnd.oasis.opendocument.spreadsheet'
    body = ''.join('<table:table-row>' + ''.join(
        '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(str(v))
        for v in r) + '</table:table-row>' for r in rows)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s><office:body><office:spreadsheet>'
               '<table:table table:name="%s">%s</table:table></office:spreadsheet></office:body></office:document-content>'
               % (_NS, escape(sheet), body))
    return _zip([('mimetype', mt.encode(), True), ('META-INF/manifest.xml', (_MANI % mt).encode(), False),
                 ('content.xml', content.encode('utf-8'), False)])

def odt(paras):
    mt = 'application/vnd.oasis.opendocument.text'
    body = ''.join('<text:p>%s</text:p>' % escape(p) for p in paras)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s><office:body><office:text>%s'
               '</office:text></office:body></office:document-content>' % (_NS, body))
    return _zip([('mimetype', mt.encode(), True), ('META-INF/manifest.xml', (_MANI % mt).encode(), False),
                 ('content.xml', content.encode('utf-8'), False)])

def csv(rows, sep=';'):
    return ('\r\n'.join(sep.join(str(v) for v in r) for r in rows) + '\r\n').encode('utf-8')

MT = {'csv': ('text', 'csv'), 'tsv': ('text', 'tab-separated-values'), 'html': ('text', 'html'), 'txt': ('text', 'plain'),
      'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
      'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
      'pdf': ('application', 'pdf'), 'ods': ('application', 'vnd.oasis.opendocument.spreadsheet'),
      'odt': ('application', 'vnd.oasis.opendocument.text'), 'zip': ('application', 'zip')}

def render_att(a):
    """a = (kind, filename, payload) -> bytes"""
    kind, name, p = a
    if kind in ('csv', 'tsv'): return csv(p, '\t' if kind == 'tsv' else ';')
    if kind == 'xlsx': return xlsx(p)
    if kind == 'ods': return ods(p)
    if kind == 'odt': return odt(p)
    if kind == 'docx': return docx(p[0], p[1] if len(p) > 1 else None)
    if kind == 'pdf': return pdf(p, name)
    if kind in ('html', 'txt'): return p.encode('utf-8')
    if kind == 'zip': return _zip([(n, render_att(sub), False) for n, sub in [(s[1], s) for s in p]])
    raise ValueError(kind)

def build_message(n, m, date, mid, inner=False):
    """m: dict with frm,to,subj,body,html,att,cc"""
    tag = '%04d' % n + ('i' if inner else '')
    text = MIMEText(m['body'], 'plain', QP)
    if m.get('html'):
        core = MIMEMultipart('alternative', boundary='=_alt_%s' % tag)
        core.attach(text); core.attach(MIMEText(m['html'], 'html', QP))
    else:
        core = text
    atts = m.get('att') or []
    if atts:
        msg = MIMEMultipart('mixed', boundary='=_mix_%s' % tag)
        msg.attach(core)
        for a in atts:
            if a[0] == 'eml':
                sub = build_message(n, a[2], a[2].get('date', date), a[2].get('mid', 'fwd-%s@%s' % (tag, 'mail.local')), inner=True)
                part = MIMEMessage(sub)
                part.add_header('Content-Disposition', 'attachment', filename=a[1])
            else:
                data = render_att(a)
                maj, sub_ = MT[a[0]]
                if maj == 'text':
                    part = MIMEText(data.decode('utf-8'), sub_, QP)
                else:
                    part = MIMEBase(maj, sub_); part.set_payload(data); encoders.encode_base64(part)
                part.add_header('Content-Disposition', 'attachment', filename=a[1])
            msg.attach(part)
    else:
        msg = core
    msg['From'] = m['frm']; msg['To'] = m['to']
    if m.get('cc'): msg['Cc'] = m['cc']
    msg['Subject'] = Header(m['subj'], 'utf-8') if any(ord(c) > 127 for c in m['subj']) else m['subj']
    msg['Date'] = date; msg['Message-ID'] = '<%s>' % mid
    if m.get('reply'): msg['In-Reply-To'] = '<%s>' % m['reply']
    if 'MIME-Version' not in msg: msg['MIME-Version'] = '1.0'
    return msg

def to_bytes(msg):
    return msg.as_bytes(policy=email.policy.compat32.clone(linesep='\r\n'))
