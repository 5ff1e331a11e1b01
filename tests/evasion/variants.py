"""The evasion variants: ways of hiding a personal identifier in a mail, each a real MIME message.

Every variant names the identifier type that must come out of ``scan_message`` as a *blocking* finding
(an UNSCANNABLE verdict does not count: the number itself must be found) and, optionally, a piece of the
location it must be found at. Grouped by the classes of issue 11 plus the siblings an attacker tries next.
"""

from __future__ import annotations

import base64
import binascii
import gzip
from collections.abc import Callable
from dataclasses import dataclass

from tests.evasion import mailkit as k
from tests.evasion.mailkit import BIS, BSN, IBAN, NN, NN_DIGITS


@dataclass(frozen=True)
class Variant:
    id: str
    build: Callable[[], bytes]
    entity: str = "BE_NATIONAL_NUMBER"
    where: str = ""  # a substring of the location the finding must have


def _body(text: str) -> Callable[[], bytes]:
    """A UTF-8 plain-text body sent base64-encoded (so any character survives transport)."""
    return lambda: k.raw_mail("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64",
                              k.b64_body(text))


def _nn_joined(sep: str) -> str:
    return sep.join(["85", "07", "30", "033", "28"])


def _digits(table: str) -> str:
    """NN_DIGITS written with the ten digits of another script (``table`` = that script's 0..9)."""
    return "".join(table[int(c)] for c in NN_DIGITS)


def _utf7_digits(text: str) -> str:
    """UTF-7 with every digit in base64 form (what a hostile encoder may choose)."""
    out, run = [], ""
    for c in text:
        if c.isdigit():
            run += c
            continue
        if run:
            out.append("+" + base64.b64encode(run.encode("utf-16-be")).decode().rstrip("=") + "-")
            run = ""
        out.append(c)
    if run:
        out.append("+" + base64.b64encode(run.encode("utf-16-be")).decode().rstrip("=") + "-")
    return "".join(out)


SENTENCE = "Beste, hierbij het dossier van de aanvrager: {}. Met vriendelijke groeten, Jan"

# --- separators, digit forms, invisible characters -------------------------------------------------
_SEPARATORS = {
    "narrow-nbsp": "\u202f", "thin-space": "\u2009", "hair-space": "\u200a", "figure-space": "\u2007",
    "nbsp": "\u00a0", "ideographic-space": "\u3000", "en-space": "\u2002", "em-space": "\u2003",
    "underscore": "_", "comma": ",", "en-dash": "\u2013", "em-dash": "\u2014", "minus-sign": "\u2212",
    "nb-hyphen": "\u2011", "fraction-slash": "\u2044", "division-slash": "\u2215", "middle-dot": "\u00b7",
    "one-dot-leader": "\u2024", "fullwidth-stop": "\uff0e", "fullwidth-hyphen": "\uff0d",
    "nbsp-run": "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0",
}
_INSERTED = {  # invisible characters inside the dotted writing
    "lrm": "\u200e", "rlm": "\u200f", "cgj": "\u034f", "invisible-times": "\u2062",
    "invisible-separator": "\u2063", "function-application": "\u2061", "word-joiner": "\u2060",
    "zwsp": "\u200b", "zwnj": "\u200c", "zwj": "\u200d", "soft-hyphen": "\u00ad", "bom": "\ufeff",
    "tag-space": "\U000e0020", "variation-selector": "\ufe0f", "mongolian-vs": "\u180e",
    "hangul-filler": "\u3164", "combining-acute": "\u0301", "lri-pdi": "\u2066",
}
_SCRIPTS = {
    "fullwidth": "０１２３４５６７８９", "math-bold": "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗", "math-double-struck": "𝟘𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠𝟡",
    "math-monospace": "𝟶𝟷𝟸𝟹𝟺𝟻𝟼𝟽𝟾𝟿", "arabic-indic": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹",
    "devanagari": "०१२३४५६७८९", "bengali": "০১২৩৪৫৬৭৮৯", "thai": "๐๑๒๓๔๕๖๗๘๙",
    "circled": "⓪①②③④⑤⑥⑦⑧⑨", "superscript": "⁰¹²³⁴⁵⁶⁷⁸⁹",
}

