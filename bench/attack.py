"""Attack benchmark: connection floods, AUTH floods and slowloris DATA against ``dlp-gateway serve``.

Starts (each in its own process) an aiosmtpd sink and the gateway (one worker, default limits,
STARTTLS with a certificate made here, AUTH against a credentials file made here), with
``DLPGW_ALLOWED_NETWORKS=127.0.0.1/32``: 127.0.0.2 and up are clients *outside* the allowed
networks, who may only authenticate. Then, in this order:

1. baseline: an allowed client (127.0.0.1) sends small clean messages; latency p50 / p99;
2. idle flood: 1,000 connections from one non-allowed address (then from ten), held open and
   re-opened when refused, while the allowed client sends messages: each must be accepted
   within 2 s (issue 11: 600 idle connections locked every allowed client out);
3. AUTH flood: 4 TLS connections from a non-allowed address send wrong passwords as fast as the
   gateway answers, while the allowed client sends messages: its p99 must stay <= 0.2 s (was
   5-6 s). Run twice: against the defaults (the flood is soon locked out) and against a second
   gateway whose throttling is switched off (every attempt runs scrypt: shows it is off the
   event loop). On that one, also: AUTH time of an unknown vs a known user (user enumeration:
   was 85 vs 48 ms), and whether the right password works after 200 failures (it did);
4. slowloris DATA: allowed clients send DATA at 1 byte/s; how long each holds its slot (was ~690 s).

Prints the figures; the last line is one JSON object.

    python bench/attack.py [--flood 1000] [--seconds 12]

A benchmark, not a test: figures vary run to run on a shared 2-core machine.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import datetime as dt
import ipaddress
import json
import os
import re
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PASSWORD = "bench correct horse"
OUTSIDE = "127.0.0.2"
CLEAN = (
    "From: Bench <bench@example.fgov.be>\r\nTo: <partner@example.org>\r\nSubject: Planning\r\n"
    "Message-ID: <{i}@bench.example.fgov.be>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
    "\r\nHello,\r\n\r\nThe meeting moves to Thursday at ten.\r\n\r\nRegards,\r\nBench\r\n"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def role_sink(port: int) -> None:
    from aiosmtpd.smtp import SMTP

    class Sink:
        async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
            return "250 2.0.0 Ok"

    async def main() -> None:
        loop = asyncio.get_running_loop()
        srv = await loop.create_server(lambda: SMTP(Sink(), data_size_limit=None), "127.0.0.1", port)
        async with srv:
            await srv.serve_forever()

    asyncio.run(main())


def make_cert(tmp: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                    x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                       critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp / "cert.pem", tmp / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


def wait_port(port: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                s.recv(100)
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"port {port} did not open")


class Gateway:
    """``dlp-gateway serve`` in its own process with the bench's settings (+ overrides)."""

    def __init__(self, tmp: Path, sink_port: int, cert: Path, key: Path, users: Path, name: str, **extra: str):
        self.port, self.mport = free_port(), free_port()
        state = tmp / name
        state.mkdir()
        env = dict(os.environ, PYTHONPATH=str(ROOT), DLPGW_LISTEN=f"127.0.0.1:{self.port}",
                   DLPGW_METRICS_LISTEN=f"127.0.0.1:{self.mport}", DLPGW_UPSTREAM_URL=f"smtp://127.0.0.1:{sink_port}",
                   DLPGW_UPSTREAM_STARTTLS="off", DLPGW_WORKERS="1", DLPGW_ALLOWED_NETWORKS="127.0.0.1/32",
                   DLPGW_TLS_CERT_FILE=str(cert), DLPGW_TLS_KEY_FILE=str(key), DLPGW_AUTH_FILE=str(users),
                   DLPGW_POLICY_FILE=str(ROOT / "policies" / "default.yaml"), DLPGW_STATE_DIR=str(state / "var"),
                   DLPGW_LOG_LEVEL="ERROR", **{f"DLPGW_{k.upper()}": v for k, v in extra.items()})
        self.proc = subprocess.Popen([sys.executable, "-m", "gateway", "serve"], env=env, cwd=state)
        wait_port(self.port)

    def metrics(self) -> dict[str, float]:
        text = urllib.request.urlopen(f"http://127.0.0.1:{self.mport}/metrics", timeout=10).read().decode()
        out: dict[str, float] = {}
        for m in re.finditer(r'^(dlpgw_(?:smtp_rejections|auth_attempts|auth_lockouts)_total)\{\w+="(\w+)"\} (\S+)$',
                             text, re.M):
            out[f"{m.group(1).removeprefix('dlpgw_').removesuffix('_total')}.{m.group(2)}"] = float(m.group(3))
        return out

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            self.proc.kill()


# --- SMTP client pieces ---------------------------------------------------------------------------


