"""The multi-pattern prefilter: which recognizer families can find anything in a text, in one fast pass.

Built at load time from the recognizers' own compiled patterns (no second list to keep): each pattern
recognizer's ``PREFILTER`` regex, the Art. 9/10 lexicon regexes, the field-label vocabulary regexes
(Art. 9/10 and STR-locus labels), the person-name rules of ``detectors.people`` and the organisation-line
rule of the engine. Each Python regex is translated into a Hyperscan (Vectorscan) expression that matches
a **superset** of it (:func:`superset_expression`: look-arounds dropped, repeat bounds opened, ``\\s`` and
case-insensitive letters spelled out as Python reads them), so "no match here" proves "the recognizer
finds nothing here". A lexicon term added to ``detectors/lexicons`` flows through on the next load.

``Prefilter.scan(text, tables)`` says, for one text (a segment or a chunk of a long one):

- ``patterns[i]``: pattern recognizer ``i``'s own prefilter matches the text's number view (digits of any
  script, separators, look-alike letters folded by ``detectors.normalize``, exactly as the recognizer
  matches) -- otherwise that recognizer returns nothing;
- ``special``: an Art. 9/10 lexicon regex matches the lower-cased text, a field-label regex matches it
  (with ``_`` read as a space, as labels are classified), or a table header cell names a category;
- ``people``: a title + surname, "the X family" or a capitalised pair whose first word may start a name
  (``PeopleFinder.may_start_name``) -- otherwise ``PeopleFinder.names`` returns nothing;
- ``org``: an organisation word on a line (ORGANIZATION findings come from such lines).

When nothing is possible the engine returns no findings without running a recognizer; otherwise it runs
only the families that can find something. A text whose lower-casing changes its length ("İ") or a
pattern that cannot be translated makes that family "possible" (never a skip on doubt).
"""

from __future__ import annotations

import hashlib
import logging
import re
import re._constants as sre_c  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import hyperscan

from detectors import recache

log = logging.getLogger("dlpgw.detectors")

# In ``first_word`` mode a phrase ends at a whitespace after at least this many characters.
_FIRST_WORD = 5
# Expressions longer than this are split at their alternations (a lexicon trie is one long alternation).
_MAX_EXPRESSION = 3000


class Untranslatable(ValueError):
    """A regex construct with no superset form here (back-references, conditionals)."""


def _char(code: int) -> str:
    c = chr(code)
    return c if c.isascii() and c.isalnum() else f"\\x{{{code:x}}}"


def _case_variants(code: int) -> set[int]:
    c = chr(code)
    out = {code}
    for v in (c.lower(), c.upper(), c.swapcase(), c.title(), c.casefold()):
        if len(v) == 1:
            out.add(ord(v))
    try:
        from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]

        for x in list(out):
            out.update(_EXTRA_CASES.get(x, ()))
    except ImportError:  # pragma: no cover - other Python versions
        pass
    return out


# Translation modes (set by superset_expressions for one regex): the regex runs on text.lower() but the
# expression on the text itself; a "_" in the text reads as a space (field labels are classified so).
_MODE = {"lowered": False, "underscore": False, "first_word": False}


@lru_cache(maxsize=1)
def _lower_preimages() -> dict[int, frozenset[int]]:
    """code point -> every character whose one-character lower case it is (itself included)."""
    inv: dict[int, set[int]] = {}
    for x in range(0x20000):
        low = chr(x).lower()
        if len(low) == 1 and ord(low) != x:
            inv.setdefault(ord(low), {ord(low)}).add(x)
    return {k: frozenset(v) for k, v in inv.items()}


def _literal_codes(code: int, icase: bool) -> set[int]:
    """The text characters a pattern literal stands for in the current mode."""
    codes = _case_variants(code) if icase else {code}
    if _MODE["lowered"]:
        inv = _lower_preimages()
        codes = set().union(*(inv.get(c, {c}) for c in codes))
    if _MODE["underscore"] and code == 0x20:
        codes.add(0x5F)
    return codes


