"""Helpers for the policy end-to-end tests: a real gateway (the lead's server) in a thread and a
real aiosmtpd upstream sink that records what it accepts, both on loopback."""

from __future__ import annotations

import shutil
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

from gateway.config import Settings
from tests.gatewayrunner import free_port

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Delivered:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes


@dataclass
class Sink:
    """The upstream: an aiosmtpd server on loopback that records every message it accepts."""

    messages: list[Delivered] = field(default_factory=list)
    got: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(Delivered(envelope.mail_from, list(envelope.rcpt_tos),
                                       bytes(envelope.original_content)))
        self.got.set()
        return "250 2.0.0 Ok: sink"

    def wait(self, n: int, timeout: float = 20.0) -> list[Delivered]:
        end = time.monotonic() + timeout
        while len(self.messages) < n and time.monotonic() < end:
            time.sleep(0.05)
        return self.messages


def start_sink(port: int) -> tuple[Sink, Controller]:
    sink = Sink()
    ctl = Controller(sink, hostname="127.0.0.1", port=port)
    ctl.start()
    return sink, ctl


def policy_dir(tmp_path: Path) -> Path:
    """A copy of policies/ (default.yaml + templates) the test may edit."""
    dst = tmp_path / "policies"
    if not dst.exists():
        shutil.copytree(ROOT / "policies", dst)
    return dst


def gateway_settings(tmp_path: Path, upstream_port: int, **kw: Any) -> Settings:
    base: dict[str, Any] = {
        "listen": f"127.0.0.1:{free_port()}",
        "metrics_listen": "",
        "upstream_url": f"smtp://127.0.0.1:{upstream_port}",
        "upstream_starttls": "off",
        "upstream_connect_timeout": 3.0,
        "upstream_timeout": 10.0,
        "scan_processes": 1,
        "state_dir": tmp_path / "var",
        "policy_file": policy_dir(tmp_path) / "default.yaml",
        "hostname": "gw.example.fgov.be",
        "quarantine_key": "00" * 32,
    }
    base.update(kw)
    return Settings(**base)
