"""Prometheus config and alert rules: promtool-valid, unit-tested, and built only on real series."""

from __future__ import annotations

import re
import subprocess

import pytest
import yaml
from opslib import DEPLOY, PROMETHEUS_SYNTHETIC, exported_names, metric_names, need_binary

PROM = DEPLOY / "prometheus"
REQUIRED_ALERTS = {
    "DlpGatewayDown",
    "DlpGatewayUpstreamFailing",
    "DlpGatewayScanFailures",
    "DlpGatewayBlockRateSpike",
    "DlpGatewayQuarantineGrowing",
    "DlpGatewayScanLatencyHigh",
    "DlpGatewayUpstreamLatencyHigh",
}
QUARANTINE_METRIC = "dlpgw_quarantine_messages"


def _promtool(*args: str) -> subprocess.CompletedProcess[str]:
    promtool = need_binary("promtool")
    return subprocess.run([promtool, *args], cwd=PROM, capture_output=True, text=True, timeout=60)


def _rules() -> list[dict]:
    doc = yaml.safe_load((PROM / "alerts.yml").read_text(encoding="utf-8"))
    return [r for g in doc["groups"] for r in g["rules"]]


def test_promtool_check_config() -> None:
    r = _promtool("check", "config", "prometheus.yml")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "SUCCESS" in r.stdout


def test_promtool_check_rules() -> None:
    r = _promtool("check", "rules", "alerts.yml")
    assert r.returncode == 0, r.stdout + r.stderr


def test_promtool_unit_tests_of_alerts() -> None:
    r = _promtool("test", "rules", "alerts_test.yml")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "SUCCESS" in r.stdout


def test_every_alert_is_unit_tested_firing_and_quiet() -> None:
    tests = yaml.safe_load((PROM / "alerts_test.yml").read_text(encoding="utf-8"))["tests"]
    fired: set[str] = set()
    quiet: set[str] = set()
    for t in tests:
        for case in t.get("alert_rule_test", []):
            (fired if case.get("exp_alerts") else quiet).add(case["alertname"])
    alerts = {r["alert"] for r in _rules() if "alert" in r}
    assert alerts >= REQUIRED_ALERTS
    assert alerts - fired == set(), "alerts never shown firing in alerts_test.yml"
    assert alerts - quiet == set(), "alerts never shown staying quiet in alerts_test.yml"


def test_rules_use_only_exported_series() -> None:
    rules = _rules()
    known = exported_names() | PROMETHEUS_SYNTHETIC | {r["record"] for r in rules if "record" in r}
    unknown: dict[str, set[str]] = {}
    for r in rules:
        for name in metric_names(r["expr"]) - known:
            if name == QUARANTINE_METRIC:
                continue  # test_quarantine_metric_exists covers it
            unknown.setdefault(r.get("alert") or r["record"], set()).add(name)
    assert unknown == {}, "rules select series the gateway does not export"


def test_quarantine_metric_exists() -> None:
    if QUARANTINE_METRIC not in exported_names():
        pytest.skip(f"{QUARANTINE_METRIC} not registered yet (the quarantine store adds it)")
    assert QUARANTINE_METRIC in exported_names()


def test_every_selector_is_scoped_to_the_scrape_job() -> None:
    conf = yaml.safe_load((PROM / "prometheus.yml").read_text(encoding="utf-8"))
    assert "dlp-gateway" in {j["job_name"] for j in conf["scrape_configs"]}
    assert conf["rule_files"] == ["alerts.yml"]
    unscoped = []
    for r in _rules():
        for m in re.finditer(r"(?<![\w:])(dlpgw_\w+|up)\b(\{[^}]*\})?", r["expr"]):
            if 'job="dlp-gateway"' not in (m.group(2) or ""):
                unscoped.append((r.get("alert") or r["record"], m.group(0)))
    assert unscoped == []
