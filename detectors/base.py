"""The plug-in base classes for number-like recognizers: Presidio PatternRecognizer plus our context scoring.

A country identifier is one module with one subclass that declares ``ENTITY``, ``PATTERNS``
(Presidio ``Pattern`` objects), ``CONTEXT`` (words that raise confidence), optionally
``NEGATIVE_CONTEXT`` (words that lower it: invoice, order, enterprise number, ...) and
``validate_result`` (the checksum). Everything is compiled once in ``__init__``. Numbers written as
digit groups subclass ``DigitWindowRecognizer`` (candidates = windows of digit runs, any grouping);
identifiers with letters keep a regex (``DlpPatternRecognizer``). Both match and score on the text's
number view (``detectors.normalize``) and report offsets into the original text.

Scoring (deterministic, documented in docs/detectors.md):

    score = pattern score
          + CONTEXT_BOOST     if a context word is within WINDOW_BEFORE chars before / WINDOW_AFTER after
          - NEGATIVE_PENALTY  if a negative word (within NEGATIVE_WINDOW chars before) is nearer
                              than any context word
    REQUIRES_CONTEXT recognizers drop candidates without a context word (e.g. the Dutch BSN).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from detectors.normalize import NumberView
from detectors.patterns import (
    DigitRun,
    SpanIndex,
    digit_runs,
    glued_ok,
    phone_groups,
    run_ok,
    windows,
    word_list_regex,
)


class DlpPatternRecognizer(PatternRecognizer):
    """Base of every pattern recognizer in ``detectors/<cc>/`` and ``detectors/generic/``."""

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[list[Pattern]] = []
    CONTEXT: ClassVar[list[str]] = []
    NEGATIVE_CONTEXT: ClassVar[list[str]] = []
    CONTEXT_BOOST: ClassVar[float] = 0.3
    NEGATIVE_PENALTY: ClassVar[float] = 0.3
    WINDOW_BEFORE: ClassVar[int] = 120
    WINDOW_AFTER: ClassVar[int] = 40
    # Negative words are labels: they must sit shortly *before* the value ("Factuur nr. ...").
    NEGATIVE_WINDOW: ClassVar[int] = 40
    REQUIRES_CONTEXT: ClassVar[bool] = False
    # A cheap test the text must pass before any regex runs (e.g. "has a digit").
    PREFILTER: ClassVar[str | None] = r"\d"
    FLAGS: ClassVar[int] = 0

    def __init__(self, supported_language: str = "xx") -> None:
        patterns = [Pattern(p.name, p.regex, p.score) for p in self.PATTERNS]
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            patterns=patterns,
            context=list(self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=self.FLAGS,
        )
        # Compile every regex at load time with the stdlib engine (all patterns are linear).
        self._compiled = [(p, re.compile(p.regex, self.FLAGS)) for p in self.patterns]
        self._prefilter = re.compile(self.PREFILTER) if self.PREFILTER else None
        self._ctx = word_list_regex(self.CONTEXT)
        self._neg = word_list_regex(self.NEGATIVE_CONTEXT)

    # --- Presidio API -------------------------------------------------------------------------
    def analyze(
        self,
        text: str,
        entities: list[str] | None = None,
        nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Find candidates, validate them, score them with context; Presidio's signature.

        Matching and context scoring run on the text's number view (``detectors.normalize``); the
        results carry offsets into ``text`` itself."""
        view = NumberView.of(text)
        vtext = view.text
        if self._prefilter is not None and not self._prefilter.search(vtext):
            return []
        results: list[RecognizerResult] = []
        taken = SpanIndex()
        rejected: set[tuple[int, int, float]] = set()  # spans already scored out by another pattern
        for start, end, name, base in self.candidates(vtext, view):
            if (start, end, base) in rejected or taken.any(start, end):
                continue
            score = self.score_in_context(vtext, start, end, base)
            if score is None or score <= 0:
                rejected.add((start, end, base))
                continue
            taken.add((start, end))
            ostart, oend = view.span(start, end)
            results.append(
                RecognizerResult(
                    entity_type=self.ENTITY,
                    start=ostart,
                    end=oend,
                    score=min(score, 1.0),
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        "pattern": name,
                    },
                )
            )
        return results

    def candidates(self, text: str, view: NumberView) -> Iterator[tuple[int, int, str, float]]:
        """Validated candidate spans of the view ``text``: ``(start, end, pattern name, base score)``."""
        for pattern, rx in self._compiled:
            for m in rx.finditer(text):
                span = self.refine(text, m)
                if span is not None:
                    yield span[0], span[1], pattern.name, pattern.score

    def invalidate_result(self, pattern_text: str) -> bool | None:
        return None

    # --- hooks ----------------------------------------------------------------------------------
    def refine(self, text: str, m: re.Match[str]) -> tuple[int, int] | None:
        """The validated span of a regex match (group ``v`` when the pattern names one), or None."""
        start, end = m.span("v") if "v" in m.re.groupindex else m.span()
        value = text[start:end]
        if self.invalidate_result(value) or self.validate_result(value) is False:
            return None
        return start, end

    def nearest(self, rx: re.Pattern[str], text: str, start: int, end: int,
                before: int | None = None, after: int | None = None) -> int | None:
        """Distance in characters to the nearest match of ``rx`` in the context window, or None."""
        before = self.WINDOW_BEFORE if before is None else before
        after = self.WINDOW_AFTER if after is None else after
        lo = max(0, start - before)
        best: int | None = None
        for m in rx.finditer(text, lo, start):
            d = start - m.end()
            best = d if best is None else min(best, d)
        hi = min(len(text), end + after)
        m2 = rx.search(text, end, hi) if after > 0 else None
        if m2 is not None:
            d = m2.start() - end
            best = d if best is None else min(best, d)
        return best

    def score_in_context(self, text: str, start: int, end: int, base: float) -> float | None:
        """Apply context boost / penalty; ``None`` drops the candidate."""
        pos = self.nearest(self._ctx, text, start, end) if self.CONTEXT else None
        neg = (self.nearest(self._neg, text, start, end, self.NEGATIVE_WINDOW, 0)
               if self.NEGATIVE_CONTEXT else None)
        if self.REQUIRES_CONTEXT and pos is None:
            return None
        score = base
        if pos is not None:
            score += self.CONTEXT_BOOST
        if neg is not None and (pos is None or neg < pos):
            score -= self.NEGATIVE_PENALTY
        return score


