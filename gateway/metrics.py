"""Prometheus metrics of the gateway: names, labels and the HTTP exporter. Nothing else.

Label values are always from small closed sets (actions, reasons, entity types): never
an address, a subject, a filename or any message content.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram, Info

# Buckets: SMTP-scale latencies from 1 ms to 2 min.
_LATENCY = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
_SIZE = (1e3, 4e3, 16e3, 64e3, 256e3, 1e6, 4e6, 16e6, 64e6)

MESSAGES = Counter(
    "dlpgw_messages", "Messages by final action", ["action"]
)  # allow, monitor, reject, bounce, quarantine, tempfail, upstream_reject
MESSAGE_SIZE = Histogram("dlpgw_message_size_bytes", "Size of received messages", buckets=_SIZE)
SCAN_SECONDS = Histogram("dlpgw_scan_duration_seconds", "Parse + extract + detect time", buckets=_LATENCY)
UPSTREAM_SECONDS = Histogram(
    "dlpgw_upstream_duration_seconds", "Time to hand a message to the upstream", buckets=_LATENCY
)
UPSTREAM_ERRORS = Counter(
    "dlpgw_upstream_errors", "Upstream failures by kind", ["kind"]
)  # connect, timeout, tls, tempfail, permfail, protocol, throttled, maildir
SMTP_CONNECTIONS = Gauge("dlpgw_smtp_connections", "Open SMTP client connections", multiprocess_mode="livesum")
SMTP_CONNECTIONS_TOTAL = Counter("dlpgw_smtp_connections_accepted", "SMTP connections accepted")
SCAN_FAILURES = Counter(
    "dlpgw_scan_failures", "Messages that could not be scanned (tempfailed, never relayed)", ["reason"]
)  # error, timeout, crashed, queue_full, queue_timeout, unavailable
SCAN_QUEUE = Gauge(
    "dlpgw_scan_queue", "Messages waiting for a free scanner process", multiprocess_mode="livesum"
)
SCAN_QUEUE_WAIT = Histogram(
    "dlpgw_scan_queue_wait_seconds", "Time a message waited for a free scanner process", buckets=_LATENCY
)
SCANNER_RESTARTS = Counter(
    "dlpgw_scanner_restarts", "Scanner processes replaced, by cause", ["reason"]
)  # timeout, crashed, memory_limit, error, recycled
REJECTIONS = Counter(
    "dlpgw_smtp_rejections", "SMTP commands or messages refused by protocol rules", ["reason"]
)  # see REJECTION_REASONS
REJECTION_REASONS = (
    "relay_denied", "size", "smuggling", "nul", "timeout", "too_many_recipients", "auth_failed",
    "tls_required", "line_too_long",
    # connection policy (gateway.slots): refused at connect, by the slot that was full
    "connection_limit", "address_limit", "untrusted_limit",
    # DATA transfer bounds: below the minimum rate, or over the total time
    "data_too_slow", "data_timeout",
    # in-flight message data over the worker's budget (gateway.spool.DataBudget): 452 4.3.1
    "data_budget", "spool_error",
)
DATA_IN_FLIGHT = Gauge(
    "dlpgw_data_in_flight_bytes", "Bytes of message data held by transactions (in memory or spooled)",
    multiprocess_mode="livesum",
)
SPOOL_FILES = Gauge(
    "dlpgw_spool_files", "Messages whose data is in a spool file now", multiprocess_mode="livesum"
)
SPOOLED = Counter("dlpgw_spooled_messages", "Messages whose data went to a spool file (over spool_threshold)")
SLOT_CLASSES = ("allowed", "untrusted", "authenticated")
CONNECTION_SLOTS = Gauge(
    "dlpgw_smtp_connection_slots", "Open SMTP connections by class (allowed network, untrusted, authenticated)",
    ["class"], multiprocess_mode="livesum",
)
AUTH_RESULTS = ("success", "failure", "locked", "busy")
AUTH_ATTEMPTS = Counter(
    "dlpgw_auth_attempts", "SMTP AUTH attempts by result (locked: refused during a lockout; busy: verifier full)",
    ["result"],
)
AUTH_LOCKOUTS = Counter(
    "dlpgw_auth_lockouts", "Temporary AUTH lockouts started, by what was locked (a user name or a client address)",
    ["scope"],
)
FINDINGS = Counter(
    "dlpgw_findings", "Findings by entity type (allowed ones too)", ["entity_type", "allowed"]
)
MONITORED = Counter(
    "dlpgw_monitor_would_have", "Messages delivered in monitor mode, by the action enforcement would take",
    ["would_have"],
)
QUARANTINE_MESSAGES = Gauge(
    "dlpgw_quarantine_messages", "Messages held in the quarantine (shared store: same value on every instance)",
    multiprocess_mode="livemax",
)
OVERRIDES = Counter(
    "dlpgw_overrides", "Replies to the sender-override address, by outcome", ["outcome"]
)
OVERRIDE_OUTCOMES = ("released", "no_token", "forged", "unknown", "wrong_sender", "expired", "replay", "not_held",
                     "not_allowed", "no_justification", "personal_data", "upstream_refused", "ignored", "tempfail")
BUILD = Info("dlpgw_build", "Gateway version")

ACTIONS = ("allow", "monitor", "reject", "bounce", "quarantine", "tempfail", "upstream_reject")
SCAN_FAILURE_REASONS = ("error", "timeout", "crashed", "queue_full", "queue_timeout", "unavailable")


def prime() -> None:
    """Create every known label child so dashboards show zeros instead of 'no data'."""
    for a in ACTIONS:
        MESSAGES.labels(action=a)
    for r in SCAN_FAILURE_REASONS:
        SCAN_FAILURES.labels(reason=r)
    for r in ("timeout", "crashed", "memory_limit", "error", "recycled"):
        SCANNER_RESTARTS.labels(reason=r)
    for k in ("connect", "timeout", "tls", "tempfail", "permfail", "protocol", "throttled", "maildir"):
        UPSTREAM_ERRORS.labels(kind=k)
    for r in REJECTION_REASONS:
        REJECTIONS.labels(reason=r)
    for c in SLOT_CLASSES:
        CONNECTION_SLOTS.labels(**{"class": c})
    for r in AUTH_RESULTS:
        AUTH_ATTEMPTS.labels(result=r)
    for scope in ("user", "address"):
        AUTH_LOCKOUTS.labels(scope=scope)
    for o in OVERRIDE_OUTCOMES:
        OVERRIDES.labels(outcome=o)
