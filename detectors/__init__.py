"""Personal-data detectors: Presidio recognizers per country/family, a registry, and the engine.

Public surface::

    from detectors import DetectionEngine, DetectorOptions
    engine = DetectionEngine(DetectorOptions())
    findings = engine.detect(segments)      # list[gateway.model.Finding]
"""

from detectors.presidio_core import install as _install_presidio_core

_install_presidio_core()  # before any recognizer module imports presidio_analyzer (start-up time)

from detectors.engine import DetectionEngine, DetectorOptions  # noqa: E402

__all__ = ["DetectionEngine", "DetectorOptions"]
