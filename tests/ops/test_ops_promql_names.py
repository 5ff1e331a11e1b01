"""The PromQL metric-name extractor the dashboard and rule checks rely on: it must see every series."""

from __future__ import annotations

import pytest
from opslib import exported_names, metric_names


@pytest.mark.parametrize(
    ("expr", "names"),
    [
        ("up", {"up"}),
        ('up{job="dlp-gateway"} == 0', {"up"}),
        (
            'sum by (action) (rate(dlpgw_messages_total{job="x", instance=~"$instance"}[$__rate_interval]))',
            {"dlpgw_messages_total"},
        ),
        (
            "histogram_quantile(0.99, sum by (le) (rate(dlpgw_scan_duration_seconds_bucket[5m])))",
            {"dlpgw_scan_duration_seconds_bucket"},
        ),
        ("sum(rate(a_total[5m])) by (job) / on (job) group_left (x) sum(b_total offset 1h)", {"a_total", "b_total"}),
        (
            "dlpgw:block_ratio:rate15m > 3 * dlpgw:block_ratio:rate1d and c > 0.01",
            {"dlpgw:block_ratio:rate15m", "dlpgw:block_ratio:rate1d", "c"},
        ),
        ('label_replace(foo, "dst", "$1", "src", "(.*)")', {"foo"}),
        ('{__name__="bar_total", job="y"}', {"bar_total"}),
        ("max_over_time(rate(x_total[5m])[1h:1m]) unless bool y", {"x_total", "y"}),
        ('label_values(dlpgw_messages_total{job="dlp-gateway"}, instance)', {"dlpgw_messages_total"}),
        ("1e3 * 2 + vector(1)", set()),
    ],
)
def test_metric_names(expr: str, names: set[str]) -> None:
    assert metric_names(expr) == names


def test_registry_names_include_type_suffixes() -> None:
    names = exported_names()
    assert "dlpgw_messages_total" in names  # counter -> _total
    assert "dlpgw_scan_duration_seconds_bucket" in names  # histogram -> _bucket
    assert "dlpgw_smtp_connections" in names  # gauge -> itself
    assert "dlpgw_messages" not in names  # the bare counter name is never a series
