"""Texts of any length are scanned in full, in overlapping chunks: a finding across a chunk border is found
once, offsets stay absolute, tables are split by whole rows (with their header), memory stays bounded."""

from __future__ import annotations

import itertools

import pytest

from detectors import DetectionEngine
from detectors.engine import chunks
from gateway.extract.context import TableText
from gateway.model import Segment, Table

NN = "85.07.30-033.28"
FILLER = "De dienst heeft de planning voor het volgende kwartaal besproken en stelt voor de termijnen op te volgen.\n"


def _numbers(engine: DetectionEngine, text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in engine.detect([Segment("body", text)]) if f.entity_type == "BE_NATIONAL_NUMBER"]


def test_chunks_cover_the_text_with_disjoint_cores() -> None:
    text = FILLER * 400
    parts = list(chunks(text, size=10_000, overlap=500))
    assert len(parts) > 3
    assert parts[0].core_start == 0 and parts[-1].core_end == len(text)
    for a, b in itertools.pairwise(parts):
        assert a.core_end == b.core_start  # no gap, no overlap of the cores
        assert b.offset <= b.core_start - 400  # the window reaches back over the border
        assert text[b.offset : b.offset + len(b.text)] == b.text
    assert all(text[c.core_end - 1] == "\n" for c in parts[:-1])  # borders on line breaks


@pytest.mark.parametrize("inside", [0, 1, 2, 3])
def test_number_across_a_border_is_found_once(engine: DetectionEngine, monkeypatch: pytest.MonkeyPatch,
                                              inside: int) -> None:
    import detectors.engine as eng

    monkeypatch.setattr(eng, "CHUNK_CHARS", 20_000)
    number = "85 07 30 033 28"  # spaces: a border without line breaks may fall inside it
    words = ("het dossier van de betrokkene wordt verder opgevolgd door de dienst " * 400).split(" ")
    prose = " ".join(words)
    # put the number so that the chunk border (the last space before 20 000) falls on its `inside`-th space
    spaces = [i for i, c in enumerate(number) if c == " "]
    text = start = None
    for at in range(19_950, 20_000):
        candidate = prose[:at] + " NISS " + number + " " + prose[at:]
        border = next(chunks(candidate, size=20_000)).core_end
        begin = candidate.index(number)
        if border - 1 == begin + spaces[inside % len(spaces)]:
            text, start = candidate, begin
            break
    assert text is not None and start is not None
    assert _numbers(engine, text) == [(start, start + len(number))]


def test_long_text_findings_are_absolute_and_deduplicated(engine: DetectionEngine,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import detectors.engine as eng

    monkeypatch.setattr(eng, "CHUNK_CHARS", 8_192)
    text = "".join((FILLER * 3) + f"Dossier {i}: NISS {NN} van Dhr. Peeters.\n" for i in range(300))
    found = _numbers(engine, text)
    assert len(found) == 300 == len(set(found))
    assert all(text[s:e] == NN for s, e in found)


def test_table_split_by_rows_keeps_header_and_row_numbers(engine: DetectionEngine,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import detectors.engine as eng

    monkeypatch.setattr(eng, "CHUNK_CHARS", 4_096)
    tt = TableText()
    tt.add_text("Personeelslijst\n")
    rows = [(i + 2, [f"Medewerker {i:04d} Peeters", "Wegen", "ACV" if i % 3 == 0 else ""]) for i in range(600)]
    tt.add_table(["Naam", "Dienst", "Vakbond"], rows)
    text, tables = tt.build()
    seg = Segment("attachment:lijst.csv", text, tables)
    parts = list(chunks(text, tables, size=4_096, overlap=300))
    assert len(parts) >= 5
    for c in parts[1:]:
        (t,) = c.tables
        assert c.text[: c.prefix] == "Naam\tDienst\tVakbond\n"  # the header line, repeated
        assert t.header == ("Naam", "Dienst", "Vakbond")
        first = c.text[t.start : c.text.index("\n", t.start)]
        assert first.startswith("Medewerker ")
        assert int(first.split()[1]) + 2 == t.rows[0]  # the row numbers of the original table
    union = sorted(f.location for f in engine.detect([seg]) if f.entity_type == "ART9_TRADE_UNION")
    assert union == sorted(f"attachment:lijst.csv!row={i + 2}" for i in range(0, 600, 3))


def test_a_long_line_without_breaks_is_still_chunked() -> None:
    text = "7" * 3_000_000
    parts = list(chunks(text, size=1 << 20, overlap=4096))
    assert len(parts) == 3 and max(len(c.text) for c in parts) <= (1 << 20) + 2 * 4096


def test_table_spans_inside_a_window_are_valid() -> None:
    text = "a\tb\n" * 5000
    t = Table(0, len(text) - 1, ("h1", "h2"), tuple(range(2, 5002)))
    for c in chunks(text, (t,), size=4_000, overlap=100):
        for sub in c.tables:
            assert 0 <= sub.start <= sub.end <= len(c.text)
            assert c.text[sub.start : sub.end].count("\n") + 1 == len(sub.rows)
