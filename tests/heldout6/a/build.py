#!/usr/bin/env python3
"""Builds the held-out set heldout6a: messages/, labels.yaml, numbers.yaml. Deterministic."""
import os
import sys as _s
_s.dont_write_bytecode = True
import sys
import shutil
import email.policy
import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *  # noqa
import lib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "messages")
MSGS = []


def M(num, lang, slug, action, ents, note, frm, rcpt, subject, body, html=None, atts=(), cc=None,
      extra=None):
    nums = list(lib.PENDING)
    lib.PENDING.clear()
    m = make_mail(num, frm, rcpt, subject, body, html=html, atts=atts, cc=cc, extra=extra)
    MSGS.append(dict(num=num, lang=lang, slug=slug, action=action, ents=ents, note=note,
                     rcpt=rcpt.split("<")[-1].rstrip(">"), msg=m, numbers=nums))


def inner(num, frm, to, subject, body, atts=()):
    """A mail that is forwarded as attachment; its numbers stay pending for the outer one."""
    return make_mail(900 + num, frm, to, subject, body, atts=atts)


from msgs_nl import build_nl  # noqa
from msgs_fr import build_fr  # noqa

build_nl(M, inner)
build_fr(M, inner)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    labels, numbers = {}, {}
    for d in sorted(MSGS, key=lambda x: x["num"]):
        fn = f"{d['num']:03d}-{d['lang']}-{d['slug']}.eml"
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(d["msg"].as_bytes(policy=email.policy.SMTP))
        labels[fn] = {"action": d["action"], "entities": sorted(d["ents"]), "lang": d["lang"],
                      "note": d["note"], "rcpt": d["rcpt"]}
        numbers[fn] = [dict(n) for n in d["numbers"]]
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(labels, f, allow_unicode=True, sort_keys=True, width=200)
    with open(os.path.join(HERE, "numbers.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(numbers, f, allow_unicode=True, sort_keys=True, width=200)
    print(f"wrote {len(MSGS)} messages to {OUT}")


if __name__ == "__main__":
    main()
