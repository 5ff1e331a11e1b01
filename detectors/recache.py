"""Big regexes compiled once per host: their compiled form cached in files, keyed by content hash.

Compiling the lexicon's trie regexes (80 000 characters each) takes most of the detection
engine's build time, on the critical path of a gateway's start-up. CPython compiles a pattern in
two steps: parsing and code generation in Python (slow), then ``_sre.compile`` on the generated
code (fast, in C, and it validates the code). This module keeps the generated code of a pattern in
``<cache dir>/re-<key>.bin``, so the next process skips the slow step.

Safety: the cache can make start-up slower, never a match different.

- the key is a SHA-256 of the pattern, its flags and everything the code depends on (interpreter
  version and build, ``_sre.MAGIC``, code word size, repeat and group limits); a pattern that
  changes, or another Python, gets another file;
- a file holds its own key and a SHA-256 of its payload; a file that is truncated, corrupt, of
  another key, or whose code ``_sre`` rejects is ignored and rewritten from a fresh compile;
- files are written to a temporary name and renamed (atomic): a reader never sees half a file;
- without a cache directory (the default: the tests' own engines) or when the interpreter's
  private compiler API is not the expected one, patterns are compiled as ``re.compile`` does.

The same files hold the prefilter's Hyperscan databases (``hs-<key>.bin``, :func:`load_blob` /
:func:`store_blob`, keyed by the regexes they are built from and the prefilter's code): building them
(translating the regexes, then Hyperscan's compile) took half of a cold engine build.

Only patterns of ``MIN_LENGTH`` characters and more go through the files; a small one compiles
faster than its file would be read. The gateway's scanner template looks in the package's own
directory (beside its bytecode; filled at an image's build by ``python -m detectors.recache``, or
by the first start of a checkout) and then in ``<state_dir>/cache``; ``dlp-gateway scan`` and ``eval`` use the
package's directory too.
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import json
import logging
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

try:  # CPython's private compiler: parse + code generation, then _sre.compile
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another interpreter: no cache
    _sre = None  # type: ignore[assignment]

log = logging.getLogger("dlpgw.detectors")

MIN_LENGTH = 4096
MAX_FILES = 32  # per directory; the least recently used go first
MAGIC = b"DLPGW-RE 1\n"
# Beside the package's bytecode, like it: written when writable (a checkout, an image's build step:
# ``python -m detectors.recache``), read-only in a container at run time.
PACKAGE_DIR = Path(__file__).resolve().parent / "__pycache__" / "recache"
_dirs: tuple[Path, ...] = ()
# Compiled while no directory took them (e.g. a read-only package directory, the state directory not
# known yet): offered to the next directories set, then dropped; at most this many kept meanwhile.
_unsaved: dict[str, tuple[str, dict[str, Any], array.array[int]]] = {}
MAX_UNSAVED = 16


def _env() -> str:
    if _sre is None:
        return ""
    return repr((sys.implementation.name, sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE,
                 _sre.MAXREPEAT, _sre.MAXGROUPS))


_ENV = _env()
_TYPECODE = next((t for t in "ILQ" if _sre is not None and array.array(t).itemsize == _sre.CODESIZE), "")


def set_cache_dirs(*dirs: str | os.PathLike[str]) -> None:
    """Where compiled patterns are looked up, in order; a miss is written to the first directory that
    takes it (created, mode 0700). None given: no files."""
    global _dirs
    _dirs = tuple(Path(d) for d in dirs if d)
    pending = list(_unsaved.items())
    _unsaved.clear()
    for name, (key, record, code) in pending:  # those no directory takes now are dropped
        any(_store(d / name, key, record, code) for d in _dirs)


def _save(name: str, key: str, record: dict[str, Any], code: array.array[int]) -> None:
    if not any(_store(d / name, key, record, code) for d in _dirs) and len(_unsaved) < MAX_UNSAVED:
        _unsaved[name] = (key, record, code)


def cache_dirs() -> tuple[Path, ...]:
    return _dirs


def key_of(pattern: str, flags: int) -> str:
    return hashlib.sha256(f"{_ENV}\0{int(flags)}\0{pattern}".encode("utf-8", "surrogatepass")).hexdigest()


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache file when a valid one exists (else written)."""
    flags = int(flags)
    if not _dirs or not _TYPECODE or not isinstance(pattern, str) or len(pattern) < MIN_LENGTH or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = key_of(pattern, flags)
    name = f"re-{key}.bin"
    for d in _dirs:
        rx = _load(d / name, key, pattern)
        if rx is not None:
            with contextlib.suppress(OSError):
                os.utime(d / name)  # in use: the last a prune removes
            return rx
    try:
        rx, record, code = _compile_record(pattern, flags)
    except (AttributeError, TypeError, ValueError):  # the private API changed shape: just compile
        return re.compile(pattern, flags)
    _save(name, key, record, code)
    return rx


