#!/usr/bin/env python3
"""Build the heldout6b evaluation set deterministically: messages/, labels.yaml, numbers.yaml."""
import os, sys, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import yaml
import lib, msgs_de, msgs_en

OUT = os.path.join(HERE, 'messages')
labels, numbers = {}, {}

def M(n, lang, slug, action, entities, note, frm, to, subject, body, html=None, atts=(), cc=None):
    fn = '%03d-%s-%s.eml' % (n, lang, slug)
    assert fn not in labels and action in ('block', 'allow')
    data = lib.build_mail(n, frm, to, subject, body, html=html, atts=atts, cc=cc)
    with open(os.path.join(OUT, fn), 'wb') as f: f.write(data)
    labels[fn] = {'action': action, 'entities': list(entities), 'lang': lang, 'note': note, 'rcpt': to}
    if lib.R.items: numbers[fn] = list(lib.R.items)
    lib.R.items = []

def main():
    if os.path.isdir(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    msgs_de.build(M); msgs_en.build(M)
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8') as f:
        yaml.safe_dump(dict(sorted(labels.items())), f, allow_unicode=True, sort_keys=False, width=200)
    with open(os.path.join(HERE, 'numbers.yaml'), 'w', encoding='utf-8') as f:
        yaml.safe_dump(dict(sorted(numbers.items())), f, allow_unicode=True, sort_keys=False, width=200)
    print('wrote', len(labels), 'messages')

if __name__ == '__main__':
    main()
