"""PDF text per page with pypdfium2; image-only pages OCRed, encryption reported, embedded files extracted.

Before pdfium sees the file, :func:`gateway.extract.pdfstreams.check_pdf_streams` bounds what its
compressed streams expand to (pdfium inflates internally, out of our reach).
"""

from __future__ import annotations

from gateway.extract.context import Context, safe_name
from gateway.extract.files import extract_file
from gateway.extract.limits import Deadline, EncryptedContent, LimitExceeded


def extract_pdf(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline) -> None:
    """Pages, image-only pages (OCR), form fields and embedded files of one PDF."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from gateway.extract.pdfstreams import check_pdf_streams

    check_pdf_streams(ctx, data, deadline)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise EncryptedContent("pdf: password protected") from None
        raise LimitExceeded("pdf: cannot be opened (damaged or truncated)") from None
    try:
        lim = ctx.limits
        n = len(pdf)
        if n > lim.max_pages:
            ctx.unscannable(loc, f"pdf: {n} pages > {lim.max_pages}")
            n = lim.max_pages
        image_pages = []
        embedded: list[tuple[str, bytes]] = []  # files attached to annotations (FileAttachment)
        for i in range(n):
            deadline.check("pdf")
            page = pdf[i]
            try:
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_range()
                finally:
                    textpage.close()
                if text.strip():
                    ctx.segment(f"{loc}#page={i + 1}", text)
                elif pdfium_c.FPDFPage_CountObjects(page.raw) > 0:
                    image_pages.append(i + 1)  # scanned, or text drawn as outlines: OCR reads it
                if pdfium_c.FPDFPage_GetAnnotCount(page.raw) > 0:
                    embedded += _annotations(ctx, pdf, page, f"{loc}#page={i + 1}")
            finally:
                page.close()
        if image_pages:
            _ocr_pages(ctx, pdf, image_pages, loc, deadline)
        _properties(ctx, pdf, loc)
        if pdf.get_formtype() != 0:  # AcroForm/XFA: filled-in values are not page text
            deadline.check("pdf")
            _form_fields(ctx, data, loc)
        count = pdf.count_attachments()
        locked = count and _attachments_encrypted(data)
        if locked:
            ctx.encrypted(loc, f"pdf: {count} embedded file(s) password protected")
            count = 0
        files = [pdf.get_attachment(j) for j in range(min(count, lim.max_files))]
        for j, att in enumerate(files):
            embedded.append((safe_name(att.get_name()) or f"embedded{j + 1}.bin", bytes(att.get_data())))
        if embedded and not count and _attachments_encrypted(data):
            ctx.encrypted(loc, f"pdf: {len(embedded)} embedded file(s) password protected")
            embedded = []
        for inner, content in embedded[: lim.max_files]:
            deadline.check("pdf")
            ctx.charge(len(content), "pdf")
            extract_file(ctx, content, f"{loc}/{inner}", inner, depth + 1, deadline)
    except pdfium.PdfiumError:
        raise LimitExceeded("pdf: damaged page or object") from None
    finally:
        pdf.close()


def _form_fields(ctx: Context, data: bytes, loc: str) -> None:
    """The names and filled-in values of a PDF form (read with pypdf), as one ``#form`` segment."""
    import io

    from pypdf import PdfReader

    try:
        fields = PdfReader(io.BytesIO(data), strict=False).get_fields() or {}
    except Exception as e:  # a form we cannot read may hold the data: say so
        ctx.unscannable(f"{loc}#form", f"pdf: form fields unreadable ({type(e).__name__})")
        return
    lines = []
    for name, field in list(fields.items())[: ctx.limits.max_files]:
        value = field.get("/V") if isinstance(field, dict) else None
        if isinstance(value, list | tuple):
            value = ", ".join(map(str, value))
        lines.append(f"{name}: {value}" if value not in (None, "") else str(name))
    ctx.segment(f"{loc}#form", "\n".join(lines))


def _attachments_encrypted(data: bytes) -> bool:
    """True when the PDF encrypts its embedded files only (``/EFF`` crypt filter, Acrobat's "encrypt
    only file attachments"): pdfium opens the document, but the files need the password."""
    if b"/EFF" not in data:
        return False
    import io

    try:
        from pypdf import PdfReader

        enc = PdfReader(io.BytesIO(data), strict=False).trailer.get("/Encrypt")
        enc = enc.get_object() if enc is not None else None
        if not enc:
            return False
        eff = enc.get("/EFF")
        return eff is not None and eff != "/Identity" and eff != enc.get("/StmF")
    except Exception:
        return True  # an /EFF we cannot read: do not pass its files as scanned


