"""Text hidden in image files: metadata and bytes appended after the image, read as segments.

``extract_image_text(ctx, data, loc, depth, deadline)`` is called for every image, wherever it was found
(a MIME part, an archive member); OCR of the pixels is a separate step. What is read, bounded:

- PNG: ``tEXt``, ``zTXt`` and ``iTXt`` chunks (keyword and text; compressed ones inflated within a bound),
  ``eXIf``;
- JPEG: ``COM`` segments, EXIF (APP1), XMP (APP1, also extended XMP), Photoshop IPTC / XMP (APP13), other
  application segments as printable strings (not ICC profiles or MPF tables);
- GIF: comment and plain-text extensions, XMP application extensions;
- WebP (RIFF): ``EXIF`` and ``XMP `` chunks; TIFF: the text tags of every IFD (and the EXIF IFD);
- EXIF everywhere: human-written tags (description, artist, copyright, user comment, the Windows XP*
  tags...), not machine values (make, model, software, dates, serial numbers, GPS);
- XMP: element text and attribute values, except document / instance identifiers and history.

Bytes after the image's end (JPEG EOI, PNG IEND, GIF trailer, RIFF size, BMP size), or from where its
structure stops making sense (image magic bytes followed by text), are *appended data*:
a known document or archive there is extracted as a file at ``<loc>#appended``; another image is read
the same way; anything else gives its printable strings. Text goes to ``<loc>#metadata``.
"""

from __future__ import annotations

import re
import struct
import zlib

from gateway.extract.context import Context
from gateway.extract.limits import Deadline

MAX_TEXT = 1024 * 1024  # characters of metadata text kept per image
MAX_INFLATE = 1024 * 1024  # bytes a compressed PNG text chunk may inflate to
MAX_ITEMS = 4096  # chunks / segments / IFD entries looked at per image
MAX_NESTED = 4  # images appended to images
_PRINTABLE = re.compile(rb"[\x20-\x7e\t\r\n]{8,}")
_PRINTABLE_UTF16 = re.compile(rb"(?:[\x20-\x7e]\x00){8,}")
_WIDE_SCAN_MAX = 256 * 1024  # UTF-16 strings are looked for in blocks up to this size (the regex is slower)
_JPEG_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")
# Formats worth extracting when appended to an image (the others give printable strings).
_CONTAINERS = frozenset(("pdf", "zip", "ole", "gzip", "bzip2", "xz", "tar", "rtf", "7z", "rar", "eml",
                         "pkcs7-signed", "pkcs7-enveloped", "pgp", "html", "xml"))

# EXIF / TIFF tags holding machine values, not text a person wrote.
_MACHINE_TAGS = frozenset((
    271, 272, 305, 306, 36867, 36868, 36880, 36881, 36882, 42016, 42033, 42034, 42035, 42036, 42037,
    34853, 40965, 50708, 50735, 50736, 50737, 50738, 50739, 50740, 50778, 50779, 50781,
))
_XP_TAGS = frozenset((40091, 40092, 40093, 40094, 40095))  # XPTitle/Comment/Author/Keywords/Subject (UTF-16LE)
_USER_COMMENT = 37510
_SUB_IFDS = frozenset((34665, 330))  # the EXIF IFD and sub-IFDs; GPS / interoperability hold no text
_XMP_TAG, _IPTC_TAG, _PHOTOSHOP_TAG = 700, 33723, 34377
_XMP_SKIP = re.compile(r"(?i)(?:id|ancestors|derivedfrom|history|ingredients|manifest|pantry|versions)$")


class _Found:
    """What one image yielded: text pieces (bounded), and where the image ended."""

    __slots__ = ("end", "size", "texts")

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.size = 0
        self.end: int | None = None  # offset just after the image; None when unknown

    def add(self, text: str) -> None:
        text = text.strip("\x00 \t\r\n")
        if text and self.size < MAX_TEXT:
            text = text[: MAX_TEXT - self.size]
            self.texts.append(text)
            self.size += len(text)


def extract_image_text(ctx: Context, data: bytes, loc: str, depth: int, deadline: Deadline | None,
                       nested: int = 0) -> None:
    """Add the metadata text and the appended data of the image ``data`` found at ``loc``."""
    found = _Found()
    try:
        image_text(data, found)
    except (struct.error, IndexError, ValueError, zlib.error, RecursionError):
        pass  # a damaged structure: keep what was read; the pixels are reported as an image anyway
    if found.texts:
        ctx.segment(f"{loc}#metadata", "\n".join(found.texts))
    if found.end is not None and found.end < len(data):
        _appended(ctx, data[found.end :], f"{loc}#appended", depth, deadline, nested)


