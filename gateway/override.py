"""Sender override with justification: the token in the guidance bounce, and the sender's reply.

When every rule that holds a bounced message allows it (``rules[class][category].override`` in
the policy), the guidance bounce carries a **token** and a ``Reply-To`` of the override address
with the token as sub-address (``dlp-override+<token>@<domain>``). The sender answers from any
mail client with one line saying why the message must go by e-mail; the reply leaves through the
gateway like all outbound mail, and the gateway recognises the override address in RCPT
(:meth:`OverrideDesk.rcpt_refusal`, :meth:`OverrideDesk.recognises`) and hands the message to
:meth:`OverrideDesk.handle` instead of scanning it for delivery.

The token (40 base32 characters, case-insensitive, so it survives any client and any MTA that
lower-cases addresses) is ``version | queue id | expiry`` plus a 112-bit HMAC-SHA256 over those
and the **original envelope sender**; the key is ``override_key`` or ``<state_dir>/override.key``
(created once, mode 0600, like the quarantine key). It is single-use: the first accepted reply
inserts the token's hash into ``quarantine_override`` (primary key), so a replay finds it there.

A reply is refused, with a reply mail in the sender's language, when no token is found, the
token is forged or unknown, it belongs to another sender, it has expired, it was used already,
the message is no longer held, the policy no longer allows the override, the justification is
empty (when required) or carries an identifier. Otherwise the justification is written to the
audit log, the original is released through the normal relay path, and a confirmation to the
sender and a notice to the DPO go out through the row's durable outbox. If the upstream cannot
take the release right now the reply gets ``451`` and the sender's server retries it later.
"""

from __future__ import annotations

import asyncio
import base64
import email
import email.policy
import hashlib
import hmac
import logging
import os
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from gateway import metrics
from gateway.errors import GatewayError, ScanError, UpstreamPermError, UpstreamTempError
from gateway.model import Envelope, Finding, ScanReport
from gateway.policy import LANGUAGES, OverrideTerms, Policy
from gateway.quarantine import HeldMessage, QuarantineError, QuarantineStore, parse_key

log = logging.getLogger("dlpgw.override")

TOKEN_VERSION = 1
TOKEN_CHARS = 40  # 25 bytes: version 1 + queue id 6 + expiry 4 + HMAC 14
_MAC_BYTES = 14
_TOKEN_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z2-7]{40})(?![A-Za-z0-9])")
MAX_JUSTIFICATION = 500
# Categories a justification may not carry: it is stored in the audit log.
IDENTIFIER_CATEGORIES = ("national_id", "financial")
OUTCOMES = metrics.OVERRIDE_OUTCOMES


# --- the key and the token ------------------------------------------------------------------------


def load_or_create_override_key(configured: str | None, state_dir: Path) -> bytes:
    """The configured key, or ``<state_dir>/override.key`` (32 random bytes, created 0600 once).

    Several gateway instances sharing one store must share this key (set ``override_key``).
    """
    if configured:
        return parse_key(configured)
    path = state_dir / "override.key"
    try:
        return parse_key(path.read_text(encoding="ascii"))
    except FileNotFoundError:
        pass
    state_dir.mkdir(parents=True, exist_ok=True)
    key = os.urandom(32)
    tmp = state_dir / f".override.key.{os.getpid()}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(base64.urlsafe_b64encode(key).decode("ascii") + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    try:
        os.link(tmp, path)  # all or nothing: a worker starting at the same time uses the winner's key
    except FileExistsError:
        return parse_key(path.read_text(encoding="ascii"))
    finally:
        tmp.unlink()
    log.info("generated the override token key in %s (mode 0600)", path)
    return key


@dataclass(frozen=True, slots=True)
class ParsedToken:
    qid: str
    expires_at: int
    body: bytes
    mac: bytes

    @property
    def token_id(self) -> str:
        """What the single-use table stores: a hash, never the token itself."""
        return hashlib.sha256(self.body + self.mac).hexdigest()[:32]


