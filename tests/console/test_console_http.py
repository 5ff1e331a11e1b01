"""The console over real HTTP (httpx against the uvicorn server): security headers and cookies,
sign-in, CSRF, roles, throttling, session expiry, filters, actions and their audit entries, the
report downloads, the languages, and OpenID Connect against a real provider, tampering included."""

from __future__ import annotations

import csv
import io
import logging
import re
import time
from contextlib import closing
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from console_stack import AN, NN, PASSWORD, Stack

from gateway.console.accounts import LoginThrottle


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, "no CSRF field on the page"
    return m.group(1)


def client(stack: Stack) -> httpx.Client:
    return httpx.Client(base_url=stack.base, follow_redirects=False, timeout=30)


def sign_in(stack: Stack, user: str, password: str = PASSWORD) -> httpx.Client:
    c = client(stack)
    page = c.get("/login")
    r = c.post("/login", data={"csrf": csrf_of(page.text), "username": user, "password": password})
    assert r.status_code == 303 and r.headers["location"] == "/held", r.text
    return c


def test_security_headers_and_cookies(stack: Stack) -> None:
    with client(stack) as c:
        r = c.get("/login")
        assert r.status_code == 200
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp and "form-action 'self'" in csp
        assert "script-src" not in csp and "unsafe-inline" not in csp
        assert r.headers["x-frame-options"] == "DENY"
        assert r.headers["referrer-policy"] == "no-referrer"
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["cache-control"] == "no-store"
        cookie = r.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=lax" in cookie and "path=/" in cookie
        assert "secure" not in cookie  # plain HTTP on loopback; TLS or an https public URL adds it
        assert "<script" not in r.text.lower() and ' style="' not in r.text
        assert c.get("/held").headers["location"] == "/login"  # every page needs a session
        assert c.get("/static/console.css").headers["content-type"].startswith("text/css")


def test_sign_in_needs_the_forms_csrf_token_and_renews_the_session(stack: Stack) -> None:
    with client(stack) as c:
        page = c.get("/login")
        before = c.cookies["dlpgw_console"]
        for data in ({"username": "dana", "password": PASSWORD},
                     {"csrf": "forged", "username": "dana", "password": PASSWORD}):
            r = c.post("/login", data=data)
            assert r.status_code == 403 and "did not come from this console" in r.text
        r = c.post("/login", data={"csrf": csrf_of(page.text), "username": "dana", "password": PASSWORD},
                   headers={"Origin": "https://evil.example"})
        assert r.status_code == 403
        r = c.post("/login", data={"csrf": csrf_of(c.get("/login").text), "username": "dana", "password": PASSWORD})
        assert r.status_code == 303
        assert c.cookies["dlpgw_console"] != before  # a fresh session id at sign-in (no fixation)
        held = c.get("/held")
        assert held.status_code == 200 and "Signed in as dana (admin, dpo)" in held.text
        assert c.post("/logout", data={}).status_code == 403  # no CSRF token: still signed in
        assert c.get("/held").status_code == 200
        assert c.post("/logout", data={"csrf": csrf_of(held.text)}).status_code == 303
        assert c.get("/held").status_code == 303


def test_failed_sign_ins_are_throttled(stack: Stack) -> None:
    try:
        with client(stack) as c:
            for _ in range(5):
                r = c.post("/login", data={"csrf": csrf_of(c.get("/login").text), "username": "alex",
                                           "password": "wrong password"})
                assert r.status_code == 401 and "Unknown user name or wrong password" in r.text
            r = c.post("/login", data={"csrf": csrf_of(c.get("/login").text), "username": "alex",
                                       "password": PASSWORD})
            assert r.status_code == 429 and "Too many failed attempts" in r.text  # even the right password waits
    finally:
        stack.console.throttle = LoginThrottle()
    t = LoginThrottle()
    for i in range(5):
        t.failed("u:x", now=100.0 + i)
    assert t.wait("u:x", now=105.0) == pytest.approx(59.0)
    t.failed("u:x", now=170.0)
    assert t.wait("u:x", now=170.0) == pytest.approx(120.0)  # doubling
    assert t.wait("u:x", now=100.0 + 2000) == 0.0  # the window passed


