"""The decision table of policies/default.yaml, with hand-built scan reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.model import ENCRYPTED_CONTENT, UNSCANNABLE, UNSCANNED_IMAGE, Envelope, Finding, ScanReport
from gateway.policy import STRICTNESS, load_policy, strictest

ROOT = Path(__file__).resolve().parents[2]
SENDER = "agent@example.fgov.be"


@pytest.fixture(scope="module")
def policy():
    return load_policy(ROOT / "policies" / "default.yaml")


def report(*types: str, location: str = "body", headers: list[tuple[str, str]] | None = None,
           **kw: object) -> ScanReport:
    return ScanReport(
        findings=[Finding(entity_type=t, location=location, snippet="xx**", **kw) for t in types],  # type: ignore[arg-type]
        headers=headers or [],
    )


def decide(policy, rcpts, rep, sender=SENDER):
    return policy.decide(Envelope(sender, tuple(rcpts)), rep)


@pytest.mark.parametrize(
    ("rcpt", "cls"),
    [
        ("a@gmail.com", "citizen"),
        ("a@Telenet.BE", "citizen"),
        ("a@minfin.fgov.be", "institution"),
        ("a@socialsecurity.belgium.be", "institution"),
        ("a@belgium.be", "institution"),
        ("a@vlaanderen.be", "institution"),
        ("a@werk.vlaanderen.be", "institution"),
        ("a@paradigm.brussels", "institution"),
        ("a@wallonie.be", "institution"),
        ("a@rijksoverheid.nl", "institution_nl"),
        ("a@minbzk.overheid.nl", "institution_nl"),
        ("a@example.fgov.be", "internal"),
        ("a@hr.example.fgov.be", "internal"),
        ("a@acme.be", "enterprise"),
        ("a@notbelgium.be", "enterprise"),  # a suffix is matched on a label boundary only
    ],
)
def test_recipient_classes(policy, rcpt, cls):
    assert policy.classify(rcpt) == cls


def test_clean_message_is_allowed_with_verdict_header(policy):
    d = decide(policy, ["a@gmail.com"], ScanReport())
    assert d.action == "allow"
    assert d.add_headers == (("X-DLP-Verdict", "allow"),)
    assert d.categories == ()


@pytest.mark.parametrize("etype", ["BE_NATIONAL_NUMBER", "BE_BIS_NUMBER", "NL_BSN", "IBAN_CODE", "CREDIT_CARD",
                                   "ART9_HEALTH", "ART9_RELIGION", "ART10_CRIMINAL"])
@pytest.mark.parametrize("rcpt", ["a@gmail.com", "a@minfin.fgov.be", "a@acme.be", "a@rijksoverheid.nl"])
def test_personal_data_to_any_external_recipient_bounces(policy, etype, rcpt):
    d = decide(policy, [rcpt], report(etype))
    assert d.action == "bounce"
    assert d.channels, "a bounce always names a channel"
    assert d.reason.isascii() and "\n" not in d.reason


def test_citizen_gets_ebox_and_institution_gets_fedsender(policy):
    d = decide(policy, ["jan@gmail.com"], report("ART9_HEALTH"))
    assert d.channels[0].id == "ebox_citizen" and d.channels[0].url == "https://myebox.be"
    assert "eBox" in d.reason
    d = decide(policy, ["x@minfin.fgov.be"], report("BE_NATIONAL_NUMBER"))
    assert d.channels[0].id == "fedsender" and d.channels[0].url == "https://fedsender.belnet.be"
    assert d.recipient_classes == ("institution",)
    d = decide(policy, ["x@acme.be"], report("IBAN_CODE"))
    assert d.channels[0].id == "ebox_enterprise"


def test_internal_recipients_are_allowed(policy):
    d = decide(policy, ["colleague@example.fgov.be"], report("ART9_HEALTH", "BE_NATIONAL_NUMBER"))
    assert d.action == "allow"
    assert "allowed for internal" in d.reason


def test_mixed_recipients_take_the_strictest_action(policy):
    d = decide(policy, ["colleague@example.fgov.be", "jan@gmail.com"], report("BE_NATIONAL_NUMBER"))
    assert d.action == "bounce"
    assert set(d.recipient_classes) == {"internal", "citizen"}


def test_strictness_order():
    assert strictest(["allow", "monitor", "bounce", "quarantine", "reject"]) == "reject"
    assert strictest(["allow", "bounce", "monitor"]) == "bounce"
    assert strictest(["bounce", "quarantine"]) == "quarantine"
    assert strictest([]) == "allow"
    assert sorted(STRICTNESS, key=STRICTNESS.get) == ["allow", "monitor", "bounce", "quarantine", "reject"]


@pytest.mark.parametrize("etype", [UNSCANNABLE, ENCRYPTED_CONTENT])
def test_unscannable_and_encrypted_fail_closed_with_fedsender(policy, etype):
    d = decide(policy, ["a@acme.be"], report(etype))
    assert d.action == "bounce"
    assert d.channels[0].id == "fedsender"


def test_images_are_monitored_not_blocked_and_logos_pass(policy):
    d = decide(policy, ["a@gmail.com"], report(UNSCANNED_IMAGE, detail="attachment jpeg 812 KB"))
    assert d.action == "monitor"
    assert d.add_headers == (("X-DLP-Verdict", "monitor; categories=image"),)
    d = decide(policy, ["a@gmail.com"], report(UNSCANNED_IMAGE, detail="inline logo png 3 KB"))
    assert d.action == "allow" and d.categories == ()


def test_allowed_findings_honoured_only_for_listed_exceptions(policy):
    ok = report("BE_NATIONAL_NUMBER", allowed=True, exception="professional_contact")
    assert decide(policy, ["a@gmail.com"], ok).action == "allow"
    unknown = report("BE_NATIONAL_NUMBER", allowed=True, exception="made_up_exception")
    assert decide(policy, ["a@gmail.com"], unknown).action == "bounce"


def test_transport_metadata_does_not_count_but_subject_does(policy):
    assert decide(policy, ["a@gmail.com"], report("BE_NATIONAL_NUMBER", location="header:Received")).action == "allow"
    assert decide(policy, ["a@gmail.com"], report("IBAN_CODE", location="header:To")).action == "allow"
    assert decide(policy, ["a@gmail.com"], report("BE_NATIONAL_NUMBER", location="subject")).action == "bounce"


def test_unmapped_entity_types_are_contact_data(policy):
    assert decide(policy, ["a@gmail.com"], report("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER")).action == "allow"


def test_public_label_waives_general_data_but_never_art9(policy):
    hdr = [("X-Classification", "Public")]
    d = decide(policy, ["a@gmail.com"], report("BE_NATIONAL_NUMBER", headers=hdr))
    assert d.action == "monitor"
    d = decide(policy, ["a@gmail.com"], report("ART9_HEALTH", headers=hdr))
    assert d.action == "bounce"
    d = decide(policy, ["a@gmail.com"], report("BE_NATIONAL_NUMBER", headers=[("X-Classification", "internal")]))
    assert d.action == "bounce"


def test_msip_label_mapping(tmp_path):
    text = (ROOT / "policies" / "default.yaml").read_text(encoding="utf-8").replace(
        "msip_public_label_ids: []", "msip_public_label_ids: [87867195-f2b8-4ac2-b0b6-6bb73cb33afc]")
    p = tmp_path / "p.yaml"
    p.write_text(text, encoding="utf-8")
    pol = load_policy(p)
    on = ("MSIP_Label_87867195-f2b8-4ac2-b0b6-6bb73cb33afc_Enabled=true; "
          "MSIP_Label_87867195-f2b8-4ac2-b0b6-6bb73cb33afc_Name=Public")
    off = on.replace("Enabled=true", "Enabled=false")
    other = on.replace("87867195", "00000000")
    assert decide(pol, ["a@gmail.com"], report("IBAN_CODE", headers=[("msip_labels", on)])).action == "monitor"
    assert decide(pol, ["a@gmail.com"], report("IBAN_CODE", headers=[("msip_labels", off)])).action == "bounce"
    assert decide(pol, ["a@gmail.com"], report("IBAN_CODE", headers=[("msip_labels", other)])).action == "bounce"


def test_org_ibans_exposed_compact(policy):
    assert policy.org_ibans == frozenset({"BE71096123456769"})


@pytest.mark.parametrize(
    ("headers", "sender", "lang"),
    [
        ([("Content-Language", "fr-BE")], SENDER, "fr"),
        ([("Content-Language", "de")], SENDER, "de"),
        ([("Content-Language", "nl-NL, en")], SENDER, "nl"),
        ([("Content-Language", "es")], SENDER, None),
        ([], SENDER, None),
    ],
)
def test_language(policy, headers, sender, lang):
    assert decide(policy, ["a@gmail.com"], report("NL_BSN", headers=headers), sender).language == lang


OVERRIDE = """
mode: enforce
languages:
  default: all
  sender_domains:
    fr.example.fgov.be: fr
