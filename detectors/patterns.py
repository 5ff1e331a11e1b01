"""Small helpers shared by recognizers: digit runs and their windows, word-list and trie regexes.

Every regex built here uses only bounded quantifiers or plain alternations, so matching is linear
in the text length (see tests/detectors/test_robustness.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# No digit right after, and not followed by a decimal part.
NUM_END = r"(?![\w\-/])(?![.,]\d)"


def digits_only(text: str) -> str:
    """Drop everything but ASCII digits."""
    return _NON_DIGITS.sub("", text)


_NON_DIGITS = re.compile(r"[^0-9]+")


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


# --- digit runs: how written numbers are found in a text's number view ------------------------------
#
# A *run* is a maximal sequence of digit groups joined by separators (in the number view, see
# detectors/normalize.py). A joiner is one of . - / _ , alone ("tight"), or up to 8 spaces with at most
# one of those characters and at most one line break (plain-text wrapping, also after a "> " quote
# marker). Tabs (table cells), blank lines and letters end a run. A number of N digits is a *window*:
# consecutive whole groups of a run holding N digits. Which windows count is decided by the run's
# structure (``window_ok``): a window must not be cut out of a longer written number.

_JOIN = (r"(?:[ ]{1,8}(?:[.\-/_,][ ]{0,8})?(?:\r?\n[ >]{0,4})?"
         r"|[.\-/_,][ ]{0,8}(?:\r?\n[ >]{0,4})?"
         r"|\r?\n[ >]{0,4})")
RUN_REGEX = rf"\d+(?:{_JOIN}\d+)*"
_RUN = re.compile(RUN_REGEX)
_GROUP = re.compile(r"\d+")
_TIGHT_STRICT = frozenset(".-/")  # a digit joined by these belongs to the same number (dates, decimals, refs)
_TIGHT_FIELD = frozenset("_,")  # field delimiters (file names, CSV) unless the number itself uses them


def _kind(joiner: str) -> str:
    """The kind of a joiner: its punctuation character, plus " " when spaced, plus "\\n" when broken."""
    got = _KINDS.get(joiner)
    if got is None:
        got = _kind_of(joiner)
        if len(_KINDS) < 4096:  # joiners are few distinct short strings; bounded anyway
            _KINDS[joiner] = got
    return got


_KINDS: dict[str, str] = {}


def _kind_of(joiner: str) -> str:
    punct = next((c for c in joiner if c in ".-/_,"), "")
    if "\n" in joiner:
        return punct + "\n"
    if punct and len(joiner) == 1:
        return punct
    return punct + " "


class DigitRun:
    """One run of digit groups in a view: group spans and the kinds of the joiners between them."""

    __slots__ = ("_groups", "_rel", "end", "kinds", "ndigits", "shape", "start")

    def __init__(self, start: int, end: int, groups: list[tuple[int, int]], kinds: list[str]) -> None:
        self.start = start
        self.end = end
        self._groups: list[tuple[int, int]] | None = groups
        self._rel: list[tuple[int, int]] = []
        self.kinds = kinds
        self.ndigits = sum([e - s for s, e in groups])  # digits in the run (its groups' lengths)
        # group lengths and joiner kinds: all that ``windows`` reads (no digits), its memo key
        self.shape = (tuple([e - s for s, e in groups]), tuple(kinds))

    @classmethod
    def parsed(cls, start: int, end: int, rel: list[tuple[int, int]], kinds: list[str], ndigits: int,
               shape: tuple[tuple[int, ...], tuple[str, ...]]) -> DigitRun:
        """A run at ``start`` whose groups are ``rel`` (relative to ``start``; made absolute on first use) and
        ``kinds`` (shared by the runs of the same characters: read-only)."""
        run = cls.__new__(cls)
        run.start, run.end, run._groups, run._rel = start, end, None, rel
        run.kinds, run.ndigits, run.shape = kinds, ndigits, shape
        return run

    @property
    def groups(self) -> list[tuple[int, int]]:
        """The (start, end) of each group of digits in the view."""
        groups = self._groups
        if groups is None:
            s = self.start
            groups = self._groups = [(s + a, s + b) for a, b in self._rel]
        return groups

    def digits(self, i: int, j: int, text: str) -> str:
        return "".join(text[s:e] for s, e in self.groups[i:j])


_NO_KINDS: list[str] = []  # the joiners of a run that is one group (read-only)


def digit_runs(text: str, min_digits: int = 1) -> list[DigitRun]:
    """Every run of digit groups in ``text`` (a number view) holding at least ``min_digits`` digits, left to
    right (the shorter ones, a staff number or a day in every row of a table, cost no object)."""
    runs: list[DigitRun] = []
    # A run's groups and joiners depend on its characters only, and a table column repeats its dates and
    # amounts: each distinct run is parsed once per text (offsets kept relative to the run's start).
    shapes: dict[str, tuple[list[tuple[int, int]], list[str], int, tuple[tuple[int, ...], tuple[str, ...]]]] = {}
    plain: dict[int, tuple[list[tuple[int, int]], tuple[tuple[int, ...], tuple[str, ...]]]] = {}
    append, make = runs.append, DigitRun.parsed
    for m in _RUN.finditer(text):
        start, end = m.span()
        n = end - start
        if n < min_digits:
            continue
        run = m.group()
        if run.isdigit():
            one = plain.get(n)
            if one is None:
                one = plain[n] = ([(0, n)], ((n,), ()))
            append(make(start, end, one[0], _NO_KINDS, n, one[1]))
            continue
        parsed = shapes.get(run)
        if parsed is None:
            rel = [g.span() for g in _GROUP.finditer(run)]
            kinds = [_kind(run[rel[k][1] : rel[k + 1][0]]) for k in range(len(rel) - 1)]
            lens = tuple([b - a for a, b in rel])
            parsed = shapes[run] = (rel, kinds, sum(lens), (lens, tuple(kinds)))
        rel, kinds, ndigits, shape = parsed
        if ndigits >= min_digits:
            append(make(start, end, rel, kinds, ndigits, shape))
    return runs


def _strength(kind: str) -> int:
    """How tightly a joiner binds two groups: no space 3, one or more spaces 2, spaced punctuation 1,
    a line break 0."""
    if kind.endswith("\n"):
        return 0
    if kind == " ":
        return 2
    return 1 if kind.endswith(" ") else 3


def _edge_ok(run: DigitRun, joiner: int, inner: set[str], single: bool, neighbour_tight: bool) -> bool:
    """May a window end at joiner index ``joiner`` of ``run`` (the group beyond it stays outside)?"""
    kind = run.kinds[joiner]
    if inner and _strength(kind) > min(_strength(k) for k in inner):
        return False  # cut where the groups bind tighter than somewhere inside: "0830.366.718\n2 9 1..."
    if kind in _TIGHT_STRICT:
        return False  # 1.85073003328, 85073003328.5, 2024/85073003328, 15-01-2024
    if kind in _TIGHT_FIELD:
        if kind == "," and joiner == len(run.kinds) - 1:
            last = run.groups[-1]
            if last[1] - last[0] <= 2:
                return False  # a decimal part: 85.073.003.328,00
        return kind not in inner  # scan_85073003328_2.pdf, a CSV field; not 85,07,30,033,28,5
    if single:
        return True  # a number written as one block is a token of its own ("1000 85073003328")
    # A spaced / wrapped number continuing in the same style into another plain group is a longer
    # number ("8 5 0 7 3 0 0 3 3 2 8 1 2", "0032 475 12 34 56"); "12/27" or a different joiner is not.
    return not (kind in inner and not neighbour_tight)


def window_ok(run: DigitRun, i: int, j: int) -> bool:
    """May groups ``[i, j)`` of ``run`` be read as one number of their own?"""
    inner = set(run.kinds[i : j - 1])
    if sum(1 for k in run.kinds[i : j - 1] if k.endswith("\n")) > 1:
        return False  # a wrapped number breaks once; a column of small numbers is not one number
    single = j - i == 1
    n = len(run.groups)
    if i > 0:
        tight = i >= 2 and run.kinds[i - 2] in _TIGHT_STRICT
        if not _edge_ok(run, i - 1, inner, single, tight):
            return False
    if j < n:
        tight = j < n - 1 and run.kinds[j] in _TIGHT_STRICT
        if not _edge_ok(run, j - 1, inner, single, tight):
            return False
    return True


def windows(run: DigitRun, sizes: frozenset[int]) -> list[tuple[int, int]]:
    """The acceptable windows of ``run`` holding a number of one of ``sizes`` digits (do not modify the list:
    it is shared by every run of the same shape, ``DigitRun.shape``; a column of dates has one shape)."""
    key = (run.shape, sizes)
    got = _WINDOWS.get(key)
    if got is None:
        got = _windows_of(run, sizes)
        if len(_WINDOWS) < 8192:  # shapes are group lengths and joiner kinds (no digits); bounded anyway
            _WINDOWS[key] = got
    return got


_WINDOWS: dict[tuple[tuple[tuple[int, ...], tuple[str, ...]], frozenset[int]], list[tuple[int, int]]] = {}


def _windows_of(run: DigitRun, sizes: frozenset[int]) -> list[tuple[int, int]]:
    groups = run.groups
    n = len(groups)
    top = max(sizes)
    if n == 1:
        return [(0, 1)] if groups[0][1] - groups[0][0] in sizes else []
    out: list[tuple[int, int]] = []
    kinds = set(run.kinds)
    if len(kinds) == 1 and n > top:
        # One joiner style all along a long run: only the whole run or a single group can be a number
        # (any other window continues in the same style): linear, however long the run.
        kind = next(iter(kinds))
        if kind not in _TIGHT_STRICT:
            out = [(k, k + 1) for k, (s, e) in enumerate(groups) if e - s in sizes]
        return out
    lens = [e - s for s, e in groups]
    for i in range(n):
        total = 0
        for j in range(i, n):
            total += lens[j]
            if total > top:
                break
            if total in sizes and window_ok(run, i, j + 1):
                out.append((i, j + 1))
    return out


def _iban_countries() -> frozenset[str]:
    from importlib import resources

    try:
        data = resources.files("stdnum").joinpath("iban.dat").read_text(encoding="utf-8")
    except (OSError, ModuleNotFoundError):  # pragma: no cover - stdnum always ships it
        data = ""
    return frozenset(re.findall(r"(?m)^([A-Z]{2}) ", data)) | {"EL", "XI"}


# Two capitals glued to digits that are an IBAN / VAT country code: BE0403019261, BE71096123456769.
COUNTRY_PREFIXES = _iban_countries()
_HEX = frozenset("0123456789abcdefABCDEF")


def run_ok(text: str, run: DigitRun) -> bool:
    """Is ``run`` a written number at all (not the digits of an IBAN or VAT code)?"""
    s = run.start
    return not (s >= 2 and text[s - 2 : s] in COUNTRY_PREFIXES and (s == 2 or not text[s - 3].isalnum()))


def phone_groups(text: str, run: DigitRun) -> int:
    """How many leading groups of a run written after ``+`` form a valid international phone number
    whose first group can be its country code ("+32 475 12 34 56"); 0 when none do."""
    s = run.start
    if s < 1 or text[s - 1] != "+":
        return 0
    import phonenumbers

    first = text[run.groups[0][0] : run.groups[0][1]]
    if len(run.groups) > 1 and len(first) <= 3 and int(first) not in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
        return 0  # "+85.07.30-033.28": "85" is no country code, so this is no phone number
    digits = ""
    best = 0
    for k, (gs, ge) in enumerate(run.groups):
        digits += text[gs:ge]
        if len(digits) > 15:
            break
        if len(digits) >= 8:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse("+" + digits, None)):
                    best = k + 1
            except phonenumbers.NumberParseException:
                pass
    return best


def glued_ok(text: str, start: int, end: int) -> bool:
    """Letters stuck to a number (``A85.07.30-033.28``, ``...28x``, ``...28Žéä``) are tolerated, except
    where they make it part of an alphanumeric code: more digits beyond the letters, a hex hash."""
    k = start
    while k > 0 and text[k - 1].isalpha() and start - k < 40:
        k -= 1
    after = end
    while after < len(text) and text[after].isalpha() and after - end < 40:
        after += 1
    if k == start and after == end:
        return True
    if (k < start and k > 0 and text[k - 1].isdigit()) or (after > end and after < len(text)
                                                         and text[after].isdigit()):
        return False  # ab12cd85073003328, 85073003328ab12: a code mixing letters and digits
    lo, hi = k, after
    while lo > 0 and text[lo - 1].isalnum():
        lo -= 1
    while hi < len(text) and text[hi].isalnum():
        hi += 1
    token = text[lo:hi]
    return not (len(token) >= 16 and all(c in _HEX for c in token))  # a hash / hex identifier
