"""Walk a MIME message: decoded headers, every body part, attachments and attached messages."""

from __future__ import annotations

import email
import email.header
import email.message
import email.utils
import re

from gateway.extract import boundary
from gateway.extract.context import Context, safe_name
from gateway.extract.limits import Deadline, EncryptedContent, LimitExceeded
from gateway.extract.sniff import PGP_ARMOR, image_format, sniff
from gateway.extract.text import cid_references, decode_bytes, decode_html, html_to_table_text
from gateway.extract.transfer import decode_cte, extract_plain_base64, normalize_cte

# Header fields. Address fields give their display names (not the addresses); structural and technical
# fields (routing, authentication, identifiers, MIME structure, anti-spam stamps) are not text; every other
# field, standard (Subject, Comments, Keywords, Content-Description, Thread-Topic, Summary, Organization)
# or not (X-anything a person or a script put there), is read as text: a header leaves with the message.
NAME_HEADERS = ("From", "To", "Cc", "Bcc", "Reply-To", "Sender", "Resent-From", "Resent-To", "Resent-Cc",
                "Resent-Bcc", "Resent-Sender", "Disposition-Notification-To", "Return-Receipt-To",
                "Mail-Followup-To", "Mail-Reply-To", "Errors-To")
TEXT_HEADERS = ("Comments", "Keywords", "Content-Description", "Thread-Topic", "Summary", "Organization")
_STRUCTURAL_HEADERS = frozenset(h.lower() for h in (
    "Date", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "Content-Disposition",
    "Content-ID", "Content-Location", "Content-Length", "Content-Language", "Content-MD5", "Content-Base",
    "Content-Class", "Return-Path", "Delivered-To", "Envelope-To", "In-Reply-To", "References",
    "Resent-Message-ID", "Resent-Date", "Precedence", "Auto-Submitted", "Importance", "Priority",
    "Sensitivity", "Thread-Index", "Accept-Language", "User-Agent", "Lines", "Status", "Delivery-Date",
    "Archived-At", "Autocrypt", "Autocrypt-Gossip", "OpenPGP", "Face", "Feedback-ID", "TLS-Required",
    "Require-Recipient-Valid-Since", "Disposition-Notification-Options", "Original-Message-ID",
    "Authentication-Results", "Received-SPF", "Recieved", "Recivied-SPF", "Message-Context",
    "Bounces-To", "Original-Recipient", "Openpgp", "Organisation-Classification",
))
_TECHNICAL_PREFIXES = (
    "received", "dkim-", "domainkey-", "arc-", "list-", "x-ms-", "x-microsoft-", "x-forefront-",
    "x-exchange-", "x-eop", "x-originating-", "x-originator", "x-mailer", "x-mimeole", "x-msmail-",
    "x-priority", "x-spam", "x-virus", "x-ironport", "x-proofpoint", "x-mimecast", "x-barracuda",
    "x-sophos", "x-cloudmark", "x-aol-", "x-ymail", "x-yahoo", "x-google-", "x-gm-", "x-gmail-",
    "x-apple-", "x-postfix-", "x-original-", "x-originalarrivaltime", "x-envelope-", "x-uid", "x-csi-",
    "x-mdaemon", "x-md",
    "x-tmailscanner", "x-mailscanner", "x-scanned", "x-sid-", "x-expid", "x-auth", "x-attachment-id",
    "x-mms-", "x-nokia-", "x-sender", "x-source", "x-return-path", "x-apparently-to", "x-accept-language",
    "x-auto-response-suppress", "x-dlpgw", "x-sg-", "x-ses-", "x-feedback-id", "x-report-abuse",
    "x-campaign", "x-mc-", "x-mailgun-", "x-amazon-", "x-incomingheadercount", "x-crosspremises",
    "x-message-", "x-mailbox-", "x-jmsavedfile", "x-sieve", "x-tpg-", "x-uqam-", "x-quris",
    "x-get_mail", "x-beenthere", "x-mailman-", "x-loop", "x-face", "x-rspamd", "x-rspam", "rspam",
    "x-tm-", "x-trend", "x-kse-", "x-antiabuse", "x-abuse", "x-authenticated", "x-authority",
    "x-mailcontrol", "x-forwarded-", "x-ovh-", "x-bess-", "x-greylist", "x-hashcash", "x-clx-",
    "x-halon", "x-zimbra", "x-mozilla-", "x-thunderbird", "x-unsent", "x-account-key", "x-identity-key",
    "x-mailbox-line", "x-gmx-", "x-ui-", "x-provags", "x-df-", "x-mid", "x-ses", "x-eset", "x-kaspersky",
    "x-avk", "x-filter", "x-bounce", "x-delivery", "x-rcpt", "x-queue", "x-transport", "x-mta",
    "x-ip", "x-remote", "x-client", "x-received", "x-php", "x-pmx", "x-cmae", "x-mlf", "x-tpt",
)
boundary.install()  # multipart boundaries matched without a regex compiled per message

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
                if part is not msg:
                    _part_headers(ctx, part, where)
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
            _leaf(ctx, part, scope, depth, deadline, top=part is msg)
        except LimitExceeded as e:
            ctx.unscannable(where, str(e))
        except EncryptedContent as e:
            ctx.encrypted(where, str(e))
        except Exception as e:  # a malformed part must not stop the others
            ctx.unscannable(where, f"mime: part unreadable ({type(e).__name__})")
    _emit_images(ctx, scope, deadline)


