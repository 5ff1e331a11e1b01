"""Lifecycle of one gateway process: build the stages, listen, handle signals, drain on SIGTERM.

``serve()`` loads the policy and forks the scanner template (``gateway.scanpool``) before
anything starts a thread, then ``run()`` starts the scanner processes (forked by the template),
opens the upstream, starts the metrics endpoint and the SMTP listener (or adopts an inherited
socket, for the multi-worker supervisor), then waits for a signal:

- SIGTERM / SIGINT: stop accepting, let messages already in DATA processing finish within
  ``drain_timeout``, answer idle sessions ``421`` and exit 0. A client cut off mid-transfer
  got no 250, so it still owns (and will retry) its message.
- SIGHUP: reload the policy atomically (a bad file keeps the old policy, logs one error).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import signal
import socket
from collections.abc import Callable
from typing import Any

from gateway import __version__, metrics
from gateway.boot import detector_options, load_policy_source, open_listener, template_config
from gateway.config import Settings
from gateway.pipeline import Pipeline, PolicySource, Services
from gateway.relay import Relay, build_relay
from gateway.scanpool.pool import PoolSettings, Scanner, TemplateFactory
from gateway.scanpool.template import TemplateProcess, fork_template
from gateway.smtp import GatewayHandler, protocol_factory

log = logging.getLogger("dlpgw.server")


class Gateway:
    """One running gateway process (a worker, when several share the socket)."""

    def __init__(
        self,
        settings: Settings,
        *,
        policy: PolicySource | None = None,
        relay: Relay | None = None,
        sock: socket.socket | None = None,
        template: TemplateProcess | socket.socket | None = None,
        template_factory: TemplateFactory | None = None,
        supervised: bool = False,
    ) -> None:
        self.settings = settings
        self.policy = policy
        self.relay = relay
        self.sock = sock
        # The scanner template: forked before any thread (serve(), the supervisor), or started
        # as a new interpreter by the pool when none is given (tests, a replacement).
        self.template = template
        self.template_factory = template_factory
        # A worker of the supervisor: templates (replacements, the warm successor) come from it.
        self.supervised = supervised
        self.scanner: Scanner | None = None
        self._missing_tools = ""  # extraction readers (tesseract, antiword...) absent on this host
        self.handler: GatewayHandler | None = None
        self.server: asyncio.base_events.Server | None = None
        self.stopping = asyncio.Event()
        self._http: Any = None
        self.quarantine: Any = None
        self.stats: Any = None

    async def start(self) -> None:
        s = self.settings
        metrics.BUILD.info({"version": __version__})
        metrics.prime()
        if self.policy is None:
            self.policy = load_policy_source(s)
        if self.relay is None:
            self.relay = build_relay(s)
        pool = PoolSettings.from_settings(s)
        self.scanner = Scanner(
            options=detector_options(self.policy),
            limits=s.extract_limits(),
            settings=dataclasses.replace(pool, warm=False) if self.supervised else pool,
            template=self.template,
            template_factory=self.template_factory,
            spawn_templates=not self.supervised,
            log_level=s.log_level,
            log_json=s.log_format == "json",
        )
        # The scanner processes start (the template builds its engine) while this process opens the
        # quarantine and the health endpoint (/readyz says "not ready" until a scan can run); the SMTP
        # listener opens only once they are up.
        starting = asyncio.ensure_future(self.scanner.start())
        try:
            from gateway.extract.tools import missing_tools, warn_missing_once

            warn_missing_once()  # once per process: files that need a missing reader get findings saying so
            self._missing_tools = ", ".join(missing_tools())
            self.quarantine = await self._open_quarantine()
            services = Services(s, self.scanner, self.policy, self.relay, self.quarantine)
            self._open_human_loop(services)
            self.handler = GatewayHandler(s, Pipeline(services))
            self._http = self._start_http()
            await starting
        except BaseException:
            starting.cancel()
            await asyncio.gather(starting, return_exceptions=True)
            raise
        sock = self.sock or open_listener(s)
        self.server = await asyncio.get_running_loop().create_server(protocol_factory(s, self.handler), sock=sock)
        addr = sock.getsockname()
        log.info("dlp-gateway %s listening on %s:%s, upstream %s", __version__, addr[0], addr[1], self._upstream())

    async def _open_quarantine(self) -> Any:
        from gateway.quarantine import open_for_gateway

        return await open_for_gateway(self.settings, self.relay)

    def _open_human_loop(self, services: Services) -> None:
        """Sender overrides and the verdict counts (issue 13): both live in the quarantine store."""
        from gateway.override import open_desk
        from gateway.stats import VerdictStats

        services.override = open_desk(self.settings, self.policy, self.quarantine, self.relay, self.scanner)
        if self.quarantine is not None:
            self.stats = VerdictStats(self.quarantine.store, self.settings.stats_interval)
            self.stats.start()
            services.stats = self.stats

    def _start_http(self) -> Any:
        """/metrics, /healthz and /readyz on the metrics port (none when metrics_listen is empty)."""
        from gateway.health import start_http

        return start_http(self.settings, self.ready)

    def ready(self) -> tuple[bool, str]:
        if self.stopping.is_set():
            return False, "draining"
        if self.scanner is None or not self.scanner.ready:
            return False, "no scanner process ready"
        if self.policy is None:
            return False, "policy not loaded"
        if self._missing_tools:
            return True, f"ok; extract tools missing: {self._missing_tools}"
        return True, "ok"

    def _upstream(self) -> str:
        from gateway.config import _mask_url_password

        return _mask_url_password(self.settings.upstream_url)

    def install_signals(self, on_reload: Callable[[], None] | None = None) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.stopping.set)
        loop.add_signal_handler(signal.SIGHUP, on_reload or self.reload_policy)

    def reload_policy(self) -> None:
        reload = getattr(self.policy, "reload", None)
        if reload is None:
            return
        try:
            reload()
        except Exception as e:  # the holder keeps the old policy; say why once
            log.error("policy reload failed, keeping the previous policy: %s", e)
            return
        options = detector_options(self.policy)
        if self.scanner is not None and options != self.scanner.options:
            # the organisation's own IBANs live in the policy and in every scanner's engine
            self.scanner.reconfigure(options)
            log.info("detector options changed with the policy: scanner processes restarted")

    async def stop(self) -> None:
        """Stop accepting, drain in-flight messages within the bound, close everything."""
        if self.server is not None:
            self.server.close()
        h = self.handler
        if h is not None and h.in_flight:
            log.info("draining %d in-flight message(s), up to %.0fs", h.in_flight, self.settings.drain_timeout)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(h.idle.wait(), self.settings.drain_timeout)
        if h is not None:
            for proto in list(h.protocols):
                proto.close_gracefully()
        await asyncio.sleep(0)
        if self.scanner is not None:
            await self.scanner.close()  # what still waits for a scan fails now (451), and is logged
        if h is not None:
            await h.wait_processing(10.0)
        if self.relay is not None:
            await self.relay.close()
        if self.stats is not None:
            await self.stats.close()
        if self.quarantine is not None:
            await self.quarantine.close()
        if self._http is not None:
            self._http.close()
        log.info("dlp-gateway stopped")


async def run(
    settings: Settings,
    *,
    sock: socket.socket | None = None,
    policy: PolicySource | None = None,
    template: TemplateProcess | None = None,
) -> int:
    gw = Gateway(settings, sock=sock, policy=policy, template=template)
    await gw.start()
    gw.install_signals()
    await gw.stopping.wait()
    await gw.stop()
    return 0


def serve(settings: Settings, *, sock: socket.socket | None = None) -> int:
    """One gateway process, its template already forked (see ``gateway.cli``: before this module is
    even imported, so that the engine is built while the SMTP side is imported)."""
    policy = load_policy_source(settings)
    template = fork_template(template_config(settings, policy), close=[sock] if sock is not None else ())
    return serve_with(settings, policy, template, sock=sock)


def serve_with(settings: Settings, policy: Any, template: TemplateProcess, *, sock: socket.socket | None = None) -> int:
    return asyncio.run(run(settings, sock=sock, policy=policy, template=template))


__all__ = ["Gateway", "detector_options", "load_policy_source", "open_listener", "run", "serve", "template_config"]
