"""OLE compound files (Outlook MSG via extract-msg, encrypted or legacy Office) and TNEF winmail.dat."""

from __future__ import annotations

import io
import re
import struct

from gateway.extract.context import Context, safe_name
from gateway.extract.files import extract_file
from gateway.extract.limits import Deadline, EncryptedContent, LimitExceeded
from gateway.extract.mime import _display_names
from gateway.extract.text import decode_bytes, html_to_text

_LEGACY = (("WordDocument", "doc"), ("Workbook", "xls"), ("Book", "xls"), ("PowerPoint Document", "ppt"))


def extract_ole(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline) -> None:
    import olefile

    with olefile.OleFileIO(data) as ole:
        if ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage"):
            raise EncryptedContent("office: password protected (encrypted package)")
        is_msg = ole.exists("__properties_version1.0") or any(
            e and e[0].startswith("__substg1.0_") for e in ole.listdir(streams=True, storages=False))
        legacy = next(((stream, fmt) for stream, fmt in _LEGACY if ole.exists(stream)), None)
        main = b""
        if legacy is not None and not is_msg:
            size = ole.get_size(legacy[0])
            ctx.charge(size, legacy[1])
            main = ole.openstream(legacy[0]).read()
    if is_msg:
        extract_msg_file(ctx, data, loc, depth, deadline)
        return
    if legacy is not None:
        import msoffcrypto

        try:
            encrypted = msoffcrypto.OfficeFile(io.BytesIO(data)).is_encrypted()
        except Exception:
            encrypted = False
        if encrypted:
            raise EncryptedContent(f"{legacy[1]}: password protected")
        # No maintained library reads these binary formats: take the text runs (and, for Excel, the
        # numeric cells) out of the main stream, and still say the result may be incomplete.
        text = legacy_strings(main)
        if legacy[1] == "xls":
            text += "\n" + "\n".join(biff_numbers(main))
        ctx.segment(loc, text)
        raise LimitExceeded(f"{legacy[1]}: legacy Office format, text extracted heuristically")
    raise LimitExceeded("ole: unknown compound document")


_UTF16_RUN = re.compile(rb"(?:[\x09\x0a\x0d\x20-\x7e\xa0-\xff]\x00){4,}")
_BYTE_RUN = re.compile(rb"[\x09\x0a\x0d\x20-\x7e\xa0-\xff]{5,}")


def legacy_strings(data: bytes) -> str:
    """Printable runs (UTF-16LE and 8-bit) of a binary Office stream, in stream order."""
    runs = [(m.start(), m.group().decode("utf-16-le")) for m in _UTF16_RUN.finditer(data)]
    runs += [(m.start(), m.group().decode("cp1252", "replace")) for m in _BYTE_RUN.finditer(data)]
    runs.sort()
    return "\n".join(text for _pos, text in runs)


def _rk(value: int) -> float:
    number = float(value >> 2) if value & 2 else struct.unpack("<d", struct.pack("<Q", (value & ~3) << 32))[0]
    if value & 2 and value & 0x80000000:
        number = float((value >> 2) - (1 << 30))
    return number / 100 if value & 1 else number


def biff_numbers(data: bytes) -> list[str]:
    """Numeric cell values of a BIFF8 workbook stream (NUMBER, RK, MULRK records) as text."""
    out: list[str] = []
    pos, end = 0, len(data)
    while pos + 4 <= end and len(out) < 1_000_000:
        rtype, length = struct.unpack_from("<HH", data, pos)
        body = data[pos + 4 : pos + 4 + length]
        pos += 4 + length
        values: list[float] = []
        if rtype == 0x0203 and length >= 14:
            values.append(struct.unpack_from("<d", body, 6)[0])
        elif rtype == 0x027E and length >= 10:
            values.append(_rk(struct.unpack_from("<I", body, 6)[0]))
        elif rtype == 0x00BD and length >= 12:
            for off in range(4, length - 2 - 5, 6):
                values.append(_rk(struct.unpack_from("<I", body, off + 2)[0]))
        for v in values:
            if v == v and abs(v) < 1e16:  # not NaN, printable
                out.append(str(int(v)) if v.is_integer() else repr(v))
    return out


