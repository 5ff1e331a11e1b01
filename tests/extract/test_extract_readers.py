"""The readers added for real senders' attachments: legacy Office, embedded objects, 7z/RAR, OCR, what has no text.

Files are real: made by the real tools (committed samples, see samples/PROVENANCE.md), by the
real libraries at test time, or taken from ../shared/peer-docs (skipped when it is absent).
"""

from __future__ import annotations

import io
import shutil
import time
import zipfile
from pathlib import Path

import extract_samples as s
import pytest

from gateway.extract import ExtractLimits, extract_message
from gateway.extract.ocr import available as ocr_available
from gateway.model import (
    ENCRYPTED_CONTENT,
    NO_TEXT_CONTENT,
    PARTIALLY_SCANNED,
    UNSCANNABLE,
    UNSCANNED_IMAGE,
    Extraction,
)

NN = s.NN
SAMPLES = Path(__file__).parent / "samples"
PEER_DOCS = Path("/work/shared/peer-docs")
if not PEER_DOCS.is_dir():
    PEER_DOCS = Path(__file__).resolve().parents[3] / "shared" / "peer-docs"
needs_peer_docs = pytest.mark.skipif(not PEER_DOCS.is_dir(), reason="../shared/peer-docs is not present")
needs_ocr = pytest.mark.skipif(ocr_available() is not None, reason=f"OCR unavailable: {ocr_available()}")


def attach(name: str, data: bytes, limits: ExtractLimits | None = None) -> Extraction:
    return extract_message(s.mail(attachments=((name, data, "application", "octet-stream"),)), limits)


def text_at(ex: Extraction, location: str) -> str:
    return "\n".join(seg.text for seg in ex.segments if seg.location == location)


def all_text(ex: Extraction, prefix: str) -> str:
    return "\n".join(seg.text for seg in ex.segments if seg.location.startswith(prefix))


def findings(ex: Extraction, *types: str) -> list[tuple[str, str, str | None]]:
    return [(f.entity_type, f.location, f.detail) for f in ex.findings if f.entity_type in types]


def peer(name: str) -> bytes:
    return (PEER_DOCS / name).read_bytes()


# --- legacy Office ---------------------------------------------------------------------------------

@needs_peer_docs
@pytest.mark.parametrize(("name", "location", "expected"), [
    ("05_tika_documents__testWORD.doc", "attachment:testWORD.doc", "Sample Word Document"),
    ("05_tika_documents__testWORD6.doc", "attachment:testWORD6.doc", "The quick brown fox jumps over the lazy dog"),
    ("05_tika_documents__testWORD_header_hyperlink.doc", "attachment:testWORD_header_hyperlink.doc",
     "ab@example.com"),
    ("05_tika_documents__testEXCEL.xls", "attachment:testEXCEL.xls#sheet=Feuil1", "Numbers and their Squares"),
    ("05_tika_documents__testEXCEL_5.xls", "attachment:testEXCEL_5.xls#sheet=Feuil1", "Numbers and their Squares"),
    ("05_tika_documents__testPPT.ppt", "attachment:testPPT.ppt", "Sample Powerpoint Slide"),
])
def test_legacy_office_by_real_parsers(name: str, location: str, expected: str) -> None:
    if name.endswith((".doc", ".ppt")) and not (shutil.which("antiword") and shutil.which("catppt")):
        pytest.skip("antiword/catdoc (Debian packages antiword, catdoc) are not installed")
    ex = attach(name.split("__")[-1], peer(name))
    assert expected in text_at(ex, location)
    assert not findings(ex, UNSCANNABLE, PARTIALLY_SCANNED, ENCRYPTED_CONTENT)


@needs_peer_docs
def test_xls_sheet_is_a_table_with_sheet_row_numbers() -> None:
    ex = attach("testEXCEL.xls", peer("05_tika_documents__testEXCEL.xls"))
    [seg] = [seg for seg in ex.segments if seg.location == "attachment:testEXCEL.xls#sheet=Feuil1"]
    [table] = seg.tables
    lines = seg.text[table.start:table.end].split("\n")
    assert len(lines) == len(table.rows) and table.rows[0] > 1  # data rows after the header row
    assert any("\t" in line for line in lines)