def _appended(ctx: Context, tail: bytes, loc: str, depth: int, deadline: Deadline | None, nested: int) -> None:
    stripped = tail.strip(b"\x00\r\n\t \xff")
    if len(stripped) < 4:
        return  # padding
    from gateway.extract.sniff import sniff

    fmt = sniff(tail)
    if fmt == "image" and nested < MAX_NESTED:
        extract_image_text(ctx, tail, loc, depth, deadline, nested + 1)
        return
    if fmt in _CONTAINERS or fmt == "text":
        from gateway.extract.files import extract_file

        extract_file(ctx, tail, loc, "", depth + 1, deadline or Deadline(ctx.limits.attachment_seconds))
        return
    strings = printable_strings(tail)
    if strings:
        ctx.segment(loc, strings)


def printable_strings(data: bytes, limit: int = MAX_TEXT) -> str:
    """Runs of at least 8 printable ASCII characters (and UTF-16LE ones, in blocks up to 256 KB) in
    binary data, one per line, bounded."""
    out: list[str] = []
    size = 0
    scans = [(_PRINTABLE, "ascii")]
    if len(data) <= _WIDE_SCAN_MAX:
        scans.append((_PRINTABLE_UTF16, "utf-16-le"))
    for rx, enc in scans:
        for m in rx.finditer(data):
            s = m.group().decode(enc, errors="replace").strip()
            if len(s) >= 8 and any(c.isalnum() for c in s):
                out.append(s)
                size += len(s)
                if size >= limit:
                    return "\n".join(out)[:limit]
    return "\n".join(out)


