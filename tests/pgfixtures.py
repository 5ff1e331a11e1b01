"""The real PostgreSQL at 127.0.0.1:5432 for tests: a schema of its own per test, dropped afterwards,
skipped with a reason when no server with trust auth listens. Conftests import the fixtures."""

from __future__ import annotations

import secrets
import socket
from collections.abc import Iterator

import pytest


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

    schema = f"dlpgw_t_{secrets.token_hex(6)}"
    yield f"postgresql://{pg_user}@127.0.0.1:5432/test?schema={schema}"
    with psycopg.connect(f"postgresql://{pg_user}@127.0.0.1:5432/test", autocommit=True) as c:
        c.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
