"""The compiled-regex cache (``detectors.recache``): the same pattern as ``re.compile`` or none at all.

``re.Pattern`` objects compare equal when their pattern, flags and compiled code are equal, so
``==`` against ``re.compile`` checks the code loaded from a file word for word.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from detectors import recache
from detectors.patterns import trie_regex
from detectors.special.lexicon import Lexicon

WORDS = [f"{a}{b}{c}{d}stem" for a in "abcdefgh" for b in "ijklmnop" for c in "qrstuvwx" for d in "yz"]
PATTERN = r"\b(?P<word>" + trie_regex(WORDS) + r")(?!\w)"
TEXT = "an aiqystem and hpxzstem, but not zzzzstem nor aiqystemmed " * 20


@pytest.fixture(autouse=True)
def _no_cache_after() -> Iterator[None]:
    yield
    recache.set_cache_dirs()


def _files(d: Path) -> list[Path]:
    return sorted(d.glob("re-*.bin"))


def test_a_cached_pattern_is_the_pattern_re_compiles(tmp_path: Path) -> None:
    assert len(PATTERN) >= recache.MIN_LENGTH
    recache.set_cache_dirs(tmp_path)
    for flags in (0, re.IGNORECASE):
        want = re.compile(PATTERN, flags)
        first = recache.compile(PATTERN, flags)  # compiled, written
        second = recache.compile(PATTERN, flags)  # read back from its file
        assert first == want and second == want
        assert second.groupindex == want.groupindex and second.groups == want.groups
        assert [m.span("word") for m in second.finditer(TEXT)] == [m.span("word") for m in want.finditer(TEXT)]
    assert len(_files(tmp_path)) == 2  # one file per pattern and flags


def test_the_file_is_read_not_recompiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recache.set_cache_dirs(tmp_path)
    recache.compile(PATTERN)

    def no_compile(*_: object) -> None:
        raise AssertionError("compiled although a valid file exists")

    monkeypatch.setattr(recache, "_compile_record", no_compile)
    assert recache.compile(PATTERN) == re.compile(PATTERN)


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "empty", "other_key"])
def test_a_damaged_file_is_ignored_and_rebuilt(tmp_path: Path, damage: str, caplog: pytest.LogCaptureFixture) -> None:
    recache.set_cache_dirs(tmp_path)
    recache.compile(PATTERN)
    (path,) = _files(tmp_path)
    good = path.read_bytes()
    if damage == "flip":  # one code word changed: the digest no longer matches
        bad = bytearray(good)
        bad[-9] ^= 0x01
        path.write_bytes(bytes(bad))
    elif damage == "truncate":
        path.write_bytes(good[: len(good) // 2])
    elif damage == "garbage":
        path.write_bytes(os.urandom(len(good)))
    elif damage == "empty":
        path.write_bytes(b"")
    else:  # a valid file of another pattern under this one's name
        recache.compile(PATTERN.replace("stem", "stam"))
        other = next(p for p in _files(tmp_path) if p != path)
        path.write_bytes(other.read_bytes())
    with caplog.at_level(logging.WARNING, logger="dlpgw.detectors"):
        assert recache.compile(PATTERN) == re.compile(PATTERN)
    assert "invalid" in caplog.text and "rebuilding" in caplog.text
    assert path.read_bytes() == good  # rewritten whole


def test_a_file_sre_rejects_is_rebuilt(tmp_path: Path) -> None:
    """Consistent digest but code that is not valid SRE code: _sre.compile refuses it, we rebuild."""
    import hashlib
    import json

    recache.set_cache_dirs(tmp_path)
    recache.compile(PATTERN)
    (path,) = _files(tmp_path)
    data = path.read_bytes()
    end = data.index(b"\n", len(recache.MAGIC))
    header = json.loads(data[len(recache.MAGIC):end])
    payload = bytes(len(data) - end - 1)  # all zero words
    header["sha256"] = hashlib.sha256(payload).hexdigest()
    path.write_bytes(recache.MAGIC + json.dumps(header).encode() + b"\n" + payload)
    assert recache.compile(PATTERN) == re.compile(PATTERN)
    assert path.read_bytes() == data


def test_an_unwritable_directory_falls_through_to_the_next(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    unwritable, rw = blocker / "cache", tmp_path / "rw"  # cannot be created, not even by root
    recache.set_cache_dirs(unwritable, rw)
    assert recache.compile(PATTERN) == re.compile(PATTERN)
    assert len(_files(rw)) == 1
    assert recache.compile(PATTERN) == re.compile(PATTERN)  # and found there next time


def test_a_file_in_the_first_directory_is_used_before_the_second(tmp_path: Path) -> None:
    shipped, state = tmp_path / "shipped", tmp_path / "state"
    recache.set_cache_dirs(shipped)
    recache.compile(PATTERN)
    recache.set_cache_dirs(shipped, state)
    assert recache.compile(PATTERN) == re.compile(PATTERN)
    assert not state.exists()  # a hit: nothing written elsewhere


def test_without_a_directory_or_for_small_patterns_nothing_is_written(tmp_path: Path) -> None:
    recache.set_cache_dirs()
    assert recache.compile(PATTERN) == re.compile(PATTERN)
    recache.set_cache_dirs(tmp_path)
    assert recache.compile(r"\bsmall\b", re.IGNORECASE) == re.compile(r"\bsmall\b", re.IGNORECASE)
    assert _files(tmp_path) == []


def test_the_key_covers_pattern_and_flags() -> None:
    keys = {recache.key_of(PATTERN, 0), recache.key_of(PATTERN, re.IGNORECASE), recache.key_of(PATTERN + "x", 0)}
    assert len(keys) == 3


def test_the_lexicon_compiles_the_same_regexes_from_the_cache(tmp_path: Path) -> None:
    plain = Lexicon.load()
    recache.set_cache_dirs(tmp_path)
    Lexicon.load()  # writes
    cached = Lexicon.load()  # reads
    assert _files(tmp_path)
    assert cached.regexes() == plain.regexes()
    assert cached._icase == plain._icase and cached._wild_icase == plain._wild_icase
    text = "Hij is opgenomen in het ziekenhuis wegens diabetes; elle est syndiquée à la FGTB."
    assert cached.hits(text) == plain.hits(text)


def test_a_directory_keeps_the_most_recently_used_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recache, "MAX_FILES", 2)
    recache.set_cache_dirs(tmp_path)
    recache.compile(PATTERN)
    (kept,) = _files(tmp_path)
    os.utime(kept, (1, 1))
    recache.compile(PATTERN.replace("stem", "stam"))
    for p in _files(tmp_path):
        os.utime(p, (1, 1) if p == kept else (2, 2))  # the other one is more recent ...
    recache.compile(PATTERN)  # ... until this hit marks the first one as used now
    recache.compile(PATTERN.replace("stem", "stum"))  # a third file: the least recently used goes
    names = {p.name for p in _files(tmp_path)}
    assert len(names) == 2 and kept.name in names


def test_what_no_directory_took_is_written_to_the_next_ones(tmp_path: Path) -> None:
    """An early scanner template compiles before it knows the state directory (a read-only package)."""
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    recache.set_cache_dirs(blocker / "read-only")
    assert recache.compile(PATTERN) == re.compile(PATTERN)
    state = tmp_path / "state"
    recache.set_cache_dirs(blocker / "read-only", state)  # the configuration arrives
    assert len(_files(state)) == 1
    recache.set_cache_dirs(tmp_path / "elsewhere")
    assert not (tmp_path / "elsewhere").exists()  # offered once, not kept


def _matches(db: object, text: bytes) -> list[int]:
    import hyperscan

    found: list[int] = []
    db.scan(text, match_event_handler=lambda i, *_: found.append(i),  # type: ignore[attr-defined]
            scratch=hyperscan.Scratch(db))
    return found


def test_prefilter_databases_are_kept_in_the_files_and_a_bad_file_is_rebuilt(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from detectors import prefilter

    recache.set_cache_dirs(tmp_path)
    items = [("zebra", r"zebra\d+", False, {}), ("okapi", r"(?i:okapi)", False, {}), ("never", r"(?<=x)y", False, {})]
    monkeypatch.setattr(prefilter, "_BUILT", {})
    built, always = prefilter._Db.build(items)
    (written,) = tmp_path.glob("hs-*.bin")
    assert built.db is not None and built.families == ["zebra", "okapi", "never"]

    compiled: list[int] = []
    real_build = prefilter._Db._build.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(prefilter._Db, "_build",
                        classmethod(lambda cls, it: (compiled.append(1), real_build(cls, it))[1]))
    monkeypatch.setattr(prefilter, "_BUILT", {})  # another process: only the file
    loaded, always2 = prefilter._Db.build(items)
    assert not compiled and loaded.families == built.families and always2 == always
    assert _matches(loaded.db, b"a zebra12 and an OKAPI") == _matches(built.db, b"a zebra12 and an OKAPI") != []

    written.write_bytes(written.read_bytes()[:-7])  # truncated: built again, and the file rewritten
    monkeypatch.setattr(prefilter, "_BUILT", {})
    again, _ = prefilter._Db.build(items)
    assert compiled == [1] and _matches(again.db, b"zebra7") == _matches(built.db, b"zebra7")
    monkeypatch.setattr(prefilter, "_BUILT", {})
    prefilter._Db.build(items)
    assert compiled == [1]  # the rewritten file is valid

    recache.set_cache_dirs()  # no directory: built in the process, nothing written
    monkeypatch.setattr(prefilter, "_BUILT", {})
    prefilter._Db.build(items)
    assert compiled == [1, 1]
