"""OCR with Tesseract: images (PNG, JPEG, TIFF, GIF, BMP, WebP) and image-only PDF pages become text.

Tesseract (Debian ``tesseract-ocr`` with ``nld``, ``fra``, ``deu``, ``eng``) runs as a bounded process
(:mod:`gateway.extract.tools`) on a grayscale image that Pillow decoded and, when larger than
``ocr_max_pixels``, scaled down; an image declared larger than ``ocr_max_image_pixels`` is never
decoded (a decompression bomb). Each message has an OCR time budget (``ocr_seconds``) and a page cap
(``ocr_max_pages``); the time OCR takes is given back to the attachment's parse budget.

The text becomes a segment at ``<location>#ocr`` (an image) or ``<location>#page=N#ocr`` (a PDF page,
a TIFF frame). What is not read stays ``UNSCANNED_IMAGE`` with a detail saying why, starting with the
image's kind ("inline logo", "inline image", "attachment", "<format>: N picture(s)", "pdf: ...").
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from typing import Any

from gateway.extract.context import Context
from gateway.extract.limits import Deadline, LimitExceeded
from gateway.extract.sniff import image_format
from gateway.extract.tools import ToolMissing, run_tool, tesseract_languages, which

# Formats Tesseract reads once Pillow decoded them.
OCR_FORMATS = frozenset(("png", "jpeg", "gif", "tiff", "bmp", "webp"))
_MIN_SECONDS = 0.5  # below this much budget, an OCR run is not started
_MAX_RUN_SECONDS = 6.0  # one image may not take the whole budget of its message


class NotRead(Exception):
    """Why an image was not OCRed (content-free; ends the UNSCANNED_IMAGE detail)."""


def available() -> str | None:
    """None when OCR can run, else why not (for details, readiness and the log)."""
    if which("tesseract") is None:
        return "tesseract not installed (Debian package tesseract-ocr)"
    if not tesseract_languages() & {"nld", "fra", "deu", "eng"}:
        return "tesseract has none of the nld/fra/deu/eng language packs"
    return None


def size_text(n: int) -> str:
    return f"{max(1, round(n / 1024))} KB"


def ocr_image(ctx: Context, data: bytes, loc: str, deadline: Deadline, kind: str) -> None:
    """One image file at ``loc``: OCR it, or record why not. ``kind`` starts the detail."""
    fmt = image_format(data) or "image"
    if fmt == "svg":
        from gateway.extract.text import xml_to_text

        lim = ctx.limits
        ctx.segment(loc, xml_to_text(data, lim.xml_forbid_dtd, lim.xml_forbid_entities))  # SVG text is text
        return
    what = f"{kind} {fmt} {size_text(len(data))}"
    try:
        pages = ocr_frames(ctx, data, deadline)
    except NotRead as e:
        ctx.image(loc, f"{what}: {e}")
        return
    for n, text, more in pages:
        if text is None:
            ctx.image(loc, f"{what}: {more}")
            break
        ctx.segment(f"{loc}#page={n}#ocr" if n else f"{loc}#ocr", text)


def ocr_frames(ctx: Context, data: bytes, deadline: Deadline) -> list[tuple[int, str | None, str]]:
    """OCR every frame of an image: [(frame number or 0 for a single image, text or None, why not)]."""
    fmt = image_format(data)
    if fmt not in OCR_FORMATS:
        raise NotRead(f"format {fmt or 'unknown'} not readable by ocr")
    reason = available() if ctx.limits.ocr else "ocr disabled"
    if reason:
        raise NotRead(reason)
    from PIL import Image, UnidentifiedImageError

    lim = ctx.limits
    Image.MAX_IMAGE_PIXELS = None  # checked here, before any decoding
    try:
        img = Image.open(io.BytesIO(data))
        width, height = img.size
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise NotRead("damaged image") from None
    if width * height > lim.ocr_max_image_pixels:
        raise NotRead(f"{width}x{height} pixels > {lim.ocr_max_image_pixels}, not decoded")
    frames = getattr(img, "n_frames", 1) or 1
    out: list[tuple[int, str | None, str]] = []
    for frame in range(frames):
        try:
            if frame:
                img.seek(frame)
            text = ocr_pil(ctx, img, deadline)
        except NotRead as e:
            out.append((frame + 1 if frames > 1 else 0, None, str(e) + (f" (frame {frame + 1} of {frames})"
                                                                          if frames > 1 else "")))
            break
        except (OSError, ValueError, SyntaxError, EOFError):
            out.append((frame + 1 if frames > 1 else 0, None, "damaged image"))
            break
        out.append((frame + 1 if frames > 1 else 0, text, ""))
        if fmt == "gif":
            break  # an animation: its first frame carries the text
    return out


def ocr_pil(ctx: Context, img: Any, deadline: Deadline) -> str:
    """OCR one decoded PIL image within the message budget; raises :class:`NotRead` when it cannot."""
    lim = ctx.limits
    if ctx.ocr_pages >= lim.ocr_max_pages:
        raise NotRead(f"ocr page limit ({lim.ocr_max_pages} per message) reached")
    left = lim.ocr_seconds - ctx.ocr_spent  # OCR time is given back to the parse deadline
    if left < _MIN_SECONDS:
        raise NotRead(f"ocr time budget ({lim.ocr_seconds:g} s per message) spent")
    run = min(left, _MAX_RUN_SECONDS)
    gray = _prepare(img, lim.ocr_max_pixels)
    pgm = io.BytesIO()
    gray.save(pgm, format="PPM")  # binary PGM: the cheapest format tesseract reads
    data = pgm.getvalue()
    langs = "+".join(lang for lang in lim.ocr_languages.split("+") if lang in tesseract_languages()) or "eng"
    try:
        res = run_tool("tesseract", ["{input}", "stdout", "-l", langs, "--psm", "3"], data, timeout=run,
                       memory=lim.tool_memory_bytes, max_output=4 * 1024 * 1024, suffix=".pgm", what="ocr")
    except LimitExceeded:
        ctx.ocr_spent += run
        deadline.extend(run)
        if run < left:
            raise NotRead(f"ocr gave no result within {run:g} s") from None
        raise NotRead(f"ocr time budget ({lim.ocr_seconds:g} s per message) spent") from None
    except ToolMissing as e:
        raise NotRead(str(e)) from None
    ctx.ocr_spent += res.seconds
    ctx.ocr_pages += 1
    deadline.extend(res.seconds)
    if res.returncode != 0:
        raise NotRead("tesseract could not read it")
    return res.output.decode("utf-8", "replace")


def _prepare(img: Any, max_pixels: int) -> Any:
    """Grayscale, transparency on white, scaled down to ``max_pixels`` (small scans scaled up 2x)."""
    from PIL import Image

    w, h = img.size
    if img.format == "JPEG" and w * h > max_pixels:
        f = math.sqrt(max_pixels / (w * h))
        img.draft("L", (max(1, int(w * f)), max(1, int(h * f))))  # decode JPEG at a reduced size
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        canvas = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        canvas.alpha_composite(rgba)
        img = canvas
    gray = img.convert("L")
    w, h = gray.size
    if w * h > max_pixels:
        f = math.sqrt(max_pixels / (w * h))
        gray = gray.resize((max(1, int(w * f)), max(1, int(h * f))), Image.Resampling.LANCZOS)
    elif max(w, h) < 1000 and w * h * 4 <= max_pixels:
        gray = gray.resize((w * 2, h * 2), Image.Resampling.LANCZOS)  # small text: tesseract wants ~20 px letters
    return gray


def ocr_pictures(ctx: Context, read: Callable[[Any], bytes], items: Sequence[Any], kind: str, loc: str,
                 deadline: Deadline) -> None:
    """Pictures inside a document (OOXML/ODF media): OCR those above the logo size, report the rest."""
    not_read: dict[str, int] = {}
    for item in items:
        size = getattr(item, "file_size", 0)
        if size < ctx.limits.inline_logo_bytes:
            continue  # icons, bullets and logos of a document template
        name = getattr(item, "filename", "picture")
        try:
            deadline.check(kind)
            data = read(item)
            frames = ocr_frames(ctx, data, deadline)
        except NotRead as e:
            not_read[str(e)] = not_read.get(str(e), 0) + 1
            continue
        except LimitExceeded as e:
            not_read[str(e)] = not_read.get(str(e), 0) + 1
            continue
        for n, text, why in frames:
            if text is None:
                not_read[why] = not_read.get(why, 0) + 1
                break
            ctx.segment(f"{loc}/{name}#page={n}#ocr" if n else f"{loc}/{name}#ocr", text)
    for why, count in not_read.items():
        ctx.image(loc, f"{kind}: {count} picture(s) not read: {why}")