@needs_peer_docs
def test_legacy_encrypted_is_encrypted() -> None:
    for name in ("03_tika_encrypted__password.xls", "03_tika_encrypted__testWORD_protected_passtika.doc"):
        ex = attach(name.split("__")[-1], peer(name))
        assert [t for t, _loc, _d in findings(ex, ENCRYPTED_CONTENT)] == [ENCRYPTED_CONTENT], name


def test_unreadable_word_file_falls_back_to_strings_and_says_so() -> None:
    # A compound file with a WordDocument stream that no Word parser accepts: last resort, said precisely.
    ex = attach("oud.doc", s.legacy_doc(f"Rijksregisternummer {NN} van de betrokkene"))
    assert NN in text_at(ex, "attachment:oud.doc")
    assert findings(ex, PARTIALLY_SCANNED, UNSCANNABLE) == [(
        PARTIALLY_SCANNED, "attachment:oud.doc",
        "doc: antiword could not read it, catdoc found no text; text runs taken heuristically")]


# --- embedded objects ----------------------------------------------------------------------------

def test_ole10native_package_in_docx() -> None:
    inner = s.zip_of({"lijst.csv": f"Jan;{NN}".encode()})
    data = s.docx_with_object("zie object", "word/embeddings/oleObject1.bin", s.ole10native("bijlage.zip", inner))
    ex = attach("met-object.docx", data)
    loc = "attachment:met-object.docx/word/embeddings/oleObject1.bin/bijlage.zip/lijst.csv"
    assert NN in text_at(ex, loc)
    assert not findings(ex, UNSCANNABLE, PARTIALLY_SCANNED)


@needs_peer_docs
@pytest.mark.parametrize(("name", "prefix", "expected"), [
    ("05_tika_documents__EmbeddedPDF.docx", "attachment:EmbeddedPDF.docx/word/embeddings/oleObject1.bin/CONTENTS",
     "embedded as an icon and saved as a pdf"),
    ("05_tika_documents__EmbeddedDocument.docx",
     "attachment:EmbeddedDocument.docx/word/embeddings/Microsoft_Office_Excel_97-2003_Worksheet1.bin#sheet=", "1\t2"),
    ("05_tika_documents__testPPT_EmbeddedPDF.pptx", "attachment:testPPT_EmbeddedPDF.pptx/ppt/embeddings/", ""),
    ("05_tika_documents__testEXCEL_embeded.xlsx", "attachment:testEXCEL_embeded.xlsx/xl/embeddings/", ""),
    ("05_tika_documents__testWORD_embedded_rtf.doc", "attachment:testWORD_embedded_rtf.doc/ObjectPool/", ""),
])
def test_embedded_objects_of_real_documents(name: str, prefix: str, expected: str) -> None:
    ex = attach(name.split("__")[-1], peer(name))
    text = all_text(ex, prefix)
    assert text.strip() and expected in text
    assert not findings(ex, UNSCANNABLE, ENCRYPTED_CONTENT)


def test_rtf_embedded_package() -> None:
    # An RTF \object with \objdata: an OLE 1.0 ObjectHeader (MS-OLEDS 2.2.4) carrying a Package.
    import struct

    payload = f"naam;nn\nJan;{NN}\n".encode()
    src = b"C:\\lijst.csv\x00"
    package = (struct.pack("<H", 2) + b"lijst.csv\x00" + src + struct.pack("<I", 0x00030000)
               + struct.pack("<I", len(src)) + src + struct.pack("<I", len(payload)) + payload)
    header = (struct.pack("<II", 0x00000501, 2) + struct.pack("<I", 8) + b"Package\x00"
              + struct.pack("<II", 0, 0) + struct.pack("<I", len(package)) + package)
    rtf = (b"{\\rtf1\\ansi Zie bijlage.\\par{\\object\\objemb{\\*\\objclass Package}{\\*\\objdata "
           + header.hex().encode() + b"}}}")
    ex = attach("brief.rtf", rtf)
    assert "Zie bijlage." in text_at(ex, "attachment:brief.rtf")
    assert NN in all_text(ex, "attachment:brief.rtf/")


