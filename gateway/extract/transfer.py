"""Content-Transfer-Encoding: what a declared value means, lenient decoders that say when they failed,
and bodies that are plainly base64 without saying so.

- ``normalize_cte``: ``"Base64"``, ``Base64 (comment)``, `` BASE64 ``, ``x-base64``, ``base-64`` ->
  ``base64``; the same for quoted-printable and uuencode; 7bit / 8bit / binary / nothing -> ``""``;
  anything else -> ``"unknown"`` (the body is taken as it is, which is what a mail client shows).
- ``decode_cte``: base64 ignoring line breaks and stray characters, decoding every padded chunk;
  quoted-printable with RFC 2045 transport padding (trailing white space on a line, also after a ``=``
  soft break) removed; uuencode line by line. A body too damaged to trust gets a content-free
  ``problem`` (the caller reports UNSCANNABLE and still scans what was decoded).
- ``extract_plain_base64``: a text body or text file that is nothing but base64 lines is decoded and
  the result scanned too (``<loc>#base64``), nested up to three times.
"""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass

from gateway.extract.context import Context
from gateway.extract.limits import Deadline

_COMMENT = re.compile(r"\([^()]*\)")
_B64_JUNK = re.compile(rb"[^A-Za-z0-9+/=\s]")
_B64_KEEP = re.compile(rb"[^A-Za-z0-9+/=]")
_QP_PADDING = re.compile(rb"[ \t]+(?=\r?\n|\Z)")
_B64_LINE = re.compile(rb"[A-Za-z0-9+/]{4,}={0,2}")
MAX_NESTED = 3


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded bytes and, when the encoding was damaged, a content-free reason."""

    data: bytes
    problem: str | None = None


def normalize_cte(value: object) -> str:
    """The transfer encoding a header value names: ``base64``, ``quoted-printable``, ``x-uuencode``,
    ``""`` (identity: 7bit, 8bit, binary, none) or ``"unknown"``."""
    v = _COMMENT.sub(" ", str(value or "")).strip().strip("\"'").strip().lower()
    compact = re.sub(r"[\s\"'_\-]", "", v)
    if not compact or compact in ("7bit", "8bit", "binary", "7", "8"):
        return ""
    if "base64" in compact or compact in ("b64", "xb64"):
        return "base64"
    if "quotedprintable" in compact or compact in ("qp", "xqp", "quoted"):
        return "quoted-printable"
    if compact in ("xuuencode", "uuencode", "uue", "xuue", "xuu", "uu"):
        return "x-uuencode"
    return "unknown"


def decode_cte(data: bytes, cte: str) -> Decoded:
    """Undo the (normalised or raw) transfer encoding ``cte`` of ``data``."""
    cte = normalize_cte(cte) if cte not in ("base64", "quoted-printable", "x-uuencode") else cte
    if not data.strip():
        return Decoded(b"")  # an empty body (e.g. an attachment a list server removed) decodes to nothing
    if cte == "base64":
        return decode_base64(data)
    if cte == "quoted-printable":
        return Decoded(decode_qp(data))
    if cte == "x-uuencode":
        return decode_uu(data)
    return Decoded(data)


def decode_base64(data: bytes) -> Decoded:
    """Base64, leniently: stray characters dropped, every ``=``-terminated chunk decoded on its own
    (concatenated encodings), URL-safe alphabet accepted."""
    if (b"-" in data or b"_" in data) and not re.search(rb"[+/]", data):
        data = data.translate(bytes.maketrans(b"-_", b"+/"))
    junk = len(_B64_JUNK.findall(data))
    kept = _B64_KEEP.sub(b"", data)
    out: list[bytes] = []
    problem = None
    # One encoding (padding at most at its end, the common case) is one chunk: no regex pass over it.
    body = kept.rstrip(b"=")
    for chunk in ([body] if b"=" not in body else re.split(rb"=+", kept)):
        if not chunk:
            continue
        if len(chunk) % 4 == 1:
            chunk = chunk[:-1]  # one character too many: cannot be decoded
            problem = "base64: truncated or damaged"
        try:
            out.append(binascii.a2b_base64(chunk + b"=" * (-len(chunk) % 4)))
        except binascii.Error:
            problem = "base64: cannot be decoded"
    if junk > max(8, len(kept) // 100):
        problem = "base64: damaged (invalid characters)"
    return Decoded(b"".join(out), problem)


def decode_qp(data: bytes) -> bytes:
    """Quoted-printable: transport padding removed first (RFC 2045 6.7), so ``=`` + spaces is a soft break."""
    return binascii.a2b_qp(_QP_PADDING.sub(b"", data))


def decode_uu(data: bytes) -> Decoded:
    """uuencode (``begin`` ... ``end``), line by line; a line that cannot be decoded is a problem."""
    out: list[bytes] = []
    problem = None
    inside = False
    for line in data.splitlines():
        if not inside:
            inside = line.startswith(b"begin")
            continue
        if line.strip() == b"end":
            break
        if not line.strip():
            continue
        try:
            out.append(binascii.a2b_uu(line))
        except binascii.Error:
            n = ((line[0] - 32) & 63) * 4 // 3 + 1  # workaround for encoders that pad wrongly
            try:
                out.append(binascii.a2b_uu(line[: n + 3])[: (line[0] - 32) & 63])
            except binascii.Error:
                problem = "uuencode: cannot be decoded"
    if not inside:
        problem = "uuencode: no begin line"
    return Decoded(b"".join(out), problem)


def plainly_base64(data: bytes) -> bytes | None:
    """The decoded bytes when ``data`` is nothing but base64 (lines of one length, the last shorter;
    or one line), else None."""
    lines = [ln.strip() for ln in data.strip().splitlines()]
    lines = [ln for ln in lines if ln]
    if not lines or sum(len(ln) for ln in lines) < 24:
        return None
    if not all(_B64_LINE.fullmatch(ln) for ln in lines):
        return None
    width = len(lines[0])
    if len(lines) > 1 and (width < 16 or any(len(ln) != width for ln in lines[:-1]) or len(lines[-1]) > width):
        return None
    joined = b"".join(lines)
    if joined.isalpha() and (joined.islower() or joined.isupper()):
        return None  # a word, not an encoding
    decoded = decode_base64(joined)
    return decoded.data if decoded.problem is None and decoded.data else None


def _texty(text: str) -> bool:
    if not text.strip():
        return False
    bad = sum(1 for c in text if not (c.isprintable() or c in "\t\r\n") or c == "\ufffd")
    return bad <= len(text) // 50 and any(c.isalnum() for c in text)


def extract_plain_base64(ctx: Context, data: bytes, loc: str, depth: int, deadline: Deadline | None,
                         nested: int = 0) -> None:
    """When ``data`` (a text body or text file) is plainly base64, scan what it decodes to as well."""
    if nested >= MAX_NESTED or len(data) < 24 or len(data) > ctx.limits.max_total_bytes:
        return
    head = data[:256].lstrip()
    if not head[:4] or not re.match(rb"[A-Za-z0-9+/]{4}", head[:4]):
        return  # cheap exit for ordinary text
    decoded = plainly_base64(data)
    if decoded is None:
        return
    ctx.charge(len(decoded), "base64")
    from gateway.extract.sniff import sniff

    where = f"{loc}#base64"
    fmt = sniff(decoded)
    if fmt == "text":
        from gateway.extract.text import decode_bytes

        text = decode_bytes(decoded)
        if _texty(text):
            ctx.segment(where, text)
            extract_plain_base64(ctx, decoded, where, depth, deadline, nested + 1)
        return
    if fmt in ("binary", "pgp"):
        return  # random bytes (a key, a hash) or an encrypted blob pasted as text: nothing readable
    from gateway.extract.files import extract_file

    extract_file(ctx, decoded, where, "", depth + 1, deadline or Deadline(ctx.limits.attachment_seconds))
