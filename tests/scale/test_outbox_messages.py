"""The guidance bounce and the DPO notice as they go on the wire, built cheaply on the event loop:
7-bit clean (quoted-printable, RFC 2047 subject) so no upstream needs 8BITMIME, lines within
RFC 5322's 998, one MIME-Version, and the memoised urlize gives Jinja's exact HTML."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2.filters import do_urlize
from jinja2.nodes import EvalContext
from jinja2.sandbox import SandboxedEnvironment

from gateway.bounce import Renderer, build_bounce, cached_urlize
from gateway.model import Envelope, Finding, ScanReport
from gateway.notify import build_notice
from gateway.policy import Policy, load_policy

ROOT = Path(__file__).resolve().parents[2]
RAW = (
    b"From: =?utf-8?q?Ren=C3=A9e_Dubois?= <renee@example.fgov.be>\r\nTo: jan.peeters@gmail.com\r\n"
    b"Subject: Dossier 85.07.30-033.28\r\nMessage-ID: <m1@example.fgov.be>\r\n"
    b"Date: Tue, 24 Nov 2026 10:00:00 +0000\r\n\r\n"
    b"Bonjour, Jan Peeters (85.07.30-033.28) souffre de diabete.\r\n"
)


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(ROOT / "policies" / "default.yaml")


def _bounce(policy: Policy, lang: str | None) -> bytes:
    report = ScanReport(findings=[Finding("BE_NATIONAL_NUMBER", "body", 20, 35, 1.0, snippet="85.07.30-***.**")],
                        headers=[("Content-Language", lang)] if lang else [])
    env = Envelope("renee@example.fgov.be", ("jan.peeters@gmail.com",))
    ev = policy.evaluate(env, report)
    return build_bounce(policy, ev, env, RAW, "4F2A9C01BE77", reporting_mta="gw.example.fgov.be",
                        bounce_from="MAILER-DAEMON@gw.example.fgov.be", arrival=datetime(2026, 11, 24, tzinfo=UTC),
                        renderer=Renderer(policy))


def _wire_checks(raw: bytes) -> email.message.EmailMessage:
    assert max(raw) < 128, "not 7-bit clean"
    lines = raw.split(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"") and max(len(x) for x in lines) <= 998
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert len(msg.get_all("MIME-Version", [])) == 1
    for part in msg.walk():
        if part is not msg:
            assert part["MIME-Version"] is None
    return msg


@pytest.mark.parametrize("lang", ["fr-BE", "nl", None])
def test_bounce_is_7bit_and_reads_back(policy: Policy, lang: str | None) -> None:
    msg = _wire_checks(_bounce(policy, lang))
    assert msg.get_content_type() == "multipart/report"
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    if lang == "fr-BE":
        assert text.startswith("Votre e-mail n'a PAS été envoyé.") and "é" in str(msg["Subject"])
        assert '<a href="https://myebox.be"' in html
    if lang is None:  # all four languages, the subject too
        assert "Uw e-mail is NIET verstuurd." in text and "Votre e-mail" in text
    hdrs = msg.get_payload()[2].get_content()
    assert "Message-ID: <m1@example.fgov.be>" in hdrs and "Subject" not in hdrs and "Dossier" not in hdrs
    assert "85.07.30-033.28" not in text + html + hdrs


def test_notice_is_7bit_and_reads_back(policy: Policy) -> None:
    report = ScanReport(findings=[Finding("BE_NATIONAL_NUMBER", "body", 20, 35, 1.0, snippet="85.07.30-***.**")])
    env = Envelope("renee@example.fgov.be", ("jan.peeters@gmail.com",))
    ev = policy.evaluate(env, report)
    first = build_notice(policy, ev.decision, env, ev.blocking, "4F2A9C01BE77", len(RAW), to="dpo@example.fgov.be",
                         sender="MAILER-DAEMON@gw", hostname="gw")
    again = build_notice(policy, ev.decision, env, ev.blocking, "4F2A9C01BE78", len(RAW), to="dpo@example.fgov.be",
                         sender="MAILER-DAEMON@gw", hostname="gw")
    msg = _wire_checks(first)
    assert msg["Auto-Submitted"] == "auto-generated" and msg["X-DLP-Reference"] == "4F2A9C01BE77"
    body = msg.get_content()
    assert "BE_NATIONAL_NUMBER" in body and "gmail.com" in body and "85.07.30-033.28" not in body
    assert b"4F2A9C01BE78" in again  # the cached environment renders each notice anew


@pytest.mark.parametrize("text", [
    "Use eBox Citizen: https://myebox.be (your secure mailbox).",
    "Contact dpo@example.fgov.be or www.example.be <b>now</b> & later",
    "plain words only",
    "",
    "Ref. 4F2A9C01BE77 sent on 2026-11-24 10:00 UTC to example.com <x> & \"y\" (z).",
    "Voir HTTPS://MyEbox.be, WWW.Example.BE ou mailto:dpo@example.fgov.be.",
    "Numéro : 85.07.30-***.** — données à caractère personnel\n  - ligne 2",
])
def test_cached_urlize_is_jinjas_urlize(text: str) -> None:
    env = SandboxedEnvironment(autoescape=True)
    for autoescape in (True, False):
        ctx = EvalContext(env)
        ctx.autoescape = autoescape
        assert cached_urlize(ctx, text) == do_urlize(ctx, text)
        assert cached_urlize(ctx, text) == do_urlize(ctx, text)  # the cached answer too
        assert cached_urlize(ctx, text, 10) == do_urlize(ctx, text, 10)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["www", "http", "https", "://", ".", "@", "com", "gov", "info", "be", "mailto:",
                                 "example", " ", "\n", "(", ")", "<", ">", "&", '"', "é", ",", "x", "/", "MIL", "NET"]),
                max_size=40))
def test_cached_urlize_matches_jinja_on_generated_text(parts: list[str]) -> None:
    text = "".join(parts)
    ctx = EvalContext(SandboxedEnvironment(autoescape=True))
    ctx.autoescape = True
    assert cached_urlize(ctx, text) == do_urlize(ctx, text)


@pytest.mark.parametrize("value", ["Niet verstuurd – données à caractère personnel / " * 5, "éé" * 80, "日本語" * 30,
                                   "plain ASCII subject [4F2A9C01BE77]"])
def test_encoded_subject_reads_back_in_short_whole_character_words(value: str) -> None:
    from email.header import decode_header, make_header

    from gateway.bounce import encoded_header

    enc = encoded_header(value, "Subject")
    assert enc.isascii() and all(len(line) <= 76 for line in enc.split("\r\n"))
    assert str(make_header(decode_header(enc))) == value


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "dossier", "x" * 80, "https://www.example.org/" + "y" * 60, "é", " ", "  ",
                                 "   ", "- ", "\t", "\u00a0", "85.07.30-***.**"]), max_size=50),
       st.sampled_from([76, 20, 3]))
def test_wrap_line_is_textwraps(pieces: list[str], width: int) -> None:
    """The guidance text's own wrapper gives textwrap.wrap's lines (spaces only; tabs and NBSP go to textwrap)."""
    import re
    import textwrap

    from gateway.bounce import _wrap_line

    line = "".join(pieces)
    indent = re.match(r"\s*(?:- )?", line).group(0)  # type: ignore[union-attr]
    expected = textwrap.wrap(line, width, subsequent_indent=" " * len(indent), break_long_words=False,
                             break_on_hyphens=False)
    assert _wrap_line.__wrapped__(line, width) == tuple(expected)