# sre category suffixes (the NOT_ forms first: "NOT_DIGIT" also ends in "DIGIT") and their UCP spelling;
# Python's \s (str.isspace) is UCP \s (Z categories, tab to CR, NEL) plus the separators 1C-1F
_CATEGORIES = (
    ("NOT_DIGIT", r"\D"), ("DIGIT", r"\d"), ("NOT_SPACE", r"\S"), ("SPACE", r"\s\x{1c}-\x{1f}"),
    ("NOT_WORD", r"\W"), ("WORD", r"\w"), ("NOT_LINEBREAK", r"\x{0}-\x{9}\x{b}-\x{10ffff}"),
    ("LINEBREAK", r"\x{a}"),
)


def _category(cat: object) -> str:
    name = str(cat)
    for suffix, spelled in _CATEGORIES:
        if name.endswith(suffix):
            if suffix == "SPACE" and _MODE["underscore"]:
                return spelled + r"\x{5f}"
            return spelled
    raise Untranslatable(name)


def _class_items(items: list[tuple[object, object]], icase: bool) -> tuple[bool, str]:
    negate = False
    parts: list[str] = []
    for op, av in items:
        if op is sre_c.NEGATE:
            negate = True
        elif op is sre_c.LITERAL:
            parts.extend(_char(c) for c in sorted(_literal_codes(av, icase)))  # type: ignore[arg-type]
        elif op is sre_c.RANGE:
            lo, hi = av  # type: ignore[misc]
            parts.append(f"{_char(lo)}-{_char(hi)}")
            if (icase or _MODE["lowered"]) and hi - lo < 1024:
                extra = set().union(*(_literal_codes(c, icase) for c in range(lo, hi + 1))) - set(range(lo, hi + 1))
                parts.extend(_char(c) for c in sorted(extra))
            elif icase or _MODE["lowered"]:
                raise Untranslatable("wide case-insensitive range")
        elif op is sre_c.CATEGORY:
            parts.append(_category(av))
        else:
            raise Untranslatable(str(op))
    return negate, "".join(parts)


def _is_space_repeat(op: object, av: object) -> bool:
    if op not in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        return False
    sub = list(av[2])  # type: ignore[index]
    return len(sub) == 1 and sub[0][0] is sre_c.IN and any(
        o is sre_c.CATEGORY and str(a).endswith("SPACE") and "NOT" not in str(a) for o, a in sub[0][1])


