"""Helpers of the operations tests: repository paths, PromQL metric-name extraction, exported names."""

from __future__ import annotations

import importlib
import re
import shutil
import socket
from collections.abc import Iterable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"

# Series Prometheus itself attaches to every scrape target (not exported by the gateway).
PROMETHEUS_SYNTHETIC = frozenset(
    {
        "up",
        "scrape_duration_seconds",
        "scrape_samples_scraped",
        "scrape_samples_post_metric_relabeling",
        "scrape_series_added",
    }
)

# Words of the PromQL grammar that look like identifiers but never name a series.
_KEYWORDS = frozenset(
    {
        "and",
        "or",
        "unless",
        "bool",
        "offset",
        "by",
        "without",
        "on",
        "ignoring",
        "group_left",
        "group_right",
        "inf",
        "nan",
        "atan2",
        "start",
        "end",
    }
)
_GROUPING = re.compile(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", re.I)
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`')
_NAME_MATCHER = re.compile(r'__name__\s*=\s*"([a-zA-Z_:][a-zA-Z0-9_:]*)"')
_IDENT = re.compile(r"(?<![\w.:$])([a-zA-Z_:][a-zA-Z0-9_:]*)(\s*\()?")
_GRAFANA_VARS = re.compile(r"\$__(?:rate_interval|interval|range)|\$\{__(?:rate_interval|interval|range)\}")
_LABEL_VALUES = re.compile(r"^\s*label_values\((.*),\s*[a-zA-Z_][a-zA-Z0-9_]*\s*\)\s*$", re.S)


def grafana_to_promql(expr: str) -> str:
    """Replace Grafana's interval macros by a duration so the text is plain PromQL."""
    return _GRAFANA_VARS.sub("5m", expr)


def metric_names(expr: str) -> set[str]:
    """The series names a PromQL expression selects (functions, keywords and labels excluded).

    Handles string literals, label matchers, range/subquery brackets, grouping clauses,
    ``{__name__="x"}`` selectors and Grafana's ``label_values(selector, label)``.
    """
    m = _LABEL_VALUES.match(expr)
    if m:
        expr = m.group(1)
    expr = grafana_to_promql(expr)
    names = set(_NAME_MATCHER.findall(expr))
    text = _STRING.sub('""', expr)
    text = re.sub(r"\{[^{}]*\}", " ", text)  # label matchers
    text = re.sub(r"\[[^\[\]]*\]", " ", text)  # ranges and subqueries
    text = _GROUPING.sub(" ", text)
    for ident, call in _IDENT.findall(text):
        if call or ident.lower() in _KEYWORDS:
            continue
        names.add(ident)
    return names


def _suffixes(kind: str) -> tuple[str, ...]:
    return {
        "counter": ("_total", "_created"),
        "histogram": ("_bucket", "_count", "_sum", "_created"),
        "gaugehistogram": ("_bucket", "_gcount", "_gsum"),
        "summary": ("", "_count", "_sum", "_created"),
        "info": ("_info",),
    }.get(kind, ("",))


def import_metric_modules() -> list[str]:
    """Import gateway.metrics and every gateway module that defines metrics; return their names."""
    gw = REPO / "gateway"
    mods = ["gateway.metrics"]
    for path in sorted(gw.rglob("*.py")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if "prometheus_client" in text and re.search(r"\b(Counter|Gauge|Histogram|Summary|Info|Enum)\(", text):
            mod = ".".join(path.relative_to(REPO).with_suffix("").parts)
            mods.append(mod.removesuffix(".__init__"))
    for mod in dict.fromkeys(mods):
        importlib.import_module(mod)
    return mods


def exported_names(collectors: Iterable[object] | None = None) -> set[str]:
    """Every series name the gateway's registry can expose (from metric types, not samples)."""
    from prometheus_client import REGISTRY

    import_metric_modules()
    names: set[str] = set()
    for family in REGISTRY.collect() if collectors is None else collectors:  # type: ignore[attr-defined]
        for suffix in _suffixes(family.type):
            names.add(family.name + suffix)
        names.update(s.name for s in family.samples)
    return names


def need_binary(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} not installed (`sh deploy/dev/system-deps.sh test` as root installs it)")
    return path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def parse_volume(spec: str) -> tuple[str, str, str]:
    """Split a compose short volume syntax ``SRC:DST[:MODE]`` into (src, dst, mode)."""
    parts = spec.split(":")
    if len(parts) == 2:
        return parts[0], parts[1], "rw"
    if len(parts) == 3:
        return parts[0], parts[1], parts[2]
    raise ValueError(f"unexpected volume spec {spec!r}")
