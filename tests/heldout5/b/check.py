"""Check heldout5-b: parse, identifiers valid/invalid as declared, present in extracted text, counts, no undeclared valid numbers in allow mails."""
import os, re, io, sys, zipfile, collections, email
from email import policy
import yaml
from stdnum.be import nn as s_nn, bis as s_bis, vat as s_vat
from stdnum.nl import bsn as s_bsn
from stdnum import iban as s_iban, luhn as s_luhn
HERE = os.path.dirname(os.path.abspath(__file__))
VALID = {'be_nn': s_nn.is_valid, 'be_bis': s_bis.is_valid, 'nl_bsn': s_bsn.is_valid, 'iban_private': s_iban.is_valid,
         'iban_org': s_iban.is_valid, 'card': lambda v: s_luhn.is_valid(re.sub(r'\D', '', v)) and len(re.sub(r'\D', '', v)) >= 13,
         'be_vat': s_vat.is_valid}
ENT = {'be_nn': 'BE_NATIONAL_NUMBER', 'be_bis': 'BE_BIS_NUMBER', 'nl_bsn': 'NL_BSN', 'iban_private': 'IBAN_CODE', 'card': 'CREDIT_CARD'}
ALL_ENT = {'ART9_HEALTH', 'ART9_ETHNIC_ORIGIN', 'ART9_POLITICAL_OPINION', 'ART9_RELIGION', 'ART9_TRADE_UNION', 'ART9_GENETIC',
           'ART9_BIOMETRIC', 'ART9_SEX_LIFE', 'ART10_CRIMINAL', 'BE_NATIONAL_NUMBER', 'BE_BIS_NUMBER', 'NL_BSN', 'IBAN_CODE', 'CREDIT_CARD'}

def doc_text(name, data):
    n = name.lower()
    if n.endswith('.pdf'):
        import pypdf; return '\n'.join(p.extract_text() or '' for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    if n.endswith('.xlsx'):
        import openpyxl; wb = openpyxl.load_workbook(io.BytesIO(data))
        return '\n'.join(' '.join(str(c) for c in r if c is not None) for ws in wb for r in ws.iter_rows(values_only=True))
    if n.endswith('.docx'):
        import docx; d = docx.Document(io.BytesIO(data))
        return '\n'.join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells])
    if n.endswith(('.odt', '.ods')):
        from odf.opendocument import load; from odf import teletype, text
        d = load(io.BytesIO(data)); return '\n'.join(teletype.extractText(p) for p in d.getElementsByType(text.P))
    if n.endswith('.zip'):
        z = zipfile.ZipFile(io.BytesIO(data)); return '\n'.join(doc_text(i, z.read(i)) for i in z.namelist())
    if n.endswith(('.html', '.htm')): return re.sub(r'<[^>]+>', ' ', data.decode('utf-8'))
    return data.decode('utf-8')

def msg_text(msg):
    parts = [str(msg.get('Subject', ''))]
    for p in msg.walk():
        ct = p.get_content_type()
        if p.is_multipart(): continue
        fn = p.get_filename()
        if ct == 'message/rfc822': continue
        if fn: parts.append(doc_text(fn, p.get_payload(decode=True)))
        elif ct == 'text/html': parts.append(re.sub(r'<[^>]+>', ' ', p.get_content()))
        elif ct.startswith('text/'): parts.append(p.get_content())
    return '\n'.join(parts)

def find_valid(text):
    hits = []
    for m in re.finditer(r'(?<![\w.])[0-9][0-9 .\-]{7,22}[0-9](?![\w])', text):
        d = re.sub(r'\D', '', m.group())
        if len(d) == 11 and (s_nn.is_valid(d) or s_bis.is_valid(d)): hits.append(d)
        if len(d) == 9 and s_bsn.is_valid(d): hits.append(d)
        if 13 <= len(d) <= 19 and s_luhn.is_valid(d): hits.append(d)
    for m in re.finditer(r'\b[A-Z]{2}[0-9]{2}[ A-Z0-9]{10,40}', text):
        c = re.sub(r'\s', '', m.group())
        for L in range(34, 14, -1):
            if len(c) >= L and s_iban.is_valid(c[:L]): hits.append(c[:L]); break
    return hits

def main():
    errs = []
    labels = yaml.safe_load(open(os.path.join(HERE, 'labels.yaml')))
    numbers = yaml.safe_load(open(os.path.join(HERE, 'numbers.yaml'))) or {}
    files = sorted(os.listdir(os.path.join(HERE, 'messages')))
    if set(files) != set(labels): errs.append('files/labels mismatch')
    cnt = collections.Counter(); ents = collections.Counter(); att = 0
    for fn in files:
        raw = open(os.path.join(HERE, 'messages', fn), 'rb').read()
        if b'\n' in raw.replace(b'\r\n', b''): errs.append(fn + ': bare LF')
        msg = email.message_from_bytes(raw, policy=policy.default)
        lab = labels[fn]; cnt[(lab['lang'], lab['action'])] += 1
        if not re.match(r'^\d{3}-%s-[a-z0-9-]+\.eml$' % lab['lang'], fn): errs.append(fn + ': name')
        if any(p.get_filename() for p in msg.walk()): att += 1
        text = msg_text(msg); norm = re.sub(r'[\s.\-]', '', text)
        es = set(lab['entities'])
        if lab['action'] == 'allow' and es: errs.append(fn + ': allow with entities')
        if lab['action'] == 'block' and not es: errs.append(fn + ': block without entities')
        if es - ALL_ENT: errs.append(fn + ': unknown entity')
        for e in es: ents[e] += 1
        declared = set(); need = set()
        for d in numbers.get(fn, []):
            ok = VALID[d['type']](d['value'])
            if ok != d['valid']: errs.append('%s: %s validity %s != declared' % (fn, d['value'], ok))
            if re.sub(r'[\s.\-]', '', d['value']) not in norm: errs.append('%s: %s not in text' % (fn, d['value']))
            declared.add(re.sub(r'\D', '', d['value']) if d['type'] not in ('iban_private', 'iban_org') else re.sub(r'\s', '', d['value']))
            if d['valid'] and d['type'] in ENT: need.add(ENT[d['type']])
        if need - es: errs.append('%s: valid numbers %s not labelled' % (fn, need - es))
        for e in es & set(ENT.values()):
            if e not in need: errs.append('%s: entity %s without declared number' % (fn, e))
        for h in find_valid(text):
            if h not in declared and lab['action'] == 'allow':
                errs.append('%s: undeclared valid number %s' % (fn, h))
    print('by lang x action:', dict(cnt)); print('with attachments:', att); print('entities:', dict(sorted(ents.items())))
    want = {('fr', 'block'): 24, ('fr', 'allow'): 24, ('en', 'block'): 16, ('en', 'allow'): 16}
    if dict(cnt) != want: errs.append('counts %s' % dict(cnt))
    for e in ALL_ENT:
        lim = 7 if e == 'ART9_HEALTH' else (4 if e.startswith('ART') else 2)
        if ents[e] < lim and e != 'NL_BSN' or (e == 'NL_BSN' and ents[e] < 2): errs.append('%s only %d' % (e, ents[e]))
    for e in errs: print('ERROR', e)
    print('OK' if not errs else '%d errors' % len(errs)); sys.exit(1 if errs else 0)

if __name__ == '__main__': main()
