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
from collections.abc import Callable
from dataclasses import dataclass, field
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


class EvalUsageError(Exception):
    """A labelled corpus that cannot be scored (unreadable labels, a file labelled twice)."""


@dataclass
class Corpus:
    """Labelled messages of one or more directories: file name -> label, and the directory holding it."""

    labels: dict[str, dict] = field(default_factory=dict)
    roots: dict[str, Path] = field(default_factory=dict)


@dataclass
class Result:
    """Scores of one run: the JSON summary and the misclassified files (name, decided, expected, found, shown)."""

    summary: dict
    wrong: list[tuple[str, str, list[str], list[str], list[str]]]


def load_corpus(dirs: list[str] | list[Path]) -> Corpus:
    """Read ``labels.yaml`` of every directory; several directories form one pool."""
    corpus = Corpus()
    for d in dirs:
        root = Path(d)
        labels_path = root / "labels.yaml"
        try:
            part = yaml.safe_load(labels_path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as e:
            raise EvalUsageError(f"cannot read {labels_path}: {e}") from e
        if not isinstance(part, dict):
            raise EvalUsageError(f"{labels_path}: expected a mapping")
        for name in part:
            if name in corpus.roots:
                raise EvalUsageError(f"{name} is labelled in both {corpus.roots[name]} and {root}")
            corpus.roots[name] = root
        corpus.labels.update(part)
    return corpus


def score(corpus: Corpus, engine, *, policy=None, rcpt: str = DEFAULT_RCPT,  # type: ignore[no-untyped-def]
          split: str | None = None, keep: Callable[[str], bool] | None = None) -> Result:
    """Scan every labelled message of ``corpus`` (those of ``split`` / accepted by ``keep``) and score it."""
    from gateway.extract import ExtractLimits

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
    labels = corpus.labels
    for name in sorted(labels):
        label = labels[name] or {}
        if (split and label.get("split") != split) or (keep is not None and not keep(name)):
            continue
        path = corpus.roots[name] / "messages" / name
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

            envelope = envelope_for(raw, [str(label.get("rcpt") or rcpt)], label.get("sender"))
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

    per_type: dict[str, dict[str, float | int | None]] = {}
    for t in types:
        if tp[t] + fp[t] + fn[t]:
            per_type[t] = {"precision": _ratio(tp[t], tp[t] + fp[t]), "recall": _ratio(tp[t], tp[t] + fn[t]),
                           "tp": tp[t], "fp": fp[t], "fn": fn[t]}
    times.sort()
    summary = {
        "messages": len(times), "missing": missing,
        "block_precision": _ratio(block["tp"], block["tp"] + block["fp"]),
        "block_recall": _ratio(block["tp"], block["tp"] + block["fn"]),
        "false_block_rate": _ratio(block["fp"], block["fp"] + block["tn"]), "block": block, "per_type": per_type,
        "p50_ms": round(times[len(times) // 2], 2) if times else None,
        "p99_ms": round(times[min(len(times) - 1, int(len(times) * 0.99))], 2) if times else None,
        "verdict": "policy" if policy is not None else "findings",
    }
    return Result(summary, wrong)


def report_text(result: Result, verbose: bool = False) -> str:
    """The table and the misclassified files, as ``dlp-gateway eval`` prints them before its JSON line."""
    s = result.summary
    lines = [f"{'entity type':<24} {'prec':>6} {'recall':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for t, v in s["per_type"].items():
        lines.append(f"{t:<24} {_fmt(v['precision']):>6} {_fmt(v['recall']):>6} {v['tp']:>4} {v['fp']:>4} {v['fn']:>4}")
    block = s["block"]
    lines.append(f"{'BLOCK decision':<24} {_fmt(s['block_precision']):>6} {_fmt(s['block_recall']):>6} "
                 f"{block['tp']:>4} {block['fp']:>4} {block['fn']:>4}"
                 f"   false-block rate {_fmt(s['false_block_rate'])} ({block['fp']}/{block['fp'] + block['tn']}"
                 " allow messages)")
    for name, got, exp, pred, shown in result.wrong:
        lines.append(f"  {name}: decided {got}; expected {exp or '-'}; found {pred or '-'}")
        if verbose:
            lines.extend(f"      {x}" for x in shown)
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from detectors import DetectionEngine, DetectorOptions, recache

    recache.set_cache_dirs(recache.PACKAGE_DIR)  # the compiled patterns a gateway's start leaves (or writes them)

    try:
        corpus = load_corpus(args.dir if isinstance(args.dir, list) else [args.dir])
    except EvalUsageError as e:
        print(f"dlp-gateway eval: {e}", file=sys.stderr)
        return 2
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
    result = score(corpus, engine, policy=policy, rcpt=args.rcpt, split=args.split)
    print(report_text(result, args.verbose))
    summary = result.summary
    print(json.dumps(summary, sort_keys=True))
    br, fbr = summary["block_recall"], summary["false_block_rate"]
    failed = (args.min_block_recall is not None and (br or 0.0) < args.min_block_recall) or (
        args.max_false_block_rate is not None and (fbr or 0.0) > args.max_false_block_rate)
    return 1 if failed else 0