VARIANTS: list[Variant] = []
VARIANTS += [Variant(f"sep-{name}", _body(SENTENCE.format(_nn_joined(sep)))) for name, sep in _SEPARATORS.items()]
VARIANTS += [Variant(f"invisible-{name}", _body(SENTENCE.format(
    "85" + ch + ".07" + ch + ".30-" + ch + "033." + ch + "28"))) for name, ch in _INSERTED.items()]
VARIANTS += [Variant(f"digits-{name}", _body(SENTENCE.format(_digits(t)))) for name, t in _SCRIPTS.items()]
VARIANTS += [
    Variant("space-between-every-digit", _body(SENTENCE.format(" ".join(NN_DIGITS)))),
    Variant("fullwidth-digits-and-punctuation", _body(SENTENCE.format("８５．０７．３０－０３３．２８"))),
    Variant("rtl-override-reversed", _body(SENTENCE.format("\u202e" + NN[::-1] + "\u202c"))),
    Variant("line-separator-wrap", _body(SENTENCE.format("85.07.30-\u2028033.28"))),
    Variant("any-grouping", _body(SENTENCE.format("8507 3003 328"))),
    Variant("bis-2-4-2-3-grouping", _body(SENTENCE.format("01 4109 00 166")), "BE_BIS_NUMBER"),
    Variant("bsn-8-digits", _body("Het BSN van de cliënt is 40645678."), "NL_BSN"),
    Variant("bsn-homoglyph-keyword", _body("Het \u0412\u0405N van de cliënt is 111222333."), "NL_BSN"),
    Variant("niss-homoglyph-keyword", _body("\u039d\u0406SS: 85073003328"), "BE_NATIONAL_NUMBER"),
    Variant("iban-fullwidth", _body("Terugbetaling aan de burger op ＩＢＡＮ " + "".join(
        chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in IBAN)), "IBAN_CODE"),
    Variant("iban-nbsp-groups", _body("Terugbetaling aan de burger op rekening " + IBAN.replace(" ", "\u00a0")),
            "IBAN_CODE"),
]

# --- characters stuck to the number -----------------------------------------------------------------
VARIANTS += [
    Variant(f"glued-{name}", _body(f"Dossier {text} verwerkt."))
    for name, text in {"underscore": f"{NN}_", "letter": f"{NN}x", "dash": f"{NN}-", "slash": f"{NN}/",
                       "letter-before": f"A{NN}", "plus-before": f"+{NN}", "keyword-glued": f"NN{NN_DIGITS}",
                       "in-file-name": f"scan_{NN_DIGITS}_2026.pdf"}.items()
]
VARIANTS.append(Variant("base64-mojibake-suffix", lambda: k.raw_mail(
    "Content-Type: text/plain\nContent-Transfer-Encoding: base64",
    base64.encodebytes(f"Dossier {NN}".encode() + "Žéä".encode("cp1252") + b"\r\n"))))


# --- declared vs real type, text in images ----------------------------------------------------------
def _jpeg_trailer() -> bytes:
    return k.jpeg() + f"Rijksregisternummer {NN}".encode()


