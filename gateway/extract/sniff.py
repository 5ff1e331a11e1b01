"""Recognise a file's format by its content (magic bytes), with name and declared type as hints only."""

from __future__ import annotations

import re

_IMAGES = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"BM", "bmp"),
    (b"\x00\x00\x01\x00", "ico"),
)
_PKCS7_ENVELOPED = (
    b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x03",  # envelopedData
    b"\x06\x0b\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x17",  # authEnvelopedData
)
_PKCS7_SIGNED = b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02"
_PKCS7_WRAPPED = (
    b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x05",  # digestedData
    b"\x06\x0b\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x09",  # compressedData (RFC 3274)
)
_OPENPGP_ENCRYPTED_FIRST = frozenset((0x84, 0x85, 0x86, 0x87, 0x8C, 0x8D, 0x8E, 0x8F, 0xC1, 0xC3))
_HEADER_LINE = re.compile(rb"^([!-9;-~]+):[ \t]?", re.MULTILINE)
_MAIL_HEADERS = frozenset(
    b"from to cc subject date received message-id mime-version return-path content-type reply-to "
    b"x-mailer delivered-to sender in-reply-to references".split()
)
PGP_ARMOR = b"-----BEGIN PGP MESSAGE-----"


def image_format(data: bytes) -> str | None:
    """The image format name when ``data`` starts like an image, else None."""
    for magic, fmt in _IMAGES:
        if data.startswith(magic):
            if fmt == "bmp" and (len(data) < 26 or data[14] not in (12, 40, 56, 64, 108, 124)):
                continue
            return fmt
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[:4] == b"\x01\x00\x00\x00" and data[40:44] == b" EMF":
        return "emf"
    if data[:4] == b"\xd7\xcd\xc6\x9a":
        return "wmf"
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"avif", b"heim", b"hevc"):
        return "heic"
    if data[:5] == b"<?xml" or data[:4] == b"<svg":
        head = data[:1024].lower()
        if b"<svg" in head:
            return "svg"
    return None


def no_text_format(data: bytes) -> str | None:
    """The kind of a format that carries no text to scan (program, audio, video, font), else None."""
    head = data[:16]
    if head.startswith(b"\x7fELF"):
        return "executable (elf)"
    if head.startswith(b"MZ") and len(data) > 0x40:
        off = int.from_bytes(data[0x3C:0x40], "little")
        if data[off : off + 4] == b"PE\x00\x00":
            return "executable (pe)"
    if head[:4] in (b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe"):
        return "executable (mach-o)"
    if head.startswith(b"\x00asm"):
        return "executable (wasm)"
    if head.startswith((b"ID3", b"fLaC", b"OggS", b"MThd", b"#!AMR")) or head[:2] in (b"\xff\xfb", b"\xff\xf3",
                                                                                     b"\xff\xf2"):
        return "audio"
    if head[:4] == b"RIFF" and data[8:12] in (b"WAVE", b"AVI ", b"AVIX"):
        return "audio" if data[8:12] == b"WAVE" else "video"
    if head[:4] == b"FORM" and data[8:12] in (b"AIFF", b"AIFC"):
        return "audio"
    if data[4:8] == b"ftyp":
        brand = data[8:12]
        return "audio" if brand in (b"M4A ", b"M4B ", b"M4P ") else "video"
    if head.startswith((b"\x1aE\xdf\xa3", b"FLV\x01")) or head[:4] in (b"\x00\x00\x01\xba", b"\x00\x00\x01\xb3"):
        return "video"
    if head[:4] in (b"\x00\x01\x00\x00", b"OTTO", b"true", b"wOFF", b"wOF2", b"ttcf"):
        return "font"
    return None


def looks_like_mail(data: bytes) -> bool:
    """True when ``data`` begins with an RFC 5322 header block naming typical mail fields."""
    head = data[:8192]
    if head.startswith(b"From ") and b"\n" in head:  # mbox separator line
        head = head.split(b"\n", 1)[1]
    end = re.search(rb"\r?\n\r?\n", head)
    block = head[: end.start()] if end else head
    first = _HEADER_LINE.match(block)
    if first is None:
        return False
    names = {m.group(1).lower() for m in _HEADER_LINE.finditer(block)}
    return len(names & _MAIL_HEADERS) >= 2


def is_binary(data: bytes) -> bool:
    """Heuristic: NUL bytes or many control characters in the first 4 KB (UTF-16 counts as text)."""
    head = data[:4096]
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False
    zeros = head.count(0)
    if zeros:
        from gateway.extract.text import wide_encoding

        if wide_encoding(head) is not None:
            return False  # UTF-16 / UTF-32 text without BOM: zeros on one (two, three) byte lanes
        # UTF-16 text without BOM: zeros on one byte lane only.
        even, odd = head[0::2].count(0), head[1::2].count(0)
        lane = max(even, odd)
        return not (lane > len(head) // 4 and min(even, odd) < lane // 20 + 1)
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) // 20


def sniff(data: bytes, name: str = "", declared: str = "") -> str:
    """The format of ``data``; the name and declared content type only break ties."""
    lname = name.lower()
    if data[:1] == b"\x30" and any(oid in data[:64] for oid in _PKCS7_ENVELOPED):
        return "pkcs7-enveloped"
    if data[:1] == b"\x30" and _PKCS7_SIGNED in data[:64]:
        return "pkcs7-signed"
    if data[:1] == b"\x30" and any(oid in data[:32] for oid in _PKCS7_WRAPPED):
        return "pkcs7-wrapped"
    if data.startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return "zip"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if data.startswith(b"\x78\x9f\x3e\x22"):
        return "tnef"
    if data.startswith(b"\x1f\x8b"):
        return "gzip"
    if len(data) > 262 and data[257:262] == b"ustar":
        return "tar"
    if data.startswith(b"BZh") and lname.endswith((".bz2", ".tbz", ".tbz2")):
        return "bzip2"
    if data.startswith(b"\xfd7zXZ\x00"):
        return "xz"
    if data.startswith(b"7z\xbc\xaf\x27\x1c"):
        return "7z"
    if data.startswith(b"Rar!\x1a\x07"):
        return "rar"
    if data.startswith(b"{\\rtf"):
        return "rtf"
    img = image_format(data)
    if img is not None:
        return "image"
    if data[:2] == b"\x09\x08" and data[4:6] in (b"\x00\x06", b"\x00\x05"):
        return "biff"  # a bare Excel workbook stream (an object inside a legacy document)
    if is_binary(data) and no_text_format(data) is not None:
        return "notext"
    stripped = data[:2048].lstrip()
    if stripped.startswith(PGP_ARMOR):
        return "pgp"
    if data and data[0] in _OPENPGP_ENCRYPTED_FIRST and (
        lname.endswith((".gpg", ".pgp", ".asc")) or "pgp" in declared
    ):
        return "pgp"
    if is_binary(data):
        return "binary"
    # Text formats.
    low = stripped[:512].lower()
    if low.startswith((b"<!doctype html", b"<html")) or (
        (lname.endswith((".htm", ".html")) or declared == "text/html") and b"<" in low
    ):
        return "html"
    if low.startswith(b"<?xml") or (low.startswith(b"<") and lname.endswith(".xml")):
        if b"<html" in low:
            return "html"
        return "xml"
    if looks_like_mail(data):
        return "eml"
    return "text"
