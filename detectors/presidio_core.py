"""Presidio's recognizer base classes without the package's eager imports (start-up time).

``import presidio_analyzer`` runs the package ``__init__``, which imports the analyzer engine,
the NLP engines (spaCy, ~0.5-1.2 s), and some fifty predefined recognizers (one compiles a
huge URL pattern) — none of which the detectors use. We need only the base classes
(``Pattern``, ``PatternRecognizer``, ``EntityRecognizer``, ``RecognizerResult`` ...), whose
modules are light.

:func:`install` imports exactly those modules below a package object made from the real
package's spec, *without* running its ``__init__``, and registers it as ``presidio_analyzer``.
``from presidio_analyzer import Pattern`` then works as usual. Anything else
(``presidio_analyzer.AnalyzerEngine``, ...) triggers the real ``__init__`` on first access
(PEP 562 module ``__getattr__``), and so does the import of any other submodule
(``presidio_analyzer.predefined_recognizers``: a meta path finder completes the package first,
because the library's modules only import cleanly in its ``__init__``'s order). The package
stays complete — it is only loaded later. No file of the library is changed. When the
package was already imported, nothing is done.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import threading
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

PACKAGE = "presidio_analyzer"
# The base modules, in the order of the package __init__ (each imports its predecessors by name).
_CORE: dict[str, tuple[str, ...]] = {
    "analysis_explanation": ("AnalysisExplanation",),
    "recognizer_result": ("RecognizerResult",),
    "dict_analyzer_result": ("DictAnalyzerResult",),
    "entity_recognizer": ("EntityRecognizer",),
    "local_recognizer": ("LocalRecognizer",),
    "pattern": ("Pattern",),
    "pattern_recognizer": ("PatternRecognizer",),
    "remote_recognizer": ("RemoteRecognizer",),
}
_lock = threading.RLock()


def install() -> ModuleType:
    """Make ``presidio_analyzer`` importable with only its base classes loaded; return the package."""
    with _lock:
        existing = sys.modules.get(PACKAGE)
        if existing is not None:
            return existing
        spec = importlib.util.find_spec(PACKAGE)
        if spec is None or spec.loader is None:
            raise ImportError(f"{PACKAGE} is not installed")
        pkg = importlib.util.module_from_spec(spec)
        state = {"full": False}

        finder = _CompletingFinder(lambda: state["full"], lambda: load_all())

        def load_all() -> None:
            with _lock:
                if state["full"]:
                    return
                state["full"] = True  # set first: names the real __init__ reads are already there
                if finder in sys.meta_path:
                    sys.meta_path.remove(finder)
                spec.loader.exec_module(pkg)  # type: ignore[union-attr]

        def __getattr__(name: str) -> Any:  # PEP 562: completes the package on first other use
            if name.startswith("__") or state["full"]:
                raise AttributeError(f"module {PACKAGE!r} has no attribute {name!r}")
            load_all()
            try:
                return pkg.__dict__[name]
            except KeyError:
                raise AttributeError(f"module {PACKAGE!r} has no attribute {name!r}") from None

        pkg.__getattr__ = __getattr__  # type: ignore[attr-defined]
        pkg.load_all = load_all  # type: ignore[attr-defined]
        sys.modules[PACKAGE] = pkg
        try:
            for module, names in _CORE.items():
                mod = importlib.import_module(f"{PACKAGE}.{module}")
                for name in names:
                    setattr(pkg, name, getattr(mod, name))
        except BaseException:
            for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
                del sys.modules[name]
            raise
        # From now on, importing a submodule not loaded yet completes the package first.
        sys.meta_path.insert(0, finder)
        return pkg


class _CompletingFinder(importlib.abc.MetaPathFinder):
    """Completes the package before any of its non-core submodules is imported."""

    def __init__(self, is_full: Callable[[], bool], load_all: Callable[[], None]) -> None:
        self.is_full = is_full
        self.load_all = load_all

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if not name.startswith(PACKAGE + ".") or self.is_full():
            return None
        self.load_all()  # the real __init__ imports its submodules in its own order
        module = sys.modules.pop(name, None)
        if module is None:
            return None  # a submodule the package __init__ does not import: the normal import
        # Hand the import system the module the package already loaded (it would execute it again).
        return importlib.util.spec_from_loader(name, _Loaded(module))


class _Loaded(importlib.abc.Loader):
    def __init__(self, module: ModuleType) -> None:
        self.module = module
        self.spec = module.__spec__

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        return self.module

    def exec_module(self, module: ModuleType) -> None:
        module.__spec__ = self.spec  # the import system set ours; keep the real one
