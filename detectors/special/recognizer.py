"""Art. 9 special categories and Art. 10 criminal data, reported only when tied to a person.

Lexicon hits (``detectors/lexicons``) are cheap and frequent; a hit becomes a finding only
when an identifiable person is nearby: a national / BIS / BSN number, a title + surname
(Dhr. Peeters, Mme Dubois, Herr Müller), a known given name + surname, a dossier subject
("de betrokkene", "le patient", "der Antragsteller", "the claimant"), a possessive
("zijn ziekte", "sa maladie", "ihre Krankheit", "his illness") or a personal pronoun with a
copula ("hij is arbeidsongeschikt", "elle souffre de", "er ist krank", "she has cancer").
Names in salutation lines and in the sender's signature do not count. For French hits with no
rule-based tie, spaCy ``fr_core_news_sm`` person entities in a small window are the last resort.
Generic use (a staff vaccination campaign, a new criminal code, a strike notice) has no such tie.
"""

from __future__ import annotations

import bisect
import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from detectors.patterns import word_list_regex
from detectors.people import AFTER_NAME_VERB, PeopleFinder
from detectors.special.lexicon import CATEGORIES, Hit, Lexicon
from detectors.special.medical import medical_context
from detectors.text_context import TextContext

WINDOW = 200  # characters either side of a hit searched for a person

# Words that mark generic, impersonal use (campaigns, codes, tenders, events). In the hit's sentence
# they cancel the weak ties (a bare name nearby), never the strong ones (number, title, pronoun...).
GENERIC_MARKERS = word_list_regex([
    "campagne", "campaign", "kampagne", "wetboek", "code pénal", "strafgesetzbuch", "criminal code",
    "wetsontwerp", "projet de loi", "gesetzentwurf", "bill", "staking", "grève", "streik", "strike",
    "verkiezingen", "élections", "wahlen", "election", "elections", "aanbesteding", "marché public",
    "ausschreibung", "tender", "congres", "congrès", "kongress", "conference", "conférence", "konferenz",
    "webinar", "infosessie", "séance d'information", "infoveranstaltung", "opleiding", "formation",
    "schulung", "training", "nieuwsbrief", "newsletter", "persbericht", "communiqué", "pressemitteilung",
    "press release", "brochure", "folder", "statistiek", "statistiques", "statistik", "statistics",
    "participant", "deelnemers", "participants", "teilnehmer", "lezing", "voordracht", "conférence",
    "vortrag", "talk", "presentation", "presentatie", "présentation", "präsentation", "workshop", "seminar",
    "seminarie", "séminaire", "plan", "preventie", "prévention", "prävention", "prevention", "minister",
    "ministre", "ministerin", "staatssecretaris", "secrétaire d'état", "staatssekretär", "secretary of state",
    "jaarverslag", "rapport annuel", "jahresbericht", "annual report",
    # a professional speaking or writing about a medical / legal topic (study day, keynote, publication)
    "spreker", "spreekster", "sprekers", "spreekt over", "studiedag", "studienamiddag", "symposium",
    "colloquium", "keynote", "publicatie", "gepubliceerd", "proefschrift", "intervenant", "intervenante",
    "intervenants", "orateur", "oratrice", "présentera", "exposé sur", "journée d'étude", "colloque",
    "publication", "publié", "thèse", "referent", "referentin", "tagung", "fachtagung", "vortrag über",
    "publikation", "veröffentlicht", "dissertation", "speaker", "speakers", "talk on", "talk about",
    "will present", "present on", "presenting on", "lecture", "published", "thesis",
])
WEAK_TIES = {"name", "cappair", "ner"}
NER_WINDOW = 160
MAX_NER_CALLS = 8  # per text: spaCy runs on small windows only, never on a whole message

# Score by the kind of evidence that ties the hit to a person.
TIE_SCORES = {"id": 0.95, "subject": 0.85, "possessive": 0.85, "pronoun": 0.8, "title": 0.8,
              "name": 0.75, "ner": 0.7, "cappair": 0.65}


# An ambiguous word ("operatie") is medical next to an unambiguous health or genetic hit.
MEDICAL_ENTITIES = frozenset({"ART9_HEALTH", "ART9_GENETIC"})
MEDICAL_HIT_WINDOW = 250


def _near(starts: list[int], pos: int, window: int) -> bool:
    """True when a position in the sorted ``starts`` lies within ``window`` characters of ``pos``."""
    i = bisect.bisect_left(starts, pos - window)
    return i < len(starts) and starts[i] <= pos + window


# Abbreviations whose dot does not end a sentence ("dr. Wim Claes", "prof. Van Loo", "Mevr. Vos").
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?i:dr|prof|dhr|mevr|mw|mr|mrs|ms|mme|mlle|m|st|nr|no|vb|bv|ca|resp|zgn|etc)\.$"
)


def _sentence_start(text: str, lo: int, pos: int) -> int:
    """Start of the sentence holding ``pos`` (not before ``lo``); abbreviation dots do not end one."""
    end = pos
    while True:
        cut = max(text.rfind(c, lo, end) for c in ".!?\n")
        if cut < 0:
            return lo
        if text[cut] == "." and _ABBREVIATION.search(text, max(lo, cut - 6), cut + 1):
            end = cut
            continue
        return cut + 1


# A phrase hit that starts with a preposition ("van Turkse afkomst", "of Roma origin") is not a noun
# a possessive could own: "zijn" / "sein" right before it is the verb ("ze zijn van Turkse afkomst").
_PREPOSITION_START = re.compile(r"(?i:van|of|von|aus|de|d['’]|du)\b")
_VERB_HOMOGRAPH_BEFORE = re.compile(r"(?<!\w)(?i:zijn|sein)[ \t]{1,3}$")


