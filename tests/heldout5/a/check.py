#!/usr/bin/env python3
"""Check the set: parse every message, validate declared identifiers, find them in their part,
scan allow messages for undeclared valid identifiers, check label counts."""
import io, os, re, sys, zipfile, email
from email import policy
from collections import Counter
import yaml
import stdnum.be.nn, stdnum.be.bis, stdnum.nl.bsn, stdnum.iban, stdnum.luhn

HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {'ART9_HEALTH', 'ART9_ETHNIC_ORIGIN', 'ART9_POLITICAL_OPINION', 'ART9_RELIGION', 'ART9_TRADE_UNION',
       'ART9_GENETIC', 'ART9_BIOMETRIC', 'ART9_SEX_LIFE', 'ART10_CRIMINAL', 'BE_NATIONAL_NUMBER', 'BE_BIS_NUMBER',
       'NL_BSN', 'IBAN_CODE', 'CREDIT_CARD'}
VALID = {'BE_NATIONAL_NUMBER': stdnum.be.nn.is_valid, 'BE_BIS_NUMBER': stdnum.be.bis.is_valid,
         'NL_BSN': stdnum.nl.bsn.is_valid, 'IBAN_CODE': stdnum.iban.is_valid,
         'CREDIT_CARD': lambda v: len(re.sub(r'\D', '', v)) in range(13, 20) and stdnum.luhn.is_valid(re.sub(r'\D', '', v))}

def strip_xml(b):
    return re.sub(r'<[^>]+>', ' ', b.decode('utf-8', 'replace'))

def office_text(name, data):
    ext = name.rsplit('.', 1)[-1].lower()
    if ext == 'xlsx':
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        return '\n'.join(' | '.join('' if c is None else str(c) for c in row)
                         for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    if ext == 'docx':
        import docx
        d = docx.Document(io.BytesIO(data))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(' | '.join(c.text for c in r.cells))
        return '\n'.join(parts)
    if ext in ('odt', 'ods'):
        return strip_xml(zipfile.ZipFile(io.BytesIO(data)).read('content.xml'))
    if ext == 'pdf':
        import pypdf
        return '\n'.join(p.extract_text() or '' for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    if ext == 'zip':
        z = zipfile.ZipFile(io.BytesIO(data))
        return '\n'.join(office_text(n, z.read(n)) for n in z.namelist())
    return data.decode('utf-8', 'replace')

def texts(msg):
    """List of (part description, text) for every part, attached mails included."""
    out = [('Subject', str(msg['Subject']))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if ct == 'message/rfc822':
            continue
        if fn:
            out.append((fn, office_text(fn, part.get_payload(decode=True))))
        elif ct.startswith('text/'):
            t = part.get_content()
            if ct == 'text/html':
                t = re.sub(r'<[^>]+>', ' ', t)
            out.append((ct, t))
    # walk() descends into message/rfc822; add the inner Subject too
    for part in msg.walk():
        if part.get_content_type() == 'message/rfc822':
            inner = part.get_payload()[0]
            out.append(('inner Subject', str(inner['Subject'])))
    return out

def candidates(text):
    found = []
    for m in re.finditer(r'(?<![\w])(?:\d[ .\-/]?){8,18}\d(?![\w])', text):
        d = re.sub(r'\D', '', m.group())
        if len(d) == 9 and stdnum.nl.bsn.is_valid(d):
            found.append(('NL_BSN', m.group()))
        if len(d) == 11 and (stdnum.be.nn.is_valid(d) or stdnum.be.bis.is_valid(d)):
            found.append(('BE_NN/BIS', m.group()))
        if 13 <= len(d) <= 19 and stdnum.luhn.is_valid(d):
            found.append(('CREDIT_CARD', m.group()))
    for m in re.finditer(r'\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b', text):
        if stdnum.iban.is_valid(m.group()):
            found.append(('IBAN_CODE', m.group()))
    return found

def main():
    labels = yaml.safe_load(open(os.path.join(HERE, 'labels.yaml')))
    numbers = yaml.safe_load(open(os.path.join(HERE, 'numbers.yaml'))) or {}
    errs = []
    files = sorted(f for f in os.listdir(os.path.join(HERE, 'messages')) if f.endswith('.eml'))
    if set(files) != set(labels):
        errs.append('files and labels differ')
    cnt, ent = Counter(), Counter()
    att = 0
    for f in files:
        raw = open(os.path.join(HERE, 'messages', f), 'rb').read()
        if b'\n' in raw.replace(b'\r\n', b''):
            errs.append(f'{f}: bare LF')
        msg = email.message_from_bytes(raw, policy=policy.default)
        lab = labels[f]
        cnt[(lab['lang'], lab['action'])] += 1
        if not re.match(r'^\d{3}-(nl|de)-[a-z0-9-]+\.eml$', f) or f[4:6] != lab['lang']:
            errs.append(f'{f}: bad name')
        for e in lab['entities']:
            ent[e] += 1
            if e not in ENT:
                errs.append(f'{f}: unknown entity {e}')
        if lab['action'] == 'allow' and lab['entities']:
            errs.append(f'{f}: allow with entities')
        if lab['action'] == 'block' and not lab['entities']:
            errs.append(f'{f}: block without entities')
        if any(p.get_filename() for p in msg.walk()):
            att += 1
        parts = texts(msg)
        alltext = '\n'.join(t for _, t in parts)
        declared = numbers.get(f, [])
        for n in declared:
            ok = VALID[n['kind']](n['value'])
            if ok != n['valid']:
                errs.append(f"{f}: {n['value']} validity {ok} != declared {n['valid']}")
            if n['value'] not in alltext:
                errs.append(f"{f}: {n['value']} not found in any part")
            if n['valid'] and n['private'] and n['kind'] not in lab['entities']:
                errs.append(f"{f}: valid private {n['kind']} not in entities")
            if n['valid'] and n['private'] and lab['action'] == 'allow':
                errs.append(f"{f}: valid private number in allow message")
        for kind in ('BE_NATIONAL_NUMBER', 'BE_BIS_NUMBER', 'NL_BSN', 'IBAN_CODE', 'CREDIT_CARD'):
            if kind in lab['entities'] and not any(n['kind'] == kind and n['valid'] for n in declared):
                errs.append(f'{f}: entity {kind} but no declared number')
        dvals = {re.sub(r'\W', '', n['value']) for n in declared}
        for kind, val in candidates(alltext):
            if re.sub(r'\W', '', val) not in dvals:
                errs.append(f'{f}: undeclared valid {kind} {val!r}' + (' (allow message)' if lab['action'] == 'allow' else ''))
    print('by language x action:', dict(sorted(cnt.items())))
    print('by entity:', dict(sorted(ent.items())))
    print('with attachments:', att, 'of', len(files))
    for (k, v) in [('ART9_HEALTH', 7)] + [(e, 4) for e in ENT if e.startswith('ART') and e != 'ART9_HEALTH'] + \
                  [(e, 2) for e in ('BE_NATIONAL_NUMBER', 'BE_BIS_NUMBER', 'NL_BSN', 'IBAN_CODE', 'CREDIT_CARD')]:
        if ent[k] < v:
            errs.append(f'{k}: {ent[k]} < {v}')
    want = {('nl', 'block'): 24, ('nl', 'allow'): 24, ('de', 'block'): 16, ('de', 'allow'): 16}
    if dict(cnt) != want:
        errs.append(f'counts {dict(cnt)} != {want}')
    for e in errs:
        print('ERROR', e)
    print('OK' if not errs else f'{len(errs)} errors')
    return 1 if errs else 0

if __name__ == '__main__':
    sys.exit(main())
