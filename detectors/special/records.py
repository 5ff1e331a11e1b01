"""Records: table rows and "Label: value" blocks, where a column header or a field label names the category.

A spreadsheet of staff with a "Vakbond" column, a CSV export with ``union_membership``, an STR
profile table (D3S1358, vWA, FGA...), a Word table with "Ethnicity", a PDF form with "Diagnose:",
lines "Religion: Sikh" in a mail: the header says what the data is, every row (or block) is a
record. A category column or label applies to each record that identifies a person (a name, a
national number, a staff number, a private e-mail address) and has a non-empty value there: one
finding per record and category, at ``<segment>!row=14`` / ``!table=2!row=3`` / ``!line=12`` (the first
``MAX_ROW_FINDINGS`` of a table and category; every one counted in ``explain["rows"]``).

A table with no person column (aggregate counts by union, origin or diagnosis group, a calendar of
religious holidays) gives nothing, whatever its headers say. Lexicon hits inside a table row tie only
to that row's person; hits in a header line are column names, not data (``SpecialCategoryRecognizer``).

Vocabulary: ``detectors/lexicons/fields/<kind>.<lang>.txt`` (``fields/README.md``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from detectors.masking import initials
from detectors.patterns import word_list_regex
from detectors.special.lexicon import CATEGORIES, Lexicon, gazetteer_fills
from detectors.text_context import TextContext
from gateway.model import Table

FIELD_KINDS = {**CATEGORIES, "person": "FIELD_PERSON", "identifier": "FIELD_ID", "email": "FIELD_EMAIL",
               "not_person": "FIELD_NOT_PERSON", "str_locus": "FIELD_STR_LOCUS"}
_ART = frozenset(CATEGORIES.values())
# Values that say "nothing here".
_EMPTY = frozenset("""
- – — / \\ ? 0 n/a na n.a. n.v.t. nvt nihil néant neant s.o. sans objet entfällt geen neen nee niet non nein no
none nil aucun aucune keine kein onbekend inconnu unbekannt unknown leeg vide leer empty
""".split()) | {"n.v.t", "sans objet", "not applicable", "niet van toepassing", "non applicable", "nicht zutreffend"}
_NUMERIC = re.compile(r"[\d\s.,%+\-()]+")
# Values of a blank form or an import template: "…", "___", "xxx", "<naam>", "[name]", "{{nom}}", "jj/mm/aaaa",
# "(à remplir)", "in te vullen", "TBD". They hold no data: no person, no category value.
_PLACEHOLDER = re.compile(
    r"[\W_]*|"  # punctuation only: "…", "...", "___", "-- --", "***"
    r"(?i:x{3,}(?:[\W_]+x+)*|x{1,2}(?:[\W_]+x+){2,})|"  # "xxx", "XXXXXXXXX", "xx.xx.xx-xxx.xx" (not a tick "x")
    r"<[^<>\d]{0,40}>|\[[^\[\]\d]{0,40}\]|\{\{?[^{}\d]{0,40}\}?\}|"  # "<naam>", "[name]", "{{nom}}"
    r"(?i:[djmtya]{1,4}(?:[./\- ][djmtya]{1,4}){2})|"  # date templates: jj/mm/aaaa, dd-mm-yyyy, TT.MM.JJJJ
    r"\(?(?i:(?:à|a)\s(?:remplir|compléter|completer|préciser|definir|définir)|in\ste\svullen|invullen|aan\ste\svullen|"
    r"auszufüllen|ausfüllen|bitte\sausfüllen|to\sbe\s(?:completed|filled(?:\sin)?|confirmed|defined)|fill\sin|"
    r"tbd|tbc|n\.?t\.?b\.?|à\sdéfinir|lorem\sipsum)\b[^\n]{0,60}"
)
_NAME_LIKE = re.compile(r"[^\W\d_]{2,}")
_EMAIL = re.compile(r"[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,6}")
# Structural evidence -> score of the finding (documented in docs/detectors.md).
SCORES = {"id": 0.95, "name": 0.9, "person": 0.9, "staff": 0.85, "email": 0.85}
MAX_FORM_SCAN_ROWS = 50  # form lines are looked for inside small tables only (key / value tables)
# Findings per table and category: every row is counted (``explain["rows"]``), the first ones reported. A
# 200 000-row export would otherwise put 200 000 findings into the verdict, the quarantine and the notice.
MAX_ROW_FINDINGS = 1000
_FORM_LINE = re.compile(
    r"^[ \t>]{0,8}(?P<label>[^\W\d_][^\n:\t]{0,47}?)[ \t]{0,3}(?::[ \t]*|\t)(?P<value>[^\n\t]{1,300}?)[ \t\r]*$",
    re.MULTILINE,
)


@lru_cache(maxsize=1)
def field_vocabulary() -> FieldVocabulary:
    return FieldVocabulary()


class FieldVocabulary:
    """Classifies a header cell or a label: which categories it names, whether it is a person column."""

    def __init__(self) -> None:
        self.lexicon = Lexicon.load("lexicons/fields", FIELD_KINDS)
        self.gazetteers = {k.strip("{}"): word_list_regex(v) for k, v in gazetteer_fills().items()}
        self._cache: dict[str, Label] = {}

    def classify(self, label: str) -> Label:
        key = " ".join(label.lower().replace("_", " ").split())[:80]
        hit = self._cache.get(key)
        if hit is None:
            kinds: set[str] = set()
            cats: list[tuple[str, str, str]] = []
            for h in self.lexicon.hits(key, max_hits=20):
                if h.entity in _ART:
                    if all(c[0] != h.entity for c in cats):
                        cats.append((h.entity, h.requires, key[h.start : h.end]))
                    elif h.requires == "measure":  # "Grad der Behinderung" over "Behinderung": a degree column
                        cats = [(e, "measure", key[h.start : h.end]) if e == h.entity else (e, r, t)
                                for e, r, t in cats]
                    elif not h.requires:  # "Template Handvenen": an unambiguous word decides over "template"
                        cats = [(e, "", key[h.start : h.end]) if e == h.entity and r not in ("", "measure")
                                else (e, r, t) for e, r, t in cats]
                else:
                    kinds.add(h.entity)
            person = "FIELD_PERSON" in kinds and "FIELD_NOT_PERSON" not in kinds
            locus = "FIELD_STR_LOCUS" in kinds or _SNP_ID.fullmatch(key) is not None
            hit = Label(tuple(cats), person, "FIELD_ID" in kinds, "FIELD_EMAIL" in kinds, locus)
            if len(self._cache) < 10_000:
                self._cache[key] = hit
        return hit

    def value_ok(self, entity: str, requires: str, value: str) -> bool:
        """A non-empty value of the category (not a placeholder, not a count)."""
        v = " ".join(value.lower().split()).strip(" .;:")
        if not v or v in _EMPTY or placeholder(v):
            return False
        if requires == "measure":  # a degree of disability / incapacity: "66 %", "50", "7 punten" are the data
            return not _ZERO.fullmatch(v)
        if requires == "template":  # "Template", "Embedding", "Vector": biometric only with template-like data
            return _TEMPLATE_VALUE.search(value) is not None
        if requires and not self.gazetteers.get(requires, _NEVER).search(v):
            return False
        # a count or a percentage is aggregate data (allele values and templates are numbers too)
        return entity in ("ART9_GENETIC", "ART9_BIOMETRIC") or v == "1" or not _NUMERIC.fullmatch(v)


_NEVER = re.compile(r"(?!x)x")


def _names_one(rx: re.Pattern[str], value: str) -> bool:
    """The cell starts with a gazetteer name; a short one (an acronym: "MR", "PS", "FO") only in capitals, so
    a title column ("Mr", "Ms") is not a party column."""
    m = rx.match(value.lower())
    return m is not None and (m.end() > 3 or value[: m.end()].isupper())


# Gazetteers that type a column by its values (``Records._valued_columns``).
_VALUED = (("union", "ART9_TRADE_UNION"), ("party", "ART9_POLITICAL_OPINION"))
# A SNP named by its dbSNP identifier ("rs429358", "rs7412"): a genotype column, like an STR locus (two or more
# such columns name a table of genotypes).
_SNP_ID = re.compile(r"rs\d{3,10}")
_ZERO = re.compile(r"0+(?:[.,]0+)?\s?%?")
# A biometric template or embedding as data: a vector of decimals, a long hex or base64 string.
_TEMPLATE_VALUE = re.compile(
    r"-?\d{1,3}\.\d{2,}(?:[\s,;|]{1,3}-?\d{1,3}\.\d{2,}){3}|(?<![\w+/])[0-9A-Fa-f]{32,}|(?<![\w+/])[A-Za-z0-9+/]{40,}={0,2}"
)


def placeholder(value: str) -> bool:
    """A blank-form or template value ("…", "xxx", "<naam>", "jj/mm/aaaa", "(à remplir)"), not data."""
    v = value.strip()
    return len(v) <= 120 and _PLACEHOLDER.fullmatch(v) is not None


@dataclass(frozen=True, slots=True)
class Label:
    categories: tuple[tuple[str, str, str], ...] = ()  # (entity, requires, matched vocabulary term)
    person: bool = False
    identifier: bool = False
    email: bool = False
    locus: bool = False


@dataclass(slots=True)
class Record:
    """A table row or a form block: its span, where it is, and what identifies its person (if anything)."""

    start: int
    end: int
    suffix: str  # location suffix, e.g. "!row=14", "!table=2!row=3", "!line=12"
    kind: str  # "row" or "form"
    evidence: str | None = None  # id | name | person | staff | email
    mention: tuple[int, int, str] | None = None  # the identifying value (for explanations: kind + initials)
    entities: set[str] = field(default_factory=set)  # categories already reported for this record


@dataclass(slots=True)
class RecordHit:
    """A category value in a record: one finding (entity at ``start:end`` of the text)."""

    entity: str
    start: int
    end: int
    record: Record
    rule: str  # table_column | form_field
    column: int  # 1-based column (tables) or 0
    term: str  # the field-vocabulary entry that named the category (our data, not the message's)
    total: int = 0  # rows of this table with this category (set when the table is read)

    @property
    def score(self) -> float:
        return SCORES.get(self.record.evidence or "", 0.0)

    def explain(self, text: str) -> dict[str, object]:
        r = self.record
        out: dict[str, object] = {"rule": self.rule, "tie": f"{r.kind}:{r.evidence}", "distance": 0}
        if self.column:
            out["column"] = self.column
        if self.term:
            out["term"] = self.term
        if self.total:
            out["rows"] = self.total  # how many rows of the table hold this category (all are counted)
        if r.mention is not None:
            s, e, kind = r.mention
            out["person"] = f"{kind} {initials(text[s:e])}" if kind in ("name", "person") else kind
        return out


@dataclass(slots=True)
class _TableIndex:
    """One table's rows (their start offsets) and the meaning of its columns; rows become records lazily."""

    table: Table
    row_starts: list[int]
    person_cols: list[int]
    id_cols: list[int]
    mail_cols: list[int]
    records: dict[int, Record] = field(default_factory=dict)
    # (identified rows, [(entity, rows with a value of it)] per category column): what the table found in a
    # row, given to the row's record when it is made (set when the table has category columns)
    found: tuple[set[int], list[tuple[str, set[int]]]] | None = None
    tests: _CellTests = field(default_factory=lambda: _CellTests())

    def identifying_columns(self) -> tuple[tuple[list[int], str, _Memo], ...]:
        """The columns that identify a row's person, in the order they are tried after an identifier span:
        (columns, evidence kind, the memoised cell test). One order for a row and for a column."""
        tests = self.tests
        return ((self.person_cols, "name", tests.name), (self.id_cols, "staff", tests.filled),
                (self.mail_cols, "email", tests.email))


