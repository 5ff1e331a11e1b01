"""Score labelled mail sets in the test process itself, as ``dlp-gateway eval`` does, with shared engines.

The floor tests of the development and held-out sets used to start ``dlp-gateway eval`` once per floor, and
each start built the detection engine anew (most of a floor test's time). Here each engine is built once per
test session and ``gateway.commands.eval.score`` — the command's own scoring — runs on it. One test still
runs the command itself (tests/detectors/test_detectors_eval.py), so the command line stays covered.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

import yaml

from gateway.commands.eval import load_corpus, report_text, score

ROOT = Path(__file__).resolve().parents[1]
SHIPPED_POLICY = ROOT / "policies" / "default.yaml"


@functools.cache
def _policy():  # type: ignore[no-untyped-def]
    from gateway.policy import load_policy

    return load_policy(SHIPPED_POLICY)


@functools.cache
def _engine(org_ibans: tuple[str, ...] | None):  # type: ignore[no-untyped-def]
    from detectors import DetectionEngine, DetectorOptions

    ibans = frozenset(_policy().org_ibans if org_ibans is None else org_ibans)
    return DetectionEngine(DetectorOptions(org_ibans=ibans))


def evaluate(*dirs: Path, split: str | None = None, keep: Callable[[str], bool] | None = None,
             policy_verdict: bool = False, org_ibans: tuple[str, ...] | None = None) -> dict:
    """The summary ``dlp-gateway eval DIRS [--split S] [--policy-verdict]`` prints as its last line.

    ``org_ibans`` None: the shipped policy's organisation IBANs (what the command reads by default). The
    summary carries the printed report under ``"report"``, for assertion messages.
    """
    result = score(load_corpus(list(dirs)), _engine(org_ibans), policy=_policy() if policy_verdict else None,
                   split=split, keep=keep)
    return {**result.summary, "report": report_text(result)}


def check_batch_labels(part: Path, count: int, splits: set[str]) -> None:
    """A development batch's labels match its messages: ``count`` files, a known split, block iff entities."""
    labels = yaml.safe_load((part / "labels.yaml").read_text(encoding="utf-8"))
    assert set(labels) == {p.name for p in (part / "messages").glob("*.eml")} and len(labels) == count
    for name, label in labels.items():
        assert label["split"] in splits and label["action"] in ("block", "allow") and label["lang"] in name
        assert bool(label["entities"]) == (label["action"] == "block"), name


def check_attachments_read(part: Path) -> None:
    """Every message of a batch gives text, and no part of it is unreadable or encrypted."""
    from gateway.extract import extract_message

    for p in sorted((part / "messages").glob("*.eml")):
        ex = extract_message(p.read_bytes())
        assert not [f for f in ex.findings if f.entity_type in ("UNSCANNABLE", "ENCRYPTED_CONTENT")], p.name
        assert ex.segments, p.name


def check_floors(parts: tuple[Path, ...], split: str, messages: int, floors: tuple[float, float]) -> None:
    """The policy-verdict block recall and false-block rate of one split are at least / at most ``floors``."""
    summary = evaluate(*parts, split=split, policy_verdict=True)
    assert summary["messages"] == messages and summary["missing"] == 0
    recall, fbr = floors
    assert summary["block_recall"] >= recall, summary["report"]
    assert summary["false_block_rate"] <= fbr, summary["report"]
