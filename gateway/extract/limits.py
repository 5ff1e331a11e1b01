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
    # Decoded + decompressed bytes over the whole message.
    max_total_bytes: int = 64 * 1024 * 1024
    # Compression ratio (uncompressed / compressed) of one archive member ...
    max_ratio: float = 100.0
    # ... checked only for members larger than this (tiny files compress absurdly well).
    ratio_min_bytes: int = 1024 * 1024
    # Cooperative time budget of one top-level attachment (nested members share it).
    attachment_seconds: float = 10.0
    # Text kept per segment; longer text is cut and reported.
    max_part_chars: int = 4 * 1024 * 1024
    # Pages read from one PDF.
    max_pages: int = 2000
    # XML parsing of document parts (defusedxml): refuse DTDs / entity declarations.
    xml_forbid_dtd: bool = False
    xml_forbid_entities: bool = True
    # An inline image (Content-ID referenced or disposition inline) below this size is a "logo".
    inline_logo_bytes: int = 4096


class LimitExceeded(Exception):
    """A limit was hit; ``str(exc)`` is the content-free reason for the finding detail."""


class EncryptedContent(Exception):
    """The content is encrypted; ``str(exc)`` is the content-free reason."""


class Deadline:
    """A cooperative time budget: call :meth:`check` between pages, sheets, members."""

    __slots__ = ("budget", "end")

    def __init__(self, seconds: float, parent: Deadline | None = None) -> None:
        self.budget = seconds
        self.end = time.monotonic() + seconds
        if parent is not None and parent.end < self.end:
            self.end = parent.end
            self.budget = parent.budget

    def check(self, what: str) -> None:
        if time.monotonic() > self.end:
            raise LimitExceeded(f"{what}: time budget {self.budget:g} s exceeded")
