"""Summarise a py-spy profile of the gateway (``py-spy record --subprocesses --format raw``) by stage.

Each collapsed stack is given to the process it was sampled in (an event-loop process: the
gateway or a worker; a scanner process: one whose stack runs ``gateway/scanpool/scanner.py`` or the
template that forks it, or a ``multiprocessing`` spawn) and to the innermost frame
that names a stage: in a scanner the extract module (with the library under it) or the
detector (the recognizer ``detect_text`` called); in the event loop the SMTP front, the
scanner round trip, the policy, bounce and notice building, quarantine writes and outbox,
the upstream relay, metrics and logging. py-spy records the samples where a thread is not idle;
threads blocked in a wait py-spy does not recognise (``IDLE_LEAVES``) are left out as well, so
the shares approximate shares of CPU time.

    python bench/profile_stages.py PROFILE.txt [--rate 100]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

_FRAME = re.compile(r"^(?P<func>.*) \((?P<file>[^():]+)(?::\d+)?\)$")

# (path fragment, stage) checked from the innermost frame outwards; the first match names the stage.
LOOP_RULES = (
    ("gateway/bounce.py", "act: build guidance bounce (jinja2 + email)"),
    ("gateway/notify.py", "act: build DPO notice (jinja2 + email)"),
    ("gateway/quarantine.py", "act: quarantine store (seal, write, outbox claims)"),
    ("gateway/policy.py", "decide: policy"),
    ("prometheus_client/", "metrics"),
    ("gateway/logs.py", "log line"),
    ("logging/", "log line"),
    ("aiosmtplib/", "relay upstream (aiosmtplib)"),
    ("gateway/relay.py", "relay upstream (aiosmtplib)"),
    ("aiosmtpd/", "SMTP in (aiosmtpd)"),
    ("gateway/smtp.py", "SMTP in (handler, smuggling check)"),
    ("concurrent/futures/", "scanner round trip (pickle, pipes)"),
    ("multiprocessing/", "scanner round trip (pickle, pipes)"),
    ("gateway/pipeline.py", "pipeline"),
    ("gateway/actions/", "act: other"),
)
LIBRARIES = ("openpyxl", "docx", "pptx", "odf", "pypdf", "pypdfium2", "pdfminer", "email", "charset_normalizer",
             "chardet", "html", "lxml", "bs4", "zipfile", "xml", "defusedxml", "olefile", "msoffcrypto", "extract_msg",
             "py7zr", "rarfile", "re", "unicodedata", "encodings", "codecs", "stdnum", "spacy", "presidio_analyzer")


# Frames only a scanner process runs: forked from the scanner template, a scanner has the same command
# line as the gateway, so its stacks (under the scanner's serve loop) say which process it is.
SCANNER_FILES = ("gateway/scanpool/scanner.py", "gateway/scanpool/template.py")

# Innermost frames that mean "waiting" although py-spy saw the thread as active (GIL waits,
# blocking C calls it does not know as idle): such samples are left out.
IDLE_LEAVES = frozenset({
    "_PollLikeSelector.select", "EpollSelector.select", "Condition.wait", "_worker", "wait", "Event.wait",
    "_ConnectionBase.poll", "Connection._poll", "Thread._wait_for_tstate_lock", "Thread.join", "select",
})


def _frames(stack: str) -> list[tuple[str, str]]:
    out = []
    for part in stack.split(";"):
        m = _FRAME.match(part)
        if m:
            out.append((m.group("func"), m.group("file")))
        else:
            out.append((part, ""))
    return out


def _library(file: str) -> str:
    top = file.split("/", 1)[0].removesuffix(".py")
    return top if top in LIBRARIES else ""


def scanner_stage(frames: list[tuple[str, str]]) -> str:
    files = [f for _, f in frames]
    for i in range(len(frames) - 1, -1, -1):
        func, file = frames[i]
        if file.startswith("detectors/"):
            # the recognizer (or engine step) right under DetectionEngine.detect_text / detect
            for j, (fn, _) in enumerate(frames):
                if fn.endswith(".detect_text") and j + 1 < len(frames):
                    return f"detect: {frames[j + 1][0].split('.')[0]}"
            for j, (fn, _) in enumerate(frames):
                if fn.endswith("DetectionEngine.detect") and j + 1 < len(frames):
                    return f"detect: {frames[j + 1][0]}"
            return "detect: other"
        if file.startswith("gateway/extract/"):
            lib = next((_library(f) for f in files[i + 1:] if _library(f)), "")
            return f"extract: {file.removeprefix('gateway/extract/')}" + (f" ({lib})" if lib else "")
        if file.startswith("gateway/scan.py") and func == "scan_message":
            return "scan: other"
    if any(f.startswith(("concurrent/futures/", "multiprocessing/")) for f in files):
        return "scanner side of the round trip (pickle, pipes)"
    return "other"


def loop_stage(frames: list[tuple[str, str]]) -> str:
    outbox = any(fn == "flush_outbox" for fn, _ in frames)
    for _, file in reversed(frames):
        for frag, stage in LOOP_RULES:
            if file.startswith(frag) or f"/{frag}" in file:
                if stage.startswith("relay") and outbox:
                    return "relay upstream: outbox (bounces, notices)"
                return stage
    if any(f.startswith("asyncio/") for _, f in frames):
        return "event loop (asyncio, transports)"
    return "other"


def classify(path: Path) -> tuple[Counter[str], Counter[str]]:
    loop: Counter[str] = Counter()
    scan: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        parts = stack.split(";")
        procs = [p for p in parts if p.startswith("process ")]
        frames = _frames(";".join(p for p in parts if not p.startswith(("process ", "thread "))))
        if frames and frames[-1][0] in IDLE_LEAVES:
            continue
        if (procs and "spawn_main" in procs[-1]) or any(f.startswith(SCANNER_FILES) for _, f in frames):
            scan[scanner_stage(frames)] += int(count)
        elif procs and "resource_tracker" in procs[-1]:
            continue
        else:
            loop[loop_stage(frames)] += int(count)
    return loop, scan


def report(path: Path, rate: float = 100.0, top: int = 14) -> str:
    loop, scan = classify(path)
    lines = []
    for name, c in (("event-loop process(es)", loop), ("scanner processes", scan)):
        total = sum(c.values())
        lines.append(f"{name}: {total / rate:.1f} CPU s sampled")
        for stage, n in c.most_common(top):
            lines.append(f"  {100 * n / total:5.1f} %  {n / rate:6.2f} s  {stage}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("profile", type=Path)
    ap.add_argument("--rate", type=float, default=100.0, help="the py-spy sampling rate used")
    ap.add_argument("--top", type=int, default=14)
    args = ap.parse_args()
    print(report(args.profile, args.rate, args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