class TokenSigner:
    """Mints and checks override tokens (HMAC-SHA256, truncated to 112 bits)."""

    def __init__(self, key: bytes) -> None:
        self._key = hashlib.sha256(b"dlpgw-override-token:" + key).digest()

    def _mac(self, body: bytes, sender: str) -> bytes:
        msg = body + b"\0" + sender.strip().lower().encode("utf-8", "surrogateescape")
        return hmac.new(self._key, msg, hashlib.sha256).digest()[:_MAC_BYTES]

    def mint(self, qid: str, sender: str, expires_at: float) -> str:
        """A token for queue id ``qid`` (12 hex digits), valid for ``sender`` until ``expires_at``."""
        body = bytes([TOKEN_VERSION]) + bytes.fromhex(qid) + int(expires_at).to_bytes(4, "big")
        raw = body + self._mac(body, sender)
        return base64.b32encode(raw).decode("ascii").lower()

    @staticmethod
    def parse(token: str) -> ParsedToken | None:
        """The token's fields, or None when it is not one of ours (no key needed)."""
        if len(token) != TOKEN_CHARS:
            return None
        try:
            raw = base64.b32decode(token.upper())
        except ValueError:
            return None
        if len(raw) != 25 or raw[0] != TOKEN_VERSION:
            return None
        body, mac = raw[:11], raw[11:]
        return ParsedToken(qid=body[1:7].hex().upper(), expires_at=int.from_bytes(body[7:11], "big"),
                           body=body, mac=mac)

    def authentic(self, parsed: ParsedToken, sender: str) -> bool:
        """Was this token minted by us for ``sender``?"""
        return hmac.compare_digest(self._mac(parsed.body, sender), parsed.mac)


def find_tokens(text: str) -> list[str]:
    """Token-shaped words in ``text`` (lower-cased, in order, without repeats)."""
    return list(dict.fromkeys(m.group(1).lower() for m in _TOKEN_RE.finditer(text)))


# --- reading the reply ----------------------------------------------------------------------------

# Where the quoted original starts in a reply (Outlook, Gmail, Thunderbird, Apple Mail; NL/FR/DE/EN).
_QUOTE_START = re.compile(
    r"^(?:On\s.+\swrote:|Le\s.+\sa\s+écrit\s*:|Am\s.+\sschrieb\s.+:|Op\s.+\sschreef\s.+:"
    r"|-{2,}\s*(?:original message|oorspronkelijk bericht|message d'origine|ursprüngliche nachricht)\s*-{2,}"
    r"|_{8,}|(?:From|Van|De|Von|Sent|Verzonden|Envoyé|Gesendet)\s*:.*)$",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^(?:justification|justificatie|motivering|reden|motif|raison|begründung|grund|reason)\s*[:\-]\s*",
    re.IGNORECASE,
)
_CTRL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def reply_text(msg: email.message.Message) -> str:
    """The sender's own text of a reply: its plain (or HTML) body, decoded."""
    from gateway.extract.text import decode_bytes, html_to_text

    body = msg.get_body(("plain", "html")) if isinstance(msg, EmailMessage) else None
    if body is None:
        return ""
    payload = body.get_payload(decode=True) or b""
    text = decode_bytes(payload, body.get_content_charset())
    if body.get_content_subtype() == "html":
        text = html_to_text(text)
    return text


def justification_of(text: str) -> str:
    """The first paragraph the sender wrote above (or below) the quoted bounce, on one line.

    Quoted lines (``>``), the quote header of every common client, a signature separator and the
    token itself are left out; a leading label (``Justification:``, ``Reden:``, ``Motif :``,
    ``Begründung:``) is dropped. At most 500 characters, control characters removed.
    """
    out: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        s = line.strip()
        if s.startswith(">"):
            if out:
                break
            continue
        if s in ("--", "-- ") or _QUOTE_START.match(s):
            break
        s = _TOKEN_RE.sub(" ", s)
        s = " ".join(_CTRL.sub(" ", s).split())
        if not s:
            if out:
                break
            continue
        out.append(s)
    j = _LABEL.sub("", " ".join(out)).strip()
    return j if len(j) <= MAX_JUSTIFICATION else j[: MAX_JUSTIFICATION - 1] + "…"


