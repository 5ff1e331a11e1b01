"""Sender override as policy data (line-precise validation, which messages may be overridden), the
override token, and the store tables of the human loop on SQLite and on the real PostgreSQL."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from gateway.cli import main
from gateway.errors import PolicyError
from gateway.model import Envelope, Finding, ScanReport
from gateway.override import TokenSigner, find_tokens, load_or_create_override_key
from gateway.policy import Policy, load_policy, parse_duration, parse_policy
from gateway.quarantine import QuarantineStore, VerdictCount

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = (ROOT / "policies" / "default.yaml").read_text(encoding="utf-8")
SENDER = "marie.dubois@example.fgov.be"


def terms(policy: Policy, rcpts: tuple[str, ...], findings: list[tuple[str, float]]):  # type: ignore[no-untyped-def]
    ev = policy.evaluate(Envelope(SENDER, rcpts), ScanReport(findings=[Finding(e, "body", score=s)
                                                                     for e, s in findings]))
    return ev.decision.action, ev.override


def test_default_policy_offers_overrides_for_weak_art9_10_to_enterprises_and_institutions(policy: Policy) -> None:
    for rcpt in ("x@acme-consult.be", "x@minfin.fgov.be", "x@svb.nl"):
        for et in ("ART9_HEALTH", "ART10_CRIMINAL", "ART9_TRADE_UNION"):
            action, t = terms(policy, (rcpt,), [(et, 0.8)])
            assert action == "bounce" and t is not None and t.expires_seconds == 72 * 3600, (rcpt, et)
            assert t.justification_required
    assert terms(policy, ("x@acme-consult.be", "colleague@example.fgov.be"), [("ART9_HEALTH", 0.75)])[1] is not None


@pytest.mark.parametrize(("rcpts", "findings"), [
    (("x@acme-consult.be",), [("ART9_HEALTH", 0.85)]),  # strong: "<name> has ...", possessive, identifier
    (("x@acme-consult.be",), [("ART9_HEALTH", 0.7), ("ART9_HEALTH", 0.95)]),
    (("x@gmail.com",), [("ART9_HEALTH", 0.7)]),  # anything to citizens
    (("x@acme-consult.be", "y@gmail.com"), [("ART9_HEALTH", 0.7)]),
    (("x@acme-consult.be",), [("ART9_HEALTH", 0.7), ("BE_NATIONAL_NUMBER", 1.0)]),  # national numbers never
    (("x@acme-consult.be",), [("IBAN_CODE", 1.0)]),
    (("x@acme-consult.be",), [("UNSCANNABLE", 1.0)]),
    (("colleague@example.fgov.be",), [("ART9_HEALTH", 0.7)]),  # internal: allowed anyway, nothing to override
])
def test_default_policy_never_offers_an_override_for(policy: Policy, rcpts, findings) -> None:  # type: ignore[no-untyped-def]
    assert terms(policy, rcpts, findings)[1] is None


def test_monitor_mode_and_quarantine_rules_offer_no_override() -> None:
    p = Policy(parse_policy(DEFAULT.replace("mode: enforce", "mode: monitor")))
    assert terms(p, ("x@acme-consult.be",), [("ART9_HEALTH", 0.7)]) == ("monitor", None)
    q = DEFAULT.replace("  institution:\n    default: {action: bounce, channels: [fedsender, secure_mail]}",
                        "  institution:\n    default: {action: quarantine}")
    p = Policy(parse_policy(q))
    assert terms(p, ("x@acme-consult.be", "y@minfin.fgov.be"), [("ART9_HEALTH", 0.7), ("IBAN_CODE", 1.0)])[1] is None


def test_shortest_expiry_and_optional_justification_combine() -> None:
    text = DEFAULT.replace(
        "    art10: {action: bounce, channels: [ebox_enterprise], override: *weak_override}",
        "    art10: {action: bounce, channels: [ebox_enterprise], override: {allowed: true, expires: 90m,"
        " justification: optional}}")
    p = Policy(parse_policy(text))
    _, t = terms(p, ("x@acme-consult.be",), [("ART10_CRIMINAL", 0.99)])
    assert t is not None and t.expires_seconds == 5400 and not t.justification_required  # no score_below here
    _, t = terms(p, ("x@acme-consult.be",), [("ART10_CRIMINAL", 0.7), ("ART9_HEALTH", 0.7)])
    assert t is not None and t.expires_seconds == 5400 and t.justification_required


@pytest.mark.parametrize(("old", "new", "message"), [
    ("expires: 72h, score_below: 0.85}", "expires: 72x, score_below: 0.85}",
     "expires: '72x' must be a duration with a unit, like 72h, 3d or 90m"),
    ("expires: 72h, score_below: 0.85}", "expires: 45d, score_below: 0.85}",
     "expires: '45d' must be between 1m and 30d"),
    ("expires: 72h, score_below: 0.85}", "expires: 72, score_below: 0.85}", "must be a duration with a unit"),
    ("expires: 72h, score_below: 0.85}", "expires: 72h, score_below: 1.5}", "score_below: Input should be less than"),
    ("justification: required, expires", "justification: maybe, expires",
     "justification 'maybe' is not one of required, optional"),
    ("    default: {action: allow}", "    default: {action: allow, override: {allowed: true, colour: red}}",
     "unknown key 'colour' in rules.internal.default.override"),
])
def test_override_errors_name_line_and_column(old: str, new: str, message: str) -> None:
    assert old in DEFAULT
    text = DEFAULT.replace(old, new, 1)
    with pytest.raises(PolicyError) as e:
        parse_policy(text, "p.yaml")
    line_no = next(i for i, line in enumerate(text.splitlines(), 1) if new.strip() in line)
    assert any(message in line and line.startswith(f"p.yaml:{line_no}:") for line in e.value.lines), e.value.lines


def test_override_on_a_rule_that_does_not_bounce_is_noted(tmp_path: Path, capsys) -> None:
    text = DEFAULT.replace("    default: {action: allow}", "    default: {action: allow, override: {allowed: true}}", 1)
    p = tmp_path / "p.yaml"
    p.write_text(text, encoding="utf-8")
    assert main(["policy", "check", str(p)]) == 0
    line_no = next(i for i, line in enumerate(text.splitlines(), 1) if "{action: allow, override:" in line)
    err = capsys.readouterr().err
    assert f"p.yaml:{line_no}:" in err and "the sender override has no effect with action 'allow'" in err
    policy = load_policy(p)
    assert terms(policy, ("a@example.fgov.be",), [("ART9_HEALTH", 0.7)]) == ("allow", None)


def test_duration_units() -> None:
    assert parse_duration("90m") == 5400 and parse_duration("1d12h") == 129600 and parse_duration(" 3D ") == 259200
    for bad in ("", "h", "12", "1w"):
        with pytest.raises(ValueError):
            parse_duration(bad)


def test_policy_check_accepts_the_default(capsys) -> None:
    assert main(["policy", "check", str(ROOT / "policies" / "default.yaml")]) == 0
    assert load_policy(ROOT / "policies" / "default.yaml").spec.rules["enterprise"]["art9"].override.score_below == 0.85


# --- the token ---------------------------------------------------------------------------------


def test_token_is_bound_to_queue_id_sender_and_expiry(tmp_path: Path) -> None:
    key = load_or_create_override_key(None, tmp_path)
    assert stat.S_IMODE(os.stat(tmp_path / "override.key").st_mode) == 0o600
    assert load_or_create_override_key(None, tmp_path) == key  # created once
    signer = TokenSigner(key)
    exp = int(time.time()) + 3600
    token = signer.mint("0A1B2C3D4E5F", SENDER, exp)
    assert len(token) == 40 and token == token.lower() and find_tokens(f"x dlp-override+{token}@gw y") == [token]
    parsed = TokenSigner.parse(token.upper())  # case does not matter
    assert parsed is not None and parsed.qid == "0A1B2C3D4E5F" and parsed.expires_at == exp
    assert signer.authentic(parsed, SENDER) and signer.authentic(parsed, SENDER.upper())
    assert not signer.authentic(parsed, "other@example.fgov.be")
    assert not TokenSigner(os.urandom(32)).authentic(parsed, SENDER)  # another key
    for i in range(40):  # every single changed character breaks it (or the format)
        c = "b" if token[i] != "b" else "c"
        p = TokenSigner.parse(token[:i] + c + token[i + 1:])
        assert p is None or not signer.authentic(p, SENDER) or (p.qid, p.expires_at) != (parsed.qid, exp)
    assert TokenSigner.parse("a" * 39) is None and TokenSigner.parse("1" * 40) is None


# --- store tables, both backends ------------------------------------------------------------------


def test_override_and_verdict_tables(store: QuarantineStore) -> None:
    assert store.claim_override_sync("t1", "Q1", "why", ["art9"], ["enterprise"], "example.fgov.be")
    assert not store.claim_override_sync("t1", "Q1", "again", ["art9"], ["enterprise"], "example.fgov.be")
    store.unclaim_override_sync("t1")
    assert store.claim_override_sync("t1", "Q1", "why", ["art9"], ["enterprise"], "example.fgov.be")
    store.finish_override_sync("t1", "released")
    store.unclaim_override_sync("t1")  # a finished override is never given back
    (rec,) = store.overrides_sync(qid="Q1")
    assert (rec.justification, rec.outcome, rec.categories) == ("why", "released", ("art9",))
    row = VerdictCount(3600.0, "monitor", "bounce", ("art9", "national_id"), ("citizen",), "example.fgov.be", 2)
    store.add_verdict_counts_sync([row, VerdictCount(3600.0, "allow", "", (), ("enterprise",), "example.fgov.be", 5)])
    store.add_verdict_counts_sync([row])
    got = {(r.action, r.categories): r.messages for r in store.verdict_counts_sync(0, 7200)}
    assert got == {("monitor", ("art9", "national_id")): 4, ("allow", ()): 5}
    assert store.verdict_counts_sync(7200) == []
