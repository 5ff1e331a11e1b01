"""Benchmark of the extract stage: MB/s per attachment format and the cost of a typical 10 KB message.

Run: ``.venv/bin/python bench/extract.py [--seconds 1.0]``. The last printed line is one JSON object.
Sample files are generated with the same real libraries the tests use (tests/extract/extract_samples.py).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "extract")]

import extract_samples as s  # noqa: E402

from gateway.extract import extract_message  # noqa: E402

NN = s.NN
PARA = ("Beste collega, hierbij de gegevens van het dossier van mevrouw Janssens, rijksregisternummer "
        f"{NN}, zoals gevraagd. Met vriendelijke groet, Dienst Burgerzaken. ")


def typical_message() -> bytes:
    """About 10 KB: a plain and an HTML alternative of the same letter, as mail clients send it."""
    m = EmailMessage()
    m["From"] = "Jan Peeters <jan.peeters@example.be>"
    m["To"] = "Els Janssens <els@example.nl>, Dienst <dienst@example.be>"
    m["Subject"] = "=?utf-8?q?Dossier_2026/123_-_r=C3=A9ponse?="
    plain = (PARA * 30)[:4700]
    html = ("<html><head><style>p{font-family:Arial}</style></head><body>"
            + "".join(f"<p>{PARA}<b>Ref {i}</b> <a href='https://portal.example.be/d?id={i}'>portaal</a></p>"
                      for i in range(19)) + "</body></html>")
    m.set_content(plain)
    m.add_alternative(html, subtype="html")
    return m.as_bytes()


def samples() -> dict[str, tuple[str, bytes]]:
    rows = [[f"Persoon {i}", NN, i, "Brussel"] for i in range(2000)]
    csv = "\n".join(";".join(map(str, r)) for r in rows).encode()
    return {
        "pdf": ("r.pdf", s.pdf_fpdf([PARA[:90]] * 40)),
        "docx": ("r.docx", _docx(300)),
        "xlsx": ("r.xlsx", s.xlsx({"Personen": rows})),
        "pptx": ("r.pptx", s.pptx([PARA[:120]] * 60)),
        "odt": ("r.odt", _odt(300)),
        "ods": ("r.ods", s.ods("Leden", [PARA[:60]] * 300)),
        "rtf": ("r.rtf", ("{\\rtf1\\ansi " + "\\par ".join([PARA] * 300) + "}").encode()),
        "csv": ("r.csv", csv),
        "html": ("r.html", ("<html><body>" + f"<p>{PARA}</p>" * 300 + "</body></html>").encode()),
        "zip": ("r.zip", s.zip_of({f"d/l{i}.csv": csv[:20000] for i in range(10)})),
        "targz": ("r.tar.gz", s.tar_of({f"d/l{i}.csv": csv[:20000] for i in range(10)}, gz=True)),
        "msg": ("r.msg", s.msg("Dossier", PARA * 100, [("l.csv", csv[:20000])])),
        "tnef": ("winmail.dat", s.tnef("Dossier", PARA * 100, [("l.csv", csv[:20000])])),
        "eml": ("fwd.eml", s.mail(subject="fw", body=PARA * 200)),
    }


def _docx(paragraphs: int) -> bytes:
    import io

    import docx

    d = docx.Document()
    for _ in range(paragraphs):
        d.add_paragraph(PARA)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _odt(paragraphs: int) -> bytes:
    import io

    from odf.opendocument import OpenDocumentText
    from odf.text import P

    doc = OpenDocumentText()
    for _ in range(paragraphs):
        doc.text.addElement(P(text=PARA))
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


def measure(raw: bytes, seconds: float) -> tuple[float, int]:
    """Median seconds per extract_message call over repeated runs for about ``seconds``."""
    extract_message(raw)  # warm up: lazy imports, caches
    times: list[float] = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end or len(times) < 3:
        t = time.perf_counter()
        ex = extract_message(raw)
        times.append(time.perf_counter() - t)
    times.sort()
    return times[len(times) // 2], len(ex.segments)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seconds", type=float, default=1.0, help="time spent per format")
    args = ap.parse_args()
    result: dict[str, float] = {}
    print(f"{'format':8} {'size KB':>8} {'ms/file':>9} {'MB/s':>8} {'segments':>8}")
    for fmt, (name, data) in samples().items():
        raw = s.mail(attachments=((name, data, "application", "octet-stream"),))
        sec, segs = measure(raw, args.seconds)
        mbps = len(data) / sec / 1e6
        result[f"{fmt}_mb_per_s"] = round(mbps, 2)
        print(f"{fmt:8} {len(data) / 1024:8.1f} {sec * 1e3:9.2f} {mbps:8.2f} {segs:8}")
    raw = typical_message()
    sec, segs = measure(raw, args.seconds * 2)
    result["typical_10kb_ms"] = round(sec * 1e3, 3)
    result["typical_10kb_msgs_per_s"] = round(1 / sec)
    result["typical_10kb_bytes"] = len(raw)
    print(f"typical text+HTML message: {len(raw)} bytes, {sec * 1e3:.3f} ms/msg, {1 / sec:.0f} msgs/s (1 core)")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
