"""A small but real OpenID provider on loopback for the console's sign-in tests.

It is built on Starlette (served by uvicorn) and PyJWT, signs ID tokens with an RSA key it
generates (``cryptography``), publishes that key as a JWKS, and checks what a provider checks:
the registered client id and exact redirect URI, ``response_type=code``, the ``openid`` scope,
PKCE with S256 (the verifier must hash to the challenge), single-use codes that expire, the
client secret, and the user's password. ``mode`` makes it misbehave the way an attacker or a
broken provider would (a token signed by another key, for another audience, with another nonce,
already expired), so the console's checks are tested against real tokens.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import secrets
import threading
import time
from typing import Any
from urllib.parse import parse_qs, urlencode

import jwt
import uvicorn
from cryptography.hazmat.primitives.asymmetric import rsa
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route


class LoopbackIdP:
    def __init__(self, port: int, client_id: str, client_secret: str, redirect_uri: str,
                 users: dict[str, tuple[str, list[str]]]) -> None:
        self.port = port
        self.issuer = f"http://127.0.0.1:{port}"
        self.client_id = client_id
        self.client_secret = client_secret
        self.redirect_uri = redirect_uri
        self.users = users  # name -> (password, roles claim)
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.rogue = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.kid = "test-key-1"
        self.codes: dict[str, dict[str, Any]] = {}
        self.mode = "normal"  # normal | rogue_key | wrong_audience | wrong_nonce | expired | none_alg
        self.issued = 0
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    # -- endpoints -----------------------------------------------------------------------------
    async def discovery(self, request: Request) -> Response:
        return JSONResponse({
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "jwks_uri": f"{self.issuer}/jwks",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["client_secret_post"],
        })

    async def jwks(self, request: Request) -> Response:
        jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key()))
        jwk.update({"kid": self.kid, "use": "sig", "alg": "RS256"})
        return JSONResponse({"keys": [jwk]})

    def _check_request(self, p: dict[str, str]) -> str | None:
        if p.get("client_id") != self.client_id:
            return "unknown client_id"
        if p.get("redirect_uri") != self.redirect_uri:
            return "redirect_uri is not registered"
        if p.get("response_type") != "code":
            return "unsupported response_type"
        if "openid" not in p.get("scope", "").split():
            return "scope must include openid"
        if p.get("code_challenge_method") != "S256" or len(p.get("code_challenge", "")) < 43:
            return "PKCE with S256 is required"
        if not p.get("state") or not p.get("nonce"):
            return "state and nonce are required"
        return None

    async def authorize(self, request: Request) -> Response:
        if request.method == "GET":
            p = dict(request.query_params)
            problem = self._check_request(p)
            if problem:
                return HTMLResponse(f"<p>{html.escape(problem)}</p>", status_code=400)
            hidden = "".join(f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
                             for k, v in p.items())
            return HTMLResponse(
                "<!DOCTYPE html><html lang=en><head><title>Test IdP sign-in</title></head><body>"
                "<h1>Test identity provider</h1><form method=post action=/authorize>" + hidden +
                '<p><label for=u>User</label> <input id=u name=username></p>'
                '<p><label for=p>Password</label> <input id=p name=password type=password></p>'
                '<p><button id=idp-signin type=submit>Sign in</button></p></form></body></html>')
        form = {k: v[0] for k, v in parse_qs((await request.body()).decode()).items()}
        problem = self._check_request(form)
        if problem:
            return HTMLResponse(f"<p>{html.escape(problem)}</p>", status_code=400)
        user = self.users.get(form.get("username", ""))
        if user is None or not secrets.compare_digest(user[0], form.get("password", "")):
            return HTMLResponse("<p>wrong user name or password</p>", status_code=401)
        code = secrets.token_urlsafe(24)
        self.codes[code] = {"user": form["username"], "challenge": form["code_challenge"], "nonce": form["nonce"],
                            "redirect_uri": form["redirect_uri"], "at": time.time()}
        return RedirectResponse(f"{form['redirect_uri']}?{urlencode({'code': code, 'state': form['state']})}",
                                status_code=302)

    async def token(self, request: Request) -> Response:
        form = {k: v[0] for k, v in parse_qs((await request.body()).decode()).items()}

        def bad(error: str, status: int = 400) -> Response:
            return JSONResponse({"error": error}, status_code=status)

        if form.get("grant_type") != "authorization_code":
            return bad("unsupported_grant_type")
        if form.get("client_id") != self.client_id or form.get("client_secret") != self.client_secret:
            return bad("invalid_client", 401)
        grant = self.codes.pop(form.get("code", ""), None)  # single use
        if grant is None or time.time() - grant["at"] > 60:
            return bad("invalid_grant")
        if form.get("redirect_uri") != grant["redirect_uri"]:
            return bad("invalid_grant")
        verifier = form.get("code_verifier", "")
        digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
        if not verifier or digest != grant["challenge"]:
            return bad("invalid_grant")  # PKCE (RFC 7636 4.6)
        now = int(time.time())
        claims = {"iss": self.issuer, "aud": self.client_id, "sub": f"sub-{grant['user']}",
                  "preferred_username": grant["user"], "roles": self.users[grant["user"]][1],
                  "nonce": grant["nonce"], "iat": now, "exp": now + 300}
        key: Any = self.key
        if self.mode == "rogue_key":
            key = self.rogue
        elif self.mode == "wrong_audience":
            claims["aud"] = "another-client"
        elif self.mode == "wrong_nonce":
            claims["nonce"] = "not-the-nonce"
        elif self.mode == "expired":
            claims["iat"], claims["exp"] = now - 3600, now - 1800
        if self.mode == "none_alg":
            id_token = jwt.encode(claims, None, algorithm="none", headers={"kid": self.kid})
        else:
            id_token = jwt.encode(claims, key, algorithm="RS256", headers={"kid": self.kid})
        self.issued += 1
        return JSONResponse({"access_token": secrets.token_urlsafe(16), "token_type": "Bearer", "expires_in": 300,
                             "id_token": id_token})

    # -- lifecycle -----------------------------------------------------------------------------
    def app(self) -> Starlette:
        return Starlette(routes=[
            Route("/.well-known/openid-configuration", self.discovery),
            Route("/jwks", self.jwks),
            Route("/authorize", self.authorize, methods=["GET", "POST"]),
            Route("/token", self.token, methods=["POST"]),
        ])

    def start(self) -> LoopbackIdP:
        self._server, self._thread = serve_in_thread(self.app(), self.port)
        return self

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            stop_server(self._server, self._thread)


def serve_in_thread(app: Any, port: int) -> tuple[uvicorn.Server, threading.Thread]:
    """A real uvicorn server for ``app`` on 127.0.0.1:port in a daemon thread, once it listens."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off",
                                           access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    end = time.monotonic() + 20
    while not server.started and time.monotonic() < end:
        time.sleep(0.02)
    assert server.started, "server did not start"
    return server, thread


def stop_server(server: uvicorn.Server, thread: threading.Thread) -> None:
    server.should_exit = True
    thread.join(15)
