"""Archives and compressed files: ZIP (and the OOXML/ODF documents inside ZIP), gzip, bzip2, xz, tar."""

from __future__ import annotations

import io
import zipfile

from gateway.extract.context import Context, safe_name, safe_path
from gateway.extract.files import extract_file
from gateway.extract.limits import Deadline, LimitExceeded

_CHUNK = 1 << 20


def check_zip_members(ctx: Context, zf: zipfile.ZipFile, what: str) -> list[zipfile.ZipInfo]:
    """The file members of ``zf`` after the archive-wide bomb checks (count, ratio, bytes)."""
    lim = ctx.limits
    infos = [i for i in zf.infolist() if not i.is_dir()]
    if len(infos) > lim.max_files:
        raise LimitExceeded(f"{what}: {len(infos)} files > {lim.max_files}")
    for i in infos:
        if i.file_size > lim.ratio_min_bytes:
            ratio = i.file_size / max(i.compress_size, 1)
            if ratio > lim.max_ratio:
                raise LimitExceeded(f"{what}: compression ratio {ratio:.0f} > {lim.max_ratio:g}")
    total = sum(i.file_size for i in infos)
    if ctx.total_bytes + total > lim.max_total_bytes:
        raise LimitExceeded(f"{what}: total extracted bytes > {lim.max_total_bytes}")
    return infos


def read_member(ctx: Context, zf: zipfile.ZipFile, info: zipfile.ZipInfo, what: str) -> bytes:
    """One member's bytes, charged to the budget (zipfile never returns more than the declared size)."""
    ctx.charge(info.file_size, what)
    with zf.open(info) as f:
        return f.read()


def extract_zip(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline) -> None:
    zf = zipfile.ZipFile(io.BytesIO(data))
    names = set(zf.namelist())
    if "[Content_Types].xml" in names:
        from gateway.extract.office import extract_ooxml

        extract_ooxml(ctx, zf, names, data, loc, depth, deadline)
        return
    if "mimetype" in names and "META-INF/manifest.xml" in names:
        from gateway.extract.office import extract_odf

        extract_odf(ctx, zf, names, data, loc, depth, deadline)
        return
    lim = ctx.limits
    infos = [i for i in zf.infolist() if not i.is_dir()]
    if len(infos) > lim.max_files:
        ctx.unscannable(loc, f"zip: {len(infos)} files > {lim.max_files}")
        infos = infos[: lim.max_files]
    ctx.segment(f"{loc}#names", "\n".join(safe_path(i.filename) for i in infos))  # names carry data too
    encrypted = sum(1 for i in infos if i.flag_bits & 0x1)
    if encrypted:
        ctx.encrypted(loc, f"zip: {encrypted} of {len(infos)} files password protected")
    for info in infos:
        if info.flag_bits & 0x1:
            continue
        deadline.check("zip")
        mloc = f"{loc}/{safe_path(info.filename)}"
        if info.file_size > lim.ratio_min_bytes:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > lim.max_ratio:
                ctx.unscannable(mloc, f"zip: compression ratio {ratio:.0f} > {lim.max_ratio:g}")
                continue
        try:
            member = read_member(ctx, zf, info, "zip")
        except LimitExceeded as e:
            ctx.unscannable(mloc, str(e))
            return  # the message budget is spent: the rest of the archive cannot be read either
        except NotImplementedError:
            ctx.unscannable(mloc, "zip: unsupported compression method")
            continue
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as e:
            ctx.unscannable(mloc, f"zip: corrupt member ({type(e).__name__})")
            continue
        extract_file(ctx, member, mloc, safe_name(info.filename), depth + 1, deadline)


def inflate(ctx: Context, data: bytes, kind: str) -> tuple[bytes, bool]:
    """Decompress a gzip/bzip2/xz stream in bounded steps; returns (bytes, complete)."""
    lim = ctx.limits
    out = bytearray()

    def grow(chunk: bytes) -> None:
        out.extend(chunk)
        ctx.charge(len(chunk), kind)
        if len(out) > lim.ratio_min_bytes and len(out) > lim.max_ratio * len(data):
            raise LimitExceeded(f"{kind}: compression ratio {len(out) / len(data):.0f} > {lim.max_ratio:g}")

    if kind == "gzip":
        import zlib

        buf = data
        while buf:
            d = zlib.decompressobj(47)
            while not d.eof:
                chunk = d.decompress(buf, _CHUNK)
                grow(chunk)
                buf = d.unconsumed_tail
                if not chunk and not buf:
                    break  # wants more input than there is: truncated
            if not d.eof:
                return bytes(out), False
            buf = d.unused_data
            if not buf.startswith(b"\x1f\x8b"):  # trailing padding after the last member
                break
        return bytes(out), True
    if kind == "bzip2":
        import bz2

        dec: bz2.BZ2Decompressor | object = bz2.BZ2Decompressor()
    else:
        import lzma

        dec = lzma.LZMADecompressor()
    buf = data
    while True:
        grow(dec.decompress(buf, _CHUNK))  # type: ignore[attr-defined]
        buf = b""
        if dec.eof:  # type: ignore[attr-defined]
            return bytes(out), True
        if dec.needs_input:  # type: ignore[attr-defined]
            return bytes(out), False


_SUFFIXES = {".gz": "", ".tgz": ".tar", ".bz2": "", ".tbz2": ".tar", ".tbz": ".tar", ".xz": "", ".txz": ".tar"}


def extract_compressed(ctx: Context, data: bytes, loc: str, name: str, depth: int,
                       deadline: Deadline) -> None:
    kind = "gzip" if data.startswith(b"\x1f\x8b") else "bzip2" if data.startswith(b"BZh") else "xz"
    inner, complete = inflate(ctx, data, kind)
    if not complete:
        ctx.unscannable(loc, f"{kind}: truncated stream")
    lower = name.lower()
    inner_name = "data"
    for suffix, repl in _SUFFIXES.items():
        if lower.endswith(suffix) and len(name) > len(suffix):
            inner_name = name[: -len(suffix)] + repl
            break
    if len(inner) > 262 and inner[257:262] == b"ustar":
        extract_tar(ctx, inner, loc, inner_name, depth, deadline)  # tar.gz: one layer, member paths
        return
    extract_file(ctx, inner, f"{loc}/{inner_name}", inner_name, depth + 1, deadline)


def extract_tar(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline) -> None:
    import tarfile

    lim = ctx.limits
    count = 0
    names: list[str] = []
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tf:
        for member in tf:
            if not member.isfile():
                continue
            count += 1
            if count > lim.max_files:
                ctx.unscannable(loc, f"tar: more than {lim.max_files} files")
                break
            names.append(safe_path(member.name))
            deadline.check("tar")
            mloc = f"{loc}/{safe_path(member.name)}"
            f = tf.extractfile(member)
            if f is None:
                continue
            content = f.read(member.size)  # bounded by the (already decompressed) archive itself
            extract_file(ctx, content, mloc, safe_name(member.name), depth + 1, deadline)
    ctx.segment(f"{loc}#names", "\n".join(names))