def test_sessions_expire_when_idle(stack: Stack) -> None:
    sessions = stack.console.sessions
    idle = sessions.idle
    try:
        c = sign_in(stack, "alex")
        sessions.idle = 0.3
        time.sleep(0.6)
        r = c.get("/held")
        assert r.status_code == 303 and r.headers["location"] == "/login?expired=1"
        assert "Your session has ended" in c.get("/login?expired=1").text
    finally:
        sessions.idle = idle


def test_auditor_reads_but_cannot_act(stack: Stack) -> None:
    qid = stack.held["national_id"]
    with closing(sign_in(stack, "alex")) as c:
        page = c.get(f"/held/{qid}")
        assert page.status_code == 200 and "Only the role dpo can release" in page.text
        assert 'method="post" action="/held/' not in page.text
        assert "jan.peeters@gmail.com" not in page.text and "gmail.com" in page.text  # domains only for auditors
        assert "85.07.30-***.**" in page.text and NN not in page.text
        token = csrf_of(page.text)
        for path in (f"/held/{qid}/release", f"/held/{qid}/delete", f"/held/{qid}/original", "/held/bulk"):
            r = c.post(path, data={"csrf": token, "reason": "try", "ids": qid, "op": "release"})
            assert r.status_code == 403 and "dpo needed" in r.text, path
        assert c.get("/admin").status_code == 403
    assert stack.store.get_sync(qid).status == "held"


def test_release_needs_csrf_and_reason_and_is_audited(stack: Stack, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="dlpgw")
    qid = stack.held["to_release"]
    with closing(sign_in(stack, "dana")) as c:
        page = c.get(f"/held/{qid}")
        assert "Release to the recipients" in page.text and AN in page.text
        assert c.post(f"/held/{qid}/release", data={"reason": "no token"}).status_code == 403
        r = c.post(f"/held/{qid}/release", data={"csrf": csrf_of(page.text), "reason": "x"},
                   headers={"Sec-Fetch-Site": "cross-site"})
        assert r.status_code == 403
        r = c.post(f"/held/{qid}/release", data={"csrf": csrf_of(page.text), "reason": "  "})
        assert r.status_code == 303 and "A reason is required" in c.get(f"/held/{qid}").text
        assert stack.store.get_sync(qid).status == "held"
        r = c.post(f"/held/{qid}/release", data={"csrf": csrf_of(page.text), "reason": "contract with consent"})
        assert r.status_code == 303
        after = c.get(f"/held/{qid}").text
        assert f"{qid}: released." in after
    assert stack.store.get_sync(qid).status == "released"
    entry = next(a for a in stack.store.audit_sync(qid) if a.event == "release")
    assert entry.actor == "dana (console)" and entry.reason == "contract with consent"
    # the log says who acted by a masked name only (the audit log above holds the account)
    console_lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("console: ")]
    assert any(line.endswith("signed in") and "d***" in line for line in console_lines)
    assert any(f"{qid} release by d***" in line for line in console_lines)
    assert not any("dana" in line for line in console_lines)
    assert any(m.mail_from == AN and m.rcpt_tos == ["planning@acme-consult.be"] for m in stack.sink.wait(1))


def test_opening_an_original_is_an_explicit_audited_action(stack: Stack) -> None:
    qid = stack.held["national_id"]
    with closing(sign_in(stack, "dana")) as c:
        token = csrf_of(c.get(f"/held/{qid}").text)
        r = c.post(f"/held/{qid}/original", data={"csrf": token, "reason": ""})
        assert r.status_code == 303  # no reason: nothing shown, nothing audited
        assert not [a for a in stack.store.audit_sync(qid) if a.event == "view"]
        r = c.post(f"/held/{qid}/original", data={"csrf": token, "reason": "complaint of the data subject"})
        assert r.status_code == 200 and r.headers["content-type"] == "message/rfc822"
        assert r.headers["content-disposition"] == f'attachment; filename="{qid}.eml"'
        assert NN.encode() in r.content
    (view,) = [a for a in stack.store.audit_sync(qid) if a.event == "view"]
    assert view.actor == "dana (console)" and view.reason == "complaint of the data subject"


