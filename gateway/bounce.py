"""Builds the guidance bounce: an RFC 3464 delivery status notification telling the sender why the
message was held, what kinds of data were found where, and which secure channel to use instead.

The DSN is ``multipart/report; report-type=delivery-status`` with three parts:

1. the human part (``multipart/alternative``: text and HTML) in the sender's language, or in
   Dutch, French, German and English when the language is unknown; rendered from the Jinja2
   templates in ``policies/templates/`` (sandboxed; autoescape on for HTML);
2. ``message/delivery-status``: Reporting-MTA, Arrival-Date, and per recipient
   ``Action: failed`` / ``Status: 5.7.1`` (RFC 3463: delivery not authorized, message refused);
3. ``text/rfc822-headers`` with transport headers only (Message-ID, Date, From, To, Cc). The
   Subject is left out on purpose: subjects often carry the very data ("Dossier 85.07.30-033.28");
   the original body and attachments are never included.

It carries ``Auto-Submitted: auto-replied`` (RFC 3834) and is meant to be sent with a null
envelope sender (``MAIL FROM:<>``) so that it can never bounce back. Everything it shows comes
from masked findings and the policy: it contains no personal data from the message.
"""

from __future__ import annotations

import base64
import binascii
import email.policy
import functools
import re
import secrets
import textwrap
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

import markupsafe
from jinja2 import FileSystemLoader, StrictUndefined, pass_eval_context, select_autoescape
from jinja2.filters import do_urlize
from jinja2.nodes import EvalContext
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from gateway.model import Envelope, Finding
from gateway.policy import LANGUAGES, STRICTNESS, Evaluation, Policy

MAX_FINDINGS = 20
MAX_NAME = 80
# Original header fields the DSN may quote: transport metadata only (recommendation section 6).
QUOTED_HEADERS = ("Message-ID", "Date", "From", "To", "Cc")
_CTRL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
# Text parts go out quoted-printable (_text_part): 7-bit clean whatever the upstream offers (no 8BITMIME needed).


class _WirePolicy(email.policy.Compat32):
    """compat32 with CRLF that writes a header field set here as it is when it is already in its
    final form (ASCII, only CRLF-space folds as made by :func:`encoded_header`): several times
    cheaper than the header registry of policy.SMTP or compat32's own re-folding."""

    def _fold(self, name: str, value: Any, sanitize: bool) -> str:
        if isinstance(value, str) and value.isascii():
            unfolded = value.replace("\r\n ", "")
            if "\r" not in unfolded and "\n" not in unfolded and len(name) + len(value) < 990:
                return f"{name}: {value}{self.linesep}"
        return super()._fold(name, value, sanitize)


_WIRE = _WirePolicy(linesep="\r\n", max_line_length=78)


def encoded_header(value: str, name: str = "") -> str:
    """``value`` as it goes on the wire: as is when ASCII, else RFC 2047 ``B`` encoded-words of
    at most 75 characters (whole UTF-8 characters each), one per folded line."""
    if value.isascii():
        return value
    data, words, pos = value.encode("utf-8"), [], 0
    while pos < len(data):
        end = min(pos + 45, len(data))  # 45 bytes -> 60 base64 characters + 12 of =?utf-8?b??= = 72
        while end < len(data) and data[end] & 0xC0 == 0x80:  # never split a character
            end -= 1
        words.append(data[pos:end])
        pos = end
    return "\r\n ".join(f"=?utf-8?b?{base64.b64encode(w).decode('ascii')}?=" for w in words)


def _boundary() -> str:
    """A multipart boundary that cannot occur in our parts ("=_" never appears in quoted-printable
    or base64 text) and saves the generator its search of every part for a collision."""
    return f"=_dlpgw_{secrets.token_hex(16)}"


