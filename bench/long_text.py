"""Benchmark of detection on long texts: a 20 MB CSV table and 20 MB of prose, and a 25 MB message.

Not a timed test: run it by hand (each case in its own process, so peak RSS is per case)::

    .venv/bin/python bench/long_text.py [--mb 20] [--message-mb 25]

Cases:
- ``csv``: a staff table with a union column, as extraction builds it (``TableText``: one row per line,
  the header as ``Table.header``), ~N MB, given to ``DetectionEngine.detect``: MB/s, findings, peak RSS;
- ``prose``: labelled-corpus bodies and neutral administrative prose, ~N MB, to ``detect``;
- ``neutral``: neutral administrative prose, nothing to find (what the prefilter skips), ~N MB;
- ``sparse``: the same prose with a labelled-corpus body every 256 000 characters;
- ``message``: a ~25 MB message (the default SIZE limit) with a CSV attachment through the gateway's
  ``scan_message`` (extraction limits raised so that no text is cut): seconds, text MB, peak RSS.

Texts longer than ``detectors.engine.CHUNK_CHARS`` are scanned in overlapping chunks, so time grows
linearly and memory is bounded by the chunk size (plus the findings). The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

FIRST = ["Jan", "Els", "Pieter", "Sofie", "Marc", "Nathalie", "Karim", "Anja", "Tom", "Fatima", "Luc", "Ines"]
LAST = ["Peeters", "Janssens", "Maes", "Dubois", "Lambert", "Müller", "Claes", "El Amrani", "Wouters", "Simon"]
UNIONS = ["ACV", "ABVV", "ACLVB", "", "", ""]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def csv_rows(mb: float, rng: random.Random) -> list[list[str]]:
    rows, size = [], 0
    i = 0
    while size < mb * 1e6:
        row = [f"P{100000 + i}", f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(["Wegen", "Onthaal", "ICT"]),
               rng.choice(UNIONS), f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/20{rng.randint(10, 25)}",
               "opmerking " * rng.randint(0, 3)]
        rows.append(row)
        size += sum(len(c) + 1 for c in row)
        i += 1
    return rows


def prose(mb: float, rng: random.Random) -> str:
    import email
    import email.policy

    from scan import FILLER, build_mix

    bodies = []
    for raw in build_mix(200, rng):
        part = email.message_from_bytes(raw, policy=email.policy.default).get_body(("plain",))
        if part is not None:
            bodies.append(part.get_content())
    out, size = [], 0
    while size < mb * 1e6:
        b = rng.choice(bodies) + "\n\n" + FILLER * rng.randint(1, 5) + "\n\n"
        out.append(b)
        size += len(b)
    return "".join(out)


def neutral(mb: float) -> str:
    """Neutral administrative prose (NL/FR/DE/EN): nothing for any recognizer to find."""
    from scan import FILLER

    return FILLER * max(1, int(mb * 1e6 // len(FILLER)))


def sparse(mb: float, rng: random.Random, every: int = 256_000) -> str:
    """Neutral prose with one labelled-corpus body (personal data) every ``every`` characters."""
    bodies = prose(0.5, rng).split("\n\n")
    base = neutral(mb)
    out = []
    for pos in range(0, len(base), every):
        out.append(base[pos : pos + every])
        out.append("\n\n" + rng.choice(bodies) + "\n\n")
    return "".join(out)


def _text_case(name: str, text: str) -> dict[str, object]:
    from detectors import DetectionEngine, DetectorOptions
    from gateway.model import Segment

    engine = DetectionEngine(DetectorOptions())
    t = time.perf_counter()
    findings = engine.detect([Segment("body", text)])
    dt = time.perf_counter() - t
    return {"case": name, "text_mb": round(len(text) / 1e6, 2), "seconds": round(dt, 2),
            "mb_per_s": round(len(text) / 1e6 / dt, 2), "findings": len(findings),
            "blocking": sum(not f.allowed for f in findings), "peak_rss_mb": round(peak_mb(), 1)}


def case_neutral(mb: float) -> dict[str, object]:
    return _text_case("neutral", neutral(mb))


def case_sparse(mb: float) -> dict[str, object]:
    return _text_case("sparse", sparse(mb, random.Random(4)))


def case_csv(mb: float) -> dict[str, object]:
    from detectors import DetectionEngine, DetectorOptions
    from gateway.extract.context import TableText
    from gateway.model import Segment

    engine = DetectionEngine(DetectorOptions())
    rows = csv_rows(mb, random.Random(1))
    tt = TableText()
    tt.add_table(["Personeelsnr", "Naam", "Dienst", "Vakbond", "Datum", "Opmerking"],
                 [(i + 2, r) for i, r in enumerate(rows)])
    text, tables = tt.build()
    del rows, tt
    t = time.perf_counter()
    findings = engine.detect([Segment("attachment:staff.csv", text, tables)])
    dt = time.perf_counter() - t
    union = sum(f.entity_type == "ART9_TRADE_UNION" for f in findings)
    return {"case": "csv", "text_mb": round(len(text) / 1e6, 2), "seconds": round(dt, 2),
            "mb_per_s": round(len(text) / 1e6 / dt, 2), "findings": len(findings), "union_rows": union,
            "peak_rss_mb": round(peak_mb(), 1)}


def case_prose(mb: float) -> dict[str, object]:
    from detectors import DetectionEngine, DetectorOptions
    from gateway.model import Segment

    engine = DetectionEngine(DetectorOptions())
    text = prose(mb, random.Random(2))
    t = time.perf_counter()
    findings = engine.detect([Segment("body", text)])
    dt = time.perf_counter() - t
    return {"case": "prose", "text_mb": round(len(text) / 1e6, 2), "seconds": round(dt, 2),
            "mb_per_s": round(len(text) / 1e6 / dt, 2), "findings": len(findings),
            "blocking": sum(not f.allowed for f in findings), "peak_rss_mb": round(peak_mb(), 1)}


def case_message(mb: float) -> dict[str, object]:
    from detectors import DetectionEngine, DetectorOptions
    from gateway.extract import ExtractLimits
    from gateway.scan import scan_message

    engine = DetectionEngine(DetectorOptions())
    rows = csv_rows(mb * 0.72, random.Random(3))  # base64 makes the attachment ~4/3 larger
    data = ("Personeelsnr;Naam;Dienst;Vakbond;Datum;Opmerking\r\n"
            + "".join(";".join(r) + "\r\n" for r in rows)).encode()
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "hr@stad.gent", "payroll@firm.be", "Lijst"
    m.set_content("In bijlage de lijst.")
    m.add_attachment(data, maintype="text", subtype="csv", filename="staff.csv")
    raw = bytes(m)
    del rows, data, m
    limits = ExtractLimits(attachment_seconds=600.0)  # the default byte budget; no time-out in a benchmark
    t = time.perf_counter()
    report = scan_message(raw, engine, limits)
    dt = time.perf_counter() - t
    cut = [f.detail for f in report.findings if f.entity_type == "UNSCANNABLE"]
    return {"case": "message", "message_mb": round(len(raw) / 1e6, 2), "text_mb": round(report.text_bytes / 1e6, 2),
            "seconds": round(dt, 2), "extract_s": round(report.extract_ms / 1000, 2),
            "detect_s": round(report.detect_ms / 1000, 2), "unscannable": cut,
            "union_rows": sum(f.entity_type == "ART9_TRADE_UNION" for f in report.findings),
            "peak_rss_mb": round(peak_mb(), 1)}


CASES = ("neutral", "sparse", "csv", "prose", "message")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--message-mb", type=float, default=25.0)
    ap.add_argument("--case", choices=CASES)
    ap.add_argument("--cases", default=",".join(CASES), help="comma-separated cases to run")
    args = ap.parse_args()
    if args.case:
        fn = {"csv": case_csv, "prose": case_prose, "message": case_message, "neutral": case_neutral,
              "sparse": case_sparse}[args.case]
        print(json.dumps(fn(args.message_mb if args.case == "message" else args.mb)))
        return 0
    results = []
    for case in args.cases.split(","):
        out = subprocess.run([sys.executable, __file__, "--case", case, "--mb", str(args.mb),
                              "--message-mb", str(args.message_mb)], capture_output=True, text=True, check=False)
        if out.returncode != 0:
            print(out.stderr, file=sys.stderr)
            return 1
        r = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(r)
        print(", ".join(f"{k} {v}" for k, v in r.items()))
    print(json.dumps({r["case"]: {k: v for k, v in r.items() if k != "case"} for r in results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
