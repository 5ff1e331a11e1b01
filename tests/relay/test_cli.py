"""The command line as an admin meets it: bad config exits 2 with one line per field, config show
masks secrets, serve drains and exits on SIGTERM, and swaks (a real SMTP client) gets through."""

from __future__ import annotations

import os
import shutil
import signal
import smtplib
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.relay.conftest import ROOT, free_port, relay_policy
from tests.relay.test_relay import NN, message

CLI = [sys.executable, "-m", "gateway"]


def run_cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
            input: bytes | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("DLPGW_")}
    full_env.update(env or {})
    full_env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([*CLI, *args], env=full_env, cwd=cwd or ROOT, capture_output=True, timeout=120,
                          input=input.decode() if input else None, text=True)


def test_bad_configuration_is_one_line_per_field_and_exit_2(tmp_path: Path) -> None:
    r = run_cli("config", "show", env={
        "DLPGW_LISTEN": "nonsense",
        "DLPGW_MAX_MESSAGE_SIZE": "big",
        "DLPGW_ALLOWED_NETWORKS": "10.0.0.0/8,not-a-net",
        "DLPGW_UPSTREAM_URL": "ftp://x",
    }, cwd=tmp_path)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    err = r.stderr
    assert "DLPGW_LISTEN: missing port in 'nonsense'" in err
    assert "DLPGW_MAX_MESSAGE_SIZE:" in err
    assert "DLPGW_ALLOWED_NETWORKS: 'not-a-net' is not a CIDR network" in err
    assert "DLPGW_UPSTREAM_URL: scheme 'ftp' not supported" in err


def test_bad_config_file_is_reported_with_its_line(tmp_path: Path) -> None:
    cfg = tmp_path / "gw.yaml"
    cfg.write_text("listen: 127.0.0.1:2525\nmax_recipients: [\n")
    r = run_cli("--config", str(cfg), "config", "show", cwd=tmp_path)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert f"config file {cfg} line" in r.stderr
    cfg.write_text("listen: 127.0.0.1:2525\nmax_recipent: 5\n")
    r = run_cli("--config", str(cfg), "config", "show", cwd=tmp_path)
    assert r.returncode == 2 and "unknown setting 'max_recipent'" in r.stderr


def test_config_show_masks_secrets_and_reads_the_config_file(tmp_path: Path) -> None:
    cfg = tmp_path / "gw.yaml"
    cfg.write_text("max_recipients: 42\nupstream_url: smtp://relay:hunter2@smtp.example.org:587\n")
    r = run_cli("--config", str(cfg), "config", "show", env={"DLPGW_UPSTREAM_PASSWORD": "topsecret"}, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "DLPGW_MAX_RECIPIENTS" in r.stdout and "= 42" in r.stdout
    assert "topsecret" not in r.stdout and "hunter2" not in r.stdout
    assert "********" in r.stdout
    assert "DLPGW_LISTEN" in r.stdout and "127.0.0.1:2525" in r.stdout  # the embedded default


def _wait_port(port: int, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"gateway exited early: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            with smtplib.SMTP("127.0.0.1", port, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("gateway did not start listening")


@pytest.fixture
def served(tmp_path: Path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DLPGW_")}
    env.update({
        "PYTHONPATH": str(ROOT),
        "DLPGW_LISTEN": f"127.0.0.1:{port}",
        "DLPGW_METRICS_LISTEN": f"127.0.0.1:{free_port()}",
        "DLPGW_UPSTREAM_URL": f"maildir:{tmp_path}/outbox",
        "DLPGW_SCAN_PROCESSES": "1",
        "DLPGW_WORKERS": "1",
        "DLPGW_POLICY_FILE": str(relay_policy(tmp_path)),
        "DLPGW_STATE_DIR": str(tmp_path / "var"),
    })
    proc = subprocess.Popen([*CLI, "serve"], env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _wait_port(port, proc)
        yield port, proc, tmp_path
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()


def test_sigterm_stops_accepting_and_exits_cleanly(served) -> None:
    port, proc, tmp_path = served
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as c:
        c.sendmail("a@example.fgov.be", ["b@gmail.com"], message())
    idle = smtplib.SMTP("127.0.0.1", port, timeout=10)  # an idle session at shutdown gets 421
    idle.ehlo("idle.test")
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(30) == 0
    try:
        code, text = idle.noop()
        assert code == 421 and text.startswith(b"4.3.2")
    except smtplib.SMTPServerDisconnected:
        pass  # the goodbye may be lost if the socket was already torn down: still no hang
    idle.close()
    with pytest.raises(OSError):
        smtplib.SMTP("127.0.0.1", port, timeout=2)
    assert len(list((tmp_path / "outbox" / "new").iterdir())) == 1
    log = proc.stderr.read().decode()
    assert "jan.peeters" not in log and "b@gmail.com" not in log  # no addresses in the log by default
    assert "gmail.com" in log  # recipient domains are


@pytest.mark.skipif(shutil.which("swaks") is None, reason="swaks not installed (make test installs Debian's swaks)")
def test_swaks_clean_and_blocked(served) -> None:
    port, _proc, tmp_path = served
    base = ["swaks", "--server", f"127.0.0.1:{port}", "--from", "a@example.fgov.be", "--to", "b@gmail.com"]
    ok = subprocess.run([*base, "--body", "Meeting moved to Thursday."], capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0, ok.stdout
    assert "250 2.0.0 Ok: queued as" in ok.stdout
    bad = subprocess.run([*base, "--body", f"INSZ {NN}"], capture_output=True, text=True, timeout=60)
    assert bad.returncode != 0
    assert "550 5.7.1" in bad.stdout
    assert len(list((tmp_path / "outbox" / "new").iterdir())) == 1