def extract_msg_file(ctx: Context, data: bytes | object, loc: str, depth: int, deadline: Deadline) -> None:
    """An Outlook item: subject, display names, bodies, attachments (embedded MSG recursively)."""
    import extract_msg
    from extract_msg.enums import AttachmentType, ErrorBehavior

    if isinstance(data, bytes):
        msg = extract_msg.openMsg(data, strict=False, errorBehavior=ErrorBehavior.ATTACH_SUPPRESS_ALL)
    else:
        msg = data
    prefix = f"{loc}/"
    try:
        ctx.segment(f"{prefix}subject", getattr(msg, "subject", None) or "")
        for field in ("To", "Cc"):
            value = getattr(msg, field.lower(), None)
            if value:
                ctx.segment(f"{prefix}header:{field}", _display_names(value.replace(";", ",")))
        bodies = 0

        def body(text: str) -> None:
            nonlocal bodies
            ctx.segment(f"{prefix}body" if bodies == 0 else f"{prefix}body[{bodies}]", text)
            bodies += 1

        plain = getattr(msg, "body", None)
        if plain:
            body(plain)
        html = getattr(msg, "htmlBody", None)
        if html:
            body(html_to_text(decode_bytes(html) if isinstance(html, bytes) else html))
        if not plain and not html:
            rtf = getattr(msg, "rtfBody", None)
            if rtf:
                from striprtf.striprtf import rtf_to_text

                body(rtf_to_text(rtf.decode("cp1252", "replace"), errors="ignore"))
        attachments = getattr(msg, "attachments", None) or []
        if len(attachments) > ctx.limits.max_files:
            ctx.unscannable(loc, f"msg: {len(attachments)} attachments > {ctx.limits.max_files}")
        for n, att in enumerate(attachments[: ctx.limits.max_files], 1):
            deadline.check("msg")
            kind = att.type
            try:
                aname = safe_name(att.getFilename() or "")
            except Exception:
                aname = ""
            aloc = f"{prefix}attachment:{aname or f'part{n}.bin'}"
            if kind in (AttachmentType.MSG, AttachmentType.SIGNED_EMBEDDED):
                if depth + 1 > ctx.limits.max_depth:
                    ctx.unscannable(aloc, f"nesting depth {depth + 1} > {ctx.limits.max_depth}")
                else:
                    extract_msg_file(ctx, att.data, aloc, depth + 1, deadline)
                continue
            content = att.data
            if not isinstance(content, bytes):
                ctx.unscannable(aloc, f"msg: attachment of type {getattr(kind, 'name', kind)} not readable")
                continue
            ctx.charge(len(content), "msg")
            if aname:
                ctx.segment(f"{aloc}#filename", aname)
            extract_file(ctx, content, aloc, aname, depth + 1, deadline)
    finally:
        if isinstance(data, bytes):
            msg.close()


def extract_tnef(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline) -> None:
    """A TNEF stream (winmail.dat): subject, bodies (plain, HTML, compressed RTF), attachments."""
    from tnefparse.tnef import TNEF

    tnef = TNEF(data, do_checksum=False)
    prefix = f"{loc}/"
    for obj in tnef.msgprops:
        if obj.name == TNEF.ATTSUBJECT and isinstance(obj.data, str):
            ctx.segment(f"{prefix}subject", obj.data)
    bodies = []
    if tnef.body:
        bodies.append(tnef.body if isinstance(tnef.body, str) else decode_bytes(tnef.body))
    if tnef.htmlbody:
        html = tnef.htmlbody
        bodies.append(html_to_text(html if isinstance(html, str) else decode_bytes(html)))
    if not bodies and tnef._rtfbody:
        rtf = tnef.rtfbody
        if isinstance(rtf, bytes):
            from striprtf.striprtf import rtf_to_text

            bodies.append(rtf_to_text(rtf.decode("cp1252", "replace"), errors="ignore"))
    for i, text in enumerate(bodies):
        ctx.segment(f"{prefix}body" if i == 0 else f"{prefix}body[{i}]", text)
    atts = tnef.attachments
    if len(atts) > ctx.limits.max_files:
        ctx.unscannable(loc, f"tnef: {len(atts)} attachments > {ctx.limits.max_files}")
    for n, att in enumerate(atts[: ctx.limits.max_files], 1):
        deadline.check("tnef")
        try:
            aname = safe_name(att.long_filename() or "")
        except Exception:
            aname = ""
        if isinstance(aname, bytes):
            aname = safe_name(decode_bytes(aname))
        aloc = f"{prefix}attachment:{aname or f'part{n}.bin'}"
        content = att.data if isinstance(att.data, bytes) else b""
        if aname:
            ctx.segment(f"{aloc}#filename", aname)
        extract_file(ctx, content, aloc, aname, depth + 1, deadline)
