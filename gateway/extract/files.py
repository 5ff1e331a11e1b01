"""Extract one file (an attachment, an archive member, an embedded object) by its sniffed format."""

from __future__ import annotations

from collections.abc import Callable

from gateway.extract.context import Context
from gateway.extract.limits import Deadline, EncryptedContent, LimitExceeded
from gateway.extract.sniff import PGP_ARMOR, no_text_format, sniff
from gateway.extract.text import decode_bytes, decode_html, html_to_table_text, xml_to_text
from gateway.extract.tools import ToolMissing

Handler = Callable[[Context, bytes, str, str, int, Deadline, "str | None"], None]


def decode_transfer(data: bytes, cte: str) -> bytes:
    """Undo a transfer encoding, leniently (see ``gateway.extract.transfer``); unknown ones stay as is."""
    from gateway.extract.transfer import decode_cte

    return decode_cte(data, cte).data


def extract_file(
    ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline,
    declared: str = "", charset: str | None = None, fmt: str | None = None,
) -> None:
    """Extract ``data`` found at ``loc``; every failure becomes a finding at ``loc``, never an exception."""
    fmt = fmt or "?"
    try:
        if depth > ctx.limits.max_depth:
            raise LimitExceeded(f"nesting depth {depth} > {ctx.limits.max_depth}")
        deadline.check("extract")
        fmt = sniff(data, name, declared) if fmt == "?" else fmt
        HANDLERS[fmt](ctx, data, loc, name, depth, deadline, charset)
    except LimitExceeded as e:
        ctx.unscannable(loc, str(e))
    except EncryptedContent as e:
        ctx.encrypted(loc, str(e))
    except ToolMissing as e:
        ctx.unscannable(loc, f"{fmt}: {e}")
    except RecursionError:
        ctx.unscannable(loc, f"{fmt}: structure too deep")
    except MemoryError:
        ctx.unscannable(loc, f"{fmt}: out of memory")
    except Exception as e:  # a crashing parser: this file is unscannable, the others go on
        refused = _defused_cause(e)
        if refused:
            ctx.unscannable(loc, f"{fmt}: XML {refused} refused")
        else:
            ctx.unscannable(loc, f"{fmt}: parser failed ({type(e).__name__})")


def _defused_cause(exc: BaseException) -> str | None:
    """The defusedxml refusal behind ``exc`` (libraries such as openpyxl wrap it), if any."""
    seen: BaseException | None = exc
    for _ in range(6):
        if seen is None:
            return None
        if type(seen).__module__.startswith("defusedxml"):
            return type(seen).__name__
        seen = seen.__cause__ or seen.__context__
    return None


def _text(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline,
          charset: str | None) -> None:
    text = decode_bytes(data, charset)
    if PGP_ARMOR.decode() in text:
        ctx.encrypted(loc, "pgp message in text")
    from gateway.extract.tables import csv_table

    table = csv_table(text, name)  # CSV / TSV (by name or content): rows and header kept
    if table is not None:
        ctx.segment(loc, *table)
    else:
        ctx.segment(loc, text)
    from gateway.extract.transfer import extract_plain_base64

    extract_plain_base64(ctx, data, loc, depth, deadline)


def _html(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline,
          charset: str | None) -> None:
    ctx.segment(loc, *html_to_table_text(decode_html(data, charset)))


def _xml(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline,
         charset: str | None) -> None:
    lim = ctx.limits
    ctx.segment(loc, xml_to_text(data, lim.xml_forbid_dtd, lim.xml_forbid_entities))


def _eml(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline,
         charset: str | None) -> None:
    from gateway.extract.mime import extract_mail

    extract_mail(ctx, data, f"{loc}/", depth, deadline)


def _rtf(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline,
         charset: str | None) -> None:
    from striprtf.striprtf import rtf_to_text

    ctx.segment(loc, rtf_to_text(data.decode("cp1252", errors="replace"), errors="ignore"))
    if b"\\objdata" in data or b"\\objemb" in data:
        from gateway.extract.ole import rtf_objects

        rtf_objects(ctx, data, loc, depth, deadline)


def _image(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline,
           charset: str | None) -> None:
    from gateway.extract.imagemeta import extract_image_text
    from gateway.extract.ocr import ocr_image

    ocr_image(ctx, data, loc, deadline, "attachment")
    extract_image_text(ctx, data, loc, depth, deadline)


