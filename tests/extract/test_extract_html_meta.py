"""The content of a <meta http-equiv> tag is a protocol value, not text of the mail."""
from gateway.extract import extract_message
from gateway.extract.limits import ExtractLimits

RAW = (
    b"From: a@example.org\r\nTo: b@example.com\r\nSubject: t\r\nMIME-Version: 1.0\r\n"
    b"Content-Type: text/html; charset=utf-8\r\n\r\n"
    b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    b'<meta name="description" content="Quarterly note"></head>'
    b"<body><p>Hello there</p></body></html>\r\n"
)


def test_meta_http_equiv_content_is_not_text() -> None:
    ex = extract_message(RAW, ExtractLimits())
    body = " ".join(s.text for s in ex.segments if s.location.startswith("body"))
    assert "Hello there" in body
    assert "text/html; charset" not in body
    assert "Quarterly note" in body  # a named meta's content stays text
