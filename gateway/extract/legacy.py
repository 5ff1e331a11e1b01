"""Legacy binary Office: Excel .xls (xlrd: BIFF8 and BIFF5/Excel 95), Word .doc and PowerPoint .ppt.

Word goes through antiword (Word 97-2003, text without wrapping) and catdoc (also Word 6/95, fields,
hidden text): lines catdoc finds that antiword did not are added, so neither misses what the other
reads. PowerPoint goes through catppt. Both run as bounded processes (:mod:`gateway.extract.tools`).
When no parser can read a file, its printable text runs are scanned as a last resort and the
finding ``PARTIALLY_SCANNED`` says so (the policy decides on it).
"""

from __future__ import annotations

import re

from gateway.extract.context import Context, TableText
from gateway.extract.limits import Deadline, LimitExceeded
from gateway.extract.tools import ToolMissing, run_tool

_TOOL_SECONDS = 10.0


def _tool_text(ctx: Context, tool: str, args: list[str], data: bytes, deadline: Deadline, what: str) -> str | None:
    """The tool's text output, or None when it failed (missing tools raise ToolMissing)."""
    res = run_tool(tool, args, data, timeout=min(_TOOL_SECONDS, deadline.remaining()),
                   memory=ctx.limits.tool_memory_bytes, max_output=ctx.stream_cap(), suffix=f".{what}", what=what)
    text = res.output.decode("utf-8", "replace")
    if res.returncode != 0:
        return None
    ctx.charge(len(res.output), what)
    return text


def _norm(line: str) -> str:
    return " ".join(line.split())


def extract_word(ctx: Context, data: bytes, main: bytes, loc: str, deadline: Deadline) -> None:
    """A Word 6-2003 document (``main`` is its WordDocument stream, for the last-resort strings)."""
    texts: list[str] = []
    notes: list[str] = []
    for tool, args in (("antiword", ["-w", "0", "-m", "UTF-8.txt", "{input}"]),
                       ("catdoc", ["-w", "-d", "utf-8", "{input}"])):
        try:
            text = _tool_text(ctx, tool, args, data, deadline, "doc")
        except ToolMissing:
            notes.append(f"{tool} not installed")
            continue
        except LimitExceeded:
            notes.append(f"{tool} ran out of time or output")
            continue
        if text is None:
            notes.append(f"{tool} could not read it")
        elif not text.strip():
            notes.append(f"{tool} found no text")
        else:
            texts.append(text)
    if texts:
        first = texts[0]
        seen = {_norm(line) for line in first.splitlines()}
        extra = [line for t in texts[1:] for line in t.splitlines() if _norm(line) and _norm(line) not in seen]
        ctx.segment(loc, first + ("\n" + "\n".join(extra) if extra else ""))
        return
    why = "doc: " + ", ".join(notes)
    strings = legacy_strings(main)
    if real_text(strings, 2):
        ctx.segment(loc, strings)
        ctx.partial(loc, f"{why}; text runs taken heuristically")
    elif any(not n.endswith("found no text") for n in notes):
        ctx.unscannable(loc, why)
    # else: an empty document (the parsers read it and found nothing, nor is there text in it)


def extract_powerpoint(ctx: Context, data: bytes, main: bytes, loc: str, deadline: Deadline) -> None:
    """A PowerPoint 97-2003 presentation, with catppt."""
    try:
        text = _tool_text(ctx, "catppt", ["-d", "utf-8", "{input}"], data, deadline, "ppt")
        reason = "catppt could not read it"
    except ToolMissing:
        text, reason = None, "catppt not installed"
    except LimitExceeded as e:
        text, reason = None, str(e)
    if text is not None:
        ctx.segment(loc, text)
        return
    strings = legacy_strings(main)
    if real_text(strings, 2):
        ctx.segment(loc, strings)
        ctx.partial(loc, f"ppt: {reason}; text runs taken heuristically")
    else:
        ctx.unscannable(loc, f"ppt: {reason}")


