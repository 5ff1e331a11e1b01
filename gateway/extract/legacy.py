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


_BYTE_RUN = re.compile(rb"[\x09\x0a\x0d\x20-\x7e\xa0-\xff]{5,}")


_ASCII = bytes([9, 10, 13, *range(0x20, 0x7F)])
_LOW = bytes(range(0x80))
_BLOCK = 4096


def _text_regions(data: bytes) -> list[tuple[int, int]]:
    """Spans of ``data`` that may hold text: 4 KiB blocks with printable ASCII in them that are not
    compressed or encrypted noise (where about half the bytes are >= 0x80), with a block of margin.
    Zero-filled and high-entropy blocks are skipped at C speed, so a large binary costs little."""
    regions: list[tuple[int, int]] = []
    n = len(data)
    for off in range(0, n, _BLOCK):
        blk = data[off : off + _BLOCK]
        size = len(blk)
        ascii_n = size - len(blk.translate(None, _ASCII))
        high_n = len(blk.translate(None, _LOW))
        if ascii_n >= 4 and high_n < 0.3 * size:  # some text, and not compressed or encrypted noise
            start, end = max(0, off - _BLOCK), min(n, off + 2 * _BLOCK)
            if regions and start <= regions[-1][1]:
                regions[-1] = (regions[-1][0], end)
            else:
                regions.append((start, end))
    return regions


_PRINT_MASK = bytes(1 if b in (9, 10, 13) or 0x20 <= b <= 0x7E or b >= 0xA0 else 0 for b in range(256))
_ZERO_MASK = bytes(1 if b == 0 else 0 for b in range(256))
_MASK_RUN = re.compile(rb"\x01{4,}")


def _utf16_runs(data: bytes, start: int, end: int) -> list[tuple[int, str]]:
    """UTF-16LE runs of at least 4 printable characters, found with byte masks (C speed, not a regex
    over the text itself): a printable low byte followed by a zero high byte, at either alignment."""
    out: list[tuple[int, str]] = []
    seg = data[start:end]
    for align in (0, 1):
        lo, hi = seg[align::2], seg[align + 1 :: 2]
        m = min(len(lo), len(hi))
        if m < 4:
            continue
        both = (int.from_bytes(lo[:m].translate(_PRINT_MASK), "big")
                & int.from_bytes(hi[:m].translate(_ZERO_MASK), "big"))
        for r in _MASK_RUN.finditer(both.to_bytes(m, "big")):
            s0 = start + align + 2 * r.start()
            out.append((s0, data[s0 : start + align + 2 * r.end()].decode("utf-16-le")))
    return out


def legacy_strings(data: bytes) -> str:
    """The printable runs (UTF-16LE and 8-bit) of a binary stream that look like text, in stream order."""
    runs: list[tuple[int, str]] = []
    for start, end in _text_regions(data):
        runs += _utf16_runs(data, start, end)
        runs += [(m.start(), m.group().decode("cp1252", "replace")) for m in _BYTE_RUN.finditer(data, start, end)]
    runs.sort()
    return "\n".join(text for _pos, text in runs if _texty(text))


_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z][a-z]{2,23}(?![^\W\d_])")
_VOWEL = re.compile(r"[aeiouyAEIOUY]")
_GOOD_CHARS = re.compile(r"[^\W_]+|\s+")


def _texty(run: str) -> bool:
    """A run that reads as text: mostly letters, digits and spaces, with at least one word in it."""
    s = run.strip()[:65536]
    if len(s) < 4:
        return False
    bad = len(_GOOD_CHARS.sub("", s))
    return bad <= 0.25 * len(s) and any(_VOWEL.search(w) for w in _WORD.findall(s))


def real_text(text: str, min_words: int = 6) -> bool:
    """True when the runs hold human text: at least ``min_words`` distinct words of ordinary length."""
    return len({w.lower() for w in _WORD.findall(text[:200_000]) if _VOWEL.search(w)}) >= min_words
