"""Loading and validating policy files: line-precise errors, `policy check`, atomic reload."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from gateway.cli import main
from gateway.errors import PolicyError
from gateway.model import Envelope, Finding, ScanReport
from gateway.policy import PolicyHolder, load_policy, parse_policy

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = (ROOT / "policies" / "default.yaml").read_text(encoding="utf-8")


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def errors(text: str) -> list[str]:
    with pytest.raises(PolicyError) as e:
        parse_policy(text, "policies/x.yaml")
    return e.value.lines


def test_default_policy_is_valid():
    p = load_policy(ROOT / "policies" / "default.yaml")
    assert p.retention_days == 30
    assert set(p.spec.recipient_classes) >= {"internal", "institution", "enterprise", "citizen"}


def test_bad_action_is_named_with_line_and_column():
    text = DEFAULT.replace("    default: {action: bounce, channels: [ebox_enterprise, fedsender]}",
                           "    default: {action: blok, channels: [ebox_enterprise, fedsender]}")
    line = line_of(text, "action: blok")
    col = text.splitlines()[line - 1].index("blok") + 1
    assert errors(text) == [
        f"policies/x.yaml:{line}:{col}: action 'blok' is not one of allow, monitor, reject, bounce, quarantine"
    ]


def test_unknown_key_points_at_the_key():
    text = DEFAULT.replace("retention_days: 30\n", "retention_days: 30\nretension: 5\n")
    assert errors(text) == [f"policies/x.yaml:{line_of(text, 'retension')}:1: unknown key 'retension' in top level"]


def test_unknown_channel_and_category_are_cross_checked():
    text = DEFAULT.replace("art10: {action: bounce, channels: [ebox_citizen, registered_post]}",
                           "art11: {action: bounce, channels: [ebox_citizn]}")
    errs = errors(text)
    line = line_of(text, "art11:")
    assert any(e.startswith(f"policies/x.yaml:{line}:5: category 'art11' is not one of default,") for e in errs)
    assert any(e.startswith(f"policies/x.yaml:{line}:") and "channel 'ebox_citizn' is not one of" in e for e in errs)


def test_invalid_org_iban_refused():
    text = DEFAULT.replace("- BE71096123456769", "- BE71096123456768")
    (err,) = errors(text)
    assert f":{line_of(text, 'BE71096123456768')}:" in err and "not a valid IBAN" in err


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "policies/x.yaml: the policy file is empty"),
        ("- a\n- b\n", "policies/x.yaml:1:1: a policy is a mapping of sections"),
        ("version: 1\n  bad: [\n", "policies/x.yaml:2:6: not valid YAML: mapping values are not allowed here"),
        ("version: 1\nversion: 1\n", "policies/x.yaml:2:1: duplicate key 'version'"),
    ],
)
def test_broken_files(text, expected):
    assert errors(text)[0] == expected


def test_missing_default_rule():
    text = DEFAULT.replace("  internal:\n    # Mail stays within the organisation (recommendation section 2 covers "
                           "external exchange).\n    default: {action: allow}\n",
                           "  internal:\n    image: {action: allow}\n")
    assert any("class 'internal' needs a 'default' rule" in e for e in errors(text))


def test_cli_check_ok_and_errors(tmp_path, capsys):
    assert main(["policy", "check", str(ROOT / "policies" / "default.yaml")]) == 0
    assert ": ok (" in capsys.readouterr().out
    bad = tmp_path / "x.yaml"
    bad.write_text(DEFAULT.replace("no_findings: {action: allow}", "no_findings: {action: blok}"), encoding="utf-8")
    assert main(["policy", "check", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (f"{bad}:{line_of(bad.read_text(encoding='utf-8'), 'blok')}:23: action 'blok' is not one of "
                   "allow, monitor, reject, bounce, quarantine")


def test_cli_check_as_a_process(tmp_path):
    bad = tmp_path / "x.yaml"
    bad.write_text("version: 1\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "gateway", "policy", "check", str(bad)],
                       capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r.returncode == 2, r.stderr
    assert f"{bad}:1:1: missing required key 'default_class'" in r.stderr
    assert "Traceback" not in r.stderr


def test_holder_reload_is_atomic_and_keeps_old_policy_on_error(tmp_path, caplog):
    path = tmp_path / "p.yaml"
    path.write_text(DEFAULT, encoding="utf-8")
    holder = PolicyHolder(path)
    first = holder.current
    rep = ScanReport(findings=[Finding("IBAN_CODE", "body")])
    env = Envelope("a@example.fgov.be", ("x@acme.be",))
    assert first.decide(env, rep).action == "bounce"

    path.write_text(DEFAULT.replace("version: 1", "version: 1\nbogus: true"), encoding="utf-8")
    with caplog.at_level(logging.ERROR, logger="dlpgw.policy"):
        assert holder.reload() is False
    assert holder.current is first
    errs = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errs) == 1 and "unknown key 'bogus'" in errs[0].getMessage()

    path.write_text(DEFAULT.replace("    default: {action: bounce, channels: [ebox_enterprise, fedsender]}",
                                    "    default: {action: reject, channels: [ebox_enterprise]}"), encoding="utf-8")
    assert holder.reload() is True
    assert holder.current is not first
    assert holder.current.decide(env, rep).action == "reject"


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        ("    name: eBox Citizen\n", "    name: [1]\n", "name: [1]", "name: must be text or a mapping (key: value)"),
        ("retention_days: 30", "retention_days: lots", "retention_days: lots",
         "retention_days: must be a whole number"),
        ("  internal_domains:\n    - example.fgov.be", "  internal_domains: example.fgov.be", "internal_domains:",
         "internal_domains: must be a list"),
        ("    url: https://myebox.be", "    url: http://myebox.be", "http://myebox.be",
         "url: url 'http://myebox.be' must be a plain https:// address"),
        ("    suffixes:\n      - .fgov.be", "    suffixes:\n      - fgov.be", "- fgov.be",
         "suffixes: suffix 'fgov.be' must start with a dot (e.g. .fgov.be)"),
    ],
)
def test_type_and_value_errors_are_plain(old, new, needle, message):
    text = DEFAULT.replace(old, new)
    (err,) = errors(text)
    assert err.startswith(f"policies/x.yaml:{line_of(text, needle)}:")
    assert err.endswith(message)


def test_detector_exceptions_errors_stay_line_precise():
    """The exception list (absence_without_reason with its comment included) is still checked line by line."""
    text = DEFAULT.replace("    - absence_without_reason\n", "    - {absence_without_reason: yes}\n")
    line = line_of(text, "{absence_without_reason: yes}")
    errs = errors(text)
    assert errs and all(e.startswith(f"policies/x.yaml:{line}:") for e in errs)
