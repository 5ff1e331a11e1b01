"""Extract stage: turn raw message bytes into located text segments and extraction findings.

Entry point: :func:`extract_message` (``raw -> Extraction``). It never raises: anything it cannot
read becomes an ``UNSCANNABLE`` finding (reason in ``detail``, content-free) so the policy fails
closed; encrypted content becomes ``ENCRYPTED_CONTENT``; images ``UNSCANNED_IMAGE``.

Location scheme (what findings point to)
----------------------------------------
Top-level message::

    subject                      the Subject (RFC 2047 decoded)
    header:<Name>                every free-text field: Comments, Keywords, Content-Description,
                                 Thread-Topic, Summary, Organization, X-anything; display names (not
                                 addresses) of From, To, Cc, Bcc, Reply-To, Sender, Resent-*; not the
                                 structural / technical ones (Received, DKIM, Message-ID, X-MS-..., anti-spam)
    body, body[1], body[2] ...   text bodies in MIME order (text/plain and text/html are both kept)
    attachment:<name>            an attachment; <name> is its decoded file name (RFC 2231/2047),
                                 or ``part<N>.<ext>`` when it has none (N = leaf number in the message)
    attachment:<name>#filename   the file name itself (names carry personal data too)
    <part location>#header:<Name>  free-text fields of one MIME part (Content-Description, ...)
    body#base64                  a body (or text file) that is plainly base64 without saying so, decoded
    message                      the message as a whole (e.g. "mime: more than 2000 parts")

Inside an attachment (suffixes stack, so nesting reads left to right)::

    attachment:x.pdf#page=3              PDF page (1-based); x.pdf#form the filled-in form fields;
                                         x.pdf#page=3#annotations its comments and notes;
                                         x.pdf#properties title, author, subject, keywords, bookmarks;
                                         x.pdf/<embedded file> for files attached to the PDF (or to a note)
    attachment:x.pdf#page=2#ocr          the OCR text of an image-only page (scanned, or text as outlines)
    attachment:scan.png#ocr              the OCR text of an image; scan.tif#page=2#ocr of a TIFF frame
    attachment:x.xlsx#sheet=<Name>       spreadsheet sheet (XLSX, XLS, ODS); x.xlsx#comments cell comments
                                         (legacy, threaded, authors), #drawings text boxes and chart
                                         titles, #sheet-extras headers/footers, validation prompts, link
                                         tooltips; x.docx#custom-properties custom / application properties
    attachment:x.png#metadata            text in an image file: PNG text chunks, JPEG COM / EXIF / XMP /
                                         IPTC, GIF comments, WebP / TIFF tags; x.jpg#appended what follows
                                         the image's end (a document, archive or image there is extracted)
    attachment:x.pptx#slide=2            slide; #notes=2 its speaker notes
    attachment:x.docx                    document text; #header #footer #footnotes #endnotes #comments
    attachment:x.docx#properties         document properties (title, author, ...)
    attachment:x.doc, x.ppt, x.xps#page=1  legacy Word / PowerPoint text, XPS pages
    attachment:a.zip/dir/inner.csv       archive member (zip, tar, tar.gz, 7z, rar); a.gz/<name without .gz>
    attachment:a.zip#names               the member paths of an archive, one per line
    attachment:x.docx/word/embeddings/y.xlsx   object embedded in an Office document; an OLE object
                                         adds its own path: .../oleObject1.bin/CONTENTS#page=1 (a PDF),
                                         .../oleObject1.bin/<packaged file name> (an Ole10Native package),
                                         x.doc/ObjectPool/_1404039792 (an object in a legacy document),
                                         x.odt/Object 1 (ODF), brief.rtf/object1 (RTF \\objdata)
    attachment:x.docx/word/media/image1.png#ocr  a picture inside a document, OCRed
    attachment:c.pdf.p7m/c.pdf           a signed file (CAdES .p7m); S/MIME opaque-signed mail is read in
                                         place (the signature layer adds nothing to the location);
                                         x.p7z/x, x.p7/content: CMS compressed / digested data
    attachment:fwd.eml/subject           attached message (message/rfc822, .eml, Outlook .msg, TNEF
    attachment:fwd.eml/body              winmail.dat): the same scheme again under ``<location>/``
    attachment:fwd.eml/attachment:inner.pdf#page=1

Finding details (content-free; a policy may match on their prefix)::

    UNSCANNED_IMAGE    images OCR did not read, with why after the colon:
                       "inline logo png 2 KB" (inline or Content-ID referenced, < inline_logo_bytes: not OCRed),
                       "attachment png 350 KB: ocr time budget (10 s per message) spent",
                       "inline image jpeg 180 KB: tesseract not installed (Debian package tesseract-ocr)",
                       "attachment png 3 MB: 60000x60000 pixels > 200000000, not decoded",
                       "pdf: 2 image-only page(s) not read: 4,5 (ocr page limit (20 per message) reached)",
                       "docx: 3 picture(s) not read: format emf not readable by ocr"
    ENCRYPTED_CONTENT  "zip: 2 of 5 files password protected", "7z: password protected (file names
                       encrypted too)", "rar: 1 of 3 files password protected", "pdf: password protected",
                       "pdf: 1 embedded file(s) password protected", "office: password protected (encrypted
                       package)", "xls: password protected", "s/mime enveloped-data", "multipart/encrypted (pgp)",
                       "pgp message in body", "pgp encrypted data"
    UNSCANNABLE        a document that could not be read: "<format>: <reason>", e.g.
                       "zip: member larger than 67108864 bytes", "pdf: compressed stream decodes to more than
                       67108864 bytes", "gzip: total extracted bytes > 67108864", "nesting depth 9 > 8",
                       "pdf: cannot be opened (damaged or truncated)", "docx: XML EntitiesForbidden refused",
                       "extract: time budget 10 s exceeded", "binary: unknown format, no readable text",
                       "doc: antiword could not read it, catdoc could not read it", "rar: damaged or unsupported
                       archive (libarchive, unar)", "zip: unsupported compression method 99", "mime: base64:
                       damaged (invalid characters)", "mime: base64: truncated or damaged", "mime: uuencode:
                       no begin line" (a transfer encoding too damaged to trust: what could be decoded is
                       still scanned)
    PARTIALLY_SCANNED  no parser reads the format, its text runs were scanned (the segment is there):
                       "binary: unknown format; text runs taken heuristically", "doc: antiword could not read it,
                       catdoc found no text; text runs taken heuristically", "xlsb: binary workbook (no
                       maintained reader); text runs taken heuristically, numbers not read"
    NO_TEXT_CONTENT    a format that carries no text: "executable (pe): carries no text to scan, 56 KB",
                       "audio: ...", "video: ...", "font: ..."

Format is recognised by content (magic bytes), not by name or declared type: an "image/jpeg" part named
report.jpg that holds a DOCX is read as a DOCX (bytes no format knows stay an image when declared as
one). Transfer encodings are read leniently ("Base64", x-base64, comments, a second field; QP transport
padding), charsets by their bytes first (BOM, NUL-interleaved UTF-16/32) and then the declaration.
Heavy libraries (lxml, pypdfium2, openpyxl, odfpy, extract-msg, tnefparse, striprtf, xlrd, libarchive,
rarfile, oletools, Pillow) are imported only when a part needs them; the Debian readers (antiword,
catdoc/catppt, tesseract, unar) run as bounded processes (:mod:`gateway.extract.tools`). No text is
cut: the byte budget (``max_total_bytes``, ``max_stream_bytes``) bounds what a message may expand to.
All bounds are fields of :class:`ExtractLimits`; ``docs/extract.md`` describes the readers.
"""

