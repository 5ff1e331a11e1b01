"""SMTP front: the aiosmtpd protocol and handler. Protocol rules only; DATA goes to the pipeline.

The handler enforces what a relay must check in-session — who may relay (allowed
networks or AUTH), recipient limits, SMTP smuggling, NUL bytes — and hands each complete
message, its line ends normalised to CRLF, to :meth:`gateway.pipeline.Pipeline.process`, whose
reply line it returns unchanged. :class:`GatewaySMTP` adds what aiosmtpd lacks: connection
slots by client class and address (:mod:`gateway.slots`), a short command timeout for clients
that must still authenticate, AUTH verified off the event loop with throttling and lockout
(:class:`gateway.auth.AuthGuard`), a DATA transfer bound (minimum rate after a grace period,
and a total cap), PIPELINING in EHLO, RFC 3463 enhanced codes on aiosmtpd's own refusals, and
metrics.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import ssl
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword, Session
from aiosmtpd.smtp import Envelope as SmtpEnvelope

from gateway import metrics
from gateway.auth import AuthGuard, Credentials
from gateway.config import Settings
from gateway.model import Envelope
from gateway.pipeline import Pipeline
from gateway.relay import NUL_REPLY, normalise_line_ends
from gateway.slots import ALLOWED, AUTHENTICATED, UNTRUSTED, SlotTable, address_key, peer_ip
from gateway.spool import CHUNK, Charge, DataBudget, SpooledMessage, open_spool, prepare

log = logging.getLogger("dlpgw.smtp")

# A line holding only "." whose line break before or after is not CRLF: the ways one
# message can be split into two by a server that accepts bare LF / bare CR as the end of
# data (SMTP smuggling, CVE-2023-51764/51765/51766). aiosmtpd itself only ends DATA on
# <CRLF>.<CRLF>; we refuse such messages so no next hop can be tricked either.
SMUGGLING = re.compile(rb"(?:(?<!\r)\n|\r(?!\n))\.(?:\r\n|\r(?!\n)|\n)|\r\n\.(?:\n|\r(?!\n))")
# The same, at the start of a chunk of lines that follows a CRLF (SMUGGLING's second branch).
_SMUGGLING_AT_START = re.compile(rb"\.(?:\n|\r(?!\n))")
# Every SMUGGLING match holds a CR or LF, a dot and a CR or LF in a row: a chunk without any of these
# byte triples (nearly all mail) needs no regex pass (the regex tries every byte; ``in`` is a fast search).
_SMUGGLING_TRIPLES = (b"\n.\r", b"\n.\n", b"\r.\r", b"\r.\n")


def smuggling_in(data: bytes | bytearray) -> bool:
    """True when ``data`` holds a lone '.' line with a bare CR or LF around it (``SMUGGLING``)."""
    return any(t in data for t in _SMUGGLING_TRIPLES) and SMUGGLING.search(data) is not None

BUDGET_REPLY = "452 4.3.1 Insufficient system storage: too much mail in flight, try again later"
SMUGGLING_REPLY = "550 5.5.2 Message refused: bare CR or LF around a lone '.' line (SMTP smuggling)"

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


_STATE_REPLIES = {  # why a transfer is refused -> the reply (aiosmtpd's texts are rewritten by push)
    "line_too_long": "500 Line too long (see RFC5321 4.5.3.1.6)",
    "size": "552 Error: Too much mail data",
    "data_budget": BUDGET_REPLY,
    "spool_error": BUDGET_REPLY,
}

_SLOT_REFUSALS = {
    "connection_limit": b"421 4.7.0 Too many connections, try again later\r\n",
    "address_limit": b"421 4.7.0 Too many connections from your address, try again later\r\n",
    "untrusted_limit": b"421 4.7.0 Too many unauthenticated connections, try again later\r\n",
}


class GatewayHandler:
    """aiosmtpd hooks. Shared by every connection of one worker process."""

    def __init__(self, settings: Settings, pipeline: Pipeline) -> None:
        self.settings = settings
        self.pipeline = pipeline
        self.networks = settings.networks
        self.slots = SlotTable.from_settings(settings)
        self.auth = auth_guard(settings)
        self.budget = DataBudget(settings.data_budget)
        self.spool_dir: Path | None = None
        if settings.spool_threshold:
            try:
                self.spool_dir = prepare(settings.effective_spool_dir)
            except OSError as e:  # still safe, only hungrier: every message stays in memory
                log.error("spool directory %s unusable (%s): message data is kept in memory",
                          settings.effective_spool_dir, type(e).__name__)
        self.in_flight = 0
        self.idle = asyncio.Event()
        self.idle.set()
        self.protocols: set[GatewaySMTP] = set()
        self.processing: set[asyncio.Future[str]] = set()  # messages in the pipeline

    @property
    def open_connections(self) -> int:
        return self.slots.total

    def is_allowed(self, peer: object) -> bool:
        """Is the peer in ``allowed_networks`` (may relay without AUTH)?"""
        ip = peer_ip(peer)
        return ip is not None and any(ip in net for net in self.networks)

    def may_relay(self, session: Session) -> bool:
        if getattr(session, "authenticated", False):
            return True
        return self.is_allowed(session.peer)

    def admit(self, transport: asyncio.BaseTransport) -> tuple[str, str, str] | None:
        """Take a connection slot for a new transport: (address key, class, client IP); or refuse
        it (421, metric, close) and return None."""
        peer = transport.get_extra_info("peername")
        ip = peer_ip(peer)
        key, cls = address_key(ip), (ALLOWED if self.is_allowed(peer) else UNTRUSTED)
        reason = self.slots.admit(key, cls)
        if reason is not None:
            metrics.REJECTIONS.labels(reason=reason).inc()
            transport.write(_SLOT_REFUSALS[reason])  # type: ignore[attr-defined]
            transport.close()
            return None
        return key, cls, str(ip) if ip is not None else "?"

    async def handle_EHLO(
        self, server: SMTP, session: Session, envelope: SmtpEnvelope, hostname: str, responses: list[str]
    ) -> list[str]:
        session.host_name = hostname
        # RFC 2920: we read commands as a stream and answer each in order. Without credentials
        # aiosmtpd would still print an empty "250-AUTH" line after STARTTLS: drop it.
        rest = [r for r in responses[1:] if r.strip() != "250-AUTH"]
        return [responses[0], "250-PIPELINING", *rest]

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: SmtpEnvelope, address: str, mail_options: list[str]
    ) -> str:
        if not self.may_relay(session):
            metrics.REJECTIONS.labels(reason="relay_denied").inc()
            return "554 5.7.1 Relay access denied: connect from an allowed network or authenticate"
        declared = declared_size(mail_options)
        if declared and isinstance(server, GatewaySMTP):
            # RFC 1870: a declared size is reserved in the data budget until the transaction ends.
            charge = server.transaction_charge()
            if not self.budget.fits(declared - charge.amount):
                metrics.REJECTIONS.labels(reason="data_budget").inc()
                log.info("MAIL refused: SIZE=%d over the data budget (%d of %d bytes in flight); reply 452",
                         declared, self.budget.used, self.budget.limit)
                return BUDGET_REPLY
            charge.set(max(charge.amount, declared))
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
        desk = self.pipeline.services.override
        if desk is not None and (refusal := desk.rcpt_refusal(address, envelope.rcpt_tos)):
            return refusal
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: SmtpEnvelope) -> str:
        """aiosmtpd's hook, for a message it received itself (:class:`GatewaySMTP` receives DATA on
        its own and calls :meth:`deliver`): the same checks, then the pipeline."""
        end = getattr(server, "end_of_data", None)
        if end is not None:
            end()  # the transfer is complete: from here the scan and upstream budgets apply
        sink = DataSink(0, None)
        sink.buf += envelope.original_content or b""
        raw = sink.finish()
        refusal = sink.refusal
        if refusal is not None:
            metrics.REJECTIONS.labels(reason=refusal[0]).inc()
            return refusal[1]
        return await self.deliver(session, envelope, raw, self.budget.charge())

    async def deliver(self, session: Session, envelope: SmtpEnvelope, data: bytes | SpooledMessage,
                      charge: Charge) -> str:
        """Hand one complete, checked message (line ends CRLF) to the pipeline; its reply line.

        From here the message owns ``charge`` (its share of the data budget) and, when spooled, its
        file: both are released when the pipeline is done with it, whatever happens to the session."""
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
        try:
            task = asyncio.ensure_future(self.pipeline.process(env, data, peer))
        except BaseException:
            _free(data, charge)
            raise
        self.in_flight += 1
        self.idle.clear()
        self.processing.add(task)
        task.add_done_callback(lambda t: self._processed(t, data, charge))
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

    def _processed(self, task: asyncio.Future[str], data: bytes | SpooledMessage, charge: Charge) -> None:
        _free(data, charge)
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


def _free(data: bytes | SpooledMessage, charge: Charge) -> None:
    if isinstance(data, SpooledMessage):
        data.close()
    charge.release()


def declared_size(mail_options: list[str]) -> int:
    """The ``SIZE=`` a client declared in MAIL FROM (RFC 1870), 0 when none."""
    for opt in mail_options:
        key, _, value = opt.partition("=")
        if key.upper() == "SIZE" and value.isdigit():
            return int(value)
    return 0


class DataSink:
    """One DATA transfer's message bytes (dot-unstuffed lines): in memory up to ``threshold`` bytes,
    then in a spool file (:mod:`gateway.spool`) written a chunk at a time.

    Every chunk that leaves memory — or the whole message, when it stays there — is checked for
    SMTP smuggling and NUL bytes and gets its line ends normalised to CRLF on the way, so the
    scanner reads and the relay sends the same bytes. A chunk holds whole lines (each ends in
    CRLF), so checking chunk by chunk finds exactly what a check of the whole message finds.
    """

    def __init__(self, threshold: int, directory: Path | None) -> None:
        self.buf = bytearray()
        self.threshold = threshold if directory is not None else 0  # 0: memory only
        self.directory = directory
        self.fd = -1
        self.spooled = 0  # bytes in the file
        self.first = True
        self.smuggling = self.nul = False

    @property
    def refusal(self) -> tuple[str, str] | None:
        """(metric reason, reply) when the message must be refused."""
        if self.smuggling:
            return "smuggling", SMUGGLING_REPLY
        if self.nul:
            # RFC 5321 4.5.2 / RFC 6152: no NUL in mail data; next hops differ on what they do with one.
            return "nul", f"550 {NUL_REPLY}"
        return None

    def should_spill(self) -> bool:
        return bool(self.threshold) and (self.fd >= 0 or len(self.buf) > self.threshold)

    def _inspect(self, chunk: bytearray) -> bytes | bytearray:
        if smuggling_in(chunk) or (not self.first and _SMUGGLING_AT_START.match(chunk)):
            self.smuggling = True
        if b"\0" in chunk:
            self.nul = True
        self.first = False
        # Bare CR / bare LF become CRLF: scanned, held and relayed are then the same bytes, with the
        # line structure the MIME parser saw (it splits on CR, LF and CRLF alike).
        return normalise_line_ends(chunk)  # type: ignore[arg-type]

    def spill(self) -> None:
        """Move the buffered lines to the spool file (created on first use); OSError when it cannot."""
        if self.fd < 0:
            assert self.directory is not None
            self.fd = open_spool(self.directory)
            metrics.SPOOL_FILES.inc()
            metrics.SPOOLED.inc()
        chunk = self._inspect(self.buf)
        self.buf = bytearray()
        if self.smuggling or self.nul:
            return  # refused: nothing more is kept
        view = memoryview(chunk)
        while view:
            view = view[os.write(self.fd, view):]
        self.spooled += len(chunk)

    def discard(self) -> None:
        self.buf = bytearray()

    def finish(self) -> bytes | SpooledMessage:
        """The whole message: bytes, or the spool file (which the caller then owns)."""
        if self.fd < 0:
            raw = self._inspect(self.buf)
            self.buf = bytearray()
            return bytes(raw)
        if self.buf:
            self.spill()
        msg = SpooledMessage(self.fd, self.spooled)
        self.fd = -1
        return msg

    def close(self) -> None:
        """Drop what was not handed over (a refused or interrupted transfer)."""
        self.buf = bytearray()
        if self.fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = -1
            metrics.SPOOL_FILES.dec()


class _Session(Session):
    """aiosmtpd's Session without the deprecation warning it logs on every successful AUTH."""

    @property
    def login_data(self) -> Any:
        return self._login_data

    @login_data.setter
    def login_data(self, value: Any) -> None:
        self._login_data = value