def image_text(data: bytes, found: _Found) -> None:
    """Fill ``found`` with the text of ``data`` (any supported format) and where the image ends."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        _png(data, found)
    elif data.startswith(b"\xff\xd8"):
        _jpeg(data, found)
    elif data.startswith((b"GIF87a", b"GIF89a")):
        _gif(data, found)
    elif data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        _riff(data, found)
    elif data.startswith((b"II*\x00", b"MM\x00*")):
        _tiff(data, found, 0)
    elif data.startswith(b"BM") and len(data) >= 6:
        size = struct.unpack_from("<I", data, 2)[0]
        if 26 <= size <= len(data):
            found.end = size


# --- PNG --------------------------------------------------------------------------------------------
def _png(data: bytes, found: _Found) -> None:
    pos = 8
    for _ in range(MAX_ITEMS):
        if pos + 12 > len(data):
            return
        length, kind = struct.unpack_from(">I4s", data, pos)
        if not kind.isalpha() or not kind.isascii():
            found.end = pos  # not a chunk: the structure ends here, what follows is appended data
            return
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"tEXt":
            key, _, value = body.partition(b"\x00")
            found.add(f"{key.decode('latin-1')}: {value.decode('latin-1')}")
        elif kind == b"zTXt":
            key, _, rest = body.partition(b"\x00")
            found.add(f"{key.decode('latin-1')}: {_inflate(rest[1:]).decode('latin-1')}")
        elif kind == b"iTXt":
            key, _, rest = body.partition(b"\x00")
            compressed = rest[:1] == b"\x01"
            _lang, _, rest = rest[2:].partition(b"\x00")
            translated, _, text = rest.partition(b"\x00")
            value = _inflate(text) if compressed else text
            if key == b"XML:com.adobe.xmp":
                _xmp(value, found)
            else:
                found.add(f"{key.decode('latin-1')} {translated.decode('utf-8', 'replace')}: "
                          f"{value.decode('utf-8', 'replace')}")
        elif kind == b"eXIf":
            _tiff(body, found, 0)
        elif kind == b"IEND":
            found.end = pos
            return


def _inflate(data: bytes) -> bytes:
    d = zlib.decompressobj()
    try:
        out = d.decompress(data, MAX_INFLATE)
    except zlib.error:
        return b""
    return out


# --- JPEG -------------------------------------------------------------------------------------------
def _jpeg(data: bytes, found: _Found) -> None:
    pos = 2
    n = len(data)
    for _ in range(MAX_ITEMS):
        if pos + 2 > n:
            return
        if data[pos] != 0xFF:
            m = _JPEG_MARKER.search(data, pos)  # entropy-coded data (after SOS) up to the next marker
            if m is None:
                return
            pos = m.start()
            continue
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker == 0xD9:  # end of image
            found.end = pos + 2
            return
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        if marker < 0xC0:
            found.end = pos  # not a JPEG marker: the structure ends here, what follows is appended data
            return
        if pos + 4 > n:
            return
        length = struct.unpack_from(">H", data, pos + 2)[0]
        body = data[pos + 4 : pos + 2 + length]
        pos += 2 + length
        if marker == 0xFE:
            found.add(body.decode("utf-8", "replace") if _utf8(body) else body.decode("latin-1"))
        elif marker == 0xE1 and body.startswith(b"Exif\x00"):
            _tiff(body[6:], found, 0)
        elif marker == 0xE1 and body.startswith(b"http://ns.adobe.com/xap/1.0/\x00"):
            _xmp(body[29:], found)
        elif marker == 0xE1 and body.startswith(b"http://ns.adobe.com/xmp/extension/\x00"):
            found.add(printable_strings(body[35 + 40 :]))
        elif marker == 0xED and body.startswith(b"Photoshop 3.0\x00"):
            _photoshop(body[14:], found)
        elif 0xE0 <= marker <= 0xEF and not body.startswith((b"ICC_PROFILE\x00", b"MPF\x00", b"JFIF\x00",
                                                             b"JFXX\x00", b"Adobe")):
            found.add(printable_strings(body))
        if marker == 0xDA:  # start of scan: entropy-coded data follows
            m = _JPEG_MARKER.search(data, pos)
            if m is None:
                return
            pos = m.start()


def _utf8(b: bytes) -> bool:
    try:
        b.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _photoshop(data: bytes, found: _Found) -> None:
    """Photoshop image resources: IPTC-NAA (0x0404) and XMP (0x0424)."""
    pos = 0
    for _ in range(MAX_ITEMS):
        if not data.startswith(b"8BIM", pos) or pos + 12 > len(data):
            return
        rid = struct.unpack_from(">H", data, pos + 4)[0]
        name_len = data[pos + 6]
        pos += 7 + name_len + ((name_len + 1) % 2)
        size = struct.unpack_from(">I", data, pos)[0]
        body = data[pos + 4 : pos + 4 + size]
        pos += 4 + size + (size % 2)
        if rid == 0x0404:
            _iptc(body, found)
        elif rid == 0x0424:
            _xmp(body, found)


def _iptc(data: bytes, found: _Found) -> None:
    """IPTC IIM datasets of the application record (caption, headline, keywords, by-line, ...)."""
    pos = 0
    for _ in range(MAX_ITEMS):
        if pos + 5 > len(data) or data[pos] != 0x1C:
            return
        record, dataset, size = data[pos + 1], data[pos + 2], struct.unpack_from(">H", data, pos + 3)[0]
        body = data[pos + 5 : pos + 5 + size]
        pos += 5 + size
        if record == 2 and dataset != 0:
            found.add(body.decode("utf-8", "replace") if _utf8(body) else body.decode("latin-1"))


def _xmp(data: bytes, found: _Found) -> None:
    """Element text and attribute values of an XMP packet, without identifiers and history."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    start = data.find(b"<")
    try:
        root = fromstring(data[start:].rstrip(b"\x00 \r\n\t") if start >= 0 else b"",
                          forbid_dtd=True, forbid_entities=True)
    except (ParseError, DefusedXmlException, ValueError):
        found.add(printable_strings(data))
        return
    for count, el in enumerate(root.iter()):
        if count > MAX_ITEMS * 4:
            return
        local = str(el.tag).rpartition("}")[2]
        if "xmpMM" in str(el.tag) or "stEvt" in str(el.tag) or "stRef" in str(el.tag) or _XMP_SKIP.search(local):
            continue
        for key, value in el.attrib.items():
            k = key.rpartition("}")[2]
            if value.strip() and not _XMP_SKIP.search(k) and "xmpMM" not in key and "stEvt" not in key:
                found.add(value)
        if el.text and el.text.strip():
            found.add(el.text)