class DigitWindowRecognizer(DlpPatternRecognizer):
    """Base of the recognizers of numbers written as digit groups (national numbers, BSN, cards).

    Candidates are the windows of ``DIGITS`` digits of every digit run of the number view (any grouping
    of the digits by spaces, dots, dashes, slashes, underscores or commas; see ``detectors.patterns``)
    whose group lengths pass ``shape_ok`` and whose digits pass ``validate_digits``. A subclass's ``PATTERNS`` is
    ``[Pattern(name, RUN_REGEX, score)]`` (what Presidio's registry and the robustness tests see).
    """

    DIGITS: ClassVar[frozenset[int]] = frozenset()
    BASE_SCORE: ClassVar[float] = 0.5
    # The runs of a text are found once for all these recognizers (``NumberView.memo``), without the runs of
    # fewer digits than any of them reads (most numbers of a table: days, amounts, staff numbers).
    RUN_FLOOR: ClassVar[int] = 8

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if cls.DIGITS and min(cls.DIGITS) < DigitWindowRecognizer.RUN_FLOOR:
            raise TypeError(f"{cls.__name__}: DIGITS below RUN_FLOOR ({DigitWindowRecognizer.RUN_FLOOR})")

    def candidates(self, text: str, view: NumberView) -> Iterator[tuple[int, int, str, float]]:
        runs = view.memo.get("runs")
        if runs is None:
            runs = view.memo["runs"] = digit_runs(text, DigitWindowRecognizer.RUN_FLOOR)
        # recognizers that read the same sizes with the same shape test share the windows (BIS and national number)
        key = f"windows:{sorted(self.DIGITS)}:{id(type(self).shape_ok)}"
        found = view.memo.get(key)
        if found is None:
            found = view.memo[key] = self._windows(text, runs)  # type: ignore[arg-type]
        for run, i, j in found:  # type: ignore[attr-defined]
            lengths = tuple([e - s for s, e in run.groups[i:j]])
            if not self.validate_digits(run.digits(i, j, text)):
                continue
            start, end = run.groups[i][0], run.groups[j - 1][1]
            yield start, end, self.pattern_name(lengths), self.window_score(lengths, run, i, j)

    def _windows(self, text: str, runs: list[DigitRun]) -> list[tuple[DigitRun, int, int]]:
        out: list[tuple[DigitRun, int, int]] = []
        by_shape: dict[int, tuple[list[tuple[int, int]], list[tuple[int, int]]]] = {}
        least = min(self.DIGITS)
        for run in runs:
            if run.end - run.start < least or run.ndigits < least:
                continue  # a window holds exactly one of DIGITS digits: a run with fewer has none
            # the windows and the shape test read only the run's shape (group lengths, joiners): once per
            # distinct shape (runs of the same characters share the shape object; a column of dates has one)
            got = by_shape.get(id(run.shape))
            if got is None:
                spans = windows(run, self.DIGITS)
                lens = run.shape[0]
                got = by_shape[id(run.shape)] = (spans, [(i, j) for i, j in spans
                                                         if self.shape_ok(lens[i:j], run, i, j)])
            spans, shaped = got
            if not shaped or not run_ok(text, run):
                continue
            groups = run.groups
            phone = phone_groups(text, run) if spans[0][0] == 0 else 0
            for i, j in shaped:
                if i >= phone and glued_ok(text, groups[i][0], groups[j - 1][1]):
                    out.append((run, i, j))
        # longer numbers first where windows overlap (a 9-digit BSN over its 8-digit tail)
        out.sort(key=lambda w: (w[0].groups[w[1]][0], -(w[0].groups[w[2] - 1][1])))
        return out

    # --- hooks ----------------------------------------------------------------------------------
    def shape_ok(self, lengths: tuple[int, ...], run: DigitRun, i: int, j: int) -> bool:
        """May the number be written with these group lengths? (default: any grouping; an override reads only
        the lengths and the run's shape, ``DigitRun.shape``: its answer is reused for every run of that shape)"""
        return True

    def validate_digits(self, digits: str) -> bool:
        """The checksum over the window's digits."""
        return bool(self.validate_result(digits))

    def window_score(self, lengths: tuple[int, ...], run: DigitRun, i: int, j: int) -> float:
        return self.BASE_SCORE

    def pattern_name(self, lengths: tuple[int, ...]) -> str:
        return self.patterns[0].name if self.patterns else self.ENTITY.lower()
