#!/usr/bin/env python3
"""Build messages/*.eml, labels.yaml and numbers.yaml (deterministic)."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import yaml
import lib
import msgs_nl_block, msgs_nl_allow, msgs_de  # noqa: F401  (register messages)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'messages')

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    nl = [m for m in lib.MESSAGES if m['lang'] == 'nl']
    de = [m for m in lib.MESSAGES if m['lang'] == 'de']
    random.Random(5001).shuffle(nl)
    random.Random(5002).shuffle(de)
    labels, numbers = {}, {}
    for i, m in enumerate(nl + de, start=1):
        name = f"{i:03d}-{m['lang']}-{m['key']}.eml"
        msg = m['msg']
        lib.set_boundaries(msg, f'{i:03d}')
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(msg.as_bytes())
        labels[name] = {'action': m['action'], 'entities': m['entities'], 'lang': m['lang'],
                        'note': m['note'], 'rcpt': str(msg['To'])}
        if m['numbers']:
            numbers[name] = [{'value': n['value'], 'kind': n['kind'].replace('_ORG', ''),
                              'valid': n['valid'], 'private': not n['kind'].endswith('_ORG')}
                             for n in m['numbers']]
    with open(os.path.join(HERE, 'labels.yaml'), 'w') as fh:
        yaml.safe_dump(labels, fh, sort_keys=True, allow_unicode=True, width=200)
    with open(os.path.join(HERE, 'numbers.yaml'), 'w') as fh:
        yaml.safe_dump(numbers, fh, sort_keys=True, allow_unicode=True, width=200)
    print(len(labels), 'messages')

if __name__ == '__main__':
    main()
