"""Builders for the evasion suite: real MIME messages (email package, or raw bytes where the trick needs
malformed ones) and real files made by the real libraries (Pillow, python-docx, openpyxl, zipfile, tarfile)."""

from __future__ import annotations

import base64
import io
import tarfile
import zipfile
from email.message import EmailMessage

NN = "85.07.30-033.28"  # a valid Belgian national register number (stdnum.be.nn)
NN_DIGITS = "85073003328"
BIS = "98.47.28-997.65"  # a valid BIS number (stdnum.be.bis docstring)
BSN = "111222333"  # a valid Dutch BSN (stdnum.nl.bsn docstring)
NN_BAD = "85.07.30-033.29"  # same shape, wrong check digits
FROM = "Jan Peeters <jan.peeters@example.fgov.be>"
TO = "An Claes <an.claes@gmail.com>"


def _valid_iban() -> str:
    import random

    from tests.corpus import idnumbers

    value = idnumbers.iban_be(random.Random(4))
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


IBAN = _valid_iban()  # a valid Belgian IBAN (generated, checked by python-stdnum)


def crlf(text: str) -> bytes:
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def raw_mail(headers: str, body: bytes, subject: str = "Uw dossier") -> bytes:
    """A message written byte by byte: ``headers`` (one field per line, no trailing newline) + ``body``."""
    head = f"From: {FROM}\nTo: {TO}\nSubject: {subject}\nMessage-ID: <ev@example.fgov.be>\nMIME-Version: 1.0\n"
    return crlf(head + headers) + b"\r\n\r\n" + body


def text_mail(body: str, subject: str = "Uw dossier", charset: str = "utf-8") -> bytes:
    """A plain-text message built with the email package (base64 or quoted-printable as it chooses)."""
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = FROM, TO, subject
    m.set_content(body, charset=charset)
    return m.as_bytes()


def b64_body(text: str, charset: str = "utf-8") -> bytes:
    return base64.encodebytes(text.encode(charset))


def html_mail(html: str) -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = FROM, TO, "Uw dossier"
    m.set_content("Zie de HTML-versie.")
    m.add_alternative(html, subtype="html")
    return m.as_bytes()


def with_attachment(data: bytes, filename: str, maintype: str, subtype: str, body: str = "Zie bijlage.",
                    **headers: str) -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = FROM, TO, "Documenten"
    for k, v in headers.items():
        m[k.replace("_", "-")] = v
    m.set_content(body)
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return m.as_bytes()


def multipart_raw(parts: list[bytes], headers: str = "") -> bytes:
    """A multipart/mixed message from raw part bytes (each: header lines, blank line, body)."""
    body = b"".join(b"--B0UND\r\n" + p.rstrip(b"\r\n") + b"\r\n" for p in parts) + b"--B0UND--\r\n"
    return raw_mail("Content-Type: multipart/mixed; boundary=B0UND" + (f"\n{headers}" if headers else ""), body)


def part_raw(headers: str, body: bytes) -> bytes:
    return crlf(headers) + b"\r\n\r\n" + body


# --- files ----------------------------------------------------------------------------------------
def docx(text: str, custom_property: str | None = None) -> bytes:
    import docx as python_docx

    d = python_docx.Document()
    d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    data = buf.getvalue()
    if custom_property is None:
        return data
    return _zip_add(data, {
        "docProps/custom.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Dossier">'
            f"<vt:lpwstr>{custom_property}</vt:lpwstr></property></Properties>").encode()})


def xlsx(cells: list[list[object]], comment: str | None = None, header: str | None = None,
         prompt: str | None = None, threaded: str | None = None) -> bytes:
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Lijst"
    for row in cells:
        ws.append(row)
    if comment:
        ws["A1"].comment = Comment(comment, "Jan")
    if header:
        ws.oddHeader.center.text = header
    if prompt:
        dv = DataValidation(type="whole", prompt=prompt, promptTitle="Invoer")
        ws.add_data_validation(dv)
        dv.add("B2")
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    if threaded:
        data = _zip_add(data, {
            "xl/threadedComments/threadedComment1.xml": (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">'
                '<threadedComment ref="A1" dT="2026-11-24T10:00:00.00" '
                'personId="{11111111-1111-1111-1111-111111111111}"'
                f' id="{{22222222-2222-2222-2222-222222222222}}"><text>{threaded}</text></threadedComment>'
                "</ThreadedComments>").encode(),
            "xl/persons/person.xml": (
                b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                b'<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">'
                b'<person displayName="Jan Peeters" id="{11111111-1111-1111-1111-111111111111}"/></personList>'
            )})
    return data


def _zip_add(data: bytes, members: dict[str, bytes]) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info.filename))
        for name, content in members.items():
            dst.writestr(name, content)
    return out.getvalue()


def pdf(text: str) -> bytes:
    from fpdf import FPDF

    doc = FPDF()
    doc.set_font("helvetica", size=12)
    doc.add_page()
    doc.cell(text=text)
    return bytes(doc.output())


def zip_of(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in members.items():
            z.writestr(name, content)
    return out.getvalue()


def tar_gz_of_zips(text: str) -> bytes:
    inner = zip_of({"nota.txt": text.encode()})
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:gz") as t:
        for name in ("a.zip", "b.zip"):
            info = tarfile.TarInfo(name)
            info.size = len(inner)
            t.addfile(info, io.BytesIO(inner))
    return out.getvalue()


def _image(mode: str = "RGB") -> object:
    from PIL import Image

    im = Image.new("RGB", (32, 24), (200, 210, 220))
    return im.convert(mode) if mode != "RGB" else im


def jpeg(comment: bytes | None = None, description: str | None = None, xmp: str | None = None,
         serial: str | None = None) -> bytes:
    from PIL import Image

    exif = Image.Exif()
    exif[271], exif[272] = "Canon", "EOS 5D"
    if description:
        exif[270] = description
    if serial:
        exif.get_ifd(0x8769)[42033] = serial  # BodySerialNumber: a machine value
    kw: dict[str, object] = {"exif": exif}
    if comment:
        kw["comment"] = comment
    if xmp:
        kw["xmp"] = (
            '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" xmpMM:DocumentID="xmp.did:0180117407206811">'
            f"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{xmp}</rdf:li></rdf:Alt></dc:description>"
            "</rdf:Description></rdf:RDF></x:xmpmeta>").encode()
    buf = io.BytesIO()
    _image().save(buf, "JPEG", **kw)
    return buf.getvalue()


def png(text: dict[str, str] | None = None, ztext: dict[str, str] | None = None,
        itext: dict[str, str] | None = None) -> bytes:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    for k, v in (text or {}).items():
        info.add_text(k, v)
    for k, v in (ztext or {}).items():
        info.add_text(k, v, zip=True)
    for k, v in (itext or {}).items():
        info.add_itxt(k, v, lang="nl", tkey=k)
    buf = io.BytesIO()
    _image().save(buf, "PNG", pnginfo=info)
    return buf.getvalue()


def gif(comment: str) -> bytes:
    buf = io.BytesIO()
    _image("P").save(buf, "GIF", comment=comment.encode())
    return buf.getvalue()


def webp(description: str) -> bytes:
    from PIL import Image

    exif = Image.Exif()
    exif[270] = description
    buf = io.BytesIO()
    _image().save(buf, "WEBP", exif=exif)
    return buf.getvalue()


def tiff(description: str) -> bytes:
    buf = io.BytesIO()
    _image().save(buf, "TIFF", tiffinfo={270: description})
    return buf.getvalue()
