"""``dlp-gateway replay ARCHIVE --report out.html`` and ``dlp-gateway report --from --to``: the rollout report.

``replay`` reads an archive of sent mail — an mbox file, a Maildir, or a directory of ``.eml``
files — and runs every message through the gateway's own scan path (the scanner process pool,
with the gateway's time and memory bounds) and the policy in monitor mode: nothing is sent,
nothing is held. It writes one self-contained HTML page and a CSV of the aggregate counts
(gateway.report). A progress bar runs on stderr when stderr is a terminal.

``report`` writes the same page from the running gateway's content-free verdict counts
(``verdict_counts`` in the quarantine store) for a date range.

Exit status: 0 when the report was written, 2 on usage or configuration errors.
"""

from __future__ import annotations

import argparse
import asyncio
import mailbox
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from email.utils import parsedate_to_datetime
from pathlib import Path

from gateway.model import Decision
from gateway.report import MAX_EXAMPLES, Example, ReportData, merge, render_csv, render_html
from gateway.stats import rows_of, verdict_key

HOLDING = ("bounce", "quarantine", "reject")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("replay", help="scan an archive of sent mail in monitor mode and write the rollout report")
    p.add_argument("archive", metavar="MBOX|MAILDIR|DIR", help="mbox file, Maildir, or directory of .eml files")
    p.add_argument("--report", required=True, metavar="OUT.html", help="the HTML report to write")
    p.add_argument("--csv", metavar="OUT.csv", help="the counts as CSV (default: beside the report)")
    p.add_argument("--policy", metavar="FILE", help="policy file (default: DLPGW_POLICY_FILE)")
    p.add_argument("--lang", choices=["en", "nl", "fr", "de"], default="en", help="language of the report")
    p.add_argument("--jobs", type=int, default=0, help="scanner processes (default: the gateway's setting)")
    p.set_defaults(func=run_replay)
    r = sub.add_parser("report", help="the rollout report from the running gateway's verdict counts")
    r.add_argument("--from", dest="since", required=True, metavar="YYYY-MM-DD", help="first day (UTC)")
    r.add_argument("--to", dest="until", required=True, metavar="YYYY-MM-DD", help="last day (UTC, inclusive)")
    r.add_argument("--out", "--report", dest="out", required=True, metavar="OUT.html")
    r.add_argument("--csv", metavar="OUT.csv", help="the counts as CSV (default: beside the report)")
    r.add_argument("--lang", choices=["en", "nl", "fr", "de"], default="en")
    r.set_defaults(func=run_report)


# --- reading archives ---------------------------------------------------------------------------


def open_archive(path: Path) -> tuple[int, Iterator[bytes]]:
    """(number of messages, iterator of raw messages) for an mbox file, a Maildir or a directory."""
    if path.is_dir():
        if all((path / d).is_dir() for d in ("cur", "new", "tmp")):
            md = mailbox.Maildir(str(path), factory=None, create=False)
            keys = list(md.keys())
            return len(keys), (md.get_bytes(k) for k in keys)
        files = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in (".eml", ".msg"))
        return len(files), (f.read_bytes() for f in files)
    if path.is_file():
        with path.open("rb") as fh:
            head = fh.read(5)
        if head == b"From ":
            box = mailbox.mbox(str(path), create=False)
            keys = list(box.keys())
            return len(keys), (box.get_bytes(k) for k in keys)
        return 1, iter([path.read_bytes()])
    raise FileNotFoundError(path)


def sent_at(raw: bytes) -> float:
    """The message's Date (UTC timestamp), else now."""
    try:
        value = BytesHeaderParser(policy=default_policy).parsebytes(raw[:65536]).get("Date")
        if value:
            return parsedate_to_datetime(str(value)).timestamp()
    except Exception:  # no or unreadable Date: the report counts it as of now
        pass
    return time.time()


def monitor_view(decision: Decision) -> Decision:
    """The decision as monitor mode takes it: delivered, with what enforcement would have done."""
    if decision.would_have or decision.action not in HOLDING:
        return decision
    return replace(decision, action="monitor", would_have=decision.action)


class Progress:
    """A one-line progress bar on stderr, only on a terminal."""

    def __init__(self, total: int, stream=None) -> None:  # type: ignore[no-untyped-def]
        self.total = max(total, 1)
        self.stream = stream or sys.stderr
        self.on = bool(getattr(self.stream, "isatty", lambda: False)())
        self.t0 = time.monotonic()
        self._last = 0.0

    def update(self, done: int, force: bool = False) -> None:
        if not self.on:
            return
        now = time.monotonic()
        if not force and now - self._last < 0.1:
            return
        self._last = now
        width = 30
        filled = int(width * done / self.total)
        rate = done / max(now - self.t0, 1e-6)
        eta = (self.total - done) / rate if rate > 0 else 0
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total} messages "
                          f"{rate:5.1f}/s  ETA {int(eta // 60)}:{int(eta % 60):02d} ")
        self.stream.flush()

    def close(self) -> None:
        if self.on:
            self.stream.write("\n")
            self.stream.flush()


# --- replay ---------------------------------------------------------------------------------------


