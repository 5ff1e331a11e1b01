"""The Grafana dashboard and its provisioning: well-formed, complete, and built on exported series only."""

from __future__ import annotations

import json
import subprocess

import pytest
import yaml
from opslib import (
    DEPLOY,
    PROMETHEUS_SYNTHETIC,
    exported_names,
    grafana_to_promql,
    metric_names,
    need_binary,
    parse_volume,
)

GRAFANA = DEPLOY / "grafana"
DASHBOARD = GRAFANA / "dashboards" / "dlp-gateway.json"
QUARANTINE_METRIC = "dlpgw_quarantine_messages"


def _dashboard() -> dict:
    return json.loads(DASHBOARD.read_text(encoding="utf-8"))


def _panels(d: dict) -> list[dict]:
    out = []
    for p in d["panels"]:
        out.append(p)
        out.extend(p.get("panels", []))
    return out


def _exprs(d: dict) -> list[tuple[str, str]]:
    """(where, expr) for every query in panels and template variables."""
    out = [(p["title"], t["expr"]) for p in _panels(d) for t in p.get("targets", []) if t.get("expr")]
    for v in d.get("templating", {}).get("list", []):
        if v.get("type") == "query":
            q = v["query"]["query"] if isinstance(v["query"], dict) else v["query"]
            out.append((f"variable {v['name']}", q))
    return out


def test_dashboard_structure() -> None:
    d = _dashboard()
    assert d["uid"] == "dlp-gateway"
    assert isinstance(d["schemaVersion"], int)
    panels = _panels(d)
    ids = [p["id"] for p in panels]
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    for p in panels:
        g = p["gridPos"]
        assert g["x"] >= 0 and g["x"] + g["w"] <= 24, p["title"]
        if p["type"] != "row":
            assert p["targets"], f"panel {p['title']!r} has no query"
            assert p["datasource"]["uid"] == "${datasource}"
    variables = {v["name"] for v in d["templating"]["list"]}
    assert {"datasource", "instance"} <= variables


def test_dashboard_covers_the_operational_questions() -> None:
    exprs = " ".join(e for _, e in _exprs(_dashboard()))
    for needle in [
        "sum by (action) (rate(dlpgw_messages_total",  # messages by action
        'action=~"reject|bounce|quarantine"',  # block rate
        "sum by (entity_type) (rate(dlpgw_findings_total",  # findings by entity type
        "histogram_quantile(0.99, sum by (le) (rate(dlpgw_scan_duration_seconds_bucket",
        "histogram_quantile(0.5, sum by (le) (rate(dlpgw_scan_duration_seconds_bucket",
        "histogram_quantile(0.99, sum by (le) (rate(dlpgw_upstream_duration_seconds_bucket",
        "histogram_quantile(0.5, sum by (le) (rate(dlpgw_upstream_duration_seconds_bucket",
        "sum by (kind) (rate(dlpgw_upstream_errors_total",
        QUARANTINE_METRIC,
        "dlpgw_smtp_connections",
        "sum by (reason) (rate(dlpgw_scan_failures_total",
    ]:
        assert needle in exprs, needle


def test_dashboard_queries_only_exported_series() -> None:
    known = exported_names() | PROMETHEUS_SYNTHETIC
    unknown = {}
    for where, expr in _exprs(_dashboard()):
        missing = metric_names(expr) - known - {QUARANTINE_METRIC}
        if missing:
            unknown[where] = sorted(missing)
    assert unknown == {}, "dashboard queries series the gateway does not export"


def test_dashboard_queries_quarantine_metric_only_if_registered() -> None:
    if QUARANTINE_METRIC not in exported_names():
        pytest.skip(f"{QUARANTINE_METRIC} not registered yet (the quarantine store adds it)")
    assert any(QUARANTINE_METRIC in metric_names(e) for _, e in _exprs(_dashboard()))


def test_dashboard_queries_parse_with_promtool(tmp_path) -> None:
    promtool = need_binary("promtool")
    rules = [
        {"record": f"dashboard:query:{i}", "expr": grafana_to_promql(expr).replace("$instance", ".*")}
        for i, (_, expr) in enumerate(_exprs(_dashboard()))
        if not expr.startswith("label_values(")
    ]
    f = tmp_path / "dashboard-queries.yml"
    f.write_text(yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}), encoding="utf-8")
    r = subprocess.run([promtool, "check", "rules", str(f)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"{len(rules)} rules found" in r.stdout


def test_provisioning_points_at_the_dashboards_and_prometheus() -> None:
    ds = yaml.safe_load((GRAFANA / "provisioning" / "datasources" / "prometheus.yml").read_text(encoding="utf-8"))
    (source,) = ds["datasources"]
    assert source["type"] == "prometheus" and source["isDefault"] is True
    assert source["url"] == "http://prometheus:9090"  # the compose service
    prov = yaml.safe_load((GRAFANA / "provisioning" / "dashboards" / "dlp-gateway.yml").read_text(encoding="utf-8"))
    (provider,) = prov["providers"]
    assert provider["type"] == "file"
    compose = yaml.safe_load((DEPLOY.parent / "docker-compose.yml").read_text(encoding="utf-8"))
    mounts = {src: dst for src, dst, _ in map(parse_volume, compose["services"]["grafana"]["volumes"])}
    assert mounts["./deploy/grafana/dashboards"] == provider["options"]["path"]
    assert mounts["./deploy/grafana/provisioning"] == "/etc/grafana/provisioning"
