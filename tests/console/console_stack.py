"""The console's test stack (built once per session by conftest.py), everything real and on loopback:

- an aiosmtpd upstream sink and a real gateway (tests.gatewayrunner) that holds real messages sent
  to it over SMTP, records its verdict counts, and released one message on a sender's override;
- months of monitor-mode verdict counts: the labelled corpus scanned by that gateway's own scanner
  and decided by the policy in monitor mode (what ``dlp-gateway replay`` does);
- a real OpenID provider (tests/console/idp.py: Starlette + PyJWT, RSA key, JWKS, PKCE);
- the console itself (uvicorn in a thread) with local accounts and OpenID Connect configured.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import smtplib
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "policy"))

from idp import LoopbackIdP, serve_in_thread, stop_server  # noqa: E402
from policy_harness import Sink, gateway_settings, start_sink  # noqa: E402

from gateway.config import Settings  # noqa: E402
from gateway.quarantine import QuarantineStore, parse_key  # noqa: E402
from tests.gatewayrunner import RunningGateway, free_port  # noqa: E402

PASSWORD = "correct horse battery staple"
MARIE = "marie.dubois@example.fgov.be"
AN = "an.claes@hr.example.fgov.be"
NN = "85.07.30-033.28"
ROLE_MAP = {"DLP.DPO": "dpo", "DLP.Auditor": "auditor", "DLP.Admin": "admin"}


@dataclass
class Stack:
    settings: Settings
    gw: RunningGateway
    sink: Sink
    store: QuarantineStore
    console: Any
    base: str
    idp: LoopbackIdP
    held: dict[str, str]  # name -> queue id


def _mail(sender: str, to: str, subject: str, body: str) -> bytes:
    return (f"From: <{sender}>\r\nTo: <{to}>\r\nSubject: {subject}\r\nDate: Tue, 01 Dec 2026 09:00:00 +0000\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()


def _send(port: int, sender: str, to: str, raw: bytes) -> str:
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as c:
        c.ehlo("client.test")
        c.mail(sender)
        assert c.rcpt(to)[0] == 250
        code, text = c.data(raw)
        assert code == 250, text
        return text.decode()


def _monitor_history(gw: RunningGateway, store: QuarantineStore) -> int:
    """The corpus through the gateway's own scanner, decided in monitor mode, added to verdict_counts."""
    from gateway.commands.replay import monitor_view, sent_at
    from gateway.commands.scan import envelope_for
    from gateway.stats import rows_of, verdict_key

    policy = gw.gw.policy.current
    counts: Counter = Counter()
    for f in sorted((ROOT / "tests" / "corpus" / "messages").glob("*.eml")):
        raw = f.read_bytes()
        report = asyncio.run_coroutine_threadsafe(gw.gw.scanner.scan(raw), gw.loop).result(60)
        env = envelope_for(raw, [], None)
        decision = monitor_view(policy.decide(env, report))
        counts[verdict_key(env, decision, "250", sent_at(raw))] += 1
    store.add_verdict_counts_sync(rows_of(counts))
    return sum(counts.values())


def build_stack(tmp: Path) -> tuple[Stack, Any]:
    """Start everything; return the stack and a function that stops it."""
    from gateway.console.accounts import UsersFile
    from gateway.console.app import build_console

    sink_port, console_port, idp_port = free_port(), free_port(), free_port()
    sink, ctl = start_sink(sink_port)
    gw = RunningGateway(gateway_settings(tmp, sink_port, dpo_address="dpo@example.fgov.be",
                                         stats_interval=0.2)).start()
    held: dict[str, str] = {}
    for name, sender, to, subject, body in (
        ("weak_art9", MARIE, "contact@acme-consult.be", "Workshop planning",
         "Our colleague Jan Peeters cannot attend next week: he is undergoing chemotherapy."),
        ("national_id", MARIE, "jan.peeters@gmail.com", "Dossier", f"Rijksregisternummer van de betrokkene: {NN}"),
        ("art10", AN, "legal@minfin.fgov.be", "Case file",
         "Mr Jan Peeters was convicted of fraud in 2019, so the file goes to the legal service."),
        ("to_release", AN, "planning@acme-consult.be", "Absence",
         "Our colleague Els Maes is absent: she is undergoing chemotherapy."),
        ("to_override", MARIE, "hr@acme-consult.be", "Replacement",
         "Our colleague Tom Wouters will be away: he is recovering from surgery for cancer."),
    ):
        text = _send(gw.port, sender, to, _mail(sender, to, subject, body))
        assert "held as" in text, (name, text)
        held[name] = text.split("held as ")[1].split(",")[0]
    # one sender override, through the real override address
    end = time.monotonic() + 20
    dsn = None
    while dsn is None and time.monotonic() < end:
        dsn = next((m for m in sink.messages if held["to_override"].encode() in m.content
                    and b"multipart/report" in m.content), None)
        time.sleep(0.05)
    assert dsn is not None
    reply_to = email.message_from_bytes(dsn.content, policy=email.policy.default)["Reply-To"]
    assert reply_to, "the weak Art. 9 bounce offers an override"
    reply = (f"From: <{MARIE}>\r\nTo: {reply_to}\r\nSubject: RE: Not sent\r\nMIME-Version: 1.0\r\n"
             "Content-Type: text/plain; charset=utf-8\r\n\r\nJustification: HR of the contractor plans "
             "the replacement and needs the dates.\r\n").encode()
    assert "released" in _send(gw.port, MARIE, reply_to, reply)

    s = gw.settings
    store = QuarantineStore(f"sqlite:///{(Path(s.state_dir) / 'quarantine.sqlite').resolve()}",
                            parse_key(s.quarantine_key.get_secret_value()))
    _monitor_history(gw, store)

    base = f"http://127.0.0.1:{console_port}"
    idp = LoopbackIdP(idp_port, "dlp-console", "s3cret-client", f"{base}/oidc/callback", {
        "dana.idp": (PASSWORD, ["DLP.DPO", "Other.Role"]),
        "alex.idp": (PASSWORD, ["DLP.Auditor"]),
        "nora.idp": (PASSWORD, ["Unrelated.Role"]),
    }).start()
    settings = Settings(**{**s.model_dump(), "console_listen": f"127.0.0.1:{console_port}",
                           "console_users_file": tmp / "console-users",
                           "console_oidc_issuer": idp.issuer, "console_oidc_client_id": "dlp-console",
                           "console_oidc_client_secret": "s3cret-client", "console_oidc_name": "Test IdP",
                           "console_oidc_role_map": ROLE_MAP,
                           "quarantine_key": s.quarantine_key.get_secret_value()})
    users = UsersFile(tmp / "console-users")
    users.set("dana", ["admin", "dpo"], PASSWORD)
    users.set("alex", ["auditor"], PASSWORD)
    console = build_console(settings)
    server, thread = serve_in_thread(console.app(), console_port)
    st = Stack(settings, gw, sink, store, console, base, idp, held)

    def stop() -> None:
        stop_server(server, thread)
        console.store.close()
        idp.stop()
        store.close()
        gw.stop()
        ctl.stop()

    return st, stop
