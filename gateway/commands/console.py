"""``dlp-gateway console`` (the DPO console, a web server) and ``dlp-gateway console-user`` (its local accounts).

The console is a process of its own, started only when asked for: by default on
``127.0.0.1:8025`` (``DLPGW_CONSOLE_LISTEN``), over the same quarantine store and upstream as the
gateway. It refuses to start without a way to sign in: a local account
(``dlp-gateway console-user add NAME --role dpo``) or OpenID Connect (``DLPGW_CONSOLE_OIDC_*``).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from pathlib import Path

from gateway.errors import ConfigError

log = logging.getLogger("dlpgw.console")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("console", help="run the DPO console (web) on DLPGW_CONSOLE_LISTEN")
    p.add_argument("--listen", help="host:port (DLPGW_CONSOLE_LISTEN, default 127.0.0.1:8025)")
    p.set_defaults(func=run_console)
    u = sub.add_parser("console-user", help="local accounts of the DPO console")
    us = u.add_subparsers(dest="user_command", required=True, metavar="SUBCOMMAND")
    a = us.add_parser("add", help="add or change an account (password from the terminal or stdin)")
    a.add_argument("name")
    a.add_argument("--role", action="append", required=True, choices=["dpo", "auditor", "admin"],
                   help="dpo (act), auditor (read), admin (administration); repeatable")
    a.add_argument("--keep-password", action="store_true", help="change the roles only")
    r = us.add_parser("remove", help="remove an account")
    r.add_argument("name")
    us.add_parser("list", help="accounts and their roles")
    for sp in us.choices.values():
        sp.set_defaults(func=run_user)


def _users(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from gateway.config import load_settings
    from gateway.console.accounts import UsersFile

    settings = load_settings(getattr(args, "config", None))
    return UsersFile(Path(settings.console_users_file or Path(settings.state_dir) / "console-users"))


def run_user(args: argparse.Namespace) -> int:
    users = _users(args)
    if args.user_command == "list":
        for a in sorted(users.accounts().values(), key=lambda a: a.name):
            print(f"{a.name}\t{','.join(sorted(a.roles))}")
        return 0
    if args.user_command == "remove":
        if not users.remove(args.name):
            print(f"dlp-gateway console-user: {args.name}: no such account", file=sys.stderr)
            return 1
        print(f"{args.name}: removed")
        return 0
    password = None
    if not args.keep_password:
        if sys.stdin.isatty():
            password = getpass.getpass(f"password for {args.name}: ")
            if password != getpass.getpass("again: "):
                print("dlp-gateway console-user: the passwords differ", file=sys.stderr)
                return 2
        else:
            password = sys.stdin.readline().rstrip("\r\n")
        if len(password) < 12:
            print("dlp-gateway console-user: a password needs at least 12 characters", file=sys.stderr)
            return 2
    try:
        users.set(args.name, sorted(set(args.role)), password)
    except ConfigError as e:
        for line in e.lines:
            print(f"dlp-gateway console-user: {line}", file=sys.stderr)
        return 2
    print(f"{args.name}: {', '.join(sorted(set(args.role)))} ({users.path})")
    return 0


def run_console(args: argparse.Namespace) -> int:
    import uvicorn

    from gateway.config import load_settings, parse_hostport
    from gateway.console.app import build_console, console_url
    from gateway.console.oidc import OidcError
    from gateway.logs import setup_logging

    settings = load_settings(getattr(args, "config", None), console_listen=args.listen)
    setup_logging(settings.log_level, settings.log_format == "json")
    try:
        console = build_console(settings)
    except OidcError as e:
        print(f"dlp-gateway console: OpenID Connect: {e}", file=sys.stderr)
        return 2
    if not console.users.accounts() and console.oidc is None:
        print("dlp-gateway console: no way to sign in: add an account with "
              "'dlp-gateway console-user add NAME --role dpo' or configure DLPGW_CONSOLE_OIDC_ISSUER",
              file=sys.stderr)
        return 2
    host, port = parse_hostport(settings.console_listen)
    if not console.secure and host not in ("127.0.0.1", "::1", "localhost"):
        log.warning("the console listens on %s without TLS: set console_tls_cert_file/key_file or put it behind "
                    "an https reverse proxy (console_public_url=https://...)", host)
    config = uvicorn.Config(
        console.app(), host=host, port=port, log_level="warning", access_log=False, lifespan="off",
        ssl_certfile=str(settings.console_tls_cert_file) if settings.console_tls_cert_file else None,
        ssl_keyfile=str(settings.console_tls_key_file) if settings.console_tls_key_file else None,
        proxy_headers=False, server_header=False, date_header=True,
    )
    log.info("DPO console on %s", console_url(settings))
    try:
        uvicorn.Server(config).run()
    finally:
        console.store.close()
    return 0
