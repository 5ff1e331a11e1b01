"""Before the event loop: load the policy, configure the scanner template, bind the socket.

Imports only what these steps need (not the SMTP side, not the metrics): the template — forked
as the very first thing ``serve`` does (``gateway.cli``) — waits for its configuration from here
before it builds the detection engine, while this process imports the rest.
``gateway.server`` and ``gateway.workers`` start from here.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

from gateway.config import MiB, Settings
from gateway.scanpool.template import TemplateConfig


def load_policy_source(settings: Settings) -> Any:
    """The policy holder (``gateway.policy.PolicyHolder``); a bad file raises PolicyError."""
    from gateway.policy import PolicyHolder

    return PolicyHolder(settings.policy_file)


def detector_options(policy: Any) -> Any:
    """The detector options a policy implies (its organisation's own IBANs)."""
    from detectors import DetectorOptions

    ibans = getattr(policy.current, "org_ibans", ()) or ()
    return DetectorOptions(org_ibans=frozenset(ibans))


def template_config(settings: Settings, policy: Any) -> TemplateConfig:
    """What the scanner template needs: the detector options of the policy, the limits, the cap."""
    return TemplateConfig(
        options=detector_options(policy),
        limits=settings.extract_limits(),
        memory_limit=settings.scan_memory_limit * MiB,
        log_level=settings.log_level,
        log_json=settings.log_format == "json",
        cache_dir=str(cache_dir(settings)),
    )


def cache_dir(settings: Settings) -> Path:
    """``<state_dir>/cache``: files the gateway can always rebuild (compiled regexes, ``detectors.recache``)."""
    return settings.state_dir.resolve() / "cache"


def open_listener(settings: Settings) -> socket.socket:
    """Bind the SMTP socket once. Workers inherit this one socket (no SO_REUSEPORT: a second
    instance started by mistake must fail to bind, not silently take half the traffic)."""
    host, port = settings.listen_address
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(512)
    sock.setblocking(False)
    return sock
