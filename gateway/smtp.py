"""SMTP front: the aiosmtpd protocol and handler. Protocol rules only; DATA goes to the pipeline.

The handler enforces what a relay must check in-session — who may relay (allowed
networks or AUTH), recipient limits, SMTP smuggling — and hands each complete message to
:meth:`gateway.pipeline.Pipeline.process`, whose reply line it returns unchanged.
:class:`GatewaySMTP` adds what aiosmtpd lacks: a connection limit, a DATA-phase timeout,
PIPELINING in EHLO, RFC 3463 enhanced codes on aiosmtpd's own refusals, and metrics.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import re
import ssl
from typing import Any

from aiosmtpd.smtp import SMTP, AuthResult, Session
from aiosmtpd.smtp import Envelope as SmtpEnvelope

from gateway import metrics
from gateway.auth import Credentials
from gateway.config import Settings
from gateway.model import Envelope
from gateway.pipeline import Pipeline

log = logging.getLogger("dlpgw.smtp")

# A line holding only "." whose line break before or after is not CRLF: the ways one
# message can be split into two by a server that accepts bare LF / bare CR as the end of
# data (SMTP smuggling, CVE-2023-51764/51765/51766). aiosmtpd itself only ends DATA on
# <CRLF>.<CRLF>; we refuse such messages so no next hop can be tricked either.
SMUGGLING = re.compile(rb"(?:(?<!\r)\n|\r(?!\n))\.(?:\r\n|\r(?!\n)|\n)|\r\n\.(?:\n|\r(?!\n))")

# aiosmtpd's own refusals, rewritten with RFC 3463 enhanced status codes, + a metric reason.
_REWRITES: dict[bytes, tuple[str, str]] = {
    b"552 Error: message size exceeds fixed maximum message size": (
        "552 5.3.4 Message size exceeds fixed maximum message size", "size"),
    b"552 Error: Too much mail data": ("552 5.3.4 Message size exceeds fixed maximum message size", "size"),
    b"500 Line too long (see RFC5321 4.5.3.1.6)": (
        "500 5.5.2 Line too long (RFC 5321 section 4.5.3.1.6)", "line_too_long"),
    b"530 Must issue a STARTTLS command first": ("530 5.7.0 Must issue a STARTTLS command first", "tls_required"),
    b"535 5.7.8 Authentication credentials invalid": (
        "535 5.7.8 Authentication credentials invalid", "auth_failed"),
}


class GatewayHandler:
    """aiosmtpd hooks. Shared by every connection of one worker process."""

    def __init__(self, settings: Settings, pipeline: Pipeline) -> None:
        self.settings = settings
        self.pipeline = pipeline
        self.networks = settings.networks
        self.open_connections = 0
        self.in_flight = 0
        self.idle = asyncio.Event()
        self.idle.set()
        self.protocols: set[GatewaySMTP] = set()
        self.processing: set[asyncio.Future[str]] = set()  # messages in the pipeline

    def may_relay(self, session: Session) -> bool:
        if getattr(session, "authenticated", False):
            return True
        peer = session.peer
        host = peer[0] if isinstance(peer, tuple) else str(peer)
        try:
            ip = ipaddress.ip_address(host.split("%", 1)[0])
        except ValueError:
            return False
        if ip.version == 6 and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        return any(ip in net for net in self.networks)

    async def handle_EHLO(
        self, server: SMTP, session: Session, envelope: SmtpEnvelope, hostname: str, responses: list[str]
    ) -> list[str]:
        session.host_name = hostname
        # RFC 2920: we read commands as a stream and answer each in order.
        return [responses[0], "250-PIPELINING", *responses[1:]]

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: SmtpEnvelope, address: str, mail_options: list[str]
    ) -> str:
        if not self.may_relay(session):
            metrics.REJECTIONS.labels(reason="relay_denied").inc()
            return "554 5.7.1 Relay access denied: connect from an allowed network or authenticate"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 Ok"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: SmtpEnvelope, address: str, rcpt_options: list[str]
    ) -> str:
        if not self.may_relay(session):  # defensive: MAIL already checked
            metrics.REJECTIONS.labels(reason="relay_denied").inc()
            return "554 5.7.1 Relay access denied"
        if len(envelope.rcpt_tos) >= self.settings.max_recipients:
            metrics.REJECTIONS.labels(reason="too_many_recipients").inc()
            return "452 4.5.3 Too many recipients"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: SmtpEnvelope) -> str:
        raw: bytes = bytes(envelope.original_content or b"")
        if SMUGGLING.search(raw):
            metrics.REJECTIONS.labels(reason="smuggling").inc()
            return "550 5.5.2 Message refused: bare CR or LF around a lone '.' line (SMTP smuggling)"
        env = Envelope(
            mail_from=envelope.mail_from or "",
            rcpt_tos=tuple(envelope.rcpt_tos),
            mail_options=tuple(envelope.mail_options),
            rcpt_options=tuple(envelope.rcpt_options),
        )
        peer = session.peer[0] if isinstance(session.peer, tuple) else ""
        # The message is processed in its own task: if this session goes away (client gone,
        # session timer, shutdown), processing still ends with a verdict and its log line,
        # and nothing half-done (a relay, a quarantine write) is cut off.
        task = asyncio.ensure_future(self.pipeline.process(env, raw, peer))
        self.in_flight += 1
        self.idle.clear()
        self.processing.add(task)
        task.add_done_callback(self._processed)
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if current is not None and current.cancelling():
                # This session is being torn down: no reply can reach the client (it keeps the
                # message: no 250 was sent). The pipeline still finishes and logs it.
                log.warning("SMTP session closed while its message was being processed; the message gets "
                            "its verdict and log line, the client no reply")
                raise
            # A cancellation from inside the processing (never on purpose): never let it close
            # the session without an answer.
            log.error("message processing was cancelled from inside; tempfail")
            metrics.MESSAGES.labels(action="tempfail").inc()
            return "451 4.3.0 Internal error, try again later"
        except Exception:
            log.exception("unexpected error while processing a message; tempfail")
            metrics.MESSAGES.labels(action="tempfail").inc()
            return "451 4.3.0 Internal error, try again later"

    def _processed(self, task: asyncio.Future[str]) -> None:
        self.processing.discard(task)
        self.in_flight -= 1
        if self.in_flight == 0:
            self.idle.set()
        if not task.cancelled():
            task.exception()  # retrieved here too: its session may be gone (logged by the pipeline)

    async def wait_processing(self, timeout: float) -> None:
        """Let messages still being processed (their sessions closed) finish, up to ``timeout``."""
        if self.processing:
            await asyncio.wait(list(self.processing), timeout=timeout)

    async def handle_exception(self, error: Exception) -> str:
        log.error("SMTP session error: %s", type(error).__name__)
        return "421 4.3.0 Internal error, closing connection"


class GatewaySMTP(SMTP):
    """aiosmtpd's SMTP with connection limit, DATA timeout, enhanced codes and metrics."""

    def __init__(self, handler: GatewayHandler, settings: Settings, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self.gw = handler
        self.gw_settings = settings
        self._counted = False
        self._refused = False
        self._data_timeout = (settings.data_timeout + settings.scan_queue_timeout + settings.scan_timeout
                              + settings.upstream_timeout)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if not self._counted:
            if self.gw.open_connections >= self.gw_settings.max_connections:
                self._refused = True
                metrics.REJECTIONS.labels(reason="connection_limit").inc()
                transport.write(b"421 4.7.0 Too many connections, try again later\r\n")  # type: ignore[attr-defined]
                transport.close()
                return
            self._counted = True
            self.gw.open_connections += 1
            self.gw.protocols.add(self)
            metrics.SMTP_CONNECTIONS.inc()
            metrics.SMTP_CONNECTIONS_TOTAL.inc()
        super().connection_made(transport)

    def connection_lost(self, error: Exception | None) -> None:
        if self._refused:
            return
        if self._counted:
            self._counted = False
            self.gw.open_connections -= 1
            self.gw.protocols.discard(self)
            metrics.SMTP_CONNECTIONS.dec()
        super().connection_lost(error)

    def _timeout_cb(self) -> None:
        metrics.REJECTIONS.labels(reason="timeout").inc()
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(b"421 4.4.2 Timeout, closing connection\r\n")  # type: ignore[attr-defined]
        super()._timeout_cb()

    async def smtp_DATA(self, arg: str) -> None:
        # aiosmtpd's one timer runs from the DATA command to our reply: give it the DATA
        # transfer budget plus the scan queue, scan and upstream budgets (each enforced on its own).
        self._reset_timeout(self._data_timeout)
        await super().smtp_DATA(arg)

    async def push(self, status: str | bytes) -> None:
        key = status.encode() if isinstance(status, str) else bytes(status)
        rewrite = _REWRITES.get(key)
        if rewrite is not None:
            status, reason = rewrite
            metrics.REJECTIONS.labels(reason=reason).inc()
        await super().push(status)

    def close_gracefully(self) -> None:
        """Used on shutdown for idle sessions: say goodbye (RFC 5321 3.8) and close."""
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(b"421 4.3.2 Service shutting down, try again later\r\n")  # type: ignore[attr-defined]
            self.transport.close()


def make_tls_context(settings: Settings) -> ssl.SSLContext | None:
    if not settings.tls_cert_file or not settings.tls_key_file:
        return None
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(str(settings.tls_cert_file), str(settings.tls_key_file))
    return ctx


def protocol_factory(settings: Settings, handler: GatewayHandler) -> Any:
    """Build the per-connection protocol factory for ``loop.create_server``."""
    tls = make_tls_context(settings)
    credentials = Credentials.load(settings.auth_file) if settings.auth_file else None

    def authenticator(server: SMTP, session: Session, envelope: SmtpEnvelope, mechanism: str, data: Any) -> AuthResult:
        ok = credentials is not None and credentials.verify(data.login, data.password)
        return AuthResult(success=ok, handled=False)  # failures are counted by push()

    line_limit = settings.max_line_length

    class _Proto(GatewaySMTP):
        line_length_limit = line_limit

    def factory() -> GatewaySMTP:
        return _Proto(
            handler,
            settings,
            data_size_limit=settings.max_message_size,
            enable_SMTPUTF8=True,
            decode_data=False,
            hostname=settings.hostname,
            ident="dlp-gateway ESMTP",
            tls_context=tls,
            require_starttls=settings.require_starttls,
            timeout=settings.command_timeout,
            authenticator=authenticator if credentials is not None else None,
            auth_require_tls=True,
            auth_exclude_mechanism=None,
        )

    return factory
