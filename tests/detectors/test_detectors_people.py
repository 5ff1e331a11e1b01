"""PeopleFinder.names scans with regexes rewritten for speed (first character class first, the boundary as a
lookbehind): they must match exactly what the readable originals (which the prefilter reads) match."""

from __future__ import annotations

import random

import pytest

from detectors import people

PHRASES = [
    "Dhr. Peeters en mevr. Van den Broeck", "M. Dupont, MM. Martin et Mme Leclercq", "Dr.Janssens", "x.Dr. Maes",
    "Herr Müller und Frau Schröder", "herrn Becker", "de heer De Smet", "Prof. Van Damme", "the Stojanović family",
    "The Van Damme family", "Athe Claes family", "see the Claes family", "the De Smet  family", "tHe Maes family",
    "Jan Peeters\tWegen\tACV", "Els Maes-Claes heeft", "Karim El Amrani",
    "ÉLodie Dubois", "Žan Novak", "-Jan Peeters", "_Jan Peeters", "Maître Lambert", "MM.Peeters", "Famille Diallo",
    "Mr Smith\nMrs Jones", "mevrouw\nClaes", "Fam. Janssens", "Monsieur  Renard", "MADAME Leroy", "Ms. O'Brien",
]


def _corpus() -> list[str]:
    rng = random.Random(7)
    pieces = ["D", "d", "F", "H", "m", "M", "P", "p", "T", "t", "he", "r", "rs", ". ", ".", " ", "\n", "\t", "-",
              "'", "x", "1", "_", "Dr", "Mr.", "M.", "MM.", "Mme", "mevr.", "Dhr. ", "The ", "the ", " family",
              "Van ", "de ", "Jan ", "Peeters", "Éric ", "Žan", "Prof. ", "Frau ", "herrn ", "Maes", "É", "ß"]
    return PHRASES + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(2000)]


@pytest.mark.parametrize(("original", "scan"), [(people.TITLE_NAME, people._TITLE_SCAN),
                                                (people.FAMILY_NAME, people._FAMILY_SCAN),
                                                (people.NAME_PAIR, people._PAIR_SCAN)],
                         ids=["title", "family", "pair"])
def test_scan_regexes_match_like_the_originals(original: object, scan: object) -> None:
    hits = 0
    for text in _corpus():
        want = [(m.span(), m.groupdict()) for m in original.finditer(text)]  # type: ignore[attr-defined]
        assert [(m.span(), m.groupdict()) for m in scan.finditer(text)] == want, text  # type: ignore[attr-defined]
        for pos in range(len(text)):  # names() searches again from inside a rejected pair
            a, b = original.search(text, pos), scan.search(text, pos)  # type: ignore[attr-defined]
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (text, pos)
        hits += len(want)
    assert hits > 5  # the corpus exercises the pattern
