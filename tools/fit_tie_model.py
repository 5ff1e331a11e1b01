"""Fit the person-tie decision (a logistic regression over ``detectors/special/ties.py`` features).

    .venv/bin/python tools/fit_tie_model.py                    # fit, compare, write the model
    .venv/bin/python tools/fit_tie_model.py --no-write         # fit and compare only

Fitting time only: numpy here, never at run time (the gateway reads the weights from
``detectors/special/models/tie_fitted.json``). Deterministic: same data, same weights.

Data. Training: ``tests/corpus``, ``tests/heldout`` and the ``tune`` half of ``tests/devset`` (``--tables`` adds
the labelled sentences of the regression tables in ``tests/detectors``, ``TABLES``); held out:
the ``test`` half of ``tests/devset`` (never used for fitting or for choosing the regularisation). The
labels are per message (verdict and entity types), the decision is per lexicon hit, so:

- every tied hit (one with some ``ev_*`` evidence) of a category the message is not labelled with is a
  negative (allow messages: all of them);
- for a category the message is labelled with, at least one of its tied hits is positive (a bag, as in
  multiple-instance learning): the best-scored one under the current weights is taken as the positive,
  the others are left out; fit, re-score, pick again (``--rounds``). A category already found by a table
  or form record needs no lexicon hit and adds nothing.

Regularisation (L2, not on the bias) is chosen by 5-fold cross-validation over training messages on the
message-level error (missed categories + false categories), unless ``--l2`` names one strength. Features
named in the
hand model's ``cancels`` list are not fitted (``decision.py``): hits with them are left out of the training
set and the list is copied into the fitted file. The script prints the hand-set and the
fitted model on the held-out half (block recall, false-block rate, per-category recall) and, unless
``--no-write``, writes the fitted weights with their provenance.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from detectors import DetectionEngine, DetectorOptions  # noqa: E402
from detectors.engine import IDENTIFIER_TYPES  # noqa: E402
from detectors.exceptions import BLOCKING_TYPES  # noqa: E402
from detectors.patterns import SpanIndex  # noqa: E402
from detectors.special.decision import TieModel  # noqa: E402
from detectors.text_context import TextContext  # noqa: E402
from gateway.extract import extract_message  # noqa: E402

MODEL_DIR = ROOT / "detectors" / "special" / "models"
TRAIN = [("tests/corpus", None), ("tests/heldout", None), ("tests/devset", "tune")]
HELDOUT = ("tests/devset", "test")
ART = {t for t in BLOCKING_TYPES if t.startswith("ART")}


@dataclass
class Candidate:
    message: str
    entity: str
    features: dict[str, float]


@dataclass
class Message:
    name: str
    expected: set[str]  # ART types the label lists
    structural: set[str]  # ART types found by table / form records (no lexicon hit needed)
    candidates: list[Candidate]
    negatives: set[str] | None = None  # ART types whose hits are negatives (None: all but the expected)

    def negative(self, entity: str) -> bool:
        return entity not in self.expected and (self.negatives is None or entity in self.negatives)


# The regression tables of tests/detectors (labelled sentences in four languages): (module, table, kind)
# kind: "tied" rows name the expected entity, "generic" rows must give no Art. 9/10 finding at all,
# "<ENTITY>" rows must not give that entity.
TABLES = [
    ("test_detectors_special", "TIED", "tied"), ("test_detectors_special", "GENERIC", "generic"),
    ("test_detectors_special", "MAILS_ALLOW", "generic"),
    ("test_detectors_rule_gaps", "UNION_TIED", "ART9_TRADE_UNION+"), ("test_detectors_rule_gaps", "UNION_GENERIC",
                                                                      "ART9_TRADE_UNION"),
    ("test_detectors_rule_gaps", "ETHNIC_TIED", "ART9_ETHNIC_ORIGIN+"),
    ("test_detectors_rule_gaps", "ETHNIC_GENERIC", "ART9_ETHNIC_ORIGIN"),
    ("test_detectors_rule_gaps", "HEALTH_TIED", "ART9_HEALTH+"), ("test_detectors_rule_gaps", "HEALTH_GENERIC",
                                                                  "ART9_HEALTH"),
    ("test_detectors_ties", "VOCABULARY", "tied"), ("test_detectors_ties", "GENERIC_BIOMETRIC", "generic"),
    ("test_detectors_ties", "GENERIC_TALK", "generic"), ("test_detectors_ties", "SPECIFIC", "tied"),
]


def table_rows() -> list[tuple[str, str, set[str], set[str] | None]]:
    """(name, text, expected entities, negative entities) of every row of the regression tables."""
    import importlib

    sys.path.insert(0, str(ROOT / "tests" / "detectors"))
    out: list[tuple[str, str, set[str], set[str] | None]] = []
    for module, table, kind in TABLES:
        rows = getattr(importlib.import_module(module), table)
        for i, row in enumerate(rows):
            row = row if isinstance(row, tuple) else (row,)
            text = next(x for x in row if isinstance(x, str) and len(x) > 3)
            name = f"tests/detectors/{module}.{table}[{i}]"
            if kind == "tied":
                out.append((name, text, {row[-1]}, set()))
            elif kind == "generic":
                out.append((name, text, set(), set(ART)))
            elif kind.endswith("+"):
                out.append((name, text, {kind[:-1]}, set()))
            else:
                out.append((name, text, set(), {kind}))
    return out


def collect_tables(engine: DetectionEngine) -> list[Message]:
    from gateway.model import Segment

    out = []
    for name, text, expected, negatives in table_rows():
        msg = Message(name, expected, set(), [], negatives)
        _candidates(engine, msg, [Segment("body", text)])
        out.append(msg)
    return out


def _candidates(engine: DetectionEngine, msg: Message, segments: list) -> None:  # type: ignore[type-arg]
    wanted = set(engine.special.ENTITIES)
    for seg in segments:
        if not seg.text or seg.text.isspace():
            continue
        ctx = TextContext(seg.text, engine.people, seg.tables)
        found = []
        for rec in engine.pattern_recognizers:
            found.extend(r for r in rec.analyze(seg.text, rec.supported_entities, None) if r.score >= 0.5)
        ctx.id_spans = SpanIndex((r.start, r.end) for r in found if r.entity_type in IDENTIFIER_TYPES)
        msg.structural |= {h.entity for h in ctx.records.hits}
        for r in engine.special.candidates(ctx, wanted, keep_all=True):
            feats = r.recognition_metadata["features"]
            if any(k.startswith("ev_") for k in feats):
                msg.candidates.append(Candidate(msg.name, r.entity_type, dict(feats)))


def collect(engine: DetectionEngine, root: str, split: str | None) -> list[Message]:
    labels = yaml.safe_load((ROOT / root / "labels.yaml").read_text(encoding="utf-8"))
    out: list[Message] = []
    for name in sorted(labels):
        label = labels[name] or {}
        if split and label.get("split") != split:
            continue
        raw = (ROOT / root / "messages" / name).read_bytes()
        msg = Message(f"{root}/{name}", {e for e in label.get("entities") or [] if e in ART}, set(), [])
        _candidates(engine, msg, extract_message(raw).segments)
        out.append(msg)
    return out


def design(cands: list[Candidate], names: list[str]) -> np.ndarray:
    x = np.zeros((len(cands), len(names)))
    index = {n: i for i, n in enumerate(names)}
    for r, c in enumerate(cands):
        for k, v in c.features.items():
            if k in index:
                x[r, index[k]] = v
    return x


def fit_logistic(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float, iters: int = 50) -> tuple[float, np.ndarray]:
    """Weighted L2-regularised logistic regression by Newton's method (IRLS); the bias is not penalised."""
    n, d = x.shape
    xb = np.hstack([np.ones((n, 1)), x])
    beta = np.zeros(d + 1)
    reg = np.full(d + 1, l2)
    reg[0] = 1e-6
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ beta, -30, 30)))
        g = xb.T @ (w * (p - y)) + reg * beta
        h = (xb * (w * p * (1 - p))[:, None]).T @ xb + np.diag(reg)
        step = np.linalg.solve(h, g)
        beta -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return float(beta[0]), beta[1:]


