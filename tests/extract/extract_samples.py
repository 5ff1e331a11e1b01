"""Real sample files of every format the extract stage reads, generated with the real libraries."""

from __future__ import annotations

import gzip
import io
import struct
import tarfile
import zipfile
import zlib
from email.message import EmailMessage

NN = "85.07.30-033.28"  # a valid Belgian national register number (check digits 28)


def mail(subject: str = "test", body: str = "hello", attachments: tuple = ()) -> bytes:
    """A message with a plain body and ``(name, bytes, maintype, subtype)`` attachments."""
    m = EmailMessage()
    m["From"] = "Jan Peeters <jan@example.be>"
    m["To"] = "Els Janssens <els@example.nl>"
    m["Subject"] = subject
    m.set_content(body)
    for name, data, maintype, subtype in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return m.as_bytes()


def pdf_reportlab(pages: list[str]) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for text in pages:
        c.drawString(72, 720, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def pdf_form(value: str) -> bytes:
    """A PDF with a filled-in AcroForm text field (the value is not part of the page text)."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 750, "Aanvraagformulier")
    c.acroForm.textfield(name="rijksregisternummer", value=value, x=72, y=700, width=200, height=20)
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_fpdf(pages: list[str]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for text in pages:
        pdf.add_page()
        pdf.cell(text=text)
    return bytes(pdf.output())


def png(width: int = 64, height: int = 64, noise: bool = False) -> bytes:
    import random

    rnd = random.Random(7)
    rows = b"".join(
        b"\x00" + (bytes(rnd.randrange(256) for _ in range(width * 3)) if noise else b"\x80" * (width * 3))
        for _ in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def pdf_image_only() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(png()), x=10, y=10, w=50)
    return bytes(pdf.output())


def pdf_encrypted(text: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_reportlab([text]))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def docx(body: str, header: str = "", table_cell: str = "") -> bytes:
    import docx as python_docx

    d = python_docx.Document()
    d.add_paragraph("Verslag")
    p = d.add_paragraph("Rijksregisternummer: ")
    p.add_run(body[:6]).bold = True  # split the value over two runs, as Word does
    p.add_run(body[6:])
    if header:
        d.sections[0].header.paragraphs[0].text = header
    if table_cell:
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).text = "NN"
        t.cell(0, 1).text = table_cell
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def xlsx(sheets: dict[str, list[list[object]]]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def pptx(slides: list[str]) -> bytes:
    """A minimal PresentationML package (python-pptx is not installed): the parts a reader uses."""
    ns_p = "http://schemas.openxmlformats.org/presentationml/2006/main"
    ns_a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'content-types"><Override PartName="/ppt/presentation.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>')
        z.writestr("ppt/presentation.xml", f'<?xml version="1.0"?><p:presentation xmlns:p="{ns_p}"/>')
        for i, text in enumerate(slides, 1):
            z.writestr(f"ppt/slides/slide{i}.xml",
                       f'<?xml version="1.0"?><p:sld xmlns:p="{ns_p}" xmlns:a="{ns_a}"><p:cSld><p:spTree>'
                       f'<p:sp><p:txBody><a:p><a:r><a:t>{text}</a:t></a:r></a:p></p:txBody></p:sp>'
                       '</p:spTree></p:cSld></p:sld>')
    return buf.getvalue()


def odt(text: str) -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import P, Span

    doc = OpenDocumentText()
    p = P(text="Dossier: ")
    p.addElement(Span(text=text))
    doc.text.addElement(p)
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


def ods(sheet: str, cells: list[str]) -> bytes:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name=sheet)
    row = TableRow()
    for value in cells:
        cell = TableCell()
        cell.addElement(P(text=value))
        row.addElement(cell)
    table.addElement(row)
    doc.spreadsheet.addElement(table)
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


def rtf(text: str) -> bytes:
    return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs20 Dossier \\b " + text + "\\b0\\par}").encode()


def zip_of(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def tar_of(members: dict[str, bytes], gz: bool = False) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz" if gz else "w") as t:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def gz(data: bytes, name: str = "") -> bytes:
    return gzip.compress(data)


# --- ZipCrypto (traditional PKWARE encryption), to make a real password-protected ZIP -------------

def _crc_update(crc: int, b: int) -> int:
    return zlib.crc32(bytes([b]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF


def _zipcrypto(data: bytes, password: bytes, check: int) -> bytes:
    k = [0x12345678, 0x23456789, 0x34567890]

    def update(c: int) -> None:
        k[0] = _crc_update(k[0], c)
        k[1] = ((k[1] + (k[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc_update(k[2], (k[1] >> 24) & 0xFF)

    for c in password:
        update(c)
    out = bytearray()
    for c in bytes(11) + bytes([check]) + data:
        t = (k[2] | 2) & 0xFFFF
        out.append(c ^ (((t * (t ^ 1)) >> 8) & 0xFF))
        update(c)
    return bytes(out)


def encrypted_zip(name: str, data: bytes, password: bytes = b"secret") -> bytes:
    crc = zlib.crc32(data)
    enc = _zipcrypto(data, password, (crc >> 24) & 0xFF)
    fname = name.encode()
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 0, 0, 0, crc, len(enc), len(data), len(fname), 0)
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 0, 0, 0, crc, len(enc), len(data),
                          len(fname), 0, 0, 0, 0, 0, 0)
    body = local + fname + enc
    cd = central + fname
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(cd), len(body), 0)
    return body + cd + end


def encrypted_docx(text: str) -> bytes:
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(docx(text))).encrypt("secret", out)
    return out.getvalue()


# --- Outlook MSG (OLE compound file written with extract-msg's OleWriter) -------------------------

def msg(subject: str, body: str, attachments: list[tuple[str, bytes]]) -> bytes:
    from extract_msg.ole_writer import OleWriter

    w = OleWriter()
    header = bytes(8) + struct.pack("<IIII", 0, len(attachments), 0, len(attachments)) + bytes(8)
    w.addEntry("__properties_version1.0", header)
    w.addEntry("__substg1.0_001A001F", "IPM.Note".encode("utf-16-le"))
    w.addEntry("__substg1.0_0037001F", subject.encode("utf-16-le"))
    w.addEntry("__substg1.0_1000001F", body.encode("utf-16-le"))
    w.addEntry("__nameid_version1.0", storage=True)
    for stream in ("00020102", "00030102", "00040102"):
        w.addEntry(f"__nameid_version1.0/__substg1.0_{stream}", b"")
    for i, (name, data) in enumerate(attachments):
        st = f"__attach_version1.0_#{i:08X}"
        w.addEntry(st, storage=True)
        props = bytes(8) + struct.pack("<IIq", 0x37050003, 6, 1) + struct.pack("<IIq", 0x0E210003, 6, i)
        w.addEntry(f"{st}/__properties_version1.0", props)
        w.addEntry(f"{st}/__substg1.0_3707001F", name.encode("utf-16-le"))
        w.addEntry(f"{st}/__substg1.0_3704001F", name.encode("utf-16-le"))
        w.addEntry(f"{st}/__substg1.0_37010102", data)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


# --- TNEF (winmail.dat), built per MS-OXTNEF -------------------------------------------------------

def _tnef_attr(level: int, attr_id: int, attr_type: int, data: bytes) -> bytes:
    checksum = sum(data) & 0xFFFF
    return struct.pack("<BHHI", level, attr_id, attr_type, len(data)) + data + struct.pack("<H", checksum)


def tnef(subject: str, body: str, attachments: list[tuple[str, bytes]]) -> bytes:
    out = struct.pack("<IH", 0x223E9F78, 0x0001)
    out += _tnef_attr(1, 0x9006, 0x0008, struct.pack("<I", 0x00010000))  # attTnefVersion
    out += _tnef_attr(1, 0x9007, 0x0006, struct.pack("<II", 1252, 0))  # attOemCodepage
    out += _tnef_attr(1, 0x8008, 0x0007, b"IPM.Microsoft Mail.Note\x00")  # attMessageClass
    out += _tnef_attr(1, 0x8004, 0x0001, subject.encode("cp1252") + b"\x00")  # attSubject
    out += _tnef_attr(1, 0x800C, 0x0002, body.encode("cp1252"))  # attBody
    for name, data in attachments:
        out += _tnef_attr(2, 0x9002, 0x0006, bytes(14))  # attAttachRendData: starts an attachment
        out += _tnef_attr(2, 0x8010, 0x0001, name.encode("cp1252") + b"\x00")  # attAttachTitle
        out += _tnef_attr(2, 0x800F, 0x0006, data)  # attAttachData
    return out


def smime_signed_opaque(inner: bytes) -> bytes:
    """A real CMS SignedData (DER) with the content inside, as S/MIME opaque signing sends it."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs7
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test")])
    now = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1))
            .sign(key, hashes.SHA256()))
    return (pkcs7.PKCS7SignatureBuilder().set_data(inner).add_signer(cert, key, hashes.SHA256())
            .sign(serialization.Encoding.DER, []))


