"""Office documents: OOXML (DOCX, PPTX parts via defusedxml; XLSX via openpyxl read-only) and ODF (odfpy),
with their embedded objects (recursively) and pictures (OCR). Sheets, DOCX and ODT tables keep their rows
and header as ``Table`` structure (``extract.tables``)."""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from collections.abc import Iterator

from gateway.extract.archives import check_zip_members, read_member
from gateway.extract.context import Context, safe_name
from gateway.extract.files import extract_file
from gateway.extract.limits import Deadline, EncryptedContent, LimitExceeded
from gateway.extract.tables import docx_document, odf_body, odf_table_records, rows_to_table_text, sheet_records
from gateway.model import Table

_NUM = re.compile(r"(\d+)")
_IMAGE_EXT = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".svg", ".webp")


def _num_key(path: str) -> tuple[int, str]:
    m = _NUM.findall(path.rpartition("/")[2])
    return (int(m[-1]) if m else 0, path)


def ooxml_text(ctx: Context, data: bytes, what: str) -> str:
    """Text of one WordprocessingML/DrawingML part: runs joined, paragraphs and cells separated."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    lim = ctx.limits
    out: list[str] = []
    add = out.append
    try:
        for _event, el in iterparse(io.BytesIO(data), events=("end",), forbid_dtd=lim.xml_forbid_dtd,
                                    forbid_entities=lim.xml_forbid_entities):
            local = el.tag.rpartition("}")[2]
            if local in ("t", "delText", "instrText"):
                if el.text:
                    add(el.text)
            elif local == "tab":
                add("\t")
            elif local in ("br", "cr"):
                add("\n")
            elif local == "tc":
                add("\t")
            elif local in ("p", "tr"):
                add("\n")
                el.clear()
    except DefusedXmlException as e:
        raise LimitExceeded(f"{what}: XML {type(e).__name__} refused") from None
    return "".join(out)


def _docx_document(ctx: Context, data: bytes, what: str) -> tuple[str, tuple[Table, ...]]:
    """The main document part with its tables kept as structure (``extract.tables``)."""
    from defusedxml import DefusedXmlException

    lim = ctx.limits
    try:
        return docx_document(data, lim.xml_forbid_dtd, lim.xml_forbid_entities)
    except DefusedXmlException as e:
        raise LimitExceeded(f"{what}: XML {type(e).__name__} refused") from None


def _external_links(ctx: Context, data: bytes) -> list[str]:
    from defusedxml.ElementTree import fromstring

    lim = ctx.limits
    root = fromstring(data, forbid_dtd=lim.xml_forbid_dtd, forbid_entities=lim.xml_forbid_entities)
    return [r.get("Target", "") for r in root if r.get("TargetMode") == "External" and r.get("Target")]


def extract_ooxml(ctx: Context, zf: zipfile.ZipFile, names: set[str], data: bytes, loc: str, depth: int,
                  deadline: Deadline) -> None:
    if "word/document.xml" in names:
        kind = "docx"
    elif "xl/workbook.xml" in names:
        kind = "xlsx"
    elif "ppt/presentation.xml" in names:
        kind = "pptx"
    elif "xl/workbook.bin" in names:
        kind = "xlsb"
    elif any(n.endswith(".fpage") for n in names):
        kind = "xps"
    else:
        kind = "ooxml"
    infos = check_zip_members(ctx, zf, kind)
    if kind in ("xlsb", "xps"):
        _xlsb_or_xps(ctx, zf, infos, kind, loc, deadline)
    elif kind == "xlsx":
        _zip_budget(ctx, infos, kind)
        before = len(ctx.out.segments)
        _xlsx(ctx, data, loc, deadline)
        if len(ctx.out.segments) == before:
            _xlsx_parts(ctx, zf, infos, loc, deadline)  # ISO strict namespaces: openpyxl sees no sheet
        if "docProps/core.xml" in names:
            props = ooxml_text(ctx, read_member(ctx, zf, zf.getinfo("docProps/core.xml"), kind), kind)
            ctx.segment(f"{loc}#properties", props)
    else:
        for info in sorted(infos, key=lambda i: _num_key(i.filename)):
            path = info.filename
            if not path.endswith(".xml") or "/_rels/" in path or path.startswith("customXml/"):
                continue
            label = _part_label(kind, path)
            if label is None:
                continue
            deadline.check(kind)
            tables: tuple[Table, ...] = ()
            if label == "" and kind == "docx":
                text, tables = _docx_document(ctx, read_member(ctx, zf, info, kind), kind)
            else:
                text = ooxml_text(ctx, read_member(ctx, zf, info, kind), kind)
            if label == "" and kind == "docx" and "word/_rels/document.xml.rels" in names:
                links = _external_links(ctx, zf.read("word/_rels/document.xml.rels"))
                text += "\n" + "\n".join(links)
            ctx.segment(f"{loc}{label}", text, tables)
        if kind == "docx":
            _alt_chunks(ctx, zf, infos, loc, depth, deadline)
    ooxml_hidden_text(ctx, zf, infos, kind, loc, deadline)
    _embedded(ctx, zf, infos, kind, loc, depth, deadline)


_ALT_CHUNK = (".mht", ".mhtml", ".htm", ".html", ".txt", ".rtf", ".docx", ".xml")


def _alt_chunks(ctx: Context, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], loc: str, depth: int,
                deadline: Deadline) -> None:
    """Imported content a DOCX keeps as a file of its own (``w:altChunk``: MHT, HTML, RTF, text)."""
    for info in infos:
        path = info.filename
        low = path.lower()
        if (low.startswith("word/") and low.count("/") == 1 and low.endswith(_ALT_CHUNK)
                and not low.endswith(".xml")):
            deadline.check("docx")
            extract_file(ctx, read_member(ctx, zf, info, "docx"), f"{loc}/{path}", safe_name(path), depth + 1,
                         deadline)


def _xlsx_parts(ctx: Context, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], loc: str,
                deadline: Deadline) -> None:
    """Sheets read from their XML directly (any namespace): shared strings resolved, a row per line."""
    from defusedxml.ElementTree import iterparse

    lim = ctx.limits
    shared: list[str] = []
    if "xl/sharedStrings.xml" in zf.namelist():
        raw = read_member(ctx, zf, zf.getinfo("xl/sharedStrings.xml"), "xlsx")
        for _e, el in iterparse(io.BytesIO(raw), forbid_dtd=lim.xml_forbid_dtd,
                                forbid_entities=lim.xml_forbid_entities):
            if el.tag.rpartition("}")[2] == "si":
                shared.append("".join(t.text or "" for t in el.iter() if t.tag.rpartition("}")[2] == "t"))
                el.clear()
    for info in sorted((i for i in infos if i.filename.startswith("xl/worksheets/") and i.filename.endswith(".xml")),
                       key=lambda i: _num_key(i.filename)):
        deadline.check("xlsx")
        raw = read_member(ctx, zf, info, "xlsx")
        lines: list[str] = []
        for _e, el in iterparse(io.BytesIO(raw), forbid_dtd=lim.xml_forbid_dtd,
                                forbid_entities=lim.xml_forbid_entities):
            if el.tag.rpartition("}")[2] != "row":
                continue
            cells = []
            for c in el:
                if c.tag.rpartition("}")[2] != "c":
                    continue
                kind = c.get("t")
                texts = [t.text or "" for t in c.iter() if t.tag.rpartition("}")[2] in ("v", "t")]
                value = "".join(texts)
                if kind == "s" and value.isdigit() and int(value) < len(shared):
                    value = shared[int(value)]
                cells.append(value)
            if any(cells):
                lines.append("\t".join(cells))
            el.clear()
        ctx.segment(f"{loc}#sheet={info.filename.rpartition('/')[2][:-4]}", "\n".join(lines))


def _xlsb_or_xps(ctx: Context, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], kind: str, loc: str,
                 deadline: Deadline) -> None:
    """XPS pages (the text of their ``Glyphs``); XLSB, a binary workbook no maintained library reads
    (its text runs are taken, and the finding says so)."""
    from defusedxml.ElementTree import iterparse

    lim = ctx.limits
    if kind == "xps":
        pages = sorted((i for i in infos if i.filename.endswith(".fpage")), key=lambda i: _num_key(i.filename))
        for n, info in enumerate(pages, 1):
            deadline.check("xps")
            raw = read_member(ctx, zf, info, "xps")
            texts = [el.get("UnicodeString") or "" for _e, el in
                     iterparse(io.BytesIO(raw), forbid_dtd=lim.xml_forbid_dtd, forbid_entities=lim.xml_forbid_entities)
                     if el.tag.rpartition("}")[2] == "Glyphs"]
            ctx.segment(f"{loc}#page={n}", "\n".join(t for t in texts if t))
        return
    from gateway.extract.legacy import legacy_strings

    parts = [i for i in infos if i.filename.endswith(".bin") and (
        i.filename == "xl/sharedStrings.bin" or i.filename.startswith("xl/worksheets/sheet"))]
    text = "\n".join(legacy_strings(read_member(ctx, zf, i, "xlsb")) for i in parts)
    ctx.segment(loc, text)
    ctx.partial(loc, "xlsb: binary workbook (no maintained reader); text runs taken heuristically, numbers not read")


_XLSX_COMMENTS = re.compile(r"xl/(?:comments[^/]*|comments/[^/]+|threadedComments/[^/]+|persons/[^/]+)\.xml")
_XLSX_DRAWINGS = re.compile(r"xl/(?:drawings|charts)/[^/]+\.xml")
_XLSX_SHEET = re.compile(r"xl/worksheets/[^/]+\.xml")
_SHEET_TAIL = 2 * 1024 * 1024  # bytes read after </sheetData> (header/footer, validations, links)
_HEADER_FOOTER = re.compile(rb"<((?:odd|even|first)(?:Header|Footer))>([^<]{1,32768})</\1>")
_TAIL_ATTRS = re.compile(rb'\s(?:prompt|promptTitle|error|errorTitle|tooltip|display)="([^"]{1,32768})"')
_HF_CODES = re.compile(r'&"[^"]*"|&\d+|&[LCRPNDTZFAGBIUSEXYOHK]|&&', re.IGNORECASE)


def ooxml_hidden_text(ctx: Context, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], kind: str, loc: str,
                      deadline: Deadline) -> None:
    """Text of OOXML parts the main reading skips: spreadsheet cell comments (legacy and threaded, with
    their authors), text boxes / shapes / chart titles of spreadsheet drawings, sheet headers and footers,
    data-validation prompts and link tooltips; custom and application document properties (any kind)."""
    by_name = {i.filename: i for i in infos}
    if kind == "xlsx":
        comments = [_xml_text(ctx, read_member(ctx, zf, i, kind), kind, attrs=("displayName",))
                    for i in infos if _XLSX_COMMENTS.fullmatch(i.filename)]
        ctx.segment(f"{loc}#comments", "\n".join(t for t in comments if t))
        drawings = [_xml_text(ctx, read_member(ctx, zf, i, kind), kind, tags=("t",))
                    for i in infos if _XLSX_DRAWINGS.fullmatch(i.filename)]
        ctx.segment(f"{loc}#drawings", "\n".join(t for t in drawings if t))
        tails = [_sheet_tail_text(ctx, zf, i, kind, deadline) for i in infos if _XLSX_SHEET.fullmatch(i.filename)]
        ctx.segment(f"{loc}#sheet-extras", "\n".join(t for t in tails if t))
    if kind != "ooxml":  # an unknown OOXML kind reads every part anyway
        props = [_xml_text(ctx, read_member(ctx, zf, by_name[p], kind), kind)
                 for p in ("docProps/custom.xml", "docProps/app.xml") if p in by_name]
        ctx.segment(f"{loc}#custom-properties", "\n".join(t for t in props if t))


def _xml_text(ctx: Context, data: bytes, what: str, tags: tuple[str, ...] | None = None,
              attrs: tuple[str, ...] = ()) -> str:
    """Text of the elements named ``tags`` (all elements when None) and the values of ``attrs``."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    lim = ctx.limits
    out: list[str] = []
    try:
        for _event, el in iterparse(io.BytesIO(data), events=("end",), forbid_dtd=lim.xml_forbid_dtd,
                                    forbid_entities=lim.xml_forbid_entities):
            local = el.tag.rpartition("}")[2]
            if el.text and el.text.strip() and (tags is None or local in tags):
                out.append(el.text)
            for a in attrs:
                v = el.get(a)
                if v and v.strip():
                    out.append(v)
            if tags is None or local in ("p", "comment", "threadedComment", "si", "person", "property"):
                out.append("\n")
    except DefusedXmlException as e:
        raise LimitExceeded(f"{what}: XML {type(e).__name__} refused") from None
    return "".join(out).strip()


