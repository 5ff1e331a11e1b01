"""Restart storm: the gateway (and, under the same storm, the pass-through relay) SIGKILLed and
restarted over and over while the upstream flaps and ten clients keep sending and retrying.

For each target, for ``--duration`` seconds (default 60):

- a supervisor loop (this script) starts the target in its own process group and, every 2-4 s,
  with probability 1/2, kills the whole group with SIGKILL and starts it again at once (as
  systemd ``Restart=always`` or a kubelet does after an OOM kill);
- the upstream sink goes away (its listener closed, open sessions cut) for 1-3 s every 4-8 s
  and comes back; it records the Message-ID of every message whose data it received;
- 10 clients send messages one at a time (a fifth with a national number to a citizen, which the
  gateway holds and bounces), each message retried on any failure (refused connection, cut
  session, 4xx) with a backoff of 0.2 s doubling to 2 s, and given up when it is still not
  accepted ``--give-up`` seconds after it was first tried *and* after the storm ended (a real
  MTA retries for days; the storm's own length must not count against the target).

The kill and flap schedules come from ``--seed``: both targets get the same storm. After the
storm, kills and flaps stop, the clients finish the messages they were retrying, and the script
counts per target: accepted (250), never accepted (given up), lost (accepted but neither
delivered to the sink nor held in the quarantine), duplicates (delivered more than once) and,
for the gateway, guidance bounces not delivered yet. The last line is one JSON object.

    python bench/storm.py [--duration 60] [--seed 7] [--workers 1] [--only gateway|passthrough]
                          [--gateway-root DIR]   # e.g. an export of another branch

The gateway's count depends on its start-up time (the first 250 after exec): every kill costs
one start-up (the scanner work makes it <= 1 s; 6-8 s before). A benchmark, not a test: it takes
about 2 x (duration + start-up) and at most 2 x (duration + give-up).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from relay import free_port, wait_port  # noqa: E402  (bench/relay.py, the sibling benchmark)

NN = "85.07.30-033.28"  # a valid Belgian national register number (stdnum.be.nn)
KEY = "22" * 32


# --- the flapping sink (a child process) ---------------------------------------------------------


def role_sink(port: int, record: str, seed: int, duration: float) -> None:
    """Accept everything, append each Message-ID to ``record``; go away now and then until ``duration``."""
    from aiosmtpd.smtp import SMTP

    out = open(record, "a", encoding="utf-8", buffering=1)  # noqa: SIM115 - lives as long as the process
    sessions: set[Any] = set()

    class Sink:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            mid, ref = "", ""
            for line in bytes(envelope.original_content).split(b"\r\n\r\n", 1)[0].split(b"\r\n"):
                low = line.lower()
                if low.startswith(b"message-id:"):
                    mid = line.split(b":", 1)[1].strip().decode("ascii", "replace")
                elif low.startswith(b"x-dlp-reference:"):
                    ref = line.split(b":", 1)[1].strip().decode("ascii", "replace")
            sender = "<>" if envelope.mail_from in ("", "<>") else "s"
            out.write(f"{sender}\t{mid}\t{ref}\n")
            return "250 2.0.0 Ok"

    class Proto(SMTP):
        def connection_made(self, transport: Any) -> None:
            sessions.add(transport)
            super().connection_made(transport)

        def connection_lost(self, exc: Exception | None) -> None:
            sessions.discard(self.transport)
            super().connection_lost(exc)

    async def main() -> None:
        rng = random.Random(seed)
        loop = asyncio.get_running_loop()
        t_end = time.monotonic() + duration
        while True:
            srv = await loop.create_server(lambda: Proto(Sink(), data_size_limit=None), "127.0.0.1", port,
                                           reuse_address=True)
            await asyncio.sleep(rng.uniform(4, 8))
            if time.monotonic() >= t_end:
                await srv.serve_forever()  # the storm is over: stay up
            srv.close()
            for t in list(sessions):
                t.abort()
            await asyncio.sleep(rng.uniform(1, 3))

    asyncio.run(main())


# --- the clients ---------------------------------------------------------------------------------------


@dataclass
class Tally:
    accepted: dict[str, str] = field(default_factory=dict)  # Message-ID -> "" (relayed) or queue id (held)
    never_accepted: int = 0
    refused: int = 0  # 5xx: the client bounces it (none expected)
    attempts: int = 0


def client_message(target: str, client: int, seq: int, personal: bool) -> tuple[str, str, bytes]:
    mid = f"<storm-{target}-{client}-{seq}@bench.example.fgov.be>"
    rcpt = f"burger{client}@gmail.com" if personal else f"collega{client}@partner.example"
    body = (f"Dossier van dhr. Jan Peeters, rijksregisternummer {NN}, is goedgekeurd.\r\n" if personal
            else "De vergadering van donderdag gaat door in zaal 3. Agenda volgt.\r\n")
    raw = (f"From: <medewerker{client}@example.fgov.be>\r\nTo: <{rcpt}>\r\nSubject: Storm {seq}\r\n"
           f"Message-ID: {mid}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
           f"Content-Language: nl-BE\r\n\r\n{body}").encode()
    return mid, rcpt, raw


async def run_clients(target: str, port: int, n: int, storm_end: float, give_up: float, tally: Tally) -> None:
    import aiosmtplib

    async def client(c: int) -> None:
        seq = 0
        while time.monotonic() < storm_end:
            seq += 1
            mid, rcpt, raw = client_message(target, c, seq, personal=(c + seq) % 5 == 0)
            deadline, backoff = max(time.monotonic(), storm_end) + give_up, 0.2
            while True:
                tally.attempts += 1
                try:
                    _, reply = await aiosmtplib.send(raw, sender=f"medewerker{c}@example.fgov.be", recipients=[rcpt],
                                                     hostname="127.0.0.1", port=port, start_tls=False, timeout=30)
                    tally.accepted[mid] = reply.split("held as ", 1)[1].split(",")[0] if "held as" in reply else ""
                    break
                except aiosmtplib.SMTPResponseException as e:
                    if e.code >= 500:
                        tally.refused += 1
                        break
                except Exception:  # refused connection, cut session, timeout: retry
                    pass
                if time.monotonic() + backoff > deadline:
                    tally.never_accepted += 1
                    break
                await asyncio.sleep(backoff)
                backoff = min(2.0, backoff * 2)

    await asyncio.gather(*(client(c) for c in range(n)))


# --- one target under the storm ---------------------------------------------------------------------


def storm(target: str, args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    sink_port, port = free_port(), free_port()
    record = tmp / f"{target}-sink.tsv"
    record.touch()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    state = tmp / f"{target}-state"
    if target == "gateway":
        cmd = [sys.executable, "-m", "gateway", "serve"]
        if args.gateway_root:  # another checkout's gateway (e.g. a branch), same storm
            env["PYTHONPATH"] = str(Path(args.gateway_root).resolve())
        env.update(DLPGW_LISTEN=f"127.0.0.1:{port}", DLPGW_METRICS_LISTEN="", DLPGW_WORKERS=str(args.workers),
                   DLPGW_SCAN_PROCESSES=str(args.scan_processes), DLPGW_UPSTREAM_URL=f"smtp://127.0.0.1:{sink_port}",
                   DLPGW_UPSTREAM_STARTTLS="off", DLPGW_UPSTREAM_CONNECT_TIMEOUT="2", DLPGW_UPSTREAM_TIMEOUT="10",
                   DLPGW_OUTBOX_INTERVAL="2", DLPGW_POLICY_FILE=str(ROOT / "policies" / "default.yaml"),
                   DLPGW_STATE_DIR=str(state), DLPGW_QUARANTINE_KEY=KEY, DLPGW_LOG_LEVEL="ERROR",
                   DLPGW_HOSTNAME="gw.example.fgov.be")
    else:
        cmd = [sys.executable, str(ROOT / "bench" / "relay.py"), "--role", "passthrough", "--port", str(port),
               "--upstream-port", str(sink_port)]
    sink = subprocess.Popen([sys.executable, __file__, "--role", "sink", "--port", str(sink_port), "--record",
                             str(record), "--seed", str(args.seed), "--duration", str(args.duration)], env=env)
    wait_port(sink_port)
    rng = random.Random(args.seed + 1)
    kills = 0
    tally = Tally()
    t0 = time.monotonic()
    storm_end = t0 + args.duration

    def start() -> subprocess.Popen[bytes]:
        return subprocess.Popen(cmd, env=env, cwd=tmp, start_new_session=True, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)

    proc = start()

    async def supervise() -> None:
        nonlocal proc, kills
        next_tick = time.monotonic() + rng.uniform(2, 4)
        while time.monotonic() < storm_end:
            await asyncio.sleep(0.05)
            if proc.poll() is not None:  # died on its own: restart at once too
                proc = start()
            if time.monotonic() >= next_tick:
                next_tick += rng.uniform(2, 4)
                if rng.random() < 0.5:
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()
                    kills += 1
                    proc = start()

    async def main() -> None:
        await asyncio.gather(supervise(), run_clients(target, port, args.clients, storm_end, args.give_up, tally))

    try:
        asyncio.run(main())
        wall = time.monotonic() - t0
        bounces_missing = 0
        held_ok: set[str] = set()
        if target == "gateway":
            held_ok, bounces_missing = _held_and_bounces(state, tally, record, args.bounce_wait)
        delivered: dict[str, int] = {}
        for line in record.read_text(encoding="utf-8").splitlines():
            sender, mid, _ = ([*line.split("\t"), "", ""])[:3]
            if sender != "<>" and mid:
                delivered[mid] = delivered.get(mid, 0) + 1
        lost = [m for m, qid in tally.accepted.items() if m not in delivered and not (qid and qid in held_ok)]
        duplicates = sum(1 for m in tally.accepted if delivered.get(m, 0) > 1)
    finally:
        for p in (proc, sink):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(p.pid, signal.SIGTERM) if p is proc else p.terminate()
        for p in (proc, sink):
            try:
                p.wait(30)
            except subprocess.TimeoutExpired:
                p.kill()
    return {
        "accepted": len(tally.accepted),
        "held": sum(1 for q in tally.accepted.values() if q),
        "never_accepted": tally.never_accepted,
        "refused_5xx": tally.refused,
        "lost": len(lost),
        "duplicates": duplicates,
        "bounces_not_delivered": bounces_missing,
        "kills": kills,
        "attempts": tally.attempts,
        "wall_s": round(wall, 1),
    }


def _held_and_bounces(state: Path, tally: Tally, record: Path, wait: float) -> tuple[set[str], int]:
    """Queue ids of the accepted held messages found in the quarantine; guidance bounces still missing."""
    from gateway.quarantine import QuarantineStore

    qids = {q for q in tally.accepted.values() if q}
    if not qids:
        return set(), 0
    store = QuarantineStore(f"sqlite:///{(state / 'quarantine.sqlite').resolve()}", bytes.fromhex(KEY))
    try:
        held = {q for q in qids if (m := store.get_sync(q)) is not None and m.status == "held"}
    finally:
        store.close()
    deadline = time.monotonic() + wait
    while True:
        bounced = {([*line.split("\t"), "", ""])[2] for line in record.read_text(encoding="utf-8").splitlines()
                   if line.startswith("<>\t")}
        missing = len(qids - bounced)
        if missing == 0 or time.monotonic() > deadline:
            return held, missing
        time.sleep(0.5)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--duration", type=float, default=60.0, help="seconds of storm per target")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--clients", type=int, default=10)
    ap.add_argument("--give-up", type=float, default=60.0,
                    help="seconds a client keeps retrying a message (counted from the storm's end at the earliest)")
    ap.add_argument("--bounce-wait", type=float, default=30.0, help="seconds to wait for outstanding bounces")
    ap.add_argument("--workers", type=int, default=1, help="gateway workers")
    ap.add_argument("--scan-processes", type=int, default=1, help="scanner processes per gateway worker")
    ap.add_argument("--only", choices=["gateway", "passthrough"])
    ap.add_argument("--gateway-root", help="run the gateway package found in this directory instead")
    ap.add_argument("--role", choices=["sink"], help=argparse.SUPPRESS)
    ap.add_argument("--port", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--record", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.role == "sink":
        role_sink(args.port, args.record, args.seed, args.duration)
        return 0
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for target in ("passthrough", "gateway"):
            if args.only and target != args.only:
                continue
            results[target] = storm(target, args, Path(tmp))
            r = results[target]
            print(f"{target:<12} accepted {r['accepted']:6d} (held {r['held']})  never accepted {r['never_accepted']}"
                  f"  lost {r['lost']}  duplicates {r['duplicates']}  bounces not delivered "
                  f"{r['bounces_not_delivered']}  kills {r['kills']}  wall {r['wall_s']} s", flush=True)
    summary: dict[str, Any] = {"duration_s": args.duration, "seed": args.seed, "clients": args.clients}
    for target, r in results.items():
        summary.update({f"{target}_{k}": v for k, v in r.items()})
    if "gateway" in results and "passthrough" in results and results["passthrough"]["accepted"]:
        summary["ratio"] = round(results["gateway"]["accepted"] / results["passthrough"]["accepted"], 3)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
