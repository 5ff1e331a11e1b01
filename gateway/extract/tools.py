"""Run the Debian command-line readers (antiword, catdoc, catppt, tesseract, unar) as bounded processes.

Each run gets: no shell, its input as a private temporary file (mode 0600, removed afterwards),
stdin from /dev/null, a minimal environment, a wall-clock timeout (the process group is killed),
and resource limits — address space, CPU seconds and the size of any file it writes (its output
goes to a file, so the output is capped too) — set with ``prlimit`` (util-linux) or, where that is
missing, by ``setrlimit`` in the child. The tools are GPL programs run as separate processes.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass
from functools import cache

from gateway.extract.limits import LimitExceeded

log = logging.getLogger("dlpgw.extract")

# The Debian packages that provide each tool (for the messages that say what is missing).
PACKAGES = {
    "antiword": "antiword",
    "catdoc": "catdoc",
    "catppt": "catdoc",
    "tesseract": "tesseract-ocr",
    "unar": "unar",
}
_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "OMP_THREAD_LIMIT": "1",
        "HOME": "/nonexistent"}


class ToolMissing(Exception):
    """The command-line tool is not installed; ``str(exc)`` names it and its Debian package."""


@cache
def which(name: str) -> str | None:
    return shutil.which(name, path=_ENV["PATH"] + os.pathsep + os.environ.get("PATH", ""))


@cache
def tesseract_languages() -> frozenset[str]:
    """The language packs the installed tesseract has (empty when tesseract is missing)."""
    exe = which("tesseract")
    if exe is None:
        return frozenset()
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, timeout=10, env=_ENV, check=False)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    lines = out.stdout.decode("utf-8", "replace").splitlines()
    return frozenset(line.strip() for line in lines[1:] if line.strip())


def missing_tools() -> list[str]:
    """Readiness: the extraction tools that are absent, as ``tool (Debian package)``, once per process."""
    out = [f"{t} ({PACKAGES[t]})" for t in ("antiword", "catdoc", "catppt", "tesseract", "unar") if which(t) is None]
    if which("tesseract") is not None:
        langs = tesseract_languages()
        out += [f"tesseract language {lang} (tesseract-ocr-{lang})" for lang in ("nld", "fra", "deu", "eng")
                if lang not in langs]
    return out


_warned: set[str] = set()


def warn_missing_once() -> None:
    """Log, once per process, which extraction tools are missing (the findings say it per file too)."""
    for what in missing_tools():
        if what not in _warned:
            _warned.add(what)
            log.warning("extract: %s is not installed; files that need it get a finding saying so", what)


@dataclass(frozen=True, slots=True)
class ToolResult:
    returncode: int
    output: bytes
    seconds: float


def _limits_preexec(memory: int, cpu: int, fsize: int):  # pragma: no cover - runs in the child
    def apply() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    return apply


def run_tool(
    tool: str, args: list[str], data: bytes | None, *, timeout: float, memory: int, max_output: int,
    suffix: str = "", what: str = "", workdir: str | None = None,
) -> ToolResult:
    """Run ``tool args... [input file]`` bounded; ``{input}`` in ``args`` is replaced by the input path.

    Returns the exit status and the (capped) standard output. Raises :class:`ToolMissing` when the
    tool is absent and :class:`LimitExceeded` on timeout or when its output passes ``max_output``.
    """
    exe = which(tool)
    if exe is None:
        raise ToolMissing(f"{tool} not installed (Debian package {PACKAGES.get(tool, tool)})")
    what = what or tool
    if timeout <= 0:
        raise LimitExceeded(f"{what}: no time left in the budget")
    tmp = tempfile.mkdtemp(prefix="dlpgw-")
    try:
        argv = [exe]
        if data is not None:
            path = os.path.join(tmp, "input" + suffix)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            argv += [a.replace("{input}", path) for a in args]
        else:
            argv += args
        cpu = max(1, int(timeout) + 1)
        fsize = max(max_output, 1) + 1
        prlimit = which("prlimit")
        preexec = None
        if prlimit is not None:
            argv = [prlimit, f"--as={memory}", f"--cpu={cpu}", f"--fsize={fsize}", "--core=0", "--", *argv]
        else:
            preexec = _limits_preexec(memory, cpu, fsize)
        out_path = os.path.join(tmp, "stdout")
        t0 = time.monotonic()
        with open(out_path, "wb") as out:
            proc = subprocess.Popen(  # a fixed argv, no shell
                argv, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.DEVNULL, env=_ENV,
                cwd=workdir or tmp, close_fds=True, start_new_session=True, preexec_fn=preexec)
            try:
                rc = proc.wait(timeout)
            except subprocess.TimeoutExpired:
                _kill(proc)
                raise LimitExceeded(f"{what}: no result within {timeout:.0f} s") from None
        seconds = time.monotonic() - t0
        size = os.path.getsize(out_path)
        if rc == -signal.SIGXFSZ or size > max_output:
            raise LimitExceeded(f"{what}: output larger than {max_output} bytes")
        with open(out_path, "rb") as f:
            output = f.read(max_output)
        return ToolResult(rc, output, seconds)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _kill(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()
    proc.wait()