def _odt_with(change) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(s.odt(NN)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = change(info.filename, src.read(info))
            if data is not None:
                z.writestr(info, data)
    return out.getvalue()


def test_odt_with_openoffice3_dtd_reference_is_read() -> None:
    doctype = b'<!DOCTYPE office:document-content PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "office.dtd">'

    def add_doctype(name: str, data: bytes) -> bytes:
        return data.replace(b"?>", b"?>" + doctype, 1) if name.endswith(".xml") else data

    ex = attach("oo3.odt", _odt_with(add_doctype))
    assert f"Dossier: {NN}" in text_at(ex, "attachment:oo3.odt")
    assert not findings(ex, UNSCANNABLE)


def test_odt_without_meta_xml_is_read() -> None:
    ex = attach("nometa.odt", _odt_with(lambda name, data: None if name == "meta.xml" else data))
    assert f"Dossier: {NN}" in text_at(ex, "attachment:nometa.odt")
    assert not findings(ex, UNSCANNABLE)


# --- 7z and RAR ------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["nn.7z", "nn-ppmd.7z"])
def test_7z(name: str) -> None:
    ex = attach(name, (SAMPLES / name).read_bytes())
    assert NN in text_at(ex, f"attachment:{name}/lijst.csv")
    assert NN in text_at(ex, f"attachment:{name}/dossier/brief.txt")
    assert text_at(ex, f"attachment:{name}#names") == "dossier/brief.txt\nlijst.csv"
    assert not findings(ex, UNSCANNABLE, ENCRYPTED_CONTENT)


def test_7z_password_protected() -> None:
    ex = attach("nn-psw.7z", (SAMPLES / "nn-psw.7z").read_bytes())
    assert findings(ex, ENCRYPTED_CONTENT, UNSCANNABLE) == [
        (ENCRYPTED_CONTENT, "attachment:nn-psw.7z", "7z: 2 of 2 files password protected")]
    ex = attach("nn-hpsw.7z", (SAMPLES / "nn-hpsw.7z").read_bytes())
    assert findings(ex, ENCRYPTED_CONTENT, UNSCANNABLE) == [
        (ENCRYPTED_CONTENT, "attachment:nn-hpsw.7z", "7z: password protected (file names encrypted too)")]
    assert NN not in all_text(ex, "attachment:")


@pytest.mark.parametrize("name", ["rar3-solid.rar", "rar5-solid.rar"])
def test_rar(name: str) -> None:
    if name == "rar3-solid.rar" and shutil.which("unar") is None:
        pytest.skip("unar (Debian package unar) is not installed: libarchive cannot read solid RAR 3")
    ex = attach(name, (SAMPLES / name).read_bytes())
    for member in ("stest1.txt", "stest2.txt"):
        assert text_at(ex, f"attachment:{name}/{member}").startswith("000\n001\n002\n")
    assert not findings(ex, UNSCANNABLE, ENCRYPTED_CONTENT)


def test_rar_with_directories() -> None:
    ex = attach("d.rar", (SAMPLES / "rar5-subdirs.rar").read_bytes())
    assert text_at(ex, "attachment:d.rar/sub/dir1/file1.txt") == "file1\n"
    assert "sub/with space/long fn.txt" in text_at(ex, "attachment:d.rar#names")


@pytest.mark.parametrize(("name", "detail"), [
    ("rar3-comment-psw.rar", "rar: 2 of 2 files password protected"),
    ("rar5-psw.rar", "rar: 2 of 2 files password protected"),
    ("rar3-comment-hpsw.rar", "rar: password protected (file names encrypted too)"),
    ("rar5-hpsw.rar", "rar: password protected (file names encrypted too)"),
])
def test_rar_password_protected(name: str, detail: str) -> None:
    ex = attach(name, (SAMPLES / name).read_bytes())
    assert findings(ex, ENCRYPTED_CONTENT, UNSCANNABLE) == [(ENCRYPTED_CONTENT, f"attachment:{name}", detail)]


@needs_peer_docs
def test_pdf_with_encrypted_embedded_file() -> None:
    ex = attach("a.pdf", peer("16_pdfjs__test__pdfs__encrypted-attachment.pdf"))
    assert findings(ex, ENCRYPTED_CONTENT, UNSCANNABLE) == [
        (ENCRYPTED_CONTENT, "attachment:a.pdf", "pdf: 1 embedded file(s) password protected")]


# --- bombs stop at the budget, documents do not -----------------------------------------------------

@pytest.mark.slow
def test_flate_bomb_in_pdf_stops_at_the_budget() -> None:
    import tracemalloc

    bomb = s.flate_bomb_pdf(1)
    assert len(bomb) < 3 * 1024 * 1024  # 1 GiB of page content in about a megabyte
    raw = s.mail(attachments=(("bomb.pdf", bomb, "application", "pdf"),))
    tracemalloc.start()
    t = time.perf_counter()
    ex = extract_message(raw)
    seconds = time.perf_counter() - t
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    [(_kind, loc, detail)] = findings(ex, UNSCANNABLE)
    assert loc == "attachment:bomb.pdf" and detail is not None
    assert detail.startswith("pdf: compressed stream decodes to more than ")
    assert seconds < 15 and peak < 64 * 1024 * 1024  # stopped at the 64 MiB budget, never held it


def test_a_big_member_that_is_no_bomb_is_read() -> None:
    # 20 MB of text in a zip (ratio ~1000): the old per-member ratio rule refused it; the budget does not.
    text = (f"Jan;{NN};Brussel\n" * 1_100_000).encode()
    ex = attach("groot.zip", s.zip_of({"lijst.csv": text}))
    assert not findings(ex, UNSCANNABLE)
    assert len(text_at(ex, "attachment:groot.zip/lijst.csv")) == len(text)


def test_member_larger_than_the_budget_stops_before_inflating() -> None:
    data = s.zip_of({"zeros.bin": bytes(80 * 1024 * 1024), "ok.csv": f"Jan;{NN}".encode()})
    t = time.perf_counter()
    ex = attach("bomb.zip", data)
    assert time.perf_counter() - t < 10  # declared size: no inflating at all (a hang guard)
    [(_kind, loc, detail)] = findings(ex, UNSCANNABLE)
    assert loc == "attachment:bomb.zip/zeros.bin"
    assert detail is not None and detail.startswith("zip: member of 83886080 bytes > the ")


@pytest.mark.slow
def test_25mb_message_with_19mb_csv_extracts_in_full() -> None:
    row = f"Persoon;{NN};Kerkstraat 1;1000 Brussel;BE71096123456769\n"
    csv = (row * (19_000_000 // len(row))).encode()  # the largest CSV a 25 MiB message holds in base64
    raw = s.mail(attachments=(("export.csv", csv, "text", "csv"),))
    assert 24_000_000 < len(raw) < 26_214_400  # fits the default SIZE limit
    ex = extract_message(raw)
    assert not findings(ex, UNSCANNABLE)
    assert sum(len(seg.text) for seg in ex.segments if seg.location == "attachment:export.csv") >= len(csv)


# --- what cannot hold text, and unknown formats ---------------------------------------------------

def test_executable_audio_font_have_no_text() -> None:
    elf = Path("/bin/true").read_bytes() if Path("/bin/true").is_file() else b"\x7fELF" + bytes(4000)
    for name, data, detail in (
        ("tool", elf, "executable (elf): carries no text to scan"),
        ("song.mp3", b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes(range(256)) * 40, "audio: carries no text to scan"),
        ("font.ttf", b"\x00\x01\x00\x00\x00\x0c\x00\x80" + bytes(range(256)) * 40, "font: carries no text to scan"),
    ):
        ex = attach(name, data)
        [(kind, loc, got)] = findings(ex, NO_TEXT_CONTENT, UNSCANNABLE, PARTIALLY_SCANNED)
        assert kind == NO_TEXT_CONTENT and loc == f"attachment:{name}" and got and got.startswith(detail), name


def test_unknown_binary_with_text_is_scanned_and_says_so() -> None:
    blob = (bytes(range(1, 32)) * 20 + f"Rijksregisternummer van de betrokkene {NN} woonachtig te Brussel "
            "in de Kerkstraat, dossier afgesloten door de dienst".encode("utf-16-le") + bytes(range(256)) * 4)
    ex = attach("data.xyz", blob)
    assert NN in text_at(ex, "attachment:data.xyz")
    assert findings(ex, PARTIALLY_SCANNED, UNSCANNABLE) == [
        (PARTIALLY_SCANNED, "attachment:data.xyz", "binary: unknown format; text runs taken heuristically")]


def test_unknown_binary_without_text_is_unscannable() -> None:
    ex = attach("blob.bin", bytes(range(256)) * 8)
    assert findings(ex, UNSCANNABLE, PARTIALLY_SCANNED) == [
        (UNSCANNABLE, "attachment:blob.bin", "binary: unknown format, no readable text")]


# --- OCR ------------------------------------------------------------------------------------------

@needs_ocr
@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "TIFF", "WEBP", "BMP", "GIF"])
def test_ocr_image_formats(fmt: str) -> None:
    ext = fmt.lower()
    ex = attach(f"scan.{ext}", s.text_image(fmt=fmt))
    text = text_at(ex, f"attachment:scan.{ext}#ocr")
    assert NN in text, fmt
    assert not findings(ex, UNSCANNED_IMAGE)


@needs_ocr
def test_ocr_finds_a_national_number_in_nl_fr_de_en_through_the_scan(scan_engine) -> None:
    from gateway.scan import scan_message

    raw = s.mail(attachments=(("scan.png", s.text_image(), "image", "png"),
                              ("scan.pdf", s.scanned_pdf([s.OCR_LINES[:2], s.OCR_LINES[2:]]), "application", "pdf")))
    report = scan_message(raw, scan_engine)
    where = {(f.entity_type, f.location) for f in report.findings if not f.allowed}
    assert ("BE_NATIONAL_NUMBER", "attachment:scan.png#ocr") in where
    assert ("BE_NATIONAL_NUMBER", "attachment:scan.pdf#page=1#ocr") in where
    assert ("BE_NATIONAL_NUMBER", "attachment:scan.pdf#page=2#ocr") in where
    assert not [f for f in report.findings if f.entity_type in (UNSCANNED_IMAGE, UNSCANNABLE)]


@needs_ocr
def test_ocr_budget_leaves_what_does_not_fit_unscanned() -> None:
    pdf = s.scanned_pdf([s.OCR_LINES[:1]] * 3)
    ex = attach("scan.pdf", pdf, ExtractLimits(ocr_max_pages=1))
    assert NN in text_at(ex, "attachment:scan.pdf#page=1#ocr")
    assert findings(ex, UNSCANNED_IMAGE) == [(UNSCANNED_IMAGE, "attachment:scan.pdf",
                                             "pdf: 2 image-only page(s) not read: 2,3 "
                                             "(ocr page limit (1 per message) reached)")]
    ex = attach("scan.png", s.text_image(), ExtractLimits(ocr_seconds=0.0))
    [(_t, _loc, detail)] = findings(ex, UNSCANNED_IMAGE)
    assert detail is not None and detail.endswith(": ocr time budget (0 s per message) spent")


@needs_ocr
def test_inline_images_above_the_logo_size_are_read() -> None:
    from email.message import EmailMessage

    m = EmailMessage()
    m["Subject"] = "scan"
    m.set_content("zie scan")
    m.add_alternative('<p>zie scan</p><img src="cid:scan1">', subtype="html")
    m.get_payload()[1].add_related(s.text_image(), maintype="image", subtype="png", cid="<scan1>")
    ex = extract_message(m.as_bytes())
    assert any(NN in seg.text for seg in ex.segments if seg.location.endswith("#ocr"))


def test_huge_declared_image_is_not_decoded() -> None:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 60000, 60000, 8, 0, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + chunk(b"IEND", b""))
    ex = attach("huge.png", png)
    [(_t, _loc, detail)] = findings(ex, UNSCANNED_IMAGE)
    assert detail is not None
    if ocr_available() is None:
        assert detail.endswith("60000x60000 pixels > 200000000, not decoded")


def test_without_tesseract_the_detail_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    from gateway.extract import ocr

    monkeypatch.setattr(ocr, "which", lambda name: None)
    ex = attach("scan.png", s.text_image())
    [(_t, loc, detail)] = findings(ex, UNSCANNED_IMAGE)
    assert loc == "attachment:scan.png"
    assert detail is not None and detail.endswith(": tesseract not installed (Debian package tesseract-ocr)")
