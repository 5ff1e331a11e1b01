#!/usr/bin/env python3
"""Build the held-out set: messages/*.eml, labels.yaml, numbers.yaml. Deterministic."""
import glob
import importlib.util
import os
import sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib  # noqa: E402


def main():
    for path in sorted(glob.glob(os.path.join(HERE, "msgs", "b*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    out = os.path.join(HERE, "messages")
    os.makedirs(out, exist_ok=True)
    for f in glob.glob(os.path.join(out, "*.eml")):
        os.remove(f)
    labels, numbers = {}, []
    seen = set()
    for s in sorted(lib.REGISTRY, key=lambda s: s["num"]):
        assert s["num"] not in seen, s["num"]
        seen.add(s["num"])
        fname = f"{s['num']:03d}-{s['lang']}-{s['slug']}.eml"
        data = lib.to_bytes(lib.build_message(s, s["slug"]))
        with open(os.path.join(out, fname), "wb") as fh:
            fh.write(data)
        labels[fname] = {
            "lang": s["lang"],
            "action": s["action"],
            "entities": sorted(s.get("ent", [])),
            "rcpt": lib._addr(s["to"][0]).addr_spec,
            "note": s["note"],
        }
        for value, entity, kind in s.get("nums", []):
            numbers.append({"file": fname, "value": value, "entity": entity, "kind": kind})
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(labels, fh, allow_unicode=True, sort_keys=True, width=200)
    with open(os.path.join(HERE, "numbers.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(numbers, fh, allow_unicode=True, sort_keys=False, width=200)
    print(f"built {len(labels)} messages")


if __name__ == "__main__":
    main()
