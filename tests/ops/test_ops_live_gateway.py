"""A real `dlp-gateway serve --workers 2` on loopback: readiness, mail through both workers, metrics
summed across processes, a real Prometheus scraping it, SIGHUP, a killed worker replaced, SIGTERM.

The tests of this module run in order against one gateway (its start-up loads the models once).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import smtplib
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from opslib import DEPLOY, REPO, free_port, need_binary

from gateway.workers import STOP_MARGIN

pytestmark = pytest.mark.slow

SENDER = "clerk@example.fgov.be"
RECIPIENT = "colleague@example.fgov.be"  # internal: the default policy allows plain mail


def _get(url: str, timeout: float = 10) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()
    except OSError as e:
        return 0, str(e)


def _wait(what: str, probe: Callable[[], Any], timeout: float, interval: float = 0.25) -> Any:
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        last = probe()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what} (last: {last!r})")


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return sorted(out)


def _pgid(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[2])
    except (OSError, IndexError, ValueError):
        return None


def _group_members(pgid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            out.append(int(stat.parent.name))
    return out


def _metric(text: str, name: str, labels: str = "") -> float | None:
    prefix = f"{name}{{{labels}}} " if labels else f"{name} "
    for line in text.splitlines():
        if line.startswith(prefix):
            return float(line.rsplit(" ", 1)[1])
    return None


@dataclass
class LiveGateway:
    proc: subprocess.Popen[bytes]
    smtp_port: int
    metrics_port: int
    tmp: Path
    log: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.metrics_port}"

    def metrics(self) -> str:
        code, body = _get(self.base + "/metrics")
        assert code == 200
        return body

    def workers(self) -> list[int]:
        """The worker processes: children of the supervisor that lead their own process group
        (the scanner template and the endpoint process are children too, in the supervisor's group)."""
        return [pid for pid in _children(self.proc.pid) if _pgid(pid) == pid]

    def outbox(self) -> list[Path]:
        new = self.tmp / "outbox" / "new"
        return sorted(new.iterdir()) if new.is_dir() else []

    def send(self, n: int, tag: str) -> None:
        for i in range(n):
            with smtplib.SMTP("127.0.0.1", self.smtp_port, timeout=60) as s:
                refused = s.sendmail(SENDER, [RECIPIENT], f"Subject: {tag} {i}\r\n\r\nMeeting notes {i}.\r\n")
                assert refused == {}

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def _start(tmp: Path, workers: int) -> LiveGateway:
    smtp_port, metrics_port = free_port(), free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "DLPGW_LISTEN": f"127.0.0.1:{smtp_port}",
        "DLPGW_METRICS_LISTEN": f"127.0.0.1:{metrics_port}",
        "DLPGW_UPSTREAM_URL": f"maildir:{tmp / 'outbox'}",
        "DLPGW_STATE_DIR": str(tmp / "state"),
        "DLPGW_POLICY_FILE": str(REPO / "policies" / "default.yaml"),
        "DLPGW_SCAN_PROCESSES": "1",
        "DLPGW_DRAIN_TIMEOUT": "5",
        "DLPGW_LOG_FORMAT": "text",
    }
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    log = tmp / "gateway.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "gateway", "serve", "--workers", str(workers)],
            cwd=tmp,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    gw = LiveGateway(proc, smtp_port, metrics_port, tmp, log)

    def ready() -> bool:
        if proc.poll() is not None:
            raise AssertionError(f"gateway exited with {proc.returncode}:\n{gw.log_text()[-3000:]}")
        code, body = _get(gw.base + "/readyz", timeout=5)
        return code == 200 and (workers == 1 or body.startswith(f"ready: {workers}/{workers} "))

    _wait("the gateway to be ready", ready, timeout=150, interval=0.5)
    return gw


def _stop(gw: LiveGateway) -> None:
    groups = [gw.proc.pid, *gw.workers()]
    if gw.proc.poll() is None:
        gw.proc.send_signal(signal.SIGTERM)
        try:
            gw.proc.wait(30)
        except subprocess.TimeoutExpired:
            pass
    for pgid in groups:  # whatever is left of this test's process groups
        try:
            os.killpg(pgid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    if gw.proc.poll() is None:
        gw.proc.wait(10)


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveGateway]:
    gw = _start(tmp_path_factory.mktemp("live-gateway"), workers=2)
    try:
        yield gw
    finally:
        _stop(gw)


