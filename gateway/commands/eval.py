"""``dlp-gateway eval DIR [DIR...]``: precision and recall of the detectors on a labelled corpus.

Each DIR holds ``labels.yaml`` (file name -> {lang, action: block|allow, entities: [non-allowed entity
types expected], note}) and ``messages/*.eml``. Every message goes through the gateway's own
scan path (``gateway.scan.scan_message``: extract + detect). Scores are per message:

- per entity type: predicted = the type occurs as a non-allowed finding; expected = listed in labels;
- block decision: "block" when any non-allowed finding of the 14 contract types is present; with
  ``--policy-verdict``, when the policy's action for the message is not allow / monitor (exactly what
  ``dlp-gateway scan`` decides: unreadable attachments, encrypted content and images count as the
  policy says), the envelope recipient being the label's ``rcpt`` or ``--rcpt``.

Prints a table, the misclassified file names (``-v``: with their masked findings), and as the last
line one JSON object. Several DIRs (e.g. the parts of a set written by two authors) are scored as one
pool; a file name found in two of them is a usage error. Exit status 0 after a completed run, 2 on usage errors; with
``--min-block-recall`` / ``--max-false-block-rate``, 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import yaml

from detectors.exceptions import BLOCKING_TYPES

DEFAULT_RCPT = "recipient@external.invalid"  # an external recipient: the policy's default class


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="precision / recall of the detectors on a labelled corpus directory")
    p.add_argument("dir", metavar="DIR", nargs="+",
                   help="directory with labels.yaml and messages/*.eml (several: scored as one pool)")
    p.add_argument("--org-iban", action="append", default=[], metavar="IBAN",
                   help="an IBAN of the organisation (repeatable; default: from the policy, if loadable)")
    p.add_argument("--policy", metavar="FILE", help="policy file to read the organisation's IBANs from")
    p.add_argument("--no-french-ner", action="store_true",
                   help="do not load spaCy fr_core_news_sm (measures what the rules alone achieve)")
    p.add_argument("--tie-model", choices=("fitted", "hand"), default="fitted",
                   help="weights of the person-tie decision (docs/detectors.md; default: fitted)")
    p.add_argument("-v", "--verbose", action="store_true", help="show masked findings of misclassified files")
    p.add_argument("--split", metavar="NAME",
                   help="score only messages whose label has this split (e.g. tune / test in tests/devset)")
    p.add_argument("--policy-verdict", action="store_true",
                   help="score the block decision with the policy's verdict, as `dlp-gateway scan` decides: "
                        "blocked when the action is not allow/monitor (recipient: the label's rcpt, else --rcpt)")
    p.add_argument("--rcpt", default=DEFAULT_RCPT, metavar="ADDR",
                   help=f"envelope recipient for --policy-verdict when a label has no rcpt (default {DEFAULT_RCPT})")
    p.add_argument("--min-block-recall", type=float, default=None, metavar="R")
    p.add_argument("--max-false-block-rate", type=float, default=None, metavar="R")
    p.set_defaults(func=run)


def _org_ibans(args: argparse.Namespace) -> frozenset[str]:
    ibans = set(args.org_iban)
    if not ibans:
        try:
            from gateway.config import load_settings
            from gateway.policy import load_policy

            path = Path(args.policy) if args.policy else load_settings(getattr(args, "config", None)).policy_file
            ibans |= set(load_policy(path).org_ibans)
        except Exception as e:  # eval still runs without a policy: no organisation IBANs then
            print(f"dlp-gateway eval: no policy IBANs ({type(e).__name__})", file=sys.stderr)
    return frozenset(ibans)


def _scan_function():  # type: ignore[no-untyped-def]
    """gateway.scan.scan_message when available, else extract + detect (same contract)."""
    try:
        from gateway.scan import scan_message

        return scan_message
    except ImportError:  # pragma: no cover - only before the scan stage exists
        from gateway.extract import extract_message
        from gateway.model import ScanReport

        def scan_message(raw: bytes, engine, limits=None):  # type: ignore[no-untyped-def]
            ex = extract_message(raw, limits)
            return ScanReport(findings=ex.findings + engine.detect(ex.segments), headers=ex.headers)

        return scan_message


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def run(args: argparse.Namespace) -> int:
    from detectors import DetectionEngine, DetectorOptions
    from gateway.extract import ExtractLimits

    labels: dict[str, dict] = {}
    roots: dict[str, Path] = {}
    for d in args.dir if isinstance(args.dir, list) else [args.dir]:
        root = Path(d)
        labels_path = root / "labels.yaml"
        try:
            part = yaml.safe_load(labels_path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as e:
            print(f"dlp-gateway eval: cannot read {labels_path}: {e}", file=sys.stderr)
            return 2
        if not isinstance(part, dict):
            print(f"dlp-gateway eval: {labels_path}: expected a mapping", file=sys.stderr)
            return 2
        for name in part:
            if name in roots:
                print(f"dlp-gateway eval: {name} is labelled in both {roots[name]} and {root}", file=sys.stderr)
                return 2
            roots[name] = root
        labels.update(part)

    policy = None
    if args.policy_verdict:
        try:
            from gateway.config import load_settings
            from gateway.policy import load_policy

            policy = load_policy(Path(args.policy) if args.policy
                                 else load_settings(getattr(args, "config", None)).policy_file)
        except Exception as e:
            print(f"dlp-gateway eval: --policy-verdict: cannot load the policy: {e}", file=sys.stderr)
            return 2
    engine = DetectionEngine(DetectorOptions(org_ibans=_org_ibans(args), french_ner=not args.no_french_ner,
                                             tie_model=args.tie_model))
    scan = _scan_function()
    limits = ExtractLimits()

    types = sorted(BLOCKING_TYPES)
    tp = dict.fromkeys(types, 0)
    fp = dict.fromkeys(types, 0)
    fn = dict.fromkeys(types, 0)
    block = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    wrong: list[tuple[str, str, list[str], list[str], list[str]]] = []
    times: list[float] = []
    missing = 0
    for name in sorted(labels):
        label = labels[name] or {}
        if args.split and label.get("split") != args.split:
            continue
        path = roots[name] / "messages" / name
        try:
            raw = path.read_bytes()
        except OSError:
            missing += 1
            print(f"dlp-gateway eval: missing {path}", file=sys.stderr)
            continue
        t0 = time.perf_counter()
        report = scan(raw, engine, limits)
        times.append((time.perf_counter() - t0) * 1000)
        blocking = [f for f in report.findings if not f.allowed and f.entity_type in BLOCKING_TYPES]
        predicted = {f.entity_type for f in blocking}
        expected = {e for e in (label.get("entities") or []) if e in BLOCKING_TYPES}
        for t in types:
            if t in predicted and t in expected:
                tp[t] += 1
            elif t in predicted:
                fp[t] += 1
            elif t in expected:
                fn[t] += 1
        want_block = label.get("action") == "block"
        if policy is not None:
            from gateway.commands.scan import DELIVERING, envelope_for

            envelope = envelope_for(raw, [str(label.get("rcpt") or args.rcpt)], label.get("sender"))
            got_block = policy.decide(envelope, report).action not in DELIVERING
        else:
            got_block = bool(blocking)
        key = ("tp" if got_block else "fn") if want_block else ("fp" if got_block else "tn")
        block[key] += 1
        if want_block != got_block or predicted != expected:
            shown = [f"{f.entity_type}{'(allowed:' + f.exception + ')' if f.allowed else ''} "
                     f"{f.location} {f.snippet!r} {f.score:.2f}" for f in report.findings
                     if f.entity_type in BLOCKING_TYPES or not f.allowed]
            wrong.append((name, "block" if got_block else "allow", sorted(expected), sorted(predicted), shown))

    print(f"{'entity type':<24} {'prec':>6} {'recall':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    per_type: dict[str, dict[str, float | int | None]] = {}
    for t in types:
        if tp[t] + fp[t] + fn[t] == 0:
            continue
        p, r = _ratio(tp[t], tp[t] + fp[t]), _ratio(tp[t], tp[t] + fn[t])
        per_type[t] = {"precision": p, "recall": r, "tp": tp[t], "fp": fp[t], "fn": fn[t]}
        print(f"{t:<24} {_fmt(p):>6} {_fmt(r):>6} {tp[t]:>4} {fp[t]:>4} {fn[t]:>4}")
    bp = _ratio(block["tp"], block["tp"] + block["fp"])
    br = _ratio(block["tp"], block["tp"] + block["fn"])
    fbr = _ratio(block["fp"], block["fp"] + block["tn"])
    print(f"{'BLOCK decision':<24} {_fmt(bp):>6} {_fmt(br):>6} {block['tp']:>4} {block['fp']:>4} {block['fn']:>4}"
          f"   false-block rate {_fmt(fbr)} ({block['fp']}/{block['fp'] + block['tn']} allow messages)")
    for name, got, exp, pred, shown in wrong:
        print(f"  {name}: decided {got}; expected {exp or '-'}; found {pred or '-'}")
        if args.verbose:
            for s in shown:
                print(f"      {s}")
    times.sort()
    summary = {
        "messages": len(times), "missing": missing, "block_precision": bp, "block_recall": br,
        "false_block_rate": fbr, "block": block, "per_type": per_type,
        "p50_ms": round(times[len(times) // 2], 2) if times else None,
        "p99_ms": round(times[min(len(times) - 1, int(len(times) * 0.99))], 2) if times else None,
        "verdict": "policy" if policy is not None else "findings",
    }
    print(json.dumps(summary, sort_keys=True))
    failed = (args.min_block_recall is not None and (br or 0.0) < args.min_block_recall) or (
        args.max_false_block_rate is not None and (fbr or 0.0) > args.max_false_block_rate)
    return 1 if failed else 0