def smime_enveloped(inner: bytes) -> bytes:
    """A real CMS EnvelopedData (DER), as S/MIME encryption sends it."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs7
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test")])
    now = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1))
            .sign(key, hashes.SHA256()))
    return pkcs7.PKCS7EnvelopeBuilder().set_data(inner).add_recipient(cert).encrypt(serialization.Encoding.DER, [])


def ole_file(streams: dict[str, bytes]) -> bytes:
    """An OLE compound file with the given streams (how legacy .doc/.xls/.ppt files are stored)."""
    from extract_msg.ole_writer import OleWriter

    w = OleWriter()
    for name, data in streams.items():
        w.addEntry(name, data)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def legacy_doc(text: str) -> bytes:
    """A .doc-like compound file: Word keeps the document text as UTF-16LE runs in WordDocument."""
    fib = b"\xec\xa5" + bytes(1470)  # FIB magic wIdent, then (here empty) FIB fields
    return ole_file({"WordDocument": fib + text.encode("utf-16-le") + bytes(600), "1Table": bytes(4096)})


def legacy_xls(number: float, label: str) -> bytes:
    """A .xls-like compound file whose BIFF8 Workbook stream holds one NUMBER cell and one string."""
    def record(rtype: int, body: bytes) -> bytes:
        return struct.pack("<HH", rtype, len(body)) + body

    sst_string = struct.pack("<HB", len(label), 0) + label.encode("latin-1")
    stream = (record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0, 0, 0, 0))
              + record(0x00FC, struct.pack("<II", 1, 1) + sst_string)
              + record(0x0203, struct.pack("<HHHd", 0, 0, 15, number))
              + record(0x027E, struct.pack("<HHHI", 1, 0, 15, (12345 << 2) | 2))
              + record(0x000A, b""))
    return ole_file({"Workbook": stream + bytes(4096)})


# --- OCR: text rendered into an image and into a scanned-style (image-only) PDF ----------------------

OCR_LINES = (
    "Dossier van mevrouw Janssens, rijksregisternummer 85.07.30-033.28",
    "Numéro de registre national de la personne : 85.07.30-033.28",
    "Versicherungsnummer der betroffenen Person 85.07.30-033.28",
    "National register number of the data subject 85.07.30-033.28",
)


def text_image(lines: tuple[str, ...] = OCR_LINES, fmt: str = "PNG", size: int = 28) -> bytes:
    """Lines of text rendered with Pillow (DejaVu Sans where installed) into an image file."""
    from PIL import Image, ImageDraw, ImageFont

    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", size)
    except OSError:
        font = ImageFont.load_default(size=size)
    img = Image.new("RGB", (size * 50, (size * 2) * len(lines) + 2 * size), "white")
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((size, size + 2 * size * i), line, font=font, fill="black")
    buf = io.BytesIO()
    img.save(buf, fmt)
    return buf.getvalue()


def scanned_pdf(pages: list[tuple[str, ...]]) -> bytes:
    """A PDF whose pages are images only (as a scanner writes them), made with reportlab."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for lines in pages:
        png = text_image(lines)
        reader = ImageReader(io.BytesIO(png))
        w, h = reader.getSize()
        c.drawImage(reader, 40, 800 - 520 * h / w, width=520, height=520 * h / w)
        c.showPage()
    c.save()
    return buf.getvalue()


