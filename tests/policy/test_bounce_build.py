"""The guidance bounce: RFC 3464 structure, RFC 3834 marking, languages, and no personal data."""

from __future__ import annotations

import email
import email.policy
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2.exceptions import SecurityError

from gateway.bounce import _WIRE, Renderer, _text_part, build_bounce, describe_location
from gateway.model import Envelope, Finding, ScanReport

NN = "85.07.30-033.28"
RAW = (
    "From: Marie Dubois <marie@example.fgov.be>\r\nTo: jan.peeters@gmail.com\r\n"
    f"Subject: Dossier Jan Peeters {NN} diabete\r\nMessage-ID: <m1@example.fgov.be>\r\n"
    "Date: Tue, 24 Nov 2026 10:00:00 +0000\r\nContent-Language: fr-BE\r\n\r\n"
    f"Bonjour, Jan Peeters ({NN}) souffre de diabete.\r\n"
).encode()


def findings() -> list[Finding]:
    return [
        Finding("ART9_HEALTH", "body", 40, 48, snippet="diab***"),
        Finding("BE_NATIONAL_NUMBER", "attachment:dossier.pdf#page=2", 0, 15, snippet="85.07.30-***.**"),
    ]


def bounce_for(policy, rcpts=("jan.peeters@gmail.com",), lang="fr-BE", finds=None, sender="marie@example.fgov.be"):
    rep = ScanReport(findings=finds if finds is not None else findings(),
                     headers=[("Content-Language", lang)] if lang else [])
    env = Envelope(sender, tuple(rcpts))
    ev = policy.evaluate(env, rep)
    raw = build_bounce(policy, ev, env, RAW, "4F2A9C01BE77", reporting_mta="gw.example.fgov.be",
                       bounce_from="MAILER-DAEMON@gw.example.fgov.be",
                       arrival=datetime(2026, 11, 24, 10, 0, tzinfo=UTC))
    return raw, email.message_from_bytes(raw, policy=email.policy.default)


def text_of(msg) -> str:
    return msg.get_body(("plain",)).get_content()


def flat(msg) -> str:
    """The text part with line wrapping undone."""
    return " ".join(text_of(msg).split())


def test_rfc3464_structure(policy):
    raw, msg = bounce_for(policy)
    assert msg.get_content_type() == "multipart/report"
    assert msg.get_param("report-type") == "delivery-status"
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["To"] == "marie@example.fgov.be"
    assert msg["X-DLP-Reference"] == "4F2A9C01BE77"
    parts = msg.get_payload()
    assert [p.get_content_type() for p in parts] == ["multipart/alternative", "message/delivery-status",
                                                     "text/rfc822-headers"]
    status = parts[1].get_payload()
    assert status[0]["Reporting-MTA"] == "dns; gw.example.fgov.be"
    assert status[1]["Final-Recipient"] == "rfc822; jan.peeters@gmail.com"
    assert (status[1]["Action"], status[1]["Status"]) == ("failed", "5.7.1")
    assert status[1]["Diagnostic-Code"].startswith("smtp; 550 5.7.1 ")
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")


def test_no_personal_data_no_subject_no_content(policy):
    raw, msg = bounce_for(policy)
    flat = raw.decode("ascii", "replace")
    for body in (flat, text_of(msg), msg.get_body(("html",)).get_content()):
        assert NN not in body and "85070303328" not in body
        assert "Dossier Jan Peeters" not in body and "souffre" not in body
    hdrs = msg.get_payload()[2].get_content()
    assert "Message-ID: <m1@example.fgov.be>" in hdrs
    assert "Subject" not in hdrs
    assert "Dossier" not in msg["Subject"]


def test_french_sender_gets_french_guidance_naming_ebox(policy):
    _, msg = bounce_for(policy)
    text = flat(msg)
    assert msg["Content-Language"] == "fr"
    assert text.startswith("Votre e-mail n'a PAS été envoyé.")
    assert "eBox Citizen : https://myebox.be" in text
    assert "données sensibles (art. 9 RGPD) : texte du message (diab***)" in text
    assert 'pièce jointe "dossier.pdf", page 2 (85.07.30-***.**)' in text
    assert "4F2A9C01BE77" in text and "dpo@example.fgov.be" in text
    assert "Your e-mail" not in text and "Uw e-mail" not in text


@pytest.mark.parametrize(("lang", "first"), [
    ("nl", "Uw e-mail is NIET verstuurd."), ("de", "Ihre E-Mail wurde NICHT versendet."),
    ("en", "Your e-mail was NOT sent."),
])
def test_each_language(policy, lang, first):
    _, msg = bounce_for(policy, lang=lang)
    assert text_of(msg).startswith(first)


