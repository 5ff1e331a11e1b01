"""Dutch citizen service number (burgerservicenummer, BSN; formerly sofinummer).

Nine digits passing the eleven test (``stdnum.nl.bsn``). One random nine-digit number in
eleven passes that test, so a BSN is only reported with a context word nearby. Writings: ``123456782``,
``1234.56.782``, ``123 456 782``, one separator between every digit, and the same without the leading
zero (``40645678`` is BSN 040645678: spreadsheets drop the zero), which is not a compact date.
"""

from __future__ import annotations

import re
import threading

from presidio_analyzer import Pattern, RecognizerResult
from stdnum.nl import bsn

from detectors.base import DigitWindowRecognizer
from detectors.patterns import RUN_REGEX, DigitRun, digits_only

# Group lengths a BSN is written with (9 digits; 8 when the leading zero was dropped).
_SHAPES = {
    (9,): "nl_bsn_plain", (4, 2, 3): "nl_bsn_4_2_3", (3, 3, 3): "nl_bsn_3_3_3", (1,) * 9: "nl_bsn_spaced",
    (8,): "nl_bsn_plain8", (3, 2, 3): "nl_bsn_3_2_3", (2, 3, 3): "nl_bsn_2_3_3", (1,) * 8: "nl_bsn_spaced8",
}


def _compact_date(digits: str) -> bool:
    """Eight digits that read as a date (YYYYMMDD or DDMMYYYY, years 1900-2099)."""
    def ok(y: str, m: str, d: str) -> bool:
        return y[:2] in ("19", "20") and 1 <= int(m) <= 12 and 1 <= int(d) <= 31

    return ok(digits[:4], digits[4:6], digits[6:]) or ok(digits[4:], digits[2:4], digits[:2])


def _row_separator(line: str) -> str | None:
    """The cell separator of a table row: a tab, or a semicolon / pipe / comma used at least twice
    (commas only without a following space: a CSV row, not a sentence's enumeration)."""
    if "\t" in line:
        return "\t"
    for sep in (";", "|"):
        if line.count(sep) >= 2:
            return sep
    if line.count(",") >= 2 and ", " not in line:
        return ","
    return None


