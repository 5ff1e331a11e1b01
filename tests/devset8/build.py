#!/usr/bin/env python3
"""Build dev batch 8: messages/*.eml, labels.yaml, numbers.yaml (deterministic)."""
import importlib
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib  # noqa: E402

MODULES = ["msgs1", "msgs2"]


def load():
    out = []
    for mod in MODULES:
        if os.path.exists(os.path.join(HERE, mod + ".py")):
            out.extend(importlib.import_module(mod).M)
    return out


def fname(s):
    return f"{s['n']:03d}-{s['lang']}-{s['slug']}.eml"


def rcpt_of(to):
    m = re.search(r"<([^>]+)>", to)
    return m.group(1) if m else to.strip()


def main():
    msgs = load()
    outdir = os.path.join(HERE, "messages")
    os.makedirs(outdir, exist_ok=True)
    labels, numbers = {}, {}
    for s in sorted(msgs, key=lambda x: x["n"]):
        fn = fname(s)
        data = lib.to_bytes(lib.build_message(s, s["n"]))
        with open(os.path.join(outdir, fn), "wb") as f:
            f.write(data)
        labels[fn] = {
            "action": s["action"],
            "entities": list(s.get("ents", [])),
            "lang": s["lang"],
            "note": s["note"],
            "rcpt": rcpt_of(s["to"]),
            "split": s["split"],
        }
        if s.get("nums"):
            numbers[fn] = [dict({"type": x[0], "value": x[1], "valid": x[2]}, **({"org": True} if len(x) > 3 else {})) for x in s["nums"]]
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(labels, f, allow_unicode=True, sort_keys=True, width=200)
    with open(os.path.join(HERE, "numbers.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(numbers, f, allow_unicode=True, sort_keys=True, width=200)
    print(f"{len(labels)} messages written")


if __name__ == "__main__":
    main()
