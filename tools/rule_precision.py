"""How often each lexicon family, entry, record rule, cancel and tie feature fires on true vs false categories.

    .venv/bin/python tools/rule_precision.py                  # table of the 40 worst rows by false findings
    .venv/bin/python tools/rule_precision.py --top 0 --json   # every row, one JSON object per line

Over all development data (``tools/fit_tie_model.TRAIN``: tests/corpus, tests/devset, tests/devset8 and the
``tune`` halves of tests/devset9/a and /b; never the ``test`` halves, never any tests/heldout*: the fitter's
``check_sources`` refuses them). For every Art. 9 / 10 lexicon hit and record finding of a message, a
category the message's label lists is *true*, any other one *false* (allow messages, and block messages for
other categories; the ``allow`` column counts those in allow messages). Counted per row:

- ``fires``: the hits that reach the tie decision (after the medical-context and signature checks);
- ``findings``: the hits the tie decision reports (``--tie-model``, default the shipped ``fitted``), and
  record findings (table rows, form fields); ``msgs``: messages with at least one false finding of the row.

Rows: ``family`` (a lexicon file ``health.nl`` and, after ``#``, the comment heading the entry is listed
under), ``entry`` (the lexicon line as written: ``~*operatie``, ``lid van de {party}``), ``record`` (a table /
form rule and its field-vocabulary term), ``feature`` (a tie feature present on a reported lexicon finding)
and ``cancel`` (a ``cancels`` feature: for these, *false* counts the hits it cancelled in messages labelled
with the category, i.e. findings it may have cost, and *true* the ones it cancelled elsewhere).

Deterministic (sorted messages, sorted output); prints rule names and counts only, never message content,
file names or identifiers. The findings are the recognizer's (before the engine's exceptions and overlap
resolution), so a count may differ slightly from ``dlp-gateway eval``'s per-type figures.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import fit_tie_model as fitter  # noqa: E402

from detectors import DetectionEngine, DetectorOptions  # noqa: E402
from detectors.special.lexicon import CATEGORIES, LANGUAGES, Lexicon, _expand, gazetteer_fills  # noqa: E402
from gateway.extract import extract_message  # noqa: E402

ENTITY_CATEGORY = {v: k for k, v in CATEGORIES.items()}


@dataclass
class Row:
    fires_true: int = 0
    fires_false: int = 0
    fires_allow: int = 0
    true: int = 0
    false: int = 0
    allow: int = 0
    msgs: int = 0

    def precision(self) -> float | None:
        return round(self.true / (self.true + self.false), 3) if self.true + self.false else None


class EntryIndex:
    """Lexicon key (as ``Lexicon.entries`` holds it) -> the file, comment heading and line it came from."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.where: dict[tuple[str, str, str, bool, bool, bool], tuple[str, str, str]] = {}
        fills = gazetteer_fills()
        root = resources.files("detectors").joinpath("lexicons")
        for cat, entity in CATEGORIES.items():
            for lang in LANGUAGES:
                f = root.joinpath(f"{cat}.{lang}.txt")
                if not f.is_file():
                    continue
                section = ""
                for raw in f.read_text(encoding="utf-8").splitlines():
                    stripped = raw.strip()
                    if stripped.startswith("#"):
                        section = " ".join(stripped.lstrip("#").split())[:50]
                        continue
                    line = raw.split("#", 1)[0].strip().lower()
                    if not line:
                        continue
                    entry = line.partition("=>")[0].strip()
                    for exp in _expand([entry], fills):
                        med = exp.startswith("~")
                        e = exp.lstrip("~")
                        core = " ".join(e.strip("*").split())
                        key = (core, entity, lang, e.endswith("*"), e.startswith("*"), med)
                        self.where.setdefault(key, (f"{cat}.{lang}", section, entry))
        self.wild = [(re.compile(re.escape(c).replace(r"\?", r"[^\W\d_]{2,30}").replace(r"\ ", r"\s{1,3}")), c)
                     for c in lexicon.entries if "?" in c]

    def locate(self, text: str, start: int, end: int, entity: str, lang: str) -> tuple[str, str, str]:
        """(file, heading, entry) of a lexicon hit: the first entry of its entity and language whose anchoring
        fits, as ``Lexicon.hits`` chose it."""
        found = text[start:end].lower()
        keys = [" ".join(found.split())]
        if keys[0] not in self.lexicon.entries:
            keys = [c for rx, c in self.wild if rx.fullmatch(found)]
        at_start = start == 0 or not text[start - 1].isalnum()
        at_end = end == len(text) or not text[end].isalnum()
        for key in keys:
            for e in self.lexicon.entries.get(key, []):
                if e.entity == entity and e.lang == lang and (at_start or e.suffix_ok) and (at_end or e.prefix_ok):
                    where = self.where.get((key, e.entity, e.lang, e.prefix_ok, e.suffix_ok, e.needs_medical))
                    if where:
                        return where
        return (f"{ENTITY_CATEGORY.get(entity, entity)}.{lang or '?'}", "", "(unresolved)")