class NlBsnRecognizer(DigitWindowRecognizer):
    """Finds BSNs (9 digits, or 8 without the leading zero; 11-proef) that have a BSN keyword nearby."""

    ENTITY = "NL_BSN"
    DIGITS = frozenset({8, 9})
    BASE_SCORE = 0.5
    PATTERNS = [Pattern("nl_bsn", RUN_REGEX, 0.5)]
    CONTEXT = [
        "bsn", "bsn-nummer", "burgerservicenummer", "burger service nummer", "burgerservice nummer",
        "sofinummer", "sofi-nummer", "sofi nummer", "citizen service number", "persoonsnummer",
        "numéro bsn", "bsn nr", "bsn-nr", "bürgerservicenummer", "bürger-service-nummer", "numéro de service citoyen",
    ]
    # Abbreviations and compounds of the keywords, as written in forms, table headers and HTML-derived
    # text: "BSN-nr.", "bsnnr", "sofi-nr.", "sofinr", "burgerservicenr.", "Burgerservice-nummer:".
    KEYWORD_FORMS = re.compile(
        r"(?<![^\W\d_])(?:bsn(?:[ \t\-]?(?:nummers?|nrs?|no))?|(?:sofi|burger[ \t\-]?service)[ \t\-]?"
        r"(?:nummers?|nrs?))\.?(?![^\W\d_])",
        re.IGNORECASE,
    )
    REQUIRES_CONTEXT = True
    CONTEXT_BOOST = 0.35
    WINDOW_BEFORE = 300
    WINDOW_AFTER = 60

    def __init__(self, supported_language: str = "xx") -> None:
        super().__init__(supported_language)
        self._local = threading.local()  # per-call table cache (see _keyword_columns_above)
        # one context regex: the keyword list plus its abbreviated / compound forms
        self._ctx = re.compile(f"{self._ctx.pattern}|{self.KEYWORD_FORMS.pattern}", re.IGNORECASE)

    # A number labelled as something else right before it ("bestelling 111222333", "Rechnungsnr.
    # 111222333", "order no. ..."): a BSN keyword elsewhere in the text is not about this number.
    OTHER_LABEL = re.compile(
        r"(?<![^\W\d_])(?:bestel(?:ling|nummer|nr)|order(?:nummer|nr|\s?n(?:o|r|umber))?|factuur(?:nummer|nr)?|"
        r"klantnummer|klantnr|ticket(?:nummer|nr)?|zending|pakket|track(?:ing)?(?:\s?code)?|facture|commande|"
        r"bestellung|bestellnummer|rechnung(?:snummer|snr)?|invoice(?:\s?n(?:o|umber))?|tel(?:efoon)?|"
        r"telefon|téléphone|phone|gsm|mobiel|fax)\.?[ \t]*[:#]?[ \t]*$",
        re.IGNORECASE,
    )

    def score_in_context(self, text: str, start: int, end: int, base: float) -> float | None:
        """Also accept a keyword in the header cell of the number's column (HTML / spreadsheet tables);
        refuse a number labelled as another kind of number right before it."""
        if self.OTHER_LABEL.search(text, max(0, start - 30), start):
            return None
        score = super().score_in_context(text, start, end, base)
        if score is None and self._column_header_keyword(text, start):
            score = base + self.CONTEXT_BOOST
        return score

    def analyze(self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """Presidio's signature; the per-text table cache lives only for this call (thread-local)."""
        self._local.tables = {}
        try:
            return super().analyze(text, entities, nlp_artifacts, regex_flags)
        finally:
            self._local.tables = {}

    def _column_header_keyword(self, text: str, start: int) -> bool:
        """True when the number sits in a table row (cells separated by tabs, semicolons, pipes or
        commas: extracted sheets, CSV exports, text tables) and a cell at the same column index in a
        row above it, in the same table, is a BSN keyword (the header of the column)."""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = text[line_start : line_end if line_end != -1 else len(text)]
        sep = _row_separator(line)
        if sep is None:
            return False  # not a table row
        return text.count(sep, line_start, start) in self._keyword_columns_above(text, line_start, sep)

    def _keyword_columns_above(self, text: str, line_start: int, sep: str) -> frozenset[int]:
        """Columns whose cell is a BSN keyword in some table row above ``line_start`` (same table,
        same cell separator).

        Memoised per row for the current text, so a table of n rows costs O(n) in total."""
        tables: dict[tuple[int, str], frozenset[int]] = getattr(self._local, "tables", None) or {}
        self._local.tables = tables
        rows: list[tuple[int, str]] = []  # table rows above, nearest first, until a cached one
        pos = line_start - 1
        known: frozenset[int] = frozenset()
        while pos > 0:
            prev = text.rfind("\n", 0, pos) + 1
            line = text[prev:pos]
            if (prev, sep) in tables:
                known = tables[(prev, sep)] | self._keyword_cells(line, sep)
                break
            pos = prev - 1
            if not line.strip():
                continue  # extractors separate table rows by blank lines
            if sep not in line:
                break  # left the table
            rows.append((prev, line))
        # fill the cache from the top row down: each row knows the keyword columns above it
        for row_start, line in reversed(rows):
            tables[(row_start, sep)] = known
            known = known | self._keyword_cells(line, sep)
        tables[(line_start, sep)] = known
        return known

    def _keyword_cells(self, line: str, sep: str) -> frozenset[int]:
        return frozenset(i for i, cell in enumerate(line.split(sep))
                         if len(cell) <= 60 and self._ctx.search(cell))

    def shape_ok(self, lengths: tuple[int, ...], run: DigitRun, i: int, j: int) -> bool:
        return lengths in _SHAPES

    def pattern_name(self, lengths: tuple[int, ...]) -> str:
        return _SHAPES.get(lengths, "nl_bsn")

    def validate_result(self, pattern_text: str) -> bool:
        digits = digits_only(pattern_text)
        if len(digits) == 8:
            return not _compact_date(digits) and bsn.is_valid("0" + digits)
        return len(digits) == 9 and bsn.is_valid(digits)