def free_text_header(name: str) -> bool:
    """Is header field ``name`` text a person (or a script) wrote, to be scanned as text?"""
    low = name.strip().lower()
    if low in _TEXT_LOWER:
        return True
    if low in _STRUCTURAL_HEADERS or low.startswith(_TECHNICAL_PREFIXES):
        return False
    return low not in _NAME_LOWER and low != "subject"


_NAME_LOWER = frozenset(h.lower() for h in NAME_HEADERS)
_TEXT_LOWER = frozenset(h.lower() for h in TEXT_HEADERS)


def _headers(ctx: Context, msg: email.message.Message, prefix: str, top: bool) -> None:
    decoded: list[tuple[str, str]] = []
    for name, raw in msg.raw_items():
        try:
            decoded.append((str(name), decode_header_value(raw)))
        except Exception:
            decoded.append((str(name), ""))
    if top:
        ctx.out.headers = decoded
    for name, value in decoded:
        if name.lower() == "subject":
            ctx.segment(f"{prefix}subject", value)
    for name, value in decoded:
        if free_text_header(name):
            ctx.segment(f"{prefix}header:{safe_name(name, 80)}", value)
    names = {n.lower(): n for n in NAME_HEADERS}
    for name, raw in msg.raw_items():
        field = names.get(str(name).lower())
        if field is not None:
            ctx.segment(f"{prefix}header:{field}", _display_names(str(raw)))


def _part_headers(ctx: Context, part: email.message.Message, loc: str) -> None:
    """The free-text header fields of one MIME part (Content-Description, ...), at ``<loc>#header:<Name>``."""
    for name, raw in part.raw_items():
        if free_text_header(str(name)):
            try:
                value = decode_header_value(raw)
            except Exception:
                value = str(raw)
            ctx.segment(f"{loc}#header:{safe_name(str(name), 80)}", value)


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


def _raw_payload(part: email.message.Message) -> bytes:
    """The body of a leaf part exactly as it was sent (no transfer decoding)."""
    payload = part._payload  # compat32 keeps the undecoded body here
    if isinstance(payload, bytes):
        return payload
    if not isinstance(payload, str):
        return b""
    try:
        return payload.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return payload.encode("utf-8", "surrogateescape")


def _payload(ctx: Context, part: email.message.Message) -> tuple[bytes, str | None]:
    """The decoded body of a leaf part and, when its transfer encoding was damaged, the reason.

    Every Content-Transfer-Encoding field counts (a second one must not hide an encoding), its value
    normalised (quotes, case, comments, x- prefixes); decoding is lenient (``gateway.extract.transfer``)."""
    raw = _raw_payload(part)
    ctes = [normalize_cte(v) for v in (part.get_all("Content-Transfer-Encoding") or ())]
    cte = next((c for c in ctes if c not in ("", "unknown")), "")
    if cte:
        decoded = decode_cte(raw, cte)
        data, problem = decoded.data, decoded.problem
    else:
        data, problem = raw, None
    ctx.charge(len(data), "mime")
    return data, (f"mime: {problem}" if problem else None)


