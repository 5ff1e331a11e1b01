"""Sender override with justification, end to end over real SMTP on loopback: a real gateway, a real
aiosmtpd upstream sink, the guidance bounce with its token, the sender's reply to the override
address, the release through the normal relay path, the confirmation and the DPO notice, and
every refusal (no token, forged, unknown, expired, other sender, replay, empty justification,
identifier in the justification, not held any more, mixed recipients, upstream down)."""

from __future__ import annotations

import email
import email.policy
import smtplib
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from policy_harness import Delivered, Sink, gateway_settings, start_sink

from gateway.override import TokenSigner, find_tokens, justification_of, load_or_create_override_key
from gateway.quarantine import QuarantineStore, parse_key
from tests.gatewayrunner import RunningGateway, free_port

MARIE = "marie.dubois@example.fgov.be"
DPO = "dpo@example.fgov.be"
CONSULTANT = "contact@acme-consult.be"
NN = "85.07.30-033.28"
WEAK = "Our colleague Jan Peeters cannot attend the workshop next week: he is undergoing chemotherapy."


def mail(body: str, to: str = CONSULTANT, lang: str | None = None, mid: str = "<m1@example.fgov.be>") -> bytes:
    head = (f"From: Marie Dubois <{MARIE}>\r\nTo: <{to}>\r\nSubject: Workshop planning\r\n"
            f"Message-ID: {mid}\r\nDate: Tue, 24 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n")
    if lang:
        head += f"Content-Language: {lang}\r\n"
    return (head + "Content-Type: text/plain; charset=utf-8\r\n\r\nHello,\r\n\r\n"
            + body + "\r\n\r\nKind regards,\r\nMarie\r\n").encode()


def send(port: int, raw: bytes, rcpts: tuple[str, ...], sender: str = MARIE) -> tuple[int, str]:
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as c:
        c.ehlo("client.test")
        c.mail(sender)
        for r in rcpts:
            code, text = c.rcpt(r)
            assert code == 250, text
        code, text = c.data(raw)
        return code, text.decode()