async def reply(reader: asyncio.StreamReader) -> bytes:
    """One (possibly multi-line) reply; its last line."""
    while True:
        line = await reader.readline()
        if not line:
            raise ConnectionError("closed")
        if line[3:4] != b"-":
            return line.rstrip()


async def send_clean(port: int, i: int) -> tuple[float, bytes]:
    """An allowed client's whole transaction on a new connection: (seconds to the final reply, reply)."""
    t0 = time.perf_counter()
    reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=("127.0.0.1", 0))
    try:
        last = await reply(reader)
        if not last.startswith(b"220"):
            return time.perf_counter() - t0, last
        for cmd in (b"EHLO bench.test", b"MAIL FROM:<bench@example.fgov.be>", b"RCPT TO:<partner@example.org>",
                    b"DATA"):
            writer.write(cmd + b"\r\n")
            last = await reply(reader)
            if last[:1] not in (b"2", b"3"):
                return time.perf_counter() - t0, last
        writer.write(CLEAN.format(i=i).encode() + b".\r\n")
        last = await reply(reader)
        writer.write(b"QUIT\r\n")
        return time.perf_counter() - t0, last
    finally:
        writer.close()


async def sender(port: int, stop: asyncio.Event, out: list[tuple[float, bytes]], start: int, pause: float) -> None:
    i = start
    while not stop.is_set():
        try:
            out.append(await asyncio.wait_for(send_clean(port, i), 30))
        except (OSError, ConnectionError, TimeoutError) as e:
            out.append((30.0, f"error {type(e).__name__}".encode()))
        i += 1
        await asyncio.sleep(pause)


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


# --- 2. idle flood --------------------------------------------------------------------------------


async def idle_flood(port: int, n: int, sources: list[str], seconds: float, retry: float) -> dict[str, float]:
    held: list[asyncio.StreamWriter] = []
    counts = {"held": 0, "refused": 0, "attempts": 0, "errors": 0}
    stop = asyncio.Event()

    async def one(k: int) -> None:
        src = sources[k % len(sources)]
        while not stop.is_set():
            counts["attempts"] += 1
            try:
                reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(src, 0))
                line = await asyncio.wait_for(reply(reader), 10)
            except (OSError, ConnectionError, TimeoutError):
                counts["errors"] += 1
                await asyncio.sleep(1)
                continue
            if line.startswith(b"220"):
                counts["held"] += 1
                held.append(writer)
                try:  # idle: say nothing, wait until the gateway gives up on us
                    await asyncio.wait_for(reader.read(), seconds + 30)
                except (TimeoutError, OSError):
                    pass
                counts["held"] -= 1
            else:
                counts["refused"] += 1
            writer.close()
            await asyncio.sleep(retry)  # and come back

    tasks = [asyncio.create_task(one(k)) for k in range(n)]
    await asyncio.sleep(3)  # let the flood take what it can
    peak_held = counts["held"]
    results: list[tuple[float, bytes]] = []
    await sender(port, _after(seconds), results, 0, 0.5)
    stop.set()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    for w in held:
        w.close()
    ok = [t for t, r in results if r.startswith(b"250")]
    return {"held": peak_held, "attempts": counts["attempts"], "refused": counts["refused"],
            "messages": len(results), "accepted": len(ok), "max_s": max((t for t, _ in results), default=0.0),
            "p50_s": pct(ok, 0.5), "attempts_per_s": counts["attempts"] / (seconds + 3)}


def _after(seconds: float) -> asyncio.Event:
    ev = asyncio.Event()
    asyncio.get_running_loop().call_later(seconds, ev.set)
    return ev


# --- 3. AUTH flood --------------------------------------------------------------------------------


async def tls_session(port: int, ctx: ssl.SSLContext, source: str) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(source, 0))
    await reply(reader)
    writer.write(b"EHLO flood.test\r\n")
    await reply(reader)
    writer.write(b"STARTTLS\r\n")
    await reply(reader)
    await writer.start_tls(ctx, server_hostname="localhost")
    writer.write(b"EHLO flood.test\r\n")
    await reply(reader)
    return reader, writer


def plain(user: str, password: str) -> bytes:
    return b"AUTH PLAIN " + base64.b64encode(f"\0{user}\0{password}".encode())


