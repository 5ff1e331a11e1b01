"""Fixtures of the security tests: the relay tests' real sink and real gateway on loopback, and a
schema of its own on the real PostgreSQL at 127.0.0.1:5432 (skipped when no server listens)."""

from __future__ import annotations

import pytest

from tests.pgfixtures import pg_url, pg_user  # noqa: F401  (fixtures)
from tests.relay.conftest import sink, start_gateway  # noqa: F401  (fixtures)


@pytest.fixture(scope="session")
def engine():  # type: ignore[no-untyped-def]
    """One detection engine for the masking unit tests (loading it costs seconds)."""
    from detectors import DetectionEngine

    return DetectionEngine()
