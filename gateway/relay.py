"""Upstream delivery: hand an accepted message to the next hop (SMTP smart host or a local maildir).

Delivery is all-or-nothing per message: every recipient is offered to the upstream with
RCPT first, and only when the upstream takes all of them is DATA sent. If it refuses any,
the transaction is reset and the refusal goes back to our client (4xx -> 451, retried;
5xx -> 5xx, bounced by the client). So a partial refusal never leaves some recipients
silently dropped behind a 250 (the failure mode of aiosmtpd's example Proxy handler).

On the way out every message is checked by :func:`outbound`: line ends are normalised to CRLF
(a bare CR or bare LF becomes CRLF, RFC 5322 2.3: the line structure the scanner saw is the one
the next hop sees), and a message holding a NUL byte is never relayed (``550 5.6.0``). The SMTP
front already refuses NUL and normalises at DATA time; this is the last line for anything else
(e.g. a release of a message held before that check existed).

Errors: :class:`UpstreamTempError` (client should retry) or :class:`UpstreamPermError`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import socket
import ssl
import time
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlsplit

import aiosmtplib

from gateway.config import Settings
from gateway.errors import UpstreamPermError, UpstreamTempError
from gateway.model import Envelope

log = logging.getLogger("dlpgw.relay")


class Relay(Protocol):
    """What the act stage needs from an upstream."""

    async def deliver(self, envelope: Envelope, raw: bytes, queue_id: str) -> str: ...

    async def check(self) -> tuple[bool, str]: ...

    async def close(self) -> None: ...


_LINE_END = re.compile(rb"\r\n|\r|\n")
NUL_REPLY = "5.6.0 Message refused: NUL character in the message content (RFC 5321 4.5.2, RFC 6152)"


def has_bare_line_end(raw: bytes) -> bool:
    """True when ``raw`` holds a CR or LF that is not part of a CRLF pair."""
    crlf = raw.count(b"\r\n")
    return raw.count(b"\r") != crlf or raw.count(b"\n") != crlf


def normalise_line_ends(raw: bytes) -> bytes:
    """Every bare CR and bare LF as CRLF; the same bytes when there is none (the common case)."""
    return _LINE_END.sub(b"\r\n", raw) if has_bare_line_end(raw) else raw


def outbound(raw: bytes) -> bytes:
    """The bytes to hand to the next hop: CRLF line ends; a NUL byte refuses the message."""
    if b"\0" in raw:
        raise UpstreamPermError("permfail", 550, NUL_REPLY)
    return normalise_line_ends(raw)


def build_relay(settings: Settings) -> Relay:
    if settings.upstream_url.startswith("maildir:"):
        return MaildirRelay(Path(settings.upstream_url.removeprefix("maildir:")))
    return SmtpRelay(settings)


# --- maildir -----------------------------------------------------------------------------


class MaildirRelay:
    """Writes each message into a Maildir (tmp -> fsync -> rename into new -> fsync dir)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        for sub in ("tmp", "new", "cur"):
            (path / sub).mkdir(parents=True, exist_ok=True)
        self._host = socket.gethostname().replace("/", "_").replace(":", "_")
        self._seq = 0

    async def deliver(self, envelope: Envelope, raw: bytes, queue_id: str) -> str:
        raw = outbound(raw)
        self._seq += 1
        name = f"{time.time():.6f}.P{os.getpid()}Q{queue_id}N{self._seq}.{self._host}"
        head = f"Return-Path: <{envelope.mail_from}>\r\n".encode()
        head += b"".join(f"X-Original-To: {r}\r\n".encode() for r in envelope.rcpt_tos)
        try:
            await asyncio.to_thread(self._write, name, head + raw)
        except OSError as e:
            raise UpstreamTempError("maildir", 451, f"4.3.0 outbox not writable ({e.strerror})") from None
        return f"250 2.0.0 Ok: queued as {queue_id}"

    def _write(self, name: str, data: bytes) -> None:
        tmp = self.path / "tmp" / name
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb", closefd=True) as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.rename(tmp, self.path / "new" / name)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        dfd = os.open(self.path / "new", os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)

    async def check(self) -> tuple[bool, str]:
        ok = os.access(self.path / "new", os.W_OK)
        return ok, "maildir writable" if ok else f"maildir {self.path} not writable"

    async def close(self) -> None:
        return None


