"""Fixtures for the scale-out tests: stores on SQLite and on the real PostgreSQL at 127.0.0.1:5432
(a schema of its own per test, dropped afterwards; skipped with a reason when no server listens)."""

from __future__ import annotations

import secrets
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

KEY = bytes(range(32))


def _pg_user() -> str | None:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            pass
    except OSError:
        return None
    import psycopg

    for user in ("postgres", "root"):
        try:
            with psycopg.connect(f"postgresql://{user}@127.0.0.1:5432/test", connect_timeout=3):
                return user
        except psycopg.Error:
            continue
    return None


@pytest.fixture(scope="session")
def pg_user() -> str:
    user = _pg_user()
    if user is None:
        pytest.skip("no PostgreSQL with trust auth on 127.0.0.1:5432 (database 'test', user postgres/root)")
    return user


@pytest.fixture()
def pg_url(pg_user: str) -> Iterator[str]:
    import psycopg

    schema = f"dlpgw_s_{secrets.token_hex(6)}"
    yield f"postgresql://{pg_user}@127.0.0.1:5432/test?schema={schema}"
    with psycopg.connect(f"postgresql://{pg_user}@127.0.0.1:5432/test", autocommit=True) as c:
        c.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """One store shared by several 'instances' (QuarantineStore objects, each its own connection)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'q.sqlite'}"
    return str(request.getfixturevalue("pg_url"))
