"""Tables as extraction sees them: CSV/TSV files, sheet rows, DOCX and ODF tables, as ``TableText``.

Each builder returns ``(text, tables)`` for ``Context.segment``: the prose around a table stays text
as before, a table becomes one line per row with tab-separated cells (see ``gateway.model.Table``),
its first row the header. Detection uses the structure (a column header naming a category applies
to every row that identifies a person); the text is scanned as before.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from gateway.extract.context import TableText, cell_text, cells_text
from gateway.model import Table

# --- CSV / TSV ----------------------------------------------------------------------------------

_DELIMITERS = ";,\t|"
_TABLE_NAMES = (".csv", ".tsv", ".tab", ".psv")
SNIFF_CHARS = 16_384
SNIFF_LINES = 30
MAX_FIELD = 1 << 20  # one CSV field may be long (a template, an embedding), but not unbounded


def sniff_delimiter(text: str, name: str = "") -> str | None:
    """The field delimiter when ``text`` is a delimited table (CSV, TSV...), else None.

    By name (``.csv``, ``.tsv``), confirmed by content, or by content alone: the csv module's
    Sniffer on the head, else a delimiter that splits the first lines into the same number (>= 2) of
    fields. Prose with commas does not pass: its lines disagree on the count.
    """
    head = text[:SNIFF_CHARS]
    lines = head.splitlines()[:SNIFF_LINES + 1]
    if len(text) > SNIFF_CHARS or len(lines) > SNIFF_LINES:
        lines = lines[:-1]  # the head may end inside a line
    lines = [ln for ln in lines if ln.strip()]
    if len(lines) < 2:
        return None
    by_name = name.lower().endswith(_TABLE_NAMES)
    best: tuple[int, str] | None = None
    for d in _DELIMITERS:
        counts = [_fields(ln, d) for ln in lines]
        if min(counts) < 2:
            continue
        agree = sum(c == counts[0] for c in counts) / len(counts)
        if agree >= (0.8 if by_name else 0.95) and (best is None or counts[0] > best[0]):
            best = (counts[0], d)
    if best is not None:
        return best[1]
    if by_name:
        try:
            return csv.Sniffer().sniff(head, delimiters=_DELIMITERS).delimiter
        except csv.Error:
            return None
    return None


def _fields(line: str, delimiter: str) -> int:
    """Fields in one line, quotes respected."""
    try:
        return len(next(csv.reader([line], delimiter=delimiter)))
    except (csv.Error, StopIteration):
        return 0


def csv_table(text: str, name: str = "") -> tuple[str, tuple[Table, ...]] | None:
    """``text`` as a table when it is delimited (see :func:`sniff_delimiter`), else None."""
    delimiter = sniff_delimiter(text, name)
    if delimiter is None:
        return None
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)

    def records() -> Iterator[tuple[int, list[str]]]:
        start_line = 1
        for record in reader:
            yield start_line, record
            start_line = reader.line_num + 1

    try:
        return rows_to_table_text(records())
    except csv.Error:
        return None  # not a well-formed table after all: plain text


def rows_to_table_text(records: Iterable[tuple[int, list[str]]], label: str = "row",
                       tt: TableText | None = None) -> tuple[str, tuple[Table, ...]]:
    """Numbered rows (row number, cells) as one table (see :func:`add_rows`)."""
    tt = tt or TableText()
    add_rows(tt, records, label)
    return tt.build()


def add_rows(tt: TableText, records: Iterable[tuple[int, list[str]]], label: str = "row") -> None:
    """Add numbered rows as one table, streaming: leading rows with fewer than two cells (a title) stay
    text, the first row with two or more cells is the header, the rest are data rows. Empty leading
    columns (a sheet that starts in column C) are dropped."""
    it = iter(records)
    lead_in: list[str] = []
    header: list[str] | None = None
    for _, cells in it:
        cells = _trim(cells)
        if sum(1 for c in cells if c) >= 2:
            header = cells
            break
        if any(cells):
            lead_in.append(" ".join(c for c in cells if c))
    if lead_in:
        tt.add_text("\n".join(lead_in))
    if header is None:
        return
    lead = next(i for i, c in enumerate(header) if c)

    def data() -> Iterator[tuple[int, list[str]]]:
        for number, cells in it:
            cells = _trim(cells)
            if any(cells):
                yield number, (cells[lead:] if lead and not any(cells[:lead]) else cells)

    tt.add_table(header[lead:], data(), label, cleaned=True)


def _trim(cells: list[object]) -> list[str]:
    out = cells_text(cells)
    while out and not out[-1]:
        out.pop()
    return out


# --- spreadsheet rows ----------------------------------------------------------------------------


def sheet_records(rows: Iterable[tuple[object, ...]], fmt: object = str,
                  budget: int | None = None) -> Iterator[tuple[int, list[str]]]:
    """(sheet row number, cells) of the non-empty rows, stopping after ``budget`` characters."""
    size = 0
    for r, row in enumerate(rows, start=1):
        cells = ["" if v is None else fmt(v) for v in row]  # type: ignore[operator]
        if not any(cells):
            continue
        yield r, cells
        size += sum(len(c) + 1 for c in cells)
        if budget is not None and size > budget:
            return


# --- WordprocessingML (DOCX) ---------------------------------------------------------------------


def docx_document(data: bytes, forbid_dtd: bool, forbid_entities: bool) -> tuple[str, tuple[Table, ...]]:
    """``word/document.xml``: paragraph text as ``ooxml_text`` writes it, top-level ``w:tbl`` as tables
    (first row the header; a nested table's text joins its cell). Raises defusedxml's refusals."""
    from defusedxml.ElementTree import iterparse

    tt = TableText()
    prose: list[str] = []
    depth = 0
    rows: list[tuple[int, list[str]]] = []
    row: list[str] = []
    cell: list[str] = []
    tables = 0
    for event, el in iterparse(io.BytesIO(data), events=("start", "end"), forbid_dtd=forbid_dtd,
                               forbid_entities=forbid_entities):
        local = el.tag.rpartition("}")[2]
        if event == "start":
            if local == "tbl":
                depth += 1
                if depth == 1:
                    tt.add_text("".join(prose))
                    prose = []
                    rows, row, cell = [], [], []
            continue
        target = prose if depth == 0 else cell
        if local in ("t", "delText", "instrText"):
            if el.text:
                target.append(el.text)
        elif local == "tab":
            target.append("\t" if depth == 0 else " ")
        elif local in ("br", "cr"):
            target.append("\n" if depth == 0 else " ")
        elif local == "p":
            target.append("\n" if depth == 0 else " ")
            el.clear()
        elif depth == 1 and local == "tc":
            row.append("".join(cell))
            cell = []
        elif depth == 1 and local == "tr":
            rows.append((len(rows) + 1, row))
            row = []
            el.clear()
        elif depth > 1 and local in ("tc", "tr"):
            cell.append(" ")
        elif local == "tbl":
            depth -= 1
            if depth == 0:
                tables += 1
                add_rows(tt, rows, f"table={tables}!row")
                el.clear()
    tt.add_text("".join(prose))
    return tt.build()


# --- ODF (ODT body, ODS sheets) ----------------------------------------------------------------------

_ROW_CONTAINERS = {"table-header-rows", "table-row-group", "table-rows"}
MAX_REPEAT_ROWS = 1_000  # a repeated row with content is written at most this often
MAX_REPEAT_COLS = 256


def _qname(node: object) -> str:
    return node.qname[1] if hasattr(node, "qname") else ""  # type: ignore[attr-defined]


def _int_attr(node: object, name: str) -> int:
    try:
        v = node.getAttribute(name)  # type: ignore[attr-defined]
    except (ValueError, AttributeError):
        return 1
    return int(v) if v and str(v).isdigit() else 1


def odf_table_records(table: object, text_of: object) -> list[tuple[int, list[str]]]:
    """(row number, cells) of an odfpy ``table:table``; repeated rows/columns expand only when they
    hold text (spreadsheets pad with a million empty repeated rows)."""
    records: list[tuple[int, list[str]]] = []
    number = 0
    stack = list(reversed(table.childNodes))  # type: ignore[attr-defined]
    while stack:
        node = stack.pop()
        local = _qname(node)
        if local in _ROW_CONTAINERS:
            stack.extend(reversed(node.childNodes))  # type: ignore[attr-defined]
            continue
        if local != "table-row":
            continue
        repeat = _int_attr(node, "numberrowsrepeated")
        cells: list[str] = []
        for c in node.childNodes:  # type: ignore[attr-defined]
            if _qname(c) not in ("table-cell", "covered-table-cell"):
                continue
            value = cell_text(text_of(c))  # type: ignore[operator]
            span = _int_attr(c, "numbercolumnsrepeated")
            cells.extend([value] * min(span, MAX_REPEAT_COLS if value else 1))
        if any(cells):
            for i in range(min(repeat, MAX_REPEAT_ROWS)):
                records.append((number + i + 1, cells))
        number += repeat
    return records


def odf_body(body: object, text_of: object) -> tuple[str, tuple[Table, ...]]:
    """An ODT body: paragraphs as text, top-level ``table:table`` elements as tables."""
    tt = TableText()
    tables = 0
    stack = [body]
    while stack:
        node = stack.pop()
        local = _qname(node)
        if local == "table":
            tables += 1
            add_rows(tt, odf_table_records(node, text_of), f"table={tables}!row")
        elif local in ("text", "body", "section", "spreadsheet", "drawing", "presentation"):
            stack.extend(reversed(node.childNodes))  # type: ignore[attr-defined]
        else:
            tt.add_text(text_of(node))  # type: ignore[operator]
    return tt.build()

