"""The features of one Art. 9 / Art. 10 lexicon hit: what ties it to a person, and how generic its context is.

A hit becomes a finding only when tied to an identifiable person (``decision.TieModel`` scores these
features). Evidence of a person (``ev_*``), nearest first:

- ``ev_id``: a national / BIS / BSN number within ``WINDOW`` characters;
- ``ev_row`` / ``ev_field``: the hit is in a table row, or a "Label: value" record, that identifies a
  person (a name, a number, a staff number: ``records.py``);
- ``ev_subject``: a dossier subject ("de betrokkene", "le patient", "der Antragsteller");
- ``ev_possessive`` / ``ev_possessive2``: "zijn ziekte", "sa maladie" / "uw ziekte", "your illness";
- ``ev_pronoun``: "hij is ziek", "elle souffre de", "er ist krank" (same clause);
- ``ev_title`` / ``ev_name`` / ``ev_ner`` / ``ev_cappair``: a person mention (title + surname, known given
  name + surname, French NER, a capitalised pair used as a subject), with ``name_far`` (distance / 100),
  ``name_other_sentence`` and ``name_in_list`` (one of several names on a line: attendees, a roster).

Genericity of the context (each cancels weak ties; see docs/detectors.md for the weights):
``generic`` / ``generic_weak`` (campaign, tender, training, press release... in the sentence),
``generic_text`` (such markers per 1000 characters of the text), ``aggregate`` (percentages, counts,
"aantal", "average"), ``plural_subject`` ("de werknemers", "les agents", "employees"), ``procedural``
(procedure, law, article, decree, consultation), ``conditional`` ("als u", "si vous", "wenn Sie", "if
you"), ``second_generic`` (a second-person possessive in such a sentence or in a circular addressed to
a group), ``group_address`` (the text opens with "Beste collega's", "Chers collègues", "Dear all"),
``quoted``, ``enumerated`` (an item of a comma list), ``topic_density`` (how often the text names the
category), ``heading`` (a short title line) and ``open_category`` ("ongeacht afkomst of geloof", "gelovig of
niet": cancels the tie). Cancels (``decision.py``): ``record_request``, ``mandate``, ``open_category``,
``roster_name``, ``thing_modifier`` ("biometric passport readers", "DNA-databank"), ``event_topic`` ("de
studiedag over genetisch onderzoek") and ``aggregate_bare`` (a statistic, the name elsewhere).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from detectors.masking import initials
from detectors.patterns import trie_regex
from detectors.people import _COUNT, AFTER_NAME_VERB, Mention
from detectors.special.decision import TieModel
from detectors.special.lexicon import Hit
from detectors.text_context import TextContext

WINDOW = 200  # characters either side of a hit searched for a person


class Phrases:
    """Whole words and phrases (a space matches 1-3 whitespace characters), as one trie regex run on the
    lower-cased text (``TextContext.lower``); about 15x faster than an alternation sorted by length."""

    def __init__(self, words: list[str]) -> None:
        body = trie_regex(sorted({" ".join(w.lower().split()) for w in words if w.strip()})).replace(r"\ ", r"\s{1,3}")
        self._lower = re.compile(rf"(?<!\w){body}(?!\w)")
        self._icase = re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)

    def finditer(self, ctx: TextContext, lo: int = 0, hi: int | None = None) -> Iterator[re.Match[str]]:
        low = ctx.lower
        hi = len(ctx.text) if hi is None else hi
        if low is None:
            return self._icase.finditer(ctx.text, lo, hi)
        return self._lower.finditer(low, lo, hi)

    def count(self, ctx: TextContext, lo: int, hi: int) -> int:
        return sum(1 for _ in self.finditer(ctx, lo, hi))

    def search(self, ctx: TextContext, lo: int, hi: int) -> re.Match[str] | None:
        return next(iter(self.finditer(ctx, lo, hi)), None)
NER_WINDOW = 160
MAX_NER_CALLS = 8  # per text: spaCy runs on small windows only, never on a whole message
# Cancels (``decision.TieModel.cancels``) that never depend on the person mention: when one fires, the French NER
# need not run (``TieFeatures._ner_cannot_report``). ``record_request``, ``mandate``, ``roster_name`` and
# ``aggregate_bare`` read the mention.
MENTION_FREE_CANCELS = frozenset({"open_category", "thing_modifier", "event_topic"})

# Words that mark generic, impersonal use (campaigns, codes, tenders, events).
GENERIC_MARKERS = Phrases([
    "campagne", "campaign", "kampagne", "wetboek", "code pénal", "strafgesetzbuch", "criminal code",
    "wetsontwerp", "projet de loi", "gesetzentwurf", "bill", "staking", "grève", "streik", "strike",
    "verkiezingen", "élections", "wahlen", "election", "elections", "aanbesteding", "marché public",
    "ausschreibung", "tender", "congres", "congrès", "kongress", "conference", "conférence", "konferenz",
    "webinar", "webinaire", "infosessie", "séance d'information", "infoveranstaltung", "opleiding", "formation",
    "schulung", "training", "nieuwsbrief", "newsletter", "persbericht", "communiqué", "pressemitteilung",
    "press release", "brochure", "folder", "statistiek", "statistieken", "statistiques", "statistik", "statistics",
    "participant", "deelnemers", "participants", "teilnehmer", "lezing", "voordracht",
    "vortrag", "talk", "presentation", "presentatie", "présentation", "präsentation", "workshop", "seminar",
    "seminarie", "séminaire", "plan", "preventie", "prévention", "prävention", "prevention", "minister",
    "ministre", "ministerin", "staatssecretaris", "secrétaire d'état", "staatssekretär", "secretary of state",
    "jaarverslag", "rapport annuel", "jahresbericht", "annual report", "perceel", "percelen", "lot", "lots",
    "levering", "leveringen", "fourniture", "fournitures", "lieferung", "supplies", "procurement", "e-procurement",
    "inschrijvers", "soumissionnaires", "bieter", "bidders", "bidder", "opdrachtdocumenten", "cahier des charges",
    "vacature", "vacancy", "offre d'emploi", "stellenangebot", "omzendbrief", "circulaire", "rundschreiben",
    "circular", "kalender", "calendrier", "calendar", "feestdagen", "fêtes", "feiertage", "holidays",
    "thema", "thème", "zum thema", "over het thema", "on the topic of",
    # a professional speaking or writing about a medical / legal topic (study day, keynote, publication)
    "spreker", "spreekster", "sprekers", "spreekt over", "studiedag", "studienamiddag", "symposium",
    "colloquium", "keynote", "publicatie", "gepubliceerd", "proefschrift", "intervenant", "intervenante",
    "intervenants", "orateur", "oratrice", "présentera", "exposé sur", "journée d'étude", "colloque",
    "publication", "publié", "thèse", "referent", "referentin", "tagung", "fachtagung", "vortrag über",
    "publikation", "veröffentlicht", "dissertation", "speaker", "speakers", "talk on", "talk about",
    "will present", "present on", "presenting on", "lecture", "published", "thesis",
    # information evenings: a professional topic, not a person's data (not working groups or projects: a
    # colleague absent from the steering group because of surgery is data about her)
    "infoavond", "info-avond", "informatieavond", "infomoment", "soirée d'information", "séance d'info",
    "infoabend", "informationsabend", "information evening", "info session", "information session",
    # job advertisements: the tasks of a post, not data of the contact named for questions
    "functieprofiel", "contract van onbepaalde duur", "contract van bepaalde duur", "profil recherché",
    "contrat à durée indéterminée", "contrat à durée déterminée", "unbefristeter vertrag", "befristeter vertrag",
    "stellenbeschreibung", "job description", "permanent contract", "fixed-term contract",
])
AGGREGATE_WORDS = Phrases([
    "aantal", "aantallen", "totaal", "gemiddeld", "gemiddelde", "procent", "percentage", "cijfers", "geregistreerd",
    "nombre", "nombres", "total", "moyenne", "pour cent", "pourcentage", "chiffres", "taux", "enregistrés",
    "anzahl", "gesamt", "insgesamt", "durchschnitt", "durchschnittlich", "prozent", "zahlen", "quote", "fallzahlen",
    "number of", "total", "average", "per cent", "percent", "figures", "rate", "recorded", "statistic",
])
# The words of AGGREGATE_WORDS that name a rate or a share, which one person has too ("zijn
# arbeidsongeschiktheid: 66 procent", "un taux d'incapacité de 50 %", "Prozent", "disability rate").
RATE_WORDS = Phrases(["procent", "percentage", "pour cent", "pourcentage", "taux", "prozent", "quote", "per cent",
                      "percent", "rate"])
_PERCENT = re.compile(r"\d[\d.,]{0,8}\s?%|\b\d{1,3}(?:[ .,]\d{3})+\b")
PLURAL_PEOPLE = Phrases([
    "werknemers", "medewerkers", "personeelsleden", "collega's", "burgers", "inwoners", "patiënten", "kandidaten",
    "leden", "ouders", "kinderen", "jongeren", "mensen", "personen", "gedetineerden", "verdachten", "daders",
    "slachtoffers", "aanvragers", "kiezers", "bewoners", "ambtenaren", "agenten", "deelnemers", "vrijwilligers",
    "agents", "travailleurs", "employés", "collaborateurs", "citoyens", "habitants", "patients", "candidats",
    "membres", "parents", "enfants", "jeunes", "personnes", "détenus", "suspects", "auteurs", "victimes",
    "demandeurs", "électeurs", "résidents", "fonctionnaires", "usagers", "bénévoles",
    "mitarbeitende", "beschäftigten", "bürger", "einwohner", "patienten", "mitglieder", "eltern", "kinder",
    "jugendliche", "menschen", "personen", "häftlinge", "täter", "opfer", "wähler", "bewohner", "bediensteten",
    "employees", "staff", "workers", "citizens", "residents", "patients", "candidates", "members", "parents",
    "children", "young people", "people", "persons", "prisoners", "suspects", "offenders", "victims",
    "applicants", "voters", "officials", "tenants", "volunteers",
    "iedereen", "alle", "everyone", "all staff", "tous les", "toutes les", "jeder", "jede", "chaque", "each",
    "every", "elke", "ieder", "veel", "many", "viele", "plusieurs", "mehrere", "several", "sommige", "certains",
    "einige", "wie", "wer", "quiconque", "whoever", "anyone", "anybody",
])
# Dutch words of PLURAL_PEOPLE that are other words in German: "wie" is "who" in Dutch ("wie ziek is") but "as",
# "like", "how" in German ("Wie jedes Jahr ...", "wie besprochen"), never a group of people.
_GERMAN_NOT_PEOPLE = frozenset({"wie"})
# A number after a rank or position word is a rank, not a count of people: "plaats 14 van de lijst",
# "place 3 sur la liste", "Platz 5 der Liste", "number 2 on the list", "nr. 7", "n° 4".
_RANK_BEFORE = re.compile(
    r"(?<!\w)(?i:plaats|positie|rang|nummer|nr\.?|place|position|numéro|n°|no\.?|platz|listenplatz|stelle|"
    r"rank|number|seat|zetel|siège|sitz)[ \t]{0,2}$")


def _headcounts(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The counts of ``text[lo:hi]`` that are not a rank ("plaats 14", "Platz 5"), lazily."""
    return (m for m in _COUNT.finditer(text, lo, hi)
            if not _RANK_BEFORE.search(text, max(lo, m.start() - 14), m.start()))


