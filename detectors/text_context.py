"""Per-text facts shared by the recognizers of one segment, computed lazily and at most once."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from detectors.patterns import SpanIndex
from detectors.people import Mention, PeopleFinder
from detectors.signature import Regions, contact_line_regions, salutation_regions, signature_regions

if TYPE_CHECKING:
    from detectors.special.records import Records
    from gateway.model import Table


class TextContext:
    """Signature blocks, contact lines, salutations, person mentions, identifier spans and the records
    (table rows, "Label: value" blocks) of one text.

    Passed to the special-category recognizer in Presidio's ``nlp_artifacts`` slot.
    """

    def __init__(self, text: str, people: PeopleFinder, tables: tuple[Table, ...] = ()) -> None:
        self.text = text
        self.people = people
        self.tables = tables
        # Spans of validated personal identifiers (national / BIS / BSN numbers), set by the engine.
        self.id_spans = SpanIndex()
        self.ner_calls = 0  # spaCy windows run so far for this text (bounded per text)

    @cached_property
    def lower(self) -> str | None:
        """The lower-cased text, or None when lower-casing changes its length ("İ")."""
        low = self.text.lower()
        return low if len(low) == len(self.text) else None

    @cached_property
    def signatures(self) -> Regions:
        return signature_regions(self.text)

    @cached_property
    def contact_lines(self) -> Regions:
        return contact_line_regions(self.text)

    @cached_property
    def salutations(self) -> Regions:
        return salutation_regions(self.text)

    @cached_property
    def records(self) -> Records:
        """Table rows and form blocks (computed after ``id_spans`` is set, on first use)."""
        from detectors.special.records import Records

        return Records(self, self.tables)

    @cached_property
    def names(self) -> list[Mention]:
        return self.people.names(self.text)

    @cached_property
    def _name_index(self) -> tuple[SpanIndex, dict[tuple[int, int], Mention]]:
        by_span = {(m.start, m.end): m for m in self.names}
        return SpanIndex(by_span), by_span

    def names_in(self, lo: int, hi: int) -> list[Mention]:
        """Person mentions overlapping ``[lo, hi)``, left to right."""
        index, by_span = self._name_index
        return [by_span[s] for s in index.overlapping(lo, hi)]

    def in_contact_block(self, start: int, end: int) -> bool:
        """Inside the sender's signature block or a labelled contact line."""
        return self.signatures.contains(start, end) or self.contact_lines.contains(start, end)

    def addresses_recipient(self, start: int, end: int) -> bool:
        """Inside a salutation or a signature: a name there is not the subject of a file."""
        return self.salutations.contains(start, end) or self.signatures.contains(start, end)
