"""Scanner processes: a preloading template that forks them, and the bounded pool that feeds them.

::

    gateway process (event loop)            gateway.scanpool.pool.Scanner: bounded queue, express
      │  control socket (SEQPACKET)         lane, per-scan timeout, kill + replace one process
      ▼
    template process (single-threaded)      gateway.scanpool.template: engine built once,
      ├── scanner process  ◀──socket──▶ pool   gc.freeze(), forks scanners on request, warms up
      ├── scanner process                      spaCy and the extractors' libraries when idle
      └── express scanner process           gateway.scanpool.scanner: one message at a time,
                                            RLIMIT_DATA cap, exits on MemoryError / error

With several workers, one template serves all of them (the supervisor attaches each worker).
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "PoolSettings": "pool", "Scanner": "pool",
    "TemplateConfig": "template", "TemplateProcess": "template", "fork_template": "template",
    "spawn_template": "template",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    # Lazy: the template and scanner processes import only what they run (not the pool's metrics).
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"gateway.scanpool.{module}"), name)
