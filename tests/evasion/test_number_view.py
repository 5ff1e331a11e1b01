"""The number view (detectors/normalize.py): what it folds, and that its offset map is exact."""

from __future__ import annotations

import random

import pytest

from detectors.normalize import NumberView, fold_char


@pytest.mark.parametrize(("char", "folded"), [
    ("８", "8"), ("𝟖", "8"), ("٨", "8"), ("۸", "8"), ("८", "8"), ("⑧", "8"), ("⁸", "8"),
    ("\u202f", " "), ("\u2009", " "), ("\u00a0", " "), ("\u3000", " "), ("\u2028", "\n"),
    ("\u200e", ""), ("\u034f", ""), ("\u2062", ""), ("\u2063", ""), ("\u00ad", ""), ("\U000e0041", ""),
    ("\ufe0f", ""), ("\x00", ""), ("\u3164", ""),
    ("\u2013", "-"), ("\u2212", "-"), ("\u2011", "-"), ("\uff0e", "."), ("\u00b7", "."), ("\u2044", "/"),
    ("\uff0c", ","), ("\uff3f", "_"),
    ("\u0420", "P"), ("\u0412", "B"), ("\u0405", "S"), ("\u039d", "N"), ("\u0456", "i"), ("Ｒ", "R"), ("𝐍", "N"),
    ("é", "é"), ("ß", "ß"), ("ł", "ł"), ("€", "€"), ("½", "1/2"), ("…", "..."),
])
def test_fold_char(char: str, folded: str) -> None:
    assert fold_char(char) == folded


def test_ascii_text_is_its_own_view() -> None:
    text = "Rijksregisternummer 85.07.30-033.28\n"
    view = NumberView(text)
    assert view.identity and view.text is text and view.span(20, 35) == (20, 35)


def test_accented_text_without_foldable_characters_is_its_own_view() -> None:
    view = NumberView("Numéro de registre national, Straße, Łódź")
    assert view.identity


def test_spans_map_back_exactly() -> None:
    original = "NN: ８５\u200e．０７\u2009３０\u2212０３３\u00ad．２８ ok"
    view = NumberView(original)
    assert view.text == "NN: 85.07 30-033.28 ok"
    s = view.text.index("85")
    e = view.text.index(" ok")
    ostart, oend = view.span(s, e)
    assert original[ostart:oend] == "８５\u200e．０７\u2009３０\u2212０３３\u00ad．２８"


def test_expansion_and_deletion_offsets() -> None:
    original = "a½b\u200bc"
    view = NumberView(original)
    assert view.text == "a1/2bc"
    assert view.span(1, 4) == (1, 2)  # the three view characters of "½" are the one original character
    assert view.span(4, 6) == (2, 5)  # "b", then "c" after the dropped zero-width space
    assert view.offset(len(view.text)) == len(original)


def test_right_to_left_override_is_read_in_display_order() -> None:
    original = "NN \u202e82.330-03.70.58\u202c ok"
    view = NumberView(original)
    assert view.text == "NN 85.07.30-033.28 ok"
    s, e = view.span(3, 18)
    assert original[s:e] == "\u202e82.330-03.70.58"[1:]


def test_random_texts_map_every_view_character_to_its_source() -> None:
    rng = random.Random(9)
    alphabet = "ab 1.\u00a0\u200e８𝟖٨\u2009\u034f½…\u202e\u202c\nР\U000e0020-"
    for _ in range(300):
        original = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        view = NumberView(original)
        for i, ch in enumerate(view.text):
            s, e = view.span(i, i + 1)
            assert e == s + 1
            assert ch in fold_char(original[s]) or original[s] == ch


def test_the_view_is_shared_per_text() -> None:
    text = "x８"
    assert NumberView.of(text) is NumberView.of(text)
    assert NumberView.of("y８") is not NumberView.of(text)