# A quantifier before a time word is a time adverbial, not a group of people: "comme chaque année, je suis ...",
# "elk jaar", "jedes Jahr", "every year", "tous les jours".
_TIME_AFTER = re.compile(
    r"[ \t]+(?:ann[ée]e|an|jour|semaine|mois|fois|matin|soir|jaar|dag|week|maand|keer|jahr|tag|woche|monat|mal|"
    r"year|day|week|month|time|morning|evening|weekend|week-end)[se]?n?(?!\w)", re.IGNORECASE)
# Dutch "je" is a possessive ("je geloof"); French "je" is the subject "I" ("je suis juif pratiquant").
_FRENCH_JE = re.compile(
    r"je[ \t]+(?:ne[ \t]|n'|n’|me[ \t]|m'|m’|suis|vis|fais|crois|prie|pratique|milite|vote|travaille|"
    r"viens|ai[ \t]|pense|reste|souhaite)", re.IGNORECASE)
PROCEDURAL = Phrases([
    "procedure", "aanvragen", "aanvraag", "formulier", "downloaden", "loket", "wet", "wetboek", "artikel", "decreet",
    "koninklijk besluit", "voorontwerp", "wetsontwerp", "wetswijziging", "reglement", "consultatie", "raadpleging",
    "procédure", "demander", "formulaire", "télécharger", "guichet", "loi", "article", "décret", "arrêté",
    "avant-projet", "règlement", "consultation", "verfahren", "beantragen", "antrag", "formular", "herunterladen",
    "schalter", "gesetz", "artikel", "dekret", "erlass", "entwurf", "verordnung", "anhörung", "procedure", "apply",
    "application form", "download", "act", "article", "decree", "regulation", "consultation", "policy",
])
_CONDITIONAL = re.compile(
    r"(?<!\w)(?i:als|indien|wanneer|ingeval|zodra|si|lorsque|quand|en\scas\sde|wenn|falls|sofern|sobald|if|when|"
    r"whenever|in\scase|whether)(?!\w)|"
    r"^\s*(?i:ben\sje|bent\su|heb\sje|hebt\su|word\sje|êtes-vous|es-tu|avez-vous|as-tu|sind\ssie|bist\sdu|"
    r"haben\ssie|hast\sdu|are\syou|do\syou|have\syou)(?!\w)",
)
_GROUP_SALUTATION = re.compile(
    r"^[ \t>]{0,8}(?:beste\s(?:collega'?s|allemaal|leden|medewerkers|ouders|teamleiders|iedereen)|"
    r"geachte\s(?:dames\sen\sheren|leden|kamerleden)|aan\s(?:alle|de\svoorzitters|de\sleden)|dag\siedereen|"
    r"(?:chers|chères)\s(?:collègues|membres|responsables|parents)|mesdames,?\s(?:et\s)?messieurs|"
    r"madame,\smonsieur|bonjour\sà\stous|à\stous|"
    r"liebe\s(?:kolleginnen|kollegen|mitarbeitende|eltern|abteilungsleiter)|sehr\sgeehrte\sdamen\sund\sherren|"
    r"(?:dear|hi|hello)\s(?:all|colleagues|everyone|team|managers|partners|members|sir\sor\smadam)|"
    r"to\sall\sstaff)",
    re.IGNORECASE | re.MULTILINE,
)
_LIST_LABEL = re.compile(
    r"^[ \t>]{0,8}(?i:aanwezig|verontschuldigd|afwezig|présents?|excusés?|absents?|anwesend|entschuldigt|"
    r"present|apologies|attendees|deelnemers|participants|teilnehmer)\s{0,3}:",
    re.MULTILINE,
)
_HYPOTHETICAL = re.compile(
    r"(?<!\w)(?i:als\s(?:u|je|jij)|indien\s(?:u|je)|wanneer\s(?:u|je)|ben\sje|bent\su|si\svous|si\stu|êtes-vous|"
    r"wenn\s(?:sie|du)|falls\s(?:sie|du)|sind\ssie|bist\sdu|if\syou|when\syou|are\syou|should\syou)\s"
    r"(?:[^\W\d_]+\s){0,3}?(?i:ziek|zwanger|malade|enceinte|krank|schwanger|ill|sick|pregnant|arbeidsongeschikt|"
    r"betrokken|concerné|betroffen|affected|lid|membre|mitglied|member)"
)
# A person named by the role of a professional in the text ("Lesgever: prof. X", "Principal investigator:
# Prof. Y", "Ansprechpartner: Herr Z"): the speaker or contact, not the subject of the data.
_ROLE_BEFORE = re.compile(
    r"(?i:lesgevers|lesgever|docent|sprekers|spreker|spreekster|speakers|speaker|presenter|lecturer|instructor|"
    r"tutor|dozentin|dozent|referenten|intervenants|trainerin|trainer|trainster|formateur|formatrice|intervenant|intervenante|"
    r"referent|referentin|organisator|organiser|organizer|organisateur|organisatrice|principal\sinvestigator|"
    r"promotor|coördinator|coordinator|coordinateur|coordinatrice|verantwoordelijke|responsable|ansprechpartner|"
    r"ansprechpartnerin|personne\sde\scontact|contact\sperson|contactpersoon|contact|(?<!pour\s)(?<!ter\s)(?<!zur\s)(?<!for\s)info|inlichtingen|"
    r"renseignements|auskunft|woordvoerder|porte-parole|sprecher|sprecherin|spokesperson|leitung|moderator|"
    r"moderatrice|animateur|animatrice|chair|voorzitter|président|présidente|vorsitz)\s{0,3}:\s{0,3}$"
)
# A hedge or a generic quantifier right before the hit: "eventuele veroordelingen", "any convictions".
# A fill-in field left blank ("Participant name: ________", "Naam: ..........", "Name: …………"): a text with two
# or more is a blank form, whose "my DNA" / "uw handicap" is the template's wording, not anyone's data.
_BLANK_FIELD = re.compile(r"(?m)^[^\n:]{1,60}:[ \t]*(?:_{3,}|\.{6,}|…{3,})")
BLANK_FORM_FIELDS = 2
# Evidence that names someone (not only a pronoun / possessive / dossier word, which a template also has).
_NAMING_EVIDENCE = ("ev_id", "ev_name", "ev_title", "ev_cappair", "ev_ner", "ev_listed")
_HEDGE = re.compile(
    r"(?<!\w)(?i:eventuele|eventueel|mogelijke|mogelijk|welke|éventuel|éventuelle|éventuels|éventuelles|"
    r"possibles?|le\scas\séchéant|etwaige|etwaigen|allfällige|mögliche|möglichen|gegebenenfalls|ggf\.|any|"
    r"possible|potential|whatever|no|geen|aucune?|keine?)(?:\s[^\W\d_]{1,20}){0,2}\s{1,3}$"
)
# An instruction to the reader ("you can / must ..."): a procedure, not a statement about someone.
_INSTRUCTION = re.compile(
    r"(?<!\w)(?i:u\skunt|je\skunt|jij\skunt|u\smoet|je\smoet|vous\spouvez|tu\speux|vous\sdevez|"
    r"il\svous\sfaut|sie\skönnen|du\skannst|sie\smüssen|sie\sbenötigen|benötigen\ssie|you\scan\s(?:apply|request|"
    r"download|obtain|ask|get)|you\smay|you\smust|you\sneed|you\swill\sneed)(?!\w)"
)
# The hit word itself names a group of people: "vakbondsafgevaardigden", "syndicalistes", "Gewerkschaftsmitglieder",
# "union members", "diabetici", "Gläubigen" (the rest of the word or the next word after the hit).
_PLURAL_HIT = re.compile(
    r"(?i:afgevaardigden|vertegenwoordigers|leden|militanten|patiënten|gelovigen|délégués|déléguées|représentants|"
    r"membres|militants|adhérents|patients|croyants|fidèles|vertreter|vertreterinnen|mitglieder|patienten|"
    r"gläubigen|delegierten|representatives|members|delegates|reps|stewards|believers)$"
)
# The hit word names a kind of thing, not a person's data: it modifies a device, system, database,
# document type or place ("biometric passport readers", "DNA database", "DNA-databank",
# "Gesichtserkennungssystem", "crime-scene stains", "lecteurs biométriques", "banque de données ADN").
# Only for the categories whose words are technical modifiers (not political or religious words, nor health:
# "zijn immuunsysteem", "his immune system" are his health).
THING_ENTITIES = frozenset({"ART9_BIOMETRIC", "ART9_GENETIC", "ART10_CRIMINAL"})
_THINGS = (
    r"systeem|systemen|system|systems|systeme|systèmes?|software|logiciels?|technologie|technologieën|technologies?|"
    r"technik|techniques?|databank|databanken|database|databases|datenbank|datenbanken|paspoort|paspoorten|"
    r"passports?|reisepass|reisepässe|pässe|passeports?|lezer|lezers|readers?|leser|lesegerät|lesegeräte|lecteurs?|"
    r"scanner|scanners|kamera|kameras|camera|camera's|cameras|caméras?|terminal|terminals|terminaux|gates?|"
    r"poort|poorten|poortjes|kiosk|kiosks|devices?|toestel|toestellen|apparaat|apparaten|gerät|geräte|"
    r"appareils?|sensor|sensoren|sensors|capteurs?|lab|labs|laboratory|laboratories|laboratorium|labo|labor|"
    r"laboratoire|laboratoires|scene|scènes?|tatort|market|markt|marché|sector|secteur|branche|industry|"
    r"industrie|vendors?|leverancier|leveranciers|fournisseurs?|anbieter|hersteller"
)
# ... in the hit's own compound ("Gesichtserkennungssystem"), or as the next word or its head
# ("DNA database", "biometrische toegangspoorten", "biometrische Zutrittssysteme")
_THING_AFTER = re.compile(
    rf"[\w]{{0,30}}?(?:(?<=\w)(?i:{_THINGS})(?!\w)|[ \t\-]{{1,2}}\w{{0,20}}?(?i:{_THINGS})(?!\w))")
