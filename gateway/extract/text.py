"""Bytes and markup to plain text: charset decoding with fallbacks, HTML and XML to text."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import unquote

if TYPE_CHECKING:
    from gateway.model import Table

# Invisible characters that can split a number without showing (soft hyphen, zero-width, BOM).
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_LATIN_FAMILY = {"ascii", "latin-1", "iso8859-1", "iso8859-15", "cp1252"}


def clean(text: str) -> str:
    """Drop invisible characters that would split identifiers; keep everything else as is."""
    if text.isascii():
        return text
    return text.translate(_INVISIBLE)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip('"').lower()
    if name in ("unknown-8bit", "x-unknown", "default", "unknown"):
        return None
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):
        return None


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Decode ``data`` to text: declared charset when it fits, else UTF-8, else a guess.

    A declared Latin charset on bytes that are valid UTF-8 with non-ASCII content is
    taken to be wrong (a very common mislabelling), so UTF-8 wins there.
    """
    if not data:
        return ""
    if data.isascii():
        return data.decode("ascii")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                     (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    codec = _codec(charset)
    if codec is not None and codec not in _LATIN_FAMILY:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if codec in _LATIN_FAMILY and codec != "ascii":
        return data.decode(codec, errors="replace")
    if data.count(0) > len(data) // 4:
        # UTF-16 without a BOM: every other byte is zero for Latin text.
        even_zero = data[0::2].count(0) > data[1::2].count(0)
        return data.decode("utf-16-be" if even_zero else "utf-16-le", errors="replace")
    guess = None
    if len(data) > 64:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:65536]).best()
        guess = _codec(best.encoding) if best is not None else None
    return data.decode(guess or "cp1252", errors="replace")


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.I)


def decode_html(data: bytes, charset: str | None = None) -> str:
    """Decode an HTML document: the declared charset, else its ``<meta charset>``, else the fallbacks."""
    if not charset:
        m = _META_CHARSET.search(data[:4096])
        charset = m.group(1).decode("ascii") if m else None
    return decode_bytes(data, charset)


_BLOCK = frozenset((
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "li", "main", "nav", "ol", "option",
    "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "title", "tr", "ul",
))
_CELL = frozenset(("td", "th"))
_SKIP_TEXT = frozenset(("style", "script"))
_TEXT_ATTRS = ("alt", "title", "value", "placeholder", "aria-label", "content")
_LINK_ATTRS = ("href", "src", "action", "background", "cite")


def _parse_html(html: str | bytes) -> object | None:
    from lxml import etree

    if isinstance(html, bytes):
        html = decode_bytes(html)
    if not html.strip():
        return None
    parser = etree.HTMLParser(recover=True, no_network=True, remove_blank_text=False)
    try:
        root = etree.fromstring(html, parser)
    except ValueError:
        # An encoding declaration on a str input: hand lxml the UTF-8 bytes instead.
        root = etree.fromstring(html.encode("utf-8", "surrogatepass"),
                                etree.HTMLParser(recover=True, no_network=True, encoding="utf-8"))
    return root


def html_to_text(html: str | bytes) -> str:
    """HTML to text with lxml's HTML parser: visible and hidden text, comments, link targets.

    Inline elements add no separator (``85.07.<b>30</b>-033.28`` stays one number);
    block elements end a line; link targets are appended after the link text.
    """
    root = _parse_html(html)
    if root is None:
        return ""
    out: list[str] = []
    _walk(root, out.append, siblings=True)
    return _squeeze("".join(out))


def html_to_table_text(html: str | bytes) -> tuple[str, tuple[Table, ...]]:
    """Like :func:`html_to_text`, with the data tables kept as structure (``gateway.model.Table``).

    A data table is a ``<table>`` without a nested table, with two rows or more of two cells or
    more, whose cells are short (layout tables of newsletters hold paragraphs or other tables):
    its first row is the header, each ``<tr>`` a data row, each cell's text (hidden text and link
    targets included) one tab-separated field. Everything else is text as ``html_to_text`` writes it.
    """
    from gateway.extract.context import TableText
    from gateway.extract.tables import add_rows

    root = _parse_html(html)
    if root is None:
        return "", ()
    data_tables = {id(t): t for t in root.iter("table") if _is_data_table(t)}  # type: ignore[attr-defined]
    if not data_tables:
        return html_to_text(html), ()
    tt = TableText()
    out: list[str] = []
    numbered = 0

    def table(el: object) -> None:
        nonlocal out, numbered
        tt.add_text(_squeeze("".join(out)))
        out = []
        numbered += 1
        rows = []
        for i, tr in enumerate(el.iter("tr"), start=1):  # type: ignore[attr-defined]
            cells = []
            for td in tr:
                if isinstance(td.tag, str) and td.tag.lower() in _CELL:
                    parts: list[str] = []
                    _walk(td, parts.append, own_tail=False)
                    cells.append("".join(parts))
            rows.append((i, cells))
        add_rows(tt, rows, f"table={numbered}!row")

    _walk(root, lambda s: out.append(s), siblings=True,
          on_table=lambda el: table(el) if id(el) in data_tables else False)
    tt.add_text(_squeeze("".join(out)))
    return tt.build()