def _sheet_tail_text(ctx: Context, zf: zipfile.ZipFile, info: zipfile.ZipInfo, kind: str,
                     deadline: Deadline) -> str:
    """Header / footer text, validation prompts and link tooltips of one worksheet: the part after its
    cell data, read by streaming past the cells (the cells themselves are read by ``_xlsx``)."""
    import html

    end = b"</sheetData>"
    tail = b""
    carry = b""
    with zf.open(info) as f:
        while True:
            chunk = f.read(1024 * 1024)
            if not chunk:
                return ""
            deadline.check(kind)
            buf = carry + chunk
            i = buf.find(end)
            if i != -1:
                tail = buf[i + len(end) :]
                break
            carry = buf[-len(end) :]
        while len(tail) < _SHEET_TAIL:
            chunk = f.read(_SHEET_TAIL - len(tail))
            if not chunk:
                break
            tail += chunk
    ctx.charge(len(tail), kind)
    out = [_HF_CODES.sub(" ", html.unescape(m.group(2).decode("utf-8", "replace"))).replace("&", " ")
           for m in _HEADER_FOOTER.finditer(tail)]
    out += [html.unescape(m.group(1).decode("utf-8", "replace")) for m in _TAIL_ATTRS.finditer(tail)]
    return "\n".join(o.strip() for o in out if o.strip())