def _emit(seq: Iterable[tuple[object, object]], icase: bool, dotall: bool, tail: bool = True,
          before: int = 0) -> str:
    """The expression of ``seq``; ``tail``: nothing follows ``seq`` in the whole expression, so in
    ``first_word`` mode it may end at a whitespace once ``before`` + its own characters make a first word
    of at least ``_FIRST_WORD`` characters (a prefix of every match still matches)."""
    out: list[str] = []
    seq = list(seq)
    chars = before
    for k, (op, av) in enumerate(seq):
        last = tail and k == len(seq) - 1
        if _MODE["first_word"] and tail and chars >= _FIRST_WORD and _is_space_repeat(op, av):
            break  # a phrase whose first word is long enough: that word is the necessary part
        if op in (sre_c.LITERAL, sre_c.IN, sre_c.NOT_LITERAL, sre_c.ANY):
            chars += 1
        if op is sre_c.LITERAL:
            codes = _literal_codes(av, icase)  # type: ignore[arg-type]
            out.append(_char(av) if codes == {av} else "[" + "".join(_char(c) for c in sorted(codes)) + "]")  # type: ignore[arg-type]
        elif op is sre_c.NOT_LITERAL:
            if _MODE["lowered"] or _MODE["underscore"]:
                out.append(r"[\x{0}-\x{10ffff}]")  # any character (a superset)
            else:
                codes = _case_variants(av) if icase else {av}  # type: ignore[arg-type]
                out.append("[^" + "".join(_char(c) for c in sorted(codes)) + "]")
        elif op is sre_c.ANY:
            out.append(r"[\x{0}-\x{10ffff}]" if dotall else r"[^\x{a}]")
        elif op is sre_c.IN:
            negate, body = _class_items(av, icase)  # type: ignore[arg-type]
            if negate and (_MODE["lowered"] or _MODE["underscore"]) and any(
                    o is not sre_c.NEGATE and o is not sre_c.CATEGORY for o, _ in av):  # type: ignore[union-attr]
                out.append(r"[\x{0}-\x{10ffff}]")  # a negated set of letters under lower-casing: any character
            else:
                out.append(("[^" if negate else "[") + body + "]")
        elif op is sre_c.BRANCH:
            _, alts = av  # type: ignore[misc]
            out.append("(?:" + "|".join(_emit(a, icase, dotall, last, chars) for a in alts) + ")")
        elif op is sre_c.SUBPATTERN:
            _, add, delete, sub = av  # type: ignore[misc]
            ic = (icase or bool(add & sre_c.SRE_FLAG_IGNORECASE)) and not delete & sre_c.SRE_FLAG_IGNORECASE
            da = (dotall or bool(add & sre_c.SRE_FLAG_DOTALL)) and not delete & sre_c.SRE_FLAG_DOTALL
            out.append("(?:" + _emit(sub, ic, da, last, chars) + ")")
        elif op is sre_c.ATOMIC_GROUP:
            out.append("(?:" + _emit(av, icase, dotall, last, chars) + ")")  # type: ignore[arg-type]
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            lo, _hi, sub = av  # type: ignore[misc]
            body = _emit(sub, icase, dotall, False)
            if not body:
                continue
            # Upper bounds opened: a superset, and far smaller automata than {1,300}.
            out.append(f"(?:{body}){{{lo},}}" if lo else f"(?:{body})*")
        elif op is sre_c.AT:
            continue  # anchors (^, $, \b, \B, \A, \Z; Hyperscan has no \b in UCP mode): dropped, a superset
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            continue  # look-arounds restrict a match; without them the expression matches more
        else:
            raise Untranslatable(str(op))
    return "".join(out)


def superset_expressions(regex: str | re.Pattern[str], lowered: bool = False, underscore: bool = False,
                         short_tail: bool = False, first_word: bool = False) -> list[str]:
    """Hyperscan expressions (UTF-8, UCP) that together match at least wherever the Python ``regex`` does; a
    long alternation (a lexicon trie) is split into several expressions, one per branch.

    ``lowered``: ``regex`` runs on ``text.lower()``, the expressions on ``text`` (each letter stands for every
    character that lower-cases to it); ``underscore``: also read "_" as a space; ``short_tail``: end the
    expression at the first character of a final repeat (fewer match events; same starts); ``first_word``:
    end a phrase at its first whitespace (a lexicon of phrases becomes a much smaller set of words)."""
    pattern = regex.pattern if isinstance(regex, re.Pattern) else regex
    flags = regex.flags if isinstance(regex, re.Pattern) else 0
    parsed = sre_parse.parse(pattern, flags)
    gflags = parsed.state.flags
    icase, dotall = bool(gflags & sre_c.SRE_FLAG_IGNORECASE), bool(gflags & sre_c.SRE_FLAG_DOTALL)
    _MODE["lowered"], _MODE["underscore"], _MODE["first_word"] = lowered, underscore, first_word
    try:
        seq = _short_tail(list(parsed)) if short_tail else list(parsed)
        out = [e for part in _split(seq, icase, dotall) if (e := _emit(part, icase, dotall))]
    finally:
        _MODE["lowered"] = _MODE["underscore"] = _MODE["first_word"] = False
    if not out:
        raise Untranslatable("empty expression")
    return out


def _short_tail(seq: list[tuple[object, object]]) -> list[tuple[object, object]]:
    """``seq`` ending right after the first required character of its final element: every match of
    ``seq`` has a match of the result with the same start (a prefix of it)."""
    seq = list(seq)
    while seq:
        op, av = seq[-1]
        if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
            seq.pop()
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            lo, _hi, sub = av  # type: ignore[misc]
            if lo == 0:
                seq.pop()
                continue
            return [*seq[:-1], *(list(sub) * (lo - 1)), *_short_tail(list(sub))]
        elif op is sre_c.SUBPATTERN:
            _, add, delete, sub = av  # type: ignore[misc]
            return [*seq[:-1], (op, (None, add, delete, _short_tail(list(sub))))]
        else:
            return seq
    return seq