def test_unknown_language_gives_all_four(policy):
    _, msg = bounce_for(policy, lang=None)
    text = text_of(msg)
    idx = [text.index(s) for s in ("Uw e-mail is NIET", "Votre e-mail n'a PAS", "Ihre E-Mail wurde NICHT",
                                   "Your e-mail was NOT")]
    assert idx == sorted(idx)
    assert msg["Content-Language"] is None


def test_institution_recipient_gets_fedsender(policy):
    _, msg = bounce_for(policy, rcpts=("x@minfin.fgov.be",), lang="en")
    text = flat(msg)
    assert "Fedsender (Belnet): https://fedsender.belnet.be" in text
    assert "myebox" not in text


def test_mixed_recipients_each_class_its_channel(policy):
    _, msg = bounce_for(policy, rcpts=("jan.peeters@gmail.com", "x@minfin.fgov.be", "c@example.fgov.be"), lang="en")
    text = flat(msg)
    assert "Recipient: citizen (jan.peeters@gmail.com)" in text
    assert "Recipient: public institution (x@minfin.fgov.be)" in text
    assert "c@example.fgov.be" not in text.split("Use a secure channel")[1]


def test_hostile_attachment_name_is_neutralised(policy):
    evil = [Finding("BE_NATIONAL_NUMBER", 'attachment:<script>alert(1)</script>\r\nBcc: x@evil.test.pdf',
                    snippet="85.07.30-***.**")]
    raw, msg = bounce_for(policy, finds=evil, lang="en")
    html = msg.get_body(("html",)).get_content()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "\nBcc:" not in text_of(msg) and b"\r\nBcc:" not in raw


def test_describe_location():
    assert describe_location("attachment:a/b.csv") == describe_location("attachment:a/b.csv")
    p = describe_location("attachment:report.pdf#page=3")
    assert (p.kind, p.name, p.page) == ("attachment", "report.pdf", "3")
    assert describe_location("body[1]").name == "2"
    assert describe_location("subject").kind == "subject"


def test_templates_are_sandboxed(tmp_path, policy):
    tdir = tmp_path / "templates"
    shutil.copytree(Path(policy.templates_dir), tdir)
    (tdir / "bounce.en.txt.j2").write_text("{{ reference.__class__.__mro__[1].__subclasses__() }}", encoding="utf-8")
    r = Renderer(policy, tdir)
    env = Envelope("a@example.fgov.be", ("b@gmail.com",))
    ev = policy.evaluate(env, ScanReport(findings=findings()))
    from gateway.bounce import guidance_context

    with pytest.raises(SecurityError):
        r.render(guidance_context(ev, env, "Q"), "en")


def test_long_finding_list_is_cut_and_counted(policy):
    """The first 20 distinct findings are listed (a repeated one once), the others counted, in every language."""
    finds = [Finding("ART9_HEALTH", f"attachment:list.xlsx#sheet=S!row={i}", 0, 8, snippet="diab***")
             for i in range(2, 32)]
    finds += finds[:5]  # repeats: said once, not counted again
    _, msg = bounce_for(policy, finds=finds, lang=None)
    text = flat(msg)
    assert text.count("list.xlsx") == 4 * 20
    for more in ("... en nog 10 andere", "... et 10 autre(s)", "... und 10 weitere", "... and 10 more"):
        assert text.count(more) == 1


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), max_size=400))
def test_quoted_printable_parts_are_7bit_short_lined_and_decode_to_the_text(text: str) -> None:
    """The C quoted-printable encoder of the bounce and notice parts: 7-bit, lines <= 76, lossless."""
    wire = _text_part("plain", text).encode("ascii")
    head, _, body = wire.partition(b"\r\n\r\n")
    assert b"Content-Transfer-Encoding: quoted-printable" in head and b"charset=\"utf-8\"" in head
    assert wire.isascii() and all(len(line) <= 76 for line in body.split(b"\r\n"))
    part = email.message_from_bytes(wire, policy=email.policy.default)
    assert part.get_content().replace("\r\n", "\n") == text.replace("\r\n", "\n")


# --- the written DSN is what email.generator made of the MIME objects, byte for byte ----------------

def qp_text(body: str, subtype: str):
    """The reference text part: ``text/<subtype>; charset=utf-8``, quoted-printable, as an email.mime object."""
    import binascii
    from email.mime.nonmultipart import MIMENonMultipart

    part = MIMENonMultipart("text", subtype, charset="utf-8")
    del part["MIME-Version"]
    part["Content-Transfer-Encoding"] = "quoted-printable"
    part.set_payload(binascii.b2a_qp(body.encode("utf-8"), istext=True).decode("ascii"))
    return part


