"""Bytes and markup to plain text: charset decoding with fallbacks, HTML and XML to text."""

from __future__ import annotations

import codecs
import re
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


# Charsets whose text is all ASCII bytes but is not ASCII text: decoding as ASCII would be wrong.
_SEVEN_BIT = frozenset(codecs.lookup(c).name for c in (
    "utf-7", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext",
    "iso2022_kr", "hz"))


def wide_encoding(data: bytes) -> str | None:
    """``utf-16-le`` / ``utf-16-be`` / ``utf-32-le`` / ``utf-32-be`` when ``data`` (without a BOM) is
    NUL-interleaved text: the zero bytes of Latin text sit on one byte lane (two or three of four)."""
    head = data[:8192]
    n = len(head)
    if n < 8 or head.count(0) < n // 8:
        return None
    lanes4 = [head[k::4].count(0) for k in range(4)]
    quarter = max(1, n // 4)
    if sum(1 for z in lanes4 if z > quarter * 0.8) == 3:
        low = lanes4.index(min(lanes4))
        if low in (0, 3) and lanes4[low] < quarter // 4:
            return "utf-32-le" if low == 0 else "utf-32-be"
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = max(1, n // 2)
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Decode ``data`` to text: declared charset when it fits, else UTF-8, else a guess.

    A byte-order mark wins; NUL-interleaved UTF-16 / UTF-32 is recognised before any declared charset
    is trusted (NUL is valid ASCII and UTF-8, so "utf-8" or a BOM-less "utf-16le" label would otherwise
    give text with NULs between the letters). A declared Latin charset on bytes that are valid UTF-8 with
    non-ASCII content is taken to be wrong (a very common mislabelling), so UTF-8 wins there. A 7-bit
    charset (UTF-7, ISO-2022) is honoured even on pure ASCII bytes; a guessed charset must be
    ASCII-compatible.
    """
    if not data:
        return ""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                     (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    wide = wide_encoding(data) if 0 in data[:8192] else None
    if wide is not None:
        return data.decode(wide, errors="replace")
    codec = _codec(charset)
    if data.isascii():
        if codec in _SEVEN_BIT:
            try:
                return data.decode(codec)
            except (UnicodeDecodeError, LookupError):
                pass
        return data.decode("ascii")
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
    guess = None
    if len(data) > 64:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:65536]).best()
        guess = _codec(best.encoding) if best is not None else None
        if guess is not None and not _ascii_compatible(guess):
            guess = None
    return data.decode(guess or "cp1252", errors="replace")


_ASCII_PROBE = bytes(range(0x20, 0x7F)) + b"\t\r\n"


def _ascii_compatible(codec: str) -> bool:
    """Does ``codec`` read ASCII bytes as ASCII (not EBCDIC, UTF-16, ...)? Only such a *guess* is used."""
    try:
        return _ASCII_PROBE.decode(codec) == _ASCII_PROBE.decode("ascii")
    except (UnicodeDecodeError, LookupError):
        return False


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
_CODE_TEXT = frozenset(("style", "script"))
_TEXT_ATTRS = ("alt", "title", "value", "placeholder", "aria-label", "content")
_LINK_ATTRS = ("href", "src", "action", "background", "cite")
# Inline styles that hide an element or shrink its text to nothing.
_HIDDEN_STYLE = re.compile(
    r"(?:^|[;\s{])(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|mso-hide\s*:\s*all"
    r"|font-size\s*:\s*(?:0*\.?0+|0?\.\d+|1)(?:px|pt|em|rem|%|vw|vh|ex|ch)?\s*(?:!important\s*)?(?:;|$)"
    r"|opacity\s*:\s*0*\.?0+\s*(?:;|$)|(?:max-)?(?:height|width)\s*:\s*0+(?:px|pt|em|%)?\s*(?:;|$)"
    r"|color\s*:\s*transparent)",
    re.IGNORECASE,
)
_CSS_RULE = re.compile(r"([^{}]{1,2000})\{([^{}]{0,4000})\}")
_CSS_SIMPLE = re.compile(r"(?:^|[\s>+~])[a-z0-9]*([.#])([\w-]{1,100})\s*$", re.IGNORECASE)
_CSS_STRING = re.compile(r"""content\s*:\s*(?:"([^"]{1,2000})"|'([^']{1,2000})')""", re.IGNORECASE)


def _hidden_selectors(root: object) -> tuple[frozenset[str], frozenset[str]]:
    """Classes and ids that ``<style>`` rules of the document hide (simple ``.c`` / ``#i`` selectors)."""
    classes: set[str] = set()
    ids: set[str] = set()
    for style in root.iter("style"):  # type: ignore[attr-defined]
        for m in _CSS_RULE.finditer(style.text or ""):
            if not _HIDDEN_STYLE.search(m.group(2)):
                continue
            for selector in m.group(1).split(","):
                sm = _CSS_SIMPLE.search(selector.strip())
                if sm:
                    (classes if sm.group(1) == "." else ids).add(sm.group(2).lower())
    return frozenset(classes), frozenset(ids)


