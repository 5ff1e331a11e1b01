"""Subcommands of ``dlp-gateway`` beyond the core ones: each module has ``register(subparsers)``."""