def _mime_bounce(policy, ev, envelope, raw, queue_id, *, reporting_mta, bounce_from, arrival, override=None):
    """The DSN as build_bounce made it before it wrote the bytes itself: email.mime objects flattened by
    email.generator with the wire policy (the reference the written form must equal)."""
    from email.charset import Charset
    from email.message import Message
    from email.mime.multipart import MIMEMultipart
    from email.mime.nonmultipart import MIMENonMultipart
    from email.mime.text import MIMEText

    from gateway import bounce as gb

    ctx = gb.guidance_context(ev, envelope, queue_id, arrival)
    if override is not None:
        ctx.extra["override"] = override.template_data()
    subject, text, html = Renderer(policy).render(ctx, ev.decision.language)
    human = MIMEMultipart("alternative", boundary=gb._boundary())
    human.attach(qp_text(text, "plain"))
    part = MIMEText(html, "html", Charset("utf-8"))  # base64
    del part["MIME-Version"]
    human.attach(part)
    per_msg = Message()
    per_msg["Reporting-MTA"] = f"dns; {reporting_mta}"
    per_msg["X-DLP-Reference"] = queue_id
    per_msg["Arrival-Date"] = gb.format_datetime(arrival.astimezone(UTC))
    blocks = [per_msg]
    for rcpt in envelope.rcpt_tos:
        block = Message()
        block["Final-Recipient"] = f"rfc822; {rcpt}"
        block["Action"] = "failed"
        block["Status"] = "5.7.1"
        block["Diagnostic-Code"] = f"smtp; 550 5.7.1 {gb._diagnostic(policy, ev, rcpt)}"[:900]
        blocks.append(block)
    status = MIMENonMultipart("message", "delivery-status")
    del status["MIME-Version"]
    status["Content-Description"] = "Delivery report"
    status.set_payload(blocks)
    outer = gb._boundary()
    msg = MIMEMultipart("report", boundary=outer, report_type="delivery-status")
    del msg["Content-Type"]
    msg["From"] = bounce_from
    msg["To"] = envelope.mail_from
    msg["Subject"] = gb.encoded_header(subject, "Subject")
    msg["Date"] = gb.format_datetime(datetime.now(UTC))
    msg["Message-ID"] = gb.make_msgid("dsn", domain=reporting_mta)
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-DLP-Reference"] = queue_id
    if override is not None:
        msg["Reply-To"] = override.reply_to
    if ev.decision.language:
        msg["Content-Language"] = ev.decision.language
    del msg["MIME-Version"]
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = f'multipart/report; report-type=delivery-status; boundary="{outer}"'
    for p in (human, status):
        del p["MIME-Version"]
        msg.attach(p)
    hdrs = gb.quoted_headers(raw)
    if hdrs:
        orig = qp_text(hdrs, "rfc822-headers")
        orig["Content-Description"] = "Transport headers of the held message (no subject, no content)"
        msg.attach(orig)
    return msg.as_bytes(policy=_WIRE)


MANY = [Finding("BE_NATIONAL_NUMBER", f"attachment:lijst {i}.xlsx", 0, 15, snippet=f"85.07.{i:02d}-***.**")
        for i in range(25)]
HOSTILE = [Finding("ART9_HEALTH", "attachment:\u202eevil\r\nBcc: x@evil.example\x00.pdf#page=4", 0, 3, snippet="hiv"),
           Finding("IBAN_CODE", "header:X-Note", 0, 3, snippet="BE71 ****"), Finding("EMAIL_ADDRESS", "subject", 0, 3)]
RAW_FOLDED = (b"From: =?utf-8?q?Ren=C3=A9?= <rene@example.fgov.be>\r\nTo: a@gmail.com,\r\n\tb@example.be\r\n"
              b"Cc: \"Dossier 85.07.30-033.28\" <c@example.be>\r\nMessage-ID: <x@y>\r\n\r\nbody\r\n")
