"""``dlp-gateway policy check FILE...`` and ``policy explain``: validate policy files with
line-precise errors (exit 2), or show which action the table gives a recipient and categories."""

from __future__ import annotations

import argparse
import sys

from gateway.errors import PolicyError
from gateway.model import Envelope, Finding, ScanReport
from gateway.policy import load_policy


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("policy", help="validate or explain policy files")
    psub = p.add_subparsers(dest="policy_command", required=True, metavar="SUBCOMMAND")
    c = psub.add_parser("check", help="validate policy files (exit 2 on errors)")
    c.add_argument("files", nargs="+", metavar="FILE")
    c.set_defaults(func=run)
    e = psub.add_parser("explain", help="the action for a sender, recipients and entity types")
    e.add_argument("file", metavar="FILE")
    e.add_argument("--sender", default="someone@example.org")
    e.add_argument("--rcpt", action="append", required=True, metavar="ADDR")
    e.add_argument("--entity", action="append", default=[], metavar="TYPE",
                   help="entity type found, e.g. BE_NATIONAL_NUMBER (repeatable)")
    e.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.policy_command == "explain":
        return _explain(args)
    status = 0
    for f in args.files:
        try:
            policy = load_policy(f)
        except PolicyError as e:
            for line in e.lines:
                print(line, file=sys.stderr)
            status = 2
            continue
        s = policy.spec
        for note in s._notes:
            print(note, file=sys.stderr)
        print(f"{f}: ok ({len(s.recipient_classes)} recipient classes, {len(s.categories)} categories, "
              f"{len(s.channels)} channels, {len(s.overrides)} overrides, mode {s.mode})")
    return status


def _explain(args: argparse.Namespace) -> int:
    policy = load_policy(args.file)
    report = ScanReport(findings=[Finding(entity_type=t, location="body") for t in args.entity])
    ev = policy.evaluate(Envelope(args.sender, tuple(args.rcpt)), report)
    for rcpt in args.rcpt:
        cls = ev.recipient_class[rcpt]
        v = ev.per_class[cls]
        print(f"{rcpt}: class {cls}, action {v.action}, channels {', '.join(v.channels) or '-'}")
    d = ev.decision
    print(f"message: {d.action}{f' (would have: {d.would_have})' if d.would_have else ''} - {d.reason}")
    return 0