def count(engine: DetectionEngine, sources: list[fitter.Source]) -> dict[tuple[str, str, str], Row]:
    rows: dict[tuple[str, str, str], Row] = defaultdict(Row)
    index = EntryIndex(engine.special.lexicon)
    cancels = engine.special.model.cancels
    wanted = set(engine.special.ENTITIES)
    for root, split in sources:
        for _name, label, path in fitter.labelled_messages(root, split):
            expected = set(label.get("entities") or [])
            allow = label.get("action") != "block"
            false_rows: set[tuple[str, str, str]] = set()

            def add(key: tuple[str, str, str], true: bool, finding: bool, allow: bool = allow,
                    false_rows: set[tuple[str, str, str]] = false_rows) -> None:
                r = rows[key]
                if true:
                    r.fires_true += 1
                    r.true += finding
                else:
                    r.fires_false += 1
                    r.fires_allow += allow
                    r.false += finding
                    r.allow += allow and finding
                    if finding:
                        false_rows.add(key)

            for ctx in fitter.contexts(engine, extract_message(path.read_bytes()).segments):
                for h in ctx.records.hits:
                    add(("record", f"{h.rule}:{h.term}", h.entity), h.entity in expected, True)
                for res in engine.special.candidates(ctx, wanted, keep_all=True):
                    meta = res.recognition_metadata
                    feats, kept, ent = meta["features"], bool(meta["kept"]), res.entity_type
                    true = ent in expected
                    if meta["explain"]["rule"] == "form_field_prose":
                        add(("record", "form_field_prose", ent), true, kept)
                        continue
                    file, section, entry = index.locate(ctx.text, res.start, res.end, ent, meta["lang"])
                    add(("family", file, ent), true, kept)
                    if section:
                        add(("family", f"{file}#{section}", ent), true, kept)
                    add(("entry", f"{file}:{entry}", ent), true, kept)
                    if not any(k.startswith("ev_") for k in feats):
                        continue
                    for c in sorted(k for k in cancels if feats.get(k)):
                        add(("cancel", c, "*"), not true, True)
                    if kept:
                        for f in sorted(k for k, v in feats.items() if v):
                            add(("feature", f, "*"), true, True)
            for key in false_rows:
                rows[key].msgs += 1
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=40, help="rows to print (0: all)")
    ap.add_argument("--kind", action="append", choices=("family", "entry", "record", "feature", "cancel"),
                    help="only these kinds of row (repeatable)")
    ap.add_argument("--tie-model", choices=("fitted", "hand"), default="fitted")
    ap.add_argument("--json", action="store_true", help="one JSON object per row")
    args = ap.parse_args()

    fitter.check_sources(fitter.TRAIN, fitter.HELDOUT)
    from gateway.config import load_settings
    from gateway.policy import load_policy

    policy = load_policy(load_settings(None).policy_file)
    engine = DetectionEngine(DetectorOptions(org_ibans=frozenset(policy.org_ibans), tie_model=args.tie_model))
    rows = count(engine, fitter.TRAIN)
    items = sorted(((k, r) for k, r in rows.items() if not args.kind or k[0] in args.kind),
                   key=lambda kr: (-kr[1].false, -kr[1].fires_false, kr[0]))
    if args.top:
        items = items[: args.top]
    if args.json:
        for (kind, name, entity), r in items:
            print(json.dumps({"kind": kind, "name": name, "entity": entity, **r.__dict__,
                              "precision": r.precision()}, sort_keys=True, ensure_ascii=False))
        return 0
    print(f"development data: {fitter.describe(fitter.TRAIN)}; tie model {args.tie_model}")
    print("true = category labelled on the message; false = not labelled (allow = in allow messages); "
          "cancel rows: false = cancelled in a labelled message")
    print(f"{'kind':<8} {'category':<14} {'rule':<58} {'fires t/f/allow':>16} {'findings t/f/allow':>19} "
          f"{'msgs':>5} {'prec':>6}")
    for (kind, name, entity), r in items:
        cat = ENTITY_CATEGORY.get(entity, entity)
        prec = r.precision()
        print(f"{kind:<8} {cat:<14} {name[:58]:<58} {f'{r.fires_true}/{r.fires_false}/{r.fires_allow}':>16} "
              f"{f'{r.true}/{r.false}/{r.allow}':>19} {r.msgs:>5} {'-' if prec is None else f'{prec:.2f}':>6}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
