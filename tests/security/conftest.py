"""Fixtures of the security tests: the relay tests' real sink and real gateway on loopback, and a
schema of its own on the real PostgreSQL at 127.0.0.1:5432 (skipped when no server listens)."""

from __future__ import annotations

import secrets
import socket
from collections.abc import Iterator

import pytest

from tests.relay.conftest import sink, start_gateway  # noqa: F401  (fixtures)


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


@pytest.fixture()
def pg_url() -> Iterator[str]:
    user = _pg_user()
    if user is None:
        pytest.skip("no PostgreSQL with trust auth on 127.0.0.1:5432 (database 'test', user postgres/root)")
    import psycopg

    schema = f"dlpgw_s_{secrets.token_hex(6)}"
    yield f"postgresql://{user}@127.0.0.1:5432/test?schema={schema}"
    with psycopg.connect(f"postgresql://{user}@127.0.0.1:5432/test", autocommit=True) as c:
        c.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture(scope="session")
def engine():  # type: ignore[no-untyped-def]
    """One detection engine for the masking unit tests (loading it costs seconds)."""
    from detectors import DetectionEngine

    return DetectionEngine()
