#!/usr/bin/env python3
"""Build the dev9a batch: messages/, labels.yaml, numbers.yaml. Deterministic."""
import os, sys, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import yaml
import lib
from spec import MSGS
import m_nl_tune, m_de_tune, m_nl_test, m_de_test  # noqa: F401  (register messages)


def main():
    out = os.path.join(HERE, "messages")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    labels, numbers = {}, {}
    for spec in sorted(MSGS, key=lambda s: s["num"]):
        num = spec["num"]
        fn = f"{num}-{spec['lang']}-{spec['slug']}.eml"
        data = lib.build_message(num, spec)
        assert b"\n" not in data.replace(b"\r\n", b"")
        with open(os.path.join(out, fn), "wb") as f:
            f.write(data)
        rcpt = spec["to"].split("<")[-1].rstrip(">").strip()
        lab = {"action": spec["action"], "entities": sorted(set(spec["ents"])), "lang": spec["lang"],
               "note": spec["note"], "rcpt": rcpt, "split": "tune" if num <= 860 else "test"}
        if spec.get("doubtful"):
            lab["doubtful"] = spec["doubtful"]
        labels[fn] = lab
        seen = []
        for n in spec["numbers"]:
            d = {"type": n["type"], "value": n["value"], "valid": n["valid"]}
            if n["org"]:
                d["org"] = True
            if d not in seen:
                seen.append(d)
        numbers[fn] = seen
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(labels, f, allow_unicode=True, sort_keys=True, width=200)
    with open(os.path.join(HERE, "numbers.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(numbers, f, allow_unicode=True, sort_keys=True, width=200)
    print(f"wrote {len(labels)} messages")


if __name__ == "__main__":
    main()
