"""Walk a MIME message: decoded headers, every body part, attachments and attached messages."""

from __future__ import annotations

import email
import email.header
import email.message
import email.utils
import re

from gateway.extract.context import Context, safe_name
from gateway.extract.limits import Deadline, EncryptedContent, LimitExceeded
from gateway.extract.sniff import PGP_ARMOR, image_format, sniff
from gateway.extract.text import cid_references, decode_bytes, decode_html, html_to_text

# Human-written header fields scanned as text (besides Subject); address fields give display names.
TEXT_HEADERS = ("Comments", "Keywords")
NAME_HEADERS = ("From", "To", "Cc")
_FOLD = re.compile(r"\r?\n[ \t]*")
_SIGNATURE_TYPES = frozenset(
    ("application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-signature")
)
_PKCS7_MIME = frozenset(("application/pkcs7-mime", "application/x-pkcs7-mime"))
# First bytes of binary formats that are sometimes sent as text/plain bodies (PDF, ZIP, OLE, gzip, images, RTF).
_MAGIC_FIRST = frozenset((b"%", b"P", b"\xd0", b"\x1f", b"\x89", b"\xff", b"G", b"{", b"x"))


def decode_header_value(value: object) -> str:
    """One header value as text: 8-bit bytes decoded, folding removed, RFC 2047 words decoded."""
    if isinstance(value, email.header.Header):
        value = str(value.__str__())  # pragma: no cover - compat32 raw_items gives str
    s = str(value)
    if not s.isascii():
        try:
            s = decode_bytes(s.encode("utf-8", "surrogateescape"))
        except UnicodeEncodeError:
            s = s.encode("utf-8", "replace").decode("utf-8")
    s = _FOLD.sub(" ", s)
    if "=?" not in s:
        return s.strip()
    try:
        fragments = email.header.decode_header(s)
    except Exception:  # a malformed encoded word: keep the raw text, still scanned
        return s.strip()
    return "".join(
        decode_bytes(frag, cs) if isinstance(frag, bytes) else frag for frag, cs in fragments
    ).strip()


def _display_names(value: str) -> str:
    """The display names of an address header (split first, then decoded: names may hold commas)."""
    try:
        pairs = email.utils.getaddresses([_FOLD.sub(" ", value)])
        names = (decode_header_value(name) for name, _addr in pairs)
        return ", ".join(n for n in names if n)
    except Exception:
        return ""


class _Scope:
    """Per-message state: body numbering, deferred image findings, referenced Content-IDs."""

    __slots__ = ("bodies", "cids", "images", "leaves", "prefix", "where")

    def __init__(self, prefix: str, where: str) -> None:
        self.prefix = prefix
        self.where = where
        self.bodies = 0
        self.leaves = 0
        self.images: list[tuple[str, str, bytes, bool, str]] = []
        self.cids: set[str] = set()

    def body_loc(self) -> str:
        n = self.bodies
        self.bodies += 1
        return f"{self.prefix}body" if n == 0 else f"{self.prefix}body[{n}]"


def extract_mail(
    ctx: Context, data: bytes | email.message.Message, prefix: str, depth: int,
    deadline: Deadline | None, top: bool = False,
) -> None:
    """Extract one message (top-level, attached or embedded) under location ``prefix``."""
    msg = email.message_from_bytes(data) if isinstance(data, bytes) else data
    where = prefix.rstrip("/") or "message"
    scope = _Scope(prefix, where)
    _headers(ctx, msg, prefix, top)
    stack: list[tuple[email.message.Message, int]] = [(msg, 0)]
    limits = ctx.limits
    while stack:
        part, mdepth = stack.pop()
        ctx.parts += 1
        if ctx.parts > limits.max_parts:
            ctx.unscannable(where, f"mime: more than {limits.max_parts} parts")
            break
        try:
            if part.is_multipart():
                if mdepth >= limits.max_mime_depth:
                    ctx.unscannable(where, f"mime: multipart nesting > {limits.max_mime_depth}")
                    continue
                ctype = part.get_content_type()
                if ctype == "multipart/encrypted":
                    proto = str(part.get_param("protocol") or "").lower()
                    kind = "pgp" if "pgp" in proto else "unknown protocol"
                    ctx.encrypted(scope.body_loc(), f"multipart/encrypted ({kind})")
                    continue
                children = part.get_payload()
                if isinstance(children, list):
                    if ctype.startswith("message/"):
                        _attached_message(ctx, part, children, scope, depth, deadline)
                        continue
                    stack.extend((c, mdepth + 1) for c in reversed(children) if isinstance(c, email.message.Message))
                continue
            _leaf(ctx, part, scope, depth, deadline)
        except LimitExceeded as e:
            ctx.unscannable(where, str(e))
        except EncryptedContent as e:
            ctx.encrypted(where, str(e))
        except Exception as e:  # a malformed part must not stop the others
            ctx.unscannable(where, f"mime: part unreadable ({type(e).__name__})")
    _emit_images(ctx, scope, deadline)


