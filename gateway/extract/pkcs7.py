"""Take the signed content out of an opaque S/MIME signed-data blob (a minimal BER/DER reader)."""

from __future__ import annotations

import re
from typing import NamedTuple

_SIGNED_DATA_OID = bytes.fromhex("2a864886f70d010702")
_DIGESTED_DATA_OID = bytes.fromhex("2a864886f70d010705")
COMPRESSED_DATA_OID = bytes.fromhex("2a864886f70d0109100109")  # RFC 3274 id-ct-compressedData
_MAX_DEPTH = 40


class _Node(NamedTuple):
    tag: int
    children: list[_Node] | None
    value: bytes
    end: int


def _parse(buf: bytes, pos: int, depth: int) -> _Node:
    if depth > _MAX_DEPTH or pos + 2 > len(buf):
        raise ValueError("ber: too deep or truncated")
    tag = buf[pos]
    pos += 1
    if tag & 0x1F == 0x1F:  # multi-byte tag number
        while buf[pos] & 0x80:
            pos += 1
        pos += 1
    first = buf[pos]
    pos += 1
    constructed = bool(tag & 0x20)
    if first == 0x80:  # indefinite length (BER), constructed only
        if not constructed:
            raise ValueError("ber: indefinite primitive")
        children = []
        while buf[pos : pos + 2] != b"\x00\x00":
            child = _parse(buf, pos, depth + 1)
            children.append(child)
            pos = child.end
            if pos + 2 > len(buf):
                raise ValueError("ber: truncated")
        return _Node(tag, children, b"", pos + 2)
    if first & 0x80:
        n = first & 0x7F
        if n == 0 or n > 4:
            raise ValueError("ber: bad length")
        length = int.from_bytes(buf[pos : pos + n], "big")
        pos += n
    else:
        length = first
    end = pos + length
    if end > len(buf):
        raise ValueError("ber: truncated")
    if not constructed:
        return _Node(tag, None, buf[pos:end], end)
    children = []
    while pos < end:
        child = _parse(buf, pos, depth + 1)
        children.append(child)
        pos = child.end
    return _Node(tag, children, b"", end)


def _octets(node: _Node) -> bytes:
    if node.children is None:
        return node.value
    return b"".join(_octets(c) for c in node.children)


def _header(buf: bytes, pos: int) -> tuple[int, int, int | None]:
    """(tag, content start, content end or None for indefinite length) of the element at ``pos``."""
    if pos + 2 > len(buf):
        raise ValueError("ber: truncated")
    tag = buf[pos]
    first = buf[pos + 1]
    pos += 2
    if first == 0x80:
        return tag, pos, None
    if first & 0x80:
        n = first & 0x7F
        if n == 0 or n > 4:
            raise ValueError("ber: bad length")
        return tag, pos + n, pos + n + int.from_bytes(buf[pos : pos + n], "big")
    return tag, pos, pos + first


def signed_content(data: bytes, oids: tuple[bytes, ...] = (_SIGNED_DATA_OID,)) -> bytes | None:
    """The encapsulated content of a CMS SignedData ContentInfo: b"" for a detached signature
    (nothing inside to scan), None when the structure is malformed.

    Only the path to the content is read, so a signature blob cut short after the content
    (certificates, signer infos) still yields its content.
    """
    try:
        _tag, pos, _end = _header(data, 0)  # ContentInfo SEQUENCE
        oid = _parse(data, pos, 1)
        if oid.value not in oids:
            return None
        _tag, pos, _end = _header(data, oid.end)  # [0] EXPLICIT
        _tag, pos, _end = _header(data, pos)  # SignedData SEQUENCE
        pos = _parse(data, pos, 1).end  # version
        pos = _parse(data, pos, 1).end  # digestAlgorithms (Signed), digestAlgorithm (Digested),
        # compressionAlgorithm (Compressed): the three share this shape up to the content
        tag, pos, end = _header(data, pos)  # encapContentInfo SEQUENCE
        pos = _parse(data, pos, 1).end  # eContentType
        if (end is not None and pos >= end) or data[pos : pos + 2] == b"\x00\x00":
            return b""  # detached signature: no content inside
        tag, pos, _end = _header(data, pos)  # [0] EXPLICIT eContent
        if tag != 0xA0:
            return None
        return _octets(_parse(data, pos, 1))
    except (ValueError, IndexError):
        return None


_HEADER_BLOCK = re.compile(rb"(?:[!-9;-~]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+\r?\n")


def is_mime_entity(content: bytes) -> bool:
    """True when signed content is a MIME entity (S/MIME), not a signed file (CAdES ``x.pdf.p7m``)."""
    m = _HEADER_BLOCK.match(content[:8192])
    return m is not None and b"content-type:" in m.group(0).lower()


def wrapped_content(data: bytes) -> tuple[str, bytes] | None:
    """The content of a CMS DigestedData or CompressedData (RFC 3274, zlib) blob: (kind, bytes)."""
    content = signed_content(data, (_DIGESTED_DATA_OID,))
    if content is not None:
        return "digested", content
    content = signed_content(data, (COMPRESSED_DATA_OID,))
    if content is not None:
        return "compressed", content
    return None
