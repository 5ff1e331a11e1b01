"""Fixtures for the scale-out tests: stores on SQLite and on the real PostgreSQL at 127.0.0.1:5432
(a schema of its own per test, dropped afterwards; skipped with a reason when no server listens)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pgfixtures import pg_url, pg_user  # noqa: F401  (fixtures)

KEY = bytes(range(32))


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """One store shared by several 'instances' (QuarantineStore objects, each its own connection)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'q.sqlite'}"
    return str(request.getfixturevalue("pg_url"))
