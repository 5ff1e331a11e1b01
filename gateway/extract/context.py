"""The running state of one extraction: output, limits, byte budget, and helpers to record results."""

from __future__ import annotations

from collections.abc import Iterable

from gateway.extract.limits import ExtractLimits, LimitExceeded
from gateway.extract.text import clean
from gateway.model import (
    ENCRYPTED_CONTENT,
    NO_TEXT_CONTENT,
    PARTIALLY_SCANNED,
    UNSCANNABLE,
    UNSCANNED_IMAGE,
    Extraction,
    Finding,
    Segment,
    Table,
)

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

    __slots__ = ("limits", "ocr_pages", "ocr_spent", "out", "parts", "total_bytes")

    def __init__(self, limits: ExtractLimits) -> None:
        self.limits = limits
        self.out = Extraction()
        self.total_bytes = 0
        self.parts = 0
        self.ocr_spent = 0.0  # seconds of OCR so far (budget: limits.ocr_seconds)
        self.ocr_pages = 0  # images / pages OCRed so far (cap: limits.ocr_max_pages)

    def charge(self, nbytes: int, what: str) -> None:
        """Count decoded/decompressed bytes against the message budget."""
        self.total_bytes += nbytes
        if self.total_bytes > self.limits.max_total_bytes:
            raise LimitExceeded(f"{what}: total extracted bytes > {self.limits.max_total_bytes}")

    def stream_cap(self) -> int:
        """What one decompressed stream may still produce: its own cap or what is left of the budget."""
        return max(0, min(self.limits.max_stream_bytes, self.limits.max_total_bytes - self.total_bytes))

    def segment(self, location: str, text: str, tables: tuple[Table, ...] = ()) -> None:
        """Add one text segment, whole (no length cut: the byte budget bounds it).

        ``tables`` must come from a :class:`TableText` (its text is already cleaned).
        """
        if not text:
            return
        if not tables:
            text = clean(text)
        if text.strip():
            self.out.segments.append(Segment(location, text, tables))

    def unscannable(self, location: str, detail: str) -> None:
        self.out.findings.append(Finding(UNSCANNABLE, location, detail=detail))

    def encrypted(self, location: str, detail: str) -> None:
        self.out.findings.append(Finding(ENCRYPTED_CONTENT, location, detail=detail))

    def image(self, location: str, detail: str) -> None:
        self.out.findings.append(Finding(UNSCANNED_IMAGE, location, detail=detail))

    def no_text(self, location: str, detail: str) -> None:
        self.out.findings.append(Finding(NO_TEXT_CONTENT, location, detail=detail))

    def partial(self, location: str, detail: str) -> None:
        self.out.findings.append(Finding(PARTIALLY_SCANNED, location, detail=detail))


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

    def add_table(self, header: list[str] | tuple[str, ...], rows: Iterable[tuple[int, list[str]]],
                  label: str = "row", cleaned: bool = False) -> None:
        """One table: ``header`` cells (may be empty) and ``(row number, cells)`` data rows (``cleaned``:
        the cells are :func:`cell_text` output already, which it would leave as they are)."""
        head = tuple(cell_text(h) for h in header)
        if any(head):
            self._add("\t".join(head) + "\n")
        else:
            head = ()
        start = self._size
        numbers: list[int] = []
        parts, size = self._parts, self._size
        for number, cells in rows:
            line = "\t".join(cells if cleaned else cells_text(cells)) + "\n"
            parts.append(line)
            size += len(line)
            numbers.append(number)
        self._size = size
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
    s = value if isinstance(value, str) else str(value)
    if s.isascii() and s.isprintable():
        return s.strip()  # nothing to clean or join (the common cell): same result, no copies
    return clean(s).translate(_CELL_BREAKS).strip()


def cells_text(cells: list[object] | tuple[object, ...]) -> list[str]:
    """``[cell_text(c) for c in cells]``, one check for a whole row of plain cells (the common row)."""
    try:
        joined = "".join(cells)  # type: ignore[arg-type]
    except TypeError:  # not all strings (a sheet's numbers, None)
        return [cell_text(c) for c in cells]
    if joined.isascii() and joined.isprintable():
        return [c.strip() for c in cells]  # type: ignore[union-attr]
    return [cell_text(c) for c in cells]
