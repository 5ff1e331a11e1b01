"""MIME structure: headers, charsets, transfer encodings, HTML, nesting, encryption, images, locations."""

from __future__ import annotations

import base64

import extract_samples as s

from gateway.extract import extract_message
from gateway.model import ENCRYPTED_CONTENT, UNSCANNED_IMAGE, Extraction

NN = s.NN


def text_at(ex: Extraction, location: str) -> str:
    return "\n".join(seg.text for seg in ex.segments if seg.location == location)


def kinds(ex: Extraction, entity: str) -> list[tuple[str, str | None]]:
    return [(f.location, f.detail) for f in ex.findings if f.entity_type == entity]


def raw_mail(headers: str, body: bytes) -> bytes:
    return headers.replace("\n", "\r\n").encode() + b"\r\n\r\n" + body


def test_headers_rfc2047_and_display_names() -> None:
    raw = raw_mail(
        "From: =?utf-8?q?Ren=C3=A9_Dupont?= <rene@example.be>\n"
        "To: \"Els Janssens\" <els@example.nl>, bob@example.nl\n"
        "Subject: =?utf-8?q?Dossier_85.07.30-?=\n =?utf-8?q?033.28_r=C3=A9ponse?=\n"
        "Keywords: nn 85.07.30-033.28\n"
        "X-Classification: INTERN",
        b"hello",
    )
    ex = extract_message(raw)
    assert text_at(ex, "subject") == f"Dossier {NN} réponse"
    assert text_at(ex, "header:From") == "René Dupont"
    assert text_at(ex, "header:To") == "Els Janssens"  # addresses are not segments
    assert NN in text_at(ex, "header:Keywords")
    assert ex.header("x-classification") == "INTERN"
    assert ex.header("Subject") == f"Dossier {NN} réponse"
    assert text_at(ex, "body") == "hello"


def test_quoted_printable_soft_break_inside_number() -> None:
    raw = raw_mail(
        "Subject: qp\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable",
        b"Rijksregisternummer: 85.07.30-=\r\n033.28 en r=C3=A9sum=C3=A9",
    )
    assert text_at(extract_message(raw), "body") == f"Rijksregisternummer: {NN} en résumé"


def test_charsets_missing_wrong_unknown() -> None:
    body = f"Naïve café {NN}"
    cases = [
        ("text/plain", body.encode("utf-8")),  # missing charset, UTF-8 bytes
        ("text/plain", body.encode("cp1252")),  # missing charset, Windows bytes
        ("text/plain; charset=us-ascii", body.encode("utf-8")),  # wrong charset
        ("text/plain; charset=iso-8859-1", body.encode("utf-8")),  # wrong (Latin label on UTF-8)
        ("text/plain; charset=x-klingon", body.encode("utf-8")),  # unknown charset
        ("text/plain; charset=utf-8", body.encode("cp1252")),  # wrong (UTF-8 label on Windows bytes)
        ("text/plain; charset=windows-1252", body.encode("cp1252")),
        ("text/plain; charset=utf-16", body.encode("utf-16")),
    ]
    for ctype, data in cases:
        raw = raw_mail(f"Subject: c\nMIME-Version: 1.0\nContent-Type: {ctype}\nContent-Transfer-Encoding: 8bit",
                       data)
        assert text_at(extract_message(raw), "body") == body, ctype


def test_raw_8bit_header() -> None:
    raw = "Subject: Résumé 85.07.30-033.28\r\n\r\nx".encode()
    assert text_at(extract_message(raw), "subject") == f"Résumé {NN}"


def test_html_hidden_text_links_and_inline_markup() -> None:
    html = (
        "<html><head><style>.x{display:none}</style></head><body>"
        "<p>NN: 85.07.<b>30</b>-033.28</p>"
        f"<div style='display:none'>verborgen {NN}</div>"
        "<a href='https://portal.example/?nn=85%2E07%2E30-033%2E28'>portaal</a>"
        "<!-- comment 12345 --><img alt='logo' src='cid:logo@x'>"
        "&#56;&#53;&#46;07.30-033.28</body></html>"
    )
    raw = raw_mail("Subject: h\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8", html.encode())
    text = text_at(extract_message(raw), "body")
    assert f"NN: {NN}" in text
    assert f"verborgen {NN}" in text
    assert f"https://portal.example/?nn={NN}" in text
    assert "12345" in text
    assert text.count(NN) == 4
    assert "display:none" not in text  # CSS is not text


