"""Every supported attachment format, generated with the real libraries, yields the NN at its location."""

from __future__ import annotations

import json

import extract_samples as s
import pytest

from gateway.extract import extract_message
from gateway.model import ENCRYPTED_CONTENT, UNSCANNABLE, UNSCANNED_IMAGE, Extraction

NN = s.NN


def text_at(ex: Extraction, location: str) -> str:
    return "\n".join(seg.text for seg in ex.segments if seg.location == location)


def findings(ex: Extraction, entity: str) -> list[tuple[str, str | None]]:
    return [(f.location, f.detail) for f in ex.findings if f.entity_type == entity]


def one_attachment(name: str, data: bytes, ctype: str = "application/octet-stream") -> Extraction:
    maintype, subtype = ctype.split("/")
    return extract_message(s.mail(attachments=((name, data, maintype, subtype),)))


@pytest.mark.parametrize("maker", [s.pdf_reportlab, s.pdf_fpdf])
def test_pdf_pages(maker) -> None:
    ex = one_attachment("report.pdf", maker(["Inleiding", f"Rijksregisternummer {NN}", "Slot"]))
    assert NN in text_at(ex, "attachment:report.pdf#page=2")
    assert NN not in text_at(ex, "attachment:report.pdf#page=1")
    assert not findings(ex, UNSCANNABLE)


def test_pdf_recognised_by_content_not_name() -> None:
    ex = one_attachment("notes.txt", s.pdf_reportlab([NN]), "text/plain")
    assert NN in text_at(ex, "attachment:notes.txt#page=1")


def test_pdf_form_field_values() -> None:
    ex = one_attachment("aanvraag.pdf", s.pdf_form(NN))
    assert NN not in text_at(ex, "attachment:aanvraag.pdf#page=1")
    assert text_at(ex, "attachment:aanvraag.pdf#form") == f"rijksregisternummer: {NN}"
    assert not ex.findings


def test_pdf_with_embedded_file() -> None:
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(s.pdf_fpdf(["zie bijlage"]))))
    writer.add_attachment("lijst.csv", f"Jan;{NN}".encode())
    buf = io.BytesIO()
    writer.write(buf)
    ex = one_attachment("met-bijlage.pdf", buf.getvalue())
    assert NN in text_at(ex, "attachment:met-bijlage.pdf/lijst.csv")


def test_image_only_pdf_page() -> None:
    from gateway.extract.ocr import available

    ex = one_attachment("scan.pdf", s.pdf_image_only())
    if available() is None:
        assert findings(ex, UNSCANNED_IMAGE) == []  # rendered and OCRed (a grey square: no text)
    else:
        assert findings(ex, UNSCANNED_IMAGE) == [
            ("attachment:scan.pdf", f"pdf: 1 image-only page(s) not read: 1 ({available()})")]


def test_encrypted_pdf() -> None:
    ex = one_attachment("secret.pdf", s.pdf_encrypted(NN))
    assert findings(ex, ENCRYPTED_CONTENT) == [("attachment:secret.pdf", "pdf: password protected")]
    assert NN not in "".join(seg.text for seg in ex.segments)


def test_docx_body_header_table() -> None:
    ex = one_attachment("verslag.docx", s.docx(NN, header=f"kop {NN}", table_cell=NN))
    body = text_at(ex, "attachment:verslag.docx")
    assert f"Rijksregisternummer: {NN}" in body  # two runs joined without a separator
    assert body.count(NN) == 2  # paragraph + table cell
    assert NN in text_at(ex, "attachment:verslag.docx#header")
    assert not ex.findings  # python-docx's template thumbnail is not reported as an image


def test_xlsx_sheets() -> None:
    data = s.xlsx({"Overzicht": [["naam", "nn"], ["Jan", "x"]], "Personen": [["Jan", NN, 85073003328]]})
    ex = one_attachment("lijst.xlsx", data)
    people = text_at(ex, "attachment:lijst.xlsx#sheet=Personen")
    assert NN in people and "85073003328" in people
    assert NN not in text_at(ex, "attachment:lijst.xlsx#sheet=Overzicht")


def test_pptx_slides() -> None:
    ex = one_attachment("deck.pptx", s.pptx(["Agenda", f"NN {NN}"]))
    assert NN in text_at(ex, "attachment:deck.pptx#slide=2")
    assert NN not in text_at(ex, "attachment:deck.pptx#slide=1")


