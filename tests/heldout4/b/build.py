#!/work/main/.venv/bin/python
"""Build the held-out set: messages/*.eml, labels.yaml, numbers.yaml from src/msgs/NNN.py specs."""
import importlib.util, pathlib, sys, yaml
ROOT = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "src"))
from lib import build_message
from email import policy

TYPES = {"nn": "BE_NATIONAL_NUMBER", "bis": "BE_BIS_NUMBER", "bsn": "NL_BSN", "iban": "IBAN_CODE", "card": "CREDIT_CARD"}


def load_specs():
    out = []
    for p in sorted((ROOT / "src" / "msgs").glob("[0-9][0-9][0-9].py")):
        spec = importlib.util.spec_from_file_location(f"m{p.stem}", p)
        mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
        out.append((p.stem, mod.M))
    return out


def main():
    outdir = ROOT / "messages"; outdir.mkdir(exist_ok=True)
    for old in outdir.glob("*.eml"):
        old.unlink()
    labels, numbers = {}, []
    for num, M in load_specs():
        name = f"{num}-{M['lang']}-{M['slug']}.eml"
        msg = build_message(M, f"{num}-{M['slug']}")
        data = msg.as_bytes(policy=policy.SMTP)
        (outdir / name).write_bytes(data)
        labels[name] = {"lang": M["lang"], "action": M["action"], "entities": list(M.get("entities", [])),
                        "rcpt": M["to"][0].split("<")[-1].rstrip(">").strip(), "note": M["note"]}
        for kind, typ, val in M.get("numbers", []):
            numbers.append({"file": name, "value": val, "type": typ, "kind": kind})
    (ROOT / "labels.yaml").write_text(yaml.safe_dump(labels, allow_unicode=True, sort_keys=True, width=200), encoding="utf-8")
    (ROOT / "numbers.yaml").write_text(yaml.safe_dump(numbers, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    print(f"built {len(labels)} messages")


if __name__ == "__main__":
    main()
