"""Benchmark of the human loop: console page times, report generation, replay throughput.

- a quarantine store with 2,000 held messages and 90 days of hourly verdict counts (synthetic,
  content-free rows shaped like the gateway's), served by the real console (uvicorn, loopback);
- p50 / p95 of GET /held, a filtered /held, /held/<id>, /audit and /stats over 30 requests each;
- the HTML report from those 90 days (render time, size);
- ``replay`` of tests/corpus (201 messages) through one scanner process (messages/s, scan only);
- the console process's start-up (import of the web stack) and resident memory.

Prints one line per figure, then one JSON line. Run: .venv/bin/python bench/console.py
"""

from __future__ import annotations

import asyncio
import json
import random
import resource
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    t0 = time.perf_counter()
    import starlette  # noqa: F401
    import uvicorn

    from gateway.console.app import build_console
    web_import_ms = (time.perf_counter() - t0) * 1000
    import httpx

    from gateway.commands.replay import gateway_report_data, replay
    from gateway.config import Settings
    from gateway.console.accounts import UsersFile
    from gateway.model import Decision, Envelope, Finding
    from gateway.policy import load_policy
    from gateway.quarantine import QuarantineStore, VerdictCount
    from gateway.report import render_html

    tmp = Path(tempfile.mkdtemp(prefix="dlpgw-bench-console-"))
    key = "44" * 32
    store = QuarantineStore(f"sqlite:///{tmp / 'quarantine.sqlite'}", bytes.fromhex(key))
    rnd = random.Random(7)
    cats = ["national_id", "financial", "art9", "art10"]
    classes = ["enterprise", "citizen", "institution"]
    domains = ["example.fgov.be", "hr.example.fgov.be", "fin.example.fgov.be"]
    now = time.time()
    for i in range(2000):
        c = rnd.choice(cats)
        d = Decision("bounce", f"{c} for enterprise recipient", (c,), (rnd.choice(classes),))
        store.hold_sync(f"{i:012X}", Envelope(f"user{i}@{rnd.choice(domains)}", (f"x{i}@acme.be",)),
                        b"Subject: t\r\n\r\nbody\r\n", d, [Finding("ART9_HEALTH", "body", 0, 5, 0.8, snippet="d****")],
                        received_at=now - rnd.random() * 30 * 86400)
    rows = []
    for h in range(90 * 24):
        bucket = (now - now % 3600) - h * 3600
        for _ in range(6):
            v = rnd.choice(["", "bounce"])
            rows.append(VerdictCount(bucket, "monitor" if v else "allow", v, (rnd.choice(cats),) if v else (),
                                     (rnd.choice(classes),), rnd.choice(domains), rnd.randint(1, 30)))
    store.add_verdict_counts_sync(rows)
    store.close()

    port = 18125
    settings = Settings(state_dir=tmp, quarantine_key=key, console_listen=f"127.0.0.1:{port}",
                        policy_file=ROOT / "policies" / "default.yaml", upstream_url=f"maildir:{tmp / 'out'}")
    UsersFile(tmp / "console-users").set("bench", ["dpo"], "bench password 123")
    console = build_console(settings)
    server = uvicorn.Server(uvicorn.Config(console.app(), host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    base = f"http://127.0.0.1:{port}"
    figures: dict[str, float] = {"web_import_ms": round(web_import_ms, 1)}
    with httpx.Client(base_url=base, timeout=60) as c:
        import re

        page = c.get("/login").text
        csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
        c.post("/login", data={"csrf": csrf, "username": "bench", "password": "bench password 123"})
        today = time.strftime("%Y-%m-%d", time.gmtime())
        start = time.strftime("%Y-%m-%d", time.gmtime(now - 89 * 86400))
        for name, url in (("held", "/held"), ("held_filtered", "/held?category=art9&class=citizen&status=all"),
                          ("detail", "/held/00000000002A"), ("audit", "/audit"),
                          ("stats_90d", f"/stats?from={start}&to={today}")):
            times = []
            for _ in range(30):
                t = time.perf_counter()
                r = c.get(url)
                assert r.status_code == 200, (url, r.status_code)
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            figures[f"{name}_p50_ms"] = round(statistics.median(times), 1)
            figures[f"{name}_p95_ms"] = round(times[int(len(times) * 0.95) - 1], 1)
            print(f"GET {url}: p50 {figures[f'{name}_p50_ms']} ms, p95 {figures[f'{name}_p95_ms']} ms")
    server.should_exit = True
    thread.join(10)

    policy = load_policy(ROOT / "policies" / "default.yaml")
    s2 = QuarantineStore(f"sqlite:///{tmp / 'quarantine.sqlite'}", bytes.fromhex(key))
    t = time.perf_counter()
    data = gateway_report_data(s2, policy, now - 90 * 86400, now + 3600)
    html = render_html(data, policy)
    figures["report_90d_ms"] = round((time.perf_counter() - t) * 1000, 1)
    figures["report_90d_kb"] = round(len(html.encode()) / 1024, 1)
    figures["report_90d_rows"] = len(data.rows)
    print(f"report over 90 days ({len(data.rows)} aggregate rows): {figures['report_90d_ms']} ms, "
          f"{figures['report_90d_kb']} KiB")
    s2.close()

    data = asyncio.run(replay(ROOT / "tests" / "corpus" / "messages", policy, Settings(), jobs=1))
    n = sum(r.messages for r in data.rows)
    figures["replay_messages"] = n
    figures["replay_msgs_per_s_1proc"] = round(n / data.seconds, 1)
    print(f"replay of tests/corpus: {n} messages in {data.seconds:.2f} s with 1 scanner process "
          f"({figures['replay_msgs_per_s_1proc']} msg/s, after the scanner start)")
    figures["console_maxrss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(f"this process (console + report, no scanner) max RSS: {figures['console_maxrss_mib']} MiB")
    print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