_THING_BEFORE = re.compile(
    rf"(?<!\w)(?i:{_THINGS}|banques?\sde\sdonnées|bases?\sde\sdonnées)(?:\s(?:de\s|d['’]|à\s|par\s)?(?:la\s|l['’])?)"
    r"(?:\w{1,20}\s){0,1}$")


def thing_modifier(text: str, start: int, end: int, lang: str) -> bool:
    """The hit modifies a thing ("biometric passport readers", "DNA-databank"; in French the thing comes first:
    "système de reconnaissance faciale", "banque de données ADN")."""
    if _THING_AFTER.match(text, end) is not None:
        return True
    return lang == "fr" and _THING_BEFORE.search(text, max(0, start - 50), start) is not None


# The hit is the topic of an event or a document ("de studiedag over genetisch onderzoek", "a training on
# facial recognition", "une formation sur la biométrie", "ein Vortrag über Gentests"): even a first-person
# pronoun before it ("Ik ben morgen op de studiedag over ...") says where the person goes, not their data.
_TOPIC_PREPOSITION = re.compile(
    r"(?i:over|rond|omtrent|betreffende|inzake|about|on|regarding|concerning|sur|concernant|autour\sde|"
    r"relative\sà|relatif\sà|über|zum|zur|zu|betreffend)\s{1,3}(?:[^\W\d_]{1,20}[\s'’]{1,3}){0,3}$"
)