# --- the tests, in order -------------------------------------------------------------------------
def test_supervisor_runs_two_ready_workers(gateway: LiveGateway) -> None:
    assert _get(gateway.base + "/healthz") == (200, "ok\n")
    code, body = _get(gateway.base + "/readyz")
    assert code == 200
    assert body == "ready: 2/2 workers ready; upstream maildir writable\n"
    assert len(gateway.workers()) == 2


def test_mail_flows_and_metrics_are_summed_over_workers(gateway: LiveGateway) -> None:
    gateway.send(8, "batch")
    assert len(gateway.outbox()) == 8
    text = gateway.metrics()
    assert _metric(text, "dlpgw_messages_total", 'action="allow"') == 8.0
    assert _metric(text, "dlpgw_smtp_connections_accepted_total") == 8.0
    assert _metric(text, "dlpgw_scan_duration_seconds_count") == 8.0
    # livesum gauge: no open connection once the workers have seen the clients' QUIT (the client does
    # not wait for that: poll a short while instead of racing the close)
    deadline = time.monotonic() + 10
    while _metric(text, "dlpgw_smtp_connections") != 0.0 and time.monotonic() < deadline:
        time.sleep(0.05)
        text = gateway.metrics()
    assert _metric(text, "dlpgw_smtp_connections") == 0.0
    assert _metric(text, "dlpgw_build_info", 'version="0.1.0"') == 1.0
    # every worker writes its own files in <state_dir>/metrics; /metrics is their sum
    files = {p.name for p in (gateway.tmp / "state" / "metrics").glob("counter_*.db")}
    assert {f"counter_{pid}.db" for pid in gateway.workers()} <= files
    # the supervisor imported the metrics before forking its workers: it leaves no file of its own
    assert not list((gateway.tmp / "state" / "metrics").glob(f"*_{gateway.proc.pid}.db"))


def test_docker_healthcheck_command_passes_against_the_gateway(gateway: LiveGateway) -> None:
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if ln.strip().startswith('CMD ["python", "-c"'))
    cmd = json.loads(line.strip().removeprefix("CMD").strip())
    env = {"DLPGW_METRICS_LISTEN": f"0.0.0.0:{gateway.metrics_port}", "PATH": "/usr/bin:/bin"}
    assert subprocess.run([sys.executable, *cmd[1:]], env=env, timeout=30).returncode == 0


