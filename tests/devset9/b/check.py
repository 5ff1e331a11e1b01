#!/usr/bin/env python3
"""Check the dev9b batch: parse every mail, extract all text, validate every declared identifier,
find it in the text, hunt for undeclared valid identifiers, and check label consistency."""
import os, sys, io, re, zipfile, collections
from email import policy
from email.parser import BytesParser
import yaml
from stdnum.be import nn as s_nn, bis as s_bis
from stdnum.nl import bsn as s_bsn
from stdnum import iban as s_iban, luhn as s_luhn

HERE = os.path.dirname(os.path.abspath(__file__))
ART = {'ART9_HEALTH', 'ART9_ETHNIC_ORIGIN', 'ART9_POLITICAL_OPINION', 'ART9_RELIGION', 'ART9_TRADE_UNION',
       'ART9_GENETIC', 'ART9_BIOMETRIC', 'ART9_SEX_LIFE', 'ART10_CRIMINAL'}
ALL_ENT = ART | {'BE_NATIONAL_NUMBER', 'BE_BIS_NUMBER', 'NL_BSN', 'IBAN_CODE', 'CREDIT_CARD'}
VALIDATORS = {'BE_NATIONAL_NUMBER': s_nn.is_valid, 'BE_BIS_NUMBER': s_bis.is_valid, 'NL_BSN': s_bsn.is_valid,
              'IBAN_CODE': s_iban.is_valid, 'CREDIT_CARD': s_luhn.is_valid}

