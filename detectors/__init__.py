"""Personal-data detectors: Presidio recognizers per country/family, a registry, and the engine.

Public surface::

    from detectors import DetectionEngine, DetectorOptions
    engine = DetectionEngine(DetectorOptions())
    findings = engine.detect(segments)      # list[gateway.model.Finding]

Both names load on first access (PEP 562): a gateway process that only hands ``DetectorOptions``
to its scanner template does not import the engine and its recognizers.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from detectors.presidio_core import install as _install_presidio_core

_install_presidio_core()  # before any recognizer module imports presidio_analyzer (start-up time)

if TYPE_CHECKING:
    from detectors.engine import DetectionEngine
    from detectors.options import DetectorOptions

_EXPORTS = {"DetectionEngine": "detectors.engine", "DetectorOptions": "detectors.options"}
__all__ = ["DetectionEngine", "DetectorOptions"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
