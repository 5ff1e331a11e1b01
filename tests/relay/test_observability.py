"""What ops see: metrics over HTTP and one structured log line per message — never content or addresses."""

from __future__ import annotations

import json
import logging
import urllib.request

import pytest

from tests.relay.conftest import free_port
from tests.relay.test_relay import NN, message, send


def test_metrics_and_json_log_lines_hold_no_content_or_addresses(sink, start_gateway, caplog) -> None:
    _handler, port = sink
    mport = free_port()
    gw = start_gateway(port, metrics_listen=f"127.0.0.1:{mport}", log_format="json")
    caplog.set_level(logging.INFO, logger="dlpgw.pipeline")
    assert send(gw.port, message(subject="Quarterly zebra report"))[0] == 250
    assert send(gw.port, message(f"INSZ {NN}\r\n", subject="Quarterly zebra report"))[0] == 550
    text = urllib.request.urlopen(f"http://127.0.0.1:{mport}/metrics", timeout=10).read().decode()
    for name in ("dlpgw_messages_total", "dlpgw_message_size_bytes_bucket", "dlpgw_scan_duration_seconds_bucket",
                 "dlpgw_upstream_duration_seconds_bucket", "dlpgw_upstream_errors_total", "dlpgw_smtp_connections",
                 "dlpgw_scan_failures_total", "dlpgw_smtp_rejections_total", "dlpgw_findings_total"):
        assert name in text, name
    assert 'dlpgw_findings_total{allowed="false",entity_type="BE_NATIONAL_NUMBER"}' in text
    for secret in ("@", "zebra", "gmail", "jan.peeters", "85.07", "85073003328"):
        assert secret not in text, secret

    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "dlpgw.pipeline"]
    assert [ln["action"] for ln in lines] == ["allow", "reject"]
    blocked = lines[1]
    assert blocked["findings"] == {"BE_NATIONAL_NUMBER": 1}
    assert blocked["rcpt_count"] == 1 and blocked["rcpt_domains"] == ["gmail.com"]
    assert set(blocked) >= {"queue_id", "size", "scan_ms", "reply"}
    raw_log = "\n".join(r.getMessage() for r in caplog.records)
    for secret in ("zebra", "someone@", "jan.peeters", "033.28", "85073003328"):
        assert secret not in raw_log, secret


@pytest.mark.parametrize("log_addresses", [True])
def test_addresses_are_logged_only_when_asked(sink, start_gateway, caplog, log_addresses) -> None:
    _handler, port = sink
    gw = start_gateway(port, log_format="json", log_addresses=log_addresses)
    caplog.set_level(logging.INFO, logger="dlpgw.pipeline")
    assert send(gw.port, message())[0] == 250
    line = next(json.loads(r.getMessage()) for r in caplog.records if r.name == "dlpgw.pipeline")
    assert line["rcpt_tos"] == ["someone@gmail.com"]
    assert line["mail_from"] == "jan.peeters@example.fgov.be"


def _findings_count(mport: int, entity_type: str) -> float:
    text = urllib.request.urlopen(f"http://127.0.0.1:{mport}/metrics", timeout=10).read().decode()
    for line in text.splitlines():
        if line.startswith(f'dlpgw_findings_total{{allowed="false",entity_type="{entity_type}"}}'):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_findings_counter_counts_every_finding(sink, start_gateway, caplog) -> None:
    """dlpgw_findings_total grows by the number of findings of each type (counted per type, once per message)."""
    _handler, port = sink
    mport = free_port()
    gw = start_gateway(port, metrics_listen=f"127.0.0.1:{mport}", log_format="json")
    caplog.set_level(logging.INFO, logger="dlpgw.pipeline")
    before = _findings_count(mport, "BE_NATIONAL_NUMBER")
    body = f"INSZ {NN}\r\nINSZ 90.01.01-123.95\r\nINSZ 88.05.12-047.21\r\n"
    assert send(gw.port, message(body, subject="Quarterly zebra report"))[0] == 550
    line = next(json.loads(r.getMessage()) for r in caplog.records if r.name == "dlpgw.pipeline")
    assert line["findings"]["BE_NATIONAL_NUMBER"] == 3
    assert _findings_count(mport, "BE_NATIONAL_NUMBER") - before == 3