def _headers(ctx: Context, msg: email.message.Message, prefix: str, top: bool) -> None:
    decoded: list[tuple[str, str]] = []
    for name, raw in msg.raw_items():
        try:
            decoded.append((str(name), decode_header_value(raw)))
        except Exception:
            decoded.append((str(name), ""))
    if top:
        ctx.out.headers = decoded
    lower = {}
    for name, value in decoded:
        lower.setdefault(name.lower(), []).append(value)
    for value in lower.get("subject", ()):
        ctx.segment(f"{prefix}subject", value)
    for name in TEXT_HEADERS:
        for value in lower.get(name.lower(), ()):
            ctx.segment(f"{prefix}header:{name}", value)
    wanted = {n.lower(): n for n in NAME_HEADERS}
    for name, raw in msg.raw_items():
        field = wanted.get(str(name).lower())
        if field is not None:
            ctx.segment(f"{prefix}header:{field}", _display_names(str(raw)))


def _filename(part: email.message.Message) -> str:
    """The decoded file name (RFC 2231 parameters, RFC 2047 words, raw 8-bit), else Content-Location."""
    try:
        name = part.get_filename()
        if name and "\ufffd" in name:
            # Raw 8-bit bytes in the header: compat32 replaced them. Re-read from the decoded raw field.
            for field, raw in part.raw_items():
                if field.lower() in ("content-disposition", "content-type"):
                    tmp = email.message.Message()
                    tmp[field] = decode_header_value(raw)
                    fixed = tmp.get_filename()
                    if fixed and "\ufffd" not in fixed:
                        name = fixed
                        break
        if not name:
            name = str(part.get("Content-Location") or "").strip().split("?")[0]
    except Exception:
        name = None
    if not name:
        return ""
    return safe_name(decode_header_value(name))


def _payload(ctx: Context, part: email.message.Message) -> bytes:
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        data = b""
    ctx.charge(len(data), "mime")
    return data


def _leaf(ctx: Context, part: email.message.Message, scope: _Scope, depth: int,
          deadline: Deadline | None) -> None:
    ctype = part.get_content_type()
    scope.leaves += 1
    if ctype in _SIGNATURE_TYPES:
        return  # a detached signature: the signed content is its sibling, scanned as usual
    if ctype == "application/pgp-encrypted":
        ctx.encrypted(scope.body_loc(), "application/pgp-encrypted")
        return
    name = _filename(part)
    disposition = (part.get_content_disposition() or "").lower()
    data = _payload(ctx, part)
    maintype, _, subtype = ctype.partition("/")
    if ctype in _PKCS7_MIME:
        kind = sniff(data)
        if kind == "pkcs7-enveloped":
            ctx.encrypted(scope.body_loc(), "s/mime enveloped-data")
            return
        if kind == "pkcs7-signed":
            # Opaque signing: the signed MIME entity is inside; scan it in place (a transparent layer).
            from gateway.extract.pkcs7 import is_mime_entity, signed_content

            content = signed_content(data)
            if content is not None and is_mime_entity(content):
                if depth + 1 > ctx.limits.max_depth:
                    raise LimitExceeded(f"nesting depth {depth + 1} > {ctx.limits.max_depth}")
                ctx.charge(len(content), "s/mime")
                extract_mail(ctx, content, scope.prefix, depth + 1, deadline)
                return
            # a signed file (e.g. contract.pdf.p7m) or a malformed blob: handled as an attachment below
    # Text without a file name is a body; so is a "multipart" whose boundary never appears.
    is_body = maintype in ("text", "multipart") and disposition != "attachment" and not name
    if is_body:
        fmt = sniff(data, "", ctype) if data[:1] in _MAGIC_FIRST else ""
        if fmt in ("", "text", "html", "xml", "eml"):
            _body(ctx, part, data, subtype, scope)
            return
    if ctype.startswith("image/") or (len(data) > 3 and image_format(data) is not None):
        cid = str(part.get("Content-ID") or "").strip().strip("<>").lower()
        inline = disposition == "inline" or (bool(cid) and disposition != "attachment")
        fmt = image_format(data) or subtype or "image"
        scope.images.append((_name_or_fallback(name, ctype, scope), fmt, data, inline, cid))
        return
    loc = f"{scope.prefix}attachment:{_name_or_fallback(name, ctype, scope)}"
    if name:
        ctx.segment(f"{loc}#filename", name)
    from gateway.extract.files import extract_file

    extract_file(ctx, data, loc, name, depth + 1, Deadline(ctx.limits.attachment_seconds, deadline),
                 declared=ctype, charset=part.get_content_charset())