async def replay(path: Path, policy, settings, jobs: int = 0, progress: Progress | None = None):  # type: ignore[no-untyped-def]
    """Scan every message of the archive; return ReportData (counts, examples, detector counts)."""
    from gateway.commands.scan import envelope_for
    from gateway.errors import ScanError
    from gateway.scan import PoolSettings, Scanner
    from gateway.server import detector_options

    class _Holder:
        current = policy

    total, messages = open_archive(path)
    progress = progress or Progress(total)
    # The gateway's own bounds (scan timeout, memory cap, queue), without the warm successor template.
    pool = replace(PoolSettings.from_settings(settings, jobs or None), warm=False)
    scanner = Scanner(options=detector_options(_Holder), limits=settings.extract_limits(), settings=pool)
    await scanner.start()
    counts: Counter = Counter()
    examples: list[Example] = []
    per_cat: Counter[str] = Counter()
    entity_types: Counter[str] = Counter()
    first, last = float("inf"), 0.0
    done = 0
    limit = asyncio.Semaphore(2 * scanner.processes)
    t0 = time.monotonic()

    async def one(no: int, raw: bytes) -> None:
        nonlocal done, first, last
        try:
            envelope = envelope_for(raw, [], None)
            at = sent_at(raw)
            first, last = min(first, at), max(last, at)
            try:
                report = await scanner.scan(raw)
            except ScanError:
                counts[verdict_key(envelope, None, "451", at)] += 1
                return
            ev = policy.evaluate(envelope, report)
            decision = monitor_view(ev.decision)
            counts[verdict_key(envelope, decision, "250", at)] += 1
            for f in ev.blocking:
                cat = policy.category_of(f)
                if cat is None:
                    continue
                entity_types[f.entity_type] += 1
                if per_cat[cat] < MAX_EXAMPLES:
                    per_cat[cat] += 1
                    examples.append(Example(no, cat, f.entity_type, f.location, f.snippet or (f.detail or ""),
                                            f.score))
        finally:
            done += 1
            progress.update(done)
            limit.release()

    tasks = []
    try:
        for no, raw in enumerate(messages, 1):
            await limit.acquire()
            tasks.append(asyncio.create_task(one(no, raw)))
        await asyncio.gather(*tasks)
    finally:
        progress.update(done, force=True)
        progress.close()
        await scanner.close()
    examples.sort(key=lambda e: (e.category, e.message))
    if first == float("inf"):
        first = last = time.time()
    return ReportData(
        source="archive", since=first - first % 86400, until=last - last % 86400 + 86400, rows=rows_of(counts),
        policy_name=str(getattr(policy, "path", "") or ""), examples=examples, entity_types=entity_types,
        seconds=time.monotonic() - t0,
    )


def _write(data: ReportData, policy, out: Path, csv_path: str | None, lang: str) -> Path:  # type: ignore[no-untyped-def]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_html(data, policy, lang), encoding="utf-8")
    csv_out = Path(csv_path) if csv_path else out.with_suffix(".csv")
    csv_out.write_text(render_csv(data.rows), encoding="utf-8")
    return csv_out


def run_replay(args: argparse.Namespace) -> int:
    from gateway.config import load_settings
    from gateway.policy import load_policy

    settings = load_settings(getattr(args, "config", None))
    policy = load_policy(Path(args.policy) if args.policy else settings.policy_file)
    path = Path(args.archive)
    if not path.exists():
        print(f"dlp-gateway replay: {path}: no such file or directory", file=sys.stderr)
        return 2
    try:
        data = asyncio.run(replay(path, policy, settings, args.jobs))
    except (OSError, mailbox.Error) as e:
        print(f"dlp-gateway replay: {path}: cannot read the archive ({e})", file=sys.stderr)
        return 2
    out = Path(args.report)
    csv_out = _write(data, policy, out, args.csv, args.lang)
    total = sum(r.messages for r in data.rows)
    stopped = sum(r.messages for r in data.rows if (r.would_have or r.action) in HOLDING)
    print(f"{total} message(s) replayed in {data.seconds:.1f} s; {stopped} would be stopped when enforced; "
          f"report {out}, counts {csv_out}")
    return 0


def _date(value: str) -> datetime:
    try:
        return datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise SystemExit(f"dlp-gateway report: {value!r} is not a date like 2026-11-30") from None


def run_report(args: argparse.Namespace) -> int:
    from gateway.config import load_settings
    from gateway.errors import GatewayError
    from gateway.policy import load_policy
    from gateway.quarantine import open_store

    since = _date(args.since)
    until = _date(args.until) + timedelta(days=1)
    if until <= since:
        print("dlp-gateway report: --to is before --from", file=sys.stderr)
        return 2
    settings = load_settings(getattr(args, "config", None))
    policy = load_policy(settings.policy_file)
    key = settings.quarantine_key.get_secret_value() if settings.quarantine_key else None
    try:
        store = open_store(settings.quarantine_url, key, Path(settings.state_dir))
    except GatewayError as e:
        print(f"dlp-gateway report: {e}", file=sys.stderr)
        return 2
    try:
        data = gateway_report_data(store, policy, since.timestamp(), until.timestamp())
    finally:
        store.close()
    out = Path(args.out)
    csv_out = _write(data, policy, out, args.csv, args.lang)
    print(f"{sum(r.messages for r in data.rows)} message(s) from {args.since} to {args.until}; "
          f"report {out}, counts {csv_out}")
    return 0


def gateway_report_data(store, policy, since: float, until: float) -> ReportData:  # type: ignore[no-untyped-def]
    """ReportData from the store's verdict counts and sender overrides for [since, until)."""
    rows = merge(store.verdict_counts_sync(since, until))
    overrides = len([o for o in store.overrides_sync(since=since, until=until, limit=100000)
                     if o.outcome == "released"])
    return ReportData(source="gateway", since=since, until=until, rows=rows,
                      policy_name=str(getattr(policy, "path", "") or ""), overrides=overrides)