def test_filters_and_bulk_delete(stack: Stack) -> None:
    with closing(sign_in(stack, "dana")) as c:
        art10 = c.get("/held", params={"category": "art10"}).text
        assert stack.held["art10"] in art10 and stack.held["weak_art9"] not in art10
        hr = c.get("/held", params={"domain": "hr.example.fgov.be", "status": "all"}).text
        assert stack.held["art10"] in hr and stack.held["national_id"] not in hr
        cls = c.get("/held", params={"class": "citizen"}).text
        assert stack.held["national_id"] in cls and stack.held["art10"] not in cls
        released = c.get("/held", params={"status": "released"}).text
        assert stack.held["to_override"] in released
        today = time.strftime("%Y-%m-%d", time.gmtime())
        assert stack.held["art10"] in c.get("/held", params={"from": today, "to": today}).text
        assert "No message matches" in c.get("/held", params={"from": "2020-01-01", "to": "2020-01-02"}).text
        page = c.get("/held")
        r = c.post("/held/bulk", data={"csrf": csrf_of(page.text), "op": "delete", "reason": "duplicate",
                                       "ids": [stack.held["art10"]], "back": "/held"})
        assert r.status_code == 303
        assert f"{stack.held['art10']}: deleted." in c.get("/held").text
        assert "Select at least one message" in c.get(c.post("/held/bulk", data={
            "csrf": csrf_of(page.text), "op": "delete", "reason": "x"}).headers["location"]).text
    assert stack.store.get_sync(stack.held["art10"]).status == "deleted"


def test_audit_overrides_stats_and_report_downloads(stack: Stack) -> None:
    with closing(sign_in(stack, "alex")) as c:
        audit = c.get("/audit", params={"event": "override"}).text
        assert stack.held["to_override"] in audit and "HR of the contractor plans the replacement" in audit
        overrides = c.get("/overrides").text
        assert stack.held["to_override"] in overrides and "released" in overrides
        t0 = time.perf_counter()
        stats = c.get("/stats", params={"from": "2026-01-01", "to": "2026-12-31"})
        assert stats.status_code == 200 and time.perf_counter() - t0 < 30
        assert stats.text.count("<svg") >= 4 and "Would be stopped when enforced" in stats.text
        assert "Top rules" in stats.text and "<script" not in stats.text
        rep = c.get("/stats/report.html", params={"from": "2026-01-01", "to": "2026-12-31", "lang": "fr"})
        assert rep.headers["content-disposition"].startswith("attachment;")
        assert "Rapport de déploiement" in rep.text and "<script" not in rep.text.lower()
        rows = list(csv.DictReader(io.StringIO(c.get("/stats/report.csv", params={"from": "2026-01-01",
                                                                                "to": "2026-12-31"}).text)))
        assert sum(int(r["messages"]) for r in rows) >= 201


def test_pages_in_four_languages(stack: Stack) -> None:
    with client(stack) as c:
        assert "Connexion" in c.get("/login", headers={"Accept-Language": "fr-BE,fr;q=0.9,en;q=0.5"}).text
        assert "Aanmelden" in c.get("/login", headers={"Accept-Language": "nl"}).text
    with closing(sign_in(stack, "alex")) as c:
        assert "Zurückgehaltene Nachrichten" in c.get("/held", params={"lang": "de"}).text
        assert "Zurückgehaltene Nachrichten" in c.get("/audit").text  # kept for the session
        assert "Messages retenus" in c.get("/held", params={"lang": "fr"}).text