def flate_bomb_pdf(gib: int = 1) -> bytes:
    """A valid PDF (pypdf) whose page content is a FlateDecode stream of ``gib`` GiB of zeros (~1 MB)."""
    from pypdf import PdfWriter
    from pypdf.generic import NameObject, StreamObject

    co = zlib.compressobj(9)
    block = bytes(1 << 24)
    packed = b"".join(co.compress(block) for _ in range(64 * gib)) + co.flush()
    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    stream = StreamObject()
    stream._data = packed
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    page[NameObject("/Contents")] = writer._add_object(stream)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def ole10native(name: str, data: bytes) -> bytes:
    """An embedded "Package" object as Office stores one (MS-OLEDS 2.3.6 Ole10Native in an OLE file)."""
    src = f"C:\\Users\\jan\\{name}".encode("cp1252") + b"\x00"
    body = (struct.pack("<H", 2) + name.encode("cp1252") + b"\x00" + src + struct.pack("<I", 0x00030000)
            + struct.pack("<I", len(src)) + src + struct.pack("<I", len(data)) + data)
    return ole_file({"\x01Ole10Native": struct.pack("<I", len(body)) + body,
                     "\x01CompObj": b"\x01\x00\xfe\xff\x03\x0a\x00\x00" + bytes(20)})


def docx_with_object(text: str, member: str, obj: bytes) -> bytes:
    """A python-docx document with an extra part, the way Word stores an embedded OLE object."""
    buf = io.BytesIO(docx(text))
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info, src.read(info))
        z.writestr(member, obj)
    return out.getvalue()
