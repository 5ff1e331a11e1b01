"""The detection engine: runs the registered recognizers over text segments and returns findings.

Per segment (a long one in overlapping chunks, see :func:`chunks`), cheapest first:
  1. pattern recognizers (compiled regexes + python-stdnum checksums + context words);
  2. Art. 9 / Art. 10: records (table rows, "Label: value" blocks) whose column header or label names
     a category, and lexicon hits in prose, each tied to a person by one scored decision or dropped;
  3. person names (rules) for the PERSON findings, organisation lines in signatures;
  4. exceptions (professional contact, organisation IBAN, public fee) -> ``allowed``;
  5. overlaps resolved (a blocking identifier wins over a phone number on the same digits);
  6. snippets masked (``detectors.masking``): the raw value never leaves this module, and the
     ``explain`` record of a finding (rule, tie by kind and initials, distance, score, exception)
     holds no content either.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from operator import attrgetter

from presidio_analyzer import EntityRecognizer, RecognizerResult

from detectors.base import DlpPatternRecognizer
from detectors.exceptions import BLOCKING_TYPES, CONTACT_KINDS, contact_exception, iban_exception
from detectors.masking import IdentifierMasker, mask_for
from detectors.nlp import load_french_ner
from detectors.normalize import NumberView
from detectors.options import DetectorOptions
from detectors.patterns import SpanIndex
from detectors.people import PeopleFinder
from detectors.prefilter import Prefilter
from detectors.registry import LANGUAGE, build_registry
from detectors.special.decision import TieModel
from detectors.special.recognizer import EXCEPTION_KEY, EXPLAIN_KEY, SpecialCategoryRecognizer
from detectors.text_context import TextContext
from gateway.model import Finding, Segment, Table

IDENTIFIER_TYPES = frozenset({"BE_NATIONAL_NUMBER", "BE_BIS_NUMBER", "NL_BSN"})
# The options only ``detect`` reads (every other one shapes what __init__ builds): see ``with_options``.
DETECT_TIME_OPTIONS = frozenset({"org_ibans", "min_score", "report_allowed"})
# Texts longer than CHUNK_CHARS are scanned in chunks of that size that overlap by OVERLAP_CHARS on
# each side: a finding belongs to the chunk whose core holds its start, so one across a border is
# found once, with all its context (the widest window any rule uses is 300 characters).
CHUNK_CHARS = 1 << 20
OVERLAP_CHARS = 4096
# Allowed contact findings (PERSON, EMAIL_ADDRESS, ...) reported per text (a chunk of a long one): they never
# block, and a 400 000-row staff list would otherwise carry a finding per name. Blocking ones are not capped.
MAX_ALLOWED_PER_TEXT = 2000

_ORG_LINE = re.compile(
    r"^[ \t>]{0,8}(?P<v>[^\n]{0,80}\b(?:FOD|SPF|FPS|POD|SPP|Federale Overheidsdienst|Service public|"
    r"Ministerie|Ministère|Ministerium|Ministry|Agentschap|Agence|Agency|Gemeente|Stad|Ville|Commune|Gemeinde|"
    r"Stadt|OCMW|CPAS|Provincie|Province|Directie|Direction|Direktion|Directorate|vzw|asbl|VoG|NV|BV|SA|SRL|"
    r"BVBA|SPRL|GmbH|AG|Ltd|Inc|Universiteit|Université|Universität|University|Hogeschool|Ziekenhuis|Hôpital|"
    r"Krankenhaus|Hospital)\b[^\n]{0,80})\r?$",
    re.MULTILINE,
)


class DetectionEngine:
    """Loads recognizers once; ``detect`` is pure and safe to call per message."""

    def __init__(self, options: DetectorOptions | None = None, defer_prefilter: bool = False) -> None:
        self.options = options or DetectorOptions()
        self.registry = build_registry(LANGUAGE)
        self.pattern_recognizers: list[DlpPatternRecognizer] = [
            r for r in self.registry.recognizers if isinstance(r, DlpPatternRecognizer)
        ]
        ner = load_french_ner() if self.options.french_ner else None
        self.people = PeopleFinder(ner=ner)
        self.special = SpecialCategoryRecognizer(self.people, supported_language=LANGUAGE,
                                                 model=TieModel.load(self.options.tie_model))
        self.registry.add_recognizer(self.special)
        self._masker = IdentifierMasker(self.pattern_recognizers)
        # Compiling the prefilter takes about two seconds: a cold scanner template defers it (its scanners run
        # every recognizer, correct and slower) and the warm one builds it once for all its scanners.
        self.prefilter: Prefilter | None = None
        if self.options.prefilter and not defer_prefilter:
            self.load_prefilter()

    def with_options(self, options: DetectorOptions) -> DetectionEngine:
        """An engine for ``options``: this one's recognizers shared when only options that ``detect`` reads
        differ (``DETECT_TIME_OPTIONS``: the organisation's IBANs, ...), else a new engine. A scanner template
        builds one for the default options before its configuration arrives (start-up time)."""
        if options == self.options:
            return self
        same_build = all(getattr(options, f) == getattr(self.options, f)
                         for f in DetectorOptions.__dataclass_fields__ if f not in DETECT_TIME_OPTIONS)
        if not same_build:
            return DetectionEngine(options, defer_prefilter=self.prefilter is None)
        twin = copy.copy(self)
        twin.options = options
        return twin

    def load_prefilter(self) -> None:
        """Build the prefilter (``DetectorOptions.prefilter``) if it is not built yet."""
        if self.options.prefilter and self.prefilter is None:
            self.prefilter = build_prefilter(self)

    @property
    def recognizers(self) -> list[EntityRecognizer]:
        return list(self.registry.recognizers)

    @property
    def entities(self) -> list[str]:
        return sorted({e for r in self.registry.recognizers for e in r.supported_entities}
                      | {"PERSON", "ORGANIZATION"})

    def mask_identifiers(self, text: str, digit_runs: bool = True) -> str:
        """``text`` (a location, a detail: a short string) with every national/BIS number, BSN,
        IBAN and card number in it masked, and (``digit_runs``) any other run of nine or more digits."""
        return self._masker.mask(text, digit_runs)

    def detect(self, segments: list[Segment]) -> list[Finding]:
        findings: list[Finding] = []
        for seg in segments:
            if seg.text and not seg.text.isspace():
                findings.extend(self.detect_segment(seg))
        return findings

    def detect_segment(self, seg: Segment) -> list[Finding]:
        """All findings of one segment; a text longer than ``CHUNK_CHARS`` in overlapping chunks (bounded
        memory, linear time, offsets absolute, tables split by whole rows)."""
        if len(seg.text) <= CHUNK_CHARS:
            return self.detect_text(seg.text, seg.location, seg.tables)
        out: list[Finding] = []
        seen: set[tuple[str, str, int, int]] = set()
        for chunk in chunks(seg.text, seg.tables):
            shift = chunk.offset - chunk.prefix
            for f in self.detect_text(chunk.text, seg.location, chunk.tables):
                if f.start < chunk.prefix:
                    continue  # inside the repeated header line: found with the table's first chunk
                start = f.start + shift
                if not chunk.core_start <= start < chunk.core_end:
                    continue  # another chunk owns it
                key = (f.entity_type, f.location, start, f.end + shift)
                if key not in seen:
                    seen.add(key)
                    out.append(replace(f, start=start, end=f.end + shift))
        return out

    def detect_text(self, text: str, location: str = "text", tables: tuple[Table, ...] = ()) -> list[Finding]:
        """All findings in one text (one segment or chunk); ``tables`` are its ``Segment.tables``."""
        gate = None
        if self.prefilter is not None:
            gate = self.prefilter.scan(text, NumberView.of(text).text, tables)
            if gate.nothing:
                return []
        ctx = TextContext(text, self.people, tables)
        if gate is not None and not gate.people:
            ctx.__dict__["names"] = []  # what PeopleFinder.names returns here, proven by the prefilter
        results: list[RecognizerResult] = []
        for i, rec in enumerate(self.pattern_recognizers):
            if gate is None or gate.patterns[i]:
                results.extend(rec.analyze(text, rec.supported_entities, None))
        results = [r for r in results if r.score >= self.options.min_score]
        ctx.id_spans = SpanIndex((r.start, r.end) for r in results if r.entity_type in IDENTIFIER_TYPES)
        if gate is None or gate.special:
            results.extend(r for r in self.special.analyze(text, None, ctx) if r.score >= self.options.min_score)
        if self.options.report_allowed and (gate is None or gate.people or gate.org):
            results.extend(self._people_and_orgs(ctx))
        results = self._resolve_overlaps(results)
        contact = [r for r in results if r.entity_type in CONTACT_KINDS]
        if len(contact) > MAX_ALLOWED_PER_TEXT:
            drop = {id(r) for r in contact[MAX_ALLOWED_PER_TEXT:]}
            results = [r for r in results if id(r) not in drop]
        return self._to_findings(ctx, location, results)

    # ------------------------------------------------------------------------------------------
    def _people_and_orgs(self, ctx: TextContext) -> list[RecognizerResult]:
        out = [RecognizerResult("PERSON", m.start, m.end, 0.6 if m.kind == "name" else 0.7) for m in ctx.names]
        for start, end in ctx.signatures.spans:
            for m in _ORG_LINE.finditer(ctx.text, start, end):
                out.append(RecognizerResult("ORGANIZATION", m.start("v"), m.end("v"), 0.6))
        return out

    @staticmethod
    def _resolve_overlaps(results: list[RecognizerResult]) -> list[RecognizerResult]:
        """Blocking identifiers win over contact kinds on the same characters; no exact duplicates."""
        blocking = SpanIndex((r.start, r.end) for r in results
                             if r.entity_type in BLOCKING_TYPES and not r.entity_type.startswith("ART"))
        ibans = SpanIndex((r.start, r.end) for r in results if r.entity_type == "IBAN_CODE")
        kbo = SpanIndex((r.start, r.end) for r in results if r.entity_type == "BE_ENTERPRISE_NUMBER")
        keep: list[RecognizerResult] = []
        seen: set[tuple[str, int, int]] = set()
        # by start, then longest first (two stable sorts with C keys: a staff list has a name per row)
        ordered = sorted(results, key=attrgetter("end"), reverse=True)
        ordered.sort(key=attrgetter("start"))
        for r in ordered:
            key = (r.entity_type, r.start, r.end)
            if key in seen:
                continue
            if r.entity_type in CONTACT_KINDS and blocking.any(r.start, r.end):
                continue
            if r.entity_type == "PHONE_NUMBER" and kbo.any(r.start, r.end):
                continue
            if r.entity_type == "CREDIT_CARD" and any(s <= r.start and r.end <= e
                                                      for s, e in ibans.overlapping(r.start, r.end)):
                continue
            seen.add(key)
            keep.append(r)
        return keep

    def _to_findings(self, ctx: TextContext, location: str, results: list[RecognizerResult]) -> list[Finding]:
        findings: list[Finding] = []
        for r in results:
            exception: str | None = None
            if r.entity_type in CONTACT_KINDS:
                exception = contact_exception(ctx, r.entity_type, r.start, r.end)
            elif r.entity_type == "IBAN_CODE":
                exception = iban_exception(ctx, r.start, r.end, self.options.org_ibans)
            elif r.recognition_metadata and r.recognition_metadata.get(EXCEPTION_KEY):
                exception = str(r.recognition_metadata[EXCEPTION_KEY])  # absence_without_reason (special/)
            if exception is not None and not self.options.report_allowed:
                continue
            meta = r.recognition_metadata or {}
            findings.append(Finding(
                entity_type=r.entity_type,
                location=location + str(meta.get("location") or ""),
                start=r.start,
                end=r.end,
                score=float(r.score),
                allowed=exception is not None,
                exception=exception,
                snippet=mask_for(r.entity_type, ctx.text[r.start : r.end]),
                explain=_explain(r, meta, exception),
            ))
        return findings


def build_prefilter(engine: DetectionEngine) -> Prefilter:
    """The prefilter of ``engine``, from its recognizers' own patterns and lexicons (``detectors.prefilter``)."""
    from detectors.people import FAMILY_NAME, NAME_PAIR, TITLE_NAME
    from detectors.special.lexicon import Lexicon
    from detectors.special.records import _ART, field_vocabulary

    lexicon = engine.special.lexicon
    vocab = field_vocabulary()
    # Labels that can make a record finding: the Art. 9/10 categories and the STR loci of a genetic profile.
    wanted = _ART | {"FIELD_STR_LOCUS"}
    labels = Lexicon({c: kept for c, es in vocab.lexicon.entries.items()
                      if (kept := [e for e in es if e.entity in wanted])})

    def header_names_category(cell: str) -> bool:
        label = vocab.classify(cell)
        return bool(label.categories or label.locus)

    return Prefilter(
        [r.PREFILTER for r in engine.pattern_recognizers],
        lexicon.regexes(), labels.regexes(),
        [(TITLE_NAME, False), (FAMILY_NAME, False), (NAME_PAIR, True)], [_ORG_LINE],
        engine.people.may_start_name, header_names_category,
    )


def _explain(r: RecognizerResult, meta: dict[str, object], exception: str | None) -> dict[str, object]:
    """The content-free account of one finding (``Finding.explain``)."""
    explain = dict(meta.get(EXPLAIN_KEY) or {})  # type: ignore[call-overload]
    if not explain:
        rule = meta.get("pattern") or meta.get(RecognizerResult.RECOGNIZER_NAME_KEY) or "people"
        explain = {"rule": str(rule), "score": round(float(r.score), 3)}
    explain["exception"] = exception or "none"
    return explain


@dataclass(frozen=True, slots=True)
class Chunk:
    """One window of a long text: ``text`` = ``prefix`` characters of a repeated table header line, then
    ``source[offset:offset + len(text) - prefix]``; it owns the findings starting in [core_start, core_end)."""

    text: str
    offset: int
    prefix: int
    core_start: int
    core_end: int
    tables: tuple[Table, ...]


def _cut(text: str, target: int, floor: int) -> int:
    """A chunk border at or before ``target``: after a line break, else after a space, else ``target``."""
    if target >= len(text):
        return len(text)
    nl = text.rfind("\n", floor, target)
    if nl != -1:
        return nl + 1
    sp = text.rfind(" ", floor, target)
    return sp + 1 if sp != -1 else target


def _line_start(text: str, pos: int, reach: int, tables: tuple[Table, ...]) -> int:
    """The start of the line holding ``pos`` if it is at most ``reach`` back (always, inside a table)."""
    inside = any(t.start <= pos < t.end for t in tables)
    nl = text.rfind("\n", 0 if inside else max(0, pos - reach), pos)
    return nl + 1 if nl != -1 or inside else pos


def _line_end(text: str, pos: int, reach: int, tables: tuple[Table, ...]) -> int:
    inside = any(t.start <= pos < t.end for t in tables)
    nl = text.find("\n", pos, len(text) if inside else pos + reach)
    return nl if nl != -1 else (len(text) if inside else pos)


def chunks(text: str, tables: tuple[Table, ...] = (), size: int = CHUNK_CHARS,
           overlap: int = OVERLAP_CHARS) -> Iterator[Chunk]:
    """Overlapping windows of ``text`` (see :class:`Chunk`); borders fall on line breaks where there are
    some, so table rows are never split, and each window's tables are the rows it holds (with the table's
    header line repeated in front when the window starts inside a table)."""
    n = len(text)
    core_start = 0
    rows_before: dict[int, tuple[int, int]] = {}  # table index -> (position counted to, rows before it)
    while core_start < n:
        core_end = _cut(text, core_start + size, core_start + size // 2)
        lo = 0 if core_start == 0 else _line_start(text, max(0, core_start - overlap), overlap, tables)
        hi = n if core_end >= n else _line_end(text, min(n, core_end + overlap), overlap, tables)
        prefix = ""
        sub: list[Table] = []
        for i, t in enumerate(tables):
            if t.end < lo or t.start >= hi:
                continue
            s, e = max(t.start, lo), min(t.end, hi)
            pos, before = rows_before.get(i, (t.start, 0))
            before += text.count("\n", pos, s)
            rows_before[i] = (s, before)
            count = text.count("\n", s, e) + 1
            if before + count <= len(t.rows):  # the common case: every row numbered (TableText)
                numbers = tuple(t.rows[before : before + count])
            else:
                numbers = tuple(t.row_number(before + k) for k in range(count))
            if s > t.start and t.header and not prefix and not sub:
                hstart = text.rfind("\n", 0, max(0, t.start - 1)) + 1
                prefix = text[hstart : t.start]
            sub.append(Table(s, e, t.header, numbers, t.label))
        shift = len(prefix) - lo
        moved = tuple(Table(t.start + shift, t.end + shift, t.header, t.rows, t.label) for t in sub)
        yield Chunk(prefix + text[lo:hi], lo, len(prefix), core_start, core_end, moved)
        core_start = core_end
