"""Bounded time on hostile input: no regex backtracks catastrophically, the engine never hangs or raises.

The bounds are generous safety limits (a catastrophic pattern takes minutes or hours), not speed targets.
"""

from __future__ import annotations

import re
import time

import pytest

from detectors import exceptions, people, signature
from detectors.engine import _ORG_LINE, DetectionEngine
from gateway.model import Segment

N = 100_000
ADVERSARIAL = {
    "digits": "1" * N,
    "spaced digits": "1 " * (N // 2),
    "dotted digits": "12." * (N // 3),
    "dashed": "12-" * (N // 3),
    "wrapped digits": "85\n> " * (N // 5),
    "letters": "a" * N,
    "capitals": "Aa " * (N // 3),
    "capital words": "Jan Peeters " * (N // 12),
    "at signs": "a@" * (N // 2),
    "local parts": ("a." * 30 + "@") * (N // 61),
    "domains": "a@" + "b." * (N // 2),
    "urls": "http://" * (N // 7),
    "www": "www." * (N // 4),
    "spaces": " " * N + "1",
    "newlines": "\n" * N,
    "quotes": "> " * (N // 2),
    "plus digits": "+32 " * (N // 4),
    "iban-like": "BE71 " * (N // 5),
    "iban letters": "BE71" + " ABCD" * (N // 5),
    "titles": "Dhr. " * (N // 5),
    "signoffs": "Met vriendelijke groeten,\n" * (N // 26),
    "labels": "Tel.: " * (N // 6),
    "lexicon": "ziekte " * (N // 7),
    "phrases": "en arrêt " * (N // 9),
    "apostrophes": "d'origine " * (N // 10),
    "mixed": "1a.-/ @:\n" * (N // 9),
    "unicode": "é\u00a0ß\u0130" * (N // 4),
}


def _all_regexes(engine: DetectionEngine) -> list[tuple[str, re.Pattern[str]]]:
    out: list[tuple[str, re.Pattern[str]]] = []
    for rec in engine.pattern_recognizers:
        out += [(f"{rec.name}:{p.name}", rx) for p, rx in rec._compiled]
        out += [(f"{rec.name}:context", rec._ctx), (f"{rec.name}:negative", rec._neg)]
    lex = engine.special.lexicon
    lexicon_regexes = (*lex._lower, *lex._icase, lex._wild, lex._wild_icase, lex._wild_start, lex._wild_start_icase)
    out += [("lexicon", rx) for rx in lexicon_regexes]
    for mod in (exceptions, people, signature):
        out += [(f"{mod.__name__}.{k}", v) for k, v in vars(mod).items() if isinstance(v, re.Pattern)]
    out += [("people.subjects", engine.people.subjects), ("engine.ORG_LINE", _ORG_LINE)]
    return out


@pytest.fixture(scope="module")
def regexes(engine: DetectionEngine) -> list[tuple[str, re.Pattern[str]]]:
    found = _all_regexes(engine)
    assert len(found) > 30
    return found


@pytest.mark.parametrize("kind", sorted(ADVERSARIAL))
def test_no_regex_backtracks(regexes: list[tuple[str, re.Pattern[str]]], kind: str) -> None:
    text = ADVERSARIAL[kind]
    for name, rx in regexes:
        t0 = time.perf_counter()
        for _ in rx.finditer(text):
            pass
        elapsed = time.perf_counter() - t0
        assert elapsed < 2.0, f"{name} took {elapsed:.2f}s on {kind!r}"


@pytest.mark.parametrize("kind", sorted(ADVERSARIAL))
def test_engine_bounded_on_adversarial(engine: DetectionEngine, kind: str) -> None:
    t0 = time.perf_counter()
    engine.detect([Segment("body", ADVERSARIAL[kind])])
    assert time.perf_counter() - t0 < 5.0


def test_one_megabyte_line(engine: DetectionEngine) -> None:
    line = ("Dhr. Peeters ziekte 85.07.30-033.28 BE71 0961 2345 6769 jan@x.be " * 16_000)[: 1_000_000]
    t0 = time.perf_counter()
    out = engine.detect([Segment("body", line)])
    assert time.perf_counter() - t0 < 30.0
    assert any(f.entity_type == "BE_NATIONAL_NUMBER" for f in out)


def test_ten_megabytes_of_digits(engine: DetectionEngine) -> None:
    t0 = time.perf_counter()
    out = engine.detect([Segment("body", "7" * 10_000_000)])
    assert time.perf_counter() - t0 < 20.0
    assert out == []


def test_undecodable_and_odd_text(engine: DetectionEngine) -> None:
    raw = bytes(range(256)) * 50
    texts = [
        raw.decode("utf-8", "replace"),
        raw.decode("utf-8", "surrogateescape"),  # lone surrogates
        raw.decode("latin-1"),
        "\x00" * 1000 + "85.07.30-033.28",
        "\ufeff\u200b8\u200b5\u200b0\u200b7",
        "İSTANBUL ziek Dhr. İnce",  # lower() changes the length: the case-insensitive path
    ]
    out = engine.detect([Segment("body", t) for t in texts])
    assert any(f.entity_type == "BE_NATIONAL_NUMBER" for f in out)
    for f in out:
        assert f.as_dict()["entity_type"] == f.entity_type  # serialisable
