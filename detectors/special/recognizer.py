"""Art. 9 special categories and Art. 10 criminal data, reported only when tied to an identifiable person.

Two sources of findings, one per record or lexicon hit:

1. Records (``records.py``): a table column header or a form label names the category, and the row /
   block identifies a person (a name, a national number, a staff number) -> a finding per row and
   category, located at the row (``!row=14``).
2. Lexicon hits in prose (``detectors/lexicons``): each hit gets the features of ``ties.py`` (evidence of
   a person: national number, dossier subject, possessive, pronoun, title + surname, known given name +
   surname, French NER, capitalised pair; and how generic the context is: campaigns, tenders,
   procedures, aggregates, plural subjects, circulars...) and one scored decision
   (``decision.TieModel``, weights as data) says whether it is data about a specific person. Hits in a
   table row tie only to that row's person; hits in a table header are column names, not data.

Names in salutation lines and in the sender's signature do not tie; hits inside the signature (the
sender's department or function) are ignored. Generic use (a staff vaccination campaign, a new
criminal code, a strike notice, a hate-crime statistic) has no tie, or one the context cancels.
"""

from __future__ import annotations

import bisect

from presidio_analyzer import EntityRecognizer, RecognizerResult

from detectors.exceptions import ABSENCE_EXCEPTION
from detectors.people import PeopleFinder
from detectors.special.decision import TieModel
from detectors.special.lexicon import CATEGORIES, Hit, Lexicon
from detectors.special.medical import medical_context
from detectors.special.ties import TieFeatures
from detectors.text_context import TextContext

# An ambiguous word ("operatie") is medical next to an unambiguous health or genetic hit.
MEDICAL_ENTITIES = frozenset({"ART9_HEALTH", "ART9_GENETIC"})
MEDICAL_HIT_WINDOW = 250
EXPLAIN_KEY = "explain"
# Where a finding's exception travels to the engine (``absence_without_reason``: detectors/exceptions.py).
EXCEPTION_KEY = "exception"
# ``Finding.score`` of a reported hit: how it is tied to a person (the policy's ``score_below`` override
# condition reads it: docs/policy.md). The decision's probability is ``explain["score"]``.
TIE_SCORES = {"id": 0.95, "row": 0.9, "field": 0.9, "subject": 0.85, "possessive": 0.85, "possessive2": 0.85,
              "pronoun": 0.8, "pronoun2": 0.8, "title": 0.8, "name": 0.75, "listed": 0.75, "ner": 0.7,
              "cappair": 0.65}


def _is_absence(hits: list[Hit], res: RecognizerResult) -> bool:
    """The health finding ``res`` is an absence word (an entry marked ``[absence]``)."""
    return any(h.absence and h.start == res.start and h.end == res.end and h.entity == res.entity_type
               for h in hits)


def _near(starts: list[int], pos: int, window: int) -> bool:
    """True when a position in the sorted ``starts`` lies within ``window`` characters of ``pos``."""
    i = bisect.bisect_left(starts, pos - window)
    return i < len(starts) and starts[i] <= pos + window


