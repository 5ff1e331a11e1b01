"""Archives and compressed files: ZIP (and the OOXML/ODF documents inside), gzip, bzip2, xz, tar, 7z, RAR.

Every member is read in bounded steps and charged to the message budget as it decompresses (no
ratio rule: a bomb stops at :meth:`Context.stream_cap`). 7z is read with libarchive (libarchive-c);
RAR headers with rarfile (which knows RAR 3 and 5 encryption, header encryption included) and the
members with libarchive, or with ``unar`` (a bounded process) for what libarchive cannot decode
(solid RAR 3). Password-protected members are ``ENCRYPTED_CONTENT``; so is an archive whose
file names are encrypted too.
"""

from __future__ import annotations

import io
import zipfile

from gateway.extract.context import Context, safe_name, safe_path
from gateway.extract.files import extract_file
from gateway.extract.limits import Deadline, EncryptedContent, LimitExceeded

_CHUNK = 1 << 20


def check_zip_members(ctx: Context, zf: zipfile.ZipFile, what: str) -> list[zipfile.ZipInfo]:
    """The file members of ``zf`` after the archive-wide count check (sizes are bounded while reading)."""
    lim = ctx.limits
    infos = [i for i in zf.infolist() if not i.is_dir()]
    if len(infos) > lim.max_files:
        raise LimitExceeded(f"{what}: {len(infos)} files > {lim.max_files}")
    return infos


def read_member(ctx: Context, zf: zipfile.ZipFile, info: zipfile.ZipInfo, what: str) -> bytes:
    """One member's bytes, read in bounded steps and charged to the budget as they come.

    zipfile never returns more than the declared size, so a member declared larger than what one
    stream may still produce stops before any decompression. A wrong CRC does not hide the text:
    the bytes read are what the recipient's unzip shows too.
    """
    cap = ctx.stream_cap()
    if info.file_size > cap:
        raise LimitExceeded(f"{what}: member of {info.file_size} bytes > the {cap} bytes the budget has left")
    out = bytearray()
    with zf.open(info) as f:
        if hasattr(f, "_expected_crc"):
            f._expected_crc = None  # read what is there; a bad CRC is not a reason to skip the text
        while True:
            chunk = f.read(_CHUNK)
            if not chunk:
                break
            ctx.charge(len(chunk), what)
            out += chunk
            if len(out) > cap:
                raise LimitExceeded(f"{what}: member larger than {cap} bytes")
    return bytes(out)


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
        try:
            member = read_member(ctx, zf, info, "zip")
        except LimitExceeded as e:
            ctx.unscannable(mloc, str(e))
            return  # the message budget is spent: the rest of the archive cannot be read either
        except NotImplementedError:
            ctx.unscannable(mloc, f"zip: unsupported compression method {info.compress_type}")
            continue
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as e:
            ctx.unscannable(mloc, f"zip: corrupt member ({type(e).__name__})")
            continue
        extract_file(ctx, member, mloc, safe_name(info.filename), depth + 1, deadline)


def inflate(ctx: Context, data: bytes, kind: str) -> tuple[bytes, bool]:
    """Decompress a gzip/bzip2/xz stream in bounded steps; returns (bytes, complete).

    Output is charged as it comes and stops at :meth:`Context.stream_cap`: a bomb costs at most
    the budget, whatever its ratio.
    """
    cap = ctx.stream_cap()
    out = bytearray()

    def grow(chunk: bytes) -> None:
        out.extend(chunk)
        ctx.charge(len(chunk), kind)
        if len(out) > cap:
            raise LimitExceeded(f"{kind}: decompressed stream larger than {cap} bytes")

    if kind in ("gzip", "zlib"):
        import zlib

        buf = data
        while buf:
            d = zlib.decompressobj(47 if kind == "gzip" else 15)
            while not d.eof:
                chunk = d.decompress(buf, _CHUNK)
                grow(chunk)
                buf = d.unconsumed_tail
                if not chunk and not buf:
                    break  # wants more input than there is: truncated
            if not d.eof:
                return bytes(out), False
            buf = d.unused_data
            if kind == "zlib" or not buf.startswith(b"\x1f\x8b"):  # trailing padding after the last member
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


# --- 7z and RAR ---------------------------------------------------------------------------------

def _libarchive_members(ctx: Context, data: bytes, kind: str, loc: str, depth: int, deadline: Deadline,
                        skip: frozenset[str] = frozenset()) -> tuple[list[str], int]:
    """Read the members of a 7z/RAR archive with libarchive; returns (member paths, encrypted count)."""
    import ctypes

    import libarchive
    import libarchive.ffi as ffi

    is_encrypted = ffi.libarchive.archive_entry_is_encrypted
    is_encrypted.argtypes = [ctypes.c_void_p]
    is_encrypted.restype = ctypes.c_int
    lim = ctx.limits
    names: list[str] = []
    encrypted = 0
    fmt = "7zip" if kind == "7z" else "rar5" if data[6:8] == b"\x01\x00" else "rar"
    with libarchive.memory_reader(data, format_name=fmt) as archive:
        for entry in archive:
            if not entry.isfile:
                continue
            path = safe_path(entry.pathname or "")
            if len(names) >= lim.max_files:
                ctx.unscannable(loc, f"{kind}: more than {lim.max_files} files")
                break
            names.append(path)
            if is_encrypted(entry._entry_p) or path in skip:
                encrypted += 1
                continue
            deadline.check(kind)
            cap = ctx.stream_cap()
            out = bytearray()
            for block in entry.get_blocks():
                ctx.charge(len(block), kind)
                out += block
                if len(out) > cap:
                    raise LimitExceeded(f"{kind}: member larger than {cap} bytes")
            extract_file(ctx, bytes(out), f"{loc}/{path}", safe_name(path), depth + 1, deadline)
    return names, encrypted


