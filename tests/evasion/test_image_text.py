"""Bounds of the image-text reader (gateway/extract/imagemeta.py): compressed chunks, appended data,
damaged structures."""

from __future__ import annotations

import random
import struct
import time
import zlib

from gateway.extract import extract_message
from gateway.model import UNSCANNABLE, UNSCANNED_IMAGE
from tests.evasion import mailkit as k


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def test_compressed_text_chunk_bomb_is_bounded() -> None:
    bomb = zlib.compress(b"0" * (200 * 1024 * 1024), 9)  # 200 MB of zeros in ~200 KB
    png = k.png()
    data = png[:33] + _chunk(b"zTXt", b"Comment\x00\x00" + bomb) + png[33:]
    t = time.perf_counter()
    ex = extract_message(k.with_attachment(data, "a.png", "image", "png"))
    assert time.perf_counter() - t < 10
    meta = [s.text for s in ex.segments if s.location.endswith("#metadata")]
    assert meta and len(meta[0]) <= 1024 * 1024 + 16


def test_random_bytes_after_an_image_are_not_unscannable() -> None:
    """A phone's motion photo appends a video: its printable strings are read, the mail is not held.

    The picture itself is OCRed (no finding) or, without tesseract, reported as an unscanned image."""
    video = b"\x00\x00\x00\x18ftypmp42" + random.Random(2).randbytes(500_000)
    ex = extract_message(k.with_attachment(k.jpeg() + video, "PXL_MP.jpg", "image", "jpeg"))
    assert {f.entity_type for f in ex.findings} <= {UNSCANNED_IMAGE}


def test_damaged_image_structures_never_raise() -> None:
    rng = random.Random(3)
    images = [k.jpeg(comment=b"x" * 40, description="d"), k.png(text={"a": "b"}), k.gif("c"), k.webp("e"),
              k.tiff("f")]
    for _ in range(150):
        data = bytearray(rng.choice(images))
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.3:
            data = data[: rng.randrange(8, len(data))]
        ex = extract_message(k.with_attachment(bytes(data), "x.img", "image", "jpeg"))
        details = [f.detail or "" for f in ex.findings if f.entity_type == UNSCANNABLE]
        crashes = [d for d in details if "unreadable" in d or "failed" in d]
        assert crashes == []