class Records:
    """The records of one text: table rows (from ``Segment.tables``) and "Label: value" blocks.

    A table with a category column is read column-wise when the object is built (``_table_hits``: the
    findings); a row becomes a record when it reports a finding or when a lexicon hit falls in it (``at``),
    so a long table costs a few passes over its columns, and per-row work only for the rows that matter.
    """

    def __init__(self, ctx: TextContext, tables: tuple[Table, ...] = ()) -> None:
        self.ctx = ctx
        self.vocab = field_vocabulary()
        self.hits: list[RecordHit] = []
        self.forms: list[Record] = []
        self.headers: list[tuple[int, int]] = []
        self.unidentified: list[tuple[str, int, int, str]] = []  # form values without a person: (entity, s, e, term)
        self._skip_form: list[tuple[int, int]] = []
        self._newlines: list[int] | None = None
        self._tables: list[_TableIndex] = []
        for table in sorted(tables, key=lambda t: t.start):
            self._table(table)
        self._table_starts = [t.table.start for t in self._tables]
        self._forms()
        self.forms.sort(key=lambda r: r.start)
        self._form_starts = [r.start for r in self.forms]
        self.headers.sort()

    # --- lookups used by the lexicon recognizer -------------------------------------------------------
    def at(self, pos: int) -> Record | None:
        """The table row or form block holding ``pos``, if any."""
        i = bisect.bisect_right(self._table_starts, pos) - 1
        if i >= 0 and pos < self._tables[i].table.end:
            index = self._tables[i]
            row = bisect.bisect_right(index.row_starts, pos) - 1
            return self._row(index, row) if row >= 0 else None
        i = bisect.bisect_right(self._form_starts, pos) - 1
        if i >= 0 and self.forms[i].start <= pos < self.forms[i].end:
            return self.forms[i]
        return None

    def line_suffix(self, pos: int) -> str:
        """``!line=N`` of a position (1-based line of the text)."""
        if self._newlines is None:
            text, found, i = self.ctx.text, [], self.ctx.text.find("\n")
            while i != -1:
                found.append(i)
                i = text.find("\n", i + 1)
            self._newlines = found
        return f"!line={bisect.bisect_left(self._newlines, pos) + 1}"

    def in_header(self, pos: int) -> bool:
        i = bisect.bisect_right(self.headers, (pos, 1 << 62)) - 1
        return i >= 0 and self.headers[i][0] <= pos < self.headers[i][1]

    # --- tables ------------------------------------------------------------------------------------------
    def _table(self, table: Table) -> None:
        text = self.ctx.text
        if not (0 <= table.start <= table.end <= len(text)):
            return
        header = table.header
        if any(h.strip() and placeholder(h) for h in header):
            # "Naam deelnemer | [naam]": a blank vertical form (label | value), not a header row over records
            header = []
        header_start = text.rfind("\n", 0, max(0, table.start - 1)) + 1 if header else table.start
        if header:
            self.headers.append((header_start, table.start))
        labels = [self.vocab.classify(h) for h in header]
        loci = [i for i, lab in enumerate(labels) if lab.locus]
        columns: list[tuple[int, str, str, str]] = []  # (index, entity, requires, term)
        for i, lab in enumerate(labels):
            for entity, requires, term in lab.categories:
                columns.append((i, entity, requires, term))
        if len(loci) >= 2:
            columns += [(i, "ART9_GENETIC", "", "str_locus") for i in loci]
        lines = text[table.start : table.end].split("\n")
        if header:
            columns += self._valued_columns(labels, {c[0] for c in columns}, lines)
        starts = list(itertools.accumulate([len(ln) + 1 for ln in lines[:-1]], initial=table.start))
        index = _TableIndex(table, starts, [i for i, lab in enumerate(labels) if lab.person and not lab.categories],
                            [i for i, lab in enumerate(labels) if lab.identifier],
                            [i for i, lab in enumerate(labels) if lab.email])
        self._tables.append(index)
        if len(starts) > MAX_FORM_SCAN_ROWS:
            self._skip_form.append((header_start, table.end))
        if columns:
            self._table_hits(index, columns, [ln.split("\t") for ln in lines])

    def _valued_columns(self, labels: list[Label], taken: set[int],
                        lines: list[str]) -> list[tuple[int, str, str, str]]:
        """Columns typed by their values: a column with no category header ("Organisation", "Organisatie",
        "Liste", "Bond") whose non-empty cells name a trade union / a party of the gazetteers, at least two
        rows and three quarters of them, holds that affiliation for each row's person ("Matricule | Nom |
        Organisation | Montant" of a union-dues deduction list). Person, number and e-mail columns are
        not typed; a table without a person is dropped later (``_identified``)."""
        if len(lines) < 2:
            return []
        out: list[tuple[int, str, str, str]] = []
        cells = [ln.split("\t") for ln in lines[:200]]
        for i, lab in enumerate(labels):
            if i in taken or lab.person or lab.identifier or lab.email or lab.categories:
                continue
            values = [c[i].strip() for c in cells if len(c) > i and c[i].strip()]
            if len(values) < 2:
                continue
            for kind, entity in _VALUED:
                rx = self.vocab.gazetteers.get(kind, _NEVER)
                named = sum(1 for v in values if len(v) <= 40 and _names_one(rx, v))
                if named >= 2 and named * 4 >= len(values) * 3:
                    out.append((i, entity, kind, kind))
                    break
        return out

    def _table_hits(self, index: _TableIndex, columns: list[tuple[int, str, str, str]],
                    rows: list[list[str]]) -> None:
        """The findings of a table with category columns, column-wise: each column's distinct values are
        judged once (``value_ok``); the rows holding a category value are identified column by column
        (:meth:`_identified`); counting is set arithmetic, and only the rows reported become records."""
        good: list[set[int]] = []  # per entry of ``columns``: the rows whose cell is a value of the category
        judged: dict[tuple[str, str], dict[str, bool]] = {}
        for i, entity, requires, _ in columns:
            memo = judged.setdefault((entity, requires), {})
            values = {c[i] for c in rows if len(c) > i}
            for v in values - memo.keys():
                memo[v] = self.vocab.value_ok(entity, requires, v)
            ok = {v for v in values if memo[v]}
            good.append({r for r, c in enumerate(rows) if len(c) > i and c[i] in ok} if ok else set())
        identified = set(self._identified(index, rows, sorted(set().union(*good))))
        with_entity: dict[str, set[int]] = {}  # entity -> the identified rows with a value of it (any column)
        for (_, entity, _, _), rows_ok in zip(columns, good, strict=True):
            with_entity.setdefault(entity, set()).update(rows_ok & identified)
        counts = {entity: len(rows_e) for entity, rows_e in with_entity.items()}
        # Every row is counted; the first MAX_ROW_FINDINGS rows of each category are reported, and only the
        # rows that report something become records here. The others keep what the table found in them
        # (``_TableIndex.found``) for the record a lexicon hit may make later (``at``).
        shown = {entity: set(sorted(rows_e)[:MAX_ROW_FINDINGS]) for entity, rows_e in with_entity.items()}
        index.found = (identified, [(c[1], rows_ok) for c, rows_ok in zip(columns, good, strict=True)])
        mine: list[RecordHit] = []
        for row in sorted(set().union(*shown.values())):
            found: dict[str, tuple[int, str]] = {}  # entity -> its first column with a value (and the term)
            for (i, entity, _, term), rows_ok in zip(columns, good, strict=True):
                if row in rows_ok and entity not in found:
                    found[entity] = (i, term)
            cells = rows[row]
            record = self._row(index, row, cells)
            for entity, (i, term) in found.items():
                if row in shown[entity]:
                    start = _cell_start(index.row_starts[row], cells, i)
                    mine.append(RecordHit(entity, start, start + len(cells[i]), record, "table_column", i + 1, term,
                                          counts[entity]))
        self.hits += mine

    def _identified(self, index: _TableIndex, rows: list[list[str]], candidates: list[int]) -> list[int]:
        """The ``candidates`` rows that identify a person (what :meth:`_identify_row` would find), column by
        column: an identifier span, then the person, identifier and e-mail columns, then a name mention."""
        ctx, starts, table = self.ctx, index.row_starts, index.table

        def end(row: int) -> int:
            return starts[row + 1] - 1 if row + 1 < len(starts) else table.end

        yes: set[int] = set()
        left = candidates
        if len(ctx.id_spans):
            yes = {r for r in left if ctx.id_spans.any(starts[r], end(r))}
            left = [r for r in left if r not in yes]
        for cols, _, memo in index.identifying_columns():
            for i in cols:
                if not left:
                    break
                got = {r for r in left if len(rows[r]) > i and memo[rows[r][i]]}
                if got:
                    yes |= got
                    left = [r for r in left if r not in got]
        for r in left:
            if any(m.kind in ("title", "name") for m in ctx.names_in(starts[r], end(r))):
                yes.add(r)
        return sorted(yes)

    def _row(self, index: _TableIndex, row: int, cells: list[str] | None = None) -> Record:
        """The record of one row (identified once; ``cells`` when the caller has split it already)."""
        record = index.records.get(row)
        if record is None:
            start = index.row_starts[row]
            end = index.row_starts[row + 1] - 1 if row + 1 < len(index.row_starts) else index.table.end
            if cells is None:
                cells = self.ctx.text[start:end].split("\t")
            record = Record(start, end, f"!{index.table.label}={index.table.row_number(row)}", "row")
            self._identify_row(record, index, cells)
            if index.found is not None and row in index.found[0]:  # the categories the table reports here
                record.entities.update(entity for entity, rows_ok in index.found[1] if row in rows_ok)
            index.records[row] = record
        return record

    def _identify_row(self, record: Record, index: _TableIndex, cells: list[str]) -> None:
        ctx = self.ctx
        if ctx.id_spans.any(record.start, record.end):
            record.evidence = "id"
            a, b = ctx.id_spans.overlapping(record.start, record.end)[0]
            record.mention = (a, b, "id")
            return
        for cols, kind, memo in index.identifying_columns():
            for i in cols:
                if i < len(cells) and memo[cells[i]]:
                    start = _cell_start(record.start, cells, i)
                    record.evidence = kind
                    record.mention = (start, start + len(cells[i]), kind)
                    return
        for m in ctx.names_in(record.start, record.end):
            if m.kind in ("title", "name"):
                record.evidence = "person"
                record.mention = (m.start, m.end, "person")
                return

    # --- "Label: value" blocks ---------------------------------------------------------------------------
    def _forms(self) -> None:
        ctx, text = self.ctx, self.ctx.text
        if ":" not in text and "\t" not in text:
            return  # no "Label: value" line possible
        block: list[re.Match[str]] = []
        prev_end = -1
        line_no, line_pos = 1, 0
        numbered: list[tuple[re.Match[str], int]] = []
        has_person = False  # the block has a person label ("Naam:", "Patient:")
        skip = sorted(self._skip_form)
        for m in _form_lines(text, skip):
            label = m.group("label")
            if len(label.split()) > 6 or ctx.signatures.contains(m.start(), m.end()):
                continue
            line_no += text.count("\n", line_pos, m.start())
            line_pos = m.start()
            person = self.vocab.classify(label).person
            if block and (not _adjacent(text, prev_end, m.start()) or (person and has_person)):
                # a gap, or a second name label ("Naam:", "Nom :", "Name:"): the next record starts
                self._block(block, numbered)
                block, numbered, has_person = [], [], False
            has_person = has_person or person
            block.append(m)
            numbered.append((m, line_no))
            prev_end = m.end()
        if block:
            self._block(block, numbered)

    def _block(self, block: list[re.Match[str]], numbered: list[tuple[re.Match[str], int]]) -> None:
        ctx = self.ctx
        labels = [self.vocab.classify(m.group("label")) for m in block]
        if not any(lab.categories for lab in labels):
            # no label names a category, but one names the block's person ("Patientin: Maria Hilgers",
            # "Naam: ..."): the block is that person's record, and topic words in its other values
            # ("Ergebnis: pathogene Variante BRCA1 (heterozygot)") tie to them (ev_field)
            self._person_block(block, labels)
            return
        self.headers += [(m.start("label"), m.end("label")) for m, lab in zip(block, labels, strict=True)
                         if lab.categories]  # a label names a field: it is not data
        start, end = block[0].start(), block[-1].end()
        record = Record(start, end, "", "form")
        if ctx.id_spans.any(start, end):
            a, b = ctx.id_spans.overlapping(start, end)[0]
            record.evidence, record.mention = "id", (a, b, "id")
        else:
            for m, lab in zip(block, labels, strict=True):
                value = m.group("value").strip()
                if lab.person and not lab.categories and _name_like(value):
                    record.evidence, record.mention = "name", (m.start("value"), m.end("value"), "name")
                    break
                if lab.identifier and _filled(value):
                    record.evidence, record.mention = "staff", (m.start("value"), m.end("value"), "staff")
                    break
                if lab.email and _EMAIL.search(value):
                    record.evidence, record.mention = "email", (m.start("value"), m.end("value"), "email")
                    break
            else:
                for nm in ctx.names_in(start, end):
                    if nm.kind in ("title", "name") and not ctx.contact_lines.contains(nm.start, nm.end):
                        record.evidence, record.mention = "person", (nm.start, nm.end, "person")
                        break
        if record.evidence is not None:
            self.forms.append(record)
        for (m, line_no), lab in zip(numbered, labels, strict=True):
            for entity, requires, term in lab.categories:
                value = m.group("value")
                if entity in record.entities or not self.vocab.value_ok(entity, requires, value):
                    continue
                if record.evidence is None:
                    self.unidentified.append((entity, m.start("value"), m.end("value"), term))
                    continue
                record.entities.add(entity)
                hit_record = Record(record.start, record.end, f"!line={line_no}", "form", record.evidence,
                                    record.mention, record.entities)
                self.hits.append(RecordHit(entity, m.start("value"), m.end("value"), hit_record, "form_field", 0,
                                           term))


    def _person_block(self, block: list[re.Match[str]], labels: list[Label]) -> None:
        """Registers a block of two lines or more whose person label holds a name as a record without hits."""
        if len(block) < 2:
            return
        for m, lab in zip(block, labels, strict=True):
            value = m.group("value").strip()
            if lab.person and not lab.categories and _name_like(value):
                record = Record(block[0].start(), block[-1].end(), "", "form", "name",
                                (m.start("value"), m.end("value"), "name"))
                self.forms.append(record)
                return


