"""Fixtures for end-to-end relay tests: a real aiosmtpd sink and a real gateway on loopback."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from gateway.config import Settings
from tests.gatewayrunner import RunningGateway, free_port

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes


@dataclass
class SinkHandler:
    """Records what it accepts; replies can be scripted per RCPT address or for DATA."""

    messages: list[Received] = field(default_factory=list)
    rcpt_replies: dict[str, str] = field(default_factory=dict)
    data_reply: str | None = None
    mail_reply: str | None = None

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str, options: list[str]) -> str:
        if self.mail_reply:
            return self.mail_reply
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: list[str]) -> str:
        reply = self.rcpt_replies.get(address)
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.data_reply:
            return self.data_reply
        self.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content)))
        return "250 2.0.0 Ok: sink-id"


@pytest.fixture
def sink() -> Iterator[tuple[SinkHandler, int]]:
    handler = SinkHandler()
    port = free_port()
    ctl = Controller(handler, hostname="127.0.0.1", port=port)
    ctl.start()
    try:
        yield handler, port
    finally:
        ctl.stop()


def relay_policy(tmp_path: Path, action: str = "reject") -> Path:
    """The shipped default policy with every `bounce` turned into `action` and no verdict header."""
    text = (ROOT / "policies" / "default.yaml").read_text(encoding="utf-8")
    text = re.sub(r"action: bounce", f"action: {action}", text)
    text = re.sub(r"(?m)^verdict_header:.*$", 'verdict_header: ""', text)
    p = tmp_path / "policy.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def make_settings(tmp_path: Path, upstream_port: int | None = None, **kw: Any) -> Settings:
    base: dict[str, Any] = {
        "listen": f"127.0.0.1:{free_port()}",
        "metrics_listen": "",
        "upstream_url": f"smtp://127.0.0.1:{upstream_port}" if upstream_port else f"maildir:{tmp_path}/outbox",
        "upstream_starttls": "off",
        "upstream_connect_timeout": 3.0,
        "upstream_timeout": 10.0,
        "scan_processes": 1,
        "state_dir": tmp_path / "var",
        "policy_file": relay_policy(tmp_path),
    }
    base.update(kw)
    return Settings(**base)


@pytest.fixture
def start_gateway(tmp_path: Path) -> Iterator[Any]:
    running: list[RunningGateway] = []

    def _start(upstream_port: int | None = None, **kw: Any) -> RunningGateway:
        gw = RunningGateway(make_settings(tmp_path, upstream_port, **kw)).start()
        running.append(gw)
        return gw

    yield _start
    for gw in running:
        gw.stop()
