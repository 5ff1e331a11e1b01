"""Scan stage: extract + detect for one message; the scanner pool that runs it off the event loop.

:func:`scan_message` is the single code path shared by the gateway and ``dlp-gateway scan``.
:class:`Scanner` (``gateway.scanpool``) runs it in scanner processes forked from a template
that loaded the detectors once (the work is CPU-bound: in the event loop it would stall every
other SMTP session), behind a bounded queue, with a per-scan timeout and a memory cap per
process. A scan that crashes or times out raises :class:`ScanError` (451 4.3.0); a full queue
raises it at once (451 4.3.2); a scan that reaches the memory cap yields an ``UNSCANNABLE``
finding. The message is never relayed unscanned.
"""

from __future__ import annotations

import dataclasses
import re
import time
from typing import TYPE_CHECKING, Any

from gateway.extract import ExtractLimits, extract_message
from gateway.model import Finding, ScanReport

if TYPE_CHECKING:
    from detectors import DetectionEngine

__all__ = ["scan_message"]


def __getattr__(name: str) -> Any:
    # The pool lives in gateway.scanpool; imported on use so that scanner processes, which only
    # need scan_message, never import the event-loop side (and its metrics).
    if name in ("Scanner", "PoolSettings"):
        from gateway import scanpool

        return getattr(scanpool, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def scan_message(raw: bytes, engine: DetectionEngine, limits: ExtractLimits | None = None) -> ScanReport:
    """Extract every text segment of ``raw`` and run the detectors over them."""
    t0 = time.perf_counter()
    extraction = extract_message(raw, limits)
    t1 = time.perf_counter()
    findings = engine.detect(extraction.segments)
    t2 = time.perf_counter()
    return ScanReport(
        findings=mask_locations(engine, extraction.findings + findings),
        headers=extraction.headers,
        segments=len(extraction.segments),
        text_bytes=sum(len(s.text) for s in extraction.segments),
        extract_ms=(t1 - t0) * 1000,
        detect_ms=(t2 - t1) * 1000,
    )


_RECORD_SUFFIX = re.compile(r"(?:!table=\d{1,6})?!(?:row|line)=\d{1,7}$")


def mask_locations(engine: DetectionEngine, findings: list[Finding]) -> list[Finding]:
    """Findings whose location, detail and snippet carry no identifier (a national number in an
    attachment or archive member name, say): everything downstream only sees these."""
    memo: dict[str, str] = {}

    def mask(text: str) -> str:
        # a record suffix ("!row=14", "!table=2!row=3", "!line=12", written by the detectors) holds only
        # a small row number: mask the location it is appended to once, not once per row
        m = _RECORD_SUFFIX.search(text)
        head, tail = (text[: m.start()], m.group()) if m else (text, "")
        if head not in memo:
            memo[head] = engine.mask_identifiers(head)
        return memo[head] + tail

    out = []
    for f in findings:
        masked = {k: mask(v) for k, v in (("location", f.location), ("detail", f.detail), ("snippet", f.snippet))
                  if v and mask(v) != v}
        out.append(dataclasses.replace(f, **masked) if masked else f)
    return out
