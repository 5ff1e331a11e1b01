"""PDF text per page with pypdfium2; image-only pages, encryption and embedded files reported."""

from __future__ import annotations

from gateway.extract.context import Context, safe_name
from gateway.extract.files import extract_file
from gateway.extract.limits import Deadline, EncryptedContent, LimitExceeded


def extract_pdf(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline) -> None:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

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
                else:
                    images = page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3)
                    if next(images, None) is not None:
                        image_pages.append(i + 1)
            finally:
                page.close()
        if image_pages:
            pages = ",".join(map(str, image_pages[:20])) + ("..." if len(image_pages) > 20 else "")
            ctx.image(loc, f"pdf: {len(image_pages)} image-only page(s): {pages}")
        if pdf.get_formtype() != 0:  # AcroForm/XFA: filled-in values are not page text
            deadline.check("pdf")
            _form_fields(ctx, data, loc)
        count = pdf.count_attachments()
        for j in range(min(count, lim.max_files)):
            deadline.check("pdf")
            att = pdf.get_attachment(j)
            inner = safe_name(att.get_name()) or f"embedded{j + 1}.bin"
            content = bytes(att.get_data())
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