VARIANTS += [
    Variant("image-jpeg-is-docx", lambda: k.with_attachment(k.docx(f"Rijksregisternummer {NN}"), "report.jpg",
                                                             "image", "jpeg"), where="report.jpg"),
    Variant("image-jpeg-is-targz-of-zips", lambda: k.with_attachment(k.tar_gz_of_zips(f"NN {NN}"), "report.jpg",
                                                                      "image", "jpeg"), where="report.jpg/"),
    Variant("image-png-is-pdf", lambda: k.with_attachment(k.pdf(f"NN {NN}"), "scan.png", "image", "png")),
    Variant("image-gif-is-xlsx", lambda: k.with_attachment(k.xlsx([["NN", NN]]), "chart.gif", "image", "gif")),
    Variant("image-jpeg-is-text", lambda: k.with_attachment(f"Rijksregisternummer {NN}".encode(), "photo.jpg",
                                                             "image", "jpeg")),
    Variant("jpeg-text-after-eoi", lambda: k.with_attachment(_jpeg_trailer(), "photo.jpg", "image", "jpeg"),
            where="#appended"),
    Variant("jpeg-magic-then-text", lambda: k.with_attachment(b"\xff\xd8\xff" + f"Rijksregisternummer {NN}".encode(),
                                                              "photo.jpg", "image", "jpeg"), where="#appended"),
    Variant("png-magic-then-text", lambda: k.with_attachment(b"\x89PNG\r\n\x1a\n" + f"NN {NN} ".encode() * 3,
                                                             "a.png", "image", "png"), where="#appended"),
    Variant("jpeg-appended-zip", lambda: k.with_attachment(k.jpeg() + k.zip_of({"nn.txt": NN.encode()}),
                                                           "photo.jpg", "image", "jpeg"), where="#appended"),
    Variant("png-text-after-iend", lambda: k.with_attachment(k.png() + f"NN {NN}".encode(), "a.png", "image",
                                                             "png"), where="#appended"),
    Variant("png-tEXt", lambda: k.with_attachment(k.png(text={"Comment": f"NN {NN}"}), "a.png", "image", "png"),
            where="#metadata"),
    Variant("png-zTXt", lambda: k.with_attachment(k.png(ztext={"Description": f"NN {NN}"}), "a.png", "image",
                                                  "png"), where="#metadata"),
    Variant("png-iTXt", lambda: k.with_attachment(k.png(itext={"Title": f"rijksregisternummer {NN}"}), "a.png",
                                                  "image", "png"), where="#metadata"),
    Variant("jpeg-COM", lambda: k.with_attachment(k.jpeg(comment=f"NN {NN}".encode()), "a.jpg", "image",
                                                  "jpeg"), where="#metadata"),
    Variant("jpeg-exif-description", lambda: k.with_attachment(k.jpeg(description=f"NN {NN}"), "a.jpg", "image",
                                                               "jpeg"), where="#metadata"),
    Variant("jpeg-xmp-description", lambda: k.with_attachment(k.jpeg(xmp=f"NN {NN}"), "a.jpg", "image", "jpeg"),
            where="#metadata"),
    Variant("gif-comment", lambda: k.with_attachment(k.gif(f"NN {NN}"), "a.gif", "image", "gif"),
            where="#metadata"),
    Variant("webp-exif", lambda: k.with_attachment(k.webp(f"NN {NN}"), "a.webp", "image", "webp"),
            where="#metadata"),
    Variant("tiff-description", lambda: k.with_attachment(k.tiff(f"NN {NN}"), "a.tif", "image", "tiff"),
            where="#metadata"),
    Variant("image-in-zip-metadata", lambda: k.with_attachment(k.zip_of({"foto.png": k.png(text={"c": NN})}),
                                                               "fotos.zip", "application", "zip"),
            where="foto.png#metadata"),
    Variant("inline-image-metadata", lambda: k.multipart_raw([
        k.part_raw("Content-Type: text/html; charset=utf-8", b"<p>Zie foto</p><img src='cid:f1@x'>"),
        k.part_raw("Content-Type: image/png\nContent-ID: <f1@x>\nContent-Disposition: inline\n"
                   "Content-Transfer-Encoding: base64", base64.encodebytes(k.png(text={"Comment": NN}))),
    ]), where="#metadata"),
]

# --- charsets -----------------------------------------------------------------------------------------
_CS_TEXT = f"Rijksregisternummer van de aanvrager: {NN}\r\n"
VARIANTS += [
    Variant("utf16le-no-bom-declared-utf16le", lambda: k.raw_mail(
        "Content-Type: text/plain; charset=utf-16le\nContent-Transfer-Encoding: base64",
        base64.encodebytes(_CS_TEXT.encode("utf-16-le")))),
    Variant("utf16be-declared-utf8", lambda: k.raw_mail(
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64",
        base64.encodebytes(_CS_TEXT.encode("utf-16-be")))),
    Variant("utf16le-no-charset", lambda: k.raw_mail(
        "Content-Type: text/plain\nContent-Transfer-Encoding: binary", _CS_TEXT.encode("utf-16-le"))),
    Variant("utf32le-no-bom", lambda: k.raw_mail(
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64",
        base64.encodebytes(_CS_TEXT.encode("utf-32-le")))),
    Variant("utf7-declared", lambda: k.raw_mail(
        "Content-Type: text/plain; charset=utf-7\nContent-Transfer-Encoding: 7bit", _utf7_digits(_CS_TEXT).encode())),
    Variant("utf7-html-meta", lambda: k.raw_mail(
        "Content-Type: text/html\nContent-Transfer-Encoding: 7bit",
        ("<html><head><meta charset='utf-7'></head><body><p>" + _utf7_digits(_CS_TEXT) + "</p></body></html>")
        .encode())),
    Variant("utf16le-text-attachment", lambda: k.with_attachment(
        _CS_TEXT.encode("utf-16-le"), "lijst.txt", "text", "plain"), where="lijst.txt"),
    Variant("ebcdic-declared", lambda: k.raw_mail(
        "Content-Type: text/plain; charset=ibm037\nContent-Transfer-Encoding: base64",
        base64.encodebytes(_CS_TEXT.encode("cp037")))),
    Variant("subject-encoded-utf16", lambda: k.raw_mail(
        "Content-Type: text/plain", b"Zie onderwerp.",
        subject="=?utf-16?b?" + base64.b64encode(f"NN {NN}".encode("utf-16")).decode() + "?="), where="subject"),
]

