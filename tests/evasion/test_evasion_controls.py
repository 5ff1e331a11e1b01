"""The clean controls of the evasion suite: harmless mail carried by the same tricks must pass, so the
suite cannot be passed by blocking everything. Plus the fail-closed cases: a body that cannot be decoded
is UNSCANNABLE with a precise detail, never silently skipped."""

from __future__ import annotations

import base64
import random
from collections.abc import Callable

import pytest

from detectors import DetectionEngine
from gateway.model import UNSCANNABLE
from gateway.scan import scan_message
from tests.corpus import idnumbers
from tests.evasion import mailkit as k
from tests.evasion.mailkit import NN_BAD


def _body(text: str) -> Callable[[], bytes]:
    return lambda: k.raw_mail("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64",
                              k.b64_body(text))


def _harmless_lines(n: int, seed: int = 7) -> str:
    """Phone numbers, dates, amounts, times, invalid references, enterprise numbers, payment references."""
    rng = random.Random(seed)
    gens = [
        lambda: f"+32 {rng.randint(460, 499)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        lambda: f"0{rng.randint(2, 9)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        lambda: f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1990, 2030)}",
        lambda: f"{rng.randint(1990, 2030)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        lambda: f"€ {rng.randint(1, 999)}.{rng.randint(0, 999):03d},{rng.randint(0, 99):02d}",
        lambda: f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        lambda: f"Factuur {rng.randint(2020, 2030)}/{rng.randint(1, 99999):05d}",
        lambda: f"Referentie {idnumbers.eleven_digits_invalid(rng)}",
        lambda: f"KBO {idnumbers.enterprise_number(rng)}",
        lambda: idnumbers.ogm(rng),
        lambda: idnumbers.bis_shaped_mobile(rng),
        lambda: f"Postcode {rng.randint(1000, 9999)}",
    ]
    return "\n".join(f"Regel {i}: {rng.choice(gens)()}" for i in range(n))


CONTROLS: dict[str, Callable[[], bytes]] = {
    "phones": _body("Bel me op +32 475 12 34 56, 0032 2 553 12 34 of 02/553.12.34."),
    "bis-shaped-mobiles": _body("\n".join(idnumbers.bis_shaped_mobile(random.Random(3)) for _ in range(20))),
    "dates-and-times": _body("Vergadering op 15.01.2026 om 10:30, 2026-01-15T10:30:00, 15/01/2026."),
    "invoice-label": _body("Factuurnummer 85073003328, te betalen binnen 30 dagen."),
    "enterprise-numbers": _body("KBO 0403.019.261 en BTW BE 0428.759.497; BE0428759497."),
    "longer-digit-runs": _body("Zending 8507300332812, code 8 5 0 7 3 0 0 3 3 2 8 1 2, ref 85.07.30-033.28.1."),
    "amounts": _body("Totaal € 1.234.567,89 of 85.073.003.328,00 EUR."),
    "payment-reference": _body("Mededeling +++090/9337/55493+++"),
    "invalid-check-digits": _body(f"Dossier {NN_BAD} en {' '.join(NN_BAD.replace('.', '').replace('-', ''))}."),
    "bsn-shaped-without-keyword": _body("Ordernummer 111222333 en 40645678."),
    "harmless-lines": _body(_harmless_lines(400)),
    "utf16le-harmless": lambda: k.raw_mail("Content-Type: text/plain; charset=utf-16le\n"
                                           "Content-Transfer-Encoding: base64",
                                           base64.encodebytes("Vergadering om 10:30, zaal 2.01".encode("utf-16-le"))),
    "utf16le-invalid-number": lambda: k.raw_mail("Content-Type: text/plain; charset=utf-8\n"
                                                 "Content-Transfer-Encoding: base64",
                                                 base64.encodebytes(f"Dossier {NN_BAD}".encode("utf-16-le"))),
    "plain-base64-harmless": lambda: k.raw_mail("Content-Type: text/plain", k.b64_body("Tot morgen, Jan")),
    "base64-looking-word": lambda: k.raw_mail("Content-Type: text/plain", b"Supercalifragilisticexpialidocious"),
    "hidden-html-harmless": lambda: k.html_mail("<p>Tot <span style='font-size:0'>x</span>morgen</p>"
                                                "<div style='display:none'>preheader</div><!-- 123 -->"),
    "photo-with-camera-serial": lambda: k.with_attachment(k.jpeg(serial="85073003328"), "foto.jpg", "image",
                                                          "jpeg"),
    "photo-with-harmless-metadata": lambda: k.with_attachment(
        k.png(text={"Software": "GIMP 2.10", "Comment": "Vakantie 2026"}), "foto.png", "image", "png"),
    "jpeg-with-padding-after-eoi": lambda: k.with_attachment(k.jpeg() + b"\x00" * 64, "foto.jpg", "image", "jpeg"),
    "jpeg-with-second-image-appended": lambda: k.with_attachment(k.jpeg() + k.jpeg(), "foto.jpg", "image", "jpeg"),
    "xlsx-with-harmless-comment": lambda: k.with_attachment(
        k.xlsx([["Naam", "Uren"], ["Jan", 7]], comment="Controleren", header="Pagina &P"), "uren.xlsx",
        "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "qp-soft-breaks": lambda: k.raw_mail("Content-Type: text/plain; charset=utf-8\n"
                                         "Content-Transfer-Encoding: quoted-printable",
                                         b"Tot morgen om 10:30 in zaal =   \r\n2.01, groeten"),
    "custom-headers-harmless": lambda: k.raw_mail("X-Project: planning 2026\nThread-Topic: planning\n"
                                                  "Content-Description: nota\nContent-Type: text/plain", b"Hallo"),
}