# --- the desk -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OverrideOffer:
    """What the guidance bounce says about the override (and its Reply-To)."""

    token: str
    reply_to: str
    expires_at: float
    justification_required: bool

    def template_data(self) -> dict[str, Any]:
        return {
            "token": self.token,
            "address": self.reply_to,
            "expires": datetime.fromtimestamp(self.expires_at, UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "required": self.justification_required,
        }


def _findings(rows: list[dict[str, Any]]) -> list[Finding]:
    out = []
    for f in rows:
        out.append(Finding(
            entity_type=str(f.get("entity_type", "")), location=str(f.get("location", "")),
            start=int(f.get("start", 0) or 0), end=int(f.get("end", 0) or 0), score=float(f.get("score", 1.0)),
            allowed=bool(f.get("allowed", False)), exception=f.get("exception"), snippet=str(f.get("snippet", "")),
            detail=f.get("detail"),
        ))
    return out


class OverrideDesk:
    """Offers overrides in guidance bounces and handles the senders' replies (one per worker)."""

    def __init__(self, settings: Any, policy: Any, store: QuarantineStore, deliver: Any,
                 scanner: Any = None, kick: Any = None) -> None:
        self.settings = settings
        self.policy = policy  # a PolicySource (.current)
        self.store = store
        self.deliver = deliver
        self.scanner = scanner
        self.kick = kick or (lambda: None)
        key = settings.override_key.get_secret_value() if getattr(settings, "override_key", None) else None
        self.signer = TokenSigner(load_or_create_override_key(key, Path(settings.state_dir)))
        address = (getattr(settings, "override_address", "") or f"dlp-override@{settings.hostname}").strip()
        local, _, domain = address.rpartition("@")
        self.local = local.lower()
        self.domain = domain.lower()
        self.address = f"{local}@{domain}"

    # -- recognising the override address -------------------------------------------------------
    def is_override_address(self, address: str) -> bool:
        local, _, domain = address.strip().strip("<>").rpartition("@")
        base = local.split("+", 1)[0].lower()
        return domain.lower() == self.domain and base == self.local

    def rcpt_refusal(self, address: str, rcpts: list[str]) -> str | None:
        """A reply to the override address travels alone (other recipients get 452 and a retry)."""
        if not rcpts:
            return None
        mine = self.is_override_address(address)
        if mine or any(self.is_override_address(r) for r in rcpts):
            return "452 4.5.3 An override reply goes in a message of its own: send the other recipients separately"
        return None

    def recognises(self, envelope: Envelope) -> bool:
        return bool(envelope.rcpt_tos) and all(self.is_override_address(r) for r in envelope.rcpt_tos)

    # -- the offer in the bounce ----------------------------------------------------------------
    def offer(self, terms: OverrideTerms | None, qid: str, sender: str, received_at: float,
              retention_days: int | None = None) -> OverrideOffer | None:
        if terms is None or not sender or not re.fullmatch(r"[0-9A-Fa-f]{12}", qid):
            return None
        expires = received_at + terms.expires_seconds
        if retention_days:
            expires = min(expires, received_at + retention_days * 86400)
        token = self.signer.mint(qid, sender, expires)
        local, _, domain = self.address.rpartition("@")
        return OverrideOffer(token, f"{local}+{token}@{domain}", expires, terms.justification_required)

    # -- the reply ------------------------------------------------------------------------------
    async def handle(self, envelope: Envelope, raw: bytes, queue_id: str) -> tuple[str, str]:
        """Process one reply to the override address: (SMTP reply line, outcome)."""
        try:
            reply, outcome = await self._handle(envelope, raw, queue_id)
        except (UpstreamTempError, TimeoutError, OSError) as e:
            log.warning("%s override reply not handled now (%s); tempfail", queue_id, type(e).__name__)
            reply, outcome = f"451 4.4.1 Override could not be handled now, try again later (ref {queue_id})", \
                "tempfail"
        except ScanError:
            reply, outcome = f"451 4.3.0 Override could not be checked now, try again later (ref {queue_id})", \
                "tempfail"
        metrics.OVERRIDES.labels(outcome=outcome).inc()
        return reply, outcome

    async def _handle(self, envelope: Envelope, raw: bytes, queue_id: str) -> tuple[str, str]:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        auto = str(msg.get("Auto-Submitted", "no")).strip().lower()
        precedence = str(msg.get("Precedence", "")).strip().lower()
        if not envelope.mail_from or auto != "no" or precedence in ("bulk", "junk", "list", "auto_reply"):
            return f"250 2.0.0 Ok: automatic message to the override address ignored (ref {queue_id})", "ignored"
        policy: Policy = self.policy.current
        sender = envelope.mail_from
        lang = policy.language(envelope, ScanReport(headers=[(k, str(v)) for k, v in msg.items()
                                                            if k.lower() == "content-language"]))
        text = reply_text(msg)
        candidates: list[str] = []
        for r in envelope.rcpt_tos:
            local = r.strip("<>").rpartition("@")[0]
            if "+" in local:
                candidates += find_tokens(local.split("+", 1)[1])
        candidates += find_tokens(str(msg.get("Subject", ""))) + find_tokens(text)
        candidates = list(dict.fromkeys(candidates))
        if not candidates:
            return await self._refuse("no_token", envelope, msg, lang, queue_id)

        parsed: ParsedToken | None = None
        held: HeldMessage | None = None
        original_env: Envelope | None = None
        forged = False
        for c in candidates:
            p = TokenSigner.parse(c)
            if p is None:
                continue
            h = await asyncio.to_thread(self.store.get_sync, p.qid)
            if h is None:
                continue  # purged, or a made-up reference
            env = await asyncio.to_thread(self.store.envelope_sync, p.qid)  # sealed in the store
            if self.signer.authentic(p, env.mail_from):
                parsed, held, original_env = p, h, env
                break
            forged = True
        if parsed is None or held is None or original_env is None:
            return await self._refuse("forged" if forged else "unknown", envelope, msg, lang, queue_id)
        qid = held.id
        lang = held.decision.get("language") or lang
        ctx: dict[str, Any] = {"reference": qid}
        if sender.strip().lower() != original_env.mail_from.strip().lower():
            return await self._refuse("wrong_sender", envelope, msg, lang, queue_id, ctx)
        if parsed.expires_at < time.time():
            ctx["expired"] = _utc(parsed.expires_at)
            return await self._refuse("expired", envelope, msg, lang, queue_id, ctx)
        used = await asyncio.to_thread(self.store.overrides_sync, token_id=parsed.token_id)
        if used:
            ctx["used_at"] = _utc(used[0].at)
            return await self._refuse("replay", envelope, msg, lang, queue_id, ctx)
        if held.status != "held":
            ctx["status"] = held.status
            return await self._refuse("not_held", envelope, msg, lang, queue_id, ctx)
        ev = policy.evaluate(original_env, ScanReport(findings=_findings(held.findings)))
        if ev.override is None:
            return await self._refuse("not_allowed", envelope, msg, lang, queue_id, ctx)
        justification = justification_of(text)
        if not justification and ev.override.justification_required:
            return await self._refuse("no_justification", envelope, msg, lang, queue_id, ctx)
        if justification and await self._carries_identifier(policy, justification):
            return await self._refuse("personal_data", envelope, msg, lang, queue_id, ctx)

        cats = list(held.decision.get("categories", []))
        classes = list(held.decision.get("recipient_classes", []))
        claimed = await asyncio.to_thread(self.store.claim_override_sync, parsed.token_id, qid,
                                          justification, cats, classes, held.sender_domain)
        if not claimed:
            ctx["used_at"] = _utc(time.time())
            return await self._refuse("replay", envelope, msg, lang, queue_id, ctx)
        try:
            await self.store.release(qid, self.deliver, "sender override",
                                     f"sender override with justification (reply {queue_id})")
        except UpstreamPermError as e:
            await asyncio.to_thread(self.store.finish_override_sync, parsed.token_id, "failed")
            ctx["upstream"] = f"{e.code} {e.message}"[:200]
            return await self._refuse("upstream_refused", envelope, msg, lang, queue_id, ctx)
        except QuarantineError:
            await asyncio.to_thread(self.store.unclaim_override_sync, parsed.token_id)
            ctx["status"] = "releasing"
            return await self._refuse("not_held", envelope, msg, lang, queue_id, ctx)
        except BaseException:
            await asyncio.to_thread(self.store.unclaim_override_sync, parsed.token_id)
            raise
        await asyncio.to_thread(self.store.finish_override_sync, parsed.token_id, "released")
        await asyncio.to_thread(self.store.audit_event_sync, qid, "override", "sender", justification or "-")
        log.info("%s released by sender override (reply %s)", qid, queue_id)
        ctx["justification"] = justification
        await self._confirm(policy, held, original_env, msg, lang, ctx)
        await self._notify_dpo(policy, held, original_env, justification, queue_id)
        self.kick()
        return f"250 2.0.0 Ok: override accepted, {qid} released (ref {queue_id})", "released"

    async def _carries_identifier(self, policy: Policy, justification: str) -> bool:
        """Does the justification carry a national number, an IBAN or a card number? (It is stored.)"""
        if self.scanner is None:
            return False
        raw = ("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
               + justification + "\r\n").encode("utf-8")
        report = await self.scanner.scan(raw)
        return any(policy.category_of(f) in IDENTIFIER_CATEGORIES for f in report.findings if policy.counts(f))

    # -- messages to the sender and the DPO ------------------------------------------------------
    def _env(self, policy: Policy) -> SandboxedEnvironment:
        return SandboxedEnvironment(loader=FileSystemLoader(str(policy.templates_dir)), autoescape=False,
                                    undefined=StrictUndefined, keep_trailing_newline=True)

    def render_reply(self, policy: Policy, outcome: str, lang: str | None, ctx: dict[str, Any]) -> tuple[str, str]:
        """(subject, text) of the reply for ``outcome`` in ``lang`` (all four languages when unknown)."""
        env = self._env(policy)
        langs = [lang] if lang in LANGUAGES else list(LANGUAGES)
        subjects, bodies = [], []
        data = {"outcome": outcome, "reference": "", "expired": "", "used_at": "", "status": "",
                "justification": "", "upstream": "", "contact": policy.spec.organisation.exception_contact,
                "address": self.address, **ctx}
        for lg in langs:
            out = env.get_template(f"override.{lg}.txt.j2").render(data)
            subject, _, body = out.partition("\n")
            subjects.append(" ".join(subject.split()))
            bodies.append(body.strip("\n") + "\n")
        from gateway.bounce import _wrap

        text = "\n\n--------------------------------------------------------------\n\n".join(_wrap(b) for b in bodies)
        return " / ".join(subjects), text

    def _message(self, policy: Policy, to: str, outcome: str, lang: str | None, ctx: dict[str, Any],
                 original: email.message.Message) -> bytes:
        subject, text = self.render_reply(policy, outcome, lang, ctx)
        m = EmailMessage(policy=email.policy.SMTP)
        m["From"] = self.settings.bounce_from or f"MAILER-DAEMON@{self.settings.hostname}"
        m["To"] = to
        m["Subject"] = subject
        m["Date"] = format_datetime(datetime.now(UTC))
        m["Message-ID"] = make_msgid("override", domain=self.settings.hostname)
        m["Auto-Submitted"] = "auto-replied"  # RFC 3834
        mid = str(original.get("Message-ID", "")).strip()
        if re.fullmatch(r"<[^<>\s]{1,250}>", mid):
            m["In-Reply-To"] = mid
            m["References"] = mid
        if ctx.get("reference"):
            m["X-DLP-Reference"] = ctx["reference"]
        if lang in LANGUAGES:
            m["Content-Language"] = lang
        m.set_content(text, charset="utf-8")
        return m.as_bytes(policy=email.policy.SMTP)

    async def _refuse(self, outcome: str, envelope: Envelope, original: email.message.Message, lang: str | None,
                      queue_id: str, ctx: dict[str, Any] | None = None) -> tuple[str, str]:
        """Answer the sender now (a failure to send makes the whole reply 451: their server retries)."""
        policy: Policy = self.policy.current
        raw = self._message(policy, envelope.mail_from, outcome, lang, ctx or {}, original)
        await self.deliver(Envelope("", (envelope.mail_from,)), raw, queue_id)
        ref = (ctx or {}).get("reference", "")
        log.info("%s override refused (%s)%s", queue_id, outcome, f" for {ref}" if ref else "")
        return f"250 2.0.0 Ok: override refused ({outcome.replace('_', ' ')}), reply sent (ref {queue_id})", outcome

    async def _confirm(self, policy: Policy, held: HeldMessage, envelope: Envelope, original: email.message.Message,
                       lang: str | None, ctx: dict[str, Any]) -> None:
        raw = self._message(policy, envelope.mail_from, "released", lang, ctx, original)
        await asyncio.to_thread(self.store.requeue_sync, held.id, "bounce", raw)

    async def _notify_dpo(self, policy: Policy, held: HeldMessage, envelope: Envelope, justification: str,
                          queue_id: str) -> None:
        dpo = self.settings.dpo_address or policy.dpo_address
        if not dpo:
            return
        from gateway.bounce import _clean
        from gateway.notify import build_message

        body = self._env(policy).get_template("dpo_override.txt.j2").render(
            reference=held.id, received=_utc(held.received_at), sender_domain=envelope.sender_domain or "(null sender)",
            recipient_domains=list(held.recipient_domains),
            classes=list(held.decision.get("recipient_classes", [])),
            categories=list(held.decision.get("categories", [])), justification=justification or "-",
            at=_utc(time.time()), reply=queue_id,
            findings=[{"entity_type": _clean(str(f.get("entity_type", "")), 40),
                       "location": _clean(str(f.get("location", ""))), "snippet": _clean(str(f.get("snippet", "")), 40),
                       "score": f.get("score", "")} for f in held.findings[:50]],
        )
        cats = ", ".join(held.decision.get("categories", [])) or "-"
        sender = self.settings.bounce_from or f"MAILER-DAEMON@{self.settings.hostname}"
        raw = build_message(f"[DLP] override: {cats} [{held.id}]", body, to=dpo, sender=sender,
                            hostname=self.settings.hostname, ref=held.id)
        await asyncio.to_thread(self.store.requeue_sync, held.id, "notice", raw, dpo)


def _utc(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M UTC")


def open_desk(settings: Any, policy: Any, quarantine: Any, relay: Any, scanner: Any = None) -> OverrideDesk | None:
    """The desk for a running gateway (None without a quarantine store)."""
    if quarantine is None:
        return None
    try:
        return OverrideDesk(settings, policy, quarantine.store, relay.deliver, scanner, kick=quarantine.kick)
    except (GatewayError, OSError) as e:
        log.error("sender overrides disabled: %s", e)
        return None
