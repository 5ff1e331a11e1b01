"""The French pipeline runs its ner pipe alone: the shared tok2vec fed only the excluded pipes."""

from __future__ import annotations

import importlib.util

import pytest

from detectors.nlp import _EXCLUDE, FRENCH_PIPELINE, load_french_ner

pytestmark = pytest.mark.skipif(importlib.util.find_spec(FRENCH_PIPELINE) is None,
                                reason=f"{FRENCH_PIPELINE} not installed")

# The windows the tie code gives spaCy are French, but a mail mixes languages: NL / FR / DE / EN.
TEXTS = [
    "Bonjour, je vous informe que Quentin Lemaire est hospitalisé depuis lundi au service de cardiologie. "
    "Merci de prévoir un remplaçant pour la réunion de jeudi avec Marie Lambert.",
    "Suite à notre entretien, Mme Sophie Durand m'a confirmé sa grossesse ; Jean-Pierre Moreau reprend ses "
    "dossiers jusqu'en septembre. Cordialement, Luc Martin, responsable RH, SPF Finances",
    "Beste collega's, Jan Peeters is sinds maandag met ziekteverlof. Vragen over zijn dossiers aan An Claes.",
    "Sehr geehrte Frau Weber, Herr Helmut Schmidt ist wegen einer Operation krankgeschrieben.",
    "Dear all, Emily Clarke from City of Amsterdam will be on sick leave; please contact John Smith instead.",
]


def test_only_the_ner_pipe_runs() -> None:
    ner = load_french_ner()
    assert ner is not None
    assert ner.load().pipe_names == ["ner"]


@pytest.fixture(scope="module")
def with_tok2vec():  # type: ignore[no-untyped-def]
    """The pipeline as loaded before: the shared tok2vec pipe, then ner."""
    import spacy

    nlp = spacy.load(FRENCH_PIPELINE, exclude=[p for p in _EXCLUDE if p != "tok2vec"])
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert nlp.get_pipe("tok2vec").listening_components == []  # nobody reads its vectors
    return nlp


@pytest.mark.parametrize("text", TEXTS)
def test_entities_are_those_of_the_pipeline_with_its_shared_tok2vec(with_tok2vec, text: str) -> None:  # type: ignore[no-untyped-def]
    ner = load_french_ner()
    assert ner is not None
    ents = [(e.start_char, e.end_char, e.label_) for e in ner(text).ents]
    assert ents == [(e.start_char, e.end_char, e.label_) for e in with_tok2vec(text).ents]
    assert any(label == "PER" for _, _, label in ents)