def _ocr_pages(ctx: Context, pdf: object, pages: list[int], loc: str, deadline: Deadline) -> None:
    """Render image-only pages (pypdfium2) and OCR them; report those that do not fit the budget."""
    import math

    import pypdfium2.raw as pdfium_c

    from gateway.extract.ocr import NotRead, available, ocr_pil

    lim = ctx.limits
    reason = available() if lim.ocr else "ocr disabled"
    not_read: list[int] = []
    for n in pages:
        if reason:
            not_read.append(n)
            continue
        deadline.check("pdf")
        page = pdf[n - 1]  # type: ignore[index]
        try:
            big = max((w * h for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3)
                       for w, h in [obj.get_px_size()]), default=0)
            if big > lim.ocr_max_image_pixels:
                reason = f"an image of more than {lim.ocr_max_image_pixels} pixels, not decoded"
                not_read.append(n)
                continue
            width, height = page.get_size()  # points
            scale = min(300 / 72, math.sqrt(lim.ocr_max_pixels / max(width * height, 1.0)))
            bitmap = page.render(scale=scale, grayscale=True, may_draw_forms=True)
            try:
                text = ocr_pil(ctx, bitmap.to_pil(), deadline)
            finally:
                bitmap.close()
        except NotRead as e:
            reason = str(e)
            not_read.append(n)
            continue
        finally:
            page.close()
        ctx.segment(f"{loc}#page={n}#ocr", text)
    if not_read:
        shown = ",".join(map(str, not_read[:20])) + ("..." if len(not_read) > 20 else "")
        ctx.image(loc, f"pdf: {len(not_read)} image-only page(s) not read: {shown} ({reason})")


_SKIP_ANNOTS = (2, 16, 20)  # Link, Popup (repeats its parent's text), Widget (form fields: read as #form)


def _annotations(ctx: Context, pdf: object, page: object, where: str) -> list[tuple[str, bytes]]:
    """Comments, notes and stamps of one page (their text is not page text) as ``#annotations``;
    returns the files attached through FileAttachment annotations."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    texts: list[str] = []
    files: list[tuple[str, bytes]] = []
    for i in range(min(pdfium_c.FPDFPage_GetAnnotCount(page.raw), 10_000)):  # type: ignore[attr-defined]
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, i)  # type: ignore[attr-defined]
        if not annot:
            continue
        try:
            subtype = pdfium_c.FPDFAnnot_GetSubtype(annot)
            if subtype in _SKIP_ANNOTS:
                continue
            for key in (b"Contents", b"Subj"):
                size = pdfium_c.FPDFAnnot_GetStringValue(annot, key, None, 0)
                if 2 < size <= 4 * 1024 * 1024:
                    buf = ctypes.create_string_buffer(size)
                    pdfium_c.FPDFAnnot_GetStringValue(annot, key, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)),
                                                      size)
                    texts.append(buf.raw[: size - 2].decode("utf-16-le", "replace"))
            if subtype == pdfium_c.FPDF_ANNOT_FILEATTACHMENT:
                raw = pdfium_c.FPDFAnnot_GetFileAttachment(annot)
                if raw:
                    att = pdfium.PdfAttachment(raw, pdf)
                    files.append((safe_name(att.get_name()) or "annotation.bin", bytes(att.get_data())))
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    ctx.segment(f"{where}#annotations", "\n".join(texts))
    return files


def _properties(ctx: Context, pdf: object, loc: str) -> None:
    """Document properties (title, author, subject, keywords) and bookmark titles as ``#properties``."""
    lines: list[str] = []
    try:
        meta = pdf.get_metadata_dict(skip_empty=True)  # type: ignore[attr-defined]
        lines += [str(v) for k, v in meta.items() if k in ("Title", "Author", "Subject", "Keywords")]
        for n, item in enumerate(pdf.get_toc(max_depth=8)):  # type: ignore[attr-defined]
            if n >= ctx.limits.max_files:
                break
            lines.append(item.get_title())
    except Exception:  # damaged outlines or metadata: the pages were read
        pass
    ctx.segment(f"{loc}#properties", "\n".join(lines))