# --- content the extractor used to skip -----------------------------------------------------------------
_XLSX = "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"
VARIANTS += [
    Variant("xlsx-cell-comment", lambda: k.with_attachment(k.xlsx([["Naam"], ["Jan"]], comment=f"NN {NN}"),
                                                           "lijst.xlsx", *_XLSX), where="#comments"),
    Variant("xlsx-threaded-comment", lambda: k.with_attachment(k.xlsx([["Naam"]], threaded=f"NN {NN}"),
                                                               "lijst.xlsx", *_XLSX), where="#comments"),
    Variant("xlsx-header", lambda: k.with_attachment(k.xlsx([["Naam"]], header=f"NN {NN}"), "lijst.xlsx", *_XLSX),
            where="#sheet-extras"),
    Variant("xlsx-validation-prompt", lambda: k.with_attachment(k.xlsx([["Naam"]], prompt=f"NN {NN}"),
                                                                "lijst.xlsx", *_XLSX), where="#sheet-extras"),
    Variant("docx-custom-property", lambda: k.with_attachment(k.docx("Verslag", custom_property=NN), "v.docx",
                                                              "application", "vnd.openxmlformats-officedocument."
                                                              "wordprocessingml.document"),
            where="#custom-properties"),
    Variant("content-description-header", lambda: k.raw_mail(f"Content-Description: NN {NN}\nContent-Type: "
                                                              "text/plain", b"Zie bijlage."),
            where="header:Content-Description"),
    Variant("content-description-on-attachment", lambda: k.multipart_raw([
        k.part_raw("Content-Type: text/plain", b"Zie bijlage."),
        k.part_raw(f"Content-Type: application/pdf; name=x.pdf\nContent-Description: dossier {NN}\n"
                   "Content-Transfer-Encoding: base64", base64.encodebytes(k.pdf("Verslag"))),
    ]), where="#header:Content-Description"),
    Variant("custom-x-header", lambda: k.raw_mail(f"X-Dossier: {NN}\nContent-Type: text/plain", b"Zie dossier."),
            where="header:X-Dossier"),
    Variant("thread-topic-header", lambda: k.raw_mail(f"Thread-Topic: dossier {NN}\nContent-Type: text/plain",
                                                      b"Zie dossier."), where="header:Thread-Topic"),
    Variant("folded-subject", lambda: k.raw_mail("Content-Type: text/plain", b"x",
                                                 subject="Dossier 85.07.30-\n 033.28"), where="subject"),
    Variant("rfc2047-subject-split", lambda: k.raw_mail(
        "Content-Type: text/plain", b"x", subject="=?utf-8?q?Dossier_85.07.3?=\n =?utf-8?b?MC0wMzMuMjg=?="),
        where="subject"),
    Variant("rfc2047-filename", lambda: k.multipart_raw([
        k.part_raw("Content-Type: text/plain", b"Zie bijlage."),
        k.part_raw("Content-Type: application/octet-stream\nContent-Disposition: attachment; "
                   'filename="=?utf-8?b?' + base64.b64encode(f"dossier {NN}.bin".encode()).decode() + '?="',
                   b"\x00\x01"),
    ]), where="#filename"),
    Variant("rfc2231-filename-continuation", lambda: k.multipart_raw([
        k.part_raw("Content-Type: text/plain", b"Zie bijlage."),
        k.part_raw("Content-Type: text/plain\nContent-Disposition: attachment;\n filename*0*=utf-8''nn%2085.07.;\n"
                   " filename*1=30-033.28.txt", b"leeg"),
    ]), where="#filename"),
    Variant("html-script", lambda: k.html_mail(f"<p>Dossier</p><script>var nn='{NN}';</script>")),
    Variant("html-font-size-0-inside", lambda: k.html_mail(
        "<p>NN 85.07.<span style='font-size:0px'>99</span>30-033.28</p>")),
    Variant("html-display-none-class-inside", lambda: k.html_mail(
        "<style>.x{display:none}</style><p>NN 85.07.<i class='x'>4</i>30-033.28</p>")),
    Variant("html-hidden-attribute-inside", lambda: k.html_mail("<p>85.07.30-<b hidden>7</b>033.28</p>")),
    Variant("html-mso-hide-inside", lambda: k.html_mail(
        "<p>85.07.30<span style='mso-hide:all;display:none'>-1</span>-033.28</p>")),
    Variant("html-comment-inside", lambda: k.html_mail("<p>NN 85.07<!-- 12 -->.30-033.28</p>")),
    Variant("html-img-alt-inside", lambda: k.html_mail("<p>NN 85.07.<img alt='1' src='x.png'>30-033.28</p>")),
    Variant("html-link-inside", lambda: k.html_mail("<p>NN 85.07.<a href='https://x.example/1'>30</a>-033.28</p>")),
    Variant("html-nbsp-runs", lambda: k.html_mail("<p>NN 85&nbsp;&nbsp;&nbsp;&nbsp;07&nbsp;&nbsp;&nbsp;30"
                                                  "&nbsp;&nbsp;033&nbsp;&nbsp;&nbsp;28</p>")),
    Variant("html-numeric-references", lambda: k.html_mail(
        "<p>NN &#56;&#x35;&#46;&#8206;07&#x2e;30&#8209;033&#183;28</p>")),
    Variant("html-iframe-srcdoc", lambda: k.html_mail(f"<iframe srcdoc='&lt;p&gt;NN {NN}&lt;/p&gt;'></iframe>")),
    Variant("html-css-content", lambda: k.html_mail(f"<style>p.n::after{{content:'{NN}'}}</style><p class=n>NN</p>")),
]


