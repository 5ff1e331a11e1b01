"""Outlook items: MSG files (extract-msg) and TNEF winmail.dat streams (tnefparse)."""

from __future__ import annotations

from gateway.extract.context import Context, safe_name
from gateway.extract.files import extract_file
from gateway.extract.limits import Deadline
from gateway.extract.mime import _display_names
from gateway.extract.text import decode_bytes, html_to_text


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
        try:
            html = getattr(msg, "htmlBody", None)
        except Exception:  # HTML de-encapsulated from the RTF body (RTFDE) can fail: the RTF is read instead
            html = None
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
