"""``dlp-gateway scan``: run the gateway's own scan + policy path over .eml files and print verdicts.

Output (JSON or table) carries no unmasked identifier: findings come masked from
:func:`gateway.scan.scan_message` and file names are masked the same way.

Exit status: 0 when every message would be delivered, 1 when at least one would be stopped
(rejected, bounced, quarantined), 2 on usage or configuration errors.
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

from gateway.model import Decision, Envelope, ScanReport

DELIVERING = {"allow", "monitor"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("scan", help="scan .eml files (or - for stdin) and print the verdicts")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, directory of .eml files, or -")
    p.add_argument("--json", action="store_true", help="one JSON object per message per line")
    p.add_argument("--rcpt", action="append", default=[], metavar="ADDR",
                   help="envelope recipient (repeatable; default: the To/Cc/Bcc addresses)")
    p.add_argument("--sender", metavar="ADDR", help="envelope sender (default: the From address)")
    p.add_argument("--policy", metavar="FILE", help="policy file (default: DLPGW_POLICY_FILE)")
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
    from detectors import DetectionEngine, DetectorOptions
    from gateway.config import load_settings
    from gateway.policy import load_policy
    from gateway.scan import scan_message

    settings = load_settings(getattr(args, "config", None))
    policy = load_policy(Path(args.policy) if args.policy else settings.policy_file)
    engine = DetectionEngine(DetectorOptions(org_ibans=frozenset(getattr(policy, "org_ibans", ()) or ())))
    limits = settings.extract_limits()
    stopped = 0
    for name, raw, error in iter_inputs(args.paths):
        if raw is None:
            print(f"dlp-gateway scan: {engine.mask_identifiers(name)}: {error}", file=sys.stderr)
            stopped += 1
            continue
        envelope = envelope_for(raw, list(args.rcpt), args.sender)
        report = scan_message(raw, engine, limits)  # locations, details and snippets come masked
        decision = policy.decide(envelope, report)
        name = engine.mask_identifiers(name)  # a file named after a national number is printed masked too
        if decision.action not in DELIVERING:
            stopped += 1
        if args.json:
            print(json.dumps(as_json(name, decision, report), ensure_ascii=False), flush=True)
        else:
            print_table(name, decision, report)
    return 1 if stopped else 0


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