def topic_of_event(ctx: TextContext, slo: int, start: int) -> bool:
    """A generic marker (training, study day, report, tender...) then a topic preposition right before the hit."""
    marker = None
    for m in GENERIC_MARKERS.finditer(ctx, max(slo, start - 90), start):
        marker = m  # the last one before the hit
    if marker is None:
        return False
    between = ctx.text[marker.end() : start]
    return len(between) <= 60 and _TOPIC_PREPOSITION.search(between) is not None


# "Whoever, whatever their ...": the category named as an open alternative, of nobody in particular —
# "ongeacht afkomst, geloof of geaardheid", "quelle que soit leur religion", "unabhängig von Herkunft",
# "regardless of ethnicity" before the hit (a list of grounds may lie between), "gelovig of niet",
# "croyant ou non", "gläubig oder nicht", "religious or not" after it. Cancels a tie (``open_category``).
_REGARDLESS_BEFORE = re.compile(
    r"(?<!\w)(?i:ongeacht|ongeachte|los\svan|zonder\sonderscheid\s(?:naar|van|op\sgrond\svan)|"
    r"quel(?:le)?s?\sque\ssoi(?:en)?t|indépendamment\sd[eu']|sans\sdistinction\sd[e']|"
    r"unabhängig\svon|ungeachtet|ohne\sansehen|ohne\sunterschied|regardless\sof|irrespective\sof|"
    r"without\sdistinction\sas\sto|whatever\stheir)(?!\w)[^.;:!?\n]{0,80}$"
)
_ALTERNATIVE_AFTER = re.compile(r"[\w\-]{0,20}\s{1,3}(?i:of\sniet|ou\snon|ou\spas|oder\snicht|or\snot)(?!\w)")
# Words that are the topic of political opinion itself (a candidacy is for an election, a member campaigns):
# for a political-opinion hit tied to a name in its own sentence, they are not generic markers.
ELECTION_TOPIC_ENTITIES = frozenset({"ART9_POLITICAL_OPINION", "ART9_TRADE_UNION"})
POLITICAL_TOPIC = Phrases(["verkiezingen", "élections", "wahlen", "election", "elections", "campagne", "campaign",
                           "kampagne"])
_WORD_END = re.compile(r"[\w\-]{0,30}")
_NEXT_WORD = re.compile(r"[ \t]{1,2}([\w\-]{2,30})")


def _plural_hit(text: str, end: int) -> bool:
    """The hit's word (or the next word) names a group of people: "vakbondsafgevaardigden", "union members"."""
    m = _WORD_END.match(text, end)
    w = text[max(0, end - 30) : m.end()].rsplit(None, 1)[-1] if m else ""
    if _PLURAL_HIT.search(w):
        return True
    n = _NEXT_WORD.match(text, m.end() if m else end)
    return n is not None and _PLURAL_HIT.fullmatch(n.group(1)) is not None
# A subject line naming the file's person: "Betreft: dossier van Dhr. Peeters", "Objet : dossier de Mme X".
_SUBJECT_LINE = re.compile(
    r"^[ \t>]{0,8}(?i:betreft|onderwerp|inzake|objet|concerne|betreff|subject|re)[ \t]{0,3}:[^\n]{0,60}$",
    re.MULTILINE,
)
# A public mandate: the party of a mayor, alderman, councillor, MP or minister is public by that mandate
# (council minutes, press releases, agendas), not an opinion disclosed about a private person.
_MANDATE = re.compile(
    r"(?<!\w)(?i:burgemeester|schepen|raadslid|gemeenteraadslid|provincieraadslid|ocmw-raadslid|districtsraadslid|"
    r"wethouder|statenlid|kamerlid|volksvertegenwoordiger|parlementslid|senator|minister|staatssecretaris|"
    r"gedeputeerde|fractievoorzitter|fractieleider|partijvoorzitter|lijsttrekker|mandataris|verkozene|"
    r"bourgmestre|échevin|échevine|conseiller\scommunal|conseillère\scommunale|conseiller\sprovincial|"
    r"conseillère\sprovinciale|député|députée|sénateur|sénatrice|ministre|chef\sde\sgroupe|président\sde\sparti|"
    r"mandataire|élu|élue|bürgermeister|bürgermeisterin|oberbürgermeister|oberbürgermeisterin|ratsherr|ratsfrau|"
    r"ratsmitglied|stadtrat|stadträtin|gemeinderat|gemeinderätin|abgeordnete|abgeordneter|landtagsabgeordnete|"
    r"bundestagsabgeordnete|fraktionsvorsitzende|fraktionsvorsitzender|parteivorsitzende|parteivorsitzender|"
    r"ministerin|mandatsträger|mayor|councillor|councilor|cllr|alderman|mp|mep|member\sof\sparliament|"
    r"senator|party\sleader|group\sleader)(?!\w)"
)
# ... as the title of the named person: "burgemeester Jan Peeters", "Councillor Ann Jones", "MdB Karl Weiß (CDU)".
_MANDATE_BEFORE = re.compile(_MANDATE.pattern + r"[ \t\u00a0]{1,3}(?:\w{1,12}\.?[ \t]{1,2}){0,2}$")
# The criminal-record *document* (an extract, a certificate of good conduct) named in a request or a
# requirement ("een uittreksel ... nodig", "merci de transmettre un extrait de casier", "Vorlage eines
# Führungszeugnisses", "please send a criminal record check"), or its receipt acknowledged: a procedure,
# unless the sentence states
# what the record holds (a conviction, an offence, a sentence).
_RECORD_DOCUMENT = re.compile(
    r"(?<!\w)(?i:uittreksel|strafregister|getuigschrift\sgoed\sgedrag|bewijs\svan\sgoed\sgedrag|vog|extrait|"
    r"casier\sjudiciaire|certificat\sde\sbonne\sconduite|bonne\svie\set\smœurs|führungszeugnis|"
    r"strafregisterauszug|criminal\srecord\s(?:check|extract|certificate)|certificate\sof\s(?:good\s)?conduct|"
    r"verklaring\somtrent\shet\sgedrag|basic\sdisclosure|"
    r"police\scertificate|dbs\scheck|dbs\scertificate|record\scheck)"
)
_RECORD_REQUEST = re.compile(
    r"(?<!\w)(?i:nodig|vereist|verplicht|bezorgen|bezorg|aanvragen|aanvraag|vraagt|vraag|voorleggen|voorlegt|"
    r"indienen|opvragen|opsturen|bezorgt|model\s?[12]|niet\souder\sdan|recent|besoin|fournir|transmettre|"
    r"demander|demandez|requis|requise|exigé|exigée|exige|produire|joindre|modèle\s?[12]|moins\sde\s\w+\smois|"
    r"vorlegen|vorlage|einreichen|beantragen|beantragt|erforderlich|benötigen|benötigt|erweitert\w*|"
    r"send|provide|submit|request|obtain|required|requires|require|need|apply|bring|issued|upload|"
    # ... or asked for / how to get it, in every person and tense ("ze vragen een uittreksel", "brauche ich
    # einen Auszug", "on me demande un extrait", "they asked for a certificate of conduct", "hoe vraag ik")
    r"vragen|vroeg|vroegen|gevraagd|aangevraagd|krijgen|verkrijgen|bekomen|afleveren|afgeleverd|voorgelegd|"
    r"ingediend|binnenbrengen|meebrengen|moet|moeten|hoe|demande|demandé|demandée|demandent|obtenir|procurer|"
    r"délivré|délivrée|délivrance|remettre|fourni|apporter|faut|doit|doivent|comment|brauche|brauchen|braucht|"
    r"benötige|bekomme|bekommen|erhält|anfordern|angefordert|ausgestellt|vorgelegt|eingereicht|mitbringen|muss|"
    r"müssen|wie|needs|needed|ask|asks|asked|asking|get|requested|requesting|obtained|must|how|"
    # ... or its receipt acknowledged ("goed ontvangen", "bien reçu", "ist eingegangen", "we have received")
    r"ontvangen|ontvingen|reçu|reçue|eingegangen|erhalten|received|compleet|volledig|complet|complète|"
    r"vollständig|complete)(?!\w)"
)
_RECORD_CONTENT = re.compile(
    r"(?i:veroordeel|veroordeling|straf(?!register|blad)|gevangenis|diefstal|fraude|oplichting|mishandel|"
    r"condamn|peine|prison|vol\b|escroquer|coups\set|sursis|verurteil|vorstraf|freiheitsstraf|bewährung|haft\b|"
    r"gefängnis|betrug|diebstahl|körperverletz|eintrag|convict|sentence|jail|theft|fraud|caution|offence|offense|"
    r"assault|vermeldt|mentionne|shows|enthält|blanco|vierge|clean)"
)
_DEMONSTRATIVE = re.compile(r"(?<!\w)(?i:deze|these|those|ces|diese|dieser|diesen)\s")
# Something in a sentence that refers to a (singular) person.
_PERSON_REFERENCE = re.compile(
    r"(?<!\w)(?:hij|hem|zijn|haar|zij|ze|hun|il|elle|ils|elles|lui|leur|leurs|son|sa|ses|er|sie|ihm|ihn|ihnen|sein|"
    r"seine|seinen|seinem|seiner|ihre|ihrem|ihren|ihrer|he|him|his|she|her|they|them|their|betrokkene|"
    r"intéressée?|betroffene)(?!\w)",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"\s{0,3}(?:\([^()\n]{0,40}\))?\s{0,3}(?:[,;/\t|]|\s(?:en|et|und|and|&)\s)\s{0,3}")
