"""Benchmark of the scan path (extract + detect) on a realistic message mix, against Presidio's default.

Not a timed test: run it by hand on an otherwise idle machine::

    .venv/bin/python bench/scan.py [--messages 400] [--presidio-texts 20]

The mix: the labelled corpus (tests/corpus/messages, when generated) padded to ~10 KB and ~20 KB
with neutral administrative prose, plus messages with no candidates at all. It prints ms/message
p50/p99 and MB/s for ``gateway.scan.scan_message``, the p99 of a 20 KB message, the cost of a
message with nothing to find, and, on the same texts, Presidio's default AnalyzerEngine with
``fr_core_news_sm`` (benchmark-only comparison; its tldextract is pinned to the bundled suffix list
so it makes no network call either). The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FILLER = (
    "De dienst heeft de planning voor het volgende kwartaal besproken. De werkgroep stelt voor om de "
    "procedure voor aanvragen te vereenvoudigen en de termijnen beter op te volgen. Le service a examiné "
    "le calendrier du prochain trimestre et propose de simplifier la procédure de demande. Die Abteilung "
    "hat die Planung für das nächste Quartal besprochen. The team reviewed the schedule for next quarter "
    "and proposes to simplify the application procedure and to follow up deadlines more closely. "
)


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _eml(body: str, subject: str = "Bench") -> bytes:
    m = EmailMessage()
    m["From"] = "bench@example.be"
    m["To"] = "someone@example.org"
    m["Subject"] = subject
    m.set_content(body)
    return bytes(m)


def _pad(text: str, size: int) -> str:
    out = text + "\n\n"
    while len(out) < size:
        out += FILLER
    return out[:size]


def build_mix(n: int, rng: random.Random) -> list[bytes]:
    import email
    import email.policy

    bodies: list[str] = []
    corpus = sorted((ROOT / "tests" / "corpus" / "messages").glob("*.eml"))
    for p in corpus:
        msg = email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
        part = msg.get_body(("plain", "html"))
        if part is not None:
            try:
                bodies.append(part.get_content())
            except Exception:  # a deliberately broken corpus message: use it raw below
                pass
    if not bodies:
        bodies = ["Rijksregisternummer 85.07.30-033.28.", "Dhr. Peeters is arbeidsongeschikt.", "Tot dinsdag."]
    mix: list[bytes] = []
    for i in range(n):
        kind = i % 4
        if kind == 3:
            mix.append(_eml(_pad("", 10_000), "Planning"))  # nothing to find
        else:
            size = 20_000 if kind == 2 else 10_000
            mix.append(_eml(_pad(rng.choice(bodies), size)))
    rng.shuffle(mix)
    return mix


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=400)
    ap.add_argument("--presidio-texts", type=int, default=20)
    ap.add_argument("--no-presidio", action="store_true")
    args = ap.parse_args()
    rng = random.Random(20261124)

    rss0 = rss_mb()
    t0 = time.perf_counter()
    from detectors import DetectionEngine, DetectorOptions
    from gateway.extract import extract_message
    from gateway.model import Segment
    from gateway.scan import scan_message

    engine = DetectionEngine(DetectorOptions())
    load_s = time.perf_counter() - t0
    rss_load = rss_mb()

    mix = build_mix(args.messages, rng)
    for raw in mix[:10]:  # warm-up
        scan_message(raw, engine)
    times: list[float] = []
    detect_20k: list[float] = []
    text_bytes = 0
    t_all = time.perf_counter()
    for raw in mix:
        t = time.perf_counter()
        report = scan_message(raw, engine)
        dt = (time.perf_counter() - t) * 1000
        times.append(dt)
        text_bytes += report.text_bytes
        if report.text_bytes >= 19_000:
            detect_20k.append(report.detect_ms)
    wall = time.perf_counter() - t_all
    raw_mb = sum(len(r) for r in mix) / 1e6

    empty = _pad("", 10_000)
    t = time.perf_counter()
    for _ in range(200):
        engine.detect([Segment("body", empty)])
    empty_ms = (time.perf_counter() - t) / 200 * 1000

    print(f"engine load: {load_s:.2f} s; RSS {rss0:.0f} MB before, {rss_load:.0f} MB after load")
    print(f"scan_message over {len(mix)} messages ({raw_mb:.1f} MB raw, {text_bytes / 1e6:.1f} MB text): "
          f"p50 {pct(times, 50):.2f} ms, p99 {pct(times, 99):.2f} ms, mean {statistics.mean(times):.2f} ms")
    print(f"throughput: {len(mix) / wall:.0f} msgs/s, {raw_mb / wall:.2f} MB/s (one core)")
    if detect_20k:
        print(f"detect on 20 KB messages: p50 {pct(detect_20k, 50):.2f} ms, p99 {pct(detect_20k, 99):.2f} ms")
    print(f"detect on a 10 KB text with no candidates: {empty_ms:.2f} ms")

    ratio = None
    presidio_ms = None
    if not args.no_presidio:
        import tldextract
        import tldextract.tldextract as tlde

        # Offline even for the comparison: the bundled public suffix snapshot, no download.
        tlde.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        provider = NlpEngineProvider(nlp_configuration={
            "nlp_engine_name": "spacy", "models": [{"lang_code": "fr", "model_name": "fr_core_news_sm"}]})
        analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["fr"])
        texts = []
        for raw in mix[: args.presidio_texts]:
            texts.append("\n".join(s.text for s in extract_message(raw).segments))
        analyzer.analyze(texts[0][:1000], language="fr")  # warm-up
        ours, theirs = [], []
        for text in texts:
            t = time.perf_counter()
            engine.detect([Segment("body", text)])
            ours.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            analyzer.analyze(text, language="fr")
            theirs.append((time.perf_counter() - t) * 1000)
        presidio_ms = statistics.mean(theirs)
        ratio = presidio_ms / max(statistics.mean(ours), 1e-6)
        print(f"same {len(texts)} texts: ours {statistics.mean(ours):.2f} ms/text, Presidio AnalyzerEngine "
              f"(fr_core_news_sm) {presidio_ms:.1f} ms/text -> {ratio:.0f}x faster")

    summary = {
        "messages": len(mix), "msgs_per_s": round(len(mix) / wall, 1), "mb_per_s": round(raw_mb / wall, 2),
        "p50_ms": round(pct(times, 50), 2), "p99_ms": round(pct(times, 99), 2),
        "p99_detect_20kb_ms": round(pct(detect_20k, 99), 2) if detect_20k else None,
        "empty_10kb_ms": round(empty_ms, 3), "load_s": round(load_s, 2),
        "presidio_ms_per_text": round(presidio_ms, 1) if presidio_ms else None,
        "presidio_ratio": round(ratio, 1) if ratio else None, "rss_mb": round(rss_load, 1),
    }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
