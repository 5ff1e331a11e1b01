"""End to end over SMTP: client -> gateway (lead's smtp/pipeline) -> policy -> bounce/quarantine -> sink."""

from __future__ import annotations

import contextlib
import email
import email.policy
import os
import signal
import smtplib
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from policy_harness import gateway_settings, policy_dir, start_sink

from gateway import metrics
from gateway.cli import main
from gateway.errors import PolicyError
from gateway.quarantine import QuarantineStore, parse_key
from tests.gatewayrunner import RunningGateway, free_port


def sent_bounce(store: QuarantineStore, qid: str, timeout: float = 10.0):  # type: ignore[no-untyped-def]
    """The held row once its bounce is marked sent: the outbox marks it right after the sink's 250,
    so a test that has just seen the bounce arrive waits for the mark instead of racing it."""
    deadline = time.monotonic() + timeout
    held = store.get_sync(qid)
    while held is not None and held.bounce_state != "sent" and time.monotonic() < deadline:
        time.sleep(0.05)
        held = store.get_sync(qid)
    return held

# aiosmtpd reports the null reverse-path (MAIL FROM:<>) as "<>".
NN = "85.07.30-033.28"  # valid Belgian national register number (stdnum.be.nn)
MARIE = "marie.dubois@example.fgov.be"


def french_mail(to: str = "jan.peeters@gmail.com") -> bytes:
    return (
        f"From: Marie Dubois <{MARIE}>\r\nTo: <{to}>\r\n"
        f"Subject: Dossier de M. Jan Peeters\r\nMessage-ID: <fr1@example.fgov.be>\r\n"
        "Date: Tue, 24 Nov 2026 10:00:00 +0000\r\nContent-Language: fr-BE\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Bonjour,\r\n\r\nM. Jan Peeters, numéro de registre national "
        f"{NN}, est hospitalisé pour un diabète de type 2 et suit une chimiothérapie.\r\n\r\n"
        "Cordialement,\r\nMarie\r\n"
    ).encode()


def send(port: int, raw: bytes, rcpts: tuple[str, ...], sender: str = MARIE) -> tuple[int, str]:
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as c:
        c.ehlo("client.test")
        c.mail(sender)
        for r in rcpts:
            code, text = c.rcpt(r)
            assert code == 250, text
        code, text = c.data(raw)
        return code, text.decode()


def store_of(gw: RunningGateway) -> QuarantineStore:
    s = gw.settings
    return QuarantineStore(f"sqlite:///{(Path(s.state_dir) / 'quarantine.sqlite').resolve()}",
                           parse_key(s.quarantine_key.get_secret_value()))


def config_file(tmp_path: Path, gw: RunningGateway) -> str:
    s = gw.settings
    p = tmp_path / "gw.yaml"
    p.write_text(
        f"upstream_url: {s.upstream_url}\nupstream_starttls: 'off'\nstate_dir: {s.state_dir}\n"
        f"policy_file: {s.policy_file}\nquarantine_key: '{s.quarantine_key.get_secret_value()}'\n"
        f"hostname: {s.hostname}\n", encoding="utf-8")
    return str(p)


