"""``dlp-gateway scan`` applies the gateway's bounds: a Flate bomb stops at the memory cap, a slow
file at the scan timeout; each gets a precise line on stderr and a fail-closed verdict, and the
other files are scanned as usual. Runs the real command line in a fresh process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.scanload import flate_bomb_pdf, slow, small, with_attachment

ROOT = Path(__file__).resolve().parents[2]
# Runs the command and prints the peak resident size of it and every process below it it waited for.
_MEASURE = (
    "import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(r.returncode)"
)


def _scan(tmp_path: Path, **env: str) -> tuple[int, list[dict], str, int, float]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("DLPGW_")}
    full.update(PYTHONPATH=str(ROOT), **env)
    t0 = time.monotonic()
    r = subprocess.run(
        [sys.executable, "-c", _MEASURE, sys.executable, "-m", "gateway", "scan", "--json",
         "--rcpt", "someone@gmail.com", str(tmp_path / "in")],
        env=full, cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    elapsed = time.monotonic() - t0
    *stderr, peak = r.stderr.rstrip("\n").split("\n")
    results = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    return r.returncode, results, "\n".join(stderr), int(peak), elapsed


def test_a_flate_bomb_stops_at_the_memory_cap_and_the_other_files_are_scanned(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a-bomb.eml").write_bytes(with_attachment(flate_bomb_pdf(256 << 20), "report.pdf", "application", "pdf"))
    (d / "b-clean.eml").write_bytes(small())
    # The extractor's byte budget would stop this bomb first (tests/extract covers that): raise it so
    # that the scanner's memory cap is what stops the scan here.
    code, results, stderr, peak_kib, elapsed = _scan(
        tmp_path, DLPGW_SCAN_MEMORY_LIMIT="64", DLPGW_EXTRACT_MAX_TOTAL_BYTES=str(4 << 30),
        DLPGW_EXTRACT_MAX_STREAM_BYTES=str(4 << 30))
    assert code == 1, stderr
    assert "Traceback" not in stderr
    by_name = {Path(x["file"]).name: x for x in results}
    assert set(by_name) == {"a-bomb.eml", "b-clean.eml"}
    bomb = by_name["a-bomb.eml"]
    assert bomb["verdict"] == "block" and bomb["action"] == "bounce"  # fail closed: unscannable, to a citizen
    (limit,) = [f for f in bomb["findings"] if f["entity_type"] == "UNSCANNABLE" and f["location"] == "message"]
    assert limit["detail"].startswith("scan: memory limit of 64 MiB per scan reached")
    assert "a-bomb.eml: scan stopped: memory limit of 64 MiB per scan reached" in stderr
    assert by_name["b-clean.eml"]["verdict"] == "allow"
    assert peak_kib < 600 * 1024  # the bomb inflates to 256 MiB and more; the scan stopped well before
    assert elapsed < 120


def test_a_slow_file_stops_at_the_scan_timeout_and_the_next_file_is_scanned(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a-slow.eml").write_bytes(slow(3.0))
    (d / "b-clean.eml").write_bytes(small())
    code, results, stderr, _, _ = _scan(tmp_path, DLPGW_SCAN_TIMEOUT="1")
    assert code == 1, stderr
    by_name = {Path(x["file"]).name: x for x in results}
    assert by_name["a-slow.eml"] == {"file": str(d / "a-slow.eml"), "action": "tempfail", "verdict": "block",
                                     "categories": [], "reason": "not scanned: timeout: scan exceeded 1s",
                                     "findings": []}
    assert "a-slow.eml: scan stopped at the 1 s time limit (scan_timeout); verdict: tempfail (fail closed)" in stderr
    assert by_name["b-clean.eml"]["verdict"] == "allow"  # by a fresh scanner process
