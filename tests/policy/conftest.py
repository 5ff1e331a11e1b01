"""Fixtures for the policy/bounce/quarantine tests: a quarantine store on SQLite or on the real
PostgreSQL at 127.0.0.1:5432 (own schema per test, dropped after; skipped when no server listens)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from policy_harness import Sink, gateway_settings, start_sink

from gateway.policy import Policy, load_policy
from gateway.quarantine import QuarantineStore
from tests.gatewayrunner import RunningGateway, free_port
from tests.pgfixtures import pg_url, pg_user  # noqa: F401  (fixtures)

ROOT = Path(__file__).resolve().parents[2]
KEY = bytes(range(32))


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[QuarantineStore]:
    url = f"sqlite:///{tmp_path / 'q.sqlite'}" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    s = QuarantineStore(url, KEY)
    yield s
    s.close()


@pytest.fixture(scope="session")
def policy() -> Policy:
    return load_policy(ROOT / "policies" / "default.yaml")


# --- end to end: a real gateway in a thread, a real aiosmtpd upstream sink ---------------------


@pytest.fixture()
def sink_port() -> int:
    return free_port()


@pytest.fixture()
def sink(sink_port: int) -> Iterator[Sink]:
    s, ctl = start_sink(sink_port)
    yield s
    ctl.stop()


@pytest.fixture()
def start_gateway(tmp_path: Path) -> Iterator[Any]:
    running: list[RunningGateway] = []

    def _start(upstream_port: int, **kw: Any) -> RunningGateway:
        gw = RunningGateway(gateway_settings(tmp_path, upstream_port, **kw)).start()
        running.append(gw)
        return gw

    yield _start
    for gw in running:
        gw.stop()

