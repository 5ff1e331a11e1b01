"""The detection engine: runs the registered recognizers over text segments and returns findings.

Per segment, cheapest first:
  1. pattern recognizers (compiled regexes + python-stdnum checksums + context words);
  2. the Art. 9 / Art. 10 lexicon (one pass), each hit tied to a person or dropped;
  3. person names (rules) for the PERSON findings, organisation lines in signatures;
  4. exceptions (professional contact, organisation IBAN, public fee) -> ``allowed``;
  5. overlaps resolved (a blocking identifier wins over a phone number on the same digits);
  6. snippets masked (``detectors.masking``): the raw value never leaves this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from presidio_analyzer import EntityRecognizer, RecognizerResult

from detectors.base import DlpPatternRecognizer
from detectors.exceptions import BLOCKING_TYPES, CONTACT_KINDS, contact_exception, iban_exception
from detectors.masking import IdentifierMasker, mask_for
from detectors.nlp import load_french_ner
from detectors.patterns import SpanIndex, alnum_upper
from detectors.people import PeopleFinder
from detectors.registry import LANGUAGE, build_registry
from detectors.special.recognizer import SpecialCategoryRecognizer
from detectors.text_context import TextContext
from gateway.model import Finding, Segment

IDENTIFIER_TYPES = frozenset({"BE_NATIONAL_NUMBER", "BE_BIS_NUMBER", "NL_BSN"})

_ORG_LINE = re.compile(
    r"^[ \t>]{0,8}(?P<v>[^\n]{0,80}\b(?:FOD|SPF|FPS|POD|SPP|Federale Overheidsdienst|Service public|"
    r"Ministerie|Ministère|Ministerium|Ministry|Agentschap|Agence|Agency|Gemeente|Stad|Ville|Commune|Gemeinde|"
    r"Stadt|OCMW|CPAS|Provincie|Province|Directie|Direction|Direktion|Directorate|vzw|asbl|VoG|NV|BV|SA|SRL|"
    r"BVBA|SPRL|GmbH|AG|Ltd|Inc|Universiteit|Université|Universität|University|Hogeschool|Ziekenhuis|Hôpital|"
    r"Krankenhaus|Hospital)\b[^\n]{0,80})\r?$",
    re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class DetectorOptions:
    """Tuning that comes from the organisation's policy (e.g. its own IBANs)."""

    org_ibans: frozenset[str] = field(default_factory=frozenset)
    min_score: float = 0.5
    # Use spaCy fr_core_news_sm person entities (in a small window) to tie French Art. 9 hits.
    french_ner: bool = True
    # Report allowed contact kinds (PERSON, EMAIL_ADDRESS, ...). Off = only blocking types.
    report_allowed: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "org_ibans", frozenset(alnum_upper(i) for i in self.org_ibans))


class DetectionEngine:
    """Loads recognizers once; ``detect`` is pure and safe to call per message."""

    def __init__(self, options: DetectorOptions | None = None) -> None:
        self.options = options or DetectorOptions()
        self.registry = build_registry(LANGUAGE)
        self.pattern_recognizers: list[DlpPatternRecognizer] = [
            r for r in self.registry.recognizers if isinstance(r, DlpPatternRecognizer)
        ]
        ner = load_french_ner() if self.options.french_ner else None
        self.people = PeopleFinder(ner=ner)
        self.special = SpecialCategoryRecognizer(self.people, supported_language=LANGUAGE)
        self.registry.add_recognizer(self.special)
        self._masker = IdentifierMasker(self.pattern_recognizers)

    @property
    def recognizers(self) -> list[EntityRecognizer]:
        return list(self.registry.recognizers)

    @property
    def entities(self) -> list[str]:
        return sorted({e for r in self.registry.recognizers for e in r.supported_entities}
                      | {"PERSON", "ORGANIZATION"})

    def mask_identifiers(self, text: str) -> str:
        """``text`` (a location, a detail: a short string) with every national/BIS number, BSN,
        IBAN and card number in it masked, and any other run of nine or more digits too."""
        return self._masker.mask(text)

    def detect(self, segments: list[Segment]) -> list[Finding]:
        findings: list[Finding] = []
        for seg in segments:
            if seg.text and not seg.text.isspace():
                findings.extend(self.detect_text(seg.text, seg.location))
        return findings

    def detect_text(self, text: str, location: str = "text") -> list[Finding]:
        """All findings in one text (one segment)."""
        ctx = TextContext(text, self.people)
        results: list[RecognizerResult] = []
        for rec in self.pattern_recognizers:
            results.extend(rec.analyze(text, rec.supported_entities, None))
        results = [r for r in results if r.score >= self.options.min_score]
        ctx.id_spans = SpanIndex((r.start, r.end) for r in results if r.entity_type in IDENTIFIER_TYPES)
        results.extend(r for r in self.special.analyze(text, None, ctx) if r.score >= self.options.min_score)
        if self.options.report_allowed:
            results.extend(self._people_and_orgs(ctx))
        return self._to_findings(ctx, location, self._resolve_overlaps(results))

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
        for r in sorted(results, key=lambda r: (r.start, -r.end)):
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
            if exception is not None and not self.options.report_allowed:
                continue
            findings.append(Finding(
                entity_type=r.entity_type,
                location=location,
                start=r.start,
                end=r.end,
                score=float(r.score),
                allowed=exception is not None,
                exception=exception,
                snippet=mask_for(r.entity_type, ctx.text[r.start : r.end]),
            ))
        return findings
