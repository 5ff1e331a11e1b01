"""A real gateway for end-to-end tests: the Gateway in its own thread and event loop, on loopback."""

from __future__ import annotations

import asyncio
import socket
import threading
from typing import Any

from gateway.config import Settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RunningGateway:
    """The real Gateway in its own thread and event loop, reachable over loopback SMTP."""

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
