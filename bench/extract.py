"""Benchmark of the extract stage: MB/s per attachment format, OCR, big messages, the cost of a typical one.

Run: ``.venv/bin/python bench/extract.py [--seconds 1.0]``. The last printed line is one JSON object.
Sample files are generated with the same real libraries the tests use (tests/extract/extract_samples.py),
taken from tests/extract/samples (7z, RAR made by the real tools) and ../shared/peer-docs (legacy
Office) when present. OCR figures need tesseract. The 25 MB message and the PDF Flate bomb run in a
child process each, so their peak RSS is their own.
"""

from __future__ import annotations

import argparse
import json
import subprocess
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


PEER_DOCS = ROOT.parent / "shared" / "peer-docs"
SAMPLES = ROOT / "tests" / "extract" / "samples"


def new_formats() -> dict[str, tuple[str, bytes]]:
    """7z and RAR (committed samples), legacy Office (peer-docs), embedded objects."""
    out = {"7z": ("r.7z", (SAMPLES / "nn.7z").read_bytes()),
           "rar5": ("r.rar", (SAMPLES / "rar5-solid.rar").read_bytes()),
           "rar3-unar": ("r3.rar", (SAMPLES / "rar3-solid.rar").read_bytes())}
    for fmt, name in (("xls", "05_tika_documents__testEXCEL.xls"), ("xls-biff5", "05_tika_documents__testEXCEL_5.xls"),
                      ("doc", "05_tika_documents__testWORD.doc"), ("ppt", "05_tika_documents__testPPT.ppt"),
                      ("docx+pdf-object", "05_tika_documents__EmbeddedPDF.docx")):
        if (PEER_DOCS / name).is_file():
            out[fmt] = (name.split("__")[-1], (PEER_DOCS / name).read_bytes())
    return out


def _child(code: str) -> dict[str, float]:
    """Run ``code`` in a fresh interpreter; it prints one JSON object (its peak RSS is added)."""
    paths = [str(ROOT), str(ROOT / "tests" / "extract")]
    prog = (f"import sys, json, time, resource; sys.path[:0] = {paths!r}\n"
            + code + "\nprint(json.dumps(dict(out, peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF)"
            ".ru_maxrss / 1024))))")
    res = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, timeout=600, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


BIG_MESSAGE = """
import extract_samples as s
from gateway.extract import extract_message
row = "Persoon;" + s.NN + ";Kerkstraat 1;1000 Brussel;BE71096123456769\\n"
raw = s.mail(attachments=(("export.csv", (row * (19_000_000 // len(row))).encode(), "text", "csv"),))
t = time.perf_counter()
ex = extract_message(raw)
out = {"seconds": round(time.perf_counter() - t, 2), "message_mb": round(len(raw) / 1e6, 1),
       "text_mb": round(sum(len(x.text) for x in ex.segments) / 1e6, 1),
       "unscannable": sum(f.entity_type == "UNSCANNABLE" for f in ex.findings)}
"""

BOMB = """
import extract_samples as s
from gateway.extract import extract_message
pdf = s.flate_bomb_pdf(1)
raw = s.mail(attachments=(("bomb.pdf", pdf, "application", "pdf"),))
t = time.perf_counter()
ex = extract_message(raw)
out = {"seconds": round(time.perf_counter() - t, 2), "pdf_mb": round(len(pdf) / 1e6, 1),
       "stopped": any(f.entity_type == "UNSCANNABLE" for f in ex.findings)}
"""


def pdf_check_cost() -> tuple[float, float, int]:
    """The PDF stream pre-check against pdfium's own text extraction, over the peer-docs PDFs (ms)."""
    import pypdfium2 as pdfium

    from gateway.extract.context import Context
    from gateway.extract.limits import ExtractLimits
    from gateway.extract.pdfstreams import check_pdf_streams

    files = [p.read_bytes() for p in sorted(PEER_DOCS.glob("*.pdf"))] or [s.pdf_fpdf([PARA[:90]] * 40)]
    check = text = 0.0
    for data in files:
        t = time.perf_counter()
        try:
            check_pdf_streams(Context(ExtractLimits()), data)
        except Exception:
            pass
        check += time.perf_counter() - t
        t = time.perf_counter()
        try:
            pdf = pdfium.PdfDocument(data)
            for i in range(len(pdf)):
                page = pdf[i]
                tp = page.get_textpage()
                tp.get_text_range()
                tp.close()
                page.close()
            pdf.close()
        except Exception:
            pass
        text += time.perf_counter() - t
    return check * 1e3, text * 1e3, len(files)


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
    for fmt, (name, data) in new_formats().items():
        raw = s.mail(attachments=((name, data, "application", "octet-stream"),))
        sec, segs = measure(raw, args.seconds)
        result[f"{fmt}_ms"] = round(sec * 1e3, 2)
        print(f"{fmt:8} {len(data) / 1024:8.1f} {sec * 1e3:9.2f} {len(data) / sec / 1e6:8.2f} {segs:8}")
    from gateway.extract.ocr import available

    if available() is None:
        png = s.text_image()
        raw = s.mail(attachments=(("scan.png", png, "image", "png"),))
        sec, _ = measure(raw, args.seconds * 2)
        result["ocr_ms_per_image"] = round(sec * 1e3)
        pages = 4
        pdf = s.scanned_pdf([s.OCR_LINES] * pages)
        raw = s.mail(attachments=(("scan.pdf", pdf, "application", "pdf"),))
        sec, _ = measure(raw, args.seconds * 2)
        result["ocr_pdf_pages_per_s"] = round(pages / sec, 2)
        print(f"OCR: {result['ocr_ms_per_image']} ms per image ({len(png) // 1024} KB, 4 lines), "
              f"{result['ocr_pdf_pages_per_s']} scanned PDF pages/s (1 core, nld+fra+deu+eng)")
    else:
        print(f"OCR: not measured ({available()})")
    check_ms, text_ms, n = pdf_check_cost()
    result["pdf_stream_check_ms"] = round(check_ms, 1)
    result["pdf_text_ms"] = round(text_ms, 1)
    print(f"PDF stream pre-check: {check_ms:.0f} ms over {n} PDFs, pdfium text extraction {text_ms:.0f} ms")
    big = _child(BIG_MESSAGE)
    result.update({f"msg25mb_{k}": v for k, v in big.items()})
    print(f"25 MB message ({big['message_mb']} MB, a 19 MB CSV): {big['seconds']} s, {big['text_mb']} MB of text, "
          f"peak RSS {big['peak_rss_mb']} MB, {big['unscannable']} UNSCANNABLE")
    bomb = _child(BOMB)
    result.update({f"pdf_bomb_{k}": v for k, v in bomb.items()})
    print(f"PDF with a 1 GiB Flate stream ({bomb['pdf_mb']} MB): stopped={bomb['stopped']} in {bomb['seconds']} s "
          f"(building it included in RSS), peak RSS {bomb['peak_rss_mb']} MB")
    raw = typical_message()
    sec, segs = measure(raw, args.seconds * 2)
    result["typical_10kb_ms"] = round(sec * 1e3, 3)
    result["typical_10kb_msgs_per_s"] = round(1 / sec)
    result["typical_10kb_bytes"] = len(raw)
    print(f"typical text+HTML message: {len(raw)} bytes, {sec * 1e3:.3f} ms/msg, {1 / sec:.0f} msgs/s (1 core)")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