def html_to_text(html: str | bytes) -> str:
    """HTML to text with lxml's HTML parser: visible and hidden text, comments, scripts, link targets.

    Inline elements add no separator (``85.07.<b>30</b>-033.28`` stays one number). What a reader does
    not see inline — hidden or zero-size elements (inline ``style``, hiding ``<style>`` rules on a class
    or id, the ``hidden`` attribute), comments, attribute texts (alt, title, value...), link targets — is
    kept out of the visible text, so it cannot break a number apart, and written after the enclosing
    block, on its own lines: it is still scanned, near where it was. Script text and CSS ``content``
    strings are written the same way; an ``<iframe srcdoc>`` document is read as HTML.
    """
    from lxml import etree

    if isinstance(html, bytes):
        html = decode_bytes(html)
    if not html.strip():
        return ""
    parser = etree.HTMLParser(recover=True, no_network=True, remove_blank_text=False)
    try:
        root = etree.fromstring(html, parser)
    except ValueError:
        # An encoding declaration on a str input: hand lxml the UTF-8 bytes instead.
        root = etree.fromstring(html.encode("utf-8", "surrogatepass"),
                                etree.HTMLParser(recover=True, no_network=True, encoding="utf-8"))
    if root is None:
        return ""
    hidden_classes, hidden_ids = _hidden_selectors(root)
    out: list[str] = []
    # What is not inline visible text, written at the next block boundary: hidden text (consecutive
    # pieces joined as they stand), and separate notes (attribute texts, comments, link targets, scripts),
    # one paragraph each so that two unrelated values never join into one number.
    aside: list[str] = []
    hidden_run = [False]  # is aside[-1] a run of hidden text?

    def note(text: str) -> None:
        aside.append(text)
        hidden_run[0] = False

    def add(text: str, hidden: int) -> None:
        if not hidden:
            out.append(text)
        elif hidden_run[0]:
            aside[-1] += text
        else:
            aside.append(text)
            hidden_run[0] = True

    def block() -> None:
        out.append("\n")
        if aside:
            out.append("\n\n".join(aside))
            out.append("\n")
            aside.clear()
            hidden_run[0] = False

    comment = etree.Comment
    for sibling in (*reversed(list(root.itersiblings(preceding=True))), *root.itersiblings()):
        if sibling.tag is comment and sibling.text:  # comments before/after the root element
            note(sibling.text)
    # stack items: (element, closing, hidden depth)
    stack: list[tuple[object, bool, int]] = [(root, False, 0)]
    while stack:
        el, closing, hidden = stack.pop()
        tag = el.tag  # type: ignore[attr-defined]
        if closing:
            ltag = tag.lower()
            if ltag == "a":
                href = el.get("href")  # type: ignore[attr-defined]
                if href and href[:5].lower() == "data:":
                    shown = data_uri_text(href)
                    if shown:
                        note(shown)
                elif href and not href.startswith(("#", "cid:")):
                    href = unquote(href.strip())
                    if href not in (el.text or ""):  # type: ignore[attr-defined]
                        note(f"<{href}>")
            if ltag in _BLOCK:
                block()
            elif ltag in _CELL:
                add("\t", hidden)
            tail = el.tail  # type: ignore[attr-defined]
            if tail:
                add(tail, max(0, hidden - 1) if _hides(el, hidden_classes, hidden_ids) else hidden)
            continue
        if not isinstance(tag, str):
            if tag is comment and el.text:  # type: ignore[attr-defined]
                note(el.text)  # type: ignore[attr-defined]
            if el.tail:  # type: ignore[attr-defined]
                add(el.tail, hidden)  # type: ignore[attr-defined]
            continue
        ltag = tag.lower()
        attrib = el.attrib  # type: ignore[attr-defined]
        if _hides(el, hidden_classes, hidden_ids):
            hidden += 1
        if attrib:
            for name in _TEXT_ATTRS:
                if name == "content" and ltag == "meta" and ("http-equiv" in attrib or "charset" in attrib):
                    continue  # a protocol value (Content-Type, refresh...), not text of the document
                v = attrib.get(name)
                if v and v.strip():
                    note(v)
            for name in _LINK_ATTRS:
                if name == "href" and ltag == "a":
                    continue
                v = attrib.get(name)
                if v and v[:5].lower() == "data:":
                    shown = data_uri_text(v)
                    if shown:
                        note(shown)
                elif v and not v.startswith(("#", "cid:")):
                    note(f"<{unquote(v.strip())}>")
            srcdoc = attrib.get("srcdoc")
            if srcdoc and srcdoc.strip():
                note(html_to_text(srcdoc))
        if ltag in _BLOCK:
            block()
        text = el.text  # type: ignore[attr-defined]
        if text:
            if ltag == "script":
                note(text)
            elif ltag == "style":
                for a, b in _CSS_STRING.findall(text):
                    note(a or b)
            else:
                add(text, hidden)
        stack.append((el, True, hidden))
        stack.extend((c, False, hidden) for c in reversed(el))  # type: ignore[call-overload]
    block()
    return _squeeze("".join(out))