def _leaf(ctx: Context, part: email.message.Message, scope: _Scope, depth: int,
          deadline: Deadline | None, top: bool = False) -> None:
    ctype = part.get_content_type()
    scope.leaves += 1
    if ctype in _SIGNATURE_TYPES:
        return  # a detached signature: the signed content is its sibling, scanned as usual
    if ctype == "application/pgp-encrypted":
        ctx.encrypted(scope.body_loc(), "application/pgp-encrypted")
        return
    name = _filename(part)
    disposition = (part.get_content_disposition() or "").lower()
    data, problem = _payload(ctx, part)
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
            loc = _body(ctx, part, data, subtype, scope, depth, deadline)
            _leaf_notes(ctx, part, loc, problem, top)
            return
    # The bytes decide, not the declared type or the name: an "image/jpeg" named report.jpg holding a DOCX
    # or a tar.gz is read as that. Bytes no format knows stay an image when declared as one.
    real = sniff(data, name, ctype) if data else ""
    if real == "image" or (maintype == "image" and real in ("", "binary")):
        cid = str(part.get("Content-ID") or "").strip().strip("<>").lower()
        inline = disposition == "inline" or (bool(cid) and disposition != "attachment")
        fmt = image_format(data) or subtype or "image"
        shown = _name_or_fallback(name, ctype, scope)
        scope.images.append((shown, fmt, data, inline, cid))
        loc = f"{scope.prefix}attachment:{shown}"
        if name:
            ctx.segment(f"{loc}#filename", name)
        _leaf_notes(ctx, part, loc, problem, top)
        from gateway.extract.imagemeta import extract_image_text

        extract_image_text(ctx, data, loc, depth + 1, Deadline(ctx.limits.attachment_seconds, deadline))
        return
    loc = f"{scope.prefix}attachment:{_name_or_fallback(name, ctype, scope)}"
    if name:
        ctx.segment(f"{loc}#filename", name)
    _leaf_notes(ctx, part, loc, problem, top)
    from gateway.extract.files import extract_file

    extract_file(ctx, data, loc, name, depth + 1, Deadline(ctx.limits.attachment_seconds, deadline),
                 declared=ctype, charset=part.get_content_charset(), fmt=real or None)


def _leaf_notes(ctx: Context, part: email.message.Message, loc: str, problem: str | None, top: bool) -> None:
    """A damaged transfer encoding (fail closed), the part's own free-text header fields, and a second
    file name (the Content-Type ``name`` when the Content-Disposition ``filename`` differs: clients show
    either)."""
    if problem:
        ctx.unscannable(loc, problem)
    if not top:  # a one-part message: its header fields were read with the message's
        _part_headers(ctx, part, loc)
    try:
        other = part.get_param("name")
    except Exception:
        other = None
    if other:
        other = safe_name(decode_header_value(email.utils.collapse_rfc2231_value(other)))
        if other and other != _filename(part):
            ctx.segment(f"{loc}#filename", other)


_ENRICHED_TAG = re.compile(r"<(/?[A-Za-z0-9-]{1,60})>")


def enriched_to_text(text: str) -> str:
    """text/enriched (RFC 1896) and text/richtext: formatting commands removed, ``<<`` is ``<``, a
    single line break is a space (as a reader sees it); ``<param>`` values are kept, on their own."""
    text = text.replace("<<", "\x00")
    text = re.sub(r"(?<!\n)\r?\n(?!\r?\n)", " ", text)
    text = _ENRICHED_TAG.sub(lambda m: "\n" if m.group(1).lower() in ("param", "/param") else "", text)
    return text.replace("\x00", "<")


def _name_or_fallback(name: str, ctype: str, scope: _Scope) -> str:
    if name:
        return name
    import mimetypes

    ext = mimetypes.guess_extension(ctype, strict=False) or ".bin"
    if ctype == "message/rfc822":
        ext = ".eml"
    return f"part{scope.leaves}{ext}"


def _body(ctx: Context, part: email.message.Message, data: bytes, subtype: str, scope: _Scope, depth: int,
          deadline: Deadline | None) -> str:
    charset = part.get_content_charset()
    loc = scope.body_loc()
    if subtype == "html":
        html = decode_html(data, charset)
        if "cid:" in html:
            scope.cids |= cid_references(html)
        text, tables = html_to_table_text(html)
    elif subtype in ("enriched", "richtext"):
        text, tables = enriched_to_text(decode_bytes(data, charset)), ()
    else:
        text, tables = decode_bytes(data, charset), ()
    if PGP_ARMOR.decode() in text:
        ctx.encrypted(loc, "pgp message in body")
    ctx.segment(loc, text, tables)
    if subtype != "html":
        extract_plain_base64(ctx, data, loc, depth, deadline)  # base64 without a transfer-encoding field
    return loc


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
    cte = normalize_cte(part.get("Content-Transfer-Encoding"))
    inner = children[0] if children else None
    if cte in ("base64", "quoted-printable", "x-uuencode") and isinstance(inner, email.message.Message):
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