def test_nested_multiparts_and_every_transfer_encoding() -> None:
    b64 = base64.encodebytes(f"base64 {NN}".encode()).decode()
    uue = "begin 644 x.txt\n" + "".join(
        chr(32 + len(chunk)) + "".join(
            "".join(chr(32 + ((v >> k) & 63) or 96) for k in (18, 12, 6, 0))
            for v in [int.from_bytes(chunk[i:i + 3].ljust(3, b"\0"), "big") for i in range(0, len(chunk), 3)]
        ) + "\n" for chunk in [f"uuencoded {NN}".encode()]
    ) + "`\nend\n"
    body = (
        "--A\nContent-Type: multipart/alternative; boundary=B\n\n"
        "--B\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\nplain 7bit\n"
        "--B\nContent-Type: multipart/related; boundary=C\n\n"
        f"--C\nContent-Type: text/html\nContent-Transfer-Encoding: base64\n\n{b64}\n"
        f"--C\nContent-Type: text/plain\nContent-Transfer-Encoding: x-uuencode\n\n{uue}\n"
        "--C--\n--B--\n"
        f"--A\nContent-Type: text/plain\nContent-Transfer-Encoding: 8bit\n\n8bit {NN}\n"
        "--A--\n"
    )
    raw = raw_mail("Subject: n\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=A", body.encode())
    ex = extract_message(raw)
    assert [seg.location for seg in ex.segments if seg.location.startswith("body")] == [
        "body", "body[1]", "body[2]", "body[3]"]
    assert text_at(ex, "body") == "plain 7bit"
    assert text_at(ex, "body[1]") == f"base64 {NN}"
    assert text_at(ex, "body[2]") == f"uuencoded {NN}"
    assert text_at(ex, "body[3]") == f"8bit {NN}"


def test_rfc2231_filename_and_fallback_name() -> None:
    body = (
        "--A\nContent-Type: text/plain\n\nhi\n"
        "--A\nContent-Type: text/csv\nContent-Disposition: attachment;\n"
        " filename*0*=utf-8''r%C3%A9sum%C3%A9%20;\n filename*1=list.csv\n\n"
        f"Jan;{NN}\n"
        "--A\nContent-Type: application/json\nContent-Disposition: attachment\n\n"
        f'{{"nn": "{NN}"}}\n--A--\n'
    )
    raw = raw_mail("Subject: n\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=A", body.encode())
    ex = extract_message(raw)
    assert NN in text_at(ex, "attachment:résumé list.csv")
    assert NN in text_at(ex, "attachment:part3.json")


def test_attached_message_recursive() -> None:
    inner = s.mail(subject=f"inner {NN}", body=f"inner body {NN}",
                   attachments=(("inner.pdf", s.pdf_fpdf([NN]), "application", "pdf"),))
    outer = s.mail(subject="fw", body="see below",
                   attachments=(("fwd.eml", inner, "message", "rfc822"),))
    ex = extract_message(outer)
    assert NN in text_at(ex, "attachment:fwd.eml/subject")
    assert NN in text_at(ex, "attachment:fwd.eml/body")
    assert NN in text_at(ex, "attachment:fwd.eml/attachment:inner.pdf#page=1")
    assert NN not in text_at(ex, "body")
    assert ex.header("Subject") == "fw"  # top-level headers only


def test_multipart_encrypted_pgp() -> None:
    body = (
        "--A\nContent-Type: application/pgp-encrypted\n\nVersion: 1\n"
        "--A\nContent-Type: application/octet-stream\n\n-----BEGIN PGP MESSAGE-----\nhQEMA\n"
        "-----END PGP MESSAGE-----\n--A--\n"
    )
    raw = raw_mail('Subject: e\nMIME-Version: 1.0\nContent-Type: multipart/encrypted; '
                   'protocol="application/pgp-encrypted"; boundary=A', body.encode())
    assert kinds(extract_message(raw), ENCRYPTED_CONTENT) == [("body", "multipart/encrypted (pgp)")]


