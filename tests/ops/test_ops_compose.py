"""docker-compose.yml: a schema check of the structure, and the wiring between its services and files."""

from __future__ import annotations

import re
import shutil
import subprocess
from typing import Any

import pytest
import yaml
from opslib import DEPLOY, REPO, parse_volume

COMPOSE = REPO / "docker-compose.yml"

# A compact schema of the part of the Compose specification this file uses:
# {"key": type | (type, ...) | nested schema dict | [item schema]}; "*" = any key.
_PORT = re.compile(r"^(127\.0\.0\.1:)?\d{1,5}:\d{1,5}(/tcp|/udp)?$")
SERVICE_SCHEMA: dict[str, Any] = {
    "image": str,
    "build": {"context": str, "dockerfile": str},
    "command": [str],
    "environment": {"*": str},
    "ports": [str],
    "volumes": [str],
    "depends_on": {"*": {"condition": str}},
    "stop_grace_period": str,
    "restart": str,
    "networks": [str],
}
TOP_SCHEMA: dict[str, Any] = {
    "name": str,
    "services": {"*": SERVICE_SCHEMA},
    "networks": {"*": {"ipam": {"config": [{"subnet": str}]}}},
    "volumes": {"*": (type(None), dict)},
}


def _validate(value: Any, schema: Any, path: str, errors: list[str]) -> None:
    if isinstance(schema, dict):
        if not isinstance(value, dict):
            errors.append(f"{path}: expected a mapping, got {type(value).__name__}")
            return
        for k, v in value.items():
            sub = schema.get(k, schema.get("*"))
            if sub is None:
                errors.append(f"{path}.{k}: unknown key")
            else:
                _validate(v, sub, f"{path}.{k}", errors)
    elif isinstance(schema, list):
        if not isinstance(value, list):
            errors.append(f"{path}: expected a list, got {type(value).__name__}")
            return
        for i, item in enumerate(value):
            _validate(item, schema[0], f"{path}[{i}]", errors)
    elif not isinstance(value, schema):
        errors.append(f"{path}: expected {schema}, got {type(value).__name__} {value!r}")


def _compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def test_schema_check_catches_mistakes() -> None:
    errors: list[str] = []
    bad = {"services": {"gw": {"ports": [2525], "environment": {"X": 1}, "imgae": "x"}}}
    _validate(bad, TOP_SCHEMA, "compose", errors)
    assert len(errors) == 3, errors


def test_compose_matches_schema() -> None:
    errors: list[str] = []
    _validate(_compose(), TOP_SCHEMA, "compose", errors)
    assert errors == []


def test_services_and_images() -> None:
    services = _compose()["services"]
    assert set(services) == {"gateway", "mailpit", "prometheus", "grafana"}
    assert services["gateway"]["build"] == {"context": ".", "dockerfile": "deploy/Dockerfile"}
    assert (REPO / services["gateway"]["build"]["dockerfile"]).is_file()
    for name in ("mailpit", "prometheus", "grafana"):
        image = services[name]["image"]
        assert re.fullmatch(r"[\w./-]+:v?\d+\.\d+\.\d+", image), f"{name}: pin an exact image version ({image})"
    assert services["mailpit"]["image"].startswith("axllent/mailpit:")


def test_ports_published_on_loopback_only() -> None:
    for name, svc in _compose()["services"].items():
        for port in svc.get("ports", []):
            assert _PORT.match(port), port
            assert port.startswith("127.0.0.1:"), f"{name} publishes {port} beyond loopback"
    published = {p.split(":")[1]: name for name, s in _compose()["services"].items() for p in s.get("ports", [])}
    assert published == {
        "2525": "gateway",
        "9925": "gateway",
        "8025": "mailpit",
        "9090": "prometheus",
        "3000": "grafana",
    }


def test_gateway_relays_to_mailpit_and_allows_only_the_compose_network() -> None:
    doc = _compose()
    env = doc["services"]["gateway"]["environment"]
    assert env["DLPGW_UPSTREAM_URL"] == "smtp://mailpit:1025"
    assert env["DLPGW_UPSTREAM_STARTTLS"] == "off"
    (subnet,) = (c["subnet"] for c in doc["networks"]["dlp"]["ipam"]["config"])
    allowed = [n.strip() for n in env["DLPGW_ALLOWED_NETWORKS"].split(",")]
    assert subnet in allowed
    assert "0.0.0.0/0" not in allowed
    # the settings parse as the gateway will parse them
    from gateway.config import Settings

    s = Settings(**{k.removeprefix("DLPGW_").lower(): v for k, v in env.items()})
    assert s.upstream_url == "smtp://mailpit:1025"
    grace = doc["services"]["gateway"]["stop_grace_period"]
    from gateway.workers import STOP_MARGIN

    assert int(grace.rstrip("s")) > s.drain_timeout + STOP_MARGIN


def test_prometheus_and_grafana_mount_the_deploy_files() -> None:
    services = _compose()["services"]
    for name in ("prometheus", "grafana"):
        for spec in services[name]["volumes"]:
            src, _dst, _mode = parse_volume(spec)
            if src.startswith("./"):
                assert (REPO / src).exists(), f"{name} mounts missing {src}"
    prom = {src: dst for src, dst, _ in map(parse_volume, services["prometheus"]["volumes"])}
    assert prom["./deploy/prometheus"] == "/etc/prometheus"
    assert "--config.file=/etc/prometheus/prometheus.yml" in services["prometheus"]["command"]
    conf = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text(encoding="utf-8"))
    (job,) = (j for j in conf["scrape_configs"] if j["job_name"] == "dlp-gateway")
    targets = [t for sc in job["static_configs"] for t in sc["targets"]]
    metrics_port = services["gateway"]["environment"].get("DLPGW_METRICS_LISTEN", "0.0.0.0:9925").rsplit(":", 1)[1]
    assert targets == [f"gateway:{metrics_port}"]


def test_docker_compose_config_accepts_the_file() -> None:
    docker = shutil.which("docker")
    if docker is None:
        pytest.skip("docker client not installed; the schema check above still ran")
    probe = subprocess.run([docker, "compose", "version"], capture_output=True, text=True, timeout=30)
    if probe.returncode != 0:
        why = ((probe.stderr or probe.stdout).strip().splitlines() or ["no output"])[0]
        pytest.skip(f"`docker compose` plugin not installed ({why}); the schema check above still ran")
    r = subprocess.run(
        [docker, "compose", "-f", str(COMPOSE), "config", "--quiet"], capture_output=True, text=True, timeout=60
    )
    assert r.returncode == 0, r.stderr