WRITTEN_CASES = [  # (recipients, language, findings, sender, bounce_from, raw)
    (("jan.peeters@gmail.com",), "fr-BE", None, "marie@example.fgov.be", "MAILER-DAEMON@gw.example.fgov.be", RAW),
    (("a@gmail.com", "b@example.be", "c@other.fgov.be"), "nl", None, "marie@example.fgov.be", "dsn@gw", RAW_FOLDED),
    (("a@gmail.com",), "de", MANY, "marie@example.fgov.be", "dsn@gw", RAW),
    (("a@gmail.com", "b@example.be"), "en", HOSTILE, "marie@example.fgov.be", "dsn@gw", b"no header block at all"),
    (("a@gmail.com", "b@example.be"), None, None, "marie@example.fgov.be", "dsn@gw", RAW),
    (("jörg@exämple.de", "a@gmail.com"), None, HOSTILE, "zoë@example.fgov.be", "Gateway <dsn@gw>", RAW_FOLDED),
    (("a@gmail.com",), "nl", [], "marie@example.fgov.be", "dsn@gw", b""),
]


@pytest.mark.parametrize("with_override", [False, True])
@pytest.mark.parametrize("case", range(len(WRITTEN_CASES)))
def test_written_dsn_equals_the_generators_output(policy, monkeypatch, case, with_override):
    """build_bounce writes the DSN itself: the bytes equal what email.generator made of the same MIME
    objects (same boundaries, Date and Message-ID), for every language, recipient mix, finding list,
    override offer, non-ASCII address and original header block; and the stdlib parser reads it."""
    from gateway import bounce as gb
    from gateway.override import OverrideOffer

    rcpts, lang, finds, sender, bounce_from, raw = WRITTEN_CASES[case]
    rep = ScanReport(findings=finds if finds is not None else findings(),
                     headers=[("Content-Language", lang)] if lang else [])
    env = Envelope(sender, rcpts)
    ev = policy.evaluate(env, rep)
    offer = OverrideOffer("tok-123", "override+tok-123@gw.example.fgov.be", 1795000000.0, True) \
        if with_override else None
    arrival = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    made = []
    for build in (build_bounce, _mime_bounce):
        boundaries = (f"=_dlpgw_{i:032x}" for i in range(100))
        monkeypatch.setattr(gb, "_boundary", boundaries.__next__)
        monkeypatch.setattr(gb, "make_msgid", lambda idstring, domain: f"<1.{idstring}@{domain}>")
        monkeypatch.setattr(gb, "format_datetime", lambda when: "Tue, 24 Nov 2026 10:00:00 +0000")
        made.append(build(policy, ev, env, raw, "4F2A9C01BE77", reporting_mta="gw.example.fgov.be",
                          bounce_from=bounce_from, arrival=arrival, override=offer))
    assert made[0] == made[1]
    msg = email.message_from_bytes(made[0], policy=email.policy.default)
    assert [p.get_content_type() for p in msg.walk()][:5] == [
        "multipart/report", "multipart/alternative", "text/plain", "text/html", "message/delivery-status"]
    assert msg.defects == [] and all(p.defects == [] for p in msg.walk())
    assert len(msg.get_payload()[1].get_payload()) == 1 + len(rcpts)
    assert ("Reply-To" in msg) == with_override


@pytest.mark.parametrize(("subject", "body", "ref"), [
    ("[DLP] bounce: national_id [4F2A9C01BE77]", "Bericht vastgehouden\n  - rijksregisternummer: bijlage\n", "4F2A"),
    ("[DLP] quarantaine: santé, données [R1]", "Données trouvées : é" * 40 + "\n\ntrailing   \n", ""),
    ("digest", "", ""),
])
def test_written_notice_equals_the_generators_output(monkeypatch, subject, body, ref):
    """The DPO notice is written like the DSN: the bytes equal email.generator's for qp_text's part."""
    from gateway import notify
    from gateway.bounce import encoded_header

    monkeypatch.setattr(notify, "make_msgid", lambda idstring, domain: f"<1.{idstring}@{domain}>")
    monkeypatch.setattr(notify, "format_datetime", lambda when: "Tue, 24 Nov 2026 10:00:00 +0000")
    msg = qp_text(body, "plain")
    for name, value in (("MIME-Version", "1.0"), ("From", "MAILER-DAEMON@gw"), ("To", "dpo@example.fgov.be"),
                        ("Subject", encoded_header(subject)), ("Date", "Tue, 24 Nov 2026 10:00:00 +0000"),
                        ("Message-ID", "<1.dlp@gw>"), ("Auto-Submitted", "auto-generated")):
        msg[name] = value
    if ref:
        msg["X-DLP-Reference"] = ref
    written = notify.build_message(subject, body, to="dpo@example.fgov.be", sender="MAILER-DAEMON@gw",
                                   hostname="gw", ref=ref)
    assert written == msg.as_bytes(policy=_WIRE)
    assert email.message_from_bytes(written, policy=email.policy.default).get_content().replace("\r\n", "\n") == body
