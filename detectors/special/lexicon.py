"""Load the per-category, per-language lexicons and compile them into one trie regex.

File format: see ``detectors/lexicons/README.md``. One combined regex finds every stem in one
pass over the text; each hit is then checked against the entry's anchoring (whole word,
prefix, suffix or infix) so Dutch and German compounds match by stem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from detectors import recache
from detectors.patterns import trie_regex

CATEGORIES: dict[str, str] = {
    "health": "ART9_HEALTH",
    "ethnic_origin": "ART9_ETHNIC_ORIGIN",
    "political_opinion": "ART9_POLITICAL_OPINION",
    "religion": "ART9_RELIGION",
    "trade_union": "ART9_TRADE_UNION",
    "genetic": "ART9_GENETIC",
    "biometric": "ART9_BIOMETRIC",
    "sex_life": "ART9_SEX_LIFE",
    "criminal": "ART10_CRIMINAL",
}
LANGUAGES = ("nl", "fr", "de", "en")


def _read_list(text: str) -> list[str]:
    """Non-empty, lower-cased lines without ``#`` comments."""
    out = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip().lower()
        if line:
            out.append(line)
    return out


def _expand(lines: list[str], fills: dict[str, list[str]]) -> list[str]:
    """Expand ``{party}`` / ``{union}`` placeholders with every name of that gazetteer."""
    out: list[str] = []
    for line in lines:
        slot = next((k for k in fills if k in line), None)
        if slot is None:
            out.append(line)
        else:
            out.extend(line.replace(slot, name) for name in fills[slot])
    return out


def gazetteer_fills() -> dict[str, list[str]]:
    """The ``{party}`` / ``{union}`` placeholders: every name of ``gazetteers/parties.txt`` / ``unions.txt``."""
    gazetteers = resources.files("detectors").joinpath("gazetteers")
    return {
        "{party}": _read_list(gazetteers.joinpath("parties.txt").read_text(encoding="utf-8")),
        "{union}": _read_list(gazetteers.joinpath("unions.txt").read_text(encoding="utf-8")),
    }


