"""Overload benchmark: 50 parallel ~20 MB messages of mixed kinds while another client sends small
clean messages (issue 11, "Scanning under load").

Starts an aiosmtpd sink (the upstream) and ``dlp-gateway serve`` (default workers and scanner
processes, embedded default policy, upstream = the sink), then at the same time

- 50 clients each send one ~20 MB message (CSV, a text PDF of 2,000 pages, DOCX + photo,
  XLSX + photo, ZIP of text files, an unreadable binary, one huge HTML body — in turn), all at once;
- another client (its own process) sends a small clean message every 0.25 s, one connection each;

and samples the gateway's process tree every 0.25 s (RSS and PSS summed over every process, from
``/proc/<pid>/smaps_rollup``). Reports: how many big messages got an SMTP answer (and which),
the small messages' latency p50/p99 and failures, the peak RSS and PSS of the tree.
Targets: every big message answered, small p99 <= 2 s, peak RSS <= 2 GB.

    python bench/overload.py [--big 50] [--size-mb 20] [--root /work/main] [--env DLPGW_X=Y]

``--root`` runs the gateway of another checkout (before/after in one session); ``--env`` adds a
setting. The built messages are cached in the temp directory (they are seeded). It also prints
the RSS by process kind at the peak (depth 1 below the supervisor: workers and templates; depth
2: scanners).

A benchmark, not a test; the machine is shared (the load average is printed). Last line: JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import pickle
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from relay import rss_pss_kib as rss_pss  # noqa: E402  (bench/relay.py, the sibling benchmark)

FROM = "bench@example.fgov.be"
TO = "colleague@example.fgov.be"  # internal: what is readable is relayed, the rest is decided on
WORDS = ("dossier aanvraag vergadering betaling factuur rekening dienst afdeling verslag planning budget "
         "demande rapport facture paiement service courrier administration Antrag Rechnung Zahlung "
         "request invoice payment meeting report Peeters Janssens Dubois Lambert Maes Claes").split()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- the messages -------------------------------------------------------------------------------
def _words(rnd: random.Random, n: int) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(n))


def _text(rnd: random.Random, size: int) -> str:
    lines, n = [], 0
    while n < size:
        line = f"{_words(rnd, 10)} {rnd.randint(1, 99999)},{rnd.randint(0, 99):02d} EUR"
        lines.append(line)
        n += len(line) + 1
    return "\n".join(lines)


def _photo(rnd: random.Random, size: int) -> bytes:
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + rnd.randbytes(size)  # JPEG magic, incompressible


def _pdf(rnd: random.Random, size: int) -> bytes:
    """A text PDF written by hand: pages of Helvetica text, uncompressed content streams."""
    pages = max(1, size // 7000)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for _ in range(pages):
        lines = b"".join(b"(%s) Tj T*\n" % _words(rnd, 12).encode() for _ in range(60))
        stream = b"BT /F1 9 Tf 11 TL 40 800 Td\n" + lines + b"ET"
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                    b"/Resources << /Font << /F1 3 0 R >> >> >>" % len(objs))
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _docx(rnd: random.Random, paragraphs: int) -> bytes:
    import docx

    d = docx.Document()
    for _ in range(paragraphs):
        d.add_paragraph(_words(rnd, 25))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _xlsx(rnd: random.Random, rows: int) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("export")
    for i in range(rows):
        ws.append([i, rnd.choice(WORDS), rnd.choice(WORDS), rnd.randint(1, 10**6), _words(rnd, 4)])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _zip(rnd: random.Random, size: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        k = 0
        while buf.tell() < size:
            z.writestr(f"export/part{k}.txt", _text(rnd, 2_000_000))
            k += 1
    return buf.getvalue()


def build_messages(size_mb: float) -> list[tuple[str, bytes]]:
    rnd = random.Random(7)
    payload = int(size_mb * 1_000_000 * 0.74)  # base64 makes 20 MB of message from ~14.8 MB of file
    kinds: list[tuple[str, EmailMessage]] = []

    def msg(subject: str) -> EmailMessage:
        m = EmailMessage()
        m["From"], m["To"], m["Subject"] = FROM, TO, subject
        m.set_content(f"{subject}: see the attachment.\n")
        return m

    m = msg("CSV export")
    m.add_attachment(_text(rnd, payload).encode(), maintype="text", subtype="csv", filename="export.csv")
    kinds.append(("csv", m))
    m = msg("Report PDF")
    m.add_attachment(_pdf(rnd, payload), maintype="application", subtype="pdf", filename="report.pdf")
    kinds.append(("pdf", m))
    m = msg("Note DOCX")
    d = _docx(rnd, 8_000)
    m.add_attachment(d, maintype="application",
                     subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="note.docx")
    m.add_attachment(_photo(rnd, payload - len(d)), maintype="image", subtype="jpeg", filename="photo.jpg")
    kinds.append(("docx+photo", m))
    m = msg("Sheet XLSX")
    x = _xlsx(rnd, 40_000)
    m.add_attachment(x, maintype="application", subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     filename="sheet.xlsx")
    m.add_attachment(_photo(rnd, payload - len(x)), maintype="image", subtype="jpeg", filename="scan.jpg")
    kinds.append(("xlsx+photo", m))
    m = msg("Archive ZIP")
    m.add_attachment(_zip(rnd, payload), maintype="application", subtype="zip", filename="archive.zip")
    kinds.append(("zip", m))
    m = msg("Binary")
    m.add_attachment(rnd.randbytes(payload), maintype="application", subtype="octet-stream", filename="data.bin")
    kinds.append(("binary", m))
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = FROM, TO, "Newsletter HTML"
    html = "<html><body>" + "".join(f"<p>{_words(rnd, 20)}</p>" for _ in range(int(size_mb * 4300))) + "</body></html>"
    m.set_content(html, subtype="html", cte="base64")
    kinds.append(("html", m))
    return [(k, m.as_bytes().replace(b"\n", b"\r\n")) for k, m in kinds]


# --- roles --------------------------------------------------------------------------------------
def role_sink(port: int) -> None:
    from aiosmtpd.smtp import SMTP

    class Sink:
        async def handle_DATA(self, server, session, envelope):
            return "250 2.0.0 Ok"

    async def main() -> None:
        srv = await asyncio.get_running_loop().create_server(
            lambda: SMTP(Sink(), data_size_limit=None), "127.0.0.1", port)
        async with srv:
            await srv.serve_forever()

    asyncio.run(main())


def role_small(port: int, seconds: float, interval: float) -> None:
    """Sends a small clean message every ``interval`` s; prints one JSON list of (latency, code)."""
    import smtplib

    out: list[tuple[float, int]] = []
    end = time.monotonic() + seconds
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())  # the benchmark's "that's enough"
    i = 0
    while time.monotonic() < end and not stop.is_set():
        t0 = time.monotonic()
        raw = (f"From: <{FROM}>\r\nTo: <{TO}>\r\nSubject: small {i}\r\n\r\nThe meeting {i} moves.\r\n").encode()
        try:
            with smtplib.SMTP("127.0.0.1", port, timeout=120, local_hostname="small.test") as c:
                c.ehlo()
                c.mail(FROM)
                c.rcpt(TO)
                code, _ = c.data(raw)
        except smtplib.SMTPResponseException as e:
            code = e.smtp_code
        except (OSError, smtplib.SMTPException):
            code = 0  # no answer
        out.append((time.monotonic() - t0, code))
        i += 1
        stop.wait(max(0.0, interval - (time.monotonic() - t0)))
    print(json.dumps(out))


# --- measurement --------------------------------------------------------------------------------
def tree(pid: int) -> list[int]:
    kids: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        kids.setdefault(ppid, []).append(int(stat.parent.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, []))
    return out


def role_of(pid: int, root: int) -> str:
    """What a process of the gateway's tree is: supervisor, worker, template or scanner (by ancestry)."""
    depth, p = 0, pid
    while p != root and depth < 8:
        try:
            p = int(Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            return "?"
        depth += 1
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        cmd = b""
    if depth == 0:
        return "supervisor"
    if b"gateway.scanpool" in cmd:
        return "template" if depth <= 2 else "scanner"
    return {1: "worker-or-template", 2: "template-or-scanner"}.get(depth, "scanner")


class Sampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_rss, self.peak_pss, self.peak_procs = pid, 0, 0, 0
        self.by_role: dict[str, int] = {}  # role -> its summed RSS (KiB) in the sample of peak total RSS
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            pids = tree(self.pid)
            rss, pss = rss_pss(pids)
            if rss > self.peak_rss:
                roles: dict[str, int] = {}
                for p in pids:
                    r = role_of(p, self.pid)
                    roles[r] = roles.get(r, 0) + rss_pss([p])[0]
                self.by_role = roles
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
            self.peak_procs = max(self.peak_procs, len(pids))
            self.stop.wait(0.25)


FAILURES: dict[str, int] = {}  # what the big messages' clients saw, by reply line start / exception type


async def send_big(port: int, raw: bytes) -> tuple[int, float]:
    import aiosmtplib

    t0 = time.monotonic()
    try:
        errors, _ = await aiosmtplib.send(raw, sender=FROM, recipients=[TO], hostname="127.0.0.1", port=port,
                                          start_tls=False, timeout=900)
        code = 250 if not errors else 550
    except aiosmtplib.SMTPResponseException as e:
        code = e.code
        key = f"{e.code} {e.message[:60]}"
        FAILURES[key] = FAILURES.get(key, 0) + 1
    except (aiosmtplib.SMTPException, OSError) as e:
        code = 0  # no answer
        key = f"no reply: {type(e).__name__} {str(e)[:60]}"
        FAILURES[key] = FAILURES.get(key, 0) + 1
    return code, time.monotonic() - t0


async def flood(port: int, messages: list[bytes]) -> list[tuple[int, float]]:
    return await asyncio.gather(*(send_big(port, raw) for raw in messages))


def wait_port(port: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                s.recv(100)
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"port {port} did not open")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--big", type=int, default=50)
    ap.add_argument("--size-mb", type=float, default=20.0)
    ap.add_argument("--small-interval", type=float, default=0.25)
    ap.add_argument("--log-level", default="WARNING", help="the gateway's DLPGW_LOG_LEVEL")
    ap.add_argument("--root", type=Path, default=ROOT, help="the checkout whose gateway runs (default: this one)")
    ap.add_argument("--env", action="append", default=[], metavar="NAME=VALUE", help="extra DLPGW_* setting")
    ap.add_argument("--role", choices=["sink", "small"], help=argparse.SUPPRESS)
    ap.add_argument("--port", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--seconds", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.role == "sink":
        role_sink(args.port)
        return 0
    if args.role == "small":
        role_small(args.port, args.seconds, args.small_interval)
        return 0

    t_build = time.monotonic()
    cache = Path(tempfile.gettempdir()) / f"dlpgw-overload-{args.size_mb:g}mb.pickle"
    if cache.exists():  # the messages are deterministic (seeded): built once per machine
        kinds = pickle.loads(cache.read_bytes())
    else:
        kinds = build_messages(args.size_mb)
        cache.write_bytes(pickle.dumps(kinds))
    print(f"built {len(kinds)} kinds in {time.monotonic() - t_build:.0f} s: "
          + ", ".join(f"{k} {len(raw) / 1e6:.1f} MB" for k, raw in kinds))
    big = [kinds[i % len(kinds)][1] for i in range(args.big)]
    sink_port, gw_port = free_port(), free_port()
    me = [sys.executable, str(Path(__file__).resolve())]
    env = {k: v for k, v in os.environ.items() if not k.startswith("DLPGW_")}
    env["PYTHONPATH"] = str(args.root)
    procs: list[subprocess.Popen[bytes]] = []
    load = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        try:
            procs.append(subprocess.Popen([*me, "--role", "sink", "--port", str(sink_port)], env=env))
            wait_port(sink_port)
            gw_env = dict(env, DLPGW_LISTEN=f"127.0.0.1:{gw_port}", DLPGW_METRICS_LISTEN="",
                          DLPGW_UPSTREAM_URL=f"smtp://127.0.0.1:{sink_port}", DLPGW_UPSTREAM_STARTTLS="off",
                          DLPGW_STATE_DIR=str(Path(tmp) / "var"), DLPGW_LOG_LEVEL=args.log_level)
            gw_env.update(kv.split("=", 1) for kv in args.env)
            gw = subprocess.Popen([sys.executable, "-m", "gateway", "serve"], env=gw_env, cwd=args.root,
                                  start_new_session=True)
            procs.append(gw)
            wait_port(gw_port)
            time.sleep(15)  # let the warm template take over, as in steady operation
            sampler = Sampler(gw.pid)
            sampler.start()
            baseline = rss_pss(tree(gw.pid))
            small = subprocess.Popen([*me, "--role", "small", "--port", str(gw_port), "--seconds", "1000000",
                                      "--small-interval", str(args.small_interval)], env=env,
                                     stdout=subprocess.PIPE, text=True)
            procs.append(small)
            time.sleep(2)
            t0 = time.monotonic()
            results = asyncio.run(flood(gw_port, big))
            flood_s = time.monotonic() - t0
            time.sleep(2)
            small.send_signal(signal.SIGINT)  # ends its loop: it prints what it measured
            out, _ = small.communicate(timeout=180)
            sampler.stop.set()
            sampler.join()
        finally:
            for p in reversed(procs):
                if p.poll() is None:
                    p.send_signal(signal.SIGTERM)
            for p in procs:
                try:
                    p.wait(60)
                except subprocess.TimeoutExpired:
                    p.kill()
    smalls = json.loads(out.strip().splitlines()[-1]) if out.strip() else []
    lat = sorted(x[0] for x in smalls)
    small_codes: dict[str, int] = {}
    for _, code in smalls:
        small_codes[str(code)] = small_codes.get(str(code), 0) + 1
    codes: dict[str, int] = {}
    for code, _ in results:
        codes[str(code)] = codes.get(str(code), 0) + 1
    answered = sum(1 for code, _ in results if code != 0)
    p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))] if lat else 0.0
    print(f"big messages: {answered}/{len(results)} answered {codes}; flood took {flood_s:.0f} s; "
          f"answer times p50 {statistics.median(t for _, t in results):.1f} s, max {max(t for _, t in results):.1f} s")
    for key, count in sorted(FAILURES.items()):
        print(f"    {count} x {key}")
    print(f"small messages: {len(lat)} sent, replies {small_codes}; latency p50 "
          f"{statistics.median(lat) if lat else 0:.2f} s, p99 {p99:.2f} s, max {max(lat) if lat else 0:.2f} s")
    print(f"process tree: peak RSS {sampler.peak_rss / 1024:.0f} MiB (summed), peak PSS "
          f"{sampler.peak_pss / 1024:.0f} MiB, at rest before {baseline[0] / 1024:.0f} / {baseline[1] / 1024:.0f} "
          f"MiB, up to {sampler.peak_procs} processes; load average at start {load}")
    print("  at the peak, RSS by process kind: " + ", ".join(
        f"{k} {v / 1024:.0f} MiB" for k, v in sorted(sampler.by_role.items())))
    print(json.dumps({
        "big": len(results),
        "big_answered": answered,
        "big_replies": codes,
        "flood_seconds": round(flood_s, 1),
        "small_sent": len(lat),
        "small_replies": small_codes,
        "small_p50_s": round(statistics.median(lat), 3) if lat else None,
        "small_p99_s": round(p99, 3),
        "peak_rss_mib": round(sampler.peak_rss / 1024),
        "peak_pss_mib": round(sampler.peak_pss / 1024),
        "peak_rss_by_kind_mib": {k: round(v / 1024) for k, v in sorted(sampler.by_role.items())},
        "root": str(args.root),
        "targets_met": {"every_big_answered": answered == len(results), "small_p99_le_2s": p99 <= 2.0,
                        "peak_rss_le_2gb": sampler.peak_rss <= 2 * 1024 * 1024},
        "loadavg_at_start": [round(x, 2) for x in load],
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
