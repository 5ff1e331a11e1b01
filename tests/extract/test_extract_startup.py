"""A scanner process starts fast: heavy parsers are imported only when an attachment needs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("pypdfium2", "openpyxl", "odf", "extract_msg", "tnefparse", "striprtf", "msoffcrypto", "docx",
         "charset_normalizer", "lxml")

SCRIPT = f"""
import sys
from gateway.extract import extract_message
ex = extract_message(b"Subject: hi\\r\\nContent-Type: text/plain; charset=utf-8\\r\\n\\r\\nNN 85.07.30-033.28\\r\\n")
assert [s.location for s in ex.segments] == ["subject", "body"], ex.segments
loaded = sorted(m for m in {HEAVY!r} if m in sys.modules)
print(",".join(loaded))
"""


def test_plain_message_imports_no_heavy_library() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""