def extract_excel(ctx: Context, data: bytes, loc: str, deadline: Deadline) -> None:
    """An Excel 95-2003 workbook (an OLE file or a bare BIFF stream), one segment per sheet."""
    import xlrd

    class _Quiet:
        def write(self, _s: str) -> None:  # xlrd's log would quote content
            pass

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=_Quiet(), ragged_rows=True)
    except xlrd.XLRDError as e:
        if "encrypt" in str(e).lower():
            from gateway.extract.limits import EncryptedContent

            raise EncryptedContent("xls: password protected") from None
        raise LimitExceeded("xls: not a readable workbook (xlrd)") from None
    try:
        for index in range(book.nsheets):
            deadline.check("xls")
            sheet = book.sheet_by_index(index)
            tt = TableText()
            header: list[str] | None = None
            rows: list[tuple[int, list[str]]] = []
            for r in range(sheet.nrows):
                if r % 512 == 511:
                    deadline.check("xls")
                cells = [_xls_cell(book, c) for c in sheet.row(r)]
                while cells and not cells[-1]:
                    cells.pop()
                if not cells:
                    continue
                if header is None:
                    header = cells
                else:
                    rows.append((r + 1, cells))
            if header is not None:
                tt.add_table(header, rows)
            ctx.segment(f"{loc}#sheet={sheet.name}", *tt.build())
            book.unload_sheet(index)
    finally:
        book.release_resources()


def extract_biff(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline) -> None:
    """A bare BIFF workbook stream (an Excel object stored as a storage of a legacy document)."""
    extract_excel(ctx, data, loc, deadline)


def _xls_cell(book: object, cell: object) -> str:
    import xlrd

    ctype, value = cell.ctype, cell.value  # type: ignore[attr-defined]
    if ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    if ctype == xlrd.XL_CELL_NUMBER:
        return str(int(value)) if float(value).is_integer() and abs(value) < 1e16 else repr(value)
    if ctype == xlrd.XL_CELL_DATE:
        try:
            d = xlrd.xldate_as_datetime(value, book.datemode)  # type: ignore[attr-defined]
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return str(value)
        return d.date().isoformat() if d.time() == d.min.time() else d.isoformat(sep=" ")
    if ctype == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if value else "FALSE"
    return str(value)


_UTF16_RUN = re.compile(rb"(?:[\x09\x0a\x0d\x20-\x7e\xa0-\xff]\x00){4,}")
_BYTE_RUN = re.compile(rb"[\x09\x0a\x0d\x20-\x7e\xa0-\xff]{5,}")


def legacy_strings(data: bytes) -> str:
    """The printable runs (UTF-16LE and 8-bit) of a binary stream that look like text, in stream order."""
    runs = [(m.start(), m.group().decode("utf-16-le")) for m in _UTF16_RUN.finditer(data)]
    runs += [(m.start(), m.group().decode("cp1252", "replace")) for m in _BYTE_RUN.finditer(data)]
    runs.sort()
    return "\n".join(text for _pos, text in runs if _texty(text))


# A word for these checks: an ASCII letter, then lower-case letters, with a vowel (NL/FR/DE/EN text
# has plenty; random bytes decoded as cp1252 rarely make three lower-case ASCII letters in a row).
_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z][a-z]{2,23}(?![^\W\d_])")
_VOWEL = re.compile(r"[aeiouyAEIOUY]")


def _texty(run: str) -> bool:
    """A run that reads as text: mostly letters, digits and spaces, with at least one word in it."""
    s = run.strip()
    if len(s) < 4:
        return False
    good = sum(1 for c in s if c.isalnum() or c.isspace())
    return good >= 0.75 * len(s) and any(_VOWEL.search(w) for w in _WORD.findall(s))


def real_text(text: str, min_words: int = 6) -> bool:
    """True when the runs hold human text: at least ``min_words`` distinct words of ordinary length."""
    return len({w.lower() for w in _WORD.findall(text[:200_000]) if _VOWEL.search(w)}) >= min_words