def test_inline_pgp_and_pgp_attachment() -> None:
    armored = b"-----BEGIN PGP MESSAGE-----\n\nhQEMA5\n-----END PGP MESSAGE-----\n"
    ex = extract_message(s.mail(body=armored.decode(), attachments=(("x.gpg", b"\x85\x01\x0c\x03" + bytes(40),
                                                                      "application", "octet-stream"),)))
    found = kinds(ex, ENCRYPTED_CONTENT)
    assert ("body", "pgp message in body") in found
    assert ("attachment:x.gpg", "pgp encrypted data") in found


def test_smime_enveloped() -> None:
    der = s.smime_enveloped(f"Content-Type: text/plain\r\n\r\n{NN}".encode())
    body = base64.encodebytes(der).decode()
    raw = raw_mail("Subject: e\nMIME-Version: 1.0\nContent-Type: application/pkcs7-mime; "
                   "smime-type=enveloped-data; name=smime.p7m\nContent-Transfer-Encoding: base64", body.encode())
    ex = extract_message(raw)
    assert kinds(ex, ENCRYPTED_CONTENT) == [("body", "s/mime enveloped-data")]
    # without the smime-type parameter, recognised by content
    raw = raw_mail("Subject: e\nMIME-Version: 1.0\nContent-Type: application/octet-stream; name=smime.p7m\n"
                   "Content-Transfer-Encoding: base64", body.encode())
    assert kinds(extract_message(raw), ENCRYPTED_CONTENT) == [("attachment:smime.p7m", "s/mime enveloped-data")]


def test_smime_signatures_are_scanned() -> None:
    # detached (multipart/signed): the signed part is scanned, the signature ignored
    body = (
        f"--A\nContent-Type: text/plain\n\nsigned {NN}\n"
        "--A\nContent-Type: application/pkcs7-signature; name=smime.p7s\nContent-Transfer-Encoding: base64\n\n"
        "MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwEAAA==\n--A--\n"
    )
    raw = raw_mail('Subject: s\nMIME-Version: 1.0\nContent-Type: multipart/signed; '
                   'protocol="application/pkcs7-signature"; boundary=A', body.encode())
    ex = extract_message(raw)
    assert text_at(ex, "body") == f"signed {NN}"
    assert not ex.findings
    # opaque (application/pkcs7-mime; smime-type=signed-data): the content inside is scanned
    der = s.smime_signed_opaque(f"Content-Type: text/plain\r\n\r\nopaque {NN}\r\n".encode())
    raw = raw_mail("Subject: s\nMIME-Version: 1.0\nContent-Type: application/pkcs7-mime; smime-type=signed-data;"
                   " name=smime.p7m\nContent-Transfer-Encoding: base64", base64.encodebytes(der))
    ex = extract_message(raw)
    assert text_at(ex, "body").strip() == f"opaque {NN}"  # the signing layer is transparent
    assert not ex.findings


def test_inline_logo_versus_attached_image() -> None:
    logo = s.png(8, 8)
    photo = s.png(120, 120, noise=True)
    body = (
        "--A\nContent-Type: multipart/related; boundary=B\n\n"
        "--B\nContent-Type: text/html\n\n<p>Hi</p><img src=\"cid:logo@x\">\n"
        "--B\nContent-Type: image/png\nContent-ID: <logo@x>\nContent-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(logo).decode() + "\n--B--\n"
        "--A\nContent-Type: image/png; name=photo.png\nContent-Disposition: attachment; filename=photo.png\n"
        "Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(photo).decode() + "\n--A--\n"
    )
    raw = raw_mail("Subject: i\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=A", body.encode())
    found = dict(kinds(extract_message(raw), UNSCANNED_IMAGE))
    assert found["attachment:part2.png"] == f"inline logo png {max(1, round(len(logo) / 1024))} KB"
    from gateway.extract.ocr import available

    if available() is None:
        assert "attachment:photo.png" not in found  # OCRed (a photo: no text in it)
    else:
        assert found["attachment:photo.png"].startswith("attachment png ")


def test_pdf_declared_as_text_body_is_read_as_pdf() -> None:
    pdf = s.pdf_fpdf([NN])
    raw = raw_mail("Subject: p\nMIME-Version: 1.0\nContent-Type: text/plain\nContent-Transfer-Encoding: base64",
                   base64.encodebytes(pdf))
    ex = extract_message(raw)
    assert NN in text_at(ex, "attachment:part1.txt#page=1")


def test_invisible_characters_do_not_split_numbers() -> None:
    html = "<p>85.07.30&shy;-033.28 and 85.07.30-\u200b033.28</p>"
    raw = raw_mail("Subject: z\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8", html.encode())
    assert text_at(extract_message(raw), "body").count(NN) == 2


