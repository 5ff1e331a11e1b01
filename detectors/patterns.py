"""Small helpers shared by recognizers: digit extraction, word-list regexes, trie regexes, separators.

Every regex built here uses only bounded quantifiers or plain alternations, so matching is linear
in the text length (see tests/detectors/test_robustness.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A separator inside a written number: spaces/tabs, one of . - /, or a line break (plain text
# wrapped by a mail client, possibly followed by a quote marker). All quantifiers are bounded.
SEP = r"(?:[ \t\u00a0]{0,2}[.\-/]?[ \t\u00a0]{0,2}(?:\r?\n[ \t>]{0,4})?)"

# No letter, digit or "+" right before a number candidate, and no digit joined by punctuation
# ("1.85073003328"); a label glued with a dot or colon is fine ("nr.85073003328", "NN:85073003328").
NUM_START = r"(?<![\w+])(?<!\d[.,/\-])"
# No digit right after, and not followed by a decimal part.
NUM_END = r"(?![\w\-/])(?![.,]\d)"


def digits_only(text: str) -> str:
    """Drop everything but ASCII digits."""
    return "".join(c for c in text if "0" <= c <= "9")


def alnum_upper(text: str) -> str:
    """Letters and digits only, upper-cased (IBAN compact form)."""
    return "".join(c for c in text if c.isascii() and c.isalnum()).upper()


def _trie_regex(words: Iterable[str]) -> str:
    """A regex matching exactly the given literal words, written as a trie (fast alternation)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            body = "(?:" + body + ")?"
        return body

    return emit(trie)


def trie_regex(words: Iterable[str]) -> str:
    """Public wrapper: a non-capturing trie alternation of literal ``words`` (longest match wins)."""
    words = sorted({w for w in words if w})
    if not words:
        return r"(?!x)x"
    return "(?:" + _trie_regex(words) + ")"


def word_list_regex(words: Iterable[str]) -> re.Pattern[str]:
    """Compile a case-insensitive whole-word matcher for context words and phrases.

    Spaces inside a phrase match any run of up to three whitespace characters.
    """
    parts = sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True)
    if not parts:
        return re.compile(r"(?!x)x")
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s{1,3}") for p in parts)
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)


class SpanIndex:
    """Spans sorted by start, for "anything overlapping [lo, hi)?" in O(log n + k) (no quadratic scans)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]
        self._maxlen = max((e - s for s, e in self._spans), default=0)

    def overlapping(self, lo: int, hi: int) -> list[tuple[int, int]]:
        import bisect

        i = bisect.bisect_left(self._starts, lo - self._maxlen)
        out = []
        while i < len(self._spans) and self._spans[i][0] < hi:
            s, e = self._spans[i]
            if e > lo:
                out.append((s, e))
            i += 1
        return out

    def any(self, lo: int, hi: int) -> bool:
        return bool(self.overlapping(lo, hi))

    def add(self, span: tuple[int, int]) -> None:
        import bisect

        i = bisect.bisect_left(self._spans, span)
        self._spans.insert(i, span)
        self._starts.insert(i, span[0])
        self._maxlen = max(self._maxlen, span[1] - span[0])

    def __len__(self) -> int:
        return len(self._spans)