# --- OpenID Connect ------------------------------------------------------------------------------


def oidc_sign_in(stack: Stack, user: str, password: str = PASSWORD) -> tuple[httpx.Client, httpx.Response]:
    """Console -> provider -> console, as a browser would go, but over httpx."""
    c = client(stack)
    r = c.get("/oidc/start")
    assert r.status_code == 302
    auth = r.headers["location"]
    q = parse_qs(urlsplit(auth).query)
    assert q["code_challenge_method"] == ["S256"] and q["state"] and q["nonce"] and q["response_type"] == ["code"]
    with httpx.Client(follow_redirects=False, timeout=30) as idp:
        form = idp.get(auth)
        assert form.status_code == 200
        fields = dict(re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', form.text))
        back = idp.post(f"{stack.idp.issuer}/authorize", data={**fields, "username": user, "password": password})
    assert back.status_code == 302
    cb = back.headers["location"]
    assert cb.startswith(f"{stack.base}/oidc/callback?")
    return c, c.get(cb.removeprefix(stack.base))


def test_oidc_sign_in_maps_roles_from_the_claim(stack: Stack) -> None:
    c, r = oidc_sign_in(stack, "dana.idp")
    assert r.status_code == 303 and r.headers["location"] == "/held"
    assert "Signed in as dana.idp (dpo)" in c.get("/held").text
    c.close()
    c, r = oidc_sign_in(stack, "alex.idp")
    assert "Signed in as alex.idp (auditor)" in c.get("/held").text
    c.close()
    c, r = oidc_sign_in(stack, "nora.idp")  # a valid user without a mapped role
    assert r.status_code == 403 and "has no role in this console" in r.text
    assert c.get("/held").status_code == 303
    c.close()


@pytest.mark.parametrize("mode", ["rogue_key", "wrong_audience", "wrong_nonce", "expired", "none_alg"])
def test_oidc_refuses_bad_id_tokens(stack: Stack, mode: str) -> None:
    stack.idp.mode = mode
    try:
        c, r = oidc_sign_in(stack, "dana.idp")
    finally:
        stack.idp.mode = "normal"
    assert r.status_code == 403 and "Sign-in with the identity provider failed" in r.text, r.text
    assert c.get("/held").status_code == 303
    c.close()


def test_oidc_state_code_reuse_and_pkce(stack: Stack) -> None:
    c = client(stack)
    auth = c.get("/oidc/start").headers["location"]
    with httpx.Client(follow_redirects=False, timeout=30) as idp:
        fields = dict(re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', idp.get(auth).text))
        cb = idp.post(f"{stack.idp.issuer}/authorize",
                      data={**fields, "username": "dana.idp", "password": PASSWORD}).headers["location"]
    tampered = re.sub(r"state=[^&]+", "state=forged", cb)
    r = c.get(tampered.removeprefix(stack.base))
    assert r.status_code == 403 and "state does not match" in r.text
    assert c.get(cb.removeprefix(stack.base)).status_code == 303  # the pending sign-in was used up
    c.close()
    # a fresh sign-in with the real state, but the code exchanged with another verifier: the provider refuses
    c = client(stack)
    auth = c.get("/oidc/start").headers["location"]
    with httpx.Client(follow_redirects=False, timeout=30) as idp:
        fields = dict(re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', idp.get(auth).text))
        cb = idp.post(f"{stack.idp.issuer}/authorize",
                      data={**fields, "username": "dana.idp", "password": PASSWORD}).headers["location"]
    code = parse_qs(urlsplit(cb).query)["code"][0]
    from gateway.console.oidc import OidcError

    with pytest.raises(OidcError, match="invalid_grant"):
        stack.console.oidc.exchange(code, "a-verifier-that-does-not-hash-to-the-challenge-0123456789")
    r = c.get(cb.removeprefix(stack.base))  # the code is single-use: gone now
    assert r.status_code == 403 and "invalid_grant" in r.text
    c.close()
