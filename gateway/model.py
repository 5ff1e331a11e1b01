"""The typed records that flow through the pipeline stages: envelope, text segments, findings, reports.

Every stage speaks in these types and nothing else:

    SMTP in (Envelope + raw bytes)
      -> extract  (Extraction: Segments + extraction Findings)
      -> detect   (Findings)
      -> decide   (Decision)
      -> act      (relay / reject / hold / bounce)

None of these records is ever logged as a whole: segments hold message content, and
findings hold offsets plus an already *masked* snippet only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Extraction-level finding types (produced by gateway.extract, not by detectors).
UNSCANNABLE = "UNSCANNABLE"
ENCRYPTED_CONTENT = "ENCRYPTED_CONTENT"
UNSCANNED_IMAGE = "UNSCANNED_IMAGE"
# A format that carries no text to scan (executables, audio, video, fonts): nothing was skipped
# that could be read, but the content itself cannot be checked.
NO_TEXT_CONTENT = "NO_TEXT_CONTENT"
# A format no parser could read, whose text was taken heuristically (printable runs) and scanned:
# what was found was checked; more may be hidden (compressed, or encoded in a way we cannot read).
PARTIALLY_SCANNED = "PARTIALLY_SCANNED"


@dataclass(frozen=True, slots=True)
class Envelope:
    """The SMTP envelope of one transaction, exactly as the client gave it."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    mail_options: tuple[str, ...] = ()
    rcpt_options: tuple[str, ...] = ()

    @property
    def sender_domain(self) -> str:
        return domain_of(self.mail_from)

    @property
    def recipient_domains(self) -> tuple[str, ...]:
        return tuple(sorted({domain_of(r) for r in self.rcpt_tos}))


def domain_of(address: str) -> str:
    """Return the lower-cased domain part of an address ('' for the null sender)."""
    _, _, domain = address.rpartition("@")
    return domain.strip().strip(">").lower()


@dataclass(frozen=True, slots=True)
class Table:
    """A table (or sheet) that extraction saw inside a segment: the structure detection uses.

    The table's data rows are the lines of ``segment.text[start:end]`` (``\\n``-separated), its
    cells the ``\\t``-separated fields of a line; extraction writes cells without tabs or line
    breaks inside them (replaced by spaces), so splitting the span is exact. The header line, when
    the table has one, is written *before* ``start`` (it is still scanned as text) and its cells
    are ``header``. ``rows`` holds the user-visible number of each data line (spreadsheet row,
    CSV line, table row, 1-based); empty means "line index + 1 + (1 if header else 0)".
    Findings about one record point to ``f"{segment.location}!{label}={row}"``, e.g.
    ``attachment:staff.xlsx#sheet=Staff!row=14``.
    """

    start: int
    end: int
    header: tuple[str, ...] = ()
    rows: tuple[int, ...] = ()
    label: str = "row"

    def row_number(self, index: int) -> int:
        """The user-visible number of the ``index``-th data line (0-based)."""
        if self.rows and index < len(self.rows):
            return self.rows[index]
        return index + 1 + (1 if self.header else 0)


@dataclass(frozen=True, slots=True)
class Segment:
    """One piece of human-readable text taken from a message, with where it came from.

    ``location`` is what findings point to: ``subject``, ``header:To``, ``body``,
    ``body[2]`` (the third text part), ``attachment:report.pdf#page=3``,
    ``attachment:archive.zip/data/list.csv``, ``attachment:fwd.eml/body``.
    ``tables`` are the tables extraction saw in ``text`` (spreadsheet sheets, CSV/TSV files,
    DOCX/ODT/HTML tables), as spans of it; empty for plain prose.
    """

    location: str
    text: str
    tables: tuple[Table, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """One detection (or an extraction problem) at one location.

    ``snippet`` is already masked by whoever produced the finding; the raw value is
    never stored here. ``allowed`` findings are reported but never block: ``exception``
    names the exception that allows them (e.g. ``professional_contact``).
    ``detail`` is a short, content-free reason (e.g. ``zip: member larger than 67108864 bytes``).
    ``explain`` is an optional, content-free account of the decision (rule, person tie by kind and
    initials, distance, score, exception; ``detectors`` fills it, ``dlp-gateway scan --explain``
    prints it): never message text, so it may be stored with the finding.
    """

    entity_type: str
    location: str
    start: int = 0
    end: int = 0
    score: float = 1.0
    allowed: bool = False
    exception: str | None = None
    snippet: str = ""
    detail: str | None = None
    explain: dict[str, object] | None = None

    def as_dict(self) -> dict[str, object]:
        d: dict[str, object] = {
            "entity_type": self.entity_type,
            "location": self.location,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 3),
            "allowed": self.allowed,
            "snippet": self.snippet,
        }
        if self.exception:
            d["exception"] = self.exception
        if self.detail:
            d["detail"] = self.detail
        if self.explain:
            d["explain"] = dict(self.explain)
        return d

    def __reduce__(self) -> tuple[type[Finding], tuple[object, ...]]:
        """Pickled as its field values in order (a scan report carries every finding from the scanner to the
        event loop): the slotted dataclass's own ``__getstate__`` / ``__setstate__`` look up ``fields()``
        once per finding, about half of the report's pickling on both sides."""
        return (Finding, (self.entity_type, self.location, self.start, self.end, self.score, self.allowed,
                          self.exception, self.snippet, self.detail, self.explain))


def first_header(headers: list[tuple[str, str]], name: str) -> str | None:
    """The first value of a header field, by case-insensitive name."""
    lname = name.lower()
    return next((v for k, v in headers if k.lower() == lname), None)


@dataclass(slots=True)
class Extraction:
    """What the extract stage made of a message."""

    segments: list[Segment] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    # Top-level header fields the policy may look at (classification labels,
    # Content-Language, ...), decoded, in message order, names as written.
    headers: list[tuple[str, str]] = field(default_factory=list)

    def header(self, name: str) -> str | None:
        return first_header(self.headers, name)


@dataclass(slots=True)
class ScanReport:
    """Everything the scan (extract + detect) learned about one message. Picklable."""

    findings: list[Finding] = field(default_factory=list)
    headers: list[tuple[str, str]] = field(default_factory=list)
    segments: int = 0
    text_bytes: int = 0
    extract_ms: float = 0.0
    detect_ms: float = 0.0

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if not f.allowed]

    def header(self, name: str) -> str | None:
        return first_header(self.headers, name)


@dataclass(frozen=True, slots=True)
class Channel:
    """A secure channel the sender should use instead of e-mail."""

    id: str  # e.g. "fedsender", "ebox_citizen"
    name: str  # e.g. "Fedsender (Belnet)"
    url: str = ""


@dataclass(frozen=True, slots=True)
class Decision:
    """What the policy decided for one message (the strictest over all recipients).

    ``action`` is one of allow, monitor, reject, bounce, quarantine.
    ``reason`` is one ASCII line for the SMTP reply and logs: data *categories* and the
    channel to use, never the data itself.
    """

    action: str
    reason: str = ""
    categories: tuple[str, ...] = ()
    recipient_classes: tuple[str, ...] = ()
    channels: tuple[Channel, ...] = ()
    add_headers: tuple[tuple[str, str], ...] = ()
    would_have: str | None = None  # for monitor: the action enforcement would have taken
    language: str | None = None  # the sender's language for guidance, when known