def superset_expression(regex: str | re.Pattern[str]) -> str:
    """One expression matching a superset of ``regex`` (an alternation of :func:`superset_expressions`)."""
    return "|".join(f"(?:{e})" for e in superset_expressions(regex))


def _split(seq: list[tuple[object, object]], icase: bool, dotall: bool) -> list[list[tuple[object, object]]]:
    """``seq`` as several sequences whose union matches the same, each short enough for Hyperscan: the
    alternation that emits longest is expanded into one sequence per branch, recursively."""
    lengths = [len(_emit([x], icase, dotall, k == len(seq) - 1)) for k, x in enumerate(seq)]
    if sum(lengths) <= _MAX_EXPRESSION:
        return [seq]
    best = max(range(len(seq)), key=lengths.__getitem__)
    op, av = seq[best]
    if not (op is sre_c.BRANCH or (op is sre_c.SUBPATTERN and not av[1] and not av[2])):  # type: ignore[index]
        # Not an alternation (an optional tail, a repeat): keep the part before it. Wherever the whole
        # sequence matches, its prefix matches at the same start: still a superset for "is there a match".
        if best == 0:
            raise Untranslatable("expression too long")
        return _split(seq[:best], icase, dotall)
    if op is sre_c.SUBPATTERN:
        return _split(seq[:best] + list(av[3]) + seq[best + 1 :], icase, dotall)  # type: ignore[index]
    return [piece for alt in av[1] for piece in _split(seq[:best] + list(alt) + seq[best + 1 :], icase, dotall)]  # type: ignore[index]


_HS_FLAGS = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_UCP | hyperscan.HS_FLAG_ALLOWEMPTY