def _form_lines(text: str, skip: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The ``_FORM_LINE`` matches of ``text`` that start outside the sorted ``skip`` spans (long tables), without
    scanning those: a form line is one line, so the text between the spans is matched on its own."""
    pos = 0
    for a, b in skip:
        if a > pos:
            stop = a if a == 0 or text[a - 1] == "\n" else (text.find("\n", a) + 1 or len(text))
            for m in _FORM_LINE.finditer(text, pos, stop):
                if not any(x <= m.start() < y for x, y in skip):
                    yield m
        pos = max(pos, b)
    yield from _FORM_LINE.finditer(text, pos)


def _adjacent(text: str, prev_end: int, start: int) -> bool:
    """The next form line follows the previous one directly, or after one short unlabelled or blank line."""
    if prev_end < 0:
        return True
    between = text[prev_end:start]
    if between.count("\n") <= 1:
        return True
    lines = between.split("\n")[1:-1]
    # one short unlabelled line, or one blank line: an HTML form turned to text puts a blank line between
    # its "Label: value" lines ("Naam: X\n\nDiagnose: Y" is one record)
    return len(lines) == 1 and len(lines[0].strip(" \t\r>")) <= 48


def _filled(value: str) -> bool:
    v = value.strip()
    return bool(v) and v.lower() not in _EMPTY and not placeholder(v)


def _name_like(value: str) -> bool:
    v = value.strip()
    if not v or len(v) > 80 or v.lower() in _EMPTY or "@" in v or placeholder(v):
        return False
    digits = len(v) - len(v.translate(_NO_DIGITS))
    return digits * 3 < len(v) and _NAME_LIKE.search(v) is not None


_NO_DIGITS = dict.fromkeys(map(ord, "0123456789"))


def _cell_start(row_start: int, cells: list[str], i: int) -> int:
    """The offset of cell ``i`` of a row that starts at ``row_start`` (cells are tab-separated)."""
    return row_start + sum(len(c) for c in cells[:i]) + i


class _Memo(dict[str, bool]):
    """A cell test's answers by cell value: a column repeats its values, each is judged once."""

    __slots__ = ("test",)

    def __init__(self, test: Callable[[str], object]) -> None:
        super().__init__()
        self.test = test

    def __missing__(self, value: str) -> bool:
        got = self[value] = bool(self.test(value))
        return got


class _CellTests:
    """The row-identifying cell tests of one table, memoised: a name, a filled identifier, an e-mail address."""

    __slots__ = ("email", "filled", "name")

    def __init__(self) -> None:
        self.name = _Memo(_name_like)
        self.filled = _Memo(_filled)
        self.email = _Memo(_EMAIL.search)

