"""The plug-in base class for number-like recognizers: Presidio PatternRecognizer plus our context scoring.

A country identifier is one module with one subclass that declares ``ENTITY``, ``PATTERNS``
(Presidio ``Pattern`` objects), ``CONTEXT`` (words that raise confidence), optionally
``NEGATIVE_CONTEXT`` (words that lower it: invoice, order, enterprise number, ...) and
``validate_result`` (the checksum). Everything is compiled once in ``__init__``.

Scoring (deterministic, documented in docs/detectors.md):

    score = pattern score
          + CONTEXT_BOOST     if a context word is within WINDOW_BEFORE chars before / WINDOW_AFTER after
          - NEGATIVE_PENALTY  if a negative word (within NEGATIVE_WINDOW chars before) is nearer
                              than any context word
    REQUIRES_CONTEXT recognizers drop candidates without a context word (e.g. the Dutch BSN).
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from detectors.patterns import SpanIndex, word_list_regex


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
        """Find candidates, validate them, score them with context; Presidio's signature."""
        if self._prefilter is not None and not self._prefilter.search(text):
            return []
        results: list[RecognizerResult] = []
        taken = SpanIndex()
        rejected: set[tuple[int, int, float]] = set()  # spans already scored out by another pattern
        for pattern, rx in self._compiled:
            for m in rx.finditer(text):
                span = self.refine(text, m)
                if span is None:
                    continue
                start, end = span
                if (start, end, pattern.score) in rejected or taken.any(start, end):
                    continue
                score = self.score_in_context(text, start, end, pattern.score)
                if score is None or score <= 0:
                    rejected.add((start, end, pattern.score))
                    continue
                taken.add((start, end))
                results.append(
                    RecognizerResult(
                        entity_type=self.ENTITY,
                        start=start,
                        end=end,
                        score=min(score, 1.0),
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                            "pattern": pattern.name,
                        },
                    )
                )
        return results

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
