"""What keeps start-up short, checked in fresh interpreters: the detectors load without spaCy (and
without Presidio's NLP engines), Presidio stays complete for whoever needs the rest of it, the
French pipeline loads on first use, and ``serve`` imports no metrics before the supervisor decides
where they go."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _python(code: str) -> str:
    r = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True, text=True,
                       timeout=180)
    assert r.returncode == 0, r.stderr[-3000:]
    return r.stdout


def test_the_engine_builds_without_spacy_and_presidio_stays_complete() -> None:
    out = _python("""
        import sys
        from detectors import DetectionEngine, DetectorOptions
        from gateway.model import Segment
        engine = DetectionEngine(DetectorOptions())
        found = {f.entity_type for f in engine.detect([Segment("body", "INSZ 85.07.30-033.28")])}
        assert "BE_NATIONAL_NUMBER" in found, found
        heavy = sorted(m for m in sys.modules if m == "spacy" or m.startswith(("spacy.", "thinc",
                       "presidio_analyzer.nlp_engine", "presidio_analyzer.predefined_recognizers")))
        print("heavy:", heavy)
        ner = engine.people.ner
        print("ner loaded:", ner is not None and ner.loaded)
        # the rest of Presidio, on first use: a name of the package, and a submodule of it
        from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer
        import presidio_analyzer.predefined_recognizers as pr
        from presidio_analyzer.recognizer_registry import recognizer_registry as rr
        import presidio_analyzer
        assert pr.SpacyRecognizer is rr.SpacyRecognizer
        assert presidio_analyzer.Pattern is Pattern and presidio_analyzer.AnalyzerEngine is AnalyzerEngine
        assert issubclass(type(engine.pattern_recognizers[0]), PatternRecognizer)
        print("complete:", sorted(presidio_analyzer.__all__) == sorted(set(presidio_analyzer.__all__)))
    """)
    assert "heavy: []" in out
    assert "ner loaded: False" in out
    assert "complete: True" in out


def test_a_presidio_submodule_imported_first_completes_the_package() -> None:
    """The library's modules only import cleanly in its __init__'s order (else a circular import)."""
    out = _python("""
        import detectors
        from presidio_analyzer.predefined_recognizers import __all__ as names
        from presidio_analyzer.nlp_engine import NlpArtifacts
        print(len(names) > 20, NlpArtifacts.__name__)
    """)
    assert out.split() == ["True", "NlpArtifacts"]


def test_the_french_pipeline_loads_on_first_use_once() -> None:
    out = _python("""
        from detectors.nlp import load_french_ner
        a, b = load_french_ner(), load_french_ner()
        assert not a.loaded and not b.loaded
        doc = a("Bonjour, Jean Dupont est malade à Paris.")
        print([e.label_ for e in doc.ents if e.text == "Jean Dupont"], a.load() is b.load())
    """)
    assert out.strip() == "['PER'] True"


def test_serve_imports_no_metrics_before_the_supervisor_sets_their_directory() -> None:
    out = _python("""
        import sys
        from gateway.cli import build_parser, command_of
        assert command_of(["--config", "x.yaml", "serve", "--workers", "2"]) == "serve"
        build_parser(plugins=False).parse_args(["serve", "--workers", "2"])
        print("prometheus_client" in sys.modules, "detectors" in sys.modules)
    """)
    assert out.split() == ["False", "False"]
