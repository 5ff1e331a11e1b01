"""The recognizer registry: discovers every recognizer module and builds Presidio's RecognizerRegistry.

Plug-in rule: a recognizer is a ``DlpPatternRecognizer`` subclass with an ``ENTITY`` defined in
a module under ``detectors/<cc>/`` or ``detectors/generic/``. Adding a country's number is one
new module (plus its test table); nothing else needs to change.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from presidio_analyzer import RecognizerRegistry

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


def build_registry(language: str = LANGUAGE) -> RecognizerRegistry:
    """A Presidio registry holding one instance of every shipped pattern recognizer."""
    registry = RecognizerRegistry(supported_languages=[language])
    for cls in recognizer_classes():
        registry.add_recognizer(cls(supported_language=language))
    return registry
