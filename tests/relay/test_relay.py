"""End to end over real sockets: smtplib client -> gateway -> aiosmtpd sink, on 127.0.0.1."""

from __future__ import annotations

import smtplib
import socket
import time
from pathlib import Path

import pytest

from gateway import metrics

NN = "85.07.30-033.28"  # a valid Belgian national register number (stdnum.be.nn)


def message(body: str = "Hello,\r\n\r\nThe meeting is moved to Thursday.\r\n", subject: str = "Planning") -> bytes:
    return (
        "From: Jan Peeters <jan.peeters@example.fgov.be>\r\n"
        "To: <someone@gmail.com>\r\n"
        f"Subject: {subject}\r\n"
        "Message-ID: <t1@example.fgov.be>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n" + body
    ).encode()


def send(port: int, raw: bytes, rcpts: tuple[str, ...] = ("someone@gmail.com",),
         sender: str = "jan.peeters@example.fgov.be") -> tuple[int, bytes]:
    """Send one message; return the final reply (code, text) instead of raising."""
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as c:
        c.ehlo("client.test")
        code, text = c.mail(sender)
        if code != 250:
            return code, text
        for r in rcpts:
            code, text = c.rcpt(r)
            if code not in (250, 251):
                return code, text
        return c.data(raw)


def counter(metric, **labels: str) -> float:
    return metric.labels(**labels)._value.get()


def test_clean_mail_arrives_unchanged_with_the_same_envelope(sink, start_gateway) -> None:
    handler, port = sink
    gw = start_gateway(port)
    raw = message()
    code, text = send(gw.port, raw, rcpts=("someone@gmail.com", "other@telenet.be"))
    assert code == 250, text
    assert len(handler.messages) == 1
    got = handler.messages[0]
    assert got.mail_from == "jan.peeters@example.fgov.be"
    assert got.rcpt_tos == ["someone@gmail.com", "other@telenet.be"]
    assert got.content == raw


def test_national_number_is_refused_and_never_arrives(sink, start_gateway) -> None:
    handler, port = sink
    gw = start_gateway(port)
    before = counter(metrics.MESSAGES, action="reject")
    code, text = send(gw.port, message(f"Rijksregisternummer van de betrokkene: {NN}\r\n"))
    assert code == 550
    assert text.startswith(b"5.7.1")
    assert NN.encode() not in text and b"033" not in text  # the reply names the category, never the data
    assert b"national" in text.lower()
    assert handler.messages == []
    assert counter(metrics.MESSAGES, action="reject") == before + 1


def test_national_number_in_subject_is_refused(sink, start_gateway) -> None:
    handler, port = sink
    gw = start_gateway(port)
    code, _ = send(gw.port, message(subject="Dossier 85073003328"))
    assert code == 550
    assert handler.messages == []


def test_upstream_down_gives_451_and_nothing_is_lost(start_gateway) -> None:
    dead = socket.socket()
    dead.bind(("127.0.0.1", 0))
    port = dead.getsockname()[1]
    dead.close()  # nobody listens there
    gw = start_gateway(port)
    code, text = send(gw.port, message())
    assert code == 451
    assert text.startswith(b"4.4.")


@pytest.mark.parametrize(
    ("where", "reply", "expect_code", "expect_text"),
    [
        ("data", "451 4.7.500 Server busy. Please try again later.", 451, b"4.7.500"),  # Exchange throttling
        ("data", "452 4.3.1 Insufficient system resources", 451, b"4.3.1"),
        ("data", "554 5.6.0 Message rejected by upstream content filter", 554, b"5.6.0 Message rejected"),
        ("rcpt", "550 5.1.1 User unknown", 550, b"5.1.1 User unknown"),
        ("rcpt", "450 4.2.1 Mailbox busy", 451, b"4.2.1"),
        ("mail", "550 5.7.64 TenantAttribution; Relay Access Denied", 550, b"5.7.64"),
    ],
)
def test_upstream_answers_are_mapped(sink, start_gateway, where, reply, expect_code, expect_text) -> None:
    handler, port = sink
    if where == "data":
        handler.data_reply = reply
    elif where == "rcpt":
        handler.rcpt_replies["someone@gmail.com"] = reply
    else:
        handler.mail_reply = reply
    gw = start_gateway(port)
    code, text = send(gw.port, message())
    assert code == expect_code, text
    assert expect_text in text
    assert handler.messages == []


def test_partial_recipient_refusal_delivers_to_nobody(sink, start_gateway) -> None:
    """All-or-nothing: no 250 that would hide a dropped recipient, no duplicate on retry."""
    handler, port = sink
    handler.rcpt_replies["gone@telenet.be"] = "550 5.1.1 User unknown"
    gw = start_gateway(port)
    code, text = send(gw.port, message(), rcpts=("someone@gmail.com", "gone@telenet.be"))
    assert code == 550
    assert b"1 of 2 recipients refused" in text
    assert handler.messages == []
    # the upstream connection is still usable afterwards (RSET, back to the pool)
    handler.rcpt_replies.clear()
    assert send(gw.port, message())[0] == 250
    assert len(handler.messages) == 1


