"""Sick leave without a reason: the mere fact that a named person is absent for sickness is reported as a
health finding *allowed* under ``absence_without_reason`` (lexicon entries marked ``[absence]``); any
medical detail in the text (a diagnosis, a treatment, a hospital, a certificate stating a reason, a
pregnancy, a disability, a named condition) keeps it a blocking health finding. NL/FR/DE/EN."""

from __future__ import annotations

import pytest

from detectors.exceptions import ABSENCE_EXCEPTION
from detectors.special.lexicon import Lexicon

ABSENCE_ONLY = [
    "Beste,\n\nMijn collega Annelies Wouters is ziek tot en met 13 maart. Ik neem het dossier over.",
    "Dag,\n\nDhr. Koen Smets is met ziekteverlof tot vrijdag; zijn afspraken worden verzet.",
    "Beste,\n\nMevrouw Els Maes is arbeidsongeschikt van 3 tot 14 maart, het doktersattest is binnen.",
    "Dag,\n\nJan Peeters heeft zich vanochtend ziek gemeld. Wie neemt het loket over?",
    "Bonjour,\n\nMme Claire Jacquet sera absente pour maladie du 3 au 14 mars inclus.",
    "Bonjour,\n\nM. Pierre Lambert est en arrêt maladie jusqu'au 20 mars ; merci de le remplacer.",
    "Bonjour,\n\nMme Sandrine Delcourt est en incapacité de travail du 23/11 au 04/12 selon le certificat.",
    "Hallo,\n\nFrau Anna Hermanns ist krankgeschrieben vom 3. bis 6. März. Wir suchen eine Vertretung.",
    "Hallo,\n\nHerr Georg Radermacher ist bis Freitag arbeitsunfähig, die AU-Bescheinigung liegt vor.",
    "Hallo,\n\nHerr Peter Lange ist wegen Krankheit abwesend; bitte die Termine verschieben.",
    "Hello,\n\nPlease replace Mr Stefan Claessens on the course; Mr Claessens is on sick leave.",
    "Hi,\n\nMs Jenny Clark is off sick today and tomorrow, her sick note has been received.",
    "Mme Dubois est en arrêt maladie depuis lundi.",
    "Frau Müller hat eine Krankschreibung bis Freitag.",
    "Beste mevrouw Peeters,\n\nUw ziekteverlof loopt tot 3 mei; uw medisch attest is ontvangen.",
]

WITH_MEDICAL_DETAIL = [
    # a diagnosis / condition
    "Beste,\n\nMijn collega Annelies Wouters is ziek tot 13 maart: ze heeft een longontsteking.",
    # a hospital
    "Dag,\n\nDhr. Koen Smets is met ziekteverlof; hij ligt in het ziekenhuis na een hartaanval.",
    # pregnancy
    "Beste,\n\nMevrouw Els Maes is arbeidsongeschikt, ze is zwanger en moet rusten.",
    # a certificate that states the reason
    "Bonjour,\n\nMme Claire Jacquet est en arrêt maladie ; le certificat médical mentionne une dépression.",
    # a treatment
    "Bonjour,\n\nM. Pierre Lambert est en congé de maladie pour sa chimiothérapie.",
    # a disability
    "Hallo,\n\nFrau Anna Hermanns ist krankgeschrieben; sie hat eine Schwerbehinderung von 50 %.",
    # a doctor's appointment for a named condition
    "Hallo,\n\nHerr Peter Lange ist arbeitsunfähig und hat einen Termin beim Arzt wegen seiner Migräne.",
    "Hello,\n\nMr Stefan Claessens is on sick leave after his knee surgery last week.",
    "Hi,\n\nMs Jenny Clark is off sick with a burnout; her doctor prescribed antidepressants.",
]


def _health(detect, text: str):
    return [f for f in detect(text) if f.entity_type == "ART9_HEALTH"]


@pytest.mark.parametrize("text", ABSENCE_ONLY)
def test_absence_without_reason_is_allowed(detect, text):
    found = _health(detect, text)
    assert found, "the absence is still reported (a policy may count it)"
    assert all(f.allowed and f.exception == ABSENCE_EXCEPTION for f in found)


@pytest.mark.parametrize("text", WITH_MEDICAL_DETAIL)
def test_absence_with_medical_detail_blocks(blocking, text):
    assert "ART9_HEALTH" in blocking(text)


@pytest.mark.parametrize("text", WITH_MEDICAL_DETAIL)
def test_no_finding_is_allowed_as_absence_next_to_medical_detail(detect, text):
    assert not any(f.exception == ABSENCE_EXCEPTION for f in _health(detect, text))


@pytest.mark.parametrize(
    "word",
    [
        "ziekte-uitkering",  # a benefit (a compound led by the absence word): not absence only
        "ziektegeschiedenis",
        "arbeidsongeschiktheidsuitkering",
        "krankheitsgeschichte",
        "maladie chronique",
        "chronic illness",
    ],
)
def test_compounds_and_phrases_with_detail_are_not_absence_words(word):
    hits = [h for h in Lexicon.load().hits(f"x {word} x") if h.entity == "ART9_HEALTH"]
    assert hits and not all(h.absence for h in hits)


@pytest.mark.parametrize(
    "word",
    ["ziek", "ziekteverlof", "en congé maladie", "incapacité de travail", "krankgeschrieben", "Krankenstand",
     "arbeitsunfähig", "off sick", "sick leave"],
)
def test_absence_words_are_marked(word):
    hits = [h for h in Lexicon.load().hits(f"x {word} x") if h.entity == "ART9_HEALTH"]
    assert hits and any(h.absence for h in hits)
