"""Other projects' test documents (../shared/peer-docs: Tika, pdf.js, pypdf, msoffcrypto-tool, CPython).

Each file is attached to an ordinary mail, as a sender would. Readable documents must give text and no
UNSCANNABLE / ENCRYPTED_CONTENT (at least 98 %); encrypted ones must all be ENCRYPTED_CONTENT; damaged
ones must get a verdict (an extraction, whatever it found). ``../shared/tools/peer-docs-check`` scores
the same files through ``dlp-gateway scan``.
"""

from __future__ import annotations

import json
from pathlib import Path

import extract_samples as s
import pytest

from gateway.extract import extract_message
from gateway.model import ENCRYPTED_CONTENT, UNSCANNABLE, Extraction

PEER_DOCS = Path("/work/shared/peer-docs")
if not PEER_DOCS.is_dir():
    PEER_DOCS = Path(__file__).resolve().parents[3] / "shared" / "peer-docs"
EXPECTED = PEER_DOCS / "expected.jsonl"

pytestmark = [pytest.mark.skipif(not EXPECTED.is_file(), reason="../shared/peer-docs is not present"),
              pytest.mark.slow]


# Readable files that hold no text at all (checked by hand): they must still get no UNSCANNABLE /
# ENCRYPTED_CONTENT, but "gives text" cannot apply to them.
EMPTY_BY_NATURE = {
    "03_tika_encrypted__testPKCS7_certs_only_def.p7c": "a certificate bag, no content",
    "03_tika_encrypted__testPKCS7_certs_only_ind.p7c": "a certificate bag, no content",
    "03_tika_encrypted__testPKCS7_signature_def.p7s": "a detached signature, no content",
    "03_tika_encrypted__testPKCS7_signature_ind.p7s": "a detached signature, no content",
    "03_tika_encrypted__testPKCS7_compressed_def_long.p7z": "a compressed blank PDF page",
    "16_pdfjs__test__pdfs__empty_protected.pdf": "an empty page",
    "05_tika_documents__testPDF_jsActionOnPage.pdf": "a blank page with a JavaScript action",
}


def _expected() -> list[dict[str, str]]:
    return [json.loads(line) for line in EXPECTED.read_text().splitlines() if line.strip()]


def _extract(entry: dict[str, str]) -> tuple[str, Extraction]:
    name = entry["file"].split("__")[-1]
    data = (PEER_DOCS / entry["file"]).read_bytes()
    return name, extract_message(s.mail(subject="Documenten", body="In bijlage de documenten.",
                                        attachments=((name, data, "application", "octet-stream"),)))


@pytest.fixture(scope="module")
def results() -> dict[str, list[tuple[str, str, Extraction]]]:
    out: dict[str, list[tuple[str, str, Extraction]]] = {}
    for entry in _expected():
        name, ex = _extract(entry)
        out.setdefault(entry["expect"], []).append((entry["file"], name, ex))
    return out


def _has_text(name: str, ex: Extraction) -> bool:
    loc = f"attachment:{name}"
    return any(seg.location.startswith(loc) and seg.location != f"{loc}#filename" and seg.text.strip()
               for seg in ex.segments)


def test_readable_documents_give_text(results) -> None:
    readable = results["readable"]
    bad = []
    for file, name, ex in readable:
        refused = sorted({f"{f.entity_type}: {f.detail}" for f in ex.findings
                          if f.entity_type in (UNSCANNABLE, ENCRYPTED_CONTENT)})
        if refused or (file not in EMPTY_BY_NATURE and not _has_text(name, ex)):
            bad.append((file, refused or ["no text"]))
    assert len(readable) > 100
    assert len(bad) <= 0.02 * len(readable), bad


def test_encrypted_documents_are_encrypted(results) -> None:
    missed = [file for file, _name, ex in results["encrypted"]
              if not any(f.entity_type == ENCRYPTED_CONTENT for f in ex.findings)]
    assert len(results["encrypted"]) > 20
    assert missed == []


def test_damaged_documents_get_a_verdict(results) -> None:
    for file, _name, ex in results["damaged"]:
        assert isinstance(ex, Extraction), file
        assert not [f for f in ex.findings if f.location == "message"], file  # the mail itself was read