def test_oversize_is_refused_with_552(sink, start_gateway) -> None:
    handler, port = sink
    gw = start_gateway(port, max_message_size=20_000)
    before = counter(metrics.REJECTIONS, reason="size")
    big = message("x" * 70 + "\r\n") * 1 + b"".join([b"y" * 70 + b"\r\n"] * 400)
    code, text = send(gw.port, big)
    assert code == 552
    assert text.startswith(b"5.3.4")
    # SIZE declared in MAIL FROM is refused before any data is sent
    with smtplib.SMTP("127.0.0.1", gw.port, timeout=10) as c:
        c.ehlo("client.test")
        assert c.has_extn("size") and int(c.esmtp_features["size"]) == 20_000
        code, text = c.mail("a@example.fgov.be", options=["SIZE=50000"])
    assert code == 552 and text.startswith(b"5.3.4")
    assert handler.messages == []
    assert counter(metrics.REJECTIONS, reason="size") >= before + 2


def test_client_outside_allowed_networks_is_refused(sink, start_gateway) -> None:
    handler, port = sink
    gw = start_gateway(port, allowed_networks=["10.0.0.0/8"])
    before = counter(metrics.REJECTIONS, reason="relay_denied")
    code, text = send(gw.port, message())
    assert code == 554
    assert b"Relay access denied" in text
    assert handler.messages == []
    assert counter(metrics.REJECTIONS, reason="relay_denied") == before + 1


def test_too_many_recipients(sink, start_gateway) -> None:
    _handler, port = sink
    gw = start_gateway(port, max_recipients=2)
    with smtplib.SMTP("127.0.0.1", gw.port, timeout=10) as c:
        c.ehlo("client.test")
        c.mail("a@example.fgov.be")
        assert c.rcpt("x1@gmail.com")[0] == 250
        assert c.rcpt("x2@gmail.com")[0] == 250
        code, text = c.rcpt("x3@gmail.com")
    assert code == 452 and text.startswith(b"4.5.3")


def test_ehlo_advertises_the_extensions(start_gateway) -> None:
    gw = start_gateway()
    with smtplib.SMTP("127.0.0.1", gw.port, timeout=10) as c:
        c.ehlo("client.test")
        for ext in ("size", "8bitmime", "smtputf8", "pipelining"):
            assert c.has_extn(ext), ext
        assert not c.has_extn("starttls")  # no certificate configured
        assert not c.has_extn("auth")  # AUTH only over TLS, with a credentials file


def _read_replies(sock: socket.socket, n: int, timeout: float = 20) -> list[bytes]:
    sock.settimeout(timeout)
    buf = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        lines = [ln for ln in buf.split(b"\r\n") if ln[:3].isdigit() and ln[3:4] == b" "]
        if len(lines) >= n:
            return lines
        chunk = sock.recv(65536)
        if not chunk:
            break
        buf += chunk
    return [ln for ln in buf.split(b"\r\n") if ln[:3].isdigit() and ln[3:4] == b" "]


def test_pipelined_transaction(sink, start_gateway) -> None:
    handler, port = sink
    gw = start_gateway(port)
    with socket.create_connection(("127.0.0.1", gw.port), timeout=10) as s:
        _read_replies(s, 1)
        s.sendall(b"EHLO client.test\r\n")
        _read_replies(s, 1)
        s.sendall(b"MAIL FROM:<a@example.fgov.be>\r\nRCPT TO:<b@gmail.com>\r\nRCPT TO:<c@gmail.com>\r\nDATA\r\n")
        replies = _read_replies(s, 4)
        assert [r[:3] for r in replies] == [b"250", b"250", b"250", b"354"]
        s.sendall(message().replace(b"\r\n.", b"\r\n..") + b".\r\nQUIT\r\n")
        replies = _read_replies(s, 2)
    assert replies[0].startswith(b"250")
    assert handler.messages[0].rcpt_tos == ["b@gmail.com", "c@gmail.com"]