def training_set(msgs: list[Message], model: TieModel) -> tuple[list[Candidate], np.ndarray]:
    """Negatives, and for each labelled (message, category) bag its best-scored hit as the positive."""
    cands: list[Candidate] = []
    ys: list[float] = []
    for m in msgs:
        bags: dict[str, list[Candidate]] = {}
        for c in m.candidates:
            if model.cancelled(c.features):
                continue  # decided by the model's ``cancels`` features, not by the weights
            if c.entity in m.expected:
                bags.setdefault(c.entity, []).append(c)
            elif m.negative(c.entity):
                cands.append(c)
                ys.append(0.0)
        for entity, bag in bags.items():
            if entity in m.structural:
                continue
            best = max(bag, key=lambda c: model.margin(c.features))
            cands.append(best)
            ys.append(1.0)
    return cands, np.array(ys)


def fit(msgs: list[Message], names: list[str], l2: float, start: TieModel, rounds: int) -> TieModel:
    model = start
    for _ in range(rounds):
        cands, y = training_set(msgs, model)
        x = design(cands, names)
        pos = max(1.0, y.sum())
        neg = max(1.0, len(y) - y.sum())
        w = np.where(y == 1, len(y) / (2 * pos), len(y) / (2 * neg))
        bias, beta = fit_logistic(x, y, w, l2)
        model = TieModel("fitted", bias, {n: round(float(b), 4) for n, b in zip(names, beta, strict=True)}, 0.5,
                         cancels=start.cancels)
    return model


