"""The ``dlp-gateway`` command line: serve, scan, config show, passwd, and the plug-in subcommands.

Every module in ``gateway/commands/`` that defines ``register(subparsers)`` adds its own
subcommand (policy, quarantine, eval, ...). ``serve`` is parsed without importing them: it
starts faster, and the multi-worker supervisor sets ``PROMETHEUS_MULTIPROC_DIR`` before
anything imports prometheus-client. Configuration errors print one line per bad field and
exit with status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from gateway import __version__
from gateway.errors import ConfigError, PolicyError

if TYPE_CHECKING:
    from gateway.config import Settings


def _settings(args: argparse.Namespace, **overrides: object) -> Settings:
    from gateway.config import load_settings  # pydantic: imported after serve has forked its template

    return load_settings(getattr(args, "config", None), **overrides)


def cmd_serve(args: argparse.Namespace) -> int:
    from gateway.scanpool.template import fork_early_template, fork_template

    # The scanner template first of all: it imports the detectors while this process reads the
    # settings and the policy, then builds the engine from the configuration sent to it, while
    # this process imports the SMTP side and opens the quarantine. A failure before that stops it.
    template = fork_early_template()
    try:
        from gateway.logs import setup_logging

        settings = _settings(args, listen=args.listen, workers=args.workers)
        setup_logging(settings.log_level, settings.log_format == "json")
        if settings.effective_workers > 1:
            from gateway.workers import run_workers

            return run_workers(settings, settings.effective_workers, template=template)
        from gateway.boot import load_policy_source, template_config

        policy = load_policy_source(settings)
        config = template_config(settings, policy)
        if template is None or not template.configure(config):
            template = fork_template(config)
    except BaseException:
        if template is not None:
            template.abandon()
        raise
    from gateway.server import serve_with

    return serve_with(settings, policy, template)


def cmd_config_show(args: argparse.Namespace) -> int:
    settings = _settings(args)
    data = settings.masked()
    if args.json:
        print(json.dumps(data, indent=2, default=str))
    else:
        width = max(len(k) for k in data)
        for k, v in data.items():
            env = f"DLPGW_{k.upper()}"
            print(f"{env:<{width + 6}} = {v}")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    import getpass

    from gateway.auth import hash_password

    interactive = sys.stdin.isatty()
    pw = getpass.getpass(f"password for {args.user}: ") if interactive else sys.stdin.readline().rstrip("\r\n")
    if not pw:
        print("dlp-gateway passwd: empty password refused", file=sys.stderr)
        return 2
    print(f"{args.user}:{hash_password(pw)}")
    return 0


def build_parser(plugins: bool = True) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="dlp-gateway", description="Outbound e-mail DLP gateway")
    p.add_argument("--version", action="version", version=f"dlp-gateway {__version__}")
    p.add_argument("--config", metavar="FILE", help="YAML config file (also DLPGW_CONFIG)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    s = sub.add_parser("serve", help="run the SMTP gateway")
    s.add_argument("--listen", help="host:port (DLPGW_LISTEN)")
    s.add_argument("--workers", type=int, help="worker processes (0 = number of cores)")
    s.set_defaults(func=cmd_serve)

    c = sub.add_parser("config", help="configuration")
    csub = c.add_subparsers(dest="config_command", required=True, metavar="SUBCOMMAND")
    cs = csub.add_parser("show", help="print the effective configuration, secrets masked")
    cs.add_argument("--json", action="store_true")
    cs.set_defaults(func=cmd_config_show)

    pw = sub.add_parser("passwd", help="print a credentials-file line for USER (password on stdin)")
    pw.add_argument("user")
    pw.set_defaults(func=cmd_passwd)

    if not plugins:
        return p
    import gateway.commands as commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        mod = importlib.import_module(f"gateway.commands.{info.name}")
        register = getattr(mod, "register", None)
        if register is not None:
            register(sub)
    return p


def command_of(argv: Sequence[str]) -> str | None:
    """The subcommand named in ``argv`` (after the global options), if any."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--config")
    _, rest = pre.parse_known_args(list(argv))
    return rest[0] if rest and not rest[0].startswith("-") else None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(plugins=command_of(argv) != "serve")
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except ConfigError as e:
        print("dlp-gateway: configuration error:", file=sys.stderr)
        for line in e.lines:
            print(f"  {line}", file=sys.stderr)
        return 2
    except PolicyError as e:
        print("dlp-gateway: policy error:", file=sys.stderr)
        for line in e.lines:
            print(f"  {line}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`dlp-gateway scan ... | head`): stop quietly, as cat does
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # the interpreter's final flush must not fail again
        return 141
