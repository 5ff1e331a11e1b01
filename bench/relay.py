"""Relay benchmark: the gateway vs a pass-through relay built the same way, in the same run.

Starts (each in its own process): an aiosmtpd sink, the gateway (``dlp-gateway serve``) and
a pass-through relay (the gateway's own SMTP front and upstream relay, but no scan and no
policy). Then sends N messages at concurrency C through each, one new connection per message,
with aiosmtplib: ~10 KB of plain prose, or with ``--mix`` the realistic mix of bench/mix.py
(corpus messages with their own envelopes, Outlook-style HTML alternatives, a third with
attachments of every kind, half with personal data; guidance bounces and DPO notices go out
through the gateway's outbox to the same sink, and the run waits until they all arrived).
Prints msgs/s and p50/p99 latency for both; the last line is one JSON object:
gateway_msgs_per_s, passthrough_msgs_per_s, ratio, p99_ms, ...

    python bench/relay.py [-n 2000] [-c 20] [--workers 1] [--scan-processes 0]
    python bench/relay.py --mix [-n 1500] [--workers 0] [--profile /tmp/prof]

``--workers 0`` runs one gateway worker per core. ``--profile PREFIX`` samples the gateway's
processes (event loop and scanners) with py-spy during the measured run (``pip install py-spy``;
needs ptrace rights; only samples holding the GIL), writes ``PREFIX.txt`` (collapsed stacks)
and prints the cost by stage (bench/profile_stages.py).

A benchmark, not a test: figures vary +-30% run to run on a shared 2-core machine; compare the
ratio, which is measured in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

WORDS = (
    "de het een van en in is dat op te zijn met voor niet aan er om ook als dan maar bij nog uit "
    "dossier aanvraag vergadering dienst afdeling verslag planning budget project overleg termijn "
    "le la les des et en un une pour dans sur avec par est pas que qui réunion service dossier "
    "demande rapport budget projet planification délai réponse courrier administration"
).split()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_message(i: int, size: int = 10_000) -> bytes:
    rnd = random.Random(i)
    lines, n = [], 0
    while n < size:
        line = " ".join(rnd.choice(WORDS) for _ in range(12)).capitalize() + "."
        lines.append(line)
        n += len(line) + 2
    body = "\r\n".join(lines)
    head = (
        f"From: Bench <bench@example.fgov.be>\r\nTo: <rcpt{i}@partner.example>\r\n"
        f"Subject: Benchmark message {i}\r\nMessage-ID: <b{i}@example.fgov.be>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    return (head + body + "\r\n").encode()


# --- roles run in child processes ------------------------------------------------------------


def role_sink(port: int, count_file: str | None = None) -> None:
    """Accepts everything; counts messages and null-sender ones (bounces, notices) into ``count_file``."""
    from aiosmtpd.smtp import SMTP

    counts = {"all": 0, "null_sender": 0}

    class Sink:
        async def handle_DATA(self, server, session, envelope):
            counts["all"] += 1
            if envelope.mail_from in ("", "<>"):
                counts["null_sender"] += 1
            return "250 2.0.0 Ok"

    async def write_counts() -> None:
        assert count_file is not None
        tmp = count_file + ".tmp"
        while True:
            Path(tmp).write_text(json.dumps(counts))
            os.replace(tmp, count_file)
            await asyncio.sleep(0.1)

    async def main() -> None:
        loop = asyncio.get_running_loop()
        srv = await loop.create_server(lambda: SMTP(Sink(), data_size_limit=None), "127.0.0.1", port)
        writer = asyncio.ensure_future(write_counts()) if count_file else None
        async with srv:
            await srv.serve_forever()
        if writer is not None:
            writer.cancel()

    asyncio.run(main())


def role_passthrough(port: int, upstream_port: int) -> None:
    """Same SMTP front (GatewaySMTP) and upstream relay (SmtpRelay) as the gateway, no scanning."""
    from gateway.config import Settings
    from gateway.model import Envelope
    from gateway.relay import SmtpRelay
    from gateway.server import open_listener
    from gateway.smtp import GatewayHandler, protocol_factory

    settings = Settings(
        listen=f"127.0.0.1:{port}", upstream_url=f"smtp://127.0.0.1:{upstream_port}", upstream_starttls="off",
        metrics_listen="", state_dir=Path(tempfile.mkdtemp(prefix="dlpgw-passthrough-")),
    )
    relay = SmtpRelay(settings)

    class PassThrough:
        services = SimpleNamespace(override=None)  # what GatewayHandler looks at in RCPT (no override desk)

        async def process(self, envelope: Envelope, raw: bytes, peer: str = "") -> str:
            if not isinstance(raw, bytes | bytearray):  # a spooled big message (gateway.spool)
                raw = raw.read()
            return await relay.deliver(envelope, raw, "bench")

    async def main() -> None:
        handler = GatewayHandler(settings, PassThrough())  # type: ignore[arg-type]
        srv = await asyncio.get_running_loop().create_server(
            protocol_factory(settings, handler), sock=open_listener(settings)
        )
        async with srv:
            await srv.serve_forever()

    asyncio.run(main())


# --- load generator ------------------------------------------------------------------------------


Message = tuple[str, tuple[str, ...], bytes]  # envelope sender, recipients, raw message


async def load(port: int, n: int, concurrency: int, messages: list[Message]) -> dict[str, Any]:
    """Send ``n`` messages (cycling through ``messages``), one connection each; latency and replies."""
    import aiosmtplib

    latencies: list[float] = []
    errors = 0
    replies: Counter[str] = Counter()
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(n):
        queue.put_nowait(i)

    async def worker() -> None:
        nonlocal errors
        while True:
            try:
                i = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            sender, rcpts, raw = messages[i % len(messages)]
            t0 = time.perf_counter()
            try:
                _, reply = await aiosmtplib.send(raw, sender=sender, recipients=list(rcpts), hostname="127.0.0.1",
                                                 port=port, start_tls=False, timeout=120)
                latencies.append(time.perf_counter() - t0)
                replies[_outcome(reply)] += 1
            except aiosmtplib.SMTPResponseException as e:
                errors += 1
                replies[f"{e.code}"] += 1
            except Exception:
                errors += 1
                replies["error"] += 1

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - t0
    latencies.sort()
    ok = len(latencies)
    return {
        "msgs_per_s": ok / elapsed if elapsed else 0.0,
        "p50_ms": statistics.median(latencies) * 1000 if latencies else 0.0,
        "p99_ms": latencies[min(ok - 1, int(ok * 0.99))] * 1000 if latencies else 0.0,
        "errors": errors,
        "sent": ok,
        "replies": dict(replies),
        "elapsed_s": elapsed,
    }


def _outcome(reply: str) -> str:
    if "guidance sent" in reply:
        return "bounce"
    if "held for review" in reply:
        return "quarantine"
    return "delivered"


def sink_counts(path: Path) -> dict[str, int]:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {"all": 0, "null_sender": 0}


def wait_outbox(path: Path, before: int, expected: int, timeout: float = 300) -> float:
    """Seconds until the sink has seen ``expected`` more null-sender messages (bounces, notices)."""
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        if sink_counts(path)["null_sender"] - before >= expected:
            return time.perf_counter() - t0
        time.sleep(0.1)
    return float("nan")


def wait_port(port: int, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                s.recv(100)
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"port {port} did not open")


# --- the gateway's processes: CPU, memory, profile --------------------------------------------


def process_tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (from /proc)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                todo += [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                pass
    return out


def _ppid(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return 0


def is_scanner(pid: int, root: int) -> bool:
    """A scanner process of the gateway ``root``: forked by a scanner template (a child of the gateway),
    so two generations below it; its command line is the gateway's own and says nothing."""
    parent = _ppid(pid)
    return pid != root and parent not in (root, 0) and _ppid(parent) != 0


