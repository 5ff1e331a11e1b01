"""Real-world messages (CPython's email test data, the Ruby mail library's peer mail) all extract."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from gateway.extract import extract_message
from gateway.model import Extraction

PEER_MAIL = Path("/work/shared/peer-mail/mikel-mail")


def _cpython_email_data() -> list[Path]:
    try:
        import test  # the interpreter's own test package (absent in slim builds)
    except ImportError:
        return []
    data = Path(os.path.dirname(test.__file__)) / "test_email" / "data"
    return sorted(p for p in data.glob("msg_*.txt")) if data.is_dir() else []


CPYTHON = _cpython_email_data()
PEERS = sorted(p for p in PEER_MAIL.rglob("*") if p.is_file()) if PEER_MAIL.is_dir() else []


@pytest.mark.skipif(not CPYTHON, reason="this interpreter ships no test package (Lib/test/test_email/data)")
def test_cpython_email_data_all_parse() -> None:
    with_text = 0
    for path in CPYTHON:
        ex = extract_message(path.read_bytes())
        assert isinstance(ex, Extraction), path.name
        assert not [f for f in ex.findings if f.location == "message"], path.name  # no whole-message failure
        with_text += bool(ex.segments)
    assert len(CPYTHON) > 40
    assert with_text >= len(CPYTHON) - 1  # msg_18 has an empty body and no Subject


@pytest.mark.skipif(not PEERS, reason="/work/shared/peer-mail is not present")
def test_peer_mail_all_extract_without_raising() -> None:
    for path in PEERS:
        t = time.perf_counter()
        ex = extract_message(path.read_bytes())
        assert isinstance(ex, Extraction), path.name
        assert time.perf_counter() - t < 2, path.name


@pytest.mark.skipif(not CPYTHON, reason="this interpreter ships no test package (Lib/test/test_email/data)")
def test_cpython_samples_located() -> None:
    by_name = {p.name: p for p in CPYTHON}
    # msg_02: a digest of attached messages (message/rfc822 inside multipart/digest)
    ex = extract_message(by_name["msg_02.txt"].read_bytes())
    assert any(seg.location.startswith("attachment:part") and "/body" in seg.location for seg in ex.segments)
    # msg_37: unknown text subtypes (text/x-one) and empty parts between boundaries are bodies
    ex = extract_message(by_name["msg_37.txt"].read_bytes())
    assert [seg.location for seg in ex.segments if seg.location.startswith("body")] == ["body", "body[1]", "body[2]"]
    # msg_31: the declared boundary never occurs; the whole text is still scanned as the body
    ex = extract_message(by_name["msg_31.txt"].read_bytes())
    assert "message 2" in "".join(seg.text for seg in ex.segments if seg.location == "body")
