#!/usr/bin/env python3
"""Build the dev9b batch deterministically: messages/, labels.yaml, numbers.yaml, README.md."""
import os, sys, shutil, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import yaml
import common
import msgs_a; A = list(common.MSGS); common.MSGS.clear()
import msgs_b; B = list(common.MSGS); common.MSGS.clear()
import msgs_c; C = list(common.MSGS); common.MSGS.clear()
import msgs_d; D = list(common.MSGS); common.MSGS.clear()
from lib import mail
from extra_atts import EXTRA

def interleave(x, y):
    out = []
    for a, b in zip(x, y):
        out += [a, b]
    return out

ORDER = [('tune', m) for m in interleave(A, B)] + [('test', m) for m in interleave(C, D)]
assert len(ORDER) == 120

def main():
    out = os.path.join(HERE, 'messages')
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    labels, numbers = {}, {}
    for i, (split, m) in enumerate(ORDER):
        n = 921 + i
        assert (split == 'tune') == (n <= 980)
        if m['action'] == 'allow':
            assert not m['ents'], m['slug']
        fn = f"{n}-{m['lang']}-{m['slug']}.eml"
        assert not (m['slug'] in EXTRA and m['atts']), m['slug']
        atts = m['atts'] + EXTRA.get(m['slug'], [])
        msg = mail(n, m['frm'], m['to'], m['subject'], m['body'], html_body=m['html'], atts=atts,
                   cc=m['cc'], irt=m['irt'], extra=m['extra'])
        data = msg.as_bytes()
        assert b'\n' not in data.replace(b'\r\n', b''), fn
        with open(os.path.join(out, fn), 'wb') as f:
            f.write(data)
        labels[fn] = {'action': m['action'], 'entities': sorted(set(m['ents'])), 'lang': m['lang'],
                      'note': m['note'], 'rcpt': m['to'].split('<')[-1].rstrip('>').strip(), 'split': split}
        numbers[fn] = m['nums']
    with open(os.path.join(HERE, 'labels.yaml'), 'w') as f:
        yaml.safe_dump(labels, f, allow_unicode=True, sort_keys=True, width=200)
    with open(os.path.join(HERE, 'numbers.yaml'), 'w') as f:
        yaml.safe_dump(numbers, f, allow_unicode=True, sort_keys=True, width=200)
    assert set(EXTRA) <= {m['slug'] for _, m in ORDER}
    write_readme(labels, numbers)

def write_readme(labels, numbers):
    cnt = collections.Counter((v['lang'], v['action'], v['split']) for v in labels.values())
    ents = collections.Counter(e for v in labels.values() for e in v['entities'])
    entsplit = collections.Counter((v['split'], e) for v in labels.values() for e in v['entities'])
    doubtful = [k for k, v in labels.items() if 'doubtful' in v['note']]
    nums = collections.Counter((d['type'], d['valid'], bool(d.get('org'))) for v in numbers.values() for d in v)
    L = ['# dev9b – development batch (files 921-1040)', '',
         'Hand-written outbound mails for the dlp-gateway, labelled from the author brief alone.',
         'Build: `/work/main/.venv/bin/python build.py` (deterministic); check: `/work/main/.venv/bin/python check.py`.', '',
         '## Counts (language x action x split)', '', '| lang | action | tune | test | total |', '|---|---|---|---|---|']
    for lang in ('fr', 'en'):
        for act in ('block', 'allow'):
            t, s = cnt[(lang, act, 'tune')], cnt[(lang, act, 'test')]
            L.append(f'| {lang} | {act} | {t} | {s} | {t + s} |')
    L += ['', f'Total: {len(labels)} messages.', '', '## Entities (block messages)', '', '| entity | tune | test | total |', '|---|---|---|---|']
    for e in sorted(ents):
        L.append(f"| {e} | {entsplit[('tune', e)]} | {entsplit[('test', e)]} | {ents[e]} |")
    L += ['', '## Identifiers in numbers.yaml', '', '| type | valid | org | count |', '|---|---|---|---|']
    for (t, v, o), c in sorted(nums.items()):
        L.append(f'| {t} | {v} | {o} | {c} |')
    L += ['', '## What I read and did not read', '',
          '- Read: /work/notes/author-brief.md, /work/shared/README.md, /work/shared/seeds/004_ceb0ed9aa51278ba.txt,',
          '  /work/main/policies/default.yaml lines 115-165 and 280-340 only.',
          '- Did not read anything else under /work/main, /work/notes, any /work/wt-*, /work/heldout*, or other /work/dev* directory.',
          '  The gateway was never run.',
          '- Deviation: to learn which Belgian IBAN check python-stdnum applies, I listed the stdnum/be and stdnum/nl',
          '  folders and read parts of stdnum/be/iban.py and the head of stdnum/be/banks.dat inside',
          '  /work/main/.venv/lib/.../site-packages/. That is a third-party library, not project code, but it lies under',
          '  /work/main, which the brief forbids beyond the policy lines. No project source, test or data file was read.', '',
          '## Doubtful labels', '',
          'Sick leave / incapacity without any medical reason, labelled allow as the brief says (DPO has not decided):', '']
    L += [f'- {k}' for k in sorted(doubtful)]
    L += ['', 'Other judgement calls:', '',
          '- Public mandates (mayor, aldermen, councillors, ministers, MPs with their party) are allow; a non-elected',
          '  candidate (14th on a list, not elected) or a member/volunteer is block (political opinion).',
          '- Minutes of a union consultation committee naming only the organisations (CGSP, CSC, SLFP) are allow.',
          '- Look-alike numbers (file references shaped like NN/BIS, 9-digit article codes, 16-digit PO/invoice numbers)',
          '  fail their checksum on purpose and are declared valid: false in numbers.yaml.',
          '- Organisation IBANs (invoices, court fees, consignment office) are declared org: true and are allow.',
          '- 957-en-visa-iris-enrolment and 1017-en-egate-face-mismatch carry biometric quality / match scores of a named',
          '  person (and mention the stored templates) but no template itself; labelled block ART9_BIOMETRIC (biometric',
          '  processing used to identify that person). A stricter reading could call them allow.',
          '- 1033-en-diversity-monitor-export mixes nationality (not Art. 9) with ethnic labels (Wolof, Kurdish): block.',
          '- 945-fr-conge-yom-kippour-paie: the religion is stated by the employee himself in a forwarded mail; block.', '']
    with open(os.path.join(HERE, 'README.md'), 'w') as f:
        f.write('\n'.join(L))

if __name__ == '__main__':
    main()
