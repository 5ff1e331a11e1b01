"""STARTTLS from a certificate made in the test, required TLS, and AUTH PLAIN/LOGIN over TLS only."""

from __future__ import annotations

import datetime as dt
import ipaddress
import smtplib
import ssl
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from gateway.auth import Credentials, hash_password
from tests.relay.test_relay import message


def make_cert(tmp_path: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_file, key_file


def client_ctx(cert_file: Path) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(cert_file))


def test_starttls_with_generated_certificate(sink, start_gateway, tmp_path: Path) -> None:
    handler, port = sink
    cert, key = make_cert(tmp_path)
    gw = start_gateway(port, tls_cert_file=cert, tls_key_file=key, require_starttls=True)
    with smtplib.SMTP("127.0.0.1", gw.port, timeout=10) as c:
        c.ehlo("client.test")
        assert c.has_extn("starttls")
        code, text = c.mail("a@example.fgov.be")
        assert code == 530 and text.startswith(b"5.7.0")  # TLS required before MAIL
        c.starttls(context=client_ctx(cert))
        c.ehlo("client.test")
        assert c.sock.version() in ("TLSv1.2", "TLSv1.3")
        c.sendmail("a@example.fgov.be", ["b@gmail.com"], message())
    assert len(handler.messages) == 1


def test_auth_over_tls_lets_an_outside_client_relay(sink, start_gateway, tmp_path: Path) -> None:
    handler, port = sink
    cert, key = make_cert(tmp_path)
    creds = tmp_path / "users"
    creds.write_text(f"# relay users\nscanner:{hash_password('s3cret pass')}\n")
    gw = start_gateway(port, tls_cert_file=cert, tls_key_file=key, auth_file=creds, allowed_networks=["10.9.0.0/16"])
    with smtplib.SMTP("127.0.0.1", gw.port, timeout=10) as c:
        c.ehlo("client.test")
        assert not c.has_extn("auth")  # never offered in clear text
        assert c.mail("a@example.fgov.be")[0] == 554  # not in the allowed networks, not authenticated
        c.rset()
        c.starttls(context=client_ctx(cert))
        c.ehlo("client.test")
        assert "PLAIN" in c.esmtp_features["auth"] and "LOGIN" in c.esmtp_features["auth"]
        with pytest.raises(smtplib.SMTPAuthenticationError):
            c.login("scanner", "wrong")
        c.login("scanner", "s3cret pass")
        c.sendmail("a@example.fgov.be", ["b@gmail.com"], message())
    assert len(handler.messages) == 1


def test_credentials_file_refuses_plain_text_passwords(tmp_path: Path) -> None:
    from gateway.errors import ConfigError

    f = tmp_path / "users"
    f.write_text("alice:hunter2\n")
    with pytest.raises(ConfigError, match=r"users:1: expected user:scrypt"):
        Credentials.load(f)
    f.write_text(f"alice:{hash_password('pw')}\n")
    c = Credentials.load(f)
    assert c.verify(b"alice", b"pw") and not c.verify(b"alice", b"pw2") and not c.verify(b"bob", b"pw")