def _clean(value: str, limit: int = MAX_NAME) -> str:
    """One printable line from untrusted text (attachment names, snippets)."""
    value = " ".join(_CTRL.sub(" ", value).split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class Place:
    """Where a finding is, in words a template can localize."""

    kind: str  # body, subject, header, attachment
    name: str = ""
    page: str = ""


def shown(text: str) -> str:
    """Text the gateway writes into a notice or bounce: identifiers masked once more (the scan
    already masked locations; this keeps rows stored before that, or any other path, honest)."""
    from detectors.masking import mask_identifiers

    return mask_identifiers(text)


def describe_location(location: str) -> Place:
    """``attachment:report.pdf#page=3`` -> Place('attachment', 'report.pdf', '3')."""
    location = shown(location)
    if location == "subject":
        return Place("subject")
    if location.startswith("header:"):
        return Place("header", _clean(location[7:]))
    if location.startswith("attachment:"):
        name, _, frag = location[11:].partition("#")
        page = frag.removeprefix("page=") if frag.startswith("page=") else ""
        return Place("attachment", _clean(name), _clean(page, 10))
    m = re.fullmatch(r"body\[(\d+)\]", location)
    if m:
        return Place("body", f"{int(m.group(1)) + 1}")
    return Place("body")


@dataclass(slots=True)
class GuidanceContext:
    """Everything the templates see: content-free, built from the evaluation and masked findings."""

    reference: str
    arrival: str
    sender: str
    recipients: list[str]
    findings: list[Finding]
    per_class: list[tuple[str, list[str], list[str]]]  # (class, recipients, channel ids)
    contact: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def guidance_context(
    ev: Evaluation, envelope: Envelope, queue_id: str, arrival: datetime | None = None
) -> GuidanceContext:
    """Collect the content-free facts a guidance message needs."""
    policy_classes: dict[str, list[str]] = {}
    for rcpt in envelope.rcpt_tos:
        cls = ev.recipient_class.get(rcpt, "")
        verdict = ev.per_class.get(cls)
        if verdict is not None and STRICTNESS[verdict.action] > STRICTNESS["monitor"]:
            policy_classes.setdefault(cls, []).append(rcpt)
    per_class = [(cls, rcpts, list(ev.per_class[cls].channels)) for cls, rcpts in policy_classes.items()]
    when = (arrival or datetime.now(UTC)).astimezone(UTC)
    return GuidanceContext(
        reference=queue_id,
        arrival=when.strftime("%Y-%m-%d %H:%M UTC"),
        sender=envelope.mail_from,
        recipients=[r for rcpts in policy_classes.values() for r in rcpts] or list(envelope.rcpt_tos),
        findings=list(ev.blocking),
        per_class=per_class,
    )


# A word urlize can link holds one of these (its _http_re: a scheme, "www." or a domain ending in
# one of its basic TLDs; its _email_re and mailto: an "@"). A candidate is a whole word (a run of
# non-space characters, as Jinja splits them) that holds one. A match can only start where a word starts:
# the look-behind says so at once (without it every position of every word is tried, quadratic in its length).
_CANDIDATE = re.compile(r"(?<!\S)\S*(?:@|https?://|www\.|mailto:|\.(?:com|net|int|edu|gov|org|info|mil))\S*",
                        re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _urlize_word(env: Any, autoescape: bool, word: str, args: tuple[Any, ...],
                 kwargs: tuple[tuple[str, Any], ...]) -> str:
    ctx = EvalContext(env)
    ctx.autoescape = autoescape
    return str(do_urlize(ctx, word, *args, **dict(kwargs)))


@pass_eval_context
def cached_urlize(eval_ctx: EvalContext, value: Any, *args: Any, **kwargs: Any) -> Any:
    """Jinja's ``urlize`` with the same result, faster: Jinja escapes the text, splits it at
    whitespace and looks at every word on its own; here only the words that can be links
    (``_CANDIDATE``) go to Jinja's urlize (memoised), the text between them is only escaped.
    urlize's per-word regular expressions were the costliest step of building a bounce."""
    if (type(value) is not str or kwargs.get("extra_schemes")
            or eval_ctx.environment.policies.get("urlize.extra_schemes")):
        return do_urlize(eval_ctx, value, *args, **kwargs)  # Markup, extra schemes: as Jinja does it
    try:
        key = (tuple(args), tuple(sorted(kwargs.items())))
        hash(key)
    except TypeError:  # an unhashable argument
        return do_urlize(eval_ctx, value, *args, **kwargs)
    text = _urlize_text(eval_ctx.environment, bool(eval_ctx.autoescape), value, *key)
    return Markup(text) if eval_ctx.autoescape else text


@functools.lru_cache(maxsize=2048)
def _urlize_text(env: Any, autoescape: bool, value: str, args: tuple[Any, ...],
                 kwargs: tuple[tuple[str, Any], ...]) -> str:
    """:func:`cached_urlize` of one text, memoised: the templates' own sentences are the same paragraphs
    in every bounce (about 3 in 10 paragraphs on the bench mix; the others name recipients and findings)."""
    out, pos = [], 0
    for m in _CANDIDATE.finditer(value):
        out.append(str(markupsafe.escape(value[pos:m.start()])))
        out.append(_urlize_word(env, autoescape, m.group(), args, kwargs))
        pos = m.end()
    out.append(str(markupsafe.escape(value[pos:])))
    return "".join(out)


class Renderer:
    """Renders the policy's templates (``<policy dir>/templates``) into guidance text and HTML."""

    def __init__(self, policy: Policy, templates_dir: Path | None = None) -> None:
        self.policy = policy
        loader = FileSystemLoader(str(templates_dir or policy.templates_dir))
        # Text: sandboxed, no autoescape (plain text), strict undefined so typos fail loudly.
        # No auto_reload: a Renderer lives as long as its policy (a reload makes a new one), and a
        # template file is not stat()ed again for every bounce.
        self.text_env = SandboxedEnvironment(
            loader=loader, autoescape=False, undefined=StrictUndefined, keep_trailing_newline=True,
            auto_reload=False,
        )
        self.text_env.filters["extract"] = lambda key, table: table[key]
        # HTML: sandboxed and autoescaped.
        self.html_env = SandboxedEnvironment(
            loader=loader, autoescape=select_autoescape(["html", "j2"]), undefined=StrictUndefined,
            auto_reload=False,
        )
        self.html_env.filters["urlize"] = cached_urlize

    def _shown_findings(self, ctx: GuidanceContext) -> tuple[list[tuple[str | None, str, Place, str]], int]:
        """The findings a guidance text lists, the same in every language: ``(category, entity type, place,
        snippet)`` of the first ``MAX_FINDINGS`` distinct ones (masked once, not once per language), and
        how many distinct ones there are."""
        p = self.policy
        listed: list[tuple[str | None, str, Place, str]] = []
        seen: set[tuple[str, str, str]] = set()
        for f in ctx.findings:
            cat = p.category_of(f)
            key = (cat or f.entity_type, f.location, f.snippet)
            if key in seen:  # the same value found twice in the same place: say it once
                continue
            seen.add(key)
            if len(listed) < MAX_FINDINGS:
                listed.append((cat, f.entity_type, describe_location(f.location), _clean(shown(f.snippet), 40)))
        return listed, len(seen)

    def _lang_context(self, ctx: GuidanceContext, lang: str,
                      shown_findings: tuple[list[tuple[str | None, str, Place, str]], int] | None = None,
                      ) -> dict[str, Any]:
        p = self.policy
        listed, distinct = shown_findings if shown_findings is not None else self._shown_findings(ctx)
        findings = [{
            "category": p.label("category", cat, lang) if cat else _clean(entity_type),
            "kind": place.kind, "name": place.name, "page": place.page, "snippet": snippet,
        } for cat, entity_type, place, snippet in listed]
        guidance = []
        for cls, rcpts, channels in ctx.per_class:
            guidance.append({
                "label": p.label("class", cls, lang),
                "recipients": rcpts,
                "channels": [
                    {
                        "name": p.channel_name(c, lang),
                        "url": p.spec.channels[c].url if c in p.spec.channels else "",
                        "hint": p.spec.channels[c].hint.get(lang, "") if c in p.spec.channels else "",
                    }
                    for c in channels
                ],
            })
        return {
            "lang": lang,
            "reference": ctx.reference,
            "arrival": ctx.arrival,
            "recipients": ctx.recipients,
            "findings": findings,
            "more": max(0, distinct - MAX_FINDINGS),
            "guidance": guidance,
            "contact": p.spec.organisation.exception_contact,
            "organisation": p.spec.organisation.name,
            "override": None,  # gateway.override.OverrideOffer.template_data() when offered
            **ctx.extra,
        }

    def render(self, ctx: GuidanceContext, language: str | None) -> tuple[str, str, str]:
        """(subject, text, html) in ``language`` or all four languages when None."""
        langs = [language] if language in LANGUAGES else list(LANGUAGES)
        sections = []
        listed = self._shown_findings(ctx)
        for lang in langs:
            raw = self.text_env.get_template(f"bounce.{lang}.txt.j2").render(self._lang_context(ctx, lang, listed))
            sections.append((lang, raw))
        subject = self.text_env.get_template("subject.txt.j2").render(langs=langs, reference=ctx.reference)
        subject = " ".join(subject.split())
        text = "\n\n--------------------------------------------------------------\n\n".join(
            _wrap(s) for _, s in sections
        )
        html = self.html_env.get_template("bounce.html.j2").render(
            subject=subject,
            sections=[
                {"lang": lang, "paragraphs": [p.strip("\n") for p in s.strip().split("\n\n")]}
                for lang, s in sections
            ],
        )
        return subject, text, html


_INDENT = re.compile(r"\s*(?:- )?")


def _wrap(text: str, width: int = 76) -> str:
    out = []
    for line in text.splitlines():
        if len(line) <= width:
            out.append(line.rstrip())
        else:
            out.extend(_wrap_line(line, width))
    return "\n".join(out).strip() + "\n"


@functools.lru_cache(maxsize=2048)
def _wrap_line(line: str, width: int) -> tuple[str, ...]:
    """One long line wrapped (memoised: most lines of a guidance text are the templates' own)."""
    indent = _INDENT.match(line).group(0)  # type: ignore[union-attr]
    if _OTHER_SPACE.search(line):
        return tuple(textwrap.wrap(line, width, subsequent_indent=" " * len(indent), break_long_words=False,
                                   break_on_hyphens=False))
    return tuple(_wrap_spaced(line, width, " " * len(indent)))


_SPACES = re.compile(r"( +)")
_OTHER_SPACE = re.compile(r"[^\S ]")  # whitespace other than the space: tabs, NBSP... (textwrap itself)


def _wrap_spaced(line: str, width: int, indent: str) -> list[str]:
    """``textwrap.wrap(line, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)``
    for a line whose only whitespace is the space, without textwrap's per-call set-up and chunk popping:
    words and runs of spaces are its chunks; each line takes chunks while they fit, a word longer than the
    line goes on one of its own, and a line neither starts (but the first) nor ends with spaces."""
    chunks = [c for c in _SPACES.split(line) if c]
    lines: list[str] = []
    i, n = 0, len(chunks)
    while i < n:
        lead = indent if lines else ""
        room = width - len(lead)
        if lines and chunks[i][0] == " ":
            i += 1
        start, used = i, 0
        while i < n and used + len(chunks[i]) <= room:
            used += len(chunks[i])
            i += 1
        if i == start and i < n and len(chunks[i]) > room:
            i += 1
        end = i - 1 if i > start and chunks[i - 1][0] == " " else i
        if end > start:
            lines.append(lead + "".join(chunks[start:end]))
    return lines


def _diagnostic(policy: Policy, ev: Evaluation, rcpt: str) -> str:
    """One ASCII line for one recipient: its categories and channels (never data)."""
    cls = ev.recipient_class.get(rcpt, "")
    verdict = ev.per_class.get(cls)
    if verdict is None or not verdict.categories:
        return "not delivered: the whole message was held because of its other recipients"
    text = f"personal data ({'/'.join(verdict.categories)}) may not be mailed to {cls} recipients"
    if verdict.channels:
        names = ", ".join(
            f"{policy.channel_name(c, 'en')} {policy.spec.channels[c].url}".strip()
            for c in verdict.channels if c in policy.spec.channels
        )
        text += f"; use {names}"
    return " ".join(text.split()).encode("ascii", "replace").decode("ascii")


def quoted_headers(raw: bytes) -> str:
    """The original's transport header fields (see QUOTED_HEADERS), as text/rfc822-headers."""
    head = raw[:65536]
    end = head.find(b"\r\n\r\n")
    if end < 0:
        end = head.find(b"\n\n")
    if end >= 0:  # the header block only: the body is never looked at
        head = head[: end + 2]
    try:
        parsed = BytesHeaderParser(policy=email.policy.compat32).parsebytes(head)
    except Exception:  # a header block we cannot read: quote nothing
        return ""
    lines = []
    for name in QUOTED_HEADERS:
        value = parsed.get(name)
        if value is None:
            continue
        value = " ".join(str(value).split())
        if name in ("From", "To", "Cc"):
            # display names can carry data too ("Dossier 85.07.30-033.28" <...>): masked like locations;
            # Message-ID and Date stay exact (the sender's client matches the report to its message).
            value = shown(value)
        value = value[:998 - len(name) - 2]
        lines.append(f"{name}: {value}")
    return "\r\n".join(lines) + ("\r\n" if lines else "")


def build_bounce(
    policy: Policy,
    ev: Evaluation,
    envelope: Envelope,
    raw: bytes,
    queue_id: str,
    *,
    reporting_mta: str,
    bounce_from: str,
    arrival: datetime | None = None,
    renderer: Renderer | None = None,
    override: Any = None,
) -> bytes:
    """The guidance DSN for one held message, as CRLF bytes ready for ``Relay.deliver``.

    ``override`` (a :class:`gateway.override.OverrideOffer`) adds the sender-override paragraph
    and a ``Reply-To`` of the override address carrying the token.
    """
    arrival = arrival or datetime.now(UTC)
    ctx = guidance_context(ev, envelope, queue_id, arrival)
    if override is not None:
        ctx.extra["override"] = override.template_data()
    subject, text, html = (renderer or Renderer(policy)).render(ctx, ev.decision.language)

    blocks = [[("Reporting-MTA", f"dns; {reporting_mta}"), ("X-DLP-Reference", queue_id),
               ("Arrival-Date", format_datetime(arrival.astimezone(UTC)))]]
    for rcpt in envelope.rcpt_tos:
        blocks.append([
            ("Final-Recipient", f"rfc822; {rcpt}"),
            ("Action", "failed"),
            ("Status", "5.7.1"),  # RFC 3463: delivery not authorized, message refused
            ("Diagnostic-Code", f"smtp; 550 5.7.1 {_diagnostic(policy, ev, rcpt)}"[:900]),
        ])
    inner, outer = _boundary(), _boundary()
    head = [
        ("From", bounce_from),
        ("To", envelope.mail_from),
        ("Subject", encoded_header(subject, "Subject")),
        ("Date", format_datetime(datetime.now(UTC))),
        ("Message-ID", make_msgid("dsn", domain=reporting_mta)),
        ("Auto-Submitted", "auto-replied"),  # RFC 3834 section 5
        ("X-DLP-Reference", queue_id),
    ]
    if override is not None:
        head.append(("Reply-To", override.reply_to))
    if ev.decision.language:
        head.append(("Content-Language", ev.decision.language))
    head += [("MIME-Version", "1.0"),
             ("Content-Type", f'multipart/report; report-type=delivery-status; boundary="{outer}"')]
    human = _multipart([("Content-Type", f'multipart/alternative; boundary="{inner}"')], inner, [
        _text_part("plain", text),
        _part([("Content-Type", 'text/html; charset="utf-8"'), ("Content-Transfer-Encoding", "base64")],
              base64.encodebytes(html.encode("utf-8")).decode("ascii")),
    ])
    status = _part([("Content-Type", "message/delivery-status"), ("Content-Description", "Delivery report")],
                   "\r\n".join("".join(_field(n, v) for n, v in block) for block in blocks))
    parts = [human, status]
    hdrs = quoted_headers(raw)
    if hdrs:
        parts.append(_text_part("rfc822-headers", hdrs, [
            ("Content-Description", "Transport headers of the held message (no subject, no content)")]))
    return _multipart(head, outer, parts).encode("ascii", "surrogateescape")


# The DSN is written here rather than by building email.message objects and flattening them with
# email.generator (the costliest step after the templates): its structure is fixed, and each step below
# writes what the generator writes with the wire policy (_WIRE) for that structure, byte for byte
# (tests/policy/test_bounce_build.py compares the two for every language and kind of bounce).

def _field(name: str, value: str) -> str:
    """One header field folded as BytesGenerator folds it (``fold_binary`` of the 8-bit policy)."""
    return _WIRE._fold(name, value, sanitize=False)


def _lines(body: str) -> str:
    """A body with every line break as CRLF (the generator's ``_write_lines``: CRLF, CR and LF are
    each one line break)."""
    return body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def _part(fields: list[tuple[str, str]], body: str) -> str:
    """One MIME entity: its header fields folded by the wire policy, the empty line, the body (7-bit text)."""
    return "".join(_field(name, value) for name, value in fields) + "\r\n" + _lines(body)


def _text_part(subtype: str, body: str, extra: list[tuple[str, str]] | None = None) -> str:
    """A ``text/<subtype>; charset=utf-8`` part (no MIME-Version field), quoted-printable encoded in C
    (``binascii.b2a_qp``: lines of at most 76 characters, trailing white space encoded) instead of
    ``email.quoprimime``'s per-character Python loop."""
    return _part([("Content-Type", f'text/{subtype}; charset="utf-8"'),
                  ("Content-Transfer-Encoding", "quoted-printable"), *(extra or [])],
                 binascii.b2a_qp(body.encode("utf-8"), istext=True).decode("ascii"))


def _multipart(fields: list[tuple[str, str]], boundary: str, parts: list[str]) -> str:
    """A multipart entity of written ``parts`` (no preamble, no epilogue), delimited by ``boundary``
    (from :func:`_boundary`: it cannot occur in quoted-printable or base64 text)."""
    return _part(fields, "") + f"--{boundary}\r\n" + f"\r\n--{boundary}\r\n".join(parts) \
        + f"\r\n--{boundary}--\r\n"
