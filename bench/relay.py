"""Relay benchmark: the gateway vs a pass-through relay built the same way, in the same run.

Starts (each in its own process): an aiosmtpd sink, the gateway (``dlp-gateway serve``) and
a pass-through relay (the gateway's own SMTP front and upstream relay, but no scan and no
policy). Then sends N messages of ~10 KB at concurrency C through each, one new connection per
message, with aiosmtplib. Prints msgs/s and p50/p99 latency for both; the last line is one
JSON object: gateway_msgs_per_s, passthrough_msgs_per_s, ratio, p99_ms, ...

    python bench/relay.py [-n 2000] [-c 20] [--workers 1] [--scan-processes 1]

A benchmark, not a test: figures vary +-30% run to run on a shared 2-core machine; compare the
ratio, which is measured in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

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


def role_sink(port: int) -> None:
    from aiosmtpd.smtp import SMTP

    class Sink:
        async def handle_DATA(self, server, session, envelope):
            return "250 2.0.0 Ok"

    async def main() -> None:
        loop = asyncio.get_running_loop()
        srv = await loop.create_server(lambda: SMTP(Sink(), data_size_limit=None), "127.0.0.1", port)
        async with srv:
            await srv.serve_forever()

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
        metrics_listen="",
    )
    relay = SmtpRelay(settings)

    class PassThrough:
        async def process(self, envelope: Envelope, raw: bytes, peer: str = "") -> str:
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


async def load(port: int, n: int, concurrency: int, messages: list[bytes]) -> dict[str, float]:
    import aiosmtplib

    latencies: list[float] = []
    errors = 0
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
            raw = messages[i % len(messages)]
            t0 = time.perf_counter()
            try:
                await aiosmtplib.send(raw, sender="bench@example.fgov.be", recipients=[f"r{i}@partner.example"],
                                      hostname="127.0.0.1", port=port, start_tls=False, timeout=60)
                latencies.append(time.perf_counter() - t0)
            except Exception:
                errors += 1

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
    }


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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=2000, help="messages per target")
    ap.add_argument("-c", type=int, default=20, help="concurrent client connections")
    ap.add_argument("--workers", type=int, default=1, help="gateway worker processes")
    ap.add_argument("--scan-processes", type=int, default=0, help="scanner processes per worker (0 = cores)")
    ap.add_argument("--role", choices=["sink", "passthrough"], help=argparse.SUPPRESS)
    ap.add_argument("--port", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--upstream-port", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.role == "sink":
        role_sink(args.port)
        return 0
    if args.role == "passthrough":
        role_passthrough(args.port, args.upstream_port)
        return 0

    sink_port, pt_port, gw_port = free_port(), free_port(), free_port()
    procs: list[subprocess.Popen[bytes]] = []
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    me = [sys.executable, str(Path(__file__).resolve())]
    with tempfile.TemporaryDirectory() as tmp:
        try:
            procs.append(subprocess.Popen([*me, "--role", "sink", "--port", str(sink_port)], env=env))
            wait_port(sink_port)
            procs.append(subprocess.Popen([*me, "--role", "passthrough", "--port", str(pt_port),
                                           "--upstream-port", str(sink_port)], env=env))
            gw_env = dict(env, DLPGW_LISTEN=f"127.0.0.1:{gw_port}", DLPGW_METRICS_LISTEN="",
                          DLPGW_UPSTREAM_URL=f"smtp://127.0.0.1:{sink_port}", DLPGW_UPSTREAM_STARTTLS="off",
                          DLPGW_WORKERS=str(args.workers), DLPGW_SCAN_PROCESSES=str(args.scan_processes),
                          DLPGW_POLICY_FILE=str(ROOT / "policies" / "default.yaml"),
                          DLPGW_STATE_DIR=str(Path(tmp) / "var"), DLPGW_LOG_LEVEL="WARNING")
            procs.append(subprocess.Popen([sys.executable, "-m", "gateway", "serve"], env=gw_env, cwd=tmp))
            wait_port(pt_port)
            wait_port(gw_port)
            messages = [make_message(i) for i in range(50)]
            # warm-up, then the measured runs, interleaved so both see the same machine state
            asyncio.run(load(pt_port, 100, args.c, messages))
            asyncio.run(load(gw_port, 100, args.c, messages))
            pt = asyncio.run(load(pt_port, args.n, args.c, messages))
            gw = asyncio.run(load(gw_port, args.n, args.c, messages))
        finally:
            for p in reversed(procs):
                p.terminate()
            for p in procs:
                try:
                    p.wait(30)
                except subprocess.TimeoutExpired:
                    p.kill()
    size_kb = len(messages[0]) / 1024
    print(f"messages: {args.n} x {size_kb:.1f} KB, concurrency {args.c}, gateway workers {args.workers}")
    for name, r in (("pass-through relay", pt), ("dlp-gateway", gw)):
        print(f"{name:<20} {r['msgs_per_s']:8.1f} msgs/s  p50 {r['p50_ms']:7.1f} ms  p99 {r['p99_ms']:7.1f} ms"
              f"  errors {r['errors']}")
    ratio = gw["msgs_per_s"] / pt["msgs_per_s"] if pt["msgs_per_s"] else 0.0
    print(json.dumps({
        "gateway_msgs_per_s": round(gw["msgs_per_s"], 1),
        "passthrough_msgs_per_s": round(pt["msgs_per_s"], 1),
        "ratio": round(ratio, 3),
        "p99_ms": round(gw["p99_ms"], 1),
        "p50_ms": round(gw["p50_ms"], 1),
        "passthrough_p99_ms": round(pt["p99_ms"], 1),
        "workers": args.workers,
        "n": args.n,
        "concurrency": args.c,
        "errors": gw["errors"] + pt["errors"],
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