def plain(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return " ".join(msg.get_body(("plain",)).get_content().split())


def text_part(raw: bytes) -> str:
    return email.message_from_bytes(raw, policy=email.policy.default).get_body(("plain",)).get_content()


def reply_to(dsn: bytes) -> str | None:
    return email.message_from_bytes(dsn, policy=email.policy.default)["Reply-To"]


def reply(token_address: str, justification: str, *, quote: str = "", lang: str = "en") -> bytes:
    """What a mail client sends when the sender hits Reply: top-posted text above the quoted bounce."""
    quoted = "\r\n".join("> " + line for line in quote.splitlines())
    return (f"From: Marie Dubois <{MARIE}>\r\nTo: {token_address}\r\nSubject: RE: Not sent\r\n"
            f"Message-ID: <r{time.time_ns()}@example.fgov.be>\r\nContent-Language: {lang}\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            f"{justification}\r\n\r\nOn Tue, 24 Nov 2026 at 10:00, MAILER-DAEMON wrote:\r\n{quoted}\r\n").encode()


class Env:
    def __init__(self, gw: RunningGateway, sink: Sink) -> None:
        self.gw = gw
        self.sink = sink
        s = gw.settings
        self.store = QuarantineStore(f"sqlite:///{(Path(s.state_dir) / 'quarantine.sqlite').resolve()}",
                                     parse_key(s.quarantine_key.get_secret_value()))
        self.signer = TokenSigner(load_or_create_override_key(None, Path(s.state_dir)))

    def wait_for(self, pred: Callable[[Delivered], bool], timeout: float = 20.0) -> Delivered:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for m in list(self.sink.messages):
                if pred(m):
                    return m
            time.sleep(0.05)
        raise AssertionError("expected message not delivered to the sink")

    def hold(self, body: str = WEAK, to: str = CONSULTANT, lang: str | None = None) -> tuple[str, Delivered]:
        """Send a message the policy bounces; return its queue id and its guidance bounce."""
        code, text = send(self.gw.port, mail(body, to, lang), (to,))
        assert code == 250 and "held as" in text, text
        qid = text.split("held as ")[1].split(",")[0]
        dsn = self.wait_for(lambda m: m.mail_from == "<>" and qid.encode() in m.content
                            and b"multipart/report" in m.content)
        return qid, dsn

    def answer(self, rcpt: str, since: int) -> Delivered:
        """The gateway's reply mail to ``rcpt`` among the messages the sink got after ``since``."""
        end = time.monotonic() + 20
        while time.monotonic() < end:
            for m in self.sink.messages[since:]:
                if m.mail_from == "<>" and m.rcpt_tos == [rcpt] and b"multipart/report" not in m.content:
                    return m
            time.sleep(0.05)
        raise AssertionError(f"no reply to {rcpt}")


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    tmp = tmp_path_factory.mktemp("override")
    port = free_port()
    sink, ctl = start_sink(port)
    gw = RunningGateway(gateway_settings(tmp, port, dpo_address=DPO)).start()
    e = Env(gw, sink)
    yield e
    e.store.close()
    gw.stop()
    ctl.stop()


def test_bounce_offers_the_override_only_where_the_policy_allows_it(env: Env) -> None:
    qid, dsn = env.hold()
    rt = reply_to(dsn.content)
    assert rt is not None and rt.startswith("dlp-override+") and rt.endswith("@gw.example.fgov.be")
    token = rt.split("+", 1)[1].split("@")[0]
    assert len(token) == 40 and find_tokens(plain(dsn.content)) == [token]
    text = plain(dsn.content)
    # the language is unknown: all four languages explain the option
    for phrase in ("You may send it anyway", "U kunt het toch versturen", "Vous pouvez l'envoyer malgré tout",
                   "Sie können sie trotzdem senden"):
        assert phrase in text
    assert "Do not reply to this message" not in text
    parsed = TokenSigner.parse(token)
    assert parsed is not None and parsed.qid == qid and env.signer.authentic(parsed, MARIE)
    assert not env.signer.authentic(parsed, "other@example.fgov.be")
    assert 71 * 3600 < parsed.expires_at - time.time() <= 72 * 3600

    # a national number, and a citizen recipient: never overridable
    for body, to in ((f"Rijksregisternummer van de betrokkene: {NN}", CONSULTANT), (WEAK, "jan.peeters@gmail.com")):
        _, dsn = env.hold(body, to)
        assert reply_to(dsn.content) is None
        text = plain(dsn.content)
        assert "Do not reply to this message" in text and "send it anyway" not in text
        assert "dlp-override" not in text


def test_reply_with_justification_releases_confirms_and_notifies_the_dpo(env: Env) -> None:
    qid, dsn = env.hold()
    rt = reply_to(dsn.content)
    n = len(env.sink.messages)
    why = "The consultant plans the replacement and needs the absence dates."
    code, text = send(env.gw.port, reply(rt, f"Justification: {why}", quote=text_part(dsn.content)), (rt,))
    assert code == 250 and f"{qid} released" in text, text
    original = env.wait_for(lambda m: m.mail_from == MARIE and m.rcpt_tos == [CONSULTANT]
                            and b"chemotherapy" in m.content)
    assert b"Workshop planning" in original.content
    confirm = env.answer(MARIE, n)
    assert f"[{qid}]" in email.message_from_bytes(confirm.content, policy=email.policy.default)["Subject"]
    assert why in plain(confirm.content) and "has been released" in plain(confirm.content)
    notice = env.wait_for(lambda m: m.rcpt_tos == [DPO] and "sender override" in plain(m.content)
                          and qid.encode() in m.content)
    assert why in plain(notice.content) and "chemotherapy" not in plain(notice.content)
    held = env.store.get_sync(qid)
    assert held is not None and held.status == "released"
    audit = env.store.audit_sync(qid)
    assert [(a.event, a.actor, a.reason) for a in audit if a.event == "override"] == [("override", "sender", why)]
    assert any(a.event == "release" and a.actor == "sender override" for a in audit)
    (rec,) = env.store.overrides_sync(qid=qid)
    assert rec.justification == why and rec.outcome == "released" and rec.categories == ("art9",)

    # the same reply again: a replay, refused, nothing delivered twice
    n = len(env.sink.messages)
    code, text = send(env.gw.port, reply(rt, f"Justification: {why}"), (rt,))
    assert code == 250 and "replay" in text
    assert "already used" in plain(env.answer(MARIE, n).content)
    time.sleep(0.5)
    assert not any(m.mail_from == MARIE for m in env.sink.messages[n:])


@pytest.mark.parametrize("case", ["no_token", "forged", "unknown", "expired", "wrong_sender", "no_justification",
                                  "personal_data"])
def test_refusals_get_a_clear_reply_and_release_nothing(env: Env, case: str) -> None:
    qid, dsn = env.hold(lang="fr" if case == "no_justification" else None)
    rt = reply_to(dsn.content)
    token = rt.split("+", 1)[1].split("@")[0]
    domain = rt.rpartition("@")[2]
    sender, address, body = MARIE, rt, "Justification: needed for the planning of the workshop"
    if case == "no_token":
        address = f"dlp-override@{domain}"
    elif case == "forged":
        bad = token[:-1] + ("a" if token[-1] != "a" else "b")
        address = f"dlp-override+{bad}@{domain}"
    elif case == "unknown":
        address = f"dlp-override+{env.signer.mint('ABCDEF012345', MARIE, time.time() + 3600)}@{domain}"
    elif case == "expired":
        address = f"dlp-override+{env.signer.mint(qid, MARIE, time.time() - 60)}@{domain}"
    elif case == "wrong_sender":
        sender = "other.person@example.fgov.be"
    elif case == "no_justification":
        body = ""
    elif case == "personal_data":
        body = f"Justification: the file of {NN} must go today"
    n = len(env.sink.messages)
    raw = reply(address, body).replace(f"From: Marie Dubois <{MARIE}>".encode(), f"From: <{sender}>".encode())
    code, text = send(env.gw.port, raw, (address,), sender=sender)
    assert code == 250 and f"override refused ({case.replace('_', ' ')})" in text, text
    answer = plain(env.answer(sender, n).content)
    expected = {
        "no_token": "does not carry an override token",
        "forged": "the override token is not valid",
        "unknown": "the held message no longer exists",
        "expired": "could be used until",
        "wrong_sender": "can only be released by the person who sent it",
        "no_justification": "ne contient pas de justification",  # the original was French: so is the reply
        "personal_data": "identification number or bank details",
    }[case]
    assert expected in answer, answer
    assert NN not in answer
    assert env.store.get_sync(qid).status == "held"
    assert not env.store.overrides_sync(qid=qid)
    time.sleep(0.3)
    assert not any(m.mail_from == MARIE and m.rcpt_tos == [CONSULTANT] for m in env.sink.messages[n:])
    if case == "no_justification":  # the token was not used up: a proper reply still works
        code, text = send(env.gw.port, reply(rt, "Justification: the planning needs it"), (rt,))
        assert code == 250 and f"{qid} released" in text


def test_message_released_by_the_dpo_cannot_be_overridden(env: Env) -> None:
    qid, dsn = env.hold()
    rt = reply_to(dsn.content)
    import asyncio

    from gateway.relay import build_relay

    relay = build_relay(env.gw.settings)
    asyncio.run(env.store.release(qid, relay.deliver, "dpo", "checked by phone"))
    n = len(env.sink.messages)
    code, text = send(env.gw.port, reply(rt, "Justification: planning"), (rt,))
    assert code == 250 and "not held" in text
    assert "no longer held (released)" in plain(env.answer(MARIE, n).content)


def test_override_reply_travels_alone_and_auto_replies_are_ignored(env: Env) -> None:
    _, dsn = env.hold()
    rt = reply_to(dsn.content)
    with smtplib.SMTP("127.0.0.1", env.gw.port, timeout=30) as c:
        c.ehlo("client.test")
        c.mail(MARIE)
        assert c.rcpt(CONSULTANT)[0] == 250
        code, text = c.rcpt(rt)
        assert code == 452 and b"message of its own" in text
        c.rset()
        c.mail(MARIE)
        assert c.rcpt(rt)[0] == 250
        assert c.rcpt(CONSULTANT)[0] == 452
    n = len(env.sink.messages)
    auto = reply(rt, "I am out of office").replace(b"Subject:", b"Auto-Submitted: auto-replied\r\nSubject:")
    code, text = send(env.gw.port, auto, (rt,))
    assert code == 250 and "ignored" in text
    time.sleep(0.5)
    assert len(env.sink.messages) == n  # no answer to an automatic message (RFC 3834)


def test_upstream_down_during_release_gives_451_and_keeps_the_token(tmp_path: Path) -> None:
    port = free_port()  # nothing listens yet: bounce and release both fail
    gw = RunningGateway(gateway_settings(tmp_path, port, upstream_connect_timeout=1.0)).start()
    try:
        code, text = send(gw.port, mail(WEAK), (CONSULTANT,))
        assert code == 250
        qid = text.split("held as ")[1].split(",")[0]
        signer = TokenSigner(load_or_create_override_key(None, Path(gw.settings.state_dir)))
        rt = f"dlp-override+{signer.mint(qid, MARIE, time.time() + 3600)}@gw.example.fgov.be"
        code, text = send(gw.port, reply(rt, "Justification: planning"), (rt,))
        assert code == 451, text  # the sender's server keeps the reply and retries it
        sink, ctl = start_sink(port)
        try:
            code, text = send(gw.port, reply(rt, "Justification: planning"), (rt,))
            assert code == 250 and f"{qid} released" in text, text
            assert sink.wait(1) and any(m.mail_from == MARIE for m in sink.wait(1))
        finally:
            ctl.stop()
    finally:
        gw.stop()


@pytest.mark.parametrize(("text", "expected"), [
    ("Justification: the insurer asked for it\n\nOn Tue wrote:\n> quoted", "the insurer asked for it"),
    ("Reden: de verzekeraar vroeg het\nnog een regel\n\n-- \nMarie", "de verzekeraar vroeg het nog een regel"),
    ("> quoted first\n> more\n\nMotif : demandé par l'assureur\n", "demandé par l'assureur"),
    ("Begründung: vom Versicherer verlangt\n-----Ursprüngliche Nachricht-----\nVon: x", "vom Versicherer verlangt"),
    ("\n\nFrom: MAILER-DAEMON\nSent: today", ""),
    ("abcdefghijklmnopqrstuvwxyz234567abcdefgh\n", ""),
])
def test_justification_is_the_senders_own_first_paragraph(text: str, expected: str) -> None:
    assert justification_of(text) == expected
