"""The recognizer registry: discovers every recognizer module and holds one instance of each.

Plug-in rule: a recognizer is a ``DlpPatternRecognizer`` subclass with an ``ENTITY`` defined in
a module under ``detectors/<cc>/`` or ``detectors/generic/``. Adding a country's number is one
new module (plus its test table); nothing else needs to change.

:class:`Registry` is the part of Presidio's ``RecognizerRegistry`` the engine uses (the list of
recognizers, ``add_recognizer``, ``get_recognizers``). Presidio's own class is not used: its module
imports the NLP engines (spaCy) and every predefined recognizer at import time, about a second
of start-up for nothing the gateway runs (see ``detectors.presidio_core``).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from presidio_analyzer import EntityRecognizer

import detectors
from detectors.base import DlpPatternRecognizer

LANGUAGE = "xx"  # our recognizers are language-neutral at the registry level
_NOT_RECOGNIZER_PACKAGES = {"special", "lexicons", "gazetteers"}


def recognizer_classes() -> list[type[DlpPatternRecognizer]]:
    """Every pattern recognizer class shipped in the country / generic sub-packages, sorted by name."""
    found: dict[str, type[DlpPatternRecognizer]] = {}
    for pkg in pkgutil.iter_modules(detectors.__path__):
        if not pkg.ispkg or pkg.name in _NOT_RECOGNIZER_PACKAGES:
            continue
        package = importlib.import_module(f"detectors.{pkg.name}")
        for mod in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"detectors.{pkg.name}.{mod.name}")
            for _, cls in inspect.getmembers(module, inspect.isclass):
                if (issubclass(cls, DlpPatternRecognizer) and cls is not DlpPatternRecognizer
                        and cls.ENTITY and cls.__module__ == module.__name__):
                    found[cls.__name__] = cls
    return [found[k] for k in sorted(found)]


class Registry:
    """The recognizers of one engine, in the order they were added."""

    def __init__(self, supported_languages: list[str] | None = None) -> None:
        self.supported_languages = list(supported_languages or [LANGUAGE])
        self.recognizers: list[EntityRecognizer] = []

    def add_recognizer(self, recognizer: EntityRecognizer) -> None:
        if not isinstance(recognizer, EntityRecognizer):
            raise ValueError("a recognizer must be an EntityRecognizer")
        self.recognizers.append(recognizer)

    def get_recognizers(self, language: str, entities: list[str] | None = None) -> list[EntityRecognizer]:
        """The recognizers for ``language`` supporting any of ``entities`` (all when None)."""
        return [r for r in self.recognizers if r.supported_language == language
                and (entities is None or set(entities) & set(r.supported_entities))]


def build_registry(language: str = LANGUAGE) -> Registry:
    """A registry holding one instance of every shipped pattern recognizer."""
    registry = Registry(supported_languages=[language])
    for cls in recognizer_classes():
        registry.add_recognizer(cls(supported_language=language))
    return registry
