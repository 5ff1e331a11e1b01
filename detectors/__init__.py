"""Personal-data detectors: Presidio recognizers per country/family, a registry, and the engine.

Public surface::

    from detectors import DetectionEngine, DetectorOptions
    engine = DetectionEngine(DetectorOptions())
    findings = engine.detect(segments)      # list[gateway.model.Finding]
"""

from detectors.engine import DetectionEngine, DetectorOptions

__all__ = ["DetectionEngine", "DetectorOptions"]
