"""Bound what a PDF's compressed streams expand to, before pdfium (which inflates internally) sees the file.

Every ``stream ... endstream`` of the file is decoded through its decompressing filters
(FlateDecode, LZWDecode, RunLengthDecode; ASCIIHex/ASCII85 in between) in bounded steps, and stops
at the per-stream cap (:meth:`Context.stream_cap`). Content streams, fonts, forms and object streams
— what text extraction inflates — are charged to the message budget; image streams are decoded by
pdfium only when a page is rendered for OCR, one at a time, so they only have to stay within the
per-stream cap (or the raw size their width and height declare). A 1 GiB Flate stream inside a
2 MB PDF therefore stops at the budget after a fraction of a second, with bounded memory.

An encrypted PDF's streams are ciphertext: they are decrypted with pypdf (the empty user password,
as pdfium does) before the same check; one that pypdf cannot decrypt pdfium cannot open either.
"""

from __future__ import annotations

import re
import zlib

from gateway.extract.context import Context
from gateway.extract.limits import Deadline, LimitExceeded

_STREAM = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_NAME = re.compile(rb"/([A-Za-z0-9]+)")
_INT = {key: re.compile(rb"/" + key + rb"\s+(\d{1,9})(?!\s+\d+\s+R)") for key in (b"Width", b"Height")}
_CHUNK = 1 << 20
_FLATE = frozenset((b"FlateDecode", b"Fl"))
_LZW = frozenset((b"LZWDecode", b"LZW"))
_RL = frozenset((b"RunLengthDecode", b"RL"))
_HEX = frozenset((b"ASCIIHexDecode", b"AHx"))
_A85 = frozenset((b"ASCII85Decode", b"A85"))
_EXPANDING = _FLATE | _LZW | _RL


class _Over(Exception):
    """A stream passed its cap."""


def check_pdf_streams(ctx: Context, data: bytes, deadline: Deadline | None = None) -> int:
    """Decode every compressed stream of ``data`` within the caps; returns the bytes charged.

    Raises :class:`LimitExceeded` (content-free reason) when a stream or the total passes its cap.
    """
    if b"/Encrypt" in data[-65536:] or b"/Encrypt" in data[:4096]:
        streams = _decrypted_streams(data)
        if streams is not None:
            return _check(ctx, streams, deadline)
    return _check(ctx, _raw_streams(data), deadline)


def _raw_streams(data: bytes):  # -> Iterator[tuple[bytes, bytes | memoryview]]
    """(dictionary text, the stream's bytes) of every ``stream`` keyword; the bytes end at the next
    ``endstream`` (a decoder that is not done there goes on reading past it: binary data may hold
    that word)."""
    view = memoryview(data)
    for m in _STREAM.finditer(data):
        head = data[max(0, m.start() - 2048) : m.start()]
        k = head.rfind(b"obj")
        end = data.find(b"endstream", m.end())
        yield (head[k:] if k >= 0 else head), view[m.end() :], (end - m.end() if end >= 0 else -1)


def _decrypted_streams(data: bytes) -> list[tuple[bytes, bytes, int]] | None:
    """(dictionary text, decrypted still-encoded data) of every stream, via pypdf; None if it cannot."""
    import io

    try:
        from pypdf import PdfReader
        from pypdf.generic import IndirectObject, StreamObject

        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return []  # needs a password: pdfium will not open it either
        out: list[tuple[bytes, bytes, int]] = []
        for gen, nums in reader.xref.items():
            for num in nums:
                try:
                    obj = reader.get_object(IndirectObject(num, gen, reader))
                except Exception:
                    continue
                if isinstance(obj, StreamObject):
                    filters = obj.get("/Filter")
                    names = filters if isinstance(filters, list) else [filters] if filters else []
                    subtype = b"/Subtype/Image" if obj.get("/Subtype") == "/Image" else b""
                    size = b"".join(b"/%s %d" % (k.encode()[1:], int(obj[k])) for k in ("/Width", "/Height")
                                    if isinstance(obj.get(k), int))
                    desc = b"/Filter[" + b"".join(str(n).encode() for n in names) + b"]" + subtype + size
                    raw = obj._data or b""
                    out.append((desc, raw, len(raw)))
        return out
    except Exception:
        return None


def _check(ctx: Context, streams, deadline: Deadline | None) -> int:
    cap = ctx.stream_cap()
    charged = 0
    for n, (desc, raw, length) in enumerate(streams):
        if deadline is not None and n % 64 == 63:
            deadline.check("pdf")
        fm = _FILTER.search(desc)
        if fm is None:
            continue
        filters = _NAME.findall(fm.group(1))
        if not any(f in _EXPANDING for f in filters):
            continue
        image = b"/Image" in desc
        limit = cap
        if image:
            w, h = (_int(desc, k) for k in (b"Width", b"Height"))
            limit = max(cap, w * h * 4 + (1 << 16)) if w and h else cap
        try:
            size = _decoded_size(raw, filters, limit, length)
        except _Over:
            if image:
                raise LimitExceeded(f"pdf: image stream decodes to more than {limit} bytes") from None
            raise LimitExceeded(f"pdf: compressed stream decodes to more than {limit} bytes") from None
        if not image:
            ctx.charge(size, "pdf")
            charged += size
    return charged


