"""OpenID Connect sign-in for the console: authorization code flow with PKCE, state and nonce.

Works with any OpenID provider that publishes a discovery document (Microsoft Entra ID:
``https://login.microsoftonline.com/<tenant>/v2.0``; Keycloak, Authentik, ...):

1. ``/oidc/start``: a random ``state``, ``nonce`` and PKCE ``code_verifier`` (RFC 7636, S256) are
   kept in the (pre-sign-in) session; the browser goes to the provider's authorization endpoint;
2. ``/oidc/callback``: ``state`` must match; the code is exchanged at the token endpoint with the
   verifier (and the client secret when one is configured);
3. the ID token's signature is checked with the provider's JWKS (PyJWT; RS/PS/ES algorithms only,
   never ``none`` or HMAC), as are ``iss``, ``aud`` (and ``azp``), ``exp``, ``iat`` and ``nonce``;
4. console roles come from one claim (``roles`` for Entra app roles, or ``groups``...) through
   ``console_oidc_role_map`` (claim value -> dpo | auditor | admin). No mapped role: no access.

The provider is the only network peer of the console besides the upstream; it must be https
(plain http is accepted for loopback addresses only, for tests and a local provider).
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import secrets
import ssl
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Any

import jwt

from gateway.console.accounts import ROLES

ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512")


class OidcError(Exception):
    """Sign-in refused: the text is safe to show (no token content)."""


def _check_url(url: str) -> None:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "https":
        return
    host = parts.hostname or ""
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if parts.scheme != "http" or not loopback:
        raise OidcError(f"{parts.scheme}://{host}: the identity provider must be reached over https")


def pkce_pair() -> tuple[str, str]:
    """(code_verifier, code_challenge) for S256 (RFC 7636 section 4)."""
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii")).digest()).rstrip(b"=").decode()
    return verifier, challenge


@dataclass(frozen=True, slots=True)
class Identity:
    user: str
    roles: frozenset[str]
    subject: str


class OidcClient:
    def __init__(self, issuer: str, client_id: str, client_secret: str | None, redirect_uri: str, *,
                 scopes: str = "openid profile email", role_claim: str = "roles",
                 role_map: dict[str, str] | None = None, ca_file: str | None = None, timeout: float = 10.0) -> None:
        _check_url(issuer)
        self.issuer = issuer.rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret
        self.redirect_uri = redirect_uri
        self.scopes = scopes if "openid" in scopes.split() else f"openid {scopes}"
        self.role_claim = role_claim
        self.role_map = {k: v for k, v in (role_map or {}).items()}
        bad = sorted(set(self.role_map.values()) - set(ROLES))
        if bad:
            raise OidcError(f"console_oidc_role_map maps to unknown roles {bad}: use {', '.join(ROLES)}")
        self.timeout = timeout
        self._ssl = ssl.create_default_context(cafile=ca_file)
        self._meta: dict[str, Any] | None = None
        self._meta_at = 0.0
        self._jwks: jwt.PyJWKClient | None = None

    # -- HTTP -----------------------------------------------------------------------------------
    def _open(self, req: urllib.request.Request) -> dict[str, Any]:
        _check_url(req.full_url)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout, context=self._ssl) as resp:
                data = resp.read(1 << 20)
        except urllib.error.HTTPError as e:
            detail = ""
            try:
                detail = json.loads(e.read(4096)).get("error", "")
            except Exception:
                pass
            raise OidcError(f"the identity provider answered {e.code} {detail}".strip()) from None
        except (urllib.error.URLError, OSError, TimeoutError) as e:
            raise OidcError(f"the identity provider cannot be reached ({type(e).__name__})") from None
        try:
            out = json.loads(data)
        except ValueError:
            raise OidcError("the identity provider did not answer JSON") from None
        if not isinstance(out, dict):
            raise OidcError("the identity provider did not answer a JSON object")
        return out

    def metadata(self) -> dict[str, Any]:
        """The discovery document (cached for an hour), checked against the configured issuer."""
        if self._meta is None or time.monotonic() - self._meta_at > 3600:
            meta = self._open(urllib.request.Request(f"{self.issuer}/.well-known/openid-configuration"))
            if str(meta.get("issuer", "")).rstrip("/") != self.issuer:
                raise OidcError("the discovery document names another issuer")
            for k in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
                if not isinstance(meta.get(k), str):
                    raise OidcError(f"the discovery document has no {k}")
                _check_url(meta[k])
            self._meta, self._meta_at = meta, time.monotonic()
            self._jwks = jwt.PyJWKClient(meta["jwks_uri"], cache_keys=True, lifespan=3600, timeout=int(self.timeout),
                                         ssl_context=self._ssl)
        return self._meta

    # -- the flow -------------------------------------------------------------------------------
    def authorization_url(self, state: str, nonce: str, challenge: str) -> str:
        meta = self.metadata()
        query = urllib.parse.urlencode({
            "response_type": "code", "client_id": self.client_id, "redirect_uri": self.redirect_uri,
            "scope": self.scopes, "state": state, "nonce": nonce, "code_challenge": challenge,
            "code_challenge_method": "S256",
        })
        sep = "&" if "?" in meta["authorization_endpoint"] else "?"
        return f"{meta['authorization_endpoint']}{sep}{query}"

    def exchange(self, code: str, verifier: str) -> str:
        """The ID token for an authorization code (RFC 6749 4.1.3 + RFC 7636 4.5)."""
        meta = self.metadata()
        form = {"grant_type": "authorization_code", "code": code, "redirect_uri": self.redirect_uri,
                "client_id": self.client_id, "code_verifier": verifier}
        if self.client_secret:
            form["client_secret"] = self.client_secret  # client_secret_post (Entra ID's default)
        req = urllib.request.Request(meta["token_endpoint"], data=urllib.parse.urlencode(form).encode(),
                                     headers={"Content-Type": "application/x-www-form-urlencoded",
                                              "Accept": "application/json"})
        answer = self._open(req)
        token = answer.get("id_token")
        if not isinstance(token, str):
            raise OidcError("the token endpoint returned no ID token")
        return token

    def verify(self, id_token: str, nonce: str) -> Identity:
        """Check the ID token's signature and claims; map its roles."""
        meta = self.metadata()
        allowed = [a for a in meta.get("id_token_signing_alg_values_supported", ["RS256"]) if a in ALGORITHMS]
        if not allowed:
            raise OidcError("the identity provider offers no accepted signing algorithm")
        assert self._jwks is not None
        try:
            key = self._jwks.get_signing_key_from_jwt(id_token)
            claims = jwt.decode(id_token, key.key, algorithms=allowed, audience=self.client_id, issuer=meta["issuer"],
                                leeway=60, options={"require": ["exp", "iat", "iss", "aud", "sub"]})
        except jwt.PyJWKClientError:
            raise OidcError("the ID token's signing key is not in the provider's key set") from None
        except jwt.InvalidTokenError as e:
            raise OidcError(f"the ID token is not valid ({type(e).__name__})") from None
        if not nonce or not secrets.compare_digest(str(claims.get("nonce", "")), nonce):
            raise OidcError("the ID token's nonce does not match this sign-in")
        aud = claims.get("aud")
        if isinstance(aud, list) and len(aud) > 1 and claims.get("azp") != self.client_id:
            raise OidcError("the ID token was issued to another client (azp)")
        values = claims.get(self.role_claim, [])
        if isinstance(values, str):
            values = values.split()
        roles = frozenset(self.role_map[v] for v in values if isinstance(v, str) and v in self.role_map)
        user = str(claims.get("preferred_username") or claims.get("email") or claims["sub"])[:128]
        return Identity(user=user, roles=roles, subject=str(claims["sub"]))
