"""The running state of one extraction: output, limits, byte budget, and helpers to record results."""

from __future__ import annotations

from gateway.extract.limits import ExtractLimits, LimitExceeded
from gateway.extract.text import clean
from gateway.model import ENCRYPTED_CONTENT, UNSCANNABLE, UNSCANNED_IMAGE, Extraction, Finding, Segment, Table

_UNSAFE_NAME = dict.fromkeys(range(32), " ") | {0x7F: " "}


def safe_name(name: str, limit: int = 200) -> str:
    """A file name fit for a location: no control characters, no directories, bounded length."""
    name = name.translate(_UNSAFE_NAME).strip()
    name = name.replace("\\", "/").rstrip("/").rpartition("/")[2].strip()
    return name[:limit]


def safe_path(path: str, limit: int = 400) -> str:
    """An archive member path fit for a location: no control characters, bounded length."""
    return path.translate(_UNSAFE_NAME).replace("\\", "/").strip("/")[:limit]


class Context:
    """What one ``extract_message`` call has produced and consumed so far."""

    __slots__ = ("limits", "out", "parts", "total_bytes")

    def __init__(self, limits: ExtractLimits) -> None:
        self.limits = limits
        self.out = Extraction()
        self.total_bytes = 0
        self.parts = 0

    def charge(self, nbytes: int, what: str) -> None:
        """Count decoded/decompressed bytes against the message budget."""
        self.total_bytes += nbytes
        if self.total_bytes > self.limits.max_total_bytes:
            raise LimitExceeded(f"{what}: total extracted bytes > {self.limits.max_total_bytes}")

    def segment(self, location: str, text: str, tables: tuple[Table, ...] = ()) -> None:
        """Add one text segment. ``tables`` must come from a :class:`TableText` (its text is cleaned)."""
        if not text:
            return
        if tables:
            self._segment_with_tables(location, text, tables)
            return
        text = clean(text)
        cap = self.limits.max_part_chars
        if len(text) > cap:
            text = text[:cap]
            self.unscannable(location, f"text: longer than {cap} characters, cut")
        if text.strip():
            self.out.segments.append(Segment(location, text))

    def _segment_with_tables(self, location: str, text: str, tables: tuple[Table, ...]) -> None:
        cap = self.limits.max_part_chars
        if len(text) > cap:
            text = text[:cap]
            tables = tuple(t for t in tables if t.end <= cap)
            self.unscannable(location, f"text: longer than {cap} characters, cut")
        if text.strip():
            self.out.segments.append(Segment(location, text, tables))

    def unscannable(self, location: str, detail: str) -> None:
        self.out.findings.append(Finding(UNSCANNABLE, location, detail=detail))

    def encrypted(self, location: str, detail: str) -> None:
        self.out.findings.append(Finding(ENCRYPTED_CONTENT, location, detail=detail))

    def image(self, location: str, detail: str) -> None:
        self.out.findings.append(Finding(UNSCANNED_IMAGE, location, detail=detail))


class TableText:
    """Builds a segment's text with the tables in it, so that the :class:`Table` spans are exact.

    Prose goes in with :meth:`add_text`; a table with :meth:`add_table` (header cells, then data
    rows of cells with their user-visible row numbers). Cells are cleaned and lose tabs and line
    breaks; rows become lines and cells tab-separated fields. ``Context.segment(loc, *tt.build())``.
    """

    __slots__ = ("_parts", "_size", "_tables")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._size = 0
        self._tables: list[Table] = []

    def _add(self, s: str) -> None:
        self._parts.append(s)
        self._size += len(s)

    def add_text(self, text: str) -> None:
        if text:
            self._add(clean(text))
            if not text.endswith("\n"):
                self._add("\n")

    def add_table(self, header: list[str] | tuple[str, ...], rows: list[tuple[int, list[str]]],
                  label: str = "row") -> None:
        """One table: ``header`` cells (may be empty) and ``(row number, cells)`` data rows."""
        head = tuple(cell_text(h) for h in header)
        if any(head):
            self._add("\t".join(head) + "\n")
        else:
            head = ()
        start = self._size
        numbers: list[int] = []
        for number, cells in rows:
            self._add("\t".join(cell_text(c) for c in cells) + "\n")
            numbers.append(number)
        if numbers:
            self._tables.append(Table(start, self._size - 1, head, tuple(numbers), label))

    def build(self) -> tuple[str, tuple[Table, ...]]:
        return "".join(self._parts), tuple(self._tables)


_CELL_BREAKS = str.maketrans({"\t": " ", "\n": " ", "\r": " ", "\v": " ", "\f": " ", "\x1c": " ", "\x1d": " ",
                              "\x1e": " ", "\x85": " ", "\u2028": " ", "\u2029": " "})


def cell_text(value: object) -> str:
    """One table cell as single-line, cleaned text (None -> '')."""
    if value is None:
        return ""
    return clean(str(value)).translate(_CELL_BREAKS).strip()