async def auth_flood(port: int, ctx: ssl.SSLContext, conns: int, seconds: float, user: str) -> dict[str, float]:
    stop = _after(seconds)
    answers: dict[str, int] = {}

    async def one() -> None:
        while not stop.is_set():
            try:
                reader, writer = await tls_session(port, ctx, OUTSIDE)
            except (OSError, ConnectionError, ssl.SSLError):
                await asyncio.sleep(0.5)
                continue
            try:
                while not stop.is_set():
                    writer.write(plain(user, "wrong password") + b"\r\n")
                    code = (await reply(reader))[:3].decode()
                    answers[code] = answers.get(code, 0) + 1
            except (OSError, ConnectionError, ssl.SSLError):
                pass
            finally:
                writer.close()

    floods = [asyncio.create_task(one()) for _ in range(conns)]
    await asyncio.sleep(0.5)
    results: list[tuple[float, bytes]] = []
    await sender(port, stop, results, 10_000, 0.05)
    await asyncio.gather(*floods, return_exceptions=True)
    ok = [t for t, r in results if r.startswith(b"250")]
    return {"messages": len(results), "accepted": len(ok), "p50_s": pct(ok, 0.5), "p99_s": pct(ok, 0.99),
            "auth_answers": answers}


async def enumeration(port: int, ctx: ssl.SSLContext, rounds: int) -> tuple[float, float]:
    """Median AUTH time (ms) of an unknown and of a known user with a wrong password, measured
    alternately on two sessions so that the machine's drift affects both alike."""
    sessions = [await tls_session(port, ctx, OUTSIDE) for _ in range(2)]
    times: dict[str, list[float]] = {"nobody": [], "scanner": []}
    try:
        for _ in range(rounds):
            for (reader, writer), user in zip(sessions, times, strict=True):
                t0 = time.perf_counter()
                writer.write(plain(user, "guess") + b"\r\n")
                await reply(reader)
                times[user].append(time.perf_counter() - t0)
    finally:
        for _, writer in sessions:
            writer.close()
    return statistics.median(times["nobody"]) * 1000, statistics.median(times["scanner"]) * 1000


async def auth_time(port: int, ctx: ssl.SSLContext, user: str, password: str, n: int) -> tuple[float, bytes]:
    """Median seconds of one AUTH exchange (over an established TLS session), and the last reply."""
    reader, writer = await tls_session(port, ctx, OUTSIDE)
    times, last = [], b""
    try:
        for _ in range(n):
            t0 = time.perf_counter()
            writer.write(plain(user, password) + b"\r\n")
            last = await reply(reader)
            times.append(time.perf_counter() - t0)
            if last.startswith(b"235"):
                break
    finally:
        writer.close()
    return statistics.median(times), last


# --- 4. slowloris DATA ----------------------------------------------------------------------------


async def slowloris(port: int, conns: int, limit: float) -> dict[str, float]:
    async def one() -> float:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        await reply(reader)
        for cmd in (b"EHLO slow.test", b"MAIL FROM:<slow@example.fgov.be>", b"RCPT TO:<x@example.org>", b"DATA"):
            writer.write(cmd + b"\r\n")
            await reply(reader)
        t0 = time.perf_counter()
        try:
            while time.perf_counter() - t0 < limit:
                writer.write(b"x")  # one byte a second
                try:
                    line = await asyncio.wait_for(reader.readline(), 1.0)
                except TimeoutError:
                    continue
                if line or reader.at_eof():
                    break
        except (OSError, ConnectionError):
            pass
        finally:
            writer.close()
        return time.perf_counter() - t0

    held = await asyncio.gather(*(one() for _ in range(conns)))
    return {"connections": conns, "max_held_s": max(held), "min_held_s": min(held)}


