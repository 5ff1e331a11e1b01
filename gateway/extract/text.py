"""Bytes and markup to plain text: charset decoding with fallbacks, HTML and XML to text."""

from __future__ import annotations

import codecs
import re
from urllib.parse import unquote

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


def html_to_text(html: str | bytes) -> str:
    """HTML to text with lxml's HTML parser: visible and hidden text, comments, link targets.

    Inline elements add no separator (``85.07.<b>30</b>-033.28`` stays one number);
    block elements end a line; link targets are appended after the link text.
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
    out: list[str] = []
    add = out.append
    comment = etree.Comment
    for sibling in (*reversed(list(root.itersiblings(preceding=True))), *root.itersiblings()):
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
            if tail:
                add(tail)
            continue
        if not isinstance(tag, str):
            if tag is comment and el.text:  # type: ignore[attr-defined]
                add(f" {el.text} ")  # type: ignore[attr-defined]
            if el.tail:  # type: ignore[attr-defined]
                add(el.tail)  # type: ignore[attr-defined]
            continue
        ltag = tag.lower()
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
    return _squeeze("".join(out))


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