def test_html_charset_from_meta() -> None:
    html = f"<html><head><meta charset='windows-1252'></head><body>café {NN}</body></html>".encode("cp1252")
    raw = raw_mail("Subject: m\nMIME-Version: 1.0\nContent-Type: text/html\nContent-Transfer-Encoding: 8bit", html)
    assert text_at(extract_message(raw), "body") == f"café {NN}"


def test_signed_file_p7m_attachment() -> None:
    # CAdES: a PDF signed into contract.pdf.p7m; the PDF inside is read.
    der = s.smime_signed_opaque(s.pdf_fpdf([NN]))
    ex = extract_message(s.mail(attachments=(("contract.pdf.p7m", der, "application", "pkcs7-mime"),)))
    assert NN in text_at(ex, "attachment:contract.pdf.p7m/contract.pdf#page=1")
    assert not ex.findings


def test_encoded_display_name_with_comma() -> None:
    raw = raw_mail("From: =?utf-8?q?Peeters=2C_Jan?= <jan@example.be>\nTo: =?iso-8859-1?q?M=FCller?= <m@x.de>\n"
                   "Subject: x", b"x")
    ex = extract_message(raw)
    assert text_at(ex, "header:From") == "Peeters, Jan"
    assert text_at(ex, "header:To") == "Müller"


def test_raw_8bit_filename_and_content_location() -> None:
    body = (
        b"--A\r\nContent-Type: text/plain\r\n\r\nhi\r\n"
        b"--A\r\nContent-Type: text/plain\r\nContent-Disposition: attachment;\r\n\tfilename=ci\xc3\xable.txt\r\n\r\n"
        + NN.encode() + b"\r\n"
        b"--A\r\nContent-Type: text/csv\r\nContent-Location: https://x.example/lijst.csv?id=1\r\n"
        b"Content-Disposition: attachment\r\n\r\n" + NN.encode() + b"\r\n--A--\r\n"
    )
    raw = b"Subject: f\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=A\r\n\r\n" + body
    ex = extract_message(raw)
    assert NN in text_at(ex, "attachment:ciële.txt")
    assert NN in text_at(ex, "attachment:lijst.csv")


def _tree(m: object) -> list[object]:
    out = [(m.get_content_type(), m.preamble, m.epilogue, [type(d).__name__ for d in m.defects], m.get_boundary())]
    payload = m.get_payload()
    for child in payload if isinstance(payload, list) else []:
        out += _tree(child)
    return out + ([] if isinstance(payload, list) else [payload])


def _multipart(boundary: str, nl: str, close: str) -> bytes:
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"{nl}{nl}preamble{nl}--{boundary}{nl}'
            f"Content-Type: text/plain{nl}{nl}one{nl}--{boundary} \t{nl}{nl}two{nl}--{boundary}x{nl}not a border{nl}"
            f"{close}{nl}epilogue{nl}").encode()


def test_boundary_matcher_parses_as_the_compiled_expression() -> None:
    """The feedparser with boundary.BoundaryMatcher builds the same trees (parts, preamble, epilogue, defects)
    as with its per-message regex: special characters, padding, CR / LF / CRLF, a missing close delimiter."""
    import email
    import email.feedparser
    import re

    from gateway.extract import boundary

    raws = [_multipart(b, nl, close) for b in ("simple", "=_a.b+c(d)?*[x]{1}|^$ ~#&-", "----=_NextPart_000_0001")
            for nl in ("\r\n", "\n", "\r") for close in (f"--{b}--", f"--{b}-- ", f"--{b}", "")]
    inner = s.mail(subject="i", body="j")
    raws += [s.mail(subject="x", body="y", attachments=(("a.txt", b"abc", "text", "plain"),
                                                        ("fwd.eml", inner, "message", "rfc822")))]
    boundary.install()
    assert isinstance(email.feedparser.re, boundary._FeedparserRe)
    got = [_tree(email.message_from_bytes(r)) for r in raws]
    try:
        email.feedparser.re = re
        expected = [_tree(email.message_from_bytes(r)) for r in raws]
    finally:
        boundary.install()
    assert got == expected
    assert boundary.boundary_separator("(?P<sep>x)") is None  # another pattern: compiled as before