def strip_html(s):
    s = re.sub(r'(?is)<(script|style).*?</\1>', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>|</(p|tr|li|h\d|div)>', '\n', s)
    s = re.sub(r'(?i)</t[dh]>', '\t', s)
    s = re.sub(r'<[^>]+>', '', s)
    import html
    return html.unescape(s)

def odf_text(data):
    from odf.opendocument import load
    from odf import teletype
    from odf.text import P
    from odf.table import TableCell
    doc = load(io.BytesIO(data))
    out = [teletype.extractText(p) for p in doc.getElementsByType(P)]
    return '\n'.join(out)

def file_text(name, data):
    ext = name.rsplit('.', 1)[-1].lower() if '.' in name else ''
    if ext in ('csv', 'tsv', 'txt'):
        return data.decode('utf-8')
    if ext in ('html', 'htm'):
        return strip_html(data.decode('utf-8'))
    if ext == 'xlsx':
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
        return '\n'.join('\t'.join('' if c is None else str(c) for c in row) for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    if ext == 'docx':
        import docx
        d = docx.Document(io.BytesIO(data))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append('\t'.join(c.text for c in r.cells))
        return '\n'.join(parts)
    if ext == 'pdf':
        import pypdf
        r = pypdf.PdfReader(io.BytesIO(data))
        return '\n'.join(p.extract_text() or '' for p in r.pages)
    if ext in ('odt', 'ods'):
        return odf_text(data)
    if ext == 'zip':
        z = zipfile.ZipFile(io.BytesIO(data))
        return '\n'.join(file_text(i.filename, z.read(i.filename)) for i in z.infolist())
    if ext == 'eml':
        return mail_text(BytesParser(policy=policy.default).parsebytes(data))
    raise ValueError(f'unknown attachment type {name}')

def mail_text(msg):
    parts = [str(msg.get('Subject', ''))]
    for part in msg.iter_parts() if msg.is_multipart() else [msg]:
        parts.append(part_text(part))
    return '\n'.join(parts)

def part_text(part):
    ct = part.get_content_type()
    if part.is_multipart():
        return '\n'.join(part_text(p) for p in part.iter_parts())
    if ct == 'message/rfc822':
        return mail_text(part.get_content())
    fn = part.get_filename()
    if fn:
        return file_text(fn, part.get_payload(decode=True))
    if ct == 'text/plain':
        return part.get_content()
    if ct == 'text/html':
        return strip_html(part.get_content())
    raise ValueError(f'unexpected part {ct}')

TOK = re.compile(r'(?<![\dA-Za-z])\d(?:[ .\-]?\d)+(?![\dA-Za-z])')
IBAN_RE = re.compile(r'\b[A-Z]{2}\d{2}(?:[ \-]?[A-Z0-9]{4}){2,7}(?:[ \-]?[A-Z0-9]{1,3})?\b')

def hunt(text):
    """Valid identifiers found in text: set of (type, compact value)."""
    found = set()
    for m in TOK.finditer(text):
        d = re.sub(r'\D', '', m.group())
        cands = {d}
        # also try splitting long tokens joined by single spaces (e.g. two numbers on one line)
        for piece in re.split(r'  +', m.group()):
            cands.add(re.sub(r'\D', '', piece))
        for c in cands:
            if len(c) == 11:
                if s_nn.is_valid(c): found.add(('BE_NATIONAL_NUMBER', c))
                if s_bis.is_valid(c): found.add(('BE_BIS_NUMBER', c))
            if len(c) == 9 and s_bsn.is_valid(c): found.add(('NL_BSN', c))
            if len(c) == 8 and m.group() == c and s_bsn.is_valid('0' + c): found.add(('NL_BSN', '0' + c))
            if 13 <= len(c) <= 19 and c[0] in '3456' and s_luhn.is_valid(c): found.add(('CREDIT_CARD', c))
    for m in IBAN_RE.finditer(text.upper()):
        c = re.sub(r'[ \-]', '', m.group())
        if s_iban.is_valid(c): found.add(('IBAN_CODE', c))
    return found

def main():
    labels = yaml.safe_load(open(os.path.join(HERE, 'labels.yaml')))
    numbers = yaml.safe_load(open(os.path.join(HERE, 'numbers.yaml')))
    files = sorted(os.listdir(os.path.join(HERE, 'messages')))
    errs = []
    if set(files) != set(labels) or set(files) != set(numbers):
        errs.append('file set mismatch between messages/, labels.yaml and numbers.yaml')
    cnt = collections.Counter()
    split_cov = collections.defaultdict(set)
    for fn in files:
        raw = open(os.path.join(HERE, 'messages', fn), 'rb').read()
        if b'\n' in raw.replace(b'\r\n', b''):
            errs.append(f'{fn}: bare LF')
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        if msg.defects:
            errs.append(f'{fn}: defects {msg.defects}')
        try:
            text = mail_text(msg)
        except Exception as e:
            errs.append(f'{fn}: extraction failed: {e!r}'); continue
        lab = labels[fn]
        n, lang = fn.split('-')[:2]
        if lab['lang'] != lang: errs.append(f'{fn}: lang mismatch')
        if lab['split'] != ('tune' if int(n) <= 980 else 'test'): errs.append(f'{fn}: split wrong')
        if lab['rcpt'].lower() not in str(msg['To']).lower(): errs.append(f'{fn}: rcpt not in To')
        if not set(lab['entities']) <= ALL_ENT: errs.append(f'{fn}: unknown entity')
        compact = re.sub(r'[\s.\-/]', '', text).upper()
        declared = set()
        need = set()
        for d in numbers[fn] or []:
            v = VALIDATORS[d['type']](d['value'])
            if v != d['valid']: errs.append(f"{fn}: {d['type']} {d['value']} validity {v} != declared {d['valid']}")
            if d['value'].upper() not in compact: errs.append(f"{fn}: {d['value']} not found in text")
            if d['valid']:
                declared.add((d['type'], d['value']))
                if not d.get('org'):
                    need.add(d['type'])
        for t, c in hunt(text):
            if (t, c) not in declared:
                # BIS/NN overlap is impossible (month ranges differ); anything else is undeclared
                errs.append(f'{fn}: undeclared valid {t} {c}')
        ents = set(lab['entities'])
        if lab['action'] == 'allow':
            if ents: errs.append(f'{fn}: allow with entities {ents}')
            if need: errs.append(f'{fn}: allow but personal identifiers {need}')
        else:
            if not ents: errs.append(f'{fn}: block without entities')
            ids = ents - ART
            if ids != need: errs.append(f'{fn}: identifier entities {ids} != valid personal numbers {need}')
        cnt[(lab['lang'], lab['action'], lab['split'])] += 1
        split_cov[lab['split']] |= ents
        split_cov[lab['split'] + '_lang'].add(lab['lang'])
        split_cov[lab['split'] + '_act'].add(lab['action'])
    for sp in ('tune', 'test'):
        miss = ART - split_cov[sp]
        if miss: errs.append(f'{sp}: missing categories {miss}')
        if split_cov[sp + '_lang'] != {'fr', 'en'} or split_cov[sp + '_act'] != {'block', 'allow'}:
            errs.append(f'{sp}: missing language or action')
    for e in errs:
        print('ERROR', e)
    print(dict(sorted(cnt.items())))
    print('OK' if not errs else f'{len(errs)} errors')
    return 1 if errs else 0

if __name__ == '__main__':
    sys.exit(main())