_MAX_TABLE_CELL = 400


def _is_data_table(table: object) -> bool:
    if table.find(".//table") is not None:  # type: ignore[attr-defined]
        return False
    wide = 0
    for tr in table.iter("tr"):  # type: ignore[attr-defined]
        cells = [td for td in tr if isinstance(td.tag, str) and td.tag.lower() in _CELL]
        if any(len("".join(td.itertext())) > _MAX_TABLE_CELL for td in cells):
            return False
        wide += len(cells) >= 2
    return wide >= 2


def _walk(root: object, add: Callable[[str], object], siblings: bool = False, own_tail: bool = True,
          on_table: Callable[[object], object] | None = None) -> None:
    """Append the text of ``root`` (see :func:`html_to_text`) to ``add``; ``on_table(el)`` may take
    over a ``<table>`` (it returns anything but False), whose tail the walk still writes."""
    from lxml import etree

    comment = etree.Comment
    if siblings:
        for sibling in (*reversed(list(root.itersiblings(preceding=True))), *root.itersiblings()):  # type: ignore[attr-defined]
            if sibling.tag is comment and sibling.text:  # comments before/after the root element
                add(f" {sibling.text} \n")
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        el, closing = stack.pop()
        tag = el.tag  # type: ignore[attr-defined]
        if closing:
            ltag = tag.lower()
            if ltag == "a":
                href = el.get("href")  # type: ignore[attr-defined]
                if href and not href.startswith(("#", "cid:", "data:")):
                    href = unquote(href.strip())
                    if href not in (el.text or ""):  # type: ignore[attr-defined]
                        add(f" <{href}>")
            if ltag in _BLOCK:
                add("\n")
            elif ltag in _CELL:
                add("\t")
            tail = el.tail  # type: ignore[attr-defined]
            if tail and (own_tail or el is not root):
                add(tail)
            continue
        if not isinstance(tag, str):
            if tag is comment and el.text:  # type: ignore[attr-defined]
                add(f" {el.text} ")  # type: ignore[attr-defined]
            if el.tail:  # type: ignore[attr-defined]
                add(el.tail)  # type: ignore[attr-defined]
            continue
        ltag = tag.lower()
        if ltag == "table" and on_table is not None and on_table(el) is not False:
            if el.tail:  # type: ignore[attr-defined]
                add(el.tail)  # type: ignore[attr-defined]
            continue
        attrib = el.attrib  # type: ignore[attr-defined]
        if attrib:
            for name in _TEXT_ATTRS:
                v = attrib.get(name)
                if v and v.strip():
                    add(f" {v} ")
            for name in _LINK_ATTRS:
                if name == "href" and ltag == "a":
                    continue
                v = attrib.get(name)
                if v and not v.startswith(("#", "cid:", "data:")):
                    add(f" <{unquote(v.strip())}> ")
        if ltag in _BLOCK:
            add("\n")
        text = el.text  # type: ignore[attr-defined]
        if text and ltag not in _SKIP_TEXT:
            add(text)
        stack.append((el, True))
        stack.extend((c, False) for c in reversed(el))  # type: ignore[call-overload]


_BLANK_LINES = re.compile(r"[ \t\r\f\v]*\n(?:[ \t\r\f\v]*\n)+")


def _squeeze(text: str) -> str:
    return _BLANK_LINES.sub("\n\n", text).strip()


_CID = re.compile(r"cid:([^\"'\s>)]+)", re.IGNORECASE)


def cid_references(html: str) -> set[str]:
    """Content-IDs an HTML body refers to (``<img src="cid:logo@x">``), lower-cased."""
    return {unquote(m).strip("<>").lower() for m in _CID.findall(html)}


def xml_to_text(data: bytes, forbid_dtd: bool, forbid_entities: bool) -> str:
    """Text nodes and attribute values of an XML document, parsed with defusedxml.

    Malformed XML or XML with refused DTD/entity declarations falls back to the raw
    decoded text (which still shows every literal value, entity definitions included).
    """
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(data, forbid_dtd=forbid_dtd, forbid_entities=forbid_entities)
    except (ParseError, DefusedXmlException, ValueError):
        return decode_bytes(data)
    out: list[str] = []
    for el in root.iter():
        for v in el.attrib.values():
            if v.strip():
                out.append(f" {v} ")
        if el.text and el.text.strip():
            out.append(el.text)
        out.append("\n")
        if el.tail and el.tail.strip():
            out.append(el.tail)
    return _squeeze("".join(out))
