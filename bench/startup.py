"""Start-up benchmark: first ``250`` after exec, a replaced worker, memory per worker.

For 1 and 2 workers (``dlp-gateway serve --workers N`` on the embedded default: maildir
upstream, default policy, fresh state directory), each ``--runs`` times:

- **first 250**: time from exec until a small clean message is accepted (the client connects
  every 5 ms until the port answers, then sends; one new connection per try);
- **memory**: once the warm template has taken over, PSS and USS (private) of every process
  of the tree, from ``/proc/<pid>/smaps_rollup``: per worker (the worker and its scanner
  processes), the template, the supervisor and its endpoint process, and the total;
- **replaced worker** (2 workers): SIGKILL one worker, time until ``/readyz`` says 2/2 again
  (the replacement is ready, i.e. serving); and SIGKILL *both*, time until the first 250 (which
  only a replacement can give).

- **baseline**, in the same run: the first 250 of the same command from ``--baseline-ref``
  (default ``main``, exported with ``git archive``; ``--baseline-ref ''`` skips it), so the
  figures compare as ratios on the same (shared, noisy) machine.

Both trees are byte-compiled first (``compileall``), as an installed package is (pip compiles at
install; the image too): an environment with ``PYTHONDONTWRITEBYTECODE`` would otherwise have
every start compile the project's modules from source, on both sides. The compiled-regex cache
(``detectors/recache.py``) is as a previous start of this checkout left it, like the bytecode;
``--cold-cache`` empties it before every start of this tree (a first start ever: an image built
without ``python -m detectors.recache`` and a fresh state directory).

    python bench/startup.py [--runs 3] [--baseline-ref main] [--cold-cache]

A benchmark, not a test: a shared 2-core machine makes every figure noisy (the load average is
printed); the last line is one JSON object with the medians.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import smtplib
import socket
import statistics
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MSG = (b"From: <bench@example.fgov.be>\r\nTo: <colleague@example.fgov.be>\r\nSubject: start-up\r\n"
       b"\r\nThe meeting moves to Thursday.\r\n")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def try_send(port: int, timeout: float = 30) -> bool:
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=timeout, local_hostname="bench.test") as c:
            c.sendmail("bench@example.fgov.be", ["colleague@example.fgov.be"], MSG)
        return True
    except (OSError, smtplib.SMTPException):
        return False


def first_250(port: int, t0: float, limit: float = 60) -> float:
    while time.monotonic() - t0 < limit:
        if try_send(port):
            return time.monotonic() - t0
        time.sleep(0.005)
    raise SystemExit("no 250 within the limit")


def readyz(port: int) -> str:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=5) as r:
            return r.read().decode()
    except OSError as e:
        return getattr(e, "read", lambda: b"")().decode() if hasattr(e, "read") else ""


def children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children(p))
    return out


def pgid(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[2])


def smaps(pid: int) -> dict[str, int]:
    """KiB: Rss, Pss, Uss (Private_Clean + Private_Dirty)."""
    out = {"rss": 0, "pss": 0, "uss": 0}
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key == "Rss":
                out["rss"] = int(rest.split()[0])
            elif key == "Pss":
                out["pss"] = int(rest.split()[0])
            elif key in ("Private_Clean", "Private_Dirty"):
                out["uss"] += int(rest.split()[0])
    except OSError:
        pass
    return out


def wait_for(what: str, probe, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if probe():
            return
        time.sleep(0.05)
    raise SystemExit(f"timed out waiting for {what}")


def memory(top: int, workers: int) -> dict[str, object]:
    """PSS/USS per role, once the warm template serves every scanner.

    1 worker: the gateway process, its template and the template's scanners make the one worker.
    2 workers: a worker is the worker process and the scanners in its process group; the
    template, the supervisor and its endpoint process are shared and reported apart.
    """
    procs = tree(top)

    def total(pids: list[int]) -> dict[str, float]:
        m = [smaps(p) for p in pids]
        return {"processes": len(pids), "pss_mib": round(sum(x["pss"] for x in m) / 1024, 1),
                "uss_mib": round(sum(x["uss"] for x in m) / 1024, 1)}

    if workers == 1:
        templates = children(top)
        scanners = [c for t in templates for c in children(t)]
        per_worker = [total(procs)]
        shared = {"templates": total(templates)}
    else:
        worker_pids = [p for p in children(top) if pgid(p) == p]
        templates = [p for p in children(top) if pgid(p) != p and children(p)]
        scanners = [c for t in templates for c in children(t)]
        per_worker = [total([w, *[s for s in scanners if pgid(s) == w]]) for w in worker_pids]
        others = [p for p in children(top) if p not in worker_pids and p not in templates]
        shared = {"templates": total(templates), "supervisor_and_endpoint": total([top, *others])}
    return {
        "per_worker": per_worker,
        "shared": shared,
        "scanner_uss_mib": [round(smaps(p)["uss"] / 1024, 1) for p in scanners],
        "scanner_pss_mib": [round(smaps(p)["pss"] / 1024, 1) for p in scanners],
        "total": total(procs),
        "total_rss_mib": round(sum(smaps(p)["rss"] for p in procs) / 1024, 1),
    }


def baseline_first_250(tree_dir: Path, workers: int, tmp: Path) -> float:
    """The first 250 of ``python -m gateway serve`` from another checkout (same venv)."""
    smtp_port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DLPGW_")}
    env.update(PYTHONPATH=str(tree_dir), DLPGW_LISTEN=f"127.0.0.1:{smtp_port}", DLPGW_METRICS_LISTEN="",
               DLPGW_STATE_DIR=str(tmp / "var"), DLPGW_UPSTREAM_URL=f"maildir:{tmp / 'outbox'}")
    t0 = time.monotonic()
    proc = subprocess.Popen([str(ROOT / ".venv" / "bin" / "python"), "-m", "gateway", "serve", "--workers",
                             str(workers)], cwd=tree_dir, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        return round(first_250(smtp_port, t0, limit=180), 3)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)


def byte_compile(tree: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-m", "compileall", "-q", "gateway", "detectors"],
                   cwd=tree, env=env, stdout=subprocess.DEVNULL, check=True)


def empty_regex_cache() -> None:
    for f in (ROOT / "detectors" / "__pycache__" / "recache").glob("re-*.bin"):
        f.unlink()


def run_once(workers: int, tmp: Path, measure_replacement: bool, cold_cache: bool = False) -> dict[str, object]:
    if cold_cache:
        empty_regex_cache()
    smtp_port, metrics_port = free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DLPGW_")}
    # The embedded default (run from the repository, like ./dev run), on free ports, with its state
    # and maildir upstream in a fresh directory.
    env.update(PYTHONPATH=str(ROOT), DLPGW_LISTEN=f"127.0.0.1:{smtp_port}",
               DLPGW_METRICS_LISTEN=f"127.0.0.1:{metrics_port}", DLPGW_LOG_LEVEL="INFO",
               DLPGW_STATE_DIR=str(tmp / "var"), DLPGW_UPSTREAM_URL=f"maildir:{tmp / 'outbox'}")
    log = (tmp / "gateway.log").open("wb")
    t0 = time.monotonic()
    proc = subprocess.Popen([str(ROOT / ".venv" / "bin" / "dlp-gateway"), "serve", "--workers", str(workers)],
                            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    out: dict[str, object] = {}
    try:
        out["first_250_s"] = round(first_250(smtp_port, t0), 3)
        logtext = lambda: (tmp / "gateway.log").read_text(errors="replace")  # noqa: E731
        wait_for("the warm template", lambda: "moving to the warm scanner template" in logtext(), 180)
        time.sleep(3)  # the cold template retires with its last scanner
        for _ in range(20):
            try_send(smtp_port)
        out["memory"] = memory(proc.pid, workers)
        if measure_replacement and workers > 1:
            victim = next(p for p in children(proc.pid) if pgid(p) == p)
            tk = time.monotonic()
            os.kill(victim, signal.SIGKILL)
            wait_for("the supervisor to notice", lambda: victim not in children(proc.pid), 10)
            wait_for("2/2 ready", lambda: readyz(metrics_port).startswith(f"ready: {workers}/{workers}"), 30)
            out["replaced_worker_ready_s"] = round(time.monotonic() - tk, 3)
            victims = [p for p in children(proc.pid) if pgid(p) == p]
            tk = time.monotonic()
            for v in victims:
                os.kill(v, signal.SIGKILL)
            out["all_workers_killed_first_250_s"] = round(first_250(smtp_port, tk), 3)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
        log.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--baseline-ref", default="main", help="git ref to compare with ('' = none)")
    ap.add_argument("--cold-cache", action="store_true", help="empty the compiled-regex cache before each start")
    args = ap.parse_args()
    load = os.getloadavg()
    results: dict[int, list[dict[str, object]]] = {1: [], 2: []}
    base: dict[int, list[float]] = {1: [], 2: []}
    base_dir = tempfile.TemporaryDirectory() if args.baseline_ref else None
    if base_dir is not None:
        # only what serve runs (not the test sets)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.baseline_ref, "gateway", "detectors",
                                  "policies", "pyproject.toml"], capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", base_dir.name], input=archive, check=True)
        byte_compile(Path(base_dir.name))
    byte_compile(ROOT)
    for run in range(args.runs):
        for workers in (1, 2):
            if base_dir is not None:
                with tempfile.TemporaryDirectory() as tmp:
                    base[workers].append(baseline_first_250(Path(base_dir.name), workers, Path(tmp)))
                print(f"run {run + 1} workers {workers}: baseline ({args.baseline_ref}) first 250 "
                      f"{base[workers][-1]} s")
            with tempfile.TemporaryDirectory() as tmp:
                r = run_once(workers, Path(tmp), measure_replacement=True, cold_cache=args.cold_cache)
            results[workers].append(r)
            print(f"run {run + 1} workers {workers}: first 250 {r['first_250_s']} s"
                  + (f", replaced worker ready {r['replaced_worker_ready_s']} s, all killed -> 250 "
                     f"{r['all_workers_killed_first_250_s']} s" if workers > 1 else ""))
            print(f"    memory: {json.dumps(r['memory'])}")

    def med(workers: int, key: str) -> float:
        return round(statistics.median(float(r[key]) for r in results[workers]), 3)  # type: ignore[arg-type]

    last = {w: results[w][-1]["memory"] for w in (1, 2)}
    summary = {
        "first_250_s_1_worker": med(1, "first_250_s"),
        "first_250_s_2_workers": med(2, "first_250_s"),
        "replaced_worker_ready_s": med(2, "replaced_worker_ready_s"),
        "all_workers_killed_first_250_s": med(2, "all_workers_killed_first_250_s"),
        "per_worker_pss_mib_1_worker": [w["pss_mib"] for w in last[1]["per_worker"]],  # type: ignore[index]
        "per_worker_pss_mib_2_workers": [w["pss_mib"] for w in last[2]["per_worker"]],  # type: ignore[index]
        "per_worker_uss_mib_2_workers": [w["uss_mib"] for w in last[2]["per_worker"]],  # type: ignore[index]
        "total_pss_mib_1_worker": last[1]["total"]["pss_mib"],  # type: ignore[index]
        "total_pss_mib_2_workers": last[2]["total"]["pss_mib"],  # type: ignore[index]
        "template_pss_mib_2_workers": last[2]["shared"]["templates"]["pss_mib"],  # type: ignore[index]
        "runs": args.runs,
        "cold_regex_cache": args.cold_cache,
        "loadavg_at_start": [round(x, 2) for x in load],
        "loadavg_at_end": [round(x, 2) for x in os.getloadavg()],
    }
    if base_dir is not None:
        summary["baseline_ref"] = args.baseline_ref
        for w in (1, 2):
            b = statistics.median(base[w])
            summary[f"baseline_first_250_s_{w}_worker{'s' if w > 1 else ''}"] = round(b, 3)
            summary[f"ratio_first_250_{w}_worker{'s' if w > 1 else ''}"] = round(
                summary[f"first_250_s_{w}_worker{'s' if w > 1 else ''}"] / b, 3)  # type: ignore[operator]
        base_dir.cleanup()
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
