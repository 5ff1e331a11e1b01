"""Fixtures of the security tests: the relay tests' real sink and real gateway on loopback."""

from __future__ import annotations

from tests.relay.conftest import sink, start_gateway  # noqa: F401  (fixtures)
