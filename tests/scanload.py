"""Messages that load a scanner: slow to scan (dense in number candidates), big, or a Flate bomb.

Real MIME messages built with the standard library (and a PDF written by hand, byte for byte:
the bomb is a valid PDF whose one content stream inflates to ``inflated`` bytes).
"""

from __future__ import annotations

import random
import zlib
from email.message import EmailMessage

FROM = "jan.peeters@example.fgov.be"
INTERNAL = "colleague@example.fgov.be"
# Word salad dense in things every number recognizer must look at (and reject: no checksum is valid).
_WORDS = (
    "de het een van en in is dat op te zijn met voor dossier aanvraag vergadering rekening "
    "0475 12 34 56 +32 2 555 12 12 BE12 3456 7890 1234 85.07.30-033.99 4111 1111 1111 1112 "
    "12.345.678 NL91 ABNA 0417 1643 99 123456789 le la les pour dans facture"
).split()


def small(i: int = 0, subject: str = "Planning") -> bytes:
    """A small clean message (internal recipient: the default policy allows it)."""
    return (
        f"From: {FROM}\r\nTo: {INTERNAL}\r\nSubject: {subject} {i}\r\nMessage-ID: <s{i}@example.fgov.be>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Hello,\r\n\r\nThe meeting {i} is moved to Thursday.\r\n"
    ).encode()


def dense_text(chars: int, seed: int = 1) -> str:
    rnd = random.Random(seed)
    out: list[str] = []
    n = 0
    while n < chars:
        line = " ".join(rnd.choice(_WORDS) for _ in range(14))
        out.append(line)
        n += len(line) + 1
    return "\n".join(out)


def slow(text_mb: float = 9.0, parts: int = 3, seed: int = 1) -> bytes:
    """A message whose scan takes seconds: ``parts`` text attachments of dense number candidates."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = FROM, INTERNAL, "Export"
    msg.set_content("See the attached exports.")
    per = int(text_mb * 1_000_000 / parts)
    for k in range(parts):
        msg.add_attachment(dense_text(per, seed + k).encode(), maintype="text", subtype="plain",
                           filename=f"export{k}.txt")
    return msg.as_bytes().replace(b"\n", b"\r\n")


def with_attachment(data: bytes, filename: str, maintype: str = "application", subtype: str = "octet-stream",
                    subject: str = "Report") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = FROM, INTERNAL, subject
    msg.set_content("See the attachment.")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes().replace(b"\n", b"\r\n")


def flate_bomb_pdf(inflated: int = 1 << 30, level: int = 1) -> bytes:
    """A one-page PDF whose content stream is ``inflated`` bytes of drawing operators, Flate-compressed."""
    co = zlib.compressobj(level)
    chunk = b"0 0 m 1 1 l S\n" * 4096
    parts = []
    n = 0
    while n < inflated:
        parts.append(co.compress(chunk))
        n += len(chunk)
    parts.append(co.flush())
    stream = b"".join(parts)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)
