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
                                         x.pdf/<embedded file> for files attached to the PDF
    attachment:x.xlsx#sheet=<Name>       spreadsheet sheet (XLSX, ODS); x.xlsx#comments cell comments
                                         (legacy, threaded, authors), #drawings text boxes and chart
                                         titles, #sheet-extras headers/footers, validation prompts, link
                                         tooltips; x.docx#custom-properties custom / application properties
    attachment:x.png#metadata            text in an image file: PNG text chunks, JPEG COM / EXIF / XMP /
                                         IPTC, GIF comments, WebP / TIFF tags; x.jpg#appended what follows
                                         the image's end (a document, archive or image there is extracted)
    attachment:x.pptx#slide=2            slide; #notes=2 its speaker notes
    attachment:x.docx                    document text; #header #footer #footnotes #endnotes #comments
    attachment:x.docx#properties         document properties (title, author, ...)
    attachment:a.zip/dir/inner.csv       archive member (zip, tar, tar.gz); a.gz/<name without .gz>
    attachment:a.zip#names               the member paths of an archive, one per line
    attachment:x.docx/word/embeddings/y.xlsx   object embedded in an Office document
    attachment:c.pdf.p7m/c.pdf           a signed file (CAdES .p7m); S/MIME opaque-signed mail is read in
                                         place (the signature layer adds nothing to the location)
    attachment:fwd.eml/subject           attached message (message/rfc822, .eml, Outlook .msg, TNEF
    attachment:fwd.eml/body              winmail.dat): the same scheme again under ``<location>/``
    attachment:fwd.eml/attachment:inner.pdf#page=1

Finding details (content-free; a policy may match on their prefix)::

    UNSCANNED_IMAGE    "inline logo png 2 KB"  (inline or Content-ID referenced, < inline_logo_bytes)
                       "inline image jpeg 180 KB", "attachment png 350 KB",
                       "pdf: 2 image-only page(s): 1,3", "docx: 3 embedded image(s)"
    ENCRYPTED_CONTENT  "zip: 2 of 5 files password protected", "pdf: password protected",
                       "office: password protected (encrypted package)", "s/mime enveloped-data",
                       "multipart/encrypted (pgp)", "pgp message in body", "pgp encrypted data"
    UNSCANNABLE        "<format>: <reason>", e.g. "zip: compression ratio 812 > 100",
                       "nesting depth 9 > 8", "pdf: cannot be opened (damaged or truncated)",
                       "docx: XML EntitiesForbidden refused", "extract: time budget 10 s exceeded",
                       "binary: unsupported format", "doc: legacy Office format, text extracted
                       heuristically" (the text found is still a segment), "mime: base64: damaged
                       (invalid characters)", "mime: base64: truncated or damaged", "mime: uuencode:
                       no begin line" (a transfer encoding too damaged to trust: what could be
                       decoded is still scanned)

Format is recognised by content (magic bytes), not by name or declared type: an "image/jpeg" part named
report.jpg that holds a DOCX is read as a DOCX (bytes no format knows stay an image when declared as
one). Transfer encodings are read leniently ("Base64", x-base64, comments, a second field; QP transport
padding), charsets by their bytes first (BOM, NUL-interleaved UTF-16/32) and then the declaration.
Heavy libraries (lxml, pypdfium2, openpyxl, odfpy, extract-msg, tnefparse, striprtf) are imported
only when a part needs them. All bounds are fields of :class:`ExtractLimits`.
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
