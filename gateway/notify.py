"""Builds the DPO / IT notices of recommendation section 8: one per held or bounced message, or a
daily digest. A notice names categories, masked findings and locations, the sender's and the
recipients' *domains* (no address: the DPO opens those with an audited ``quarantine show``), and
the reference id to review with ``dlp-gateway quarantine show``; it never
contains message content. Rendered from ``policies/templates/dpo_notice.txt.j2`` (sandboxed).
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime, make_msgid
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from gateway.bounce import _clean, _text_part, encoded_header, shown
from gateway.model import Decision, Envelope, Finding
from gateway.policy import Policy

MAX_FINDINGS = 50
_ENVS: dict[int, tuple[Policy, SandboxedEnvironment]] = {}


def _env(policy: Policy) -> SandboxedEnvironment:
    """The template environment of ``policy``, built (and its templates compiled) once per policy."""
    cached = _ENVS.get(id(policy))
    if cached is not None and cached[0] is policy:
        return cached[1]
    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(policy.templates_dir)), autoescape=False, undefined=StrictUndefined,
        keep_trailing_newline=True, auto_reload=False,
    )
    _ENVS.clear()  # a reloaded policy replaces the previous one
    _ENVS[id(policy)] = (policy, env)
    return env


def notice_text(
    policy: Policy, decision: Decision, envelope: Envelope, findings: list[Finding], queue_id: str,
    size: int, arrival: datetime | None = None,
) -> str:
    """The notice body for one message."""
    rows: list[dict[str, Any]] = []
    for f in findings[:MAX_FINDINGS]:
        rows.append({
            "entity_type": _clean(f.entity_type, 40), "category": policy.category_of(f) or "-",
            "location": _clean(shown(f.location)), "snippet": _clean(shown(f.snippet), 40),
        })
    when = (arrival or datetime.now(UTC)).astimezone(UTC)
    return _env(policy).get_template("dpo_notice.txt.j2").render(
        reference=queue_id,
        action=decision.action,
        would_have=decision.would_have,
        arrival=when.strftime("%Y-%m-%d %H:%M:%S UTC"),
        sender_domain=envelope.sender_domain or "(null sender)",
        recipient_count=len(envelope.rcpt_tos),
        recipient_domains=list(envelope.recipient_domains),
        classes=list(decision.recipient_classes),
        categories=list(decision.categories),
        size=size,
        findings=rows,
        more=max(0, len(findings) - MAX_FINDINGS),
    )


def build_message(subject: str, body: str, *, to: str, sender: str, hostname: str, ref: str = "") -> bytes:
    """A plain auto-submitted notice (RFC 3834 ``auto-generated``) as CRLF bytes."""
    # Written as gateway.bounce writes the DSN (byte for byte what email.generator made of the MIME part).
    fields = [("MIME-Version", "1.0"), ("From", sender), ("To", to), ("Subject", encoded_header(subject, "Subject")),
              ("Date", format_datetime(datetime.now(UTC))), ("Message-ID", make_msgid("dlp", domain=hostname)),
              ("Auto-Submitted", "auto-generated")]
    if ref:
        fields.append(("X-DLP-Reference", ref))
    return _text_part("plain", body, fields).encode("ascii", "surrogateescape")  # quoted-printable: 7-bit clean


def build_notice(
    policy: Policy, decision: Decision, envelope: Envelope, findings: list[Finding], queue_id: str,
    size: int, *, to: str, sender: str, hostname: str, arrival: datetime | None = None,
) -> bytes:
    """The DPO notice for one held or bounced message."""
    cats = ", ".join(decision.categories) or "-"
    subject = f"[DLP] {decision.would_have or decision.action}: {cats} [{queue_id}]"
    body = notice_text(policy, decision, envelope, findings, queue_id, size, arrival)
    return build_message(subject, body, to=to, sender=sender, hostname=hostname, ref=queue_id)


def digest_text(rows: list[Any], since: datetime, until: datetime) -> str:
    """A daily digest: one line per held message (reference, action, categories, status)."""
    lines = [
        "DLP gateway digest (recommendation section 8)",
        f"Period: {since:%Y-%m-%d %H:%M} - {until:%Y-%m-%d %H:%M} UTC",
        f"Messages held or bounced: {len(rows)}",
        "",
    ]
    for r in rows:
        when = datetime.fromtimestamp(r.received_at, UTC).strftime("%Y-%m-%d %H:%M")
        cats = ",".join(r.decision.get("categories", [])) or "-"
        doms = ",".join(r.recipient_domains)
        lines.append(f"{r.id}  {when}  {r.action:<10} {r.status:<9} {cats}  -> {doms}")
    lines += ["", "Review: dlp-gateway quarantine show REF"]
    return "\n".join(lines) + "\n"