# --- transfer encodings -----------------------------------------------------------------------------
def _cte(value: str, body: bytes, extra: str = "") -> Callable[[], bytes]:
    return lambda: k.raw_mail(f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {value}"
                              + extra, body)


_B64 = k.b64_body(_CS_TEXT)
VARIANTS += [
    Variant("cte-quoted-Base64", _cte('"Base64"', _B64)),
    Variant("cte-spaces-mixed-case", _cte("  BaSe64  ", _B64)),
    Variant("cte-with-comment", _cte("base64 (encoded by hand)", _B64)),
    Variant("cte-x-base64", _cte("x-base64", _B64)),
    Variant("no-cte-plain-base64-body", lambda: k.raw_mail("Content-Type: text/plain; charset=utf-8", _B64)),
    Variant("cte-7bit-but-base64-body", _cte("7bit", _B64)),
    Variant("duplicate-cte-7bit-then-base64", _cte("7bit", _B64, "\nContent-Transfer-Encoding: base64")),
    Variant("base64-with-junk", _cte("base64", _B64[:20] + b"!*" + _B64[20:40] + b"#" + _B64[40:])),
    Variant("base64-concatenated-chunks", _cte("base64", base64.b64encode(b"Rijksregisternummer ") + b"\r\n"
                                               + base64.b64encode(NN.encode()))),
    Variant("base64-urlsafe", _cte("base64", base64.urlsafe_b64encode("Rijksregisternummer ÿÿ> ".encode()
                                                                       + NN.encode()))),
    Variant("qp-soft-break-trailing-spaces", _cte("quoted-printable", b"Rijksregisternummer 85.07.30-=   \r\n033.28")),
    Variant("qp-soft-break-trailing-tab", _cte("quoted-printable", b"Rijksregisternummer 85.07.30-= \t\r\n033.28")),
    Variant("qp-encoded-digits", _cte("quoted-printable", b"NN =38=35.=30=37.30-033.28")),
    Variant("nested-base64-in-base64", _cte("base64", base64.encodebytes(k.b64_body(_CS_TEXT)))),
    Variant("base64-in-quoted-printable", _cte("quoted-printable", k.b64_body(_CS_TEXT).replace(b"=", b"=3D"))),
    Variant("uuencode-attachment", lambda: k.multipart_raw([
        k.part_raw("Content-Type: text/plain", b"Zie bijlage."),
        k.part_raw("Content-Type: application/octet-stream; name=nn.txt\nContent-Transfer-Encoding: x-uue",
                   b"begin 644 nn.txt\r\n" + binascii.b2a_uu(f"NN {NN}".encode()) + b"`\r\nend\r\n"),
    ]), where="nn.txt"),
    Variant("rfc822-base64-encoded", lambda: k.multipart_raw([
        k.part_raw("Content-Type: text/plain", b"Doorgestuurd."),
        k.part_raw("Content-Type: message/rfc822\nContent-Transfer-Encoding: Base64",
                   base64.encodebytes(k.text_mail(f"NN {NN}"))),
    ]), where="attachment:"),
    Variant("gzip-declared-text", lambda: k.with_attachment(
        gzip.compress(f"NN {NN}".encode()), "nota.txt", "text", "plain"), where="nota.txt"),
]