# --- main -----------------------------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--flood", type=int, default=1000, help="idle connections of the flood")
    ap.add_argument("--seconds", type=float, default=12.0, help="duration of each flood")
    ap.add_argument("--retry", type=float, default=5.0, help="seconds before a refused flood connection comes back")
    ap.add_argument("--role", choices=["sink"], help=argparse.SUPPRESS)
    ap.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.role == "sink":
        role_sink(args.port)
        return 0

    from gateway.auth import hash_password

    out: dict[str, object] = {}
    sink_port = free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with tempfile.TemporaryDirectory() as tmpname:
        tmp = Path(tmpname)
        cert, key = make_cert(tmp)
        users = tmp / "users"
        users.write_text(f"scanner:{hash_password(PASSWORD)}\n")
        ctx = ssl.create_default_context(cafile=str(cert))
        sink = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--role", "sink", "--port",
                                 str(sink_port)], env=env)
        gws: list[Gateway] = []
        try:
            wait_port(sink_port)
            gw = Gateway(tmp, sink_port, cert, key, users, "defaults")
            gws.append(gw)

            async def run_defaults() -> None:
                base: list[tuple[float, bytes]] = []
                for i in range(3):
                    await send_clean(gw.port, -1 - i)  # warm-up
                await sender(gw.port, _after(5), base, 100, 0.05)
                ok = [t for t, r in base if r.startswith(b"250")]
                out["baseline"] = {"messages": len(base), "p50_s": pct(ok, 0.5), "p99_s": pct(ok, 0.99)}
                out["idle_flood_1_address"] = await idle_flood(gw.port, args.flood, [OUTSIDE], args.seconds,
                                                               args.retry)
                ten = [f"127.0.0.{k}" for k in range(2, 12)]
                out["idle_flood_10_addresses"] = await idle_flood(gw.port, args.flood, ten, args.seconds, args.retry)
                out["auth_flood_defaults"] = await auth_flood(gw.port, ctx, 4, args.seconds, "scanner")
                _, last = await auth_time(gw.port, ctx, "scanner", PASSWORD, 1)
                out["right_password_after_flood"] = last.decode()[:60]
                out["slowloris"] = await slowloris(gw.port, 10, 120)

            asyncio.run(run_defaults())
            out["metrics_defaults"] = gw.metrics()
            gw.stop()

            free = Gateway(tmp, sink_port, cert, key, users, "unthrottled", auth_max_failures="1000000",
                           auth_max_failures_per_address="1000000", auth_failure_delay="0")
            gws.append(free)

            async def run_unthrottled() -> None:
                await send_clean(free.port, -9)
                out["auth_flood_unthrottled"] = await auth_flood(free.port, ctx, 4, args.seconds, "scanner")
                await asyncio.sleep(1)  # the flood's last verifications drain
                unknown, known = await enumeration(free.port, ctx, 25)
                out["auth_ms_unknown_user"] = unknown
                out["auth_ms_known_user"] = known
                for _ in range(200 // 15 + 1):
                    await auth_time(free.port, ctx, "scanner", "wrong", 15)
                _, last = await auth_time(free.port, ctx, "scanner", PASSWORD, 1)
                out["right_password_after_200_failures_unthrottled"] = last.decode()[:60]

            asyncio.run(run_unthrottled())
        finally:
            for g in gws:
                g.stop()
            sink.terminate()
            sink.wait(30)

    b, f1, f10 = out["baseline"], out["idle_flood_1_address"], out["idle_flood_10_addresses"]
    a, au, s = out["auth_flood_defaults"], out["auth_flood_unthrottled"], out["slowloris"]
    print("(run on a shared 2-core machine; figures vary run to run)")
    print(f"baseline: allowed client p50 {b['p50_s']:.3f} s, p99 {b['p99_s']:.3f} s over {b['messages']} messages")
    for name, f in (("1 address", f1), ("10 addresses", f10)):
        print(f"idle flood of {args.flood} from {name}: {f['held']} held, {f['refused']} refused of "
              f"{f['attempts']} attempts ({f['attempts_per_s']:.0f}/s); allowed client: {f['accepted']}/"
              f"{f['messages']} accepted, p50 {f['p50_s']:.3f} s, max {f['max_s']:.3f} s (target <= 2 s; "
              f"issue: 421 for everyone)")
    for name, r in (("defaults", a), ("throttling off", au)):
        print(f"AUTH flood, 4 TLS connections ({name}): allowed client p50 {r['p50_s']:.3f} s, "
              f"p99 {r['p99_s']:.3f} s (target <= 0.2 s; issue: 5-6 s); AUTH replies {r['auth_answers']}")
    print(f"AUTH time: unknown user {out['auth_ms_unknown_user']:.1f} ms, known user "
          f"{out['auth_ms_known_user']:.1f} ms (issue: 85 vs 48 ms)")
    print(f"right password after the flood (defaults): {out['right_password_after_flood']}")
    print(f"right password after 200 failures (throttling off): {out['right_password_after_200_failures_unthrottled']}")
    print(f"slowloris DATA at 1 byte/s: slot held {s['min_held_s']:.1f}-{s['max_held_s']:.1f} s "
          f"(issue: ~690 s)")
    summary = {
        "flood_connections": args.flood,
        "flood_1addr_held": f1["held"], "flood_1addr_allowed_max_s": round(f1["max_s"], 3),
        "flood_1addr_allowed_accepted": f"{f1['accepted']}/{f1['messages']}",
        "flood_10addr_held": f10["held"], "flood_10addr_allowed_max_s": round(f10["max_s"], 3),
        "flood_10addr_allowed_accepted": f"{f10['accepted']}/{f10['messages']}",
        "baseline_p99_s": round(b["p99_s"], 3),
        "auth_flood_p99_s": round(a["p99_s"], 3), "auth_flood_unthrottled_p99_s": round(au["p99_s"], 3),
        "auth_ms_unknown_user": round(out["auth_ms_unknown_user"], 1),  # type: ignore[arg-type]
        "auth_ms_known_user": round(out["auth_ms_known_user"], 1),  # type: ignore[arg-type]
        "right_password_during_lockout": out["right_password_after_flood"][:3],  # type: ignore[index]
        "slowloris_max_held_s": round(s["max_held_s"], 1),
        "rejections": {k: v for k, v in out["metrics_defaults"].items() if v},  # type: ignore[union-attr]
    }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