@dataclass(slots=True)
class _Db:
    """One Hyperscan block-mode database and the id -> family map of its expressions."""

    db: hyperscan.Database | None
    families: list[str]
    som: set[int] = field(default_factory=set)  # ids compiled with start-of-match (capitalised pairs)

    @classmethod
    def build(cls, items: list[tuple[str, str | re.Pattern[str], bool, dict[str, bool]]]) -> tuple[_Db, set[str]]:
        """``items``: (family, regex, wants start of match, translation mode). Returns the db and the
        families that could not be translated (always possible). Built once per process for the same
        items: translating and compiling take about two seconds, and a database is read-only once built
        (scanning needs only a scratch space of its own, see :meth:`Prefilter._scratch`)."""
        key = tuple((family, (rx.pattern, rx.flags) if isinstance(rx, re.Pattern) else rx, want_som,
                     tuple(sorted(mode.items()))) for family, rx, want_som, mode in items)
        with _BUILT_LOCK:
            built = _BUILT.get(key)
            if built is None:
                digest = hashlib.sha256(f"{_CODE_VERSION}\0{key!r}".encode("utf-8", "surrogatepass")).hexdigest()
                built = cls._from_cache(digest)
                if built is None:
                    built = cls._build(items)
                    cls._to_cache(digest, *built)
                _BUILT[key] = built
        db, always = built
        return db, set(always)

    @classmethod
    def _from_cache(cls, digest: str) -> tuple[_Db, set[str]] | None:
        """A database serialized by an earlier process for the same items and the same code (the files of
        ``detectors.recache``; no directory set: None). A file Hyperscan refuses is built afresh."""
        got = recache.load_blob("hs", digest)
        if got is None:
            return None
        header, payload = got
        try:
            db = hyperscan.loadb(bytes(payload), hyperscan.HS_MODE_BLOCK) if header["compiled"] else None
            return cls(db, list(header["families"]), set(header["som"])), set(header["always"])
        except (hyperscan.error, KeyError, TypeError, ValueError) as e:
            log.warning("prefilter database cache file is invalid (%s): rebuilding it", type(e).__name__)
            return None

    @staticmethod
    def _to_cache(digest: str, db: _Db, always: set[str]) -> None:
        payload = hyperscan.dumpb(db.db) if db.db is not None else b""
        header = {"compiled": db.db is not None, "families": db.families, "som": sorted(db.som),
                  "always": sorted(always)}
        recache.store_blob("hs", digest, header, bytes(payload))

    @classmethod
    def _build(cls, items: list[tuple[str, str | re.Pattern[str], bool, dict[str, bool]]]) -> tuple[_Db, set[str]]:
        exprs: list[bytes] = []
        flags: list[int] = []
        families: list[str] = []
        som: set[int] = set()
        always: set[str] = set()
        for family, rx, want_som, mode in items:
            f = _HS_FLAGS | (hyperscan.HS_FLAG_SOM_LEFTMOST if want_som else hyperscan.HS_FLAG_SINGLEMATCH)
            try:
                pieces = [e.encode() for e in superset_expressions(rx, short_tail=want_som, **mode)]
            except (Untranslatable, re.error):
                always.add(family)
                continue
            for expr in pieces:
                if want_som:
                    som.add(len(exprs))
                exprs.append(expr)
                flags.append(f)
                families.append(family)
        db = None
        if exprs:
            db = hyperscan.Database()
            try:
                db.compile(expressions=exprs, ids=list(range(len(exprs))), elements=len(exprs), flags=flags)
            except hyperscan.error:
                # one expression Hyperscan refuses: find it, make its family always possible, build the rest
                bad = set()
                for i, (expr, f) in enumerate(zip(exprs, flags, strict=True)):
                    try:
                        hyperscan.Database().compile(expressions=[expr], ids=[0], elements=1, flags=[f])
                    except hyperscan.error:
                        bad.add(i)
                        always.add(families[i])
                keep = [i for i in range(len(exprs)) if i not in bad and families[i] not in always]
                exprs = [exprs[i] for i in keep]
                flags = [flags[i] for i in keep]
                som = {n for n, i in enumerate(keep) if i in som}
                families = [families[i] for i in keep]
                db = hyperscan.Database() if exprs else None
                if db is not None:
                    db.compile(expressions=exprs, ids=list(range(len(exprs))), elements=len(exprs), flags=flags)
        return cls(db, families, som), always


# _Db.build's databases by their items (a process builds the same prefilter for every engine it makes)
# and, across processes, in the files of detectors.recache under a key of the items and of this code:
# the Hyperscan version, its flags and this module's source (the translation of the regexes lives here).
_CODE_VERSION = repr((hyperscan.__version__, _HS_FLAGS, hashlib.sha256(Path(__file__).read_bytes()).hexdigest()))
_BUILT: dict[tuple[object, ...], tuple[_Db, set[str]]] = {}
_BUILT_LOCK = threading.Lock()


@dataclass(slots=True)
class Gate:
    """What may be found in one text (see the module docstring)."""

    patterns: list[bool]
    special: bool
    people: bool
    org: bool

    @property
    def nothing(self) -> bool:
        return not (self.special or self.people or self.org or any(self.patterns))