def extract_7z(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline) -> None:
    import libarchive.exception

    try:
        names, encrypted = _libarchive_members(ctx, data, "7z", loc, depth, deadline)
    except libarchive.exception.ArchiveError as e:
        message = str(e).lower()
        if "header is encrypted" in message:
            raise EncryptedContent("7z: password protected (file names encrypted too)") from None
        if "encrypted" in message:
            raise EncryptedContent("7z: password protected") from None
        raise LimitExceeded("7z: damaged or unsupported archive (libarchive)") from None
    ctx.segment(f"{loc}#names", "\n".join(names))
    if encrypted:
        ctx.encrypted(loc, f"7z: {encrypted} of {len(names)} files password protected")


def extract_rar(ctx: Context, data: bytes, loc: str, name: str, depth: int, deadline: Deadline) -> None:
    import rarfile

    try:
        rf = rarfile.RarFile(io.BytesIO(data))
        infos = [i for i in rf.infolist() if not i.is_dir()]
    except rarfile.PasswordRequired:
        raise EncryptedContent("rar: password protected (file names encrypted too)") from None
    except rarfile.Error:
        raise LimitExceeded("rar: damaged or unsupported archive") from None
    if rf.needs_password() and not infos:
        raise EncryptedContent("rar: password protected (file names encrypted too)")
    if len(infos) > ctx.limits.max_files:
        raise LimitExceeded(f"rar: {len(infos)} files > {ctx.limits.max_files}")
    locked = frozenset(safe_path(i.filename) for i in infos if i.needs_password())
    names = [safe_path(i.filename) for i in infos]
    ctx.segment(f"{loc}#names", "\n".join(names))
    if locked:
        ctx.encrypted(loc, f"rar: {len(locked)} of {len(infos)} files password protected")
    if len(locked) == len(infos):
        return
    declared = sum(i.file_size or 0 for i in infos if safe_path(i.filename) not in locked)
    if declared > ctx.stream_cap():
        raise LimitExceeded(f"rar: {declared} bytes declared > the {ctx.stream_cap()} bytes the budget has left")
    import libarchive.exception

    before = (len(ctx.out.segments), len(ctx.out.findings), ctx.total_bytes)
    try:
        _libarchive_members(ctx, data, "rar", loc, depth, deadline, skip=locked)
        return
    except libarchive.exception.ArchiveError:
        # libarchive cannot decode this one (solid RAR 3, some RAR 5 features): undo what it
        # added and let unar read the whole archive.
        del ctx.out.segments[before[0]:]
        del ctx.out.findings[before[1]:]
        ctx.total_bytes = before[2]
    _unar_members(ctx, data, loc, depth, deadline, locked, declared)


def _unar_members(ctx: Context, data: bytes, loc: str, depth: int, deadline: Deadline, locked: frozenset[str],
                  declared: int) -> None:
    """Unpack a RAR with ``unar`` into a private directory (bounded process), then read each file."""
    import os
    import shutil
    import tempfile

    from gateway.extract.tools import run_tool

    out_dir = tempfile.mkdtemp(prefix="dlpgw-unar-")
    try:
        res = run_tool("unar", ["-q", "-o", out_dir, "-D", "-f", "-nr", "-k", "skip", "-p", "", "{input}"], data,
                       timeout=min(10.0, deadline.remaining()), memory=ctx.limits.tool_memory_bytes,
                       max_output=max(declared, 1 << 20), suffix=".rar", what="rar")
        files = sorted(os.path.join(d, f) for d, _dirs, fs in os.walk(out_dir) for f in fs)
        if res.returncode != 0 and not files:
            raise LimitExceeded("rar: damaged or unsupported archive (libarchive, unar)")
        total = 0
        for path in files[: ctx.limits.max_files]:
            rel = safe_path(os.path.relpath(path, out_dir))
            if rel in locked or os.path.islink(path):
                continue
            deadline.check("rar")
            size = os.path.getsize(path)
            total += size
            if total > max(declared, 0) + (1 << 20):
                raise LimitExceeded("rar: unpacked more than the archive declared")
            ctx.charge(size, "rar")
            with open(path, "rb") as f:
                member = f.read()
            extract_file(ctx, member, f"{loc}/{rel}", safe_name(rel), depth + 1, deadline)
        if res.returncode != 0:
            ctx.unscannable(loc, "rar: some members could not be unpacked (unar)")
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)