def _part_label(kind: str, path: str) -> str | None:
    """The location suffix of an OOXML part, or None for parts without human text."""
    if path == "docProps/core.xml":
        return "#properties"
    if kind == "docx":
        if path == "word/document.xml":
            return ""
        for prefix in ("header", "footer", "footnotes", "endnotes", "comments"):
            if path.startswith(f"word/{prefix}"):
                return f"#{prefix}"
        return None
    if kind == "pptx":
        m = re.fullmatch(r"ppt/(slides|notesSlides|comments)/\w*?(\d+)\.xml", path)
        if m:
            what = {"slides": "slide", "notesSlides": "notes", "comments": "comments"}[m.group(1)]
            return f"#{what}={m.group(2)}"
        return None
    return f"#{path}" if not path.startswith("[") else None


def _cell(v: object) -> str:
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    return str(v)


def _calamine_value(v: object) -> object:
    """A python-calamine cell value as openpyxl (``data_only``) gives it: a date cell is a datetime at
    midnight, an empty cell None."""
    if isinstance(v, datetime.date) and not isinstance(v, datetime.datetime):
        return datetime.datetime.combine(v, datetime.time())
    return None if v == "" else v


def calamine_sheets(data: bytes) -> list[tuple[str, list[list[object]]]]:
    """(title, rows) of every worksheet of an XLSX/XLSM via python-calamine (Rust): the values and row
    positions openpyxl's read-only reader gives, several times faster. Raises on anything it cannot read."""
    import python_calamine

    wb = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    out: list[tuple[str, list[list[object]]]] = []
    for meta in wb.sheets_metadata:
        if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
            continue  # chart / dialog / macro sheets: openpyxl's ``worksheets`` holds none either
        rows = wb.get_sheet_by_name(meta.name).to_python(skip_empty_area=False)
        out.append((meta.name, [[_calamine_value(v) for v in row] for row in rows]))
    return out