SECOND_POSSESSIVES = frozenset({"uw", "jouw", "je", "votre", "vos", "ton", "ta", "tes", "dein", "deine", "deinen",
                                "deinem", "deiner", "your"})
GERMAN_FORMAL = frozenset({"Ihr", "Ihre", "Ihrer", "Ihrem", "Ihren"})
WEAK = ("title", "name", "ner", "cappair")
# Order of the evidence kinds: the first present names the tie (explanations, ``Finding.score``); as before
# the scored decision, so that a finding's score keeps its meaning for the policy (docs/policy.md).
ORDER = ("id", "row", "field", "possessive", "possessive2", "pronoun", "pronoun2", "subject", "title", "name",
         "listed", "ner", "cappair")
_BLANK_LINE = re.compile(r"\n[ \t\r>]*\n")
# A demonstrative or possessive before a count / plural points back at named people ("deze drie medewerkers").
_ANAPHORIC = re.compile(r"(?i:deze|die|ces|cettes|diese|these|those|zijn|haar|hun|leurs|ihre|their|beide|both)\s{1,3}$")
# Abbreviations whose dot does not end a sentence ("dr. Wim Claes", "prof. Van Loo", "Mevr. Vos").
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?i:dr|prof|dhr|mevr|mw|mr|mrs|ms|mme|mlle|m|st|nr|no|vb|bv|ca|resp|zgn|etc)\.$"
)
NAME_STRENGTH = {"title": 4, "name": 3, "ner": 2, "cappair": 1}


@dataclass(slots=True)
class Tie:
    """The features of one hit, and the person mention that ties it (for explanations, never its text)."""

    features: dict[str, float] = field(default_factory=dict)
    kind: str | None = None  # the strongest evidence kind, or None
    distance: int | None = None  # characters between the hit and that evidence
    mention: Mention | None = None

    def explain(self, text: str) -> dict[str, object]:
        out: dict[str, object] = {"tie": self.kind or "none"}
        if self.distance is not None:
            out["distance"] = self.distance
        if self.mention is not None:
            out["person"] = f"{self.mention.kind} {initials(text[self.mention.start:self.mention.end])}"
        return out


def sentence_bounds(text: str, start: int, end: int, reach: int = 240) -> tuple[int, int]:
    """The sentence holding ``text[start:end]`` (at most ``reach`` characters either side).

    Sentences end at ``.!?;`` (not after an abbreviation such as "Dr."), at a blank line, and at a line
    break after a short line (a heading, a list item, a table row, a "Label: value" line); a line break
    inside hard-wrapped prose (lines of 50 characters or more) does not end one.
    """
    return _sentence_start(text, max(0, start - reach), start), _sentence_end(text, end, min(len(text), end + reach))


def _is_break(text: str, i: int) -> bool:
    """Is the character at ``i`` a sentence border?"""
    c = text[i]
    if c in "!?;":
        return True
    if c == ".":
        return not _ABBREVIATION.search(text, max(0, i - 6), i + 1) and not (
            i + 1 < len(text) and text[i + 1].isdigit())
    if c != "\n":
        return False
    ls = text.rfind("\n", 0, i) + 1
    line = text[ls:i]
    if len(line) < 50 or "\t" in line or not line.strip(" \t>\r"):
        return True
    nxt = text.find("\n", i + 1)
    following = text[i + 1 : nxt if nxt != -1 else len(text)]
    return not following.strip(" \t>\r") or "\t" in following


def _sentence_start(text: str, lo: int, pos: int) -> int:
    """Start of the sentence holding ``pos`` (not before ``lo``): after the last border in ``[lo, pos)``."""
    for i in reversed([m.start() for m in _BORDER.finditer(text, lo, pos)]):
        if _is_break(text, i):
            return i + 1
    return lo


def _sentence_end(text: str, pos: int, hi: int) -> int:
    """End of the sentence holding ``pos`` (at most ``hi``): the first border in ``[pos, hi)``."""
    for m in _BORDER.finditer(text, pos, hi):
        if _is_break(text, m.start()):
            return m.start()
    return hi


# The characters that may end a sentence (``_is_break`` says whether one does), found by the regex engine
# instead of a Python loop over every character of the window.
_BORDER = re.compile(r"[.!?;\n]")


def _close_pair(text: str, m: Mention, hit: Hit) -> bool:
    """A bare capitalised pair (weakest evidence) must share the sentence with the hit; for German
    (where every noun is capitalised) it must also be the subject of a verb ("Helmut Weber ist")."""
    a, b = (m.end, hit.start) if m.end <= hit.start else (hit.end, m.start)
    if b - a > 120 or any(c in text[a:b] for c in ".!?") or _BLANK_LINE.search(text, a, b):
        return False
    return hit.lang != "de" or AFTER_NAME_VERB.match(text, m.end) is not None


# A phrase hit that starts with a preposition ("van Turkse afkomst", "of Roma origin") is not a noun
# a possessive could own: "zijn" / "sein" right before it is the verb ("ze zijn van Turkse afkomst").
_PREPOSITION_START = re.compile(r"(?i:van|of|von|aus|de|d['’]|du)\b")
_VERB_HOMOGRAPH_BEFORE = re.compile(r"(?<!\w)(?i:zijn|sein)[ \t]{1,3}$")