from __future__ import annotations

import logging
import warnings

from gateway.extract.context import Context
from gateway.extract.limits import ExtractLimits
from gateway.model import Extraction

__all__ = ["ExtractLimits", "extract_message"]

_DEFAULT_LIMITS = ExtractLimits()

# The parsing libraries log about what they read (stream names, attribute values, file names): on
# untrusted mail that is message content, which must not reach the logs. Only failures we report
# ourselves, as content-free findings, are kept.
for _name in ("extract_msg", "tnefparse", "olefile", "msoffcrypto", "pypdf", "RTFDE", "compressed_rtf",
              "charset_normalizer", "odf"):
    logging.getLogger(_name).setLevel(logging.CRITICAL + 1)


def extract_message(raw: bytes, limits: ExtractLimits | None = None) -> Extraction:
    """Parse ``raw`` and return every text segment with its location. Never raises."""
    ctx = Context(limits or _DEFAULT_LIMITS)
    try:
        from gateway.extract.mime import extract_mail

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # library chatter about malformed input is not an error here
            extract_mail(ctx, raw, "", 0, None, top=True)
    except RecursionError:
        ctx.unscannable("message", "mime: structure too deep")
    except MemoryError:
        ctx.unscannable("message", "mime: out of memory")
    except Exception as e:  # untrusted input: never raise out of the stage
        ctx.unscannable("message", f"mime: parse error ({type(e).__name__})")
    return ctx.out
