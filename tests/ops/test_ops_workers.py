"""gateway.workers without the models: settings handed to workers, the metrics directory, and the
supervisor giving up cleanly when start-up is broken (bad policy, port taken)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from opslib import REPO, free_port

from gateway.config import Settings
from gateway.workers import STARTUP_ATTEMPTS, Supervisor, WorkerContext, prepare_metrics_dir, report


def test_worker_settings_split_the_cores_and_silence_the_metrics_port(tmp_path: Path) -> None:
    s = Settings(metrics_listen="127.0.0.1:9925", scan_processes=0, workers=4, state_dir=tmp_path)
    with socket.socket() as sock:
        ws = Supervisor(s, 2, sock, tmp_path).worker_settings()
        assert ws.metrics_listen == ""  # only the supervisor serves /metrics
        assert ws.workers == 1
        assert ws.scan_processes == max(1, (os.cpu_count() or 1) // 2)
        fixed = Supervisor(s.model_copy(update={"scan_processes": 3}), 2, sock, tmp_path).worker_settings()
        assert fixed.scan_processes == 3
    assert s.metrics_listen == "127.0.0.1:9925"  # the original is untouched


def test_prepare_metrics_dir_clears_only_old_metric_files(tmp_path: Path) -> None:
    d = tmp_path / "metrics"
    d.mkdir()
    (d / "counter_123.db").write_bytes(b"x")
    (d / "notes.txt").write_text("keep")
    assert prepare_metrics_dir(tmp_path) == d.resolve()
    assert sorted(p.name for p in d.iterdir()) == ["notes.txt"]
    assert prepare_metrics_dir(tmp_path / "new").is_dir()


def _serve(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "DLPGW_LISTEN": f"127.0.0.1:{free_port()}",
        "DLPGW_METRICS_LISTEN": f"127.0.0.1:{free_port()}",
        "DLPGW_UPSTREAM_URL": f"maildir:{tmp_path / 'outbox'}",
        "DLPGW_STATE_DIR": str(tmp_path / "state"),
        "DLPGW_SCAN_PROCESSES": "1",
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "gateway", "serve", "--workers", "2"],
        cwd=tmp_path,
        env=full,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_bad_policy_is_refused_once_by_the_supervisor(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nmode: [not, a, mode]\n")
    r = _serve(tmp_path, DLPGW_POLICY_FILE=str(bad))
    assert r.returncode == 2, r.stderr[-2000:]
    assert "policy error" in r.stderr and "mode" in r.stderr
    assert "worker 0 started" not in r.stderr  # no worker was even started
    assert "Traceback" not in r.stderr


def _supervisor(tmp_path: Path, body, n: int = 2) -> Supervisor:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sup = Supervisor(Settings(drain_timeout=1, state_dir=tmp_path), n, sock, prepare_metrics_dir(tmp_path))
    sup.worker_target = body  # runs in the forked worker process
    return sup


def _exit_3(ctx: WorkerContext) -> int:
    return 3


def test_workers_that_never_get_ready_stop_the_supervisor(tmp_path: Path) -> None:
    sup = _supervisor(tmp_path, _exit_3)
    before = signal.getsignal(signal.SIGTERM)
    t0 = time.monotonic()
    assert sup.run() == 1
    assert time.monotonic() - t0 < 20
    assert sup.restarts >= STARTUP_ATTEMPTS - 1  # retried (a start-up race is not fatal), then gave up
    assert sup.workers == {}
    assert signal.getsignal(signal.SIGTERM) is before  # the supervisor's handlers are removed again


def _flaky(ctx: WorkerContext) -> int:
    """A stand-in worker: reports ready on its channel like a real one, then dies after a moment."""
    report(ctx.chan, True, "ok")
    time.sleep(0.3)
    return 1


def test_dying_workers_are_replaced_until_sigterm(tmp_path: Path) -> None:
    sup = _supervisor(tmp_path, _flaky, n=1)
    seen: list[tuple[bool, str]] = []

    def stop_later() -> None:
        deadline = time.monotonic() + 20
        while sup.restarts < 3 and time.monotonic() < deadline:
            seen.append(sup.ready())
            time.sleep(0.05)
        signal.raise_signal(signal.SIGTERM)  # handled by the supervisor loop, not pytest

    t = threading.Thread(target=stop_later)
    t.start()
    status = sup.run()
    t.join()
    assert status == 0
    assert sup.restarts >= 3
    assert (True, "1/1 workers ready") in seen
    assert sup.ready() == (False, "draining")


def test_port_in_use_is_one_clear_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        r = _serve(tmp_path, DLPGW_LISTEN=f"127.0.0.1:{port}", DLPGW_POLICY_FILE=str(REPO / "policies/default.yaml"))
    assert r.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in r.stderr
    assert "Traceback" not in r.stderr