def cpu_seconds(pids: list[int]) -> float:
    total = 0
    for p in pids:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, IndexError, ValueError):
            pass
    return total / os.sysconf("SC_CLK_TCK")


def rss_pss_kib(pids: list[int]) -> tuple[int, int]:
    """Summed RSS and PSS in KiB (PSS: shared pages split between the processes that map them)."""
    rss = pss = 0
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except OSError:
            pass
    return rss, pss


def memory_mb(pids: list[int]) -> dict[str, float]:
    """Summed RSS and PSS in MiB, and the number of processes."""
    rss, pss = rss_pss_kib(pids)
    return {"rss_mb": round(rss / 1024, 1), "pss_mb": round(pss / 1024, 1), "processes": len(pids)}


def plain_messages() -> list[Message]:
    return [("bench@example.fgov.be", (f"rcpt{i}@partner.example",), make_message(i)) for i in range(50)]


def mix_messages(n: int) -> tuple[list[Message], str]:
    sys.path.insert(0, str(ROOT / "bench"))
    from mix import build_mix, describe

    mix = build_mix(n)
    return [(m.sender, m.rcpts, m.raw) for m in mix], describe(mix)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=None, help="messages per target (default 2000, --mix 1500)")
    ap.add_argument("-c", type=int, default=20, help="concurrent client connections")
    ap.add_argument("--workers", type=int, default=1, help="gateway worker processes (0 = one per core)")
    ap.add_argument("--scan-processes", type=int, default=0, help="scanner processes per worker (0 = cores)")
    ap.add_argument("--mix", action="store_true", help="the realistic mix of bench/mix.py instead of 10 KB prose")
    ap.add_argument("--mix-size", type=int, default=300, help="distinct messages in the mix")
    ap.add_argument("--no-dpo", action="store_true", help="no DPO notices (only guidance bounces in the outbox)")
    ap.add_argument("--profile", metavar="PREFIX", help="py-spy the gateway during the measured run")
    ap.add_argument("--root", type=Path, default=ROOT,
                    help="the checkout whose gateway and pass-through relay run (default: this one)")
    ap.add_argument("--role", choices=["sink", "passthrough"], help=argparse.SUPPRESS)
    ap.add_argument("--port", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--upstream-port", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--count-file", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.role == "sink":
        role_sink(args.port, args.count_file)
        return 0
    if args.role == "passthrough":
        sys.path.insert(0, str(args.root))  # before the first import of gateway
        role_passthrough(args.port, args.upstream_port)
        return 0
    n = args.n or (1500 if args.mix else 2000)
    workers = args.workers or (os.cpu_count() or 1)

    if args.mix:
        messages, described = mix_messages(args.mix_size)
    else:
        messages = plain_messages()
        described = f"{len(messages[0][2]) / 1024:.1f} KB of plain prose"
    sink_port, pt_port, gw_port = free_port(), free_port(), free_port()
    procs: list[subprocess.Popen[bytes]] = []
    env = dict(os.environ, PYTHONPATH=str(args.root))
    me = [sys.executable, str(Path(__file__).resolve())]
    with tempfile.TemporaryDirectory() as tmp:
        counts = Path(tmp) / "sink.json"
        try:
            procs.append(subprocess.Popen([*me, "--role", "sink", "--port", str(sink_port),
                                           "--count-file", str(counts)], env=env))
            wait_port(sink_port)
            procs.append(subprocess.Popen([*me, "--role", "passthrough", "--root", str(args.root),
                                           "--port", str(pt_port), "--upstream-port", str(sink_port)], env=env))
            gw_env = dict(env, DLPGW_LISTEN=f"127.0.0.1:{gw_port}", DLPGW_METRICS_LISTEN="",
                          DLPGW_UPSTREAM_URL=f"smtp://127.0.0.1:{sink_port}", DLPGW_UPSTREAM_STARTTLS="off",
                          DLPGW_WORKERS=str(workers), DLPGW_SCAN_PROCESSES=str(args.scan_processes),
                          DLPGW_POLICY_FILE=str(args.root / "policies" / "default.yaml"),
                          DLPGW_STATE_DIR=str(Path(tmp) / "var"), DLPGW_LOG_LEVEL="WARNING",
                          DLPGW_DPO_ADDRESS="" if args.no_dpo else "dpo@example.fgov.be",
                          DLPGW_HOSTNAME="gw.example.fgov.be")
            gw = subprocess.Popen([sys.executable, "-m", "gateway", "serve"], env=gw_env, cwd=tmp)
            procs.append(gw)
            wait_port(pt_port)
            wait_port(gw_port)
            # warm-up, then the measured runs, interleaved so both see the same machine state
            asyncio.run(load(pt_port, 100, args.c, messages))
            warm = asyncio.run(load(gw_port, 100, args.c, messages))
            wait_outbox(counts, 0, _outbox_items(warm, args.no_dpo), timeout=120)
            pt_cpu0 = cpu_seconds([procs[1].pid])
            pt = asyncio.run(load(pt_port, n, args.c, messages))
            pt_cpu = cpu_seconds([procs[1].pid]) - pt_cpu0
            tree = process_tree(gw.pid)
            spy = _start_profile(args.profile, gw.pid) if args.profile else None
            loops = [p for p in tree if not is_scanner(p, gw.pid)]
            before_null, cpu0, loop0 = sink_counts(counts)["null_sender"], cpu_seconds(tree), cpu_seconds(loops)
            g = asyncio.run(load(gw_port, n, args.c, messages))
            expected = _outbox_items(g, args.no_dpo)
            drain_s = wait_outbox(counts, before_null, expected)
            # scanners forked during the run (replacements of recycled or cold ones) count from their start
            cpu = cpu_seconds(tree) - cpu0 + cpu_seconds([p for p in process_tree(gw.pid) if p not in tree])
            loop_cpu = cpu_seconds(loops) - loop0
            if spy is not None:
                spy.send_signal(signal.SIGINT)
                spy.wait(60)
            mem = memory_mb(process_tree(gw.pid))
        finally:
            for proc in reversed(procs):
                proc.terminate()
            for proc in procs:
                try:
                    proc.wait(30)
                except subprocess.TimeoutExpired:
                    proc.kill()
    print(f"messages: {n} of {described}; concurrency {args.c}, gateway workers {workers}")
    for name, r in (("pass-through relay", pt), ("dlp-gateway", g)):
        print(f"{name:<20} {r['msgs_per_s']:8.1f} msgs/s  p50 {r['p50_ms']:7.1f} ms  p99 {r['p99_ms']:7.1f} ms"
              f"  errors {r['errors']}  {r['replies']}")
    ratio = g["msgs_per_s"] / pt["msgs_per_s"] if pt["msgs_per_s"] else 0.0
    per_core = g["sent"] / cpu if cpu else 0.0
    print(f"pass-through: {1000 * pt_cpu / max(pt['sent'], 1):.2f} CPU ms/msg")
    print(f"gateway: {expected} outbox messages (bounces, notices) all at the sink {drain_s:.1f} s after the "
          f"last reply; {cpu:.1f} CPU s over the run = {per_core:.0f} msgs per CPU second "
          f"({1000 / per_core if per_core else 0:.1f} ms/msg: {1000 * loop_cpu / max(g['sent'], 1):.1f} in the event "
          f"loop process(es), {1000 * (cpu - loop_cpu) / max(g['sent'], 1):.1f} in the scanners); "
          f"{mem['processes']} processes, RSS {mem['rss_mb']} MB, PSS {mem['pss_mb']} MB")
    if args.profile:
        from profile_stages import report

        print(report(Path(args.profile + ".txt")))
    print(json.dumps({
        "mode": "mix" if args.mix else "plain",
        "gateway_msgs_per_s": round(g["msgs_per_s"], 1),
        "passthrough_msgs_per_s": round(pt["msgs_per_s"], 1),
        "ratio": round(ratio, 3),
        "p99_ms": round(g["p99_ms"], 1),
        "p50_ms": round(g["p50_ms"], 1),
        "passthrough_p99_ms": round(pt["p99_ms"], 1),
        "workers": workers,
        "n": n,
        "concurrency": args.c,
        "errors": g["errors"] + pt["errors"],
        "replies": g["replies"],
        "outbox_messages": expected,
        "outbox_drain_s": round(drain_s, 2),
        "gateway_cpu_s": round(cpu, 2),
        "msgs_per_cpu_s": round(per_core, 1),
        "loop_cpu_ms_per_msg": round(1000 * loop_cpu / max(g["sent"], 1), 2),
        "passthrough_cpu_ms_per_msg": round(1000 * pt_cpu / max(pt["sent"], 1), 2),
        "scanner_cpu_ms_per_msg": round(1000 * (cpu - loop_cpu) / max(g["sent"], 1), 2),
        **{f"gateway_{k}": v for k, v in mem.items()},
    }))
    return 0


def _outbox_items(result: dict[str, Any], no_dpo: bool) -> int:
    r = result["replies"]
    return r.get("bounce", 0) * (1 if no_dpo else 2) + (0 if no_dpo else r.get("quarantine", 0))


def _start_profile(prefix: str, pid: int) -> subprocess.Popen[bytes] | None:
    import shutil

    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(spy).exists():
        print("py-spy not installed (pip install py-spy): no profile", file=sys.stderr)
        return None
    # --gil: only samples of a thread holding the GIL, i.e. running Python (not waiting for it,
    # nor in fsync or a C call that released it): CPU time of the Python code
    proc = subprocess.Popen([spy, "record", "--pid", str(pid), "--subprocesses", "--format", "raw", "--rate", "100",
                             "--gil", "--nonblocking", "--output", prefix + ".txt"], stdout=subprocess.DEVNULL)
    time.sleep(1.0)  # attached before the load starts
    return proc


if __name__ == "__main__":
    raise SystemExit(main())
