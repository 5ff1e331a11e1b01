"""Connection slots of one SMTP worker: who may hold how many connections at once.

Three classes of client, decided when the connection is made:

- ``allowed``: the peer is in ``allowed_networks`` (may relay without AUTH);
- ``untrusted``: any other peer, until it authenticates: it may only say EHLO, STARTTLS and AUTH;
- ``authenticated``: an untrusted peer after a successful AUTH (moved, not re-admitted).

Limits (per worker): ``max_connections`` in total, ``max_connections_per_address`` for one
client address, and for untrusted peers a small share of the total (``max_untrusted_connections``)
of which one address may hold ``max_untrusted_connections_per_address``. So idle connections
from outside the allowed networks can never take the slots the allowed clients need. An IPv6
client is counted by its /64 (one host's usual allocation), an IPv4-mapped one as IPv4.

:meth:`SlotTable.admit` answers the refusal reason (a metric label) or takes the slot.
"""

from __future__ import annotations

import ipaddress
from collections import Counter
from dataclasses import dataclass, field

from gateway import metrics

ALLOWED, UNTRUSTED, AUTHENTICATED = "allowed", "untrusted", "authenticated"


def peer_ip(peer: object) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The client's IP from a transport's ``peername`` (IPv4-mapped IPv6 as IPv4), None if unknown."""
    host = peer[0] if isinstance(peer, tuple) and peer else str(peer or "")
    try:
        ip = ipaddress.ip_address(str(host).split("%", 1)[0])
    except ValueError:
        return None
    if ip.version == 6 and ip.ipv4_mapped:  # type: ignore[union-attr]
        return ip.ipv4_mapped  # type: ignore[union-attr]
    return ip


def address_key(ip: ipaddress.IPv4Address | ipaddress.IPv6Address | None) -> str:
    """What one "address" is for the per-address limits: an IPv4 address or an IPv6 /64."""
    if ip is None:
        return "?"
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


@dataclass
class SlotTable:
    """Counts open connections by class and by address; all calls run on the event loop."""

    max_total: int
    max_per_address: int
    max_untrusted: int
    max_untrusted_per_address: int
    total: int = 0
    by_class: Counter[str] = field(default_factory=Counter)
    by_address: Counter[str] = field(default_factory=Counter)
    untrusted_by_address: Counter[str] = field(default_factory=Counter)

    @classmethod
    def from_settings(cls, settings: object) -> SlotTable:
        return cls(
            max_total=settings.max_connections,  # type: ignore[attr-defined]
            max_per_address=settings.max_connections_per_address,  # type: ignore[attr-defined]
            max_untrusted=settings.max_untrusted_connections,  # type: ignore[attr-defined]
            max_untrusted_per_address=settings.max_untrusted_connections_per_address,  # type: ignore[attr-defined]
        )

    def admit(self, key: str, cls: str) -> str | None:
        """Take a slot of class ``cls`` for address ``key``; or return why not (a metric reason)."""
        if self.total >= self.max_total:
            return "connection_limit"
        if self.by_address[key] >= self.max_per_address:
            return "address_limit"
        if cls == UNTRUSTED:
            if self.by_class[UNTRUSTED] >= self.max_untrusted:
                return "untrusted_limit"
            if self.untrusted_by_address[key] >= self.max_untrusted_per_address:
                return "address_limit"
            self.untrusted_by_address[key] += 1
        self.total += 1
        self.by_address[key] += 1
        self._add(cls, 1)
        return None

    def promote(self, key: str, old: str, new: str) -> None:
        """Move one connection to another class (untrusted -> authenticated after AUTH)."""
        if old == new:
            return
        if old == UNTRUSTED:
            self._dec(self.untrusted_by_address, key)
        self._add(old, -1)
        self._add(new, 1)

    def release(self, key: str, cls: str) -> None:
        """Give back the slot of a closed connection."""
        self.total -= 1
        self._dec(self.by_address, key)
        if cls == UNTRUSTED:
            self._dec(self.untrusted_by_address, key)
        self._add(cls, -1)

    def _add(self, cls: str, n: int) -> None:
        self.by_class[cls] += n
        if self.by_class[cls] <= 0:
            del self.by_class[cls]
        metrics.CONNECTION_SLOTS.labels(**{"class": cls}).inc(n)

    @staticmethod
    def _dec(counter: Counter[str], key: str) -> None:
        counter[key] -= 1
        if counter[key] <= 0:
            del counter[key]  # the tables hold only addresses with open connections