@pytest.mark.parametrize("name", list(CONTROLS))
def test_clean_control_passes(name: str, evasion_engine: DetectionEngine) -> None:
    report = scan_message(CONTROLS[name](), evasion_engine)
    blocking = sorted({(f.entity_type, f.location) for f in report.blocking if f.entity_type != "UNSCANNED_IMAGE"})
    assert blocking == [], name


def test_damaged_base64_is_unscannable_with_a_precise_detail(evasion_engine: DetectionEngine) -> None:
    body = k.b64_body("Vergadering om tien uur.")
    damaged = body[:10] + b"%%%%!!!!****####@@@@" * 3 + body[10:]
    raw = k.raw_mail("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64", damaged)
    found = [(f.location, f.detail) for f in scan_message(raw, evasion_engine).findings if f.entity_type == UNSCANNABLE]
    assert found == [("body", "mime: base64: damaged (invalid characters)")]


def test_uuencode_without_begin_is_unscannable(evasion_engine: DetectionEngine) -> None:
    raw = k.multipart_raw([
        k.part_raw("Content-Type: text/plain", b"Zie bijlage."),
        k.part_raw("Content-Type: application/octet-stream; name=a.bin\nContent-Transfer-Encoding: x-uuencode",
                   b"M86)C9&5F9VAI:FML;6YO<'%R<W1U=G=X>7HQ,C,T-38W.#DP\r\nend\r\n"),
    ])
    found = [(f.location, f.detail) for f in scan_message(raw, evasion_engine).findings if f.entity_type == UNSCANNABLE]
    assert found == [("attachment:a.bin", "mime: uuencode: no begin line")]


def test_damaged_base64_still_scans_what_it_decoded(evasion_engine: DetectionEngine) -> None:
    body = k.b64_body(f"Rijksregisternummer {k.NN}\n")
    raw = k.raw_mail("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64",
                     body + b"\r\n" + b"%%%%####" * 8)
    types = {f.entity_type for f in scan_message(raw, evasion_engine).blocking}
    assert {"UNSCANNABLE", "BE_NATIONAL_NUMBER"} <= types