def test_odt() -> None:
    ex = one_attachment("brief.odt", s.odt(NN))
    assert f"Dossier: {NN}" in text_at(ex, "attachment:brief.odt")


def test_ods_sheet() -> None:
    ex = one_attachment("tabel.ods", s.ods("Leden", ["Jan", NN]))
    assert NN in text_at(ex, "attachment:tabel.ods#sheet=Leden")


def test_rtf() -> None:
    ex = one_attachment("brief.rtf", s.rtf(NN), "application/rtf")
    assert NN in text_at(ex, "attachment:brief.rtf")


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("list.csv", f"naam;nn\nJan;{NN}\n".encode()),
        ("notes.txt", f"nn {NN}".encode("utf-16")),
        ("data.json", json.dumps({"persons": [{"nn": NN}]}).encode()),
        ("page.html", f"<html><body><div style='display:none'>{NN}</div></body></html>".encode()),
        ("data.xml", f"<?xml version='1.0'?><r><p nn='{NN}'>x</p></r>".encode()),
        ("latin.txt", f"Ré: {NN} à".encode("latin-1")),
    ],
)
def test_text_formats(name: str, data: bytes) -> None:
    ex = one_attachment(name, data)
    assert NN in text_at(ex, f"attachment:{name}")
    assert not ex.findings


def test_eml_attachment_by_content() -> None:
    inner = s.mail(subject=f"fw {NN}", body=f"body {NN}")
    ex = one_attachment("fwd.eml", inner)
    assert NN in text_at(ex, "attachment:fwd.eml/subject")
    assert NN in text_at(ex, "attachment:fwd.eml/body")


def test_outlook_msg() -> None:
    data = s.msg(f"Dossier {NN}", f"Body {NN}", [("list.csv", f"Jan;{NN}\n".encode())])
    ex = one_attachment("mail.msg", data, "application/vnd.ms-outlook")
    assert NN in text_at(ex, "attachment:mail.msg/subject")
    assert NN in text_at(ex, "attachment:mail.msg/body")
    assert NN in text_at(ex, "attachment:mail.msg/attachment:list.csv")
    assert not findings(ex, UNSCANNABLE)


def test_tnef_winmail() -> None:
    data = s.tnef(f"Dossier {NN}", f"Body {NN}", [("list.csv", f"Jan;{NN}\n".encode())])
    ex = one_attachment("winmail.dat", data, "application/ms-tnef")
    assert NN in text_at(ex, "attachment:winmail.dat/subject")
    assert NN in text_at(ex, "attachment:winmail.dat/body")
    assert NN in text_at(ex, "attachment:winmail.dat/attachment:list.csv")


def test_nested_zip() -> None:
    inner = s.zip_of({"data/list.csv": f"Jan;{NN}\n".encode(), "doc.pdf": s.pdf_fpdf(["a", NN])})
    outer = s.zip_of({"inner.zip": inner, "readme.txt": b"nothing"})
    ex = one_attachment("archive.zip", outer, "application/zip")
    assert NN in text_at(ex, "attachment:archive.zip/inner.zip/data/list.csv")
    assert NN in text_at(ex, "attachment:archive.zip/inner.zip/doc.pdf#page=2")
    assert not ex.findings


def test_gzip_and_tar() -> None:
    tgz = s.tar_of({"dir/list.csv": f"Jan;{NN}\n".encode()}, gz=True)
    ex = one_attachment("backup.tar.gz", tgz)
    assert NN in text_at(ex, "attachment:backup.tar.gz/dir/list.csv")
    ex = one_attachment("list.csv.gz", s.gz(f"Jan;{NN}\n".encode()))
    assert NN in text_at(ex, "attachment:list.csv.gz/list.csv")
    ex = one_attachment("b.tar", s.tar_of({"x.txt": NN.encode()}))
    assert NN in text_at(ex, "attachment:b.tar/x.txt")
    assert not ex.findings


def test_bzip2_and_xz() -> None:
    import bz2
    import lzma

    ex = one_attachment("list.csv.bz2", bz2.compress(f"Jan;{NN}".encode()))
    assert NN in text_at(ex, "attachment:list.csv.bz2/list.csv")
    ex = one_attachment("b.tar.xz", lzma.compress(s.tar_of({"d/x.txt": NN.encode()})))
    assert NN in text_at(ex, "attachment:b.tar.xz/d/x.txt")
    assert not ex.findings


