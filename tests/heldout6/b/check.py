#!/usr/bin/env python3
"""Check the heldout6b set: parse every message, validate every declared identifier with
python-stdnum, find it in the extracted text, and look for undeclared valid identifiers."""
import io, os, re, sys, zipfile, html as htmlmod
from email import policy
from email.parser import BytesParser
import yaml
from stdnum.be import nn as be_nn, bis as be_bis
from stdnum.nl import bsn as nl_bsn
from stdnum import iban as std_iban, luhn

HERE = os.path.dirname(os.path.abspath(__file__))
MSG = os.path.join(HERE, 'messages')
ART = ['ART9_HEALTH', 'ART9_ETHNIC_ORIGIN', 'ART9_POLITICAL_OPINION', 'ART9_RELIGION', 'ART9_TRADE_UNION',
       'ART9_GENETIC', 'ART9_BIOMETRIC', 'ART9_SEX_LIFE', 'ART10_CRIMINAL']
IDS = ['BE_NATIONAL_NUMBER', 'BE_BIS_NUMBER', 'NL_BSN', 'IBAN_CODE', 'CREDIT_CARD']
TRANSPORT = {'from', 'to', 'cc', 'bcc', 'reply-to', 'sender', 'return-path', 'received', 'message-id',
             'in-reply-to', 'references', 'date', 'mime-version', 'content-type', 'content-transfer-encoding',
             'content-disposition'}
errors = []

def err(fn, m): errors.append('%s: %s' % (fn, m))

def valid(typ, v):
    if typ == 'BE_NATIONAL_NUMBER': return be_nn.is_valid(v)
    if typ == 'BE_BIS_NUMBER': return be_bis.is_valid(v)
    if typ == 'NL_BSN': return nl_bsn.is_valid(v)
    if typ == 'IBAN_CODE': return std_iban.is_valid(v)
    if typ == 'CREDIT_CARD': return 13 <= len(v) <= 19 and v.isdigit() and luhn.is_valid(v)
    raise ValueError(typ)

def strip_html(s):
    s = re.sub(r'(?is)<(script|style).*?</\1>', ' ', s)
    s = re.sub(r'(?s)<[^>]+>', ' ', s)
    return htmlmod.unescape(s)

def odf_text(data):
    from odf.opendocument import load
    from odf import text as odt, teletype
    from odf.table import TableCell
    d = load(io.BytesIO(data)); out = []
    for el in d.getElementsByType(odt.P): out.append(teletype.extractText(el))
    return '\n'.join(out)

def extract(name, ctype, data, fn):
    ext = name.rsplit('.', 1)[-1].lower() if '.' in name else ''
    if ext == 'pdf' or ctype == 'application/pdf':
        from pypdf import PdfReader
        return '\n'.join(p.extract_text() or '' for p in PdfReader(io.BytesIO(data)).pages)
    if ext == 'xlsx':
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
        return '\n'.join('\t'.join('' if c is None else str(c) for c in row) for ws in wb for row in ws.iter_rows(values_only=True))
    if ext == 'docx':
        import docx
        d = docx.Document(io.BytesIO(data))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows: parts.append('\t'.join(c.text for c in r.cells))
        return '\n'.join(parts)
    if ext in ('odt', 'ods'): return odf_text(data)
    if ext == 'zip':
        z = zipfile.ZipFile(io.BytesIO(data)); out = []
        for m in z.namelist():
            if not m.endswith('/'): out.append(extract(m, '', z.read(m), fn))
        return '\n'.join(out)
    if ext in ('html', 'htm') or ctype == 'text/html': return strip_html(data.decode('utf-8', 'replace'))
    if ext in ('csv', 'tsv', 'txt', 'json', '') or ctype.startswith('text/'): return data.decode('utf-8', 'replace')
    err(fn, 'no extractor for %s (%s)' % (name, ctype)); return ''

def mail_text(msg, fn):
    out = []
    for k, v in msg.items():
        if k.lower() not in TRANSPORT: out.append(str(v))
    for part in msg.walk():
        if part.is_multipart(): continue
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            continue
        data = part.get_payload(decode=True) or b''
        out.append(extract(part.get_filename() or '', ct, data, fn))
    # attached messages: headers of inner messages (walk already covers their bodies)
    for part in msg.walk():
        if part.get_content_type() == 'message/rfc822':
            for inner in part.get_payload():
                for k, v in inner.items():
                    if k.lower() not in TRANSPORT: out.append(str(v))
    return '\n'.join(out)

def compact(t): return re.sub(r'(?<=[0-9A-Za-z])[ .\-/](?=[0-9A-Za-z])', '', t)

def found(value, typ, text):
    c = compact(text)
    cands = [value] + ([value[1:]] if typ == 'NL_BSN' and value.startswith('0') else [])
    for v in cands:
        if re.search(r'(?<!\d)' + re.escape(v) + r'(?!\d)', c): return True
    return False