# --- siblings: other places a reader sees text --------------------------------------------------------
VARIANTS += [
    Variant("ics-folded-mid-number", lambda: k.multipart_raw([
        k.part_raw("Content-Type: text/plain", b"Uitnodiging in bijlage."),
        k.part_raw("Content-Type: text/calendar; method=REQUEST; charset=utf-8",
                   b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Dossier 85.07.3\r\n 0-033.28\r\n"
                   b"END:VEVENT\r\nEND:VCALENDAR\r\n"),
    ])),
    Variant("text-enriched-tags-inside", lambda: k.raw_mail(
        "Content-Type: text/enriched", b"NN <bold>85</bold>.07.<italic>30</italic>-033.28")),
    Variant("html-data-uri-link", lambda: k.html_mail(
        "<p><a href='data:text/plain;base64," + base64.b64encode(f"NN {NN}".encode()).decode() + "'>klik</a></p>")),
    Variant("html-data-uri-iframe", lambda: k.html_mail(
        "<iframe src='data:text/html,%3Cp%3ENN%2085073003328%3C/p%3E'></iframe>")),
    Variant("content-type-name-differs", lambda: k.multipart_raw([
        k.part_raw("Content-Type: text/plain", b"Zie bijlage."),
        k.part_raw(f'Content-Type: application/pdf; name="dossier {NN}.pdf"\nContent-Disposition: attachment; '
                   'filename="x.pdf"\nContent-Transfer-Encoding: base64', base64.encodebytes(k.pdf("Verslag"))),
    ]), where="#filename"),
]

# --- the other identifiers through the same channels ------------------------------------------------------
VARIANTS += [
    Variant("bis-thin-spaces", _body(SENTENCE.format(BIS.replace(".", "\u2009"))), "BE_BIS_NUMBER"),
    Variant("bsn-utf16le", lambda: k.raw_mail("Content-Type: text/plain; charset=utf-16le\n"
                                              "Content-Transfer-Encoding: base64",
                                              base64.encodebytes(f"BSN: {BSN}".encode("utf-16-le"))), "NL_BSN"),
    Variant("bsn-png-text", lambda: k.with_attachment(k.png(text={"c": f"BSN {BSN}"}), "a.png", "image", "png"),
            "NL_BSN"),
    Variant("iban-cte-quoted", _cte('"BASE64"', k.b64_body(f"Terugbetaling aan de burger op {IBAN}")),
            "IBAN_CODE"),
    Variant("iban-png-zTXt", lambda: k.with_attachment(
        k.png(ztext={"c": f"Terugbetaling aan de burger op {IBAN}"}), "a.png", "image", "png"), "IBAN_CODE"),
]

assert len({v.id for v in VARIANTS}) == len(VARIANTS)
