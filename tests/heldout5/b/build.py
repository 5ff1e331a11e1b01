"""Build heldout5-b: messages/*.eml, labels.yaml, numbers.yaml (deterministic)."""
import os, sys, shutil
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import yaml
from lib import build_mail, serialize
import fr1, fr2, en  # noqa: registers messages
MSGS = sorted(fr1.MSGS, key=lambda m: m['n'])

def fname(m): return '%03d-%s-%s.eml' % (m['n'], m['lang'], m['slug'])

def main():
    out = os.path.join(HERE, 'messages')
    shutil.rmtree(out, ignore_errors=True); os.makedirs(out)
    labels, numbers = {}, {}
    for m in MSGS:
        fn = fname(m)
        with open(os.path.join(out, fn), 'wb') as f: f.write(serialize(build_mail(m['n'], m)))
        labels[fn] = dict(action=m['action'], entities=m['ents'] if m['action'] == 'block' else [], lang=m['lang'],
                          note=m['note'], rcpt=m['to'])
        if m['nums']:
            numbers[fn] = [dict(type=t, value=v, valid=ok) for t, v, ok in m['nums']]
    for name, data in (('labels.yaml', labels), ('numbers.yaml', numbers)):
        with open(os.path.join(HERE, name), 'w') as f: yaml.safe_dump(data, f, sort_keys=True, allow_unicode=True, width=200)
    print(len(MSGS), 'messages')

if __name__ == '__main__': main()