def _xlsx(ctx: Context, data: bytes, loc: str, deadline: Deadline) -> None:
    try:
        sheets = calamine_sheets(data)
    except Exception:  # a workbook calamine cannot read: openpyxl's reader decides (and may say why)
        sheets = None
    if sheets is not None:
        for title, rows in sheets:
            deadline.check("xlsx")
            text, tables = rows_to_table_text(sheet_records(rows, _cell))
            ctx.segment(f"{loc}#sheet={title}", text, tables)
        return
    _xlsx_openpyxl(ctx, data, loc, deadline)


def _xlsx_openpyxl(ctx: Context, data: bytes, loc: str, deadline: Deadline) -> None:
    import openpyxl

    # openpyxl parses through defusedxml; what it inflates is bounded by the message budget
    # (check_zip_members counted the members, _zip_budget the declared sizes).
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    try:
        for ws in wb.worksheets:
            deadline.check("xlsx")
            ws.reset_dimensions()  # never trust the declared dimension (a padding bomb); read real rows

            def rows(ws: object = ws) -> Iterator[tuple[object, ...]]:
                for r, row in enumerate(ws.iter_rows(values_only=True)):  # type: ignore[attr-defined]
                    if r % 256 == 255:
                        deadline.check("xlsx")
                    yield row

            # header = first row with two cells or more, real sheet row numbers (extract.tables)
            text, tables = rows_to_table_text(sheet_records(rows(), _cell))
            ctx.segment(f"{loc}#sheet={ws.title}", text, tables)
    finally:
        wb.close()


