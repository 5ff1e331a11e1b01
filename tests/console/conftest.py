"""Fixtures of the console tests: the whole stack once per session (see console_stack.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from console_stack import Stack, build_stack


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    st, stop = build_stack(tmp_path_factory.mktemp("console"))
    try:
        yield st
    finally:
        stop()