class SpecialCategoryRecognizer(EntityRecognizer):
    """Presidio recognizer for the ART9_* and ART10_CRIMINAL entities (records + lexicon + person tie)."""

    ENTITIES = sorted(set(CATEGORIES.values()))

    def __init__(self, people: PeopleFinder, lexicon: Lexicon | None = None,
                 supported_language: str = "xx", model: TieModel | None = None) -> None:
        self.people = people
        self.lexicon = lexicon or Lexicon.load()
        self.model = model or TieModel.load()
        super().__init__(supported_entities=self.ENTITIES, name=type(self).__name__,
                         supported_language=supported_language)

    def load(self) -> None:  # everything is loaded in __init__
        pass

    def _result(self, entity: str, start: int, end: int, score: float, explain: dict[str, object],
                location: str = "") -> RecognizerResult:
        return RecognizerResult(
            entity_type=entity, start=start, end=end, score=score,
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                                  EXPLAIN_KEY: explain, "location": location},
        )

    def analyze(self, text: str, entities: list[str] | None = None,
                nlp_artifacts: object = None) -> list[RecognizerResult]:
        ctx = nlp_artifacts if isinstance(nlp_artifacts, TextContext) else TextContext(text, self.people)
        wanted = set(entities or self.ENTITIES)
        results: list[RecognizerResult] = []
        records = ctx.records
        for rh in records.hits:
            if rh.entity in wanted:
                results.append(self._result(rh.entity, rh.start, rh.end, rh.score, rh.explain(text),
                                            rh.record.suffix))
        for res in self.candidates(ctx, wanted):
            results.append(res)
        return results

    def candidates(self, ctx: TextContext, wanted: set[str], keep_all: bool = False) -> list[RecognizerResult]:
        """Lexicon (and unlabelled form-field) hits with their decision; ``keep_all`` also returns the ones
        the decision rejects (score < threshold; ``tools/fit_tie_model.py`` learns from both)."""
        text = ctx.text
        records = ctx.records
        hits = self.lexicon.hits(text)
        hits += [Hit(s, e, entity, "") for entity, s, e, _ in records.unidentified]
        hits.sort(key=lambda h: h.start)
        labelled = {(s, e) for _, s, e, _ in records.unidentified}
        medical_hits = [h.start for h in hits if h.entity in MEDICAL_ENTITIES and not h.needs_medical]
        counts: dict[str, int] = {}
        for h in hits:
            counts[h.entity] = counts.get(h.entity, 0) + 1
        features = TieFeatures(ctx, all_features=keep_all, model=self.model)
        out: list[RecognizerResult] = []
        last_end: dict[str, int] = {}
        for hit in hits:
            if hit.entity not in wanted or hit.start < last_end.get(hit.entity, -1):
                continue
            if hit.needs_medical and not (
                    medical_context(text, hit.start, hit.end)
                    or _near(medical_hits, hit.start, MEDICAL_HIT_WINDOW)):
                continue  # "opération de police", "Militäroperation": not a health word here
            if ctx.signatures.contains(hit.start, hit.end) or records.in_header(hit.start):
                continue  # the sender's own function line; a column name
            record = records.at(hit.start)
            if record is not None and hit.entity in record.entities:
                continue  # the record already reports this category
            row = None  # a table row ties only to its own person; a form block that names one, to it
            if record is not None:
                row = (record.start, record.end, record.evidence if record.kind == "row" else "field")
            tie = features.of(hit, counts.get(hit.entity, 1), row)
            if (hit.start, hit.end) in labelled:
                tie.features["labelled"] = 1.0
            keep, score = self.model.decide(tie.features)
            if not keep and not keep_all:
                continue
            last_end[hit.entity] = hit.end
            if record is not None and keep:
                record.entities.add(hit.entity)
            if keep and tie.mention is not None:
                features.tied.add((tie.mention.start, tie.mention.end))
            explain = {"rule": "form_field_prose" if (hit.start, hit.end) in labelled else "lexicon",
                       **tie.explain(text), "score": round(score, 3), "model": self.model.name,
                       "top": self.model.contributions(tie.features)}
            suffix = ""  # a finding in a record points to its row / line
            if record is not None:
                suffix = record.suffix if record.kind == "row" else records.line_suffix(hit.start)
            strength = TIE_SCORES.get(tie.kind or "", 0.6)
            res = self._result(hit.entity, hit.start, hit.end, strength if keep else max(score, 1e-6), explain, suffix)
            if keep_all:
                res.recognition_metadata["features"] = tie.features
                res.recognition_metadata["kept"] = keep
                res.recognition_metadata["lang"] = hit.lang
            out.append(res)
        if not keep_all:
            self._mark_absence(ctx, hits, out)
        return out

    @staticmethod
    def _mark_absence(ctx: TextContext, hits: list[Hit], out: list[RecognizerResult]) -> None:
        """Mark the absence-only health findings ``absence_without_reason`` when nothing else in the text
        is medical: no other health or genetic word (one inside an absence phrase's own span is part of
        it: "ziekte" in "ziekteverlof"), no health or genetic record (a table column, a form label)."""
        absent = [r for r in out if r.entity_type == "ART9_HEALTH" and _is_absence(hits, r)]
        if not absent:
            return
        if any(rh.entity in MEDICAL_ENTITIES for rh in ctx.records.hits):
            return
        text = ctx.text
        spans = [(h.start, h.end) for h in hits if h.absence and h.entity == "ART9_HEALTH"]
        for h in hits:
            if h.entity not in MEDICAL_ENTITIES or (h.absence and h.entity == "ART9_HEALTH"):
                continue
            if any(s <= h.start and h.end <= e for s, e in spans):
                continue  # "ziekte" inside "ziekteverlof", "maladie" inside "congé de maladie"
            if h.needs_medical and not medical_context(text, h.start, h.end):
                continue  # "opération de police": not a medical word here
            if ctx.signatures.contains(h.start, h.end) or ctx.records.in_header(h.start):
                continue
            return  # a diagnosis, treatment or other medical word: the absence is health data with it
        for r in absent:
            r.recognition_metadata[EXCEPTION_KEY] = ABSENCE_EXCEPTION