def _ws(pattern: str) -> str:
    """Let a space inside a phrase match 1-3 whitespace characters (line breaks included)."""
    return pattern.replace(r"\ ", r"\s{1,3}")


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon line: the entity it signals and how the stem must sit in its word."""

    entity: str
    lang: str
    prefix_ok: bool  # text may continue after the stem inside the word (``stem*``)
    suffix_ok: bool  # text may precede the stem inside the word (``*stem``)
    needs_medical: bool = False  # ``~word``: only with a body part / medical word (special/medical.py)
    requires: str = ""  # ``entry => {party}``: field vocabularies only, the value must name one
    absence: bool = False  # ``entry [absence]``: states only an absence for sickness (no diagnosis, no reason)


# The marker of an entry that only states an absence for sickness ("ziek", "en congé maladie",
# "krankgeschrieben", "off sick"): a health finding whose evidence is only such words is allowed under
# the ``absence_without_reason`` exception (special/recognizer.py; policy: ``detector_exceptions``).
ABSENCE_TAG = "[absence]"


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    entity: str
    lang: str
    needs_medical: bool = False
    requires: str = ""
    absence: bool = False  # the whole word is an entry marked ``[absence]``


class Lexicon:
    """All lexicons, compiled into one regex at load time."""

    def __init__(self, entries: dict[str, list[Entry]]) -> None:
        self.entries = entries
        # Stems that must start a word are searched only at word starts (\b: much cheaper);
        # compound heads / infixes (``*stem``) anywhere. Both run on the lower-cased text; the
        # IGNORECASE variants serve texts whose length changes when lower-cased.
        word_start = [c for c, es in entries.items() if not any(e.suffix_ok for e in es)]
        anywhere = [c for c, es in entries.items() if any(e.suffix_ok for e in es)]
        # Entries with a one-word wildcard ("d'origine ?", "of ? origin") get their own regex.
        wild = {c: es for c, es in entries.items() if "?" in c}
        word_start = [c for c in word_start if c not in wild]
        anywhere = [c for c in anywhere if c not in wild]
        self._wild_entries = list(wild.values())
        wild_alts = "|".join(
            f"(?P<w{i}>" + _ws(re.escape(c)).replace(r"\?", r"[^\W\d_]{2,30}") + ")" for i, c in enumerate(wild)
        ) or r"(?!x)x"
        self._wild = recache.compile(r"\b(?:" + wild_alts + r")(?!\w)")
        self._wild_icase = recache.compile(r"\b(?:" + wild_alts + r")(?!\w)", re.IGNORECASE)
        # Cheap first pass: the literal words before the wildcard; the full regex only runs there.
        starts = _ws(trie_regex({c.split("?", 1)[0].strip() for c in wild}))
        self._wild_start = recache.compile(r"\b" + starts)
        self._wild_start_icase = recache.compile(r"\b" + starts, re.IGNORECASE)
        head = _ws(trie_regex(word_start))
        inner = _ws(trie_regex(anywhere))
        self._lower = [recache.compile(r"\b" + head), recache.compile(inner)]
        self._icase = [recache.compile(r"\b" + head, re.IGNORECASE), recache.compile(inner, re.IGNORECASE)]

    def regexes(self) -> list[re.Pattern[str]]:
        """The compiled regexes every hit of :meth:`hits` on a lower-cased text comes from (the wildcard
        entries by their literal start); the prefilter is built from them."""
        return [*self._lower, self._wild_start] if self._wild_entries else list(self._lower)

    @classmethod
    def load(cls, directory: str = "lexicons", categories: dict[str, str] | None = None) -> Lexicon:
        """Every ``<category>.<lang>.txt`` of ``detectors/<directory>`` (default: the Art. 9/10 lexicons)."""
        root = resources.files("detectors").joinpath(directory)
        fills = gazetteer_fills()
        entries: dict[str, list[Entry]] = {}
        for cat, entity in (categories or CATEGORIES).items():
            for lang in LANGUAGES:
                f = root.joinpath(f"{cat}.{lang}.txt")
                if not f.is_file():
                    continue
                for raw in _read_list(f.read_text(encoding="utf-8")):
                    entry, _, requires = (x.strip() for x in raw.partition("=>"))
                    absence = entry.endswith(ABSENCE_TAG)
                    entry = entry.removesuffix(ABSENCE_TAG).strip()
                    for line in _expand([entry], fills):
                        cls._add(entries, line, entity, lang, requires.strip("{}"), absence)
        return cls(entries)

    @staticmethod
    def _add(entries: dict[str, list[Entry]], line: str, entity: str, lang: str, requires: str,
             absence: bool = False) -> None:
        needs_medical = line.startswith("~")
        line = line.lstrip("~")
        suffix_ok = line.startswith("*")
        prefix_ok = line.endswith("*")
        core = " ".join(line.strip("*").split())
        if len(core) >= 2:
            entries.setdefault(core, []).append(Entry(entity, lang, prefix_ok, suffix_ok, needs_medical, requires,
                                                           absence))

    def hits(self, text: str, max_hits: int = 5000) -> list[Hit]:
        """Every anchored lexicon hit in ``text`` (at most ``max_hits``), left to right."""
        out: list[Hit] = []
        n = len(text)
        low = text.lower()
        if len(low) == n:
            target, regexes = low, self._lower
        else:
            target, regexes = text, self._icase
        wild, wild_start = (self._wild, self._wild_start) if target is low else (
            self._wild_icase, self._wild_start_icase)
        matches = [m for rx in regexes for m in rx.finditer(target)]
        for ws in wild_start.finditer(target):
            wm = wild.match(target, ws.start())
            if wm is not None:
                matches.append(wm)
        matches.sort(key=lambda m: m.start())
        for m in matches:
            s, e = m.span()
            if m.re is wild:
                entries = self._wild_entries[int((m.lastgroup or "w0")[1:])]
            else:
                entries = self.entries.get(" ".join(m.group().lower().split()))
            if not entries:
                continue
            at_word_start = s == 0 or not text[s - 1].isalnum()
            at_word_end = e == n or not text[e].isalnum()
            # An absence word is only the whole word: not a compound led by it ("ziekte-uitkering",
            # "ziektegeschiedenis"), whose other part may be the medical detail.
            whole_word = at_word_start and at_word_end and not (
                e + 1 < n and text[e] == "-" and text[e + 1].isalnum())
            seen: set[str] = set()
            for entry in entries:
                if entry.entity in seen:
                    continue
                if (at_word_start or entry.suffix_ok) and (at_word_end or entry.prefix_ok):
                    seen.add(entry.entity)
                    absence = whole_word and any(
                        x.absence for x in entries if x.entity == entry.entity and not (x.prefix_ok or x.suffix_ok))
                    out.append(Hit(s, e, entry.entity, entry.lang, entry.needs_medical, entry.requires, absence))
            if len(out) >= max_hits:
                break
        return out