def _zip_budget(ctx: Context, infos: list[zipfile.ZipInfo], kind: str, read: frozenset[str] = frozenset()) -> None:
    """For a library that inflates the parts itself (openpyxl): the declared XML sizes must fit the budget.

    zipfile never returns more than a member's declared size, so this bounds what the library reads.
    """
    declared = sum(i.file_size for i in infos if i.filename.endswith((".xml", ".rels")) and i.filename not in read)
    if declared > ctx.stream_cap():
        raise LimitExceeded(f"{kind}: {declared} bytes of XML declared > the {ctx.stream_cap()} bytes "
                            "the budget has left")
    ctx.charge(declared, kind)


def _embedded(ctx: Context, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], kind: str, loc: str,
              depth: int, deadline: Deadline) -> None:
    """Embedded objects (extracted recursively) and pictures (OCR within its budget) of a document."""
    from gateway.extract.ocr import ocr_pictures

    pictures: list[zipfile.ZipInfo] = []
    for info in infos:
        path = info.filename
        low = path.lower()
        if low.startswith("docprops/thumbnail") or low == "thumbnails/thumbnail.png":
            continue  # a preview rendering of the first page, whose text is read anyway
        if low.startswith("objectreplacements/"):
            continue  # ODF: the rendering of an embedded object, whose content is read itself
        if "/media/" in low or low.startswith("pictures/") or low.endswith(_IMAGE_EXT):
            pictures.append(info)
        elif "/embeddings/" in low or _odf_object(path):
            deadline.check(kind)
            data = read_member(ctx, zf, info, kind)
            extract_file(ctx, data, f"{loc}/{path}", safe_name(path), depth + 1, deadline)
    if pictures:
        ocr_pictures(ctx, lambda info: read_member(ctx, zf, info, kind), pictures, kind, loc, deadline)


def _odf_object(path: str) -> bool:
    """An object embedded in an ODF document as a binary file (``Object 1``: OLE, ``Object 2/...``: ODF)."""
    return path.startswith("Object ") and "/" not in path


# --- ODF -------------------------------------------------------------------------------------------

_ODF_XML = ("content.xml", "styles.xml", "meta.xml")


def extract_odf(ctx: Context, zf: zipfile.ZipFile, names: set[str], data: bytes, loc: str, depth: int,
                deadline: Deadline) -> None:
    mimetype = zf.read("mimetype")[:100].decode("ascii", "replace")
    kind = {"text": "odt", "spreadsheet": "ods", "presentation": "odp"}.get(
        mimetype.rpartition(".")[2], "odf")
    infos = check_zip_members(ctx, zf, kind)
    if b"encryption-data" in zf.read("META-INF/manifest.xml"):
        raise EncryptedContent(f"{kind}: password protected")
    lim = ctx.limits
    parts: dict[str, bytes] = {}
    for part in _ODF_XML:
        if part in names:
            head = read_member(ctx, zf, zf.getinfo(part), kind)
            if lim.xml_forbid_entities and b"<!ENTITY" in head:
                raise LimitExceeded(f"{kind}: XML entity declaration refused")
            if lim.xml_forbid_dtd and b"<!DOCTYPE" in head:
                raise LimitExceeded(f"{kind}: XML DTD refused")
            parts[part] = head
    _zip_budget(ctx, infos, kind, frozenset(parts))
    from odf.opendocument import load

    deadline.check(kind)
    doc = load(io.BytesIO(_odf_for_odfpy(zf, names, parts, data)))
    if kind == "ods" and doc.spreadsheet is not None:
        from odf.table import Table as OdfTable

        for table in doc.spreadsheet.getElementsByType(OdfTable):
            deadline.check(kind)
            text, tables = rows_to_table_text(odf_table_records(table, _odf_text))
            ctx.segment(f"{loc}#sheet={table.getAttribute('name')}", text, tables)
    else:
        ctx.segment(loc, *odf_body(doc.body, _odf_text))
    meta = doc.meta
    if meta is not None:
        ctx.segment(f"{loc}#properties", _odf_text(meta))
    _odf_subdocuments(ctx, zf, names, loc, deadline)
    _embedded(ctx, zf, [i for i in infos if i.filename.startswith(("Pictures/", "Object "))], kind, loc, depth,
              deadline)


