"""The running state of one extraction: output, limits, byte budget, and helpers to record results."""

from __future__ import annotations

from gateway.extract.limits import ExtractLimits, LimitExceeded
from gateway.extract.text import clean
from gateway.model import ENCRYPTED_CONTENT, UNSCANNABLE, UNSCANNED_IMAGE, Extraction, Finding, Segment

_UNSAFE_NAME = dict.fromkeys(range(32), " ") | {0x7F: " "}


def safe_name(name: str, limit: int = 200) -> str:
    """A file name fit for a location: no control characters, no directories, bounded length."""
    name = name.translate(_UNSAFE_NAME).strip()
    name = name.replace("\\", "/").rstrip("/").rpartition("/")[2].strip()
    return name[:limit]


def safe_path(path: str, limit: int = 400) -> str:
    """An archive member path fit for a location: no control characters, bounded length."""
    return path.translate(_UNSAFE_NAME).replace("\\", "/").strip("/")[:limit]


class Context:
    """What one ``extract_message`` call has produced and consumed so far."""

    __slots__ = ("limits", "out", "parts", "total_bytes")

    def __init__(self, limits: ExtractLimits) -> None:
        self.limits = limits
        self.out = Extraction()
        self.total_bytes = 0
        self.parts = 0

    def charge(self, nbytes: int, what: str) -> None:
        """Count decoded/decompressed bytes against the message budget."""
        self.total_bytes += nbytes
        if self.total_bytes > self.limits.max_total_bytes:
            raise LimitExceeded(f"{what}: total extracted bytes > {self.limits.max_total_bytes}")

    def segment(self, location: str, text: str) -> None:
        if not text:
            return
        text = clean(text)
        cap = self.limits.max_part_chars
        if len(text) > cap:
            text = text[:cap]
            self.unscannable(location, f"text: longer than {cap} characters, cut")
        if text.strip():
            self.out.segments.append(Segment(location, text))

    def unscannable(self, location: str, detail: str) -> None:
        self.out.findings.append(Finding(UNSCANNABLE, location, detail=detail))

    def encrypted(self, location: str, detail: str) -> None:
        self.out.findings.append(Finding(ENCRYPTED_CONTENT, location, detail=detail))

    def image(self, location: str, detail: str) -> None:
        self.out.findings.append(Finding(UNSCANNED_IMAGE, location, detail=detail))
