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


def test_an_early_template_builds_its_engine_from_the_options_sent_after_the_fork(tmp_path: Path) -> None:
    """``serve`` forks the template before it reads anything; the options (the organisation's IBAN),
    limits and cache directory follow over the control connection, and scans run with them."""
    out = _python(f"""
        import asyncio, sys
        from gateway.scanpool.template import fork_early_template, TemplateConfig
        template = fork_early_template()
        assert template is not None
        from detectors import DetectorOptions  # after the fork: the template was given nothing yet
        from gateway.extract import ExtractLimits
        from gateway.scanpool import PoolSettings, Scanner
        options = DetectorOptions(org_ibans=frozenset(["BE71096123456769"]))
        assert template.configure(TemplateConfig(options, ExtractLimits(), cache_dir={str(tmp_path)!r}))
        msg = (b"From: <a@example.org>\\r\\nTo: <b@example.org>\\r\\nSubject: x\\r\\n\\r\\n"
               b"Gelieve te storten op rekening BE71 0961 2345 6769 van Jan Peeters.\\r\\n\\r\\n"
               b"INSZ 85.07.30-033.28\\r\\n")
        async def main():
            pool = Scanner(options=options, settings=PoolSettings(processes=1, express_max_bytes=0, warm=False),
                           template=template)
            await pool.start()
            try:
                report = await pool.scan(msg)
                pool.reconfigure(DetectorOptions())  # a policy reload without the IBAN (SIGHUP)
                again = await pool.scan(msg)
            finally:
                await pool.close()
            for f in sorted(report.findings, key=lambda f: f.entity_type):
                print(f.entity_type, f.allowed, f.exception)
            print("reloaded:", [(f.entity_type, f.allowed) for f in again.findings if f.entity_type == "IBAN_CODE"])
        asyncio.run(main())
        print("engine in this process:", "detectors.engine" in sys.modules)
    """)
    assert "BE_NATIONAL_NUMBER False None" in out  # real detectors ran
    # a person's account without the option: allowed here only by the options sent after the fork
    assert "IBAN_CODE True organisation_iban" in out
    assert "reloaded: [('IBAN_CODE', False)]" in out  # new options, new scanner processes
    assert "engine in this process: False" in out  # the creator never imports the engine
    assert list(tmp_path.glob("re-*.bin")) or list((ROOT / "detectors" / "__pycache__" / "recache").glob("re-*.bin"))


def test_an_early_template_whose_creator_fails_before_configuring_it_ends_quietly() -> None:
    out = _python("""
        import os, time
        from gateway.scanpool.template import fork_early_template
        template = fork_early_template()
        template.ctl.close()  # the creator failed (bad setting or policy) and says so itself
        deadline, code = time.monotonic() + 60, None
        while code is None and time.monotonic() < deadline:
            time.sleep(0.02)
            code = template.poll()
        print("exit", code)
    """)
    assert out.split() == ["exit", "0"]


def _session_processes(sid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid and fields[0] != "Z":
            out.append(int(stat.parent.name))
    return out


def test_serve_with_a_bad_policy_leaves_no_template_behind(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nmode: [not, a, mode]\n")
    env = {k: v for k, v in __import__("os").environ.items() if not k.startswith("DLPGW_")}
    env.update(DLPGW_POLICY_FILE=str(bad), DLPGW_STATE_DIR=str(tmp_path / "var"), DLPGW_LISTEN="127.0.0.1:0",
               DLPGW_METRICS_LISTEN="", DLPGW_UPSTREAM_URL=f"maildir:{tmp_path / 'out'}")
    for workers in ("1", "2"):
        p = subprocess.Popen([sys.executable, "-m", "gateway", "serve", "--workers", workers], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
        _, err = p.communicate(timeout=120)
        assert p.returncode == 2, err[-2000:]
        assert "policy error" in err and "Traceback" not in err
        assert _session_processes(p.pid) == []  # the early template was stopped with it


def test_configuring_an_early_template_that_died_says_so() -> None:
    """``serve`` then forks a configured template instead (gateway.cli, gateway.workers)."""
    out = _python("""
        import os, signal, time
        from gateway.extract import ExtractLimits
        from gateway.scanpool.template import TemplateConfig, fork_early_template
        from detectors import DetectorOptions
        template = fork_early_template()
        os.kill(template.pid, signal.SIGKILL)
        while template.poll() is None:
            time.sleep(0.01)
        print(template.configure(TemplateConfig(DetectorOptions(), ExtractLimits())))
    """)
    assert out.split() == ["False"]