overrides:
  - match: {sender_domains: [hr.example.fgov.be]}
    language: nl
    rules:
      citizen: {default: {action: quarantine, channels: [ebox_citizen]}}
  - match: {senders: [pilot@example.fgov.be]}
    mode: monitor
"""


@pytest.fixture()
def overridden(tmp_path):
    text = (ROOT / "policies" / "default.yaml").read_text(encoding="utf-8")
    text = text.replace("mode: enforce\n", "").replace("overrides: []\n", "")
    text = text.replace("languages:\n  default: all\n  sender_domains: {}\n", "")
    p = tmp_path / "o.yaml"
    p.write_text(text + OVERRIDE, encoding="utf-8")
    return load_policy(p)


def test_department_override(overridden):
    d = decide(overridden, ["a@gmail.com"], report("IBAN_CODE"), "x@hr.example.fgov.be")
    assert (d.action, d.language) == ("quarantine", "nl")
    # other classes keep the base table
    assert decide(overridden, ["a@acme.be"], report("IBAN_CODE"), "x@hr.example.fgov.be").action == "bounce"
    assert decide(overridden, ["a@gmail.com"], report("IBAN_CODE"), "x@example.fgov.be").action == "bounce"
    assert decide(overridden, ["a@gmail.com"], report("IBAN_CODE"), "x@fr.example.fgov.be").language == "fr"


def test_monitor_mode_records_what_would_have_happened(overridden):
    d = decide(overridden, ["a@gmail.com"], report("ART9_HEALTH"), "pilot@example.fgov.be")
    assert d.action == "monitor"
    assert d.would_have == "bounce"
    assert ("X-DLP-Verdict", "monitor; categories=art9; would-have=bounce") in d.add_headers
    assert "would bounce" in d.reason


def test_reason_never_contains_the_data(policy):
    rep = ScanReport(findings=[Finding("BE_NATIONAL_NUMBER", "body", snippet="85.07.30-***.**")])
    d = decide(policy, ["a@gmail.com"], rep)
    assert "85.07" not in d.reason and "***" not in d.reason
