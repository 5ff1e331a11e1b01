"""Bounds on what extracting one message may cost, and the running budget that enforces them."""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ExtractLimits:
    """Bounds on what one message may cost to extract (all configurable; safe defaults).

    Hitting any of them yields an ``UNSCANNABLE`` finding with a content-free reason,
    never a silent pass.
    """

    # Nesting of containers: attachment -> archive member -> attached mail -> ...
    max_depth: int = 8
    # Nesting of multipart bodies inside one message.
    max_mime_depth: int = 32
    # MIME parts over the whole message (attached messages included).
    max_parts: int = 2000
    # Members read from one archive (zip, tar) or one container (MSG, TNEF, PDF attachments).
    max_files: int = 1000
    # Decoded + decompressed bytes over the whole message (every layer counts: the MIME decoding,
    # each archive member, each PDF stream). A bomb stops here, whatever its compression ratio.
    max_total_bytes: int = 64 * 1024 * 1024
    # Bytes one decompressed stream (an archive member, a gzip stream, a PDF stream) may produce;
    # it is read in bounded steps and stops here (or at what is left of max_total_bytes).
    max_stream_bytes: int = 64 * 1024 * 1024
    # Cooperative time budget of one top-level attachment (nested members share it).
    attachment_seconds: float = 10.0
    # Pages read from one PDF.
    max_pages: int = 2000
    # XML parsing of document parts (defusedxml): refuse DTDs / entity declarations.
    xml_forbid_dtd: bool = False
    xml_forbid_entities: bool = True
    # An inline image (Content-ID referenced or disposition inline) below this size is a "logo".
    inline_logo_bytes: int = 4096
    # OCR (Tesseract) of images and image-only PDF pages: seconds per message, pages (images, PDF
    # pages, TIFF frames) per message, pixels an image is scaled down to before OCR, and the
    # declared size above which an image is not decoded at all (a decompression bomb).
    ocr: bool = True
    ocr_seconds: float = 10.0
    ocr_max_pages: int = 20
    ocr_max_pixels: int = 12_000_000
    ocr_max_image_pixels: int = 200_000_000
    ocr_languages: str = "nld+fra+deu+eng"
    # Memory cap (address space) of each helper process (antiword, catdoc, tesseract, unar).
    tool_memory_bytes: int = 1024 * 1024 * 1024


class LimitExceeded(Exception):
    """A limit was hit; ``str(exc)`` is the content-free reason for the finding detail."""


class EncryptedContent(Exception):
    """The content is encrypted; ``str(exc)`` is the content-free reason."""


class Deadline:
    """A cooperative time budget: call :meth:`check` between pages, sheets, members.

    Time spent in OCR has its own per-message budget (``ocr_seconds``): :meth:`extend` gives it
    back to this deadline and the ones it was derived from, so a scanned page does not make the
    rest of its document unscannable.
    """

    __slots__ = ("budget", "end", "parent")

    def __init__(self, seconds: float, parent: Deadline | None = None) -> None:
        self.budget = seconds
        self.end = time.monotonic() + seconds
        self.parent = parent
        if parent is not None and parent.end < self.end:
            self.end = parent.end
            self.budget = parent.budget

    def check(self, what: str) -> None:
        if time.monotonic() > self.end:
            raise LimitExceeded(f"{what}: time budget {self.budget:g} s exceeded")

    def remaining(self) -> float:
        return self.end - time.monotonic()

    def extend(self, seconds: float) -> None:
        d: Deadline | None = self
        while d is not None:
            d.end += seconds
            d = d.parent
