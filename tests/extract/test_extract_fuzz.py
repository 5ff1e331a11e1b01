"""Property: mutated MIME never makes the extractor raise, and it returns within its budget."""

from __future__ import annotations

import time

import extract_samples as s
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway.extract import ExtractLimits, extract_message
from gateway.model import Extraction

_HTML = f"<html><body><p>NN <b>{s.NN}</b></p><a href='mailto:x@y?subject={s.NN}'>x</a></body></html>"
_INNER = s.mail(subject="inner", body=f"inner {s.NN}")
BASES = [
    s.mail(subject=f"=?utf-8?q?r=C3=A9_{s.NN}?=", body=f"body {s.NN}", attachments=(
        ("page.html", _HTML.encode(), "text", "html"),
        ("a.zip", s.zip_of({"d/list.csv": f"Jan;{s.NN}".encode(), "x.gz": s.gz(b"abc" * 50)}), "application", "zip"),
        ("fwd.eml", _INNER, "message", "rfc822"),
        ("r.pdf", s.pdf_fpdf([s.NN]), "application", "pdf"),
    )),
    (b"Subject: qp\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b\"\r\n\r\n"
     b"--b\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
     b"R=E9sum=E9 85.07.30-=\r\n033.28\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n"
     b"Content-Transfer-Encoding: base64\r\n\r\nPGI+ODUuMDcuMzAtMDMzLjI4PC9iPg==\r\n--b--\r\n"),
]
LIMITS = ExtractLimits(attachment_seconds=2.0)

mutation = st.tuples(
    st.floats(0, 1), st.sampled_from(["insert", "delete", "replace", "truncate", "duplicate"]),
    st.binary(max_size=24) | st.sampled_from([b"\r\n", b"--", b"=?", b"?=", b"boundary=", b"\x00", b"=\r\n",
                                             b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n",
                                             b"Content-Transfer-Encoding: base64\r\n", b"PK\x03\x04", b"%PDF-"]),
)


def mutate(raw: bytes, ops: list[tuple[float, str, bytes]]) -> bytes:
    data = bytearray(raw)
    for where, op, chunk in ops:
        i = int(where * len(data))
        if op == "insert":
            data[i:i] = chunk
        elif op == "delete":
            del data[i : i + len(chunk) + 1]
        elif op == "replace":
            data[i : i + len(chunk)] = chunk
        elif op == "truncate":
            del data[i:]
        else:
            data[i:i] = data[i : i + 200]
    return bytes(data)


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(base=st.sampled_from(range(len(BASES))), ops=st.lists(mutation, min_size=1, max_size=6))
def test_mutated_mime_never_raises(base: int, ops: list[tuple[float, str, bytes]]) -> None:
    raw = mutate(BASES[base], ops)
    t = time.perf_counter()
    ex = extract_message(raw, LIMITS)
    assert time.perf_counter() - t < LIMITS.attachment_seconds * 2
    assert isinstance(ex, Extraction)
    for f in ex.findings:
        assert f.detail and len(f.detail) < 200


@settings(max_examples=100, deadline=None, database=None)
@given(raw=st.binary(max_size=2000) | st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_arbitrary_bytes_never_raise(raw: bytes) -> None:
    assert isinstance(extract_message(raw, LIMITS), Extraction)



def _reference_decode(data: bytes) -> tuple[bytes, str | None]:
    """decode_base64 as it was: every ``=``-separated chunk found by ``re.split`` (no one-chunk shortcut)."""
    import binascii
    import re

    from gateway.extract.transfer import _B64_JUNK, _B64_KEEP

    if (b"-" in data or b"_" in data) and not re.search(rb"[+/]", data):
        data = data.translate(bytes.maketrans(b"-_", b"+/"))
    junk = len(_B64_JUNK.findall(data))
    kept = _B64_KEEP.sub(b"", data)
    out, problem = [], None
    for chunk in re.split(rb"=+", kept):
        if not chunk:
            continue
        if len(chunk) % 4 == 1:
            chunk, problem = chunk[:-1], "base64: truncated or damaged"
        try:
            out.append(binascii.a2b_base64(chunk + b"=" * (-len(chunk) % 4)))
        except binascii.Error:
            problem = "base64: cannot be decoded"
    if junk > max(8, len(kept) // 100):
        problem = "base64: damaged (invalid characters)"
    return b"".join(out), problem


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(st.sampled_from([b"QUJD", b"YQ", b"=", b"==", b"\r\n", b"-_", b"+/", b"!", b"x", b" "]), max_size=30))
def test_base64_one_chunk_shortcut_decodes_the_same(pieces: list[bytes]) -> None:
    from gateway.extract.transfer import decode_base64

    data = b"".join(pieces)
    got = decode_base64(data)
    assert (got.data, got.problem) == _reference_decode(data)
