"""The gateway's exception tree; every error a stage may raise on purpose lives here.

    GatewayError
     ├── ConfigError          bad settings (one human line per field; CLI exit 2)
     ├── PolicyError          bad policy YAML (line-precise messages)
     ├── ScanError            parsing/scanning failed or timed out -> 451 4.3.0 (fail closed)
     └── UpstreamError        the next hop did not take the message
          ├── UpstreamTempError   unreachable, timeout, 4xx -> 451 4.4.x to the client
          └── UpstreamPermError   5xx -> passed back as 5xx with the upstream text
"""

from __future__ import annotations


class GatewayError(Exception):
    """Base of every deliberate gateway error."""


class ConfigError(GatewayError):
    """Invalid configuration; ``lines`` holds one human-readable line per problem."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        super().__init__("; ".join(lines))


class PolicyError(GatewayError):
    """Invalid policy file; ``lines`` holds ``file:line: message`` entries."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        super().__init__("; ".join(lines))


class ScanError(GatewayError):
    """The message could not be parsed or scanned in time; ``reason`` is a metric label."""

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason}: {detail}" if detail else reason)


class UpstreamError(GatewayError):
    """The upstream did not accept the message. ``kind`` is a metric label."""

    def __init__(self, kind: str, code: int, message: str) -> None:
        self.kind = kind
        self.code = code
        self.message = message
        super().__init__(f"{kind}: {code} {message}")


class UpstreamTempError(UpstreamError):
    """Retry later: the client gets 451 and keeps the message."""


class UpstreamPermError(UpstreamError):
    """The upstream refused for good: the client gets its 5xx answer."""
