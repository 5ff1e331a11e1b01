"""``dlp-gateway quarantine list|show|release|delete|purge|audit|digest|flush``: the DPO's tools.

``list`` shows sender and recipient *domains* only (the addresses are sealed in the store);
``show`` decrypts the envelope and prints it with the metadata and masked findings, never the
content, and is audited. ``release`` re-injects the original
upstream with its original envelope; ``release`` and ``delete`` need ``--reason`` and are written
to the audit table with who (``--by`` or the OS user) and when. ``digest`` mails (or prints) the
daily summary for a cron job / systemd timer; ``flush`` sends pending guidance bounces now.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from gateway.config import Settings, load_settings
from gateway.errors import GatewayError
from gateway.quarantine import QuarantineError, QuarantineStore, flush_outbox, open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("quarantine", help="review, release or delete held messages")
    q = p.add_subparsers(dest="q_command", required=True, metavar="SUBCOMMAND")
    ls = q.add_parser("list", help="held messages, newest first")
    ls.add_argument("--status", choices=["held", "released", "deleted", "releasing"])
    ls.add_argument("--limit", type=int, default=50)
    ls.add_argument("--domain", help="only messages from or to this domain")
    ls.add_argument("--json", action="store_true")
    sh = q.add_parser("show", help="envelope, metadata and masked findings of one message (never content; audited)")
    sh.add_argument("id")
    sh.add_argument("--json", action="store_true")
    for name, text in (("release", "deliver a held message upstream"), ("delete", "destroy a held message")):
        c = q.add_parser(name, help=text)
        c.add_argument("id")
        c.add_argument("--reason", required=True, help="why (written to the audit log)")
        c.add_argument("--by", default=None, help="who (default: the OS user)")
    pu = q.add_parser("purge", help="remove messages older than the retention period")
    pu.add_argument("--days", type=int, help="retention days (default: policy retention_days)")
    pu.add_argument("--by", default=None)
    au = q.add_parser("audit", help="the audit log")
    au.add_argument("id", nargs="?")
    au.add_argument("--limit", type=int, default=100)
    dg = q.add_parser("digest", help="daily digest for the DPO (mail it, or print with --print)")
    dg.add_argument("--hours", type=float, default=24.0)
    dg.add_argument("--to", help="recipient (default: dpo_address of config or policy)")
    dg.add_argument("--print", action="store_true", dest="print_only", help="print instead of sending")
    q.add_parser("flush", help="send pending guidance bounces and DPO notices now")
    for sp in q.choices.values():
        sp.set_defaults(func=run)


def _actor(args: argparse.Namespace) -> str:
    by = getattr(args, "by", None)
    if by:
        return by
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def _when(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%S")


def run(args: argparse.Namespace) -> int:
    settings = load_settings(getattr(args, "config", None))
    key = settings.quarantine_key.get_secret_value() if settings.quarantine_key else None
    try:
        store = open_store(settings.quarantine_url, key, Path(settings.state_dir))
    except GatewayError as e:
        print(f"dlp-gateway quarantine: {e}", file=sys.stderr)
        return 2
    try:
        return _dispatch(args, settings, store)
    except QuarantineError as e:
        print(f"dlp-gateway quarantine: {e}", file=sys.stderr)
        return 1
    finally:
        store.close()


def _dispatch(args: argparse.Namespace, settings: Settings, store: QuarantineStore) -> int:
    cmd = args.q_command
    if cmd == "list":
        rows = store.list_sync(args.status, args.limit, domain=args.domain)
        if args.json:
            for r in rows:
                print(json.dumps({"id": r.id, "received": _when(r.received_at), "action": r.action,
                                  "status": r.status, "categories": r.decision.get("categories", []),
                                  "sender_domain": r.sender_domain, "recipient_domains": list(r.recipient_domains),
                                  "size": r.size, "bounce": r.bounce_state}))
            return 0
        print(f"{'ID':<14}{'RECEIVED (UTC)':<21}{'ACTION':<12}{'STATUS':<10}{'BOUNCE':<9}{'CATEGORIES':<24}"
              "FROM -> TO (domains)")
        for r in rows:
            cats = ",".join(r.decision.get("categories", [])) or "-"
            doms = f"{r.sender_domain or '<>'} -> {','.join(r.recipient_domains) or '-'}"
            print(f"{r.id:<14}{_when(r.received_at):<21}{r.action:<12}{r.status:<10}{r.bounce_state:<9}"
                  f"{cats:<24}{doms}")
        return 0
    if cmd == "show":
        from detectors.masking import mask_identifiers

        r, env = store.show_sync(args.id, _actor(args))
        findings = [{k: mask_identifiers(v) if k in ("location", "snippet", "detail") and isinstance(v, str) else v
                     for k, v in f.items()} for f in r.findings]  # masked at scan time; and once more here
        if args.json:
            print(json.dumps({"id": r.id, "received": _when(r.received_at), "sender": env.mail_from,
                              "recipients": list(env.rcpt_tos), "sender_domain": r.sender_domain,
                              "recipient_domains": list(r.recipient_domains), "size": r.size, "status": r.status,
                              "decision": r.decision, "findings": findings,
                              "bounce": r.bounce_state, "notice": r.notice_state}, indent=2))
            return 0
        print(f"Reference:   {r.id}\nReceived:    {_when(r.received_at)} UTC\nStatus:      {r.status}")
        print(f"Action:      {r.action}\nReason:      {r.decision.get('reason', '')}")
        print(f"Sender:      {env.mail_from or '<>'}\nRecipients:  {', '.join(env.rcpt_tos)}")
        print(f"Size:        {r.size} bytes\nBounce:      {r.bounce_state}\nDPO notice:  {r.notice_state}")
        print("Findings (masked):")
        for f in findings:
            extra = f" [{f['exception']}]" if f.get("exception") else ""
            print(f"  - {f['entity_type']} at {f['location']}: {f.get('snippet', '')}{extra}")
        return 0
    if cmd == "release":
        return asyncio.run(_release(args, settings, store))
    if cmd == "delete":
        store.delete_sync(args.id, _actor(args), args.reason)
        print(f"{args.id}: deleted")
        return 0
    if cmd == "purge":
        days = args.days or settings.retention_days
        if days is None:
            from gateway.policy import load_policy

            days = load_policy(settings.policy_file).retention_days
        n = store.purge_sync(int(days), _actor(args))
        print(f"purged {n} message(s) older than {days} days")
        return 0
    if cmd == "audit":
        for a in store.audit_sync(args.id, args.limit):
            print(f"{_when(a.at)}  {a.qid:<14}{a.event:<9}{a.actor:<16}{a.reason}")
        return 0
    if cmd == "digest":
        return asyncio.run(_digest(args, settings, store))
    if cmd == "flush":
        counts = asyncio.run(_flush(settings, store))
        print(f"sent {counts['sent']}, retry later {counts['retry']}, failed {counts['failed']}")
        return 0 if counts["retry"] == 0 else 1
    return 2


async def _release(args: argparse.Namespace, settings: Settings, store: QuarantineStore) -> int:
    from gateway.relay import build_relay

    relay = build_relay(settings)
    try:
        reply = await store.release(args.id, relay.deliver, _actor(args), args.reason)
    except GatewayError as e:
        print(f"dlp-gateway quarantine: {args.id}: not released: {e}", file=sys.stderr)
        return 1
    finally:
        await relay.close()
    print(f"{args.id}: released ({reply})")
    return 0


async def _flush(settings: Settings, store: QuarantineStore) -> dict[str, int]:
    from gateway.relay import build_relay

    relay = build_relay(settings)
    try:
        return await flush_outbox(store, relay.deliver, retry_now=True)
    finally:
        await relay.close()


async def _digest(args: argparse.Namespace, settings: Settings, store: QuarantineStore) -> int:
    from gateway.notify import build_message, digest_text

    until = datetime.now(UTC)
    since = until - timedelta(hours=args.hours)
    rows = store.list_sync(None, 10000, since.timestamp())
    text = digest_text(rows, since, until)
    to = args.to or settings.dpo_address
    if not to and not args.print_only:
        from gateway.policy import load_policy

        to = load_policy(settings.policy_file).dpo_address
    if args.print_only or not to:
        print(text, end="")
        return 0
    from gateway.model import Envelope
    from gateway.relay import build_relay

    host = settings.hostname
    sender = settings.bounce_from or f"MAILER-DAEMON@{host}"
    raw = build_message(f"[DLP] digest: {len(rows)} held message(s)", text, to=to, sender=sender, hostname=host)
    relay = build_relay(settings)
    try:
        await relay.deliver(Envelope("", (to,)), raw, f"digest-{int(time.time())}")
    finally:
        await relay.close()
    print(f"digest of {len(rows)} message(s) sent")
    return 0
