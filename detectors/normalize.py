"""The number view of a text: digits, separators and look-alike letters folded to ASCII, with an exact
offset map back to the original text.

Number recognizers match on the view, findings keep original offsets (so locations and masked snippets
are those of the real text). What the view does, character by character:

- every Unicode decimal digit (``Nd``: full-width, mathematical bold/monospace, Arabic-Indic, Devanagari,
  ...) becomes its ASCII digit; compatibility forms fold by NFKC (superscripts, circled digits, full-width
  letters and punctuation, ligatures, mathematical letters);
- every space separator (``Zs``: NBSP, narrow NBSP, thin / hair / figure / ideographic space...) becomes
  a plain space; line / paragraph separators and NEL become ``\\n``;
- format characters (``Cf``: soft hyphen, LRM/RLM and the other bidi controls, zero-width space / joiner,
  word joiner, invisible times / separator / plus, BOM, tag characters...), combining marks (``Mn``/``Me``:
  the combining grapheme joiner, variation selectors, accents), invisible fillers and C0/C1 controls other
  than tab and line breaks are dropped;
- dashes (``Pd``, minus sign), dot-like, slash-like, comma-like and underscore-like punctuation become
  ``-``, ``.``, ``/``, ``,`` and ``_``;
- Cyrillic, Greek and Armenian letters that look like Latin ones become those Latin letters (keywords
  such as "RRN" or "BSN" typed with Cyrillic letters are still keywords);
- text inside a right-to-left override (U+202E ... U+202C or the end of the line) is reversed, because
  that is the order a reader sees it in.

Each view character comes from exactly one original character, so a view span ``[s, e)`` maps to the
original span ``[min(orig[s:e]), max(orig[s:e]) + 1)``. Plain ASCII text without control characters is
its own view (no copy, no map). ``NumberView.of(text)`` keeps the view of the last text per thread, so
every recognizer of a segment shares one view.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from array import array

_SPECIAL: dict[str, str] = {}
for _chars, _to in (
    ("\u00b7\u2024\u2027\u2219\u22c5\u30fb\uff0e\u3002\uff61\ufe52\u0701\u0702\u066b", "."),
    ("\u2044\u2215\uff0f\u29f8\u2571\u29f5", "/"),
    ("\u060c\u3001\uff0c\ufe50\ufe51\u201a\u066c\u2e41", ","),
    ("\uff3f\u2017\ufe4d\ufe4e\ufe4f", "_"),
    ("\u2212\u2043\ufe63\uff0d\u2796\u02d7", "-"),
    ("\u2028\u2029\x85", "\n"),
    ("\u2800", " "),  # braille blank: shows as a space
    ("\u3164\u115f\u1160\uffa0\u034f\u180e", ""),  # invisible fillers, CGJ, Mongolian vowel separator
):
    for _c in _chars:
        _SPECIAL[_c] = _to

# Letters of other scripts that look like Latin letters (the common confusables of UTS #39).
_CONFUSABLE_PAIRS = (
    # Cyrillic
    "АA ВB СC ЕE НH ІI ЈJ КK МM ОO РP ЅS ТT ХX УY ҮY ԌG ԚQ ԜW "
    "аa вb сc еe һh іi јj кk мm нh оo рp ѕs тt хx уy үy ԁd ԛq ԝw ӏl ɡg"
    # Greek
    " ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX οo ιi νv ρp κk τt υu χx"
    # Armenian, Latin small capitals and dotless forms
    " Օo օo սu ցg ıi ȷj ʟl ɪi ɴn ʀr ꜱs ᴀa ᴄc ᴅd ᴇe ᴊj ᴋk ᴍm ᴏo ᴘp ᴛt ᴜu ᴠv ᴡw ᴢz"
)
for _pair in _CONFUSABLE_PAIRS.split():
    _SPECIAL[_pair[0]] = _pair[1]

_RLO, _PDF, _LRO = "\u202e", "\u202c", "\u202d"

# Characters that may fold: everything outside printable ASCII, minus the Latin-1 letters and the Latin
# Extended-A/B block (accented letters of the project's languages fold to themselves: skipping them keeps
# ordinary NL/FR/DE text on the fast path).
_MAYBE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\xbf\xd7\xf7\u0250-\U0010ffff]+")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_FOLD_CACHE: dict[str, str] = {}


def fold_char(c: str) -> str:
    """The view of one character (possibly empty or several characters)."""
    got = _FOLD_CACHE.get(c)
    if got is not None:
        return got
    got = _fold(c)
    if len(_FOLD_CACHE) < 65536:
        _FOLD_CACHE[c] = got
    return got


def _fold(c: str) -> str:
    o = ord(c)
    if o < 0x80:
        return c if (o >= 0x20 and o != 0x7F) or c in "\t\n\r\f\v" else ""
    special = _SPECIAL.get(c)
    if special is not None:
        return special
    cat = unicodedata.category(c)
    if cat == "Nd":
        return str(unicodedata.digit(c))
    if cat == "Zs":
        return " "
    if cat in ("Zl", "Zp"):
        return "\n"
    if cat in ("Cf", "Mn", "Me", "Cc", "Cs", "Co") or (cat == "Cn" and 0xE0000 <= o <= 0xE0FFF):
        return ""  # invisible: format, combining, control, surrogate (undecodable byte), private use, tags
    if cat == "Pd":
        return "-"
    k = unicodedata.normalize("NFKC", c)
    if k != c:
        folded = "".join(fold_char(x) if x != c else x for x in k)
        if folded.isascii():
            return folded
    return c


class NumberView:
    """The folded view of one text and the map from view offsets back to original offsets."""

    __slots__ = ("_orig", "memo", "original", "text")

    _local = threading.local()

    def __init__(self, text: str) -> None:
        self.original = text
        self.memo: dict[str, object] = {}  # per-view results shared by recognizers (digit runs, ...)
        if (not _CONTROL.search(text)) if text.isascii() else not _MAYBE.search(text):
            # nothing that folds (ASCII, or Latin letters only): the text is its own view
            self.text = text
            self._orig: array | None = None
            return
        self.text, self._orig = _build(text)
        if self.text == text:  # nothing folded (equal content and length: no drop, no expansion)
            self._orig = None

    @classmethod
    def of(cls, text: str) -> NumberView:
        """The view of ``text``, shared by every caller on this thread until another text comes."""
        last = getattr(cls._local, "view", None)
        if last is not None and last.original is text:
            return last
        view = cls(text)
        cls._local.view = view
        return view

    @property
    def identity(self) -> bool:
        return self._orig is None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the view span ``[start, end)``."""
        if self._orig is None:
            return start, end
        if end <= start:
            o = self._orig[start] if start < len(self._orig) else len(self.original)
            return o, o
        part = self._orig[start:end]
        return min(part), max(part) + 1

    def offset(self, pos: int) -> int:
        """The original offset of view position ``pos`` (``len(view)`` maps to ``len(original)``)."""
        if self._orig is None:
            return pos
        return self._orig[pos] if pos < len(self._orig) else len(self.original)


