"""Helpers for the policy end-to-end tests: a real gateway (the lead's server) in a thread and a
real aiosmtpd upstream sink that records what it accepts, both on loopback."""

from __future__ import annotations

import asyncio
import shutil
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

from gateway.config import Settings

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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






class RunningGateway:
    """The lead's Gateway in its own thread and event loop, reachable over loopback SMTP."""

    def __init__(self, settings: Settings) -> None:
        from gateway.server import Gateway

        self.settings = settings
        self.port = settings.listen_address[1]
        self.loop = asyncio.new_event_loop()
        self.gw = Gateway(settings)
        self._started = threading.Event()
        self._error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_until_complete(self.gw.start())
        except BaseException as e:
            self._error = e
            self._started.set()
            return
        self._started.set()
        self.loop.run_until_complete(self.gw.stopping.wait())
        self.loop.run_until_complete(self.gw.stop())
        self.loop.close()

    def start(self) -> RunningGateway:
        self.thread.start()
        self._started.wait(90)
        if self._error:
            raise self._error
        return self

    def call(self, fn: Any) -> None:
        self.loop.call_soon_threadsafe(fn)

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.gw.stopping.set)
        self.thread.join(60)


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