def message_errors(msgs: list[Message], model: TieModel) -> int:
    """Missed labelled categories + reported unlabelled ones, at the message level."""
    errors = 0
    for m in msgs:
        found = set(m.structural)
        for c in m.candidates:
            if model.decide(c.features)[0]:
                found.add(c.entity)
        errors += len(m.expected - found) + sum(1 for e in found if m.negative(e))
    return errors


def cross_validate(msgs: list[Message], names: list[str], l2: float, start: TieModel, rounds: int) -> int:
    folds = 5
    total = 0
    for k in range(folds):
        train = [m for i, m in enumerate(msgs) if i % folds != k]
        test = [m for i, m in enumerate(msgs) if i % folds == k]
        total += message_errors(test, fit(train, names, l2, start, rounds))
    return total


def run_eval(root: str, split: str | None, tie_model: str) -> dict[str, object]:
    cmd = [sys.executable, "-m", "gateway", "eval", str(ROOT / root), "--tie-model", tie_model]
    if split:
        cmd += ["--split", split]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False).stdout
    return json.loads(out.strip().splitlines()[-1])


def summary(name: str, d: dict[str, object]) -> str:
    per = d["per_type"]  # type: ignore[index]
    recalls = ", ".join(f"{t.removeprefix('ART9_').removeprefix('ART10_').lower()} {v['recall']}"  # type: ignore[index]
                        for t, v in sorted(per.items()) if t.startswith("ART"))  # type: ignore[union-attr]
    return (f"{name:<22} block recall {d['block_recall']}, false-block rate {d['false_block_rate']} "
            f"({d['block']}); {recalls}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--l2", type=float, nargs="*", default=[0.3, 1.0, 3.0, 10.0])
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--tables", action="store_true",
                    help="also fit on the labelled sentences of tests/detectors (worse on held-out mail, see docs)")
    args = ap.parse_args()

    hand = TieModel.load("hand")
    engine = DetectionEngine(DetectorOptions(tie_model="hand"))
    train: list[Message] = []
    for root, split in TRAIN:
        train += collect(engine, root, split)
    if args.tables:
        train += collect_tables(engine)
    names = sorted(({k for m in train for c in m.candidates for k in c.features} | set(hand.weights)) - hand.cancels)
    n_cands = sum(len(m.candidates) for m in train)
    print(f"training: {len(train)} messages, {n_cands} tied lexicon hits, {len(names)} features")
    print(f"hand-set weights: {message_errors(train, hand)} message-level category errors on training data")
    scores = {l2: cross_validate(train, names, l2, hand, args.rounds) for l2 in args.l2}
    for l2, err in scores.items():
        print(f"  L2 {l2:<5} 5-fold cross-validation: {err} category errors")
    l2 = min(scores, key=lambda k: (scores[k], -k))
    model = fit(train, names, l2, hand, args.rounds)
    print(f"fitted (L2 {l2}): {message_errors(train, model)} category errors on training data")
    if not args.no_write:
        data = {
            "version": 1, "kind": "logistic",
            "source": f"fitted by tools/fit_tie_model.py (L2 {l2}, {args.rounds} rounds) on tests/corpus, "
                      f"tests/heldout, tests/devset split tune"
                      + (" and the labelled sentences of tests/detectors" if args.tables else "")
                      + f" ({len(train)} messages, {n_cands} tied hits)",
            "threshold": 0.5, "bias": round(model.bias, 4), "cancels": sorted(hand.cancels),
            "weights": {k: v for k, v in model.weights.items() if abs(v) >= 1e-4},
        }
        (MODEL_DIR / "tie_fitted.json").write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_DIR / 'tie_fitted.json'}")
        root, split = HELDOUT
        print(f"held out: {root} split {split} (never fitted on)")
        for tie_model in ("hand", "fitted"):
            print("  " + summary(tie_model, run_eval(root, split, tie_model)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