def _int(desc: bytes, key: bytes) -> int:
    m = _INT[key].search(desc)
    return int(m.group(1)) if m else 0


def _decoded_size(raw: bytes | memoryview, filters: list[bytes], limit: int, length: int = -1) -> int:
    """The size the filter chain decodes ``raw`` to (stops with _Over past ``limit``; damage ends it)."""
    data: bytes | memoryview = raw
    last = max(i for i, f in enumerate(filters) if f in _EXPANDING)
    for i, f in enumerate(filters):
        keep = i < last
        if f in _FLATE:
            out = _inflate(data, limit, keep, length if i == 0 else -1)
        elif f in _LZW:
            out = _lzw(data, limit)
        elif f in _RL:
            out = _runlength(data, limit)
        elif f in _HEX:
            out = _ascii_hex(data)
        elif f in _A85:
            out = _ascii85(data)
        else:
            return 0  # an image codec (DCT, JPX, JBIG2, CCITT) or Crypt: nothing more to inflate here
        if not keep:
            return out if isinstance(out, int) else len(out)
        data = out if isinstance(out, bytes) else b""
    return 0


def _inflate(data: bytes | memoryview, limit: int, keep: bool, first: int = -1) -> bytes | int:
    """Inflate a zlib stream from the start of ``data`` in 1 MiB output steps; its end is where zlib
    stops. ``first`` is where the stream probably ends (its ``endstream``): read in one piece."""
    d = zlib.decompressobj()
    kept = bytearray()
    total = 0
    pos = 0
    n = len(data)
    step = first + 1 if first >= 0 else 65536
    while pos < n and not d.eof:
        buf = bytes(data[pos : pos + step])
        pos += len(buf)
        step = 65536
        while buf:
            try:
                out = d.decompress(buf, _CHUNK)
            except zlib.error:
                return bytes(kept) if keep else total  # damaged: pdfium stops there too
            total += len(out)
            if total > limit:
                raise _Over
            if keep:
                kept += out
            buf = d.unconsumed_tail
            if d.eof or (not out and not buf):
                break
    return bytes(kept) if keep else total


def _end(data: bytes | memoryview) -> bytes:
    """The bytes up to ``endstream`` (for the filters that do not know their own end)."""
    b = bytes(data[: 64 * 1024 * 1024])
    k = b.find(b"endstream")
    return b[:k] if k >= 0 else b


def _lzw(data: bytes | memoryview, limit: int) -> bytes:
    """LZWDecode (early change 1, the PDF default) with an output cap."""
    src = _end(data)
    out = bytearray()
    table: list[bytes] = [bytes([i]) for i in range(256)] + [b"", b""]
    width, bits, nbits, prev = 9, 0, 0, b""
    for byte in src:
        bits = (bits << 8) | byte
        nbits += 8
        while nbits >= width:
            nbits -= width
            code = (bits >> nbits) & ((1 << width) - 1)
            if code == 256:
                table = table[:258]
                width, prev = 9, b""
                continue
            if code == 257:
                return bytes(out)
            if code < len(table):
                entry = table[code]
                if prev:
                    table.append(prev + entry[:1])
            elif prev:
                entry = prev + prev[:1]
                table.append(entry)
            else:
                return bytes(out)
            out += entry
            if len(out) > limit:
                raise _Over
            prev = entry
            if len(table) + 1 >= (1 << width) and width < 12:
                width += 1
    return bytes(out)


def _runlength(data: bytes | memoryview, limit: int) -> bytes:
    src = _end(data)
    out = bytearray()
    i = 0
    while i < len(src):
        n = src[i]
        if n == 128:
            break
        if n < 128:
            out += src[i + 1 : i + 2 + n]
            i += n + 2
        else:
            out += src[i + 1 : i + 2] * (257 - n)
            i += 2
        if len(out) > limit:
            raise _Over
    return bytes(out)


_WHITE = b" \t\n\r\x0b\x0c\x00"


def _ascii_hex(data: bytes | memoryview) -> bytes:
    src = _end(data)
    k = src.find(b">")
    digits = (src[:k] if k >= 0 else src).translate(None, _WHITE)
    if len(digits) % 2:
        digits += b"0"
    try:
        return bytes.fromhex(digits.decode("ascii", "replace"))
    except ValueError:
        return b""


def _ascii85(data: bytes | memoryview) -> bytes:
    import base64

    src = _end(data)
    k = src.find(b"~>")
    body = (src[:k] if k >= 0 else src).translate(None, _WHITE)
    if body.startswith(b"<~"):
        body = body[2:]
    try:
        return base64.a85decode(body, adobe=False)
    except ValueError:
        return b""