def _notext(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline,
            charset: str | None) -> None:
    kind = no_text_format(data) or "binary"
    ctx.no_text(loc, f"{kind}: carries no text to scan, {_size(len(data))}")


def _binary(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline,
            charset: str | None) -> None:
    binary_text(ctx, data, loc, "binary: unknown format")


def binary_text(ctx: Context, data: bytes, loc: str, what: str) -> None:
    """Last resort for a format no parser reads: scan its printable text runs when they are real text."""
    from gateway.extract.legacy import legacy_strings, real_text

    text = legacy_strings(data)
    if real_text(text):
        ctx.segment(loc, text)
        ctx.partial(loc, f"{what}; text runs taken heuristically")
    else:
        ctx.unscannable(loc, f"{what}, no readable text")


def _size(n: int) -> str:
    return f"{max(1, round(n / 1024))} KB" if n < 10 * 1024 * 1024 else f"{n / 1048576:.0f} MB"


def _pgp(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline,
         charset: str | None) -> None:
    raise EncryptedContent("pgp encrypted data")


def _enveloped(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline,
               charset: str | None) -> None:
    raise EncryptedContent("s/mime enveloped-data")


def _signed(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline,
            charset: str | None) -> None:
    from gateway.extract.pkcs7 import is_mime_entity, signed_content

    content = signed_content(data)
    if content is None:
        raise LimitExceeded("pkcs7 signed-data: malformed")
    if not content:
        return  # a detached signature (often mislabelled): the signed content is elsewhere
    ctx.charge(len(content), "pkcs7")
    if is_mime_entity(content):
        from gateway.extract.mime import extract_mail

        extract_mail(ctx, content, f"{loc}/", depth, deadline)
        return
    # A signed file (CAdES, e.g. contract.pdf.p7m as Belgian e-government sends): the file is inside.
    inner = name[:-4] if name.lower().endswith((".p7m", ".p7s")) and len(name) > 4 else "content"
    extract_file(ctx, content, f"{loc}/{inner}", inner, depth + 1, deadline)


def _wrapped(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline,
             charset: str | None) -> None:
    """CMS DigestedData / CompressedData (``.p7z``): the content inside, inflated within the caps."""
    from gateway.extract.pkcs7 import is_mime_entity, wrapped_content

    found = wrapped_content(data)
    if found is None:
        raise LimitExceeded("pkcs7: malformed digested/compressed data")
    kind, content = found
    if kind == "compressed":
        from gateway.extract.archives import inflate

        content, complete = inflate(ctx, content, "zlib")
        if not complete:
            ctx.unscannable(loc, "pkcs7 compressed-data: truncated stream")
    else:
        ctx.charge(len(content), "pkcs7")
    if is_mime_entity(content):
        from gateway.extract.mime import extract_mail

        extract_mail(ctx, content, f"{loc}/", depth, deadline)
        return
    inner = name[:-4] if name.lower().endswith((".p7z", ".p7m")) and len(name) > 4 else "content"
    extract_file(ctx, content, f"{loc}/{inner}", inner, depth + 1, deadline)


def _lazy(module: str, func: str) -> Handler:
    def handler(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline,
                charset: str | None) -> None:
        import importlib

        getattr(importlib.import_module(module), func)(ctx, data, loc, name, depth, deadline)

    return handler


HANDLERS: dict[str, Handler] = {
    "text": _text,
    "html": _html,
    "xml": _xml,
    "eml": _eml,
    "rtf": _rtf,
    "image": _image,
    "pgp": _pgp,
    "pkcs7-enveloped": _enveloped,
    "pkcs7-signed": _signed,
    "pkcs7-wrapped": _wrapped,
    "pdf": _lazy("gateway.extract.pdf", "extract_pdf"),
    "zip": _lazy("gateway.extract.archives", "extract_zip"),
    "gzip": _lazy("gateway.extract.archives", "extract_compressed"),
    "bzip2": _lazy("gateway.extract.archives", "extract_compressed"),
    "xz": _lazy("gateway.extract.archives", "extract_compressed"),
    "tar": _lazy("gateway.extract.archives", "extract_tar"),
    "ole": _lazy("gateway.extract.ole", "extract_ole"),
    "biff": _lazy("gateway.extract.legacy", "extract_biff"),
    "tnef": _lazy("gateway.extract.outlook", "extract_tnef"),
    "7z": _lazy("gateway.extract.archives", "extract_7z"),
    "rar": _lazy("gateway.extract.archives", "extract_rar"),
    "notext": _notext,
    "binary": _binary,
}