_DOCTYPE = re.compile(rb"<!DOCTYPE[^\[>]*(?:\[[^\]]*\])?\s*>")


def _odf_for_odfpy(zf: zipfile.ZipFile, names: set[str], parts: dict[str, bytes], data: bytes) -> bytes:
    """The document as odfpy can load it: OpenOffice 3's DTD reference (a DOCTYPE without entities,
    harmless, which odfpy's defused parser refuses to fetch) removed, and the manifest's entries
    that the archive lacks (no meta.xml, no thumbnail) left out. The original when nothing is needed."""
    from defusedxml.ElementTree import fromstring

    doctype = any(b"<!DOCTYPE" in head for head in parts.values())
    manifest = zf.read("META-INF/manifest.xml")
    if b"<!DOCTYPE" in manifest:
        doctype = True
        manifest = _DOCTYPE.sub(b"", manifest, count=1)
    root = fromstring(manifest, forbid_dtd=False, forbid_entities=True)
    listed = [el for el in root if el.tag.rpartition("}")[2] == "file-entry"]
    missing = [el for el in listed
               if (p := next((v for k, v in el.attrib.items() if k.endswith("full-path")), "/")) != "/"
               and not p.endswith("/") and p not in names]
    if not doctype and not missing:
        return data
    import xml.etree.ElementTree as ET

    for el in missing:
        root.remove(el)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as out:
        for info in zf.infolist():
            if info.is_dir():
                continue
            if info.filename == "META-INF/manifest.xml":
                body = ET.tostring(root, encoding="utf-8", xml_declaration=True)
            elif info.filename in parts:
                body = _DOCTYPE.sub(b"", parts[info.filename], count=1)
            elif info.filename.endswith(".xml") and "/" not in info.filename:
                body = _DOCTYPE.sub(b"", zf.read(info), count=1)
            else:
                body = zf.read(info)
            out.writestr(info.filename, body)
    return buf.getvalue()


def _odf_subdocuments(ctx: Context, zf: zipfile.ZipFile, names: set[str], loc: str, deadline: Deadline) -> None:
    """Objects embedded as ODF sub-documents (``Object 1/content.xml``: a chart, a formula, a table)."""
    from gateway.extract.text import xml_to_text

    lim = ctx.limits
    for path in sorted(n for n in names if n.startswith("Object ") and n.endswith("/content.xml")):
        deadline.check("odf")
        body = read_member(ctx, zf, zf.getinfo(path), "odf")
        if lim.xml_forbid_entities and b"<!ENTITY" in body:
            ctx.unscannable(f"{loc}/{path[:-12]}", "odf: XML entity declaration refused")
            continue
        ctx.segment(f"{loc}/{path[:-12]}", xml_to_text(_DOCTYPE.sub(b"", body, count=1), lim.xml_forbid_dtd,
                                                      lim.xml_forbid_entities))


_ODF_BREAK = {"p": "\n", "h": "\n", "line-break": "\n", "tab": "\t", "table-cell": "\t", "table-row": "\n",
              "list-item": "\n", "note-citation": " "}


def _odf_text(root: object) -> str:
    """All text below an odfpy element, paragraphs and cells separated, ``text:s`` expanded."""
    out: list[str] = []
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if node.nodeType == node.TEXT_NODE:  # type: ignore[attr-defined]
            out.append(str(node.data))  # type: ignore[attr-defined]
            continue
        local = node.qname[1] if hasattr(node, "qname") else ""  # type: ignore[attr-defined]
        if closing:
            sep = _ODF_BREAK.get(local)
            if sep:
                out.append(sep)
            continue
        if local == "s":
            c = node.getAttribute("c")  # type: ignore[attr-defined]
            out.append(" " * min(int(c) if c and str(c).isdigit() else 1, 100))
            continue
        stack.append((node, True))
        stack.extend((c, False) for c in reversed(node.childNodes))  # type: ignore[attr-defined]
    return "".join(out)
