"""Multipart boundaries without a regular expression compiled per message.

The standard library's MIME parser (``email.feedparser``) compiles one regular expression per
multipart it reads, ``(?P<sep>--BOUNDARY)(?P<end>--)?(?P<ws>[ \\t]*)(?P<linesep>\\r\\n|\\r|\\n)?$``,
from the part's own boundary; boundaries are random, so ``re``'s cache never helps and every
multipart of every message pays a compile (~0.1 ms, more than reading a small part). It only
calls ``.match(line)`` on the result and reads the ``end`` and ``linesep`` groups.

:func:`install` gives the parser a ``re`` whose ``compile`` answers that one pattern shape with
:class:`BoundaryMatcher`: ``line.startswith(separator)`` and one precompiled pattern for the rest
of the line, matching exactly the lines the compiled expression matches, with the same groups.
Any other pattern (another Python version's shape included) goes to ``re.compile`` unchanged.
"""

from __future__ import annotations

import re
from types import ModuleType
from typing import Any

_PREFIX = "(?P<sep>"
_SUFFIX = r")(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$"
_TAIL = re.compile(_SUFFIX[1:])
_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)


class BoundaryMatcher:
    """``re.compile(PREFIX + re.escape(separator) + SUFFIX)`` for ``.match(line)``, without compiling."""

    __slots__ = ("pattern", "separator")

    def __init__(self, separator: str, pattern: str) -> None:
        self.separator = separator
        self.pattern = pattern

    def match(self, line: str) -> re.Match[str] | None:
        if not line.startswith(self.separator):
            return None
        return _TAIL.match(line, len(self.separator))


def boundary_separator(pattern: object) -> str | None:
    """The separator of a feedparser boundary pattern, or None when ``pattern`` is not one."""
    if not isinstance(pattern, str) or not pattern.startswith(_PREFIX) or not pattern.endswith(_SUFFIX):
        return None
    escaped = pattern[len(_PREFIX):-len(_SUFFIX)]
    separator = _UNESCAPE.sub(r"\1", escaped)
    return separator if re.escape(separator) == escaped else None


class _FeedparserRe(ModuleType):
    """The ``re`` module as the feedparser sees it: the same, but for boundary patterns."""

    def __init__(self) -> None:
        super().__init__("re")

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)

    @staticmethod
    def compile(pattern: Any, flags: int = 0) -> Any:
        separator = boundary_separator(pattern) if not flags else None
        if separator is None:
            return re.compile(pattern, flags)
        return BoundaryMatcher(separator, pattern)


def install() -> None:
    """Make ``email.feedparser`` use :class:`BoundaryMatcher` for boundaries (idempotent)."""
    import email.feedparser

    if not isinstance(email.feedparser.re, _FeedparserRe):
        email.feedparser.re = _FeedparserRe()  # type: ignore[attr-defined]
