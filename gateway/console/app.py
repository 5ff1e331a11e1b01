"""The DPO console's web application (Starlette, server-rendered Jinja2 pages, no JavaScript).

Pages: held messages (filters, bulk release / delete), one message (masked findings, locations,
the decision's reason, its history, release / delete / open the original), the audit log, the
sender overrides, the rollout figures (gateway.report over ``verdict_counts``), administration.

Security: every page needs a signed-in session; acting (release, delete, open an original) needs
the ``dpo`` role, the administration page ``admin``; every POST carries the session's CSRF token
(and a foreign ``Origin`` / ``Sec-Fetch-Site`` is refused); cookies are HttpOnly, SameSite=Lax,
and Secure when the console is served over TLS; responses carry a Content-Security-Policy without
any script source, ``frame-ancestors 'none'``, ``X-Frame-Options: DENY``, ``Referrer-Policy:
no-referrer``, ``nosniff`` and ``Cache-Control: no-store``. Opening an original is a POST with a
reason, written to the audit log before the download starts.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from gateway.auth import mask_user
from gateway.console.accounts import LoginThrottle, Session, Sessions, UsersFile
from gateway.console.i18n import LANGUAGE_NAMES, LANGUAGES, pick_language, t
from gateway.console.oidc import OidcClient, OidcError, pkce_pair
from gateway.errors import GatewayError
from gateway.model import Finding
from gateway.quarantine import STATUSES, QuarantineError, QuarantineStore

log = logging.getLogger("dlpgw.console")

HERE = Path(__file__).resolve().parent
COOKIE = "dlpgw_console"
PER_PAGE = 50
MAX_FORM = 64 * 1024
ACTIONS = ("bounce", "quarantine")
EVENTS = ("show", "view", "release", "delete", "purge", "override")

CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; "
       "base-uri 'none'")


class SecurityHeaders:
    """ASGI middleware: the same security headers on every response."""

    def __init__(self, app: Any, tls: bool) -> None:
        self.app = app
        self.headers = [
            (b"content-security-policy", CSP.encode()),
            (b"x-frame-options", b"DENY"),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
            (b"cross-origin-opener-policy", b"same-origin"),
            (b"cross-origin-resource-policy", b"same-origin"),
        ]
        if tls:
            self.headers.append((b"strict-transport-security", b"max-age=31536000"))

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def wrapped(message: Any) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in names]
                if b"cache-control" not in names:
                    extra.append((b"cache-control", b"no-store"))
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        await self.app(scope, receive, wrapped)


def _utc(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%S")


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.strptime(value.strip(), "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        return None


class Console:
    """The console over one quarantine store, one relay (for releases) and the policy (for labels)."""

    def __init__(self, settings: Any, store: QuarantineStore, relay: Any, policy: Any, users: UsersFile,
                 oidc: OidcClient | None = None) -> None:
        self.settings = settings
        self.store = store
        self.relay = relay
        self.policy = policy  # PolicyHolder
        self.users = users
        self.oidc = oidc
        self.sessions = Sessions(settings.console_session_minutes * 60, settings.console_session_max_hours * 3600)
        self.throttle = LoginThrottle()
        self.tls = bool(settings.console_tls_cert_file)
        self.secure = self.tls or settings.console_public_url.startswith("https://")
        self.env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                               autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
        self.css = (HERE / "static" / "console.css").read_bytes()
        try:
            self._policy_mtime = Path(policy.path).stat().st_mtime
        except OSError:
            self._policy_mtime = 0.0

    # -- plumbing --------------------------------------------------------------------------------
    def current_policy(self) -> Any:
        """The policy, re-read when its file changed (labels and rules for the report)."""
        try:
            mtime = Path(self.policy.path).stat().st_mtime
            if mtime != self._policy_mtime:
                self._policy_mtime = mtime
                self.policy.reload()
        except OSError:
            pass
        return self.policy.current

    def lang(self, request: Request, s: Session | None) -> str:
        q = request.query_params.get("lang")
        if q in LANGUAGES:
            if s is not None:
                s.lang = q
            return q
        if s is not None and s.lang:
            return s.lang
        c = request.cookies.get("dlpgw_lang")
        if c in LANGUAGES:
            return c
        return pick_language(request.headers.get("accept-language"))

    def render(self, request: Request, template: str, s: Session | None, lang: str, status: int = 200,
               **ctx: Any) -> HTMLResponse:
        policy = self.current_policy()
        flash, s_flash = [], getattr(s, "flash", None)
        if s_flash:
            flash, s.flash = list(s_flash), []  # type: ignore[union-attr]

        def label(kind: str, key: str) -> str:
            return policy.label(kind, key, lang)

        html = self.env.get_template(template).render(
            t=lambda key, **kw: t(key, lang, **kw), lang=lang, languages=LANGUAGE_NAMES, session=s,
            csrf=s.csrf if s else "", path=request.url.path, query=str(request.url.query), flash=flash,
            label=label, utc=_utc, oidc_name=self.settings.console_oidc_name if self.oidc else "",
            can_act=bool(s and "dpo" in s.roles), is_admin=bool(s and "admin" in s.roles), **ctx,
        )
        resp = HTMLResponse(html, status_code=status)
        if request.query_params.get("lang") in LANGUAGES:
            resp.set_cookie("dlpgw_lang", lang, httponly=True, samesite="lax", secure=self.secure, path="/")
        return resp

    def set_session_cookie(self, resp: Response, s: Session) -> None:
        resp.set_cookie(COOKIE, s.sid, httponly=True, samesite="lax", secure=self.secure, path="/")

    async def form(self, request: Request) -> dict[str, list[str]] | None:
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_FORM:
                return None
        try:
            return parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=2000)
        except (UnicodeDecodeError, ValueError):
            return None

    def same_origin(self, request: Request) -> bool:
        site = request.headers.get("sec-fetch-site")
        if site and site not in ("same-origin", "none"):
            return False
        origin = request.headers.get("origin")
        if origin and origin != "null":
            host = request.headers.get("host", "")
            return urlsplit(origin).netloc == host
        return True

    def csrf_ok(self, request: Request, s: Session, form: dict[str, list[str]] | None) -> bool:
        if form is None or not self.same_origin(request):
            return False
        token = (form.get("csrf") or [""])[0]
        return bool(token) and secrets.compare_digest(token, s.csrf)

    def guarded(self, need: str | None = None) -> Callable[[Callable[..., Awaitable[Response]]], Any]:
        """Signed-in session (and role ``need``) required; POSTs need the CSRF token."""

        def deco(fn: Callable[..., Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
            async def endpoint(request: Request) -> Response:
                s, expired = self.sessions.get(request.cookies.get(COOKIE))
                if s is None or not s.signed_in:
                    return RedirectResponse("/login?expired=1" if expired else "/login", status_code=303)
                lang = self.lang(request, s)
                form: dict[str, list[str]] = {}
                if request.method == "POST":
                    parsed = await self.form(request)
                    if not self.csrf_ok(request, s, parsed):
                        log.warning("console: POST %s without a valid CSRF token refused", request.url.path)
                        return self.render(request, "error.html", s, lang, 403, message=t("err.csrf", lang))
                    form = parsed or {}
                if need and need not in s.roles:
                    return self.render(request, "error.html", s, lang, 403,
                                       message=t("err.forbidden", lang, need=need))
                return await fn(request, s, lang, form)

            return endpoint

        return deco

    def actor(self, s: Session) -> str:
        return f"{s.user} (console{', ' + s.via if s.via == 'oidc' else ''})"

    # -- sign-in ---------------------------------------------------------------------------------
    def _anonymous(self, request: Request) -> tuple[Session, bool]:
        s, _ = self.sessions.get(request.cookies.get(COOKIE))
        if s is not None:
            return s, False
        return self.sessions.new(), True

    async def login_page(self, request: Request) -> Response:
        s, fresh = self._anonymous(request)
        if s.signed_in:
            return RedirectResponse("/held", status_code=303)
        lang = self.lang(request, s)
        msg = t("login.expired", lang) if request.query_params.get("expired") else ""
        resp = self.render(request, "login.html", s, lang, message=msg, local=True)
        if fresh:
            self.set_session_cookie(resp, s)
        return resp

    async def login_submit(self, request: Request) -> Response:
        s, fresh = self._anonymous(request)
        lang = self.lang(request, s)
        form = await self.form(request)
        if fresh or not self.csrf_ok(request, s, form):
            resp = self.render(request, "login.html", s, lang, 403, message=t("err.csrf", lang), local=True)
            self.set_session_cookie(resp, s)
            return resp
        assert form is not None
        name = (form.get("username") or [""])[0].strip()
        password = (form.get("password") or [""])[0]
        client = request.client.host if request.client else "?"
        keys = (f"u:{name.lower()}", f"ip:{client}")
        wait = self.throttle.wait(*keys)
        if wait > 0:
            return self.render(request, "login.html", s, lang, 429, local=True,
                               message=t("login.throttled", lang, minutes=int(wait // 60) + 1))
        account = await asyncio.to_thread(self.users.verify, name, password) if name and password else None
        if account is None:
            self.throttle.failed(*keys)
            log.info("console: failed sign-in")
            return self.render(request, "login.html", s, lang, 401, message=t("login.failed", lang), local=True)
        self.throttle.succeeded(*keys)
        new = self.sessions.sign_in(s, account.name, account.roles, "local")
        log.info("console: %s signed in", mask_user(account.name))
        resp = RedirectResponse("/held", status_code=303)
        self.set_session_cookie(resp, new)
        return resp

    async def oidc_start(self, request: Request) -> Response:
        if self.oidc is None:
            return RedirectResponse("/login", status_code=303)
        s, _ = self._anonymous(request)
        state, nonce = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        verifier, challenge = pkce_pair()
        s.oidc = {"state": state, "nonce": nonce, "verifier": verifier}
        try:
            url = await asyncio.to_thread(self.oidc.authorization_url, state, nonce, challenge)
        except OidcError as e:
            lang = self.lang(request, s)
            return self.render(request, "login.html", s, lang, 502, local=True,
                               message=t("login.oidc_failed", lang, why=str(e)))
        resp = RedirectResponse(url, status_code=302)
        self.set_session_cookie(resp, s)
        return resp

    async def oidc_callback(self, request: Request) -> Response:
        s, _ = self.sessions.get(request.cookies.get(COOKIE))
        lang = self.lang(request, s)
        if self.oidc is None or s is None or not s.oidc:
            return RedirectResponse("/login?expired=1", status_code=303)
        pending, s.oidc = s.oidc, {}

        def refuse(why: str, status: int = 403) -> Response:
            log.info("console: OIDC sign-in refused (%s)", why)
            return self.render(request, "login.html", s, lang, status, local=True,
                               message=t("login.oidc_failed", lang, why=why))

        q = request.query_params
        if q.get("error"):
            return refuse(q.get("error", "")[:80])
        state, code = q.get("state", ""), q.get("code", "")
        if not state or not secrets.compare_digest(state, pending["state"]):
            return refuse("state does not match this sign-in")
        if not code:
            return refuse("no authorization code")
        try:
            token = await asyncio.to_thread(self.oidc.exchange, code, pending["verifier"])
            who = await asyncio.to_thread(self.oidc.verify, token, pending["nonce"])
        except OidcError as e:
            return refuse(str(e))
        if not who.roles:
            return self.render(request, "login.html", s, lang, 403, local=True, message=t("login.no_role", lang))
        new = self.sessions.sign_in(s, who.user, who.roles, "oidc")
        log.info("console: %s signed in through OpenID Connect", mask_user(who.user))
        resp = RedirectResponse("/held", status_code=303)
        self.set_session_cookie(resp, new)
        return resp

    # -- pages -----------------------------------------------------------------------------------
    async def logout(self, request: Request, s: Session, lang: str, form: dict[str, list[str]]) -> Response:
        self.sessions.drop(s.sid)
        resp = RedirectResponse("/login", status_code=303)
        resp.delete_cookie(COOKIE, path="/")
        return resp

    async def held(self, request: Request, s: Session, lang: str, form: dict[str, list[str]]) -> Response:
        q = request.query_params
        policy = self.current_policy()
        status = q.get("status", "held")
        status = status if status in STATUSES else ""
        action = q.get("action", "") if q.get("action", "") in ACTIONS else ""
        category = q.get("category", "") if q.get("category", "") in policy.spec.categories else ""
        cls = q.get("class", "") if q.get("class", "") in policy.spec.recipient_classes else ""
        domain = q.get("domain", "").strip().lower()[:253]
        since, until = _date(q.get("from")), _date(q.get("to"))
        page = max(1, int(q.get("page", "1")) if q.get("page", "1").isdigit() else 1)
        rows = await asyncio.to_thread(
            self.store.search_sync, status=status or None, action=action or None,
            since=since.timestamp() if since else 0.0,
            until=(until + timedelta(days=1)).timestamp() if until else None,
            category=category or None, recipient_class=cls or None, limit=5000)
        if domain:
            rows = [r for r in rows if r.sender_domain == domain or r.sender_domain.endswith("." + domain)]
        total = len(rows)
        shown = rows[(page - 1) * PER_PAGE: page * PER_PAGE]
        filters = {"status": status, "action": action, "category": category, "class": cls, "domain": domain,
                   "from": q.get("from", "") if since else "", "to": q.get("to", "") if until else ""}

        def page_url(n: int) -> str:
            return "/held?" + urlencode({**{k: v for k, v in filters.items() if v}, "page": n})

        return self.render(
            request, "held.html", s, lang, rows=shown, total=total, page=page, filters=filters,
            prev_url=page_url(page - 1) if page > 1 else "", next_url=page_url(page + 1) if page * PER_PAGE < total
            else "", statuses=STATUSES, actions=ACTIONS, categories=list(policy.spec.categories),
            classes=list(policy.spec.recipient_classes), nav="held")

    async def bulk(self, request: Request, s: Session, lang: str, form: dict[str, list[str]]) -> Response:
        ids = [i for i in form.get("ids", []) if i][:200]
        op = (form.get("op") or [""])[0]
        reason = (form.get("reason") or [""])[0].strip()
        back = (form.get("back") or ["/held"])[0]
        back = back if back.startswith("/held") and "//" not in back else "/held"
        if not ids:
            s.flash.append(t("need_selection", lang))
        elif not reason:
            s.flash.append(t("need_reason", lang))
        elif op in ("release", "delete"):
            for qid in ids:
                s.flash.append(await self._act(op, qid, s, lang, reason))
        return RedirectResponse(back, status_code=303)

    async def _act(self, op: str, qid: str, s: Session, lang: str, reason: str) -> str:
        try:
            if op == "release":
                await self.store.release(qid, self.relay.deliver, self.actor(s), reason)
            else:
                await self.store.delete(qid, self.actor(s), reason)
        except (QuarantineError, GatewayError) as e:
            return t("failed", lang, ref=qid, error=str(e))
        log.info("console: %s %s by %s", qid, op, mask_user(s.user))
        return t(f"done.{op}", lang, ref=qid)

    async def detail(self, request: Request, s: Session, lang: str, form: dict[str, list[str]]) -> Response:
        qid = request.path_params["qid"]
        msg = await asyncio.to_thread(self.store.get_sync, qid)
        if msg is None:
            return self.render(request, "error.html", s, lang, 404, message=t("err.not_found", lang))
        envelope = None
        if "dpo" in s.roles:  # the addresses are sealed in the store: opened (and audited) for the DPO only
            try:
                msg, envelope = await asyncio.to_thread(self.store.show_sync, qid, self.actor(s))
            except QuarantineError:
                envelope = None
        if envelope is None:
            await asyncio.to_thread(self.store.audit_event_sync, qid, "show", self.actor(s), "")
        history = await asyncio.to_thread(self.store.audit_sync, qid, 200)
        overrides = await asyncio.to_thread(self.store.overrides_sync, qid=qid)
        policy = self.current_policy()
        findings = []
        for f in msg.findings:
            cat = policy.category_of(Finding(entity_type=str(f.get("entity_type", "")), location=""))
            findings.append({**f, "category": cat or "", "counts": not f.get("allowed")})
        return self.render(request, "detail.html", s, lang, msg=msg, envelope=envelope, findings=findings,
                           history=history, overrides=overrides, nav="held")

    async def release_one(self, request: Request, s: Session, lang: str, form: dict[str, list[str]]) -> Response:
        return await self._one("release", request, s, lang, form)

    async def delete_one(self, request: Request, s: Session, lang: str, form: dict[str, list[str]]) -> Response:
        return await self._one("delete", request, s, lang, form)

    async def _one(self, op: str, request: Request, s: Session, lang: str, form: dict[str, list[str]]) -> Response:
        qid = request.path_params["qid"]
        reason = (form.get("reason") or [""])[0].strip()
        s.flash.append(await self._act(op, qid, s, lang, reason) if reason else t("need_reason", lang))
        return RedirectResponse(f"/held/{qid}", status_code=303)

    async def original(self, request: Request, s: Session, lang: str, form: dict[str, list[str]]) -> Response:
        qid = request.path_params["qid"]
        reason = (form.get("reason") or [""])[0].strip()
        if not reason:
            s.flash.append(t("need_reason", lang))
            return RedirectResponse(f"/held/{qid}", status_code=303)
        try:
            data = await asyncio.to_thread(self.store.content_sync, qid, self.actor(s), reason)  # audited 'view'
        except QuarantineError as e:
            s.flash.append(t("failed", lang, ref=qid, error=str(e)))
            return RedirectResponse(f"/held/{qid}", status_code=303)
        log.info("console: original of %s opened by %s", qid, mask_user(s.user))
        return Response(data, media_type="message/rfc822",
                        headers={"Content-Disposition": f'attachment; filename="{qid}.eml"'})

    async def audit(self, request: Request, s: Session, lang: str, form: dict[str, list[str]]) -> Response:
        q = request.query_params
        event = q.get("event", "") if q.get("event", "") in EVENTS else ""
        actor = q.get("actor", "").strip()[:128]
        ref = q.get("reference", "").strip()[:64]
        page = max(1, int(q.get("page", "1")) if q.get("page", "1").isdigit() else 1)
        entries = await asyncio.to_thread(self.store.audit_search_sync, event=event or None, actor=actor or None,
                                          qid=ref or None, limit=PER_PAGE + 1, offset=(page - 1) * PER_PAGE)
        filters = {"event": event, "actor": actor, "reference": ref}

        def page_url(n: int) -> str:
            return "/audit?" + urlencode({**{k: v for k, v in filters.items() if v}, "page": n})

        return self.render(request, "audit.html", s, lang, entries=entries[:PER_PAGE], filters=filters, events=EVENTS,
                           page=page, prev_url=page_url(page - 1) if page > 1 else "",
                           next_url=page_url(page + 1) if len(entries) > PER_PAGE else "", nav="audit")

    def _range(self, request: Request) -> tuple[datetime, datetime, str, str]:
        q = request.query_params
        today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        until = _date(q.get("to")) or today
        since = _date(q.get("from")) or until - timedelta(days=29)
        if since > until:
            since, until = until, since
        return since, until + timedelta(days=1), since.strftime("%Y-%m-%d"), until.strftime("%Y-%m-%d")

    async def overrides(self, request: Request, s: Session, lang: str, form: dict[str, list[str]]) -> Response:
        since, until, f, to = self._range(request)
        rows = await asyncio.to_thread(self.store.overrides_sync, since=since.timestamp(), until=until.timestamp(),
                                       limit=1000)
        return self.render(request, "overrides.html", s, lang, rows=rows, range_from=f, range_to=to, nav="overrides")

    async def stats(self, request: Request, s: Session, lang: str, form: dict[str, list[str]]) -> Response:
        from gateway.commands.replay import gateway_report_data
        from gateway.report import render_sections

        since, until, f, to = self._range(request)
        policy = self.current_policy()
        t0 = time.perf_counter()
        data = await asyncio.to_thread(gateway_report_data, self.store, policy, since.timestamp(), until.timestamp())
        body = Markup(render_sections(data, policy, lang))  # built from escaped parts (gateway.report)
        log.debug("console: figures rendered in %.1f ms", (time.perf_counter() - t0) * 1000)
        return self.render(request, "stats.html", s, lang, body=body, range_from=f, range_to=to,
                           query_range=urlencode({"from": f, "to": to}), nav="stats")

    async def report_file(self, request: Request, s: Session, lang: str, form: dict[str, list[str]]) -> Response:
        from gateway.commands.replay import gateway_report_data
        from gateway.report import render_csv, render_html

        since, until, f, to = self._range(request)
        policy = self.current_policy()
        data = await asyncio.to_thread(gateway_report_data, self.store, policy, since.timestamp(), until.timestamp())
        if request.path_params["kind"] == "csv":
            return Response(render_csv(data.rows), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": f'attachment; filename="dlp-report-{f}-{to}.csv"'})
        return Response(render_html(data, policy, lang), media_type="text/html; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="dlp-report-{f}-{to}.html"'})

    async def admin(self, request: Request, s: Session, lang: str, form: dict[str, list[str]]) -> Response:
        policy = self.current_policy()
        accounts = await asyncio.to_thread(self.users.accounts)
        return self.render(request, "admin.html", s, lang, config=self.settings.masked(),
                           accounts=sorted(accounts.values(), key=lambda a: a.name),
                           policy_path=str(self.policy.path), policy_mode=policy.spec.mode, nav="admin")

    async def css_file(self, request: Request) -> Response:
        return Response(self.css, media_type="text/css", headers={"Cache-Control": "max-age=3600"})

    async def root(self, request: Request) -> Response:
        return RedirectResponse("/held", status_code=303)

    def app(self) -> Any:
        g = self.guarded
        routes = [
            Route("/", self.root),
            Route("/static/console.css", self.css_file),
            Route("/login", self.login_page, methods=["GET"]),
            Route("/login", self.login_submit, methods=["POST"]),
            Route("/oidc/start", self.oidc_start),
            Route("/oidc/callback", self.oidc_callback),
            Route("/logout", g()(self.logout), methods=["POST"]),
            Route("/held", g()(self.held)),
            Route("/held/bulk", g("dpo")(self.bulk), methods=["POST"]),
            Route("/held/{qid:str}", g()(self.detail)),
            Route("/held/{qid:str}/release", g("dpo")(self.release_one), methods=["POST"]),
            Route("/held/{qid:str}/delete", g("dpo")(self.delete_one), methods=["POST"]),
            Route("/held/{qid:str}/original", g("dpo")(self.original), methods=["POST"]),
            Route("/audit", g()(self.audit)),
            Route("/overrides", g()(self.overrides)),
            Route("/stats", g()(self.stats)),
            Route("/stats/report.{kind:str}", g()(self.report_file)),
            Route("/admin", g("admin")(self.admin)),
        ]
        return SecurityHeaders(Starlette(routes=routes), self.tls)


def build_console(settings: Any) -> Console:
    """The console for these settings: the store, a relay for releases, the policy, the accounts."""
    from gateway.policy import PolicyHolder
    from gateway.quarantine import open_store
    from gateway.relay import build_relay

    key = settings.quarantine_key.get_secret_value() if settings.quarantine_key else None
    store = open_store(settings.quarantine_url, key, Path(settings.state_dir))
    users = UsersFile(Path(settings.console_users_file or Path(settings.state_dir) / "console-users"))
    oidc = None
    if settings.console_oidc_issuer:
        secret = settings.console_oidc_client_secret.get_secret_value() if settings.console_oidc_client_secret \
            else None
        oidc = OidcClient(settings.console_oidc_issuer, settings.console_oidc_client_id, secret,
                          console_url(settings) + "/oidc/callback", scopes=settings.console_oidc_scopes,
                          role_claim=settings.console_oidc_role_claim, role_map=settings.console_oidc_role_map,
                          ca_file=str(settings.console_oidc_ca_file) if settings.console_oidc_ca_file else None)
    return Console(settings, store, build_relay(settings), PolicyHolder(settings.policy_file), users, oidc)


def console_url(settings: Any) -> str:
    if settings.console_public_url:
        return settings.console_public_url.rstrip("/")
    from gateway.config import parse_hostport

    host, port = parse_hostport(settings.console_listen)
    scheme = "https" if settings.console_tls_cert_file else "http"
    host = f"[{host}]" if ":" in host else host
    return f"{scheme}://{host}:{port}"