# --- GIF --------------------------------------------------------------------------------------------
def _gif(data: bytes, found: _Found) -> None:
    if len(data) < 13:
        return
    packed = data[10]
    pos = 13 + (3 * (2 << (packed & 7)) if packed & 0x80 else 0)
    for _ in range(MAX_ITEMS):
        if pos >= len(data):
            return
        block = data[pos]
        if block == 0x3B:  # trailer
            found.end = pos + 1
            return
        if block == 0x21 and pos + 1 < len(data):
            label = data[pos + 1]
            body, pos = _sub_blocks(data, pos + 2)
            if label == 0xFE:
                found.add(body.decode("utf-8", "replace") if _utf8(body) else body.decode("latin-1"))
            elif label == 0x01 and len(body) > 12:  # plain text extension: the text is drawn on the image
                found.add(body[12:].decode("latin-1"))
            elif label == 0xFF and body.startswith(b"XMP DataXMP"):
                _xmp(body[11:], found)
        elif block == 0x2C and pos + 10 <= len(data):
            flags = data[pos + 9]
            pos += 10 + (3 * (2 << (flags & 7)) if flags & 0x80 else 0) + 1  # descriptor, table, LZW size
            _body, pos = _sub_blocks(data, pos, keep=False)
        else:
            found.end = pos  # not a GIF block: the structure ends here, what follows is appended data
            return


def _sub_blocks(data: bytes, pos: int, keep: bool = True) -> tuple[bytes, int]:
    """GIF data sub-blocks from ``pos``: their bytes (when ``keep``) and the offset after the terminator."""
    out: list[bytes] = []
    size = 0
    while pos < len(data):
        n = data[pos]
        if n == 0:
            return b"".join(out), pos + 1
        if keep and size < MAX_INFLATE:
            out.append(data[pos + 1 : pos + 1 + n])
            size += n
        pos += 1 + n
    return b"".join(out), pos


# --- RIFF (WebP) ------------------------------------------------------------------------------------
def _riff(data: bytes, found: _Found) -> None:
    total = struct.unpack_from("<I", data, 4)[0] + 8
    pos = 12
    for _ in range(MAX_ITEMS):
        if pos + 8 > min(total, len(data)):
            break
        kind, size = struct.unpack_from("<4sI", data, pos)
        body = data[pos + 8 : pos + 8 + size]
        pos += 8 + size + (size % 2)
        if kind == b"EXIF":
            _tiff(body[6:] if body.startswith(b"Exif\x00") else body, found, 0)
        elif kind == b"XMP ":
            _xmp(body, found)
    if total <= len(data):
        found.end = total


# --- TIFF / EXIF ------------------------------------------------------------------------------------
_TYPE_SIZE = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}


def _tiff(data: bytes, found: _Found, _depth: int) -> None:
    """The text tags of a TIFF structure (a TIFF file or an EXIF block)."""
    if data[:2] == b"II":
        e = "<"
    elif data[:2] == b"MM":
        e = ">"
    else:
        return
    first = struct.unpack_from(e + "I", data, 4)[0]
    todo = [first]
    seen: set[int] = set()
    entries = 0
    while todo and entries < MAX_ITEMS:
        off = todo.pop()
        if off in seen or off < 8 or off + 2 > len(data):
            continue
        seen.add(off)
        count = struct.unpack_from(e + "H", data, off)[0]
        for k in range(min(count, MAX_ITEMS)):
            entries += 1
            p = off + 2 + 12 * k
            if p + 12 > len(data):
                break
            tag, typ, n = struct.unpack_from(e + "HHI", data, p)
            size = _TYPE_SIZE.get(typ, 1) * n
            where = p + 8 if size <= 4 else struct.unpack_from(e + "I", data, p + 8)[0]
            value = data[where : where + min(size, MAX_INFLATE)]
            if tag in _SUB_IFDS and typ in (4, 13) and n >= 1:
                todo.extend(struct.unpack_from(e + "I" * min(n, 16), data, where) if where + 4 * min(n, 16)
                            <= len(data) else ())
            elif tag == _XMP_TAG:
                _xmp(value, found)
            elif tag == _IPTC_TAG:
                _iptc(value, found)
            elif tag == _PHOTOSHOP_TAG:
                _photoshop(value, found)
            elif tag in _XP_TAGS:
                found.add(value.decode("utf-16-le", "replace"))
            elif tag == _USER_COMMENT and len(value) > 8:
                code, text = value[:8], value[8:]
                found.add(text.decode("utf-16-le" if e == "<" else "utf-16-be", "replace")
                          if code.startswith(b"UNICODE") else text.decode("latin-1"))
            elif typ == 2 and tag not in _MACHINE_TAGS:
                found.add(value.decode("utf-8", "replace") if _utf8(value) else value.decode("latin-1"))
        nxt = off + 2 + 12 * count
        if nxt + 4 <= len(data):
            todo.append(struct.unpack_from(e + "I", data, nxt)[0])