def _name_or_fallback(name: str, ctype: str, scope: _Scope) -> str:
    if name:
        return name
    import mimetypes

    ext = mimetypes.guess_extension(ctype, strict=False) or ".bin"
    if ctype == "message/rfc822":
        ext = ".eml"
    return f"part{scope.leaves}{ext}"


def _body(ctx: Context, part: email.message.Message, data: bytes, subtype: str, scope: _Scope) -> None:
    charset = part.get_content_charset()
    loc = scope.body_loc()
    if subtype == "html":
        html = decode_html(data, charset)
        if "cid:" in html:
            scope.cids |= cid_references(html)
        text = html_to_text(html)
    else:
        text = decode_bytes(data, charset)
    if PGP_ARMOR.decode() in text:
        ctx.encrypted(loc, "pgp message in body")
    ctx.segment(loc, text)


def _attached_message(ctx: Context, part: email.message.Message, children: list[object], scope: _Scope,
                      depth: int, deadline: Deadline | None) -> None:
    ctype = part.get_content_type()
    scope.leaves += 1
    if ctype not in ("message/rfc822", "message/global"):
        # delivery-status and friends: header blocks as text
        text = "\n".join(str(c) for c in children if isinstance(c, email.message.Message))
        ctx.segment(scope.body_loc(), text)
        return
    name = _filename(part) or _name_or_fallback("", ctype, scope)
    loc = f"{scope.prefix}attachment:{name}"
    if depth + 1 > ctx.limits.max_depth:
        ctx.unscannable(loc, f"nesting depth {depth + 1} > {ctx.limits.max_depth}")
        return
    cte = str(part.get("Content-Transfer-Encoding") or "").strip().lower()
    inner = children[0] if children else None
    if cte in ("base64", "quoted-printable") and isinstance(inner, email.message.Message):
        # Encoded message/rfc822 (not allowed, but seen): decode and parse the real message.
        raw = inner.as_string().encode("utf-8", "surrogateescape").lstrip(b"\r\n")
        from gateway.extract.files import decode_transfer

        inner = email.message_from_bytes(decode_transfer(raw, cte))
    if isinstance(inner, email.message.Message):
        extract_mail(ctx, inner, f"{loc}/", depth + 1, Deadline(ctx.limits.attachment_seconds, deadline))


def _emit_images(ctx: Context, scope: _Scope, deadline: Deadline | None) -> None:
    """Images of this message: logos are reported (the policy lets them pass); the others are OCRed."""
    from gateway.extract.ocr import ocr_image

    logo = ctx.limits.inline_logo_bytes
    for name, fmt, data, inline, cid in scope.images:
        referenced = bool(cid) and cid in scope.cids
        size = len(data)
        kb = max(1, round(size / 1024))
        loc = f"{scope.prefix}attachment:{name}"
        if (inline or referenced) and size < logo:
            ctx.image(loc, f"inline logo {fmt} {kb} KB")
            continue
        kind = "inline image" if inline or referenced else "attachment"
        try:
            ocr_image(ctx, data, loc, Deadline(ctx.limits.attachment_seconds, deadline), kind)
        except LimitExceeded as e:
            ctx.image(loc, f"{kind} {fmt} {kb} KB: {e}")