class Prefilter:
    """Two Hyperscan scans per text: the number view (pattern recognizers) and the text itself (lexicons,
    field labels, names, organisation lines; lower-casing is folded into the expressions)."""

    def __init__(self, pattern_prefilters: list[str | re.Pattern[str] | None],
                 lexicon_regexes: list[re.Pattern[str]], label_regexes: list[re.Pattern[str]],
                 people_regexes: list[tuple[re.Pattern[str], bool]], org_regexes: list[re.Pattern[str]],
                 may_start_name: Callable[[str], bool], header_names_category: Callable[[str], bool]) -> None:
        self._n = len(pattern_prefilters)
        plain: dict[str, bool] = {}
        self.view_db, view_always = _Db.build(
            [(f"p{i}", p, False, plain) for i, p in enumerate(pattern_prefilters) if p is not None])
        self._run_always = sorted({i for i, p in enumerate(pattern_prefilters) if p is None}
                                  | {int(f[1:]) for f in view_always})
        lowered = {"lowered": True, "first_word": True}
        # Characters whose lower case is longer than one character ("İ"): the lexicon then matches
        # case-insensitively on the text itself, which these expressions do not model -> no skip.
        longer = "".join(re.escape(chr(x)) for x in range(0x20000) if len(chr(x).lower()) > 1)
        self.text_db, text_always = _Db.build(
            [("special", rx, False, lowered) for rx in lexicon_regexes]
            + [("special", rx, False, {**lowered, "underscore": True}) for rx in label_regexes]
            + [("special", f"[{longer}]", False, plain)]
            + [("people", rx, som, plain) for rx, som in people_regexes]
            + [("org", rx, False, plain) for rx in org_regexes])
        self._always = text_always
        self._may_start_name = may_start_name
        self._header_names_category = header_names_category
        self._local = threading.local()  # Hyperscan scratch space: one per thread (a scan may not share it)

    def _scratch(self, db: hyperscan.Database) -> hyperscan.Scratch:
        scratches = getattr(self._local, "scratches", None)
        if scratches is None:
            scratches = self._local.scratches = {}
        got = scratches.get(id(db))
        if got is None:
            got = scratches[id(db)] = hyperscan.Scratch(db)
        return got

    def scan(self, text: str, view_text: str, tables: tuple[object, ...] = ()) -> Gate:
        """The gate of ``text`` whose number view (``detectors.normalize``) is ``view_text``."""
        try:
            data = text.encode("utf-8")
            view_data = data if view_text is text else view_text.encode("utf-8")
        except UnicodeEncodeError:
            # a lone surrogate is not UTF-8, and Hyperscan's UTF-8 mode is undefined on such input:
            # such a text is not skimmed (every family runs), so no crafted byte can make it fail open
            return Gate([True] * self._n, True, True, True)
        patterns = [False] * self._n
        for i in self._run_always:
            patterns[i] = True
        if self.view_db.db is not None:
            vdb = self.view_db

            def on_view(id_: int, _f: int, _t: int, _fl: int, _ctx: object) -> bool | None:
                patterns[int(vdb.families[id_][1:])] = True
                return None

            vdb.db.scan(view_data, match_event_handler=on_view, scratch=self._scratch(vdb.db))
        seen = set(self._always)
        if any(self._header_names_category(h) for t in tables for h in getattr(t, "header", ())):
            seen.add("special")
        if self.text_db.db is not None and len(seen) < 3:
            db = self.text_db

            def on_text(id_: int, start: int, end: int, _fl: int, _ctx: object) -> bool | None:
                fam = db.families[id_]
                if fam in seen:
                    return None
                if id_ in db.som and not self._pair_may_name(data, start, end):
                    return None
                seen.add(fam)
                return True if len(seen) == 3 else None  # every family possible: stop

            try:
                db.db.scan(data, match_event_handler=on_text, scratch=self._scratch(db.db))
            except hyperscan.ScanTerminated:
                pass
        return Gate(patterns, "special" in seen, "people" in seen, "org" in seen)

    def _pair_may_name(self, data: bytes, start: int, end: int) -> bool:
        """A capitalised-pair match [start, end) (its leftmost start, ending at the surname's first letter):
        may a true match there begin with a word that can start a name? Every word before the surname that
        is not glued to a word character or hyphen is a possible first word."""
        span = data[start:end].decode("utf-8", "replace")
        for i, ch in enumerate(span):
            if not ch.isalpha() or (i and (span[i - 1].isalnum() or span[i - 1] in "_-")):
                continue
            m = _WORD_TO_SPACE.match(span, i)
            if m is None or m.end() >= len(span):
                continue  # the last word of the span is the surname, not the first word
            if self._may_start_name(m.group().lower()):
                return True
        return False


# A possible first word of a capitalised pair: up to the next space or no-break space.
_WORD_TO_SPACE = re.compile(r"[^ \u00a0]+")