def plain(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return " ".join(msg.get_body(("plain",)).get_content().split())


def test_french_mail_to_citizen_bounces_in_french_and_release_delivers(tmp_path, sink, sink_port, start_gateway,
                                                                        capsys):
    gw = start_gateway(sink_port)
    code, text = send(gw.port, french_mail(), ("jan.peeters@gmail.com",))
    assert code == 250 and "held as" in text
    qid = text.split("held as ")[1].split(",")[0]

    got = sink.wait(1)
    assert len(got) == 1, "upstream receives the guidance bounce and nothing else"
    dsn = got[0]
    assert dsn.mail_from == "<>" and dsn.rcpt_tos == [MARIE]
    assert NN.encode() not in dsn.content and b"85070303328" not in dsn.content
    assert b"Peeters" not in dsn.content.replace(b"jan.peeters@gmail.com", b"")
    msg = email.message_from_bytes(dsn.content, policy=email.policy.default)
    assert msg.get_content_type() == "multipart/report" and msg["Auto-Submitted"] == "auto-replied"
    body = plain(dsn.content)
    assert body.startswith("Votre e-mail n'a PAS été envoyé.")
    assert "eBox Citizen : https://myebox.be" in body
    assert "numéro d'identification national : texte du message (85.07.30-***.**)" in body
    assert qid in body

    store = store_of(gw)
    held = sent_bounce(store, qid)
    assert held is not None and held.status == "held" and held.bounce_state == "sent"
    assert "national_id" in held.decision["categories"]
    store.close()

    cfg = config_file(tmp_path, gw)
    assert main(["--config", cfg, "quarantine", "show", qid]) == 0
    shown = capsys.readouterr().out
    assert "85.07.30-***.**" in shown and NN not in shown and "diabète" not in shown
    assert main(["--config", cfg, "quarantine", "release", qid, "--reason", "DPO: consent on file",
                 "--by", "dpo-test"]) == 0
    got = sink.wait(2)
    assert len(got) == 2
    assert (got[1].mail_from, got[1].rcpt_tos) == (MARIE, ["jan.peeters@gmail.com"])
    assert NN.encode() in got[1].content  # the original, intact
    assert main(["--config", cfg, "quarantine", "audit", qid]) == 0
    audit = capsys.readouterr().out
    assert "release" in audit and "dpo-test" in audit and "DPO: consent on file" in audit
    assert main(["--config", cfg, "quarantine", "release", qid, "--reason", "again"]) == 1


def test_institution_recipient_gets_fedsender_advice_and_dpo_notice(sink, sink_port, start_gateway):
    gw = start_gateway(sink_port, dpo_address="dpo@example.fgov.be")
    code, _ = send(gw.port, french_mail("x@minfin.fgov.be"), ("x@minfin.fgov.be",))
    assert code == 250
    got = sink.wait(2)
    by_rcpt = {m.rcpt_tos[0]: m for m in got}
    assert set(by_rcpt) == {MARIE, "dpo@example.fgov.be"}
    assert "Fedsender (Belnet) : https://fedsender.belnet.be" in plain(by_rcpt[MARIE].content)
    notice = by_rcpt["dpo@example.fgov.be"].content
    assert by_rcpt["dpo@example.fgov.be"].mail_from == "<>"
    assert b"BE_NATIONAL_NUMBER" in notice and NN.encode() not in notice and b"minfin.fgov.be" in notice
    # no address in a notice: the sender's and recipients' domains only (the DPO opens the rest, audited)
    body = plain(notice)
    assert MARIE not in body and "x@minfin.fgov.be" not in body and MARIE.split("@")[1] in body


def test_mixed_recipients_take_the_strictest_action(sink, sink_port, start_gateway):
    gw = start_gateway(sink_port)
    code, _ = send(gw.port, french_mail(), ("collegue@example.fgov.be", "jan.peeters@gmail.com"))
    assert code == 250
    got = sink.wait(1)
    assert len(got) == 1 and got[0].mail_from == "<>" and got[0].rcpt_tos == [MARIE]  # nobody got the original


def test_clean_mail_is_delivered_with_verdict(sink, sink_port, start_gateway):
    gw = start_gateway(sink_port)
    raw = french_mail().replace(NN.encode(), b"(voir dossier)")
    raw = raw.replace("hospitalisé pour un diabète de type 2 et suit une chimiothérapie".encode(), b"vient lundi")
    code, _ = send(gw.port, raw, ("jan.peeters@gmail.com",))
    assert code == 250
    (m,) = sink.wait(1)
    assert m.mail_from == MARIE and b"X-DLP-Verdict: allow" in m.content


def test_monitor_mode_delivers_and_counts(tmp_path, sink, sink_port, start_gateway):
    pol = policy_dir(tmp_path) / "default.yaml"
    pol.write_text(pol.read_text(encoding="utf-8").replace("mode: enforce", "mode: monitor"), encoding="utf-8")
    before = metrics.MONITORED.labels(would_have="bounce")._value.get()
    gw = start_gateway(sink_port)
    code, _ = send(gw.port, french_mail(), ("jan.peeters@gmail.com",))
    assert code == 250
    (m,) = sink.wait(1)
    assert m.rcpt_tos == ["jan.peeters@gmail.com"] and NN.encode() in m.content
    assert b"would-have=bounce" in m.content
    assert metrics.MONITORED.labels(would_have="bounce")._value.get() == before + 1


def test_broken_policy_refused_at_start_and_on_reload(tmp_path, sink, sink_port, start_gateway):
    pol = policy_dir(tmp_path) / "default.yaml"
    good = pol.read_text(encoding="utf-8")
    pol.write_text(good.replace("{action: bounce, channels: [ebox_enterprise, fedsender]}", "{action: blok}"),
                   encoding="utf-8")
    with pytest.raises(PolicyError) as e:
        RunningGateway(gateway_settings(tmp_path, sink_port)).start()
    assert "action 'blok' is not one of allow, monitor, reject, bounce, quarantine" in e.value.lines[0]
    pol.write_text(good, encoding="utf-8")
    gw = start_gateway(sink_port)
    pol.write_text("version: [\n", encoding="utf-8")
    gw.call(gw.gw.reload_policy)
    code, _ = send(gw.port, french_mail(), ("jan.peeters@gmail.com",))
    assert code == 250
    (m,) = sink.wait(1)
    assert m.mail_from == "<>" and m.rcpt_tos == [MARIE]  # the old policy still bounces


def _wait_port(port: int, proc: subprocess.Popen, timeout: float = 90.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else "gateway exited"
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.2)
    raise AssertionError("gateway did not start listening")


def test_gateway_killed_after_250_still_sends_the_bounce(tmp_path):
    upstream = free_port()  # nothing listens here yet: the first bounce attempt fails
    listen = free_port()
    env = {
        **os.environ,
        "DLPGW_LISTEN": f"127.0.0.1:{listen}", "DLPGW_METRICS_LISTEN": "", "DLPGW_WORKERS": "1",
        "DLPGW_SCAN_PROCESSES": "1", "DLPGW_UPSTREAM_URL": f"smtp://127.0.0.1:{upstream}",
        "DLPGW_UPSTREAM_STARTTLS": "off", "DLPGW_UPSTREAM_CONNECT_TIMEOUT": "2",
        "DLPGW_STATE_DIR": str(tmp_path / "var"), "DLPGW_POLICY_FILE": str(policy_dir(tmp_path) / "default.yaml"),
        "DLPGW_QUARANTINE_KEY": "11" * 32, "DLPGW_HOSTNAME": "gw.example.fgov.be",
    }

    def start() -> subprocess.Popen:
        p = subprocess.Popen([sys.executable, "-m", "gateway", "serve"], cwd=tmp_path, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        _wait_port(listen, p)
        return p

    proc = start()
    try:
        code, text = send(listen, french_mail(), ("jan.peeters@gmail.com",))
        assert code == 250, text
        qid = text.split("held as ")[1].split(",")[0]
        store = QuarantineStore(f"sqlite:///{tmp_path / 'var' / 'quarantine.sqlite'}", bytes.fromhex("11" * 32))
        # durable before the 250, not sent yet (or being tried right now by the outbox)
        assert store.get_sync(qid).bounce_state in ("pending", "sending")
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # no drain, no cleanup: a crash
        proc.wait(30)
    sink, ctl = start_sink(upstream)
    proc = start()
    try:
        got = sink.wait(1, timeout=30)
        assert len(got) == 1 and got[0].mail_from == "<>" and got[0].rcpt_tos == [MARIE]
        assert qid.encode() in got[0].content and NN.encode() not in got[0].content
        held = sent_bounce(store, qid)
        assert held.bounce_state == "sent" and held.status == "held"
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(60)
        ctl.stop()
        store.close()


def test_shared_postgresql_store(sink, sink_port, start_gateway, pg_url):
    gw = start_gateway(sink_port, quarantine_url=pg_url)
    code, text = send(gw.port, french_mail(), ("jan.peeters@gmail.com",))
    assert code == 250
    qid = text.split("held as ")[1].split(",")[0]
    (dsn,) = sink.wait(1)
    assert dsn.mail_from == "<>"
    other = QuarantineStore(pg_url, parse_key("00" * 32))  # a second instance sees the same row
    try:
        held = sent_bounce(other, qid)
        assert held is not None and held.status == "held" and held.bounce_state == "sent"
    finally:
        other.close()
