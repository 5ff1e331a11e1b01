"""Logging set-up and the per-message log line. No message content, no addresses by default."""

from __future__ import annotations

import json
import logging
import sys
from typing import Any


def setup_logging(level: str = "INFO", json_format: bool = False) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if json_format:
        handler.setFormatter(_JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # aiosmtpd logs peers and, at DEBUG, whole DATA lines: keep it at WARNING.
    logging.getLogger("mail.log").setLevel(logging.WARNING)


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        msg = record.getMessage()
        if msg.startswith("{"):
            return msg  # already a structured message line
        return json.dumps(
            {"ts": self.formatTime(record), "level": record.levelname, "logger": record.name, "msg": msg},
            ensure_ascii=False,
        )


def message_line(fields: dict[str, Any], *, json_format: bool) -> str:
    """One line per message: JSON, or ``key=value`` pairs starting with the queue id."""
    if json_format:
        return json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    parts = [str(fields.get("queue_id", "-")) + ":"]
    for k, v in fields.items():
        if k == "queue_id":
            continue
        if isinstance(v, dict):
            v = ",".join(f"{a}:{b}" for a, b in v.items()) or "-"
        elif isinstance(v, list):
            v = ",".join(map(str, v)) or "-"
        parts.append(f"{k}={v}")
    return " ".join(parts)