def _build(text: str) -> tuple[str, array]:
    out: list[str] = []
    orig = array("i")
    pos = 0
    n = len(text)
    rlo = text.find(_RLO)
    while pos < n:
        m = _MAYBE.search(text, pos)
        stop = m.start() if m else n
        if rlo != -1 and rlo < stop:
            stop = rlo
        if stop > pos:
            out.append(text[pos:stop])
            orig.extend(range(pos, stop))
            pos = stop
            continue
        if pos == rlo:
            pos = _reversed_run(text, pos, out, orig)
            rlo = text.find(_RLO, pos)
            continue
        end = m.end() if m else n
        if rlo != -1 and rlo < end:
            end = rlo
        run = text[pos:end]
        folded = [fold_char(c) for c in run]
        if all(len(f) == 1 for f in folded):
            out.append("".join(folded))
            orig.extend(range(pos, end))
        else:
            for i, f in enumerate(folded):
                if f:
                    out.append(f)
                    orig.extend([pos + i] * len(f))
        pos = end
    return "".join(out), orig


def _reversed_run(text: str, start: int, out: list[str], orig: array) -> int:
    """Fold the text of a right-to-left override starting at ``start`` in display order; return its end."""
    end = len(text)
    for stop in (_PDF, "\n", "\u2029"):
        i = text.find(stop, start + 1)
        if i != -1 and i < end:
            end = i
    inner = [(i, c) for i in range(start + 1, end) for c in [text[i]] if c not in (_LRO, _RLO)]
    for i, c in reversed(inner):
        f = fold_char(c)
        # a folded character of several code points keeps its own order
        if f:
            out.append(f)
            orig.extend([i] * len(f))
    return end + 1 if end < len(text) and text[end] == _PDF else end