# --- SMTP --------------------------------------------------------------------------------


def upstream_tls_context(settings: Settings) -> ssl.SSLContext:
    """TLS client context for the upstream: system CAs or the configured CA file, verified unless disabled."""
    ctx = ssl.create_default_context(cafile=str(settings.upstream_ca_file) if settings.upstream_ca_file else None)
    if not settings.upstream_verify_tls:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def _classify(code: int, text: str) -> type[UpstreamTempError] | type[UpstreamPermError]:
    return UpstreamTempError if code < 500 else UpstreamPermError


def _kind(code: int, text: str) -> str:
    if code < 500:
        # Exchange Online throttling (451 4.7.500 Server busy) is its own kind for alerting.
        return "throttled" if "4.7.500" in text else "tempfail"
    return "permfail"


class SmtpRelay:
    """Delivers through aiosmtplib to ``smtp://`` or ``smtps://``, reusing idle connections."""

    def __init__(self, settings: Settings) -> None:
        parts = urlsplit(settings.upstream_url)
        self.implicit_tls = parts.scheme == "smtps"
        self.host = parts.hostname or "localhost"
        self.port = parts.port or (465 if self.implicit_tls else 25)
        self.username = unquote(parts.username) if parts.username else settings.upstream_username
        pw = unquote(parts.password) if parts.password else None
        if pw is None and settings.upstream_password is not None:
            pw = settings.upstream_password.get_secret_value()
        self.password = pw
        self.starttls = settings.upstream_starttls
        self.connect_timeout = settings.upstream_connect_timeout
        self.total_timeout = settings.upstream_timeout
        self.helo = settings.upstream_helo or settings.hostname
        self.pool_size = settings.upstream_pool_size
        self.tls_context = upstream_tls_context(settings)
        self._idle: list[aiosmtplib.SMTP] = []

    async def _connect(self) -> aiosmtplib.SMTP:
        start_tls = {"require": True, "opportunistic": None, "off": False}[self.starttls]
        client = aiosmtplib.SMTP(
            hostname=self.host,
            port=self.port,
            local_hostname=self.helo,
            timeout=self.connect_timeout,
            use_tls=self.implicit_tls,
            start_tls=False if self.implicit_tls else start_tls,
            tls_context=self.tls_context,
        )
        await client.connect()
        if self.username and self.password is not None:
            await client.login(self.username, self.password)
        return client

    async def _acquire(self) -> tuple[aiosmtplib.SMTP, bool]:
        while self._idle:
            client = self._idle.pop()
            if client.is_connected:
                return client, True
        return await self._connect(), False

    def _release(self, client: aiosmtplib.SMTP) -> None:
        if client.is_connected and len(self._idle) < self.pool_size:
            self._idle.append(client)
        else:
            client.close()

    async def deliver(self, envelope: Envelope, raw: bytes, queue_id: str) -> str:
        raw = outbound(raw)
        try:
            return await asyncio.wait_for(self._deliver(envelope, raw), self.total_timeout)
        except TimeoutError:
            raise UpstreamTempError("timeout", 451, "4.4.2 upstream timed out") from None

    async def _deliver(self, envelope: Envelope, raw: bytes) -> str:
        for attempt in (1, 2):
            try:
                client, reused = await self._acquire()
            except (aiosmtplib.SMTPConnectError, aiosmtplib.SMTPConnectTimeoutError, OSError) as e:
                raise UpstreamTempError("connect", 451, f"4.4.1 upstream unreachable ({type(e).__name__})") from None
            except ssl.SSLError:
                raise UpstreamTempError("tls", 451, "4.7.5 upstream TLS failed") from None
            except aiosmtplib.SMTPResponseException as e:
                cls = _classify(e.code, e.message)
                raise cls(_kind(e.code, e.message), e.code, e.message) from None
            except aiosmtplib.SMTPException as e:
                raise UpstreamTempError("protocol", 451, f"4.4.0 upstream error ({type(e).__name__})") from None
            try:
                return await self._transaction(client, envelope, raw)
            except aiosmtplib.SMTPServerDisconnected:
                client.close()
                if reused and attempt == 1:
                    continue  # a pooled connection went stale while idle: one fresh try
                raise UpstreamTempError("connect", 451, "4.4.2 upstream closed the connection") from None
            except (aiosmtplib.SMTPTimeoutError, TimeoutError):
                client.close()
                raise UpstreamTempError("timeout", 451, "4.4.2 upstream timed out") from None
            except (UpstreamTempError, UpstreamPermError):
                raise
            except aiosmtplib.SMTPException as e:
                client.close()
                raise UpstreamTempError("protocol", 451, f"4.4.0 upstream error ({type(e).__name__})") from None
            except OSError as e:
                client.close()
                text = f"4.4.2 upstream connection lost ({type(e).__name__})"
                raise UpstreamTempError("connect", 451, text) from None
        raise AssertionError("unreachable")  # pragma: no cover

    async def _transaction(self, client: aiosmtplib.SMTP, envelope: Envelope, raw: bytes) -> str:
        mail_opts = [f"SIZE={len(raw)}"] if client.supports_extension("size") else []
        for opt in envelope.mail_options:
            key = opt.split("=", 1)[0].upper()
            if key in ("BODY", "SMTPUTF8") and client.supports_extension(
                "8bitmime" if key == "BODY" else "smtputf8"
            ):
                mail_opts.append(opt)
        resp = await self._cmd(client, client.mail(envelope.mail_from, options=mail_opts))
        if resp.code != 250:
            await self._abort(client)
            raise _classify(resp.code, resp.message)(_kind(resp.code, resp.message), resp.code, resp.message)
        refused: list[aiosmtplib.SMTPResponse] = []
        for rcpt in envelope.rcpt_tos:
            resp = await self._cmd(client, client.rcpt(rcpt))
            if resp.code not in (250, 251):
                refused.append(resp)
        if refused:
            await self._abort(client)
            temp = [r for r in refused if r.code < 500]
            worst = temp[0] if temp else refused[0]  # any 4xx: retry all later, nothing was sent
            n = len(refused)
            text = f"{worst.message} ({n} of {len(envelope.rcpt_tos)} recipients refused upstream)"
            raise _classify(worst.code, text)(_kind(worst.code, text), worst.code, text)
        resp = await self._cmd(client, client.data(raw))
        if resp.code != 250:
            await self._abort(client)
            raise _classify(resp.code, resp.message)(_kind(resp.code, resp.message), resp.code, resp.message)
        self._release(client)
        return f"250 2.0.0 Ok: {resp.message}"

    @staticmethod
    async def _cmd(client: aiosmtplib.SMTP, coro: object) -> aiosmtplib.SMTPResponse:
        try:
            return await coro  # type: ignore[misc]
        except aiosmtplib.SMTPResponseException as e:
            if isinstance(e, aiosmtplib.SMTPServerDisconnected):
                raise
            return aiosmtplib.SMTPResponse(e.code, e.message)

    async def _abort(self, client: aiosmtplib.SMTP) -> None:
        try:
            await client.rset()
            self._release(client)
        except aiosmtplib.SMTPException:
            client.close()

    async def check(self) -> tuple[bool, str]:
        try:
            client = await asyncio.wait_for(self._connect(), self.connect_timeout)
        except Exception as e:
            return False, f"upstream {self.host}:{self.port} unreachable ({type(e).__name__})"
        self._release(client)
        return True, "upstream reachable"

    async def close(self) -> None:
        idle, self._idle = self._idle, []
        for client in idle:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(client.quit(), 2)
            client.close()