class GatewaySMTP(SMTP):
    """aiosmtpd's SMTP with connection slots, AUTH guard, DATA bounds, enhanced codes and metrics."""

    _charge: Charge | None = None  # this transaction's share of the data budget (class default: aiosmtpd's
    # __init__ resets the transaction before ours runs)

    def __init__(self, handler: GatewayHandler, settings: Settings, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self.gw = handler
        self.gw_settings = settings
        self._counted = False
        self._refused = False
        self._slot_key = "?"
        self._slot_class = UNTRUSTED
        self._client = ""
        self._data_timeout = (settings.data_timeout + settings.scan_queue_timeout + settings.scan_timeout
                              + settings.upstream_timeout)
        self._bytes_in = 0
        self._data_t0 = 0.0
        self._data_b0 = 0
        self._data_watch: asyncio.TimerHandle | None = None
        self._auth_pending: LoginPassword | None = None

    def _create_session(self) -> Session:
        return _Session(self.loop)

    # --- connection slots --------------------------------------------------------------------
    def adopt(self, slot: tuple[str, str, str]) -> None:
        """Own the slot :class:`_Gate` took for this connection (address key, class, client IP)."""
        self._slot_key, self._slot_class, self._client = slot
        self._counted = True
        self.gw.protocols.add(self)
        metrics.SMTP_CONNECTIONS.inc()
        metrics.SMTP_CONNECTIONS_TOTAL.inc()
        if self._slot_class == UNTRUSTED:
            # May only authenticate: a short leash between commands until it has.
            self._timeout_duration = self.gw_settings.untrusted_command_timeout

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if not self._counted:  # not through the gate; STARTTLS calls this again with the TLS transport
            slot = self.gw.admit(transport)
            if slot is None:
                self._refused = True
                return
            self.adopt(slot)
        super().connection_made(transport)

    def connection_lost(self, error: Exception | None) -> None:
        if self._refused:
            return
        self._release_charge()
        self._stop_data_watch()
        if self._counted:
            self._counted = False
            self.gw.slots.release(self._slot_key, self._slot_class)
            self.gw.protocols.discard(self)
            metrics.SMTP_CONNECTIONS.dec()
        super().connection_lost(error)

    def data_received(self, data: bytes) -> None:
        self._bytes_in += len(data)  # after TLS: the decrypted bytes (the SSL layer calls us)
        super().data_received(data)

    def _timeout_cb(self) -> None:
        metrics.REJECTIONS.labels(reason="timeout").inc()
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(b"421 4.4.2 Timeout, closing connection\r\n")  # type: ignore[attr-defined]
        super()._timeout_cb()

    # --- the data budget -------------------------------------------------------------------------
    def transaction_charge(self) -> Charge:
        """This transaction's share of the worker's data budget (made on first use)."""
        if self._charge is None:
            self._charge = self.gw.budget.charge()
        return self._charge

    def _release_charge(self) -> None:
        if self._charge is not None:
            self._charge.release()
            self._charge = None

    def _set_post_data_state(self) -> None:
        self._release_charge()  # after DATA (handed over or refused), RSET, HELO/EHLO
        super()._set_post_data_state()

    def _grow(self, charge: Charge, received: int) -> bool:
        """Charge ``received`` bytes (beyond what was declared); False when the budget has no room."""
        if received <= charge.amount:
            return True
        if not self.gw.budget.fits(received - charge.amount):
            return False
        charge.set(received)
        return True

    # --- DATA: received here (aiosmtpd's reading, into a DataSink), with transfer bounds ---------
    async def smtp_DATA(self, arg: str) -> None:
        # aiosmtpd's one timer is the backstop from the DATA command to our reply: the DATA
        # transfer budget plus the scan queue, scan and upstream budgets (each enforced on its
        # own). The transfer itself is watched by _check_data from the 354 on.
        self._reset_timeout(self._data_timeout)
        try:
            await self._receive_data(arg)
        finally:
            self._stop_data_watch()

    async def _receive_data(self, arg: str) -> None:
        """aiosmtpd's smtp_DATA (same checks, replies and line rules), with the message's bytes going
        to a :class:`DataSink` (memory, then a spool file) charged to the data budget as they come."""
        if await self.check_helo_needed():
            return
        if await self.check_auth_needed("DATA"):
            return
        assert self.envelope is not None and self.session is not None
        if not self.envelope.rcpt_tos:
            await self.push("503 Error: need RCPT command")
            return
        if arg:
            await self.push("501 Syntax: DATA")
            return
        charge = self.transaction_charge()
        if not charge.amount and self.gw.budget.full():
            metrics.REJECTIONS.labels(reason="data_budget").inc()
            log.info("DATA refused before the transfer: data budget full (%d of %d bytes in flight); reply 452",
                     self.gw.budget.used, self.gw.budget.limit)
            await self.push(BUDGET_REPLY)
            return
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        sink = DataSink(self.gw_settings.spool_threshold, self.gw.spool_dir)
        try:
            state, received = await self._read_data(sink, charge)
            if state == "incomplete":  # the connection went before the final '.': nothing to answer
                return
            self.end_of_data()  # the transfer is complete: from here the scan and upstream budgets apply
            data: bytes | SpooledMessage | None = None
            if state is None:
                try:
                    data = sink.finish() if self._grow(charge, received) else None
                    state = None if data is not None else "data_budget"
                except OSError as e:
                    log.error("spool file write failed (%s); reply 452", type(e).__name__)
                    state = "spool_error"
            refusal = sink.refusal if state is None else None
            if state is not None or refusal is not None:
                if isinstance(data, SpooledMessage):
                    data.close()
                reason, reply = refusal or (state or "?", _STATE_REPLIES.get(state or "", BUDGET_REPLY))
                if reason in ("data_budget", "spool_error", "smuggling", "nul"):
                    metrics.REJECTIONS.labels(reason=reason).inc()  # the other two: by push's rewrite
                log.info("message refused at the end of DATA (%s, %d bytes); reply %s", reason, received,
                         reply.split(" ", 1)[0])
                self._set_post_data_state()
                await self.push(reply)
                return
            assert data is not None
            self._charge = None  # the message owns it now, until the pipeline is done with it
            status = await self.gw.deliver(self.session, self.envelope, data, charge)
        finally:
            sink.close()
        self._set_post_data_state()
        await self.push(status)

    async def _read_data(self, sink: DataSink, charge: Charge) -> tuple[str | None, int]:
        """Read DATA lines up to the lone '.': (why the message is refused or None, bytes received);
        ``"incomplete"`` when the connection went first.

        As aiosmtpd does: a line over the length limit or a message over the size limit is read to
        its end and then refused (RFC 5321 4.2.5); dot-stuffing is removed. Every CHUNK bytes the
        transfer is charged to the budget (over it: the rest is read and dropped, then 452) and, past
        the spool threshold, moved to the spool file.
        """
        limit = self.data_size_limit
        length_limit = self.line_length_limit
        state: str | None = None
        received = 0
        fragments: list[bytes] = []

        def next_check() -> int:  # the buffer size at which to charge the budget / spill again
            n = len(sink.buf) + CHUNK
            return min(n, sink.threshold + 1) if sink.threshold and sink.fd < 0 else n

        check_at = next_check()
        while self.transport is not None:
            try:
                line: bytes = await self._reader.readuntil(b"\r\n")
            except asyncio.CancelledError:
                log.info("Connection lost during DATA")
                self._writer.close()
                raise
            except asyncio.LimitOverrunError as e:
                if state is None:
                    state = "line_too_long"
                sink.discard()
                line = await self._reader.read(e.consumed)
            if not fragments and line == b".\r\n":
                return state, received
            received += len(line)
            if state is None and limit and received > limit:
                state = "size"
                sink.discard()
            fragments.append(line)
            if line[-2:] != b"\r\n":
                continue
            if state is None:
                if len(fragments) > 1:
                    line = b"".join(fragments)
                if len(line) > length_limit:
                    state = "line_too_long"
                    sink.discard()
                else:
                    if line[:1] == b".":
                        sink.buf += memoryview(line)[1:]
                    else:
                        sink.buf += line
                    if len(sink.buf) >= check_at:
                        if not self._grow(charge, received):
                            state = "data_budget"
                            sink.discard()
                        elif sink.should_spill():
                            try:
                                sink.spill()
                            except OSError as e:
                                log.error("spool file write failed (%s); the transfer is read and refused",
                                          type(e).__name__)
                                state = "spool_error"
                                sink.discard()
                        check_at = next_check()
            fragments.clear()
        return "incomplete", received  # never a message without its end of data

    def _start_data_watch(self) -> None:
        self._stop_data_watch()
        self._data_t0 = self.loop.time()
        self._data_b0 = self._bytes_in
        self._data_watch = self.loop.call_at(self._data_deadline()[0], self._check_data)

    def _stop_data_watch(self) -> None:
        if self._data_watch is not None:
            self._data_watch.cancel()
            self._data_watch = None

    def end_of_data(self) -> None:
        """Called by the handler when the whole message is in: stop the transfer watch."""
        self._stop_data_watch()
        self._reset_timeout(self._data_timeout)

    def _data_deadline(self) -> tuple[float, str]:
        """When the transfer must be complete by now, and the reason if it is not."""
        s = self.gw_settings
        total = self._data_t0 + s.data_timeout
        if s.data_min_rate <= 0:
            return total, "data_timeout"
        # Postfix's smtpd_min_data_rate idea: a grace period, plus one second per data_min_rate bytes.
        paced = self._data_t0 + s.data_grace + (self._bytes_in - self._data_b0) / s.data_min_rate
        return (paced, "data_too_slow") if paced < total else (total, "data_timeout")

    def _check_data(self) -> None:
        self._data_watch = None
        deadline, reason = self._data_deadline()
        if self.loop.time() < deadline:
            self._data_watch = self.loop.call_at(deadline, self._check_data)  # more data came in
            return
        metrics.REJECTIONS.labels(reason=reason).inc()
        if self.transport is None or self.transport.is_closing():
            return
        if reason == "data_too_slow":
            line = f"421 4.4.2 DATA too slow (under {self.gw_settings.data_min_rate} bytes/s), closing connection"
        else:
            line = f"421 4.4.2 DATA not complete within {self.gw_settings.data_timeout:.0f}s, closing connection"
        self.transport.write(line.encode() + b"\r\n")  # type: ignore[attr-defined]
        self.transport.close()  # the client got no 250: it still owns the message

    # --- AUTH: verified off the event loop, throttled --------------------------------------------
    def _authenticate(self, mechanism: str, auth_data: Any) -> AuthResult:
        # aiosmtpd calls this synchronously from auth_PLAIN / auth_LOGIN once it has parsed the
        # credentials: keep them, and verify in _guarded (awaited, in the AuthGuard's threads).
        self._auth_pending = auth_data if isinstance(auth_data, LoginPassword) else None
        return AuthResult(success=False, handled=True)

    async def auth_PLAIN(self, _: Any, args: list[str]) -> AuthResult:
        return await self._guarded(await super().auth_PLAIN(_, args))

    async def auth_LOGIN(self, _: Any, args: list[str]) -> AuthResult:
        return await self._guarded(await super().auth_LOGIN(_, args))

    async def _guarded(self, parsed: AuthResult) -> AuthResult:
        creds, self._auth_pending = self._auth_pending, None
        guard = self.gw.auth
        if creds is None or guard is None:
            return parsed  # aiosmtpd already answered (bad base64, '*' abort, ...)
        outcome = await guard.attempt(creds.login, creds.password, self._slot_key, self._client)
        if outcome.delay:
            self._reset_timeout(outcome.delay + self._timeout_duration)
            await asyncio.sleep(outcome.delay)
        if outcome.ok:
            if self._counted:
                self.gw.slots.promote(self._slot_key, self._slot_class, AUTHENTICATED)
                self._slot_class = AUTHENTICATED
            self._timeout_duration = self.gw_settings.command_timeout
            return AuthResult(success=True, auth_data=creds)
        return AuthResult(success=False, handled=False, message=outcome.reply)

    # --- replies -------------------------------------------------------------------------------
    async def push(self, status: str | bytes) -> None:
        key = status.encode() if isinstance(status, str) else bytes(status)
        rewrite = _REWRITES.get(key)
        if rewrite is not None:
            status, reason = rewrite
            metrics.REJECTIONS.labels(reason=reason).inc()
        elif key.startswith(b"354"):
            self._start_data_watch()
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


def auth_guard(settings: Settings) -> AuthGuard | None:
    """The AUTH guard of one worker, when a credentials file is configured."""
    if not settings.auth_file:
        return None
    return AuthGuard.from_settings(Credentials.load(settings.auth_file), settings)


class _Gate(asyncio.Protocol):
    """What a new connection meets first: takes its slot or refuses it with 421, and only then
    builds the (much heavier) SMTP protocol and hands it the transport. A flood of refused
    connections costs a few microseconds each, not an SMTP session."""

    def __init__(self, handler: GatewayHandler, build: Any) -> None:
        self.handler = handler
        self.build = build

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        slot = self.handler.admit(transport)
        if slot is None:
            return
        proto = self.build()
        proto.adopt(slot)
        transport.set_protocol(proto)
        proto.connection_made(transport)

    def data_received(self, data: bytes) -> None:  # pragma: no cover - refused, closing
        pass

    def connection_lost(self, exc: Exception | None) -> None:
        pass


def protocol_factory(settings: Settings, handler: GatewayHandler) -> Any:
    """Build the per-connection protocol factory for ``loop.create_server``."""
    tls = make_tls_context(settings)
    offers_auth = handler.auth is not None
    line_limit = settings.max_line_length

    class _Proto(GatewaySMTP):
        line_length_limit = line_limit

    def smtp() -> GatewaySMTP:
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
            # verification happens in GatewaySMTP._guarded; without credentials AUTH is not offered
            auth_require_tls=True,
            auth_exclude_mechanism=None if offers_auth else ["PLAIN", "LOGIN"],
        )

    def factory() -> _Gate:
        return _Gate(handler, smtp)

    return factory
