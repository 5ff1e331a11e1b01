#!/usr/bin/env python3
"""Build dev10: 96 hand-written messages (1101-1196). Deterministic."""
import os, sys, shutil, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import build_message, to_bytes
import msgs_nl, msgs_fr, msgs_de, msgs_en

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'messages')
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']

def order(msgs):
    """Interleave block/allow as B,A,A,B,B,A,A,B... so both actions alternate parity."""
    b = [m for m in msgs if m['action'] == 'block']; a = [m for m in msgs if m['action'] == 'allow']
    assert len(b) == len(a), (len(b), len(a))
    out = []
    for k in range(len(b)):
        out += [b[k], a[k]] if k % 2 == 0 else [a[k], b[k]]
    return out

def main():
    allm = []
    for mod in (msgs_nl, msgs_fr, msgs_de, msgs_en):
        allm += order(mod.MSGS)
    assert len(allm) == 96, len(allm)
    if os.path.isdir(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    labels = {}
    for i, m in enumerate(allm):
        n = 1101 + i
        day = 2 + (i % 5)
        date = '%s, %02d Mar 2026 %02d:%02d:00 +0100' % (DAYS[i % 5], day, 8 + i % 9, (i * 7) % 60)
        domain = m['frm'].split('@')[1]
        mid = '%d.%s@%s' % (n, m['slug'], domain)
        msg = build_message(n, m, date, mid)
        fn = '%d-%s-%s.eml' % (n, m['lang'], m['slug'])
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(to_bytes(msg))
        labels[fn] = {'action': m['action'], 'entities': [m['cat']] if m['action'] == 'block' else [],
                      'lang': m['lang'], 'note': m['note'], 'rcpt': m['to'],
                      'split': 'tune' if n % 2 else 'test'}
    with open(os.path.join(HERE, 'labels.yaml'), 'w') as f:
        yaml.safe_dump(labels, f, sort_keys=True, allow_unicode=True, width=200)
    # identifiers: only the organisation IBAN used in letterheads / invoices
    nums = {}
    for fn, lab in labels.items():
        raw = open(os.path.join(OUT, fn), 'rb').read()
    for fn in sorted(labels):
        m = allm[int(fn[:4]) - 1101]
        text = m['body'] + ''.join(str(a) for a in m['att'])
        ids = []
        if 'BE71 0961 2345 6769' in text:
            ids.append({'type': 'IBAN_CODE', 'value': 'BE71 0961 2345 6769', 'valid': True, 'org': True})
        if 'BE 0207.451.227' in text:
            ids.append({'type': 'BE_ENTERPRISE_NUMBER', 'value': 'BE 0207.451.227', 'valid': True, 'org': True})
        if ids: nums[fn] = ids
    with open(os.path.join(HERE, 'numbers.yaml'), 'w') as f:
        yaml.safe_dump(nums, f, sort_keys=True, allow_unicode=True, width=200)
    print('wrote', len(labels), 'messages')

if __name__ == '__main__':
    main()
