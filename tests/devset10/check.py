#!/usr/bin/env python3
"""Check dev10: parse every message, extract all text, validate declared identifiers, look for undeclared ones,
and check the label counts and split constraints."""
import os, io, re, sys, zipfile, email, email.policy, collections, yaml
from stdnum import iban, luhn
from stdnum.be import nn, bis
from stdnum.nl import bsn

HERE = os.path.dirname(os.path.abspath(__file__))
MSG = os.path.join(HERE, 'messages')
errors = []

def odf_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    return re.sub(r'<[^>]+>', ' ', z.read('content.xml').decode('utf-8'))

def file_text(name, data):
    n = name.lower()
    if n.endswith('.pdf'):
        from pypdf import PdfReader
        return '\n'.join(p.extract_text() or '' for p in PdfReader(io.BytesIO(data)).pages)
    if n.endswith('.xlsx'):
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        return '\n'.join(' '.join(str(c) for c in r if c is not None) for ws in wb for r in ws.iter_rows(values_only=True))
    if n.endswith('.docx'):
        import docx
        d = docx.Document(io.BytesIO(data))
        t = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for r in tb.rows: t.append(' '.join(c.text for c in r.cells))
        return '\n'.join(t)
    if n.endswith(('.ods', '.odt')): return odf_text(data)
    if n.endswith('.zip'):
        z = zipfile.ZipFile(io.BytesIO(data))
        return '\n'.join(file_text(m, z.read(m)) for m in z.namelist())
    if n.endswith('.eml'): return msg_text(email.message_from_bytes(data, policy=email.policy.default))
    return data.decode('utf-8', 'replace')

def msg_text(msg):
    out = [str(msg.get('Subject', ''))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart(): continue
        if ct == 'message/rfc822': continue
        data = part.get_payload(decode=True) or b''
        fn = part.get_filename() or ''
        if fn: out.append(file_text(fn, data))
        else:
            t = data.decode(part.get_content_charset() or 'utf-8', 'replace')
            if ct == 'text/html': t = re.sub(r'<[^>]+>', ' ', t)
            out.append(t)
    return '\n'.join(out)

def valid(typ, v):
    d = re.sub(r'\D', '', v) if typ != 'IBAN_CODE' else v
    if typ == 'BE_NATIONAL_NUMBER': return nn.is_valid(d)
    if typ == 'BE_BIS_NUMBER': return bis.is_valid(d)
    if typ == 'NL_BSN': return bsn.is_valid(d.zfill(9))
    if typ == 'IBAN_CODE': return iban.is_valid(v)
    if typ == 'CREDIT_CARD': return luhn.is_valid(d) and 13 <= len(d) <= 19
    if typ == 'BE_ENTERPRISE_NUMBER':
        from stdnum.be import vat; return vat.is_valid(v)
    return None

labels = yaml.safe_load(open(os.path.join(HERE, 'labels.yaml')))
nums = yaml.safe_load(open(os.path.join(HERE, 'numbers.yaml'))) or {}
files = sorted(os.listdir(MSG))
if sorted(labels) != files: errors.append('labels.yaml and messages/ differ')
for fn in files:
    raw = open(os.path.join(MSG, fn), 'rb').read()
    if re.search(rb'(?<!\r)\n', raw): errors.append('%s: bare LF' % fn)
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    text = msg_text(msg)
    flat = re.sub(r'\s', '', text)
    declared = set()
    for it in nums.get(fn, []):
        v = valid(it['type'], it['value'])
        if v != it['valid']: errors.append('%s: %s %s validity %s != declared' % (fn, it['type'], it['value'], v))
        if it['value'] not in text and re.sub(r'\s', '', it['value']) not in flat:
            errors.append('%s: %s not found in text' % (fn, it['value']))
        declared.add(re.sub(r'[\s.\-/]', '', it['value']).upper())
    # undeclared identifiers
    for mobj in re.finditer(r'(?<![\w])(\d[\d .\-/]{6,22}\d)(?![\w])', text):
        g = mobj.group(1)
        for chunk in [g] + re.split(r'\s{2,}|/', g):
            d = re.sub(r'\D', '', chunk)
            hits = []
            if len(d) == 11 and (nn.is_valid(d) or bis.is_valid(d)): hits.append('NN/BIS')
            if len(d) in (8, 9) and bsn.is_valid(d.zfill(9)): hits.append('BSN')
            if 13 <= len(d) <= 19 and luhn.is_valid(d): hits.append('CARD')
            if hits and d not in declared: errors.append('%s: undeclared %s %r' % (fn, hits, chunk))
    for mobj in re.finditer(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b', text):
        v = mobj.group(1).replace(' ', '')
        if iban.is_valid(v) and v not in declared: errors.append('%s: undeclared IBAN %s' % (fn, v))
    lab = labels[fn]
    if lab['action'] == 'block' and not lab['entities']: errors.append('%s: block without entity' % fn)
    if lab['action'] == 'allow' and lab['entities']: errors.append('%s: allow with entity' % fn)
    n = int(fn[:4])
    if lab['split'] != ('tune' if n % 2 else 'test'): errors.append('%s: wrong split' % fn)
    if fn.split('-')[1] != lab['lang']: errors.append('%s: lang mismatch' % fn)

# counts
c = collections.Counter((l['lang'], l['action'], l['split']) for l in labels.values())
ent = collections.Counter(e for l in labels.values() for e in l['entities'])
want_lang = {'nl': 32, 'fr': 28, 'de': 18, 'en': 18}
for lg, w in want_lang.items():
    got = sum(v for k, v in c.items() if k[0] == lg)
    if got != w: errors.append('lang %s: %d != %d' % (lg, got, w))
    for a in ('block', 'allow'):
        for s in ('tune', 'test'):
            if not c[(lg, a, s)]: errors.append('missing %s/%s/%s' % (lg, a, s))
want_ent = {'ART9_POLITICAL_OPINION': 12, 'ART9_ETHNIC_ORIGIN': 10, 'ART9_BIOMETRIC': 10, 'ART9_GENETIC': 10, 'ART9_RELIGION': 6}
if dict(ent) != want_ent: errors.append('entity counts %s' % dict(ent))
for e in want_ent:
    for s in ('tune', 'test'):
        if not any(e in l['entities'] and l['split'] == s for l in labels.values()): errors.append('%s missing in %s' % (e, s))
for k in sorted(c): print(*k, c[k])
print(dict(ent))
print('\n'.join(errors) or 'CLEAN')
sys.exit(1 if errors else 0)
