"""OLE compound files: what they are (Outlook item, legacy Office document, embedded object) and their objects.

A compound file is dispatched by its streams: an encrypted package, an Outlook item (``__substg1.0_``
streams), a Word/Excel/PowerPoint 97-2003 document (:mod:`gateway.extract.legacy`), or an embedded
object as Office writes them into OOXML (``word/embeddings/oleObject1.bin``), ODF and RTF: an
``\\x01Ole10Native`` package (any file, with its name), a ``Package`` stream (an OOXML document),
``CONTENTS`` / ``Contents`` (a PDF, an RTF, a Works document), ``EmbeddedOdf``. Objects embedded in
legacy documents (``ObjectPool/_NNN`` in Word, ``MBD*`` storages in Excel) are found the same way.
Every object is extracted recursively under the same limits, at ``<location>/<object name>``.
"""

from __future__ import annotations

import io
import struct

from gateway.extract.context import Context, safe_name, safe_path
from gateway.extract.files import extract_file
from gateway.extract.limits import Deadline, EncryptedContent, LimitExceeded

_LEGACY = (("WordDocument", "doc"), ("Workbook", "xls"), ("Book", "xls"), ("PowerPoint Document", "ppt"))
_FILE_STREAMS = frozenset(("package", "contents", "embeddedodf", "\x01ole10native"))


def extract_ole(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline) -> None:
    import olefile

    with olefile.OleFileIO(data) as ole:
        if ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage"):
            raise EncryptedContent("office: password protected (encrypted package)")
        paths = ole.listdir(streams=True, storages=False)
        is_msg = ole.exists("__properties_version1.0") or any(p and p[0].startswith("__substg1.0_") for p in paths)
        legacy = None if is_msg else next(((stream, fmt) for stream, fmt in _LEGACY if ole.exists(stream)), None)
        main = b""
        if legacy is not None:
            ctx.charge(ole.get_size(legacy[0]), legacy[1])
            main = ole.openstream(legacy[0]).read()
        objects = [] if is_msg else _objects(ctx, ole, paths)
    if is_msg:
        from gateway.extract.outlook import extract_msg_file

        extract_msg_file(ctx, data, loc, depth, deadline)
        return
    if legacy is not None:
        _legacy(ctx, data, main, legacy[1], loc, deadline)
    for obj_name, obj_data in objects:
        deadline.check("ole")
        extract_file(ctx, obj_data, f"{loc}/{obj_name}", obj_name, depth + 1, deadline)
    if legacy is None and not objects:
        from gateway.extract.files import binary_text

        binary_text(ctx, _all_streams(ctx, data), loc, "ole: unknown compound document")


def _legacy(ctx: Context, data: bytes, main: bytes, fmt: str, loc: str, deadline: Deadline) -> None:
    import msoffcrypto

    try:
        encrypted = msoffcrypto.OfficeFile(io.BytesIO(data)).is_encrypted()
    except Exception:
        encrypted = False
    if encrypted:
        raise EncryptedContent(f"{fmt}: password protected")
    from gateway.extract import legacy

    if fmt == "xls":
        legacy.extract_excel(ctx, data, loc, deadline)
    elif fmt == "doc":
        legacy.extract_word(ctx, data, main, loc, deadline)
    else:
        legacy.extract_powerpoint(ctx, data, main, loc, deadline)