def test_docx_inside_zip_inside_eml_attachment() -> None:
    inner_mail = s.mail(attachments=(("a.zip", s.zip_of({"v.docx": s.docx(NN)}), "application", "zip"),))
    ex = one_attachment("fwd.eml", inner_mail, "message/rfc822")
    assert NN in text_at(ex, "attachment:fwd.eml/attachment:a.zip/v.docx")


def test_encrypted_zip() -> None:
    ex = one_attachment("secret.zip", s.encrypted_zip("list.csv", f"Jan;{NN}\n".encode()))
    assert findings(ex, ENCRYPTED_CONTENT) == [("attachment:secret.zip", "zip: 1 of 1 files password protected")]
    assert NN not in "".join(seg.text for seg in ex.segments if "secret.zip" in seg.location)


def test_encrypted_office_document() -> None:
    ex = one_attachment("secret.docx", s.encrypted_docx(NN))
    assert findings(ex, ENCRYPTED_CONTENT) == [
        ("attachment:secret.docx", "office: password protected (encrypted package)")]


def test_image_attachment() -> None:
    from gateway.extract.ocr import available

    ex = one_attachment("photo.png", s.png(200, 200, noise=True), "image/png")
    if available() is None:
        assert findings(ex, UNSCANNED_IMAGE) == []  # OCRed: noise holds no text
    else:
        [(loc, detail)] = findings(ex, UNSCANNED_IMAGE)
        assert loc == "attachment:photo.png"
        assert detail is not None and detail.startswith("attachment png ")


def test_filename_is_a_segment() -> None:
    ex = one_attachment("85073003328.csv", b"x")
    assert text_at(ex, "attachment:85073003328.csv#filename") == "85073003328.csv"


def test_archive_member_names_are_a_segment() -> None:
    ex = one_attachment("a.zip", s.zip_of({"dossiers/85073003328/brief.txt": b"x", "b.txt": b"y"}))
    assert text_at(ex, "attachment:a.zip#names") == "dossiers/85073003328/brief.txt\nb.txt"
    ex = one_attachment("a.tar", s.tar_of({"85073003328.txt": b"x"}))
    assert text_at(ex, "attachment:a.tar#names") == "85073003328.txt"


def test_docx_embedded_image_and_object() -> None:
    import io

    import docx as python_docx

    d = python_docx.Document()
    d.add_paragraph("Zie foto")
    d.add_picture(io.BytesIO(s.png(40, 40, noise=True)))
    buf = io.BytesIO()
    d.save(buf)
    data = buf.getvalue()
    # add an embedded workbook the way Word stores OLE objects
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            z.writestr(info, src.read(info))
        z.writestr("word/embeddings/Microsoft_Excel_Worksheet.xlsx", s.xlsx({"Blad1": [[NN]]}))
    ex = one_attachment("foto.docx", out.getvalue())
    from gateway.extract.ocr import available

    if available() is not None:  # the picture (above the logo size) is OCRed, or reported as not read
        assert findings(ex, UNSCANNED_IMAGE) == [
            ("attachment:foto.docx", f"docx: 1 picture(s) not read: {available()}")]
    else:
        assert findings(ex, UNSCANNED_IMAGE) == []
    loc = "attachment:foto.docx/word/embeddings/Microsoft_Excel_Worksheet.xlsx#sheet=Blad1"
    assert NN in text_at(ex, loc)


def test_password_protected_odf() -> None:
    import io
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(s.odt(NN)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "META-INF/manifest.xml":  # what LibreOffice writes for a protected file
                data = data.replace(b'manifest:full-path="content.xml" manifest:media-type="text/xml"/>',
                                    b'manifest:full-path="content.xml" manifest:media-type="text/xml">'
                                    b'<manifest:encryption-data '
                                    b'manifest:checksum-type="SHA1/1K" manifest:checksum="x"/></manifest:file-entry>')
                assert b"encryption-data" in data
            z.writestr(info, data)
    ex = one_attachment("geheim.odt", out.getvalue())
    assert findings(ex, ENCRYPTED_CONTENT) == [("attachment:geheim.odt", "odt: password protected")]
