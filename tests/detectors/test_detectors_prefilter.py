"""The prefilter is exact: the engine with it finds what the engine without it finds, on every corpus text.

Texts: every segment the extract stage makes of the labelled corpus, the dev set and the evasion variants
(digits of other scripts, invisible characters, look-alike letters, separators...), each whole and cut into
its paragraphs and lines (small texts are where families get skipped). Both engines run the same
recognizers; one skips what the prefilter proves empty. Findings must be equal field by field (entity,
span, score, exception, masked snippet, explain).
"""

from __future__ import annotations

import re
from pathlib import Path

import hyperscan
import pytest

from detectors import DetectionEngine, DetectorOptions
from detectors.engine import _ORG_LINE
from detectors.normalize import NumberView
from detectors.people import FAMILY_NAME, NAME_PAIR, TITLE_NAME
from detectors.prefilter import superset_expressions
from gateway.extract import extract_message
from gateway.model import Segment
from tests.evasion.variants import VARIANTS

ROOT = Path(__file__).resolve().parents[2]
SETS = ("tests/corpus/messages", "tests/devset/messages")


def _segments() -> list[Segment]:
    raws = [p.read_bytes() for s in SETS for p in sorted((ROOT / s).glob("*.eml"))]
    raws += [v.build() for v in VARIANTS]
    out: list[Segment] = []
    for raw in raws:
        for seg in extract_message(raw).segments:
            if not seg.text.strip():
                continue
            out.append(seg)
            if seg.tables:
                continue  # table offsets belong to the whole text
            pieces = {p for p in re.split(r"\n\s*\n", seg.text) if p.strip()}
            pieces |= {line for line in seg.text.splitlines() if line.strip()}
            out.extend(Segment(seg.location, p) for p in sorted(pieces) if p != seg.text)
    return out


@pytest.fixture(scope="module")
def segments() -> list[Segment]:
    return _segments()


@pytest.fixture(scope="module")
def engines() -> tuple[DetectionEngine, DetectionEngine]:
    return DetectionEngine(DetectorOptions(prefilter=False)), DetectionEngine(DetectorOptions())


def test_prefiltered_engine_finds_exactly_what_the_full_engine_finds(engines, segments) -> None:
    full, fast = engines
    assert full.prefilter is None and fast.prefilter is not None
    skipped_all = skipped_some = 0
    for seg in segments:
        want = full.detect_segment(seg)
        got = fast.detect_segment(seg)
        assert got == want, f"{seg.location}: {len(got)} findings with the prefilter, {len(want)} without"
        gate = fast.prefilter.scan(seg.text, NumberView.of(seg.text).text, seg.tables)
        if gate.nothing:
            assert want == []
            skipped_all += 1
        elif not (all(gate.patterns) and gate.special and gate.people and gate.org):
            skipped_some += 1
    # the test means something only if the prefilter skips work on these texts
    assert len(segments) > 2000
    assert skipped_all > 100 and skipped_some > 1000, (skipped_all, skipped_some, len(segments))


def test_translated_expressions_match_wherever_the_python_regexes_do(engines, segments) -> None:
    """Each regex the prefilter is built from vs its Hyperscan superset, line by line of the corpora."""
    _, fast = engines
    lexicon = fast.special.lexicon
    cases = [(rx, {}) for rx in (NAME_PAIR, TITLE_NAME, FAMILY_NAME, _ORG_LINE)]
    cases += [(rx, {"lowered": True, "first_word": True}) for rx in lexicon.regexes()]  # as the prefilter builds them
    lines = sorted({line for seg in segments[:4000] for line in seg.text.splitlines() if line.strip()})
    assert len(lines) > 1000
    for rx, mode in cases:
        db = hyperscan.Database()
        exprs = [e.encode() for e in superset_expressions(rx, **mode)]
        db.compile(expressions=exprs, ids=list(range(len(exprs))), elements=len(exprs),
                   flags=[hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_UCP | hyperscan.HS_FLAG_ALLOWEMPTY
                          | hyperscan.HS_FLAG_SINGLEMATCH] * len(exprs))
        for line in lines:
            target = line.lower() if mode else line
            if len(target) != len(line) or not rx.search(target):
                continue
            hit: list[int] = []
            db.scan(line.encode("utf-8", "surrogatepass"), match_event_handler=lambda *a, hit=hit: hit.append(1))
            assert hit, f"{rx.pattern[:40]}... matches a corpus line its superset misses"


@pytest.mark.parametrize("text", [
    "Rijksregisternummer: 85.07.30-033.28",  # digits
    "Rijksregisternummer: ８５０７３００３３２８",  # full-width digits: folded by the number view first
    "Rijksregisternummer: ٨٥٠٧٣٠٠٣٣٢٨",  # Arabic-Indic digits
    "mail naar jan.peeters@gmail.com",
    "Mijn zoon Jan is ziek.",  # lexicon + possessive
    "Vakbond\tNaam\nACV\tEls Maes\n",  # a field label
    "Wij zagen Den Berg heeft gisteren",  # a capitalised pair whose first word is not its leftmost word
    "Dhr. Peeters",
    "ZIEKTE van mevrouw X",  # upper case: the lexicon matches the lower-cased text
])
def test_candidates_are_never_skipped(engines, text: str) -> None:
    full, fast = engines
    seg = Segment("body", text)
    assert fast.detect_segment(seg) == full.detect_segment(seg)
    gate = fast.prefilter.scan(text, NumberView.of(text).text)
    assert not gate.nothing


def test_neutral_prose_is_skipped_whole(engines) -> None:
    _, fast = engines
    text = ("De dienst heeft de planning voor het volgende kwartaal besproken. Le service a examiné le "
            "calendrier du prochain trimestre. Die Abteilung hat die Planung besprochen. ") * 50
    gate = fast.prefilter.scan(text, NumberView.of(text).text)
    assert gate.nothing
    assert fast.detect([Segment("body", text)]) == []


def test_threads_scan_at_once(engines, segments) -> None:
    """Each thread has its own Hyperscan scratch space: concurrent scans give the sequential results."""
    from concurrent.futures import ThreadPoolExecutor

    _, fast = engines
    texts = [s.text for s in segments[:400]]
    want = [fast.prefilter.scan(t, NumberView(t).text) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda t: fast.prefilter.scan(t, NumberView(t).text), texts))
    assert got == want


def test_a_lone_surrogate_is_not_skimmed(engines) -> None:
    """Text with a lone surrogate is not UTF-8 (Hyperscan's UTF-8 mode is undefined on it): every family
    runs, and the number beside it is found as without the prefilter."""
    full, fast = engines
    text = "De planning voor het kwartaal \udc8f 85.07.30-033.28 werd besproken."
    gate = fast.prefilter.scan(text, NumberView.of(text).text)
    assert all(gate.patterns) and gate.special and gate.people and gate.org
    seg = Segment("body", text)
    assert fast.detect_segment(seg) == full.detect_segment(seg)
    assert any(f.entity_type == "BE_NATIONAL_NUMBER" for f in full.detect_segment(seg))