def test_prometheus_scrapes_the_gateway_and_evaluates_the_rules(gateway: LiveGateway, tmp_path: Path) -> None:
    prometheus = need_binary("prometheus")
    shutil.copy(DEPLOY / "prometheus" / "alerts.yml", tmp_path / "alerts.yml")
    conf = {
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
        "rule_files": ["alerts.yml"],
        "scrape_configs": [
            {"job_name": "dlp-gateway", "static_configs": [{"targets": [f"127.0.0.1:{gateway.metrics_port}"]}]}
        ],
    }
    (tmp_path / "prometheus.yml").write_text(yaml.safe_dump(conf), encoding="utf-8")
    port = free_port()
    api = f"http://127.0.0.1:{port}/api/v1"
    proc = subprocess.Popen(
        [
            prometheus,
            f"--config.file={tmp_path / 'prometheus.yml'}",
            f"--storage.tsdb.path={tmp_path / 'data'}",
            f"--web.listen-address=127.0.0.1:{port}",
            "--log.level=warn",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:

        def query(q: str) -> list[dict[str, Any]]:
            code, body = _get(f"{api}/query?query={urllib.parse.quote(q)}")
            if proc.poll() is not None:
                raise AssertionError(f"prometheus exited: {proc.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
            return json.loads(body)["data"]["result"] if code == 200 else []

        allow = _wait(
            "Prometheus to hold the gateway's allow counter",
            lambda: query('dlpgw_messages_total{job="dlp-gateway", action="allow"}'),
            timeout=40,
        )
        assert float(allow[0]["value"][1]) == 8.0
        (up,) = query('up{job="dlp-gateway"}')
        assert up["value"][1] == "1"
        # recording rules evaluate on real data: the block ratio over what was sent is 0
        ratio = _wait("a recording rule result", lambda: query("dlpgw:block_ratio:rate15m"), timeout=20)
        assert ratio[0]["metric"]["job"] == "dlp-gateway"
        _, body = _get(f"{api}/rules")
        groups = json.loads(body)["data"]["groups"]
        assert {g["name"] for g in groups} >= {"dlp-gateway.recording", "dlp-gateway.alerts"}
        bad = [r["name"] for g in groups for r in g["rules"] if r.get("health") == "err"]
        assert bad == []
        _, body = _get(f"{api}/alerts")
        firing = [a["labels"]["alertname"] for a in json.loads(body)["data"]["alerts"] if a["state"] == "firing"]
        assert firing == []  # a healthy gateway raises nothing
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def test_sighup_reloads_the_policy_in_every_worker(gateway: LiveGateway) -> None:
    before = gateway.log_text().count("policy reloaded")
    os.kill(gateway.proc.pid, signal.SIGHUP)
    _wait("both workers to reload", lambda: gateway.log_text().count("policy reloaded") >= before + 2, timeout=15)
    assert gateway.proc.poll() is None
    assert len(gateway.workers()) == 2


def test_a_killed_worker_is_replaced_and_its_counts_kept(gateway: LiveGateway) -> None:
    old = gateway.workers()
    victim = old[0]
    os.kill(victim, signal.SIGKILL)
    _wait("the supervisor to notice", lambda: victim not in gateway.workers(), timeout=10)

    def replaced() -> bool:
        pids = gateway.workers()
        return len(pids) == 2 and victim not in pids and _get(gateway.base + "/readyz")[1].startswith("ready: 2/2")

    _wait("a replacement worker", replaced, timeout=90, interval=0.5)
    assert _group_members(victim) == [], "scanner processes of the dead worker were left behind"
    gateway.send(2, "after-restart")
    assert len(gateway.outbox()) == 10
    assert _metric(gateway.metrics(), "dlpgw_messages_total", 'action="allow"') == 10.0  # dead worker's 8 kept
    assert "died with status -9; replacing it" in gateway.log_text()


def test_a_killed_scanner_template_is_replaced_and_mail_flows_again(gateway: LiveGateway) -> None:
    # The template: the supervisor's child in its process group (not a worker) that has scanner children.
    templates = [c for c in _children(gateway.proc.pid) if _pgid(c) != c and _children(c)]
    assert templates, "no scanner template found below the supervisor"
    for pid in templates:
        os.kill(pid, signal.SIGKILL)  # every scanner process of every worker goes with it
    _wait("a new template", lambda: "scanner template replaced" in gateway.log_text(), timeout=30)
    _wait("both workers ready again", lambda: _get(gateway.base + "/readyz")[1].startswith("ready: 2/2"), timeout=60)
    gateway.send(2, "after-template")
    assert len(gateway.outbox()) == 12
    assert len(gateway.workers()) == 2  # the workers themselves were not touched


def test_sigterm_drains_and_stops_every_process(gateway: LiveGateway) -> None:
    workers = gateway.workers()
    idle = socket.create_connection(("127.0.0.1", gateway.smtp_port), timeout=10)
    try:
        assert idle.recv(1024).startswith(b"220")
        t0 = time.monotonic()
        gateway.proc.send_signal(signal.SIGTERM)
        idle.settimeout(15)
        reply = idle.recv(1024)
        assert reply.startswith(b"421"), reply  # idle sessions are told to come back later
        assert gateway.proc.wait(30) == 0
        elapsed = time.monotonic() - t0
    finally:
        idle.close()
    assert elapsed < 5 + STOP_MARGIN  # drain_timeout + the supervisor's kill margin
    for pid in workers:
        assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]
        assert _group_members(pid) == []
    assert _group_members(gateway.proc.pid) == []  # the templates and the endpoint process are gone too
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", gateway.smtp_port), timeout=2).close()


def test_single_process_serve_answers_health_with_upstream_check(tmp_path: Path) -> None:
    """Without --workers the lead's server.py serves the same endpoints from gateway.health."""
    gw = _start(tmp_path, workers=1)
    try:
        assert gw.workers() == []  # no supervisor: only scanner templates (and their scanners) below it
        own = Path(f"/proc/{gw.proc.pid}/cmdline").read_bytes()
        children = _children(gw.proc.pid)
        # the cold template is a fork of this process; the warm successor a `python -m gateway.scanpool`
        kinds = sorted("fork" if Path(f"/proc/{c}/cmdline").read_bytes() == own else "exec" for c in children)
        assert kinds in (["fork"], ["exec"], ["exec", "fork"]), kinds
        assert all(b"gateway.scanpool" in Path(f"/proc/{c}/cmdline").read_bytes() for c in children
                   if Path(f"/proc/{c}/cmdline").read_bytes() != own)
        code, body = _get(gw.base + "/readyz")
        assert code == 200 and body.endswith("; upstream maildir writable\n")
        gw.send(1, "single")
        assert _metric(gw.metrics(), "dlpgw_messages_total", 'action="allow"') == 1.0
    finally:
        _stop(gw)
    assert gw.proc.returncode == 0