def _compile_record(pattern: str, flags: int) -> tuple[re.Pattern[str], dict[str, Any], array.array[int]]:
    """What ``re._compiler.compile`` does, keeping the generated code."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    record = {"flags": flags | p.state.flags, "groups": p.state.groups - 1, "groupindex": groupindex,
              "indexgroup": indexgroup}
    return _build(pattern, record, code), record, array.array(_TYPECODE, code)


def _build(pattern: str, record: dict[str, Any], code: list[int] | array.array[int]) -> re.Pattern[str]:
    return _sre.compile(pattern, record["flags"], list(code), record["groups"], record["groupindex"],
                        tuple(record["indexgroup"]))


def _load(path: Path, key: str, pattern: str) -> re.Pattern[str] | None:
    got = _read(path, key)
    if got is None:
        return None
    header, payload = got
    try:
        if header.get("typecode") != _TYPECODE:
            raise ValueError("typecode")
        code = array.array(_TYPECODE)
        code.frombytes(payload)
        return _build(pattern, header, code)
    except Exception as e:  # foreign or rejected by _sre: compile afresh and rewrite it
        log.warning("compiled-regex cache file %s is invalid (%s): rebuilding it", path.name, type(e).__name__)
        return None


def _read(path: Path, key: str) -> tuple[dict[str, Any], bytes] | None:
    """The header and payload of a cache file of ``key``; None when missing, truncated, corrupt or foreign."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        if not data.startswith(MAGIC):
            raise ValueError("magic")
        header_end = data.index(b"\n", len(MAGIC))
        header = json.loads(data[len(MAGIC):header_end])
        payload = data[header_end + 1:]
        if header.get("key") != key:
            raise ValueError("key")
        if hashlib.sha256(payload).hexdigest() != header.get("sha256"):
            raise ValueError("digest")
        return header, payload
    except Exception as e:  # corrupt or foreign: built afresh and rewritten
        log.warning("compiled-regex cache file %s is invalid (%s): rebuilding it", path.name, type(e).__name__)
        return None


def load_blob(kind: str, key: str) -> tuple[dict[str, Any], bytes] | None:
    """Another compiled form kept like the regexes (``kind``: a file-name prefix, e.g. ``hs`` for the
    prefilter's Hyperscan databases): its header and payload from the first directory holding a valid
    file of ``key``, else None. The caller's ``key`` must cover everything the payload depends on."""
    name = f"{kind}-{key}.bin"
    for d in _dirs:
        got = _read(d / name, key)
        if got is not None:
            with contextlib.suppress(OSError):
                os.utime(d / name)
            return got
    return None


def store_blob(kind: str, key: str, header: dict[str, Any], payload: bytes) -> bool:
    """Write what :func:`load_blob` reads, to the first directory that takes it (none set: nothing)."""
    return any(_write(d / f"{kind}-{key}.bin", key, header, payload) for d in _dirs)


def _store(path: Path, key: str, record: dict[str, Any], code: array.array[int]) -> bool:
    return _write(path, key, {**record, "typecode": _TYPECODE}, code.tobytes())


def _write(path: Path, key: str, record: dict[str, Any], payload: bytes) -> bool:
    header = {**record, "key": key, "sha256": hashlib.sha256(payload).hexdigest()}
    tmp = ""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".re-", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(MAGIC + json.dumps(header, separators=(",", ":")).encode() + b"\n" + payload)
        os.replace(tmp, path)
        tmp = ""
        _prune(path.parent)
        return True
    except OSError as e:  # a read-only or full directory: the cache is only an optimisation
        log.debug("compiled-regex cache not written in %s (%s)", path.parent, type(e).__name__)
        return False
    finally:
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _prune(directory: Path) -> None:
    """Keep the ``MAX_FILES`` most recently used files (patterns change with the lexicons)."""
    try:
        groups = [sorted(directory.glob(f"{kind}-*.bin"), key=lambda p: p.stat().st_mtime, reverse=True)
                  for kind in ("re", "hs")]
    except OSError:
        return
    for old in (p for files in groups for p in files[MAX_FILES:]):
        with contextlib.suppress(OSError):
            old.unlink()


def build(dirs: list[str]) -> int:
    """Compile the detection engine's big patterns into ``dirs`` (default: the package's own)."""
    from detectors import DetectionEngine, DetectorOptions, recache  # this module as the lexicons see it

    recache.set_cache_dirs(*(dirs or [recache.PACKAGE_DIR]))
    DetectionEngine(DetectorOptions())  # with the prefilter: every lexicon its databases are built from
    first = recache.cache_dirs()[0]
    print(f"compiled-regex cache: {len(list(first.glob('re-*.bin')))} file(s) in {first}")
    return 0


if __name__ == "__main__":  # python -m detectors.recache [DIR ...]: an install / image build step
    raise SystemExit(build(sys.argv[1:]))