def _objects(ctx: Context, ole: object, paths: list[list[str]]) -> list[tuple[str, bytes]]:
    """The embedded files of a compound file: (name for the location, bytes), in stream order."""
    out: list[tuple[str, bytes]] = []
    taken: set[tuple[str, ...]] = set()
    for path in paths:
        leaf = path[-1]
        storage = tuple(path[:-1])
        low = leaf.lower()
        nested_book = bool(storage) and leaf in ("Workbook", "Book", "WordDocument", "PowerPoint Document")
        if low not in _FILE_STREAMS and not nested_book:
            continue
        if storage in taken:
            continue
        size = ole.get_size(path)  # type: ignore[attr-defined]
        if size == 0:
            continue
        if len(out) >= ctx.limits.max_files:
            raise LimitExceeded(f"ole: more than {ctx.limits.max_files} embedded objects")
        ctx.charge(size, "ole")
        raw = ole.openstream(path).read()  # type: ignore[attr-defined]
        base = safe_path("/".join(storage)) or "object"
        if low == "\x01ole10native":
            fname, payload = ole10native(raw)
            out.append((f"{base}/{fname}" if storage else fname or base, payload))
        elif nested_book:
            # A workbook/document stored as a sub-storage (an object inside a legacy document):
            # xlrd reads a bare BIFF stream; the others are read by their own stream's sniffing.
            out.append((f"{base}/{safe_name(leaf)}", raw))
        else:
            out.append((base if storage else safe_name(leaf.lstrip("\x01")) or "object", raw))
        taken.add(storage)
    return out


def ole10native(raw: bytes) -> tuple[str, bytes]:
    """The file inside an ``\\x01Ole10Native`` stream: (its file name, its bytes).

    Layout (MS-OLEDS 2.3.6 / the "Package" object): u32 size, u16 flags, label, source path and
    (after a u32) temp path, then u32 data size and the data. Streams that are not a package carry
    the native data right after the u32 size.
    """
    if len(raw) < 4:
        return "", b""
    total = struct.unpack_from("<I", raw, 0)[0]
    body = raw[4 : 4 + total] if 0 < total <= len(raw) - 4 else raw[4:]
    try:
        pos = 2
        label, pos = _cstr(body, pos)
        src, pos = _cstr(body, pos)
        pos += 4
        tlen = struct.unpack_from("<I", body, pos)[0]
        pos += 4 + tlen
        size = struct.unpack_from("<I", body, pos)[0]
        pos += 4
        if size > len(body) - pos or tlen > len(body):
            raise ValueError
        name = safe_name((src or label).decode("cp1252", "replace")) or safe_name(label.decode("cp1252", "replace"))
        return name, body[pos : pos + size]
    except (struct.error, ValueError):
        return "", body


def _cstr(buf: bytes, pos: int) -> tuple[bytes, int]:
    end = buf.index(b"\x00", pos, pos + 4096)
    return buf[pos:end], end + 1


def _all_streams(ctx: Context, data: bytes) -> bytes:
    """Every stream of a compound file concatenated (for the printable-runs fallback)."""
    import olefile

    parts: list[bytes] = []
    with olefile.OleFileIO(data) as ole:
        for path in ole.listdir(streams=True, storages=False):
            if path[-1].startswith(("\x05", "\x01", "\x03")):
                continue  # property sets, CompObj, ObjInfo: metadata, not content
            ctx.charge(ole.get_size(path), "ole")
            parts.append(ole.openstream(path).read())
    return b"\n".join(parts)


def rtf_objects(ctx: Context, data: bytes, loc: str, depth: int, deadline: Deadline) -> None:
    """Objects embedded in an RTF document (``\\objdata``): packages and OLE objects, extracted recursively."""
    from oletools.rtfobj import RtfObjParser

    parser = RtfObjParser(data)
    parser.parse()
    for n, obj in enumerate(parser.objects[: ctx.limits.max_files], 1):
        deadline.check("rtf")
        if getattr(obj, "is_package", False) and obj.olepkgdata:
            inner = safe_name(str(obj.filename or "")) or f"object{n}"
            payload = bytes(obj.olepkgdata)
        elif getattr(obj, "is_ole", False) and obj.oledata:
            inner = f"object{n}"
            payload = bytes(obj.oledata)
        else:
            continue
        ctx.charge(len(payload), "rtf")
        extract_file(ctx, payload, f"{loc}/{inner}", inner, depth + 1, deadline)
