"""Keeps the labelled evaluation corpus consistent: labels match files, numbers are checksum-true."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from stdnum.be import nn as be_nn

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("corpus_check_labels", HERE / "check_labels.py")
assert _spec and _spec.loader
check_labels = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_labels)


def test_corpus_is_clean_and_balanced() -> None:
    problems, stats = check_labels.check(HERE)
    assert problems == []
    total = sum(stats["lang"].values())
    assert total >= 150
    share = {lang: n / total for lang, n in stats["lang"].items()}
    assert 0.30 <= share["nl"] <= 0.40 and 0.25 <= share["fr"] <= 0.35
    assert 0.10 <= share["de"] <= 0.20 and 0.15 <= share["en"] <= 0.25
    assert 0.40 <= stats["action"]["allow"] / total <= 0.50
    assert set(stats["entity"]) == check_labels.ENTITY_TYPES  # every type is represented
    assert stats["mime"]["national number split by a QP soft line break"] >= 3
    assert stats["mime"]["multipart/alternative"] >= 5


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    shutil.copytree(HERE / "messages", tmp_path / "messages")
    shutil.copy(HERE / "labels.yaml", tmp_path / "labels.yaml")
    return tmp_path


def _first(corpus: Path, action: str) -> str:
    labels = (corpus / "labels.yaml").read_text(encoding="utf-8").split("\n")
    for i, line in enumerate(labels):
        if (
            line.endswith(".eml:")
            and labels[i + 2].strip() == f"action: {action}"
            and b"multipart/" not in (corpus / "messages" / line[:-1]).read_bytes()
        ):
            return line[:-1]
    raise AssertionError(action)


def test_checker_catches_a_valid_national_number_in_an_allow_message(corpus_copy: Path) -> None:
    name = _first(corpus_copy, "allow")
    assert be_nn.is_valid("85073003328")
    path = corpus_copy / "messages" / name
    path.write_bytes(path.read_bytes().replace(b"\r\n\r\n", b"\r\n\r\nrrn 85.07.30-033.28\r\n", 1))
    problems, _ = check_labels.check(corpus_copy)
    assert any(name in p and "BE_NATIONAL_NUMBER" in p for p in problems)


def test_checker_catches_a_label_without_its_number(corpus_copy: Path) -> None:
    name = _first(corpus_copy, "allow")
    labels = corpus_copy / "labels.yaml"
    text = labels.read_text(encoding="utf-8")
    start = text.index(f"{name}:")
    block = text[start : text.index("note:", start)]
    fixed = block.replace("action: allow", "action: block").replace("entities: []", "entities: [NL_BSN]")
    labels.write_text(text.replace(block, fixed), encoding="utf-8")
    problems, _ = check_labels.check(corpus_copy)
    assert any(name in p and "NL_BSN" in p for p in problems)


def test_checker_catches_a_missing_file(corpus_copy: Path) -> None:
    victim = sorted((corpus_copy / "messages").glob("*.eml"))[0]
    victim.unlink()
    problems, _ = check_labels.check(corpus_copy)
    assert any(victim.name in p and "no such file" in p for p in problems)