@pytest.mark.parametrize(
    "smuggled",
    [b"\n.\r\n", b"\n.\n", b"\r\n.\n", b"\r.\r\n"],
    ids=["LF.CRLF", "LF.LF", "CRLF.LF", "CR.CRLF"],
)
def test_smuggling_cannot_split_one_message_into_two(sink, start_gateway, smuggled) -> None:
    handler, port = sink
    gw = start_gateway(port)
    second = (
        b"MAIL FROM:<ceo@example.fgov.be>\r\nRCPT TO:<victim@gmail.com>\r\nDATA\r\n"
        b"From: ceo@example.fgov.be\r\nSubject: smuggled\r\n\r\nsmuggled body\r\n"
    )
    before = counter(metrics.REJECTIONS, reason="smuggling")
    with socket.create_connection(("127.0.0.1", gw.port), timeout=10) as s:
        _read_replies(s, 1)
        s.sendall(b"EHLO client.test\r\n")
        _read_replies(s, 1)
        s.sendall(b"MAIL FROM:<a@example.fgov.be>\r\nRCPT TO:<b@gmail.com>\r\nDATA\r\n")
        _read_replies(s, 3)
        s.sendall(b"Subject: first\r\n\r\nfirst body" + smuggled + second + b".\r\n")
        replies = _read_replies(s, 1)
        s.sendall(b"QUIT\r\n")
    # Never a second transaction: the smuggled MAIL FROM must not reach the upstream as one.
    assert all(m.mail_from != "ceo@example.fgov.be" for m in handler.messages)
    assert len(handler.messages) <= 1
    if smuggled == b"\r\n.\n":
        # aiosmtpd already removed the transparency dot of the ".\n..." line (RFC 5321 4.5.2),
        # so what remains is one harmless message whose body holds the text.
        assert replies[0].startswith(b"250")
        # (the relay also normalised the bare LF to CRLF on the way out)
        assert b"first body\r\n\r\nMAIL FROM:<ceo@" in handler.messages[0].content
    else:
        assert replies[0].startswith(b"550 5.5.2")
        assert handler.messages == []
        assert counter(metrics.REJECTIONS, reason="smuggling") == before + 1


def test_scan_timeout_fails_closed_with_451(sink, start_gateway) -> None:
    handler, port = sink
    gw = start_gateway(port, scan_timeout=0.0005)
    before = counter(metrics.SCAN_FAILURES, reason="timeout")
    code, text = send(gw.port, message("word " * 100 + "\r\n") * 1 + b"more text\r\n" * 20_000)
    assert code == 451 and text.startswith(b"4.3.0")
    assert handler.messages == []
    assert counter(metrics.SCAN_FAILURES, reason="timeout") == before + 1


def test_maildir_upstream_writes_atomically_into_new(tmp_path: Path, start_gateway) -> None:
    gw = start_gateway()  # maildir upstream under tmp_path/outbox
    assert send(gw.port, message())[0] == 250
    new = list((tmp_path / "outbox" / "new").iterdir())
    assert len(new) == 1
    assert list((tmp_path / "outbox" / "tmp").iterdir()) == []
    data = new[0].read_bytes()
    assert data.startswith(b"Return-Path: <jan.peeters@example.fgov.be>\r\nX-Original-To: someone@gmail.com\r\n")
    assert data.endswith(message())


def test_national_number_two_levels_deep_in_an_attachment_is_refused(sink, start_gateway) -> None:
    import io
    import zipfile
    from email.message import EmailMessage

    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("data/list.csv", f"name;nn\r\nDupont;{NN}\r\n")
    outer = io.BytesIO()
    with zipfile.ZipFile(outer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("export.zip", inner.getvalue())
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "jan.peeters@example.fgov.be", "someone@gmail.com", "Export"
    msg.set_content("See the attachment.")
    msg.add_attachment(outer.getvalue(), maintype="application", subtype="octet-stream", filename="archive.bin")
    handler, port = sink
    gw = start_gateway(port)
    code, text = send(gw.port, msg.as_bytes().replace(b"\n", b"\r\n"))
    assert code == 550, text
    assert handler.messages == []


def test_extraction_limits_come_from_the_configuration(sink, start_gateway) -> None:
    import io
    import zipfile
    from email.message import EmailMessage

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(5):
            z.writestr(f"f{i}.txt", "nothing personal here")
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "jan.peeters@example.fgov.be", "someone@gmail.com", "Files"
    msg.set_content("Five files.")
    msg.add_attachment(buf.getvalue(), maintype="application", subtype="zip", filename="files.zip")
    raw = msg.as_bytes().replace(b"\n", b"\r\n")
    handler, port = sink
    relaxed = start_gateway(port)
    assert send(relaxed.port, raw)[0] == 250
    strict = start_gateway(port, extract_max_files=2)  # 5 members > 2: unscannable, fails closed
    code, text = send(strict.port, raw)
    assert code == 550 and b"unscannable" in text.lower()
    assert len(handler.messages) == 1


def test_policy_reload_refreshes_the_organisations_ibans_in_the_scanners(sink, start_gateway, tmp_path: Path) -> None:
    from stdnum import iban

    account = "BE56731045678988"
    assert iban.is_valid(account)
    body = f"Beste mevrouw Claes,\r\n\r\nDe terugbetaling van 120 EUR gebeurt op rekening {account}.\r\n"
    handler, port = sink
    gw = start_gateway(port)
    assert send(gw.port, message(body))[0] == 550  # an IBAN tied to a refund: personal
    policy = gw.settings.policy_file
    text = policy.read_text(encoding="utf-8")
    assert "    - BE71096123456769\n" in text
    policy.write_text(text.replace("    - BE71096123456769\n", f"    - BE71096123456769\n    - {account}\n"))
    done = __import__("threading").Event()
    gw.loop.call_soon_threadsafe(lambda: (gw.gw.reload_policy(), done.set()))
    assert done.wait(10)
    code, text = send(gw.port, message(body))
    assert code == 250, text  # now the organisation's own account
    assert len(handler.messages) == 1
