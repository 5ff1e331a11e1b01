"""``absence_without_reason`` is policy: the default policy lets sick leave without a reason pass (the label
rules), and a DPO who follows the strict reading (CJEU Lindqvist, C-101/01) removes the name from
``detector_exceptions`` — the same mail, scanned the same way, is then held. NL/FR/DE/EN."""

from __future__ import annotations

from pathlib import Path

import pytest

from detectors import DetectionEngine, DetectorOptions
from detectors.exceptions import ABSENCE_EXCEPTION
from gateway.model import Envelope, ScanReport, Segment
from gateway.policy import Policy, parse_policy

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = (ROOT / "policies" / "default.yaml").read_text(encoding="utf-8")
LINE = f"    - {ABSENCE_EXCEPTION}\n"

MAILS = [
    "Beste,\n\nMijn collega Annelies Wouters is ziek tot en met 13 maart. Ik neem het dossier over.",
    "Bonjour,\n\nMme Claire Jacquet sera absente pour maladie du 3 au 14 mars inclus.",
    "Hallo,\n\nFrau Anna Hermanns ist krankgeschrieben vom 3. bis 6. März. Wir suchen eine Vertretung.",
    "Hello,\n\nPlease replace Mr Stefan Claessens on the course; Mr Claessens is on sick leave.",
]
WITH_REASON = [
    "Beste,\n\nMijn collega Annelies Wouters is ziek tot 13 maart: ze heeft een longontsteking.",
    "Bonjour,\n\nMme Claire Jacquet est en arrêt maladie ; le certificat médical mentionne une dépression.",
    "Hallo,\n\nHerr Peter Lange ist arbeitsunfähig und hat einen Termin beim Arzt wegen seiner Migräne.",
    "Hello,\n\nMr Stefan Claessens is on sick leave after his knee surgery last week.",
]


@pytest.fixture(scope="module")
def engine() -> DetectionEngine:
    return DetectionEngine(DetectorOptions())


def _decide(policy_text: str, engine: DetectionEngine, text: str) -> str:
    policy = Policy(parse_policy(policy_text, "policies/default.yaml"))
    findings = engine.detect([Segment("body", text)])
    return policy.decide(Envelope("agent@example.fgov.be", ("a@gmail.com",)), ScanReport(findings=findings)).action


def test_default_policy_lists_the_exception():
    assert DEFAULT.count(LINE) == 1


@pytest.mark.parametrize("text", MAILS)
def test_removing_the_name_makes_the_same_mail_block(engine, text):
    assert _decide(DEFAULT, engine, text) == "allow"
    assert _decide(DEFAULT.replace(LINE, ""), engine, text) == "bounce"


@pytest.mark.parametrize("text", WITH_REASON)
def test_absence_with_a_reason_blocks_under_both_readings(engine, text):
    assert _decide(DEFAULT, engine, text) == "bounce"
    assert _decide(DEFAULT.replace(LINE, ""), engine, text) == "bounce"