def _verb_homograph_before(text: str, start: int) -> bool:
    return (_PREPOSITION_START.match(text, start) is not None
            and _VERB_HOMOGRAPH_BEFORE.search(text, max(0, start - 10), start) is not None)


_BLANK_LINE = re.compile(r"\n[ \t\r>]*\n")


def _enumerated(text: str, start: int, end: int) -> bool:
    """An item of a comma-separated enumeration ("Aïd el-Fitr, Yom Kippour, Noël"): not a person."""
    before = text[max(0, start - 3) : start].rstrip()
    after = text[end : end + 3].lstrip()
    return before.endswith((",", ":")) and after.startswith((",", ";", "."))


class SpecialCategoryRecognizer(EntityRecognizer):
    """Presidio recognizer for the ART9_* and ART10_CRIMINAL entities (lexicon + person tie)."""

    ENTITIES = sorted(set(CATEGORIES.values()))

    def __init__(self, people: PeopleFinder, lexicon: Lexicon | None = None,
                 supported_language: str = "xx") -> None:
        self.people = people
        self.lexicon = lexicon or Lexicon.load()
        super().__init__(supported_entities=self.ENTITIES, name=type(self).__name__,
                         supported_language=supported_language)

    def load(self) -> None:  # everything is loaded in __init__
        pass

    def analyze(self, text: str, entities: list[str] | None = None,
                nlp_artifacts: object = None) -> list[RecognizerResult]:
        ctx = nlp_artifacts if isinstance(nlp_artifacts, TextContext) else TextContext(text, self.people)
        wanted = set(entities or self.ENTITIES)
        results: list[RecognizerResult] = []
        last_end: dict[str, int] = {}
        hits = self.lexicon.hits(text)
        medical_hits = [h.start for h in hits if h.entity in MEDICAL_ENTITIES and not h.needs_medical]
        for hit in hits:
            if hit.entity not in wanted or hit.start < last_end.get(hit.entity, -1):
                continue
            if hit.needs_medical and not (
                    medical_context(text, hit.start, hit.end)
                    or _near(medical_hits, hit.start, MEDICAL_HIT_WINDOW)):
                continue  # "opération de police", "Militäroperation": not a health word here
            tie = self.tie(ctx, hit)
            if tie is None:
                continue
            last_end[hit.entity] = hit.end
            results.append(RecognizerResult(
                entity_type=hit.entity, start=hit.start, end=hit.end, score=TIE_SCORES[tie],
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                                      "tie": tie, "lang": hit.lang},
            ))
        return results

    @staticmethod
    def _close_pair(text: str, m: object, hit: Hit) -> bool:
        """A bare capitalised pair (weakest evidence) must share the sentence with the hit; for German
        (where every noun is capitalised) it must also be the subject of a verb ("Helmut Weber ist")."""
        a, b = (m.end, hit.start) if m.end <= hit.start else (hit.end, m.start)  # type: ignore[attr-defined]
        if b - a > 120 or any(c in text[a:b] for c in ".!?") or _BLANK_LINE.search(text, a, b):
            return False
        return hit.lang != "de" or AFTER_NAME_VERB.match(text, m.end) is not None  # type: ignore[attr-defined]

    def tie(self, ctx: TextContext, hit: Hit) -> str | None:
        """The kind of evidence tying ``hit`` to an identifiable person, or None (generic use)."""
        kind = self._tie(ctx, hit)
        if kind in WEAK_TIES and self._generic_sentence(ctx.text, hit):
            return None
        return kind

    @staticmethod
    def _generic_sentence(text: str, hit: Hit) -> bool:
        lo = max(0, hit.start - 150)
        hi = min(len(text), hit.end + 150)
        lo = _sentence_start(text, lo, hit.start)
        ends = [i for i in (text.find(c, hit.end, hi) for c in ".!?\n") if i != -1]
        hi = min(ends) if ends else hi
        return GENERIC_MARKERS.search(text, lo, hi) is not None

    def _tie(self, ctx: TextContext, hit: Hit) -> str | None:
        text, s, e = ctx.text, hit.start, hit.end
        if ctx.signatures.contains(s, e):
            return None  # the sender's own function / department line
        lo, hi = max(0, s - WINDOW), min(len(text), e + WINDOW)
        if ctx.id_spans.any(lo, hi):
            return "id"
        if not _verb_homograph_before(text, s) and self.people.possessive_before(text, s):
            return "possessive"
        if self.people.pronoun_verb_before(text, s, hit.lang):
            return "pronoun"
        for m in self.people.subjects_in(text, lo, hi):
            if not ctx.addresses_recipient(m.start, m.end):
                return "subject"
        best: str | None = None
        for m in ctx.names_in(lo, hi):
            if m.start < e and s < m.end:
                continue  # the "name" is the sensitive word itself
            if ctx.addresses_recipient(m.start, m.end) or ctx.contact_lines.contains(m.start, m.end):
                continue
            if m.kind == "cappair" and not self._close_pair(text, m, hit):
                continue
            if best is None or TIE_SCORES[m.kind] > TIE_SCORES[best]:
                best = m.kind
        if best is not None:
            return best
        if hit.lang == "fr" and self.people.ner is not None and ctx.ner_calls < MAX_NER_CALLS:
            ctx.ner_calls += 1
            nlo, nhi = max(0, s - NER_WINDOW), min(len(text), e + NER_WINDOW)
            for m in self.people.ner_persons(text, nlo, nhi):
                if ctx.addresses_recipient(m.start, m.end) or ctx.contact_lines.contains(m.start, m.end):
                    continue
                if self._close_pair(text, m, hit) and not _enumerated(text, m.start, m.end):
                    return "ner"
        return None