def scan(text):
    hits = set()
    for m in re.finditer(r'(?<![\d.])(\d{2}[.\- ]?\d{2}[.\- ]?\d{2}[.\- ]?\d{3}[.\- ]?\d{2})(?![\d])', text):
        v = re.sub(r'\D', '', m.group(1))
        if be_nn.is_valid(v): hits.add(('BE_NATIONAL_NUMBER', v))
        if be_bis.is_valid(v): hits.add(('BE_BIS_NUMBER', v))
    for m in re.finditer(r'(?<![\d.])(\d{4}[. ]?\d{2}[. ]?\d{3}|\d{3}[. ]\d{3}[. ]\d{3}|\d{9}|\d{8})(?![\d])', text):
        v = re.sub(r'\D', '', m.group(1))
        if len(v) == 8: v = '0' + v
        if nl_bsn.is_valid(v): hits.add(('NL_BSN', v))
    for m in re.finditer(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]){8,30})', text):
        v = m.group(1).replace(' ', '')
        for L in range(len(v), 11, -1):
            if std_iban.is_valid(v[:L]): hits.add(('IBAN_CODE', v[:L])); break
    for m in re.finditer(r'(?<![\d])((?:\d[ \-]?){12,18}\d)(?![\d])', text):
        v = re.sub(r'\D', '', m.group(1))
        if v[0] in '23456' and luhn.is_valid(v): hits.add(('CREDIT_CARD', v))
    return hits

def main():
    labels = yaml.safe_load(open(os.path.join(HERE, 'labels.yaml'), encoding='utf-8'))
    numbers = yaml.safe_load(open(os.path.join(HERE, 'numbers.yaml'), encoding='utf-8')) or {}
    files = sorted(os.listdir(MSG))
    if set(files) != set(labels): err('-', 'labels.yaml and messages/ differ')
    nums = sorted(int(f[:3]) for f in files)
    if nums != list(range(81, 161)): err('-', 'numbering is not 081-160')
    counts = {}; ent_block = {}
    for fn in files:
        raw = open(os.path.join(MSG, fn), 'rb').read()
        if re.search(rb'(?<!\r)\n', raw): err(fn, 'bare LF')
        lab = labels[fn]
        if not fn[4:6] == lab['lang']: err(fn, 'lang mismatch')
        for k in ('action', 'entities', 'lang', 'note', 'rcpt'):
            if k not in lab: err(fn, 'missing label field ' + k)
        counts[(lab['lang'], lab['action'])] = counts.get((lab['lang'], lab['action']), 0) + 1
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        if lab['rcpt'] not in str(msg['To']): err(fn, 'rcpt not in To')
        text = mail_text(msg, fn)
        decl = numbers.get(fn, [])
        dset = set()
        for d in decl:
            ok = valid(d['type'], d['value'])
            if ok != d['valid']: err(fn, 'validity mismatch %s %s' % (d['type'], d['value']))
            if not found(d['value'], d['type'], text): err(fn, 'not found in text: %s %s' % (d['type'], d['value']))
            dset.add((d['type'], d['value']))
            if d['valid'] and not d.get('org') and d['type'] not in lab['entities']:
                err(fn, 'valid private %s not in entities' % d['type'])
            if d.get('org') and d['type'] != 'IBAN_CODE': err(fn, 'org flag on non-IBAN')
        for h in scan(text):
            if h not in dset: err(fn, 'undeclared valid %s %s' % h)
        for e in lab['entities']:
            if e not in ART + IDS: err(fn, 'unknown entity ' + e)
            if e in IDS and not any(d['type'] == e and d['valid'] and not d.get('org') for d in decl):
                err(fn, 'entity %s without valid private number' % e)
        if lab['action'] == 'block' and not lab['entities']: err(fn, 'block without entities')
        if lab['action'] == 'allow' and lab['entities']: err(fn, 'allow with entities')
        if lab['action'] == 'block':
            for e in lab['entities']: ent_block[e] = ent_block.get(e, 0) + 1
    for k in [('de', 'block'), ('de', 'allow'), ('en', 'block'), ('en', 'allow')]:
        if counts.get(k, 0) != 20: err('-', 'count %s = %d, want 20' % (k, counts.get(k, 0)))
    for e in ART:
        if ent_block.get(e, 0) < 4: err('-', '%s only in %d block messages' % (e, ent_block.get(e, 0)))
    for e in IDS:
        if ent_block.get(e, 0) < 2: err('-', '%s only in %d block messages' % (e, ent_block.get(e, 0)))
    print('counts:', {'%s/%s' % k: v for k, v in sorted(counts.items())})
    print('entities (block messages):', dict(sorted(ent_block.items())))
    print('identifiers declared:', sum(len(v) for v in numbers.values()))
    if errors:
        print('\n'.join(errors)); print('FAILED: %d problems' % len(errors)); sys.exit(1)
    print('OK')

if __name__ == '__main__':
    main()