def _verb_homograph_before(text: str, start: int) -> bool:
    return (_PREPOSITION_START.match(text, start) is not None
            and _VERB_HOMOGRAPH_BEFORE.search(text, max(0, start - 10), start) is not None)


def enumerated(text: str, start: int, end: int) -> bool:
    """An item of a comma-separated enumeration ("Aïd el-Fitr, Yom Kippour, Noël"): not a person."""
    before = text[max(0, start - 3) : start].rstrip()
    after = text[end : end + 3].lstrip()
    return before.endswith((",", ":")) and after.startswith((",", ";", "."))


def _distance(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, b0 - a1, a0 - b1)


def _name_rank(m: Mention, s: int, e: int, slo: int, shi: int) -> tuple[bool, int, int]:
    """Which name a hit ties to: a title or known-name mention in the hit's own sentence first, then the
    strongest kind, then the nearest."""
    own = m.kind in ("title", "name") and slo <= m.start and m.end <= shi
    return own, NAME_STRENGTH[m.kind], -_distance(s, e, m.start, m.end)


class TieFeatures:
    """Computes the features of the hits of one text (cached per-text facts live on the ``TextContext``)."""

    def __init__(self, ctx: TextContext, all_features: bool = False, model: TieModel | None = None) -> None:
        self.ctx = ctx
        self.all_features = all_features  # also for hits without any person evidence (model fitting)
        self.model = model  # the decision the features are for: lets the French NER skip hopeless hits
        self.tied: set[tuple[int, int]] = set()  # person mentions of the findings reported so far
        self._generic_text: float | None = None

    def of(self, hit: Hit, topic_count: int, row: tuple[int, int, str | None] | None = None) -> Tie:
        """The features of ``hit``; ``row`` = (row start, row end, identifying evidence or None) when the
        hit lies in a table row or a form record (``records.py``), whose bounds then limit the search."""
        ctx, text, s, e = self.ctx, self.ctx.text, hit.start, hit.end
        f: dict[str, float] = {}
        tie = Tie(features=f)
        if row is not None:
            lo, hi, evidence = row
            if evidence is not None:
                f["ev_row" if evidence != "field" else "ev_field"] = 1.0
                tie.kind, tie.distance = ("row" if evidence != "field" else "field"), 0
                mention = next((m for m in ctx.names_in(lo, hi) if not (m.start < e and s < m.end)), None)
                tie.mention = mention
            return tie
        lo, hi = max(0, s - WINDOW), min(len(text), e + WINDOW)
        slo, shi = sentence_bounds(text, s, e)
        found: list[tuple[str, int | None]] = []
        ids = ctx.id_spans.overlapping(lo, hi)
        if ids:
            f["ev_id"] = 1.0
            found.append(("id", min(_distance(s, e, a, b) for a, b in ids)))
        pos = None if _verb_homograph_before(text, s) else ctx.people.possessive_word(text, s)
        if pos is not None and pos.lower() == "je" and (hit.lang == "fr" or _FRENCH_JE.search(text, max(0, s - 60), s)):
            pos = None  # "je suis juif": the French subject, not Dutch "je" (your)
        if pos is None and " " in text[s:e]:
            lead = text[s:e].split(None, 1)[0]  # a phrase led by the possessive: "his husband", "ihre Partnerin"
            pos = lead if lead.lower() in ctx.people.possessives else None
        if pos is not None:
            second = pos.lower() in SECOND_POSSESSIVES or pos in GERMAN_FORMAL
            f["ev_possessive2" if second else "ev_possessive"] = 1.0
            found.append(("possessive2" if second else "possessive", None))
        pronoun = ctx.people.pronoun_before(text, s, hit.lang)
        if pronoun is not None:
            # Dutch "je" is "you" ("Ben je ziek?"); French "je" is "I"
            second = pronoun == "je" and (hit.lang == "nl" or (not hit.lang and "ev_possessive2" in f))
            if not (second and "ev_possessive2" in f):  # one "you", not two
                f["ev_pronoun2" if second else "ev_pronoun"] = 1.0
                found.append(("pronoun2" if second else "pronoun", None))
        subjects = [m for m in ctx.people.subjects_in(text, lo, hi) if not ctx.addresses_recipient(m.start, m.end)]
        if subjects:
            f["ev_subject"] = 1.0
            found.append(("subject", min(_distance(s, e, m.start, m.end) for m in subjects)))
        best: Mention | None = None
        for m in ctx.names_in(lo, hi):
            if m.start < e and s < m.end:
                continue  # the "name" is the sensitive word itself
            if ctx.addresses_recipient(m.start, m.end) or ctx.contact_lines.contains(m.start, m.end):
                continue
            if m.kind == "cappair" and not _close_pair(text, m, hit):
                continue
            if ":" in text[max(0, m.start - 18) : m.start] and _ROLE_BEFORE.search(text, max(0, m.start - 40), m.start):
                continue  # "Lesgever: prof. Johan Leman": the professional, not the subject
            if self._role_column(m):
                continue  # a "Lesgever" / "Speaker" / "Formateur" column of a table: the professional
            # a name in the hit's own sentence beats a stronger kind elsewhere ("Patrick Wauters is lid van het
            # ABVV" over the quoted "mr. Van den Broeck" of the reply); then the strongest kind, then the nearest
            if best is None or _name_rank(m, s, e, slo, shi) > _name_rank(best, s, e, slo, shi):
                best = m
        listed = self._listed_names(shi) if not found else None
        if (best is None and not found and hit.lang == "fr" and ctx.people.ner is not None
                and ctx.ner_calls < MAX_NER_CALLS):
            ctx.ner_calls += 1  # counted even when skipped: the later hits of the text get the same windows
            if listed is not None or not self._ner_cannot_report(hit, topic_count, slo, shi):
                nlo, nhi = max(0, s - NER_WINDOW), min(len(text), e + NER_WINDOW)
                for m in ctx.people.ner_persons(text, nlo, nhi):
                    if ctx.addresses_recipient(m.start, m.end) or ctx.contact_lines.contains(m.start, m.end):
                        continue
                    if _close_pair(text, m, hit) and not enumerated(text, m.start, m.end):
                        best = m
                        break
        if listed is not None and (best is None or not (slo <= best.start and best.end <= shi)):
            best = None  # the names listed after "...:" are the ones the sentence is about
            f["ev_listed"] = 1.0  # "... joined the FNV union:\n- Priya Moreau\n- Hannah Kowalski"
            found.append(("listed", _distance(s, e, listed.start, listed.end)))
            tie.mention = listed
        if best is not None:
            d = _distance(s, e, best.start, best.end)
            f[f"ev_{best.kind}"] = 1.0
            f["name_far"] = min(2.0, d / 100)
            if not (slo <= best.start and best.end <= shi):
                f["name_other_sentence"] = 1.0
                if (best.start, best.end) in self.tied or _SUBJECT_LINE.search(
                        text, text.rfind("\n", 0, best.start) + 1, best.start):
                    # the person of an earlier finding, or the one the mail is about ("Betreft: dossier van
                    # Dhr. Peeters"): the text is about them
                    f["mention_tied"] = 1.0
                elif "ev_pronoun" not in f and not self._points_back(best, slo, shi):
                    # a subject pronoun of the hit's clause ("war ich Anhänger der ...") refers to a person
                    f["name_bare"] = 1.0  # nothing in the hit's sentence refers to a person ("he", "her", "Joris")
            statistic = (_PERCENT.search(text, slo, shi) or AGGREGATE_WORDS.search(ctx, slo, shi)
                         or next(_headcounts(text, slo, shi), None))
            if "name_bare" in f and not found and statistic:
                # a statistic (counts, percentages) and a name only in another sentence that nothing here
                # refers to: the named person is the contact or the author of the figures, not their subject
                f["aggregate_bare"] = 1.0
            if self._in_list(best):
                f["name_in_list"] = 1.0
                if "name_other_sentence" in f and "mention_tied" not in f:
                    # an attendee of a roster ("Present: A (chair), B, C") and the hit in a later sentence:
                    # minutes name who attended, not whose data the agenda items are
                    f["roster_name"] = 1.0
            found.append((best.kind, d))
            tie.mention = best
        if found:
            kind, d = min(found, key=lambda kd: ORDER.index(kd[0]))
            tie.kind, tie.distance = kind, d
        elif not self.all_features:
            return tie  # no person at all: nothing to weigh (the decision requires a tie)
        self._context(hit, topic_count, tie, slo, shi, best, bool(found))
        return tie

    def _context(self, hit: Hit, topic_count: int, tie: Tie, slo: int, shi: int, best: Mention | None,
                 found: bool) -> None:
        """The context features of ``hit`` (sentence ``[slo, shi)``, person mention ``best``, any person
        evidence ``found``) added to ``tie.features``."""
        ctx, text, s, e, f = self.ctx, self.ctx.text, hit.start, hit.end, tie.features
        generic = GENERIC_MARKERS.count(ctx, slo, shi)
        if (generic and hit.entity in ELECTION_TOPIC_ENTITIES and best is not None
                and slo <= best.start and best.end <= shi):
            # "X komt op voor Groen bij de verkiezingen"; "X is lid van het ABVV en stelt zich kandidaat bij de
            # sociale verkiezingen" (works-council elections are the union's own topic)
            generic -= POLITICAL_TOPIC.count(ctx, slo, shi)
        generic = min(3, max(0, generic))
        strong = any(k in f for k in ("ev_id", "ev_subject", "ev_possessive", "ev_pronoun"))
        if generic and not strong:
            # a marker word of a generic text ("workshop", "training", "tender") cancels a name tie; it does
            # not cancel "he is undergoing chemotherapy" (a pronoun, a possessive, a dossier subject, a number)
            f["generic"] = float(generic)
            f["generic_weak"] = float(generic)
        if self.generic_text:
            f["generic_text"] = round(self.generic_text, 3)
        counts = sum(1 for m in _headcounts(text, slo, shi)
                     if not _ANAPHORIC.search(text, max(slo, m.start() - 12), m.start()))
        rates = RATE_WORDS.count(ctx, slo, shi)  # also counted by AGGREGATE_WORDS: once, as figures
        figures = sum(1 for _ in _PERCENT.finditer(text, slo, shi)) + rates
        if figures and self._one_person(f, best, slo, shi):
            figures = 0  # "hij is 66 % arbeidsongeschikt", "son taux d'incapacité": a figure about one person
        aggregate = figures + counts + AGGREGATE_WORDS.count(ctx, slo, shi) - rates
        if aggregate:
            f["aggregate"] = float(min(3, aggregate))
        if _plural_hit(text, e) or any(
                not _ANAPHORIC.search(text, max(slo, m.start() - 12), m.start()) and not ctx.names_in(m.end(), s)
                and not _TIME_AFTER.match(text, m.end())
                and not (hit.lang == "de" and m.group().lower() in _GERMAN_NOT_PEOPLE)
                for m in PLURAL_PEOPLE.finditer(ctx, slo, s)):
            # "de werknemers met ...", not "deze drie medewerkers" (named ones) nor "les agents ..., Patrick
            # Lejeune et ... sont" (the named people are the subject)
            f["plural_subject"] = 1.0
        procedural = PROCEDURAL.search(ctx, slo, shi) is not None
        if procedural:
            f["procedural"] = 1.0
        conditional = _CONDITIONAL.search(text[slo:s]) is not None
        if conditional:
            f["conditional"] = 1.0
        if self.group_address:
            f["group_address"] = 1.0
        second = "ev_possessive2" in f or "ev_pronoun2" in f
        if second and (conditional or self.group_address or generic or procedural or self.hypothetical):
            f["second_generic"] = 1.0  # "Als u ziek bent, ...", a circular to all staff
        elif second and self.named_address:
            f["mention_tied"] = 1.0  # "Beste mevrouw Peeters, uw ziekteverlof ...": the letter is about her
        line_start = text.rfind("\n", 0, s) + 1
        if text[line_start : min(s, line_start + 12)].lstrip(" \t").startswith(">"):
            f["quoted"] = 1.0
        if _HEDGE.search(text, max(slo, s - 30), s):
            f["hedged"] = 1.0  # "eventuele veroordelingen", "any convictions", "le cas échéant"
        if "ev_possessive" not in f and (_REGARDLESS_BEFORE.search(text, slo, s)
                                         or _ALTERNATIVE_AFTER.match(text, e)):
            f["open_category"] = 1.0  # "ongeacht afkomst of geloof", "gelovig of niet": nobody's data
        if _INSTRUCTION.search(text, slo, shi):
            f["instruction"] = 1.0  # "U kunt ... aanvragen", "Sie können ... herunterladen", "you can apply"
        if enumerated(text, s, e) and not ctx.names_in(max(0, s - 60), s - 1):
            f["enumerated"] = 1.0  # "Aïd el-Fitr, Yom Kippour, Noël"; not "La famille Benali, d'origine rom,"
        if (hit.entity == "ART9_POLITICAL_OPINION" and best is not None and tie.kind in WEAK
                and _MANDATE_BEFORE.search(text, max(0, best.start - 40), best.start)):
            f["mandate"] = 1.0  # "schepen Els Peeters, lid van de N-VA", "Councillor Jones, a Labour member": public
        if (hit.entity == "ART10_CRIMINAL" and _RECORD_DOCUMENT.search(text, max(slo, s - 40), min(shi, e + 40))
                and _RECORD_REQUEST.search(text, slo, shi)
                and not self._record_content(slo, shi, own=best is not None and "name_other_sentence" not in f)):
            f["record_request"] = 1.0  # "send us an extract of your criminal record": a procedure
        if hit.entity in THING_ENTITIES and thing_modifier(text, s, e, hit.lang):
            f["thing_modifier"] = 1.0  # "biometric passport readers", "the DNA database": a kind of thing
        if topic_of_event(ctx, slo, s):
            f["event_topic"] = 1.0  # "de studiedag over genetisch onderzoek": the topic of an event
        if self.blank_form and not any(k in f for k in _NAMING_EVIDENCE):
            f["blank_form"] = 1.0  # "[ ] I agree that my DNA is sequenced" on a form nobody has filled in
        if topic_count > 1:
            f["topic_density"] = round(min(2.0, math.log10(topic_count)), 3)
        line_end = text.find("\n", e, e + 80)
        line_end = len(text) if line_end == -1 and len(text) - e < 80 else line_end
        if 0 <= line_end - line_start <= 70 and best is None and not found:
            line = text[line_start:line_end].strip()
            if len(line) <= 60 and not line.endswith((".", "!", "?", ":", ",")):
                f["heading"] = 1.0

    def _ner_cannot_report(self, hit: Hit, topic_count: int, slo: int, shi: int) -> bool:
        """Would ``hit`` stay unreported whatever person the French NER window finds? (Then spaCy need not run.)

        Called where the NER tie is the last resort: no other evidence, no name, no listed names. A person found
        there adds ``ev_ner`` and the mention's own features (distance, other sentence, tied or bare, in a list,
        and for a political hit fewer generic markers); every other feature is the same whoever it is. So the
        context features are computed without a mention, each mention feature is added at its most favourable
        value, and the hit cannot be reported when even that margin stays under the threshold, or when a cancel
        that does not depend on the mention fires. Exact: only a decision that is "no" whatever NER says is
        taken without it; ``all_features`` (model fitting) always runs NER."""
        model = self.model
        if model is None or self.all_features or not 0.0 < model.threshold < 1.0:
            return False
        probe = Tie(features={})
        self._context(hit, topic_count, probe, slo, shi, None, True)
        f = probe.features
        if any(f.get(k) for k in MENTION_FREE_CANCELS & model.cancels):
            return True
        w = model.weights.get
        bound = model.margin(f) + w("ev_ner", 0.0) + max(0.0, 2.0 * w("name_far", 0.0))  # name_far in [0, 2]
        bound += max(0.0, w("name_other_sentence", 0.0) + max(0.0, w("mention_tied", 0.0), w("name_bare", 0.0)))
        bound += max(0.0, w("name_in_list", 0.0)) + max(0.0, w("labelled", 0.0))  # labelled: set by the caller
        if hit.entity == "ART9_POLITICAL_OPINION":  # a mention in the sentence may take the generic markers away
            bound += max(0.0, -sum(w(k, 0.0) * f.get(k, 0.0) for k in ("generic", "generic_weak")))
        return bound < math.log(model.threshold / (1.0 - model.threshold)) - 1e-9

    def _one_person(self, f: dict[str, float], best: Mention | None, slo: int, shi: int) -> bool:
        """The hit's sentence is about one person (a third- or first-person pronoun or possessive, a dossier
        subject, or a title / known name in the sentence) and names no group of people: its percentages and
        rates ("66 % arbeidsongeschikt", "taux d'incapacité de 50 %", "disability rate") are that person's."""
        one = (any(k in f for k in ("ev_pronoun", "ev_possessive", "ev_subject"))
               or (best is not None and best.kind in ("title", "name") and slo <= best.start and best.end <= shi))
        return one and PLURAL_PEOPLE.search(self.ctx, slo, shi) is None

    def _role_column(self, m: Mention) -> bool:
        """The mention is a cell of a table column whose header names a professional role ("Lesgever",
        "Spreker", "Formateur", "Referent", "Speaker", "Contact"): a schedule's trainer, not a data subject."""
        text = self.ctx.text
        for t in self.ctx.tables:
            if t.start <= m.start < t.end and t.header:
                line_start = text.rfind("\n", 0, m.start) + 1
                i = text.count("\t", line_start, m.start)
                return i < len(t.header) and _ROLE_BEFORE.search(t.header[i].strip() + ":") is not None
        return False

    def _record_content(self, slo: int, shi: int, own: bool) -> bool:
        """The sentence says what a criminal-record extract holds; for a named person's own extract ("het
        uittreksel van Kevin Desmet ontvangen. Daarop staat een veroordeling"), the rest of the paragraph too."""
        text = self.ctx.text
        if not own:
            return _RECORD_CONTENT.search(text, slo, shi) is not None
        blank = _BLANK_LINE.search(text, shi, min(len(text), shi + 400))
        hi = blank.start() if blank else min(len(text), shi + 400)
        return _RECORD_CONTENT.search(text, slo, hi) is not None

    @cached_property
    def blank_form(self) -> bool:
        """The text is a blank form: two or more fill-in fields left empty (``_BLANK_FIELD``)."""
        blanks = _BLANK_FIELD.finditer(self.ctx.text[:50_000])
        return sum(1 for _ in itertools.islice(blanks, BLANK_FORM_FIELDS)) >= BLANK_FORM_FIELDS

    @cached_property
    def group_address(self) -> float:
        """The text opens by addressing a group ("Beste collega's", "Chers collègues", "Dear all")."""
        return 1.0 if _GROUP_SALUTATION.search(self.ctx.text[:600]) else 0.0

    @cached_property
    def named_address(self) -> bool:
        """The text opens by addressing one named person ("Beste mevrouw Peeters", "Sehr geehrter Herr Weber")."""
        ctx = self.ctx
        if self.group_address:
            return False
        return any(m.kind in ("title", "name") and ctx.salutations.contains(m.start, m.end)
                   for m in ctx.names_in(0, min(len(ctx.text), 300)))

    @cached_property
    def list_lines(self) -> set[int]:
        return {m.start() for m in _LIST_LABEL.finditer(self.ctx.text)}

    @cached_property
    def hypothetical(self) -> bool:
        """The text addresses "you" hypothetically somewhere ("Ben je ziek?", "Si vous êtes malade")."""
        return _HYPOTHETICAL.search(self.ctx.text[:20_000]) is not None

    @property
    def generic_text(self) -> float:
        """Generic markers per 1000 characters of the text, outside the signature (computed once)."""
        if self._generic_text is None:
            ctx = self.ctx
            markers = sum(1 for m in GENERIC_MARKERS.finditer(ctx) if not ctx.signatures.contains(m.start(), m.end()))
            self._generic_text = min(2.0, markers * 1000 / max(len(ctx.text), 2000))  # damped on short texts
        return self._generic_text

    def _listed_names(self, sentence_end: int) -> Mention | None:
        """The first name of a list introduced by the hit's sentence ("...:" then lines with names)."""
        text = self.ctx.text
        i = sentence_end
        while i < len(text) and text[i] in " \t\r":
            i += 1
        if i > 0 and text[i - 1 : i] != ":" and text[i : i + 1] != ":":
            return None
        nl = text.find("\n", i, i + 4)
        if nl == -1:
            return None
        for m in self.ctx.names_in(nl, min(len(text), nl + 300)):
            if m.kind in ("title", "name") and not self.ctx.addresses_recipient(m.start, m.end):
                return m
        return None

    def _points_back(self, m: Mention, slo: int, shi: int) -> bool:
        """The hit's sentence refers to a person: a singular pronoun / possessive, or the mention's words."""
        text = self.ctx.text
        if _PERSON_REFERENCE.search(text, slo, shi):
            return True
        for d in _DEMONSTRATIVE.finditer(text, slo, shi):  # "deze drie medewerkers", "these employees"
            if PLURAL_PEOPLE.search(self.ctx, d.end(), min(shi, d.end() + 30)):
                return True
        words = [w for w in re.findall(r"[^\W\d_]{3,}", text[m.start : m.end]) if w[0].isupper()]
        return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text[slo:shi]) for w in words[-2:])

    def _in_list(self, m: Mention) -> bool:
        """On an "Aanwezig:/Présents:/Attendees:" line, or one of three names or more separated only by
        commas, conjunctions or a role in brackets (a roster, not a sentence about them)."""
        text = self.ctx.text
        ls = text.rfind("\n", 0, m.start) + 1
        le = text.find("\n", m.end)
        le = len(text) if le == -1 else le
        if ls in self.list_lines:
            return True
        names = self.ctx.names_in(max(ls, m.start - 400), min(le, m.end + 400))  # bounded on a huge line
        run = best = 1
        for a, b in itertools.pairwise(names):
            run = run + 1 if _LIST_GAP.fullmatch(text, a.end, b.start) else 1
            best = max(best, run)
        return best >= 3
