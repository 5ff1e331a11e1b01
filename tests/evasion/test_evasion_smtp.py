"""A sample of the evasion suite through the real SMTP front: a gateway on loopback with the shipped policy
(held mail for review instead of a bounce), a real aiosmtpd sink as its upstream. Every evasion is held
and never reaches the recipient; the clean controls are delivered."""

from __future__ import annotations

import smtplib
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from gateway.quarantine import open_store
from tests.evasion.test_evasion_controls import CONTROLS
from tests.evasion.variants import VARIANTS
from tests.gatewayrunner import RunningGateway, free_port
from tests.relay.conftest import SinkHandler, make_settings, relay_policy

SAMPLE = [
    "sep-narrow-nbsp", "invisible-lrm", "digits-arabic-indic", "space-between-every-digit", "glued-underscore",
    "base64-mojibake-suffix", "image-jpeg-is-docx", "png-tEXt", "jpeg-text-after-eoi",
    "utf16le-no-bom-declared-utf16le", "utf7-declared", "xlsx-cell-comment", "content-description-header",
    "html-font-size-0-inside", "cte-quoted-Base64", "no-cte-plain-base64-body", "qp-soft-break-trailing-spaces",
    "bsn-8-digits",
]
CONTROL_SAMPLE = ["phones", "harmless-lines", "plain-base64-harmless", "photo-with-camera-serial"]
RCPT = "an.claes@gmail.com"  # a citizen: national numbers must not go there by mail
SENDER = "jan.peeters@example.fgov.be"


@pytest.fixture
def gateway(tmp_path: Path) -> Iterator[tuple[RunningGateway, SinkHandler]]:
    handler = SinkHandler()
    port = free_port()
    ctl = Controller(handler, hostname="127.0.0.1", port=port)
    ctl.start()
    policy_dir = tmp_path / "policy"
    policy_dir.mkdir()
    policy = relay_policy(policy_dir, "quarantine")  # the shipped policy, holding instead of bouncing
    gw = RunningGateway(make_settings(tmp_path, port, policy_file=policy)).start()
    try:
        yield gw, handler
    finally:
        gw.stop()
        ctl.stop()


def _send(port: int, raw: bytes) -> tuple[int, str]:
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")  # smtplib sends bytes as they are: CRLF
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as c:
        c.ehlo("client.test")
        c.mail(SENDER)
        code, text = c.rcpt(RCPT)
        assert code == 250, text
        code, text = c.data(raw)
        return code, text.decode()


def test_evasions_are_held_over_smtp_and_controls_delivered(gateway: tuple[RunningGateway, SinkHandler]) -> None:
    gw, sink = gateway
    by_id = {v.id: v for v in VARIANTS}
    held = 0
    for vid in SAMPLE:
        code, text = _send(gw.port, by_id[vid].build())
        assert code == 250 and "held" in text, (vid, code, text)
        held += 1
    for name in CONTROL_SAMPLE:
        code, text = _send(gw.port, CONTROLS[name]())
        assert code == 250 and "queued" in text, (name, code, text)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and len([m for m in sink.messages if RCPT in m.rcpt_tos]) < len(CONTROL_SAMPLE):
        time.sleep(0.1)
    delivered = [m for m in sink.messages if RCPT in m.rcpt_tos]
    assert len(delivered) == len(CONTROL_SAMPLE)  # the controls, and nothing else, reached the recipient
    s = gw.settings
    store = open_store(s.quarantine_url, None, Path(s.state_dir))
    try:
        assert store.held_count_sync() == held == len(SAMPLE)
    finally:
        store.close()