_DATA_URI_MAX = 2 * 1024 * 1024


def html_to_table_text(html: str | bytes) -> tuple[str, tuple[Table, ...]]:
    """Like :func:`html_to_text`, with the data tables kept as structure (``gateway.model.Table``).

    A data table is a ``<table>`` without a nested table, with two rows or more of two cells or more,
    whose cells are short (layout tables of newsletters hold paragraphs or other tables): its first row
    is the header, each ``<tr>`` a data row, each cell's text (as :func:`html_to_text` reads the cell:
    hidden text, attribute texts and link targets included) one tab-separated field. The rest of the
    document is read by :func:`html_to_text` unchanged, each data table replaced by a marker paragraph
    that is then replaced by the table.
    """
    from lxml import etree

    from gateway.extract.context import TableText
    from gateway.extract.tables import add_rows

    if isinstance(html, bytes):
        html = decode_bytes(html)
    if not html.strip() or "<t" not in html.lower():
        return html_to_text(html), ()
    parser = etree.HTMLParser(recover=True, no_network=True, remove_blank_text=False)
    try:
        root = etree.fromstring(html, parser)
    except ValueError:
        root = etree.fromstring(html.encode("utf-8", "surrogatepass"),
                                etree.HTMLParser(recover=True, no_network=True, encoding="utf-8"))
    if root is None:
        return html_to_text(html), ()
    tables = [t for t in root.iter("table") if _is_data_table(t)]
    if not tables:
        return html_to_text(html), ()
    rows_of: list[list[tuple[int, list[str]]]] = []
    for n, table in enumerate(tables):
        rows = []
        for i, tr in enumerate(table.iter("tr"), start=1):
            cells = [" ".join(html_to_text(etree.tostring(td, encoding="unicode", with_tail=False)).split())
                     for td in tr if isinstance(td.tag, str) and td.tag.lower() in _CELL]
            rows.append((i, cells))
        rows_of.append(rows)
        marker = etree.Element("p")
        marker.text = f"{_TABLE_MARK}{n}{_TABLE_MARK}"
        marker.tail = table.tail
        table.getparent().replace(table, marker)
    text = html_to_text(etree.tostring(root, encoding="unicode", method="html"))
    tt = TableText()
    pieces = _TABLE_MARKER.split(text)
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            tt.add_text(piece.strip("\n"))
        elif piece.isdigit() and int(piece) < len(rows_of):
            add_rows(tt, rows_of[int(piece)], f"table={int(piece) + 1}!row")
    return tt.build()


_MAX_TABLE_CELL = 400
_TABLE_MARK = "QdlpgwTableMark7f3aQ"  # letters only, so no text step removes it; no document writes it
_TABLE_MARKER = re.compile(rf"{_TABLE_MARK}(\d+){_TABLE_MARK}")


def _is_data_table(table: object) -> bool:
    """A grid of short cells (see :func:`html_to_table_text`), not a layout table."""
    if table.find(".//table") is not None:  # type: ignore[attr-defined]
        return False
    wide = 0
    for tr in table.iter("tr"):  # type: ignore[attr-defined]
        cells = [td for td in tr if isinstance(td.tag, str) and td.tag.lower() in _CELL]
        if any(len("".join(td.itertext())) > _MAX_TABLE_CELL for td in cells):
            return False
        wide += len(cells) >= 2
    return wide >= 2


def data_uri_text(uri: str) -> str | None:
    """The text a ``data:`` URI carries (text/*, JSON, XML; base64 or percent-encoded), else None."""
    from urllib.parse import unquote_to_bytes

    head, sep, payload = uri[5:].partition(",")
    if not sep or len(payload) > _DATA_URI_MAX:
        return None
    params = [p.strip().lower() for p in head.split(";")]
    mediatype = params[0] or "text/plain"
    if not (mediatype.startswith("text/") or mediatype in ("application/json", "application/xml")):
        return None  # images and other binary payloads: not text a reader sees
    if "base64" in params[1:]:
        from gateway.extract.transfer import decode_base64

        raw = decode_base64(payload.encode("ascii", "ignore")).data
    else:
        raw = unquote_to_bytes(payload)
    charset = next((p[8:] for p in params[1:] if p.startswith("charset=")), None)
    text = decode_bytes(raw, charset)
    return html_to_text(text) if mediatype == "text/html" else text


def _hides(el: object, classes: frozenset[str], ids: frozenset[str]) -> bool:
    """Does this element hide its content (style, hiding class / id, ``hidden`` attribute)?"""
    attrib = el.attrib  # type: ignore[attr-defined]
    if not attrib:
        return False
    if "hidden" in attrib:
        return True
    style = attrib.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    if classes:
        cls = attrib.get("class")
        if cls and any(c.lower() in classes for c in cls.split()):
            return True
    return bool(ids) and (attrib.get("id") or "").lower() in ids


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
