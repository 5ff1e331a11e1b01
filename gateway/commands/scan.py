"""``dlp-gateway scan``: run the gateway's own scan + policy path over .eml files and print verdicts.

Every message is scanned in a scanner process under the gateway's own bounds (``scan_timeout``,
``scan_memory_limit``): a file that exceeds them gets a precise line on stderr and a fail-closed
verdict, and the next file is scanned by a fresh process.

Output (JSON or table) carries no unmasked identifier: findings come masked from
:func:`gateway.scan.scan_message` and file names are masked the same way.

Exit status: 0 when every message would be delivered, 1 when at least one would be stopped
(rejected, bounced, quarantined, or not scannable within the bounds), 2 on usage or
configuration errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from email.utils import getaddresses
from pathlib import Path
from typing import Any

from gateway.model import UNSCANNABLE, Decision, Envelope, Finding, ScanReport

DELIVERING = {"allow", "monitor"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("scan", help="scan .eml files (or - for stdin) and print the verdicts")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, directory of .eml files, or -")
    p.add_argument("--json", action="store_true", help="one JSON object per message per line")
    p.add_argument("--rcpt", action="append", default=[], metavar="ADDR",
                   help="envelope recipient (repeatable; default: the To/Cc/Bcc addresses)")
    p.add_argument("--sender", metavar="ADDR", help="envelope sender (default: the From address)")
    p.add_argument("--policy", metavar="FILE", help="policy file (default: DLPGW_POLICY_FILE)")
    p.add_argument("--explain", action="store_true",
                   help="per finding: the rule, the person tie (kind and initials), distance, score, exception")
    p.set_defaults(func=run)


def iter_inputs(paths: list[str]) -> Iterator[tuple[str, bytes | None, str | None]]:
    """Yield (name, raw bytes or None, error) for every message the paths name."""
    for p in paths:
        if p == "-":
            yield "-", sys.stdin.buffer.read(), None
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in (".eml", ".msg"))
            for f in files:
                yield from _read(f)
        else:
            yield from _read(path)


def _read(path: Path) -> Iterator[tuple[str, bytes | None, str | None]]:
    try:
        yield str(path), path.read_bytes(), None
    except OSError as e:
        yield str(path), None, e.strerror or str(e)


def envelope_for(raw: bytes, rcpts: list[str], sender: str | None) -> Envelope:
    """The envelope a message would travel with: given, or read from its headers."""
    try:
        h = BytesHeaderParser(policy=default_policy).parsebytes(raw)
        if not sender:
            froms = getaddresses([str(v) for v in h.get_all("From", [])])
            sender = froms[0][1] if froms else ""
        if not rcpts:
            fields = [str(v) for name in ("To", "Cc", "Bcc") for v in h.get_all(name, [])]
            rcpts = [a for _, a in getaddresses(fields) if "@" in a]
    except Exception:  # broken headers: the envelope just stays unknown
        pass
    return Envelope(mail_from=sender or "", rcpt_tos=tuple(rcpts) or ("unknown@external.invalid",))


def run(args: argparse.Namespace) -> int:
    from detectors import DetectionEngine, DetectorOptions, recache
    from gateway.config import load_settings
    from gateway.policy import load_policy
    from gateway.scanpool.bounded import BoundedScanner

    recache.set_cache_dirs(recache.PACKAGE_DIR)  # the compiled patterns a gateway's start leaves (or writes them)

    settings = load_settings(getattr(args, "config", None))
    policy = load_policy(Path(args.policy) if args.policy else settings.policy_file)
    options = DetectorOptions(org_ibans=frozenset(getattr(policy, "org_ibans", ()) or ()))
    engine = DetectionEngine(options)  # masks file names here; the scanner template forks with it
    stopped = 0
    with BoundedScanner(settings, options, engine=engine) as scanner:
        for name, raw, error in iter_inputs(args.paths):
            if raw is None:
                print(f"dlp-gateway scan: {shown(engine, name)}: {error}", file=sys.stderr)
                stopped += 1
                continue
            stopped += scan_one(args, shown(engine, name), raw, scanner, policy)
    return 1 if stopped else 0


def shown(engine: Any, name: str) -> str:
    """The operator's own path as printed: a file named after a national number, BSN, IBAN or card is
    printed masked, other digit runs (test-vector names, dates, ids) stay so the output maps to files."""
    return engine.mask_identifiers(name, digit_runs=False)


def scan_one(args: argparse.Namespace, name: str, raw: bytes, scanner: Any, policy: Any) -> int:
    """Scan one message within the bounds and print its verdict (``name`` already masked); 1 when
    it would be stopped."""
    from gateway.errors import ScanError

    try:
        report = scanner.scan(raw)  # locations, details and snippets come masked
    except ScanError as e:
        print(f"dlp-gateway scan: {name}: {bound_message(e, scanner)}; verdict: tempfail (fail closed)",
              file=sys.stderr)
        if args.json:
            print(json.dumps({"file": name, "action": "tempfail", "verdict": "block", "categories": [],
                              "reason": f"not scanned: {e}", "findings": []}, ensure_ascii=False), flush=True)
        else:
            print(f"{name}: BLOCK (tempfail) - not scanned: {e}")
        return 1
    envelope = envelope_for(raw, list(args.rcpt), args.sender)
    decision = policy.decide(envelope, report)
    for f in report.findings:
        if f.entity_type == UNSCANNABLE and f.location == "message" and (f.detail or "").startswith("scan: "):
            print(f"dlp-gateway scan: {name}: scan stopped: {f.detail.removeprefix('scan: ')}; "
                  f"verdict: {decision.action} (as unscannable content)", file=sys.stderr)
    if args.json:
        print(json.dumps(as_json(name, decision, report), ensure_ascii=False), flush=True)
    else:
        print_table(name, decision, report)
        if getattr(args, "explain", False):
            print_explain(report)
    return 0 if decision.action in DELIVERING else 1


def bound_message(error: Any, scanner: Any) -> str:
    """What stopped a scan, for stderr (no content: reason and bound only)."""
    if error.reason == "timeout":
        return f"scan stopped at the {scanner.timeout:g} s time limit (scan_timeout)"
    if error.reason == "crashed":
        return f"the scanner process died ({error.detail or 'crashed'})"
    return f"not scanned ({error})"


def as_json(name: str, decision: Decision, report: ScanReport) -> dict[str, object]:
    return {
        "file": name,
        "action": decision.action,
        "verdict": "allow" if decision.action in DELIVERING else "block",
        "categories": list(decision.categories),
        "reason": decision.reason,
        "findings": [f.as_dict() for f in report.findings],
    }


def print_table(name: str, decision: Decision, report: ScanReport) -> None:
    verdict = "allow" if decision.action in DELIVERING else "BLOCK"
    print(f"{name}: {verdict} ({decision.action})" + (f" - {decision.reason}" if decision.reason else ""))
    if not report.findings:
        return
    rows = [("type", "location", "span", "score", "status", "snippet")]
    for f in report.findings:
        status = f"allowed:{f.exception}" if f.allowed else "blocking"
        rows.append((f.entity_type, f.location, f"{f.start}-{f.end}", f"{f.score:.2f}", status,
                     f.snippet or (f.detail or "")))
    widths = [min(40, max(len(r[i]) for r in rows)) for i in range(len(rows[0]))]
    for r in rows:
        print("    " + "  ".join(c[: widths[i]].ljust(widths[i]) for i, c in enumerate(r)).rstrip())


def explain_line(f: Finding) -> str:
    """One finding's decision in words, from its content-free ``explain`` record (never message text)."""
    e = dict(f.explain or {})
    parts = [f"rule {e.pop('rule', 'extraction' if f.detail else '?')}"]
    if "column" in e or "term" in e:
        where = [f"column {e.pop('column')}"] if "column" in e else []
        if "term" in e:
            where.append(f"term '{e.pop('term')}'")
        parts[-1] += f" ({', '.join(where)})"
    tie = e.pop("tie", None)
    if tie is not None:
        person = e.pop("person", None)
        distance = e.pop("distance", None)
        parts.append(f"tie {tie}" + (f" ({person})" if person else "")
                     + (f", {distance} chars away" if distance is not None else ""))
    score = e.pop("score", round(f.score, 3))
    model = e.pop("model", None)
    parts.append(f"score {score}" + (f" ({model} weights)" if model else ""))
    top = e.pop("top", None)
    if top:
        parts.append("because " + ", ".join(f"{k} {v:+}" for k, v in top))
    parts.append(f"exception {e.pop('exception', f.exception or 'none')}")
    if f.detail:
        parts.append(f"detail {f.detail}")
    return "; ".join(parts)


def print_explain(report: ScanReport) -> None:
    """``--explain``: every blocking finding and every allowed one, with the reason (masked)."""
    if not report.findings:
        return
    print("    explain:")
    for f in report.findings:
        status = f"allowed:{f.exception}" if f.allowed else "blocking"
        print(f"      {f.entity_type} at {f.location} [{status}] {f.snippet or ''}".rstrip())
        print(f"          {explain_line(f)}")
