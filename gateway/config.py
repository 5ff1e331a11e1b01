"""Gateway configuration: one typed, validated settings object from env, .env and a config file.

Precedence (highest first): explicit overrides (CLI flags), ``DLPGW_*`` environment
variables, a ``.env`` file in the working directory, the YAML config file named by
``DLPGW_CONFIG`` (or ``--config``), then the embedded defaults below. The defaults run
the gateway alone: SMTP on 127.0.0.1:2525, metrics on 127.0.0.1:9925, upstream a local
maildir. Invalid values raise :class:`gateway.errors.ConfigError` carrying one human line
per bad field; the CLI prints them and exits with status 2.
"""

from __future__ import annotations

import ipaddress
import json
import os
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    SettingsError,
)

from gateway.errors import ConfigError
from gateway.extract.limits import ExtractLimits

MiB = 1024 * 1024


def parse_hostport(value: str, *, default_port: int | None = None) -> tuple[str, int]:
    """Split ``host:port`` / ``[v6]:port`` into a tuple; raise ValueError when malformed."""
    value = value.strip()
    if value.startswith("["):
        host, sep, rest = value[1:].partition("]")
        if not sep:
            raise ValueError(f"unterminated IPv6 literal in {value!r}")
        port_s = rest.removeprefix(":")
    else:
        host, sep, port_s = value.rpartition(":")
        if not sep:
            host, port_s = value, ""
    if not port_s:
        if default_port is None:
            raise ValueError(f"missing port in {value!r} (expected host:port)")
        return host, default_port
    if not port_s.isdigit() or not 0 <= int(port_s) <= 65535:
        raise ValueError(f"bad port {port_s!r} in {value!r}")
    if not host:
        raise ValueError(f"missing host in {value!r}")
    return host, int(port_s)


class _YamlFileSource(PydanticBaseSettingsSource):
    """Reads the optional YAML config file (keys are the field names, lower case)."""

    def __init__(self, settings_cls: type[BaseSettings], path: str | None) -> None:
        super().__init__(settings_cls)
        self.path = path

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:  # pragma: no cover
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        if not self.path:
            return {}
        p = Path(self.path)
        try:
            data = yaml.safe_load(p.read_text(encoding="utf-8"))
        except OSError as e:
            raise ConfigError([f"config file {p}: {e.strerror or e}"]) from None
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            where = f" line {mark.line + 1}" if mark else ""
            raise ConfigError([f"config file {p}{where}: not valid YAML ({getattr(e, 'problem', e)})"]) from None
        if data is None:
            return {}
        if not isinstance(data, dict):
            raise ConfigError([f"config file {p}: expected a mapping of setting: value"])
        known = set(self.settings_cls.model_fields)
        unknown = sorted(str(k) for k in data if str(k).lower() not in known)
        if unknown:
            raise ConfigError([f"config file {p}: unknown setting {k!r}" for k in unknown])
        return {str(k).lower(): v for k, v in data.items()}


DEFAULT_POLICY = Path("policies/default.yaml")
SHIPPED_POLICY = Path(__file__).resolve().parents[1] / DEFAULT_POLICY  # the checkout's / image's policies/

class Settings(BaseSettings):
    """Every runtime setting of the gateway. Env var = ``DLPGW_`` + upper-case field name."""

    model_config = SettingsConfigDict(
        env_prefix="DLPGW_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        validate_default=True,
    )

    # --- SMTP front -------------------------------------------------------------------
    listen: str = Field("127.0.0.1:2525", description="SMTP listen address host:port")
    hostname: str = Field("dlp-gateway.local", description="name in the greeting and EHLO reply")
    allowed_networks: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["127.0.0.0/8", "::1/128"],
        description="client networks (CIDR) allowed to relay without AUTH",
    )
    max_message_size: int = Field(25 * MiB, gt=1024, description="SIZE limit in bytes (552 5.3.4 over it)")
    max_recipients: int = Field(100, ge=1, le=10000, description="RCPT TO per message (452 4.5.3 over it)")
    max_connections: int = Field(200, ge=1, description="concurrent SMTP connections per worker (421 over it)")
    max_connections_per_address: int = Field(
        50, ge=1, description="concurrent connections from one client address (IPv6: one /64), per worker"
    )
    max_untrusted_connections: int = Field(
        20, ge=1, description="slots for clients outside allowed_networks before they authenticate, per worker"
    )
    max_untrusted_connections_per_address: int = Field(
        5, ge=1, description="of those, slots for one untrusted address (IPv6: one /64)"
    )
    command_timeout: float = Field(300.0, gt=0, description="idle seconds between commands (RFC 5321 4.5.3.2)")
    untrusted_command_timeout: float = Field(
        20.0, gt=0, description="idle seconds between commands for clients that must still authenticate"
    )
    data_timeout: float = Field(600.0, gt=0, description="seconds for a whole DATA transfer (total cap)")
    data_min_rate: int = Field(
        500, ge=0, description="DATA bytes/s a client must keep up after data_grace seconds (0 = no minimum)"
    )
    data_grace: float = Field(30.0, gt=0, description="seconds of DATA transfer before data_min_rate applies")
    data_budget: int = Field(
        256 * MiB, ge=0, description="bytes of message data per worker in flight (received, waiting, scanned, "
        "relayed; in memory or spooled): a new transaction over it gets 452 4.3.1 at once (0 = no budget)"
    )
    spool_threshold: int = Field(
        1 * MiB, ge=0, description="message data beyond this many bytes goes to a private spool file instead of "
        "memory, and the scanner reads that file (0 = keep every message in memory)"
    )
    spool_dir: Path | None = Field(
        None, description="directory of the spool files (default <state_dir>/spool; created mode 0700)"
    )
    max_line_length: int = Field(1001, ge=80, description="bytes per line incl. CRLF (RFC 5321 4.5.3.1.6)")
    tls_cert_file: Path | None = Field(None, description="PEM certificate for STARTTLS")
    tls_key_file: Path | None = Field(None, description="PEM private key for STARTTLS")
    require_starttls: bool = Field(False, description="refuse MAIL before STARTTLS")
    auth_file: Path | None = Field(None, description="credentials file (user:scrypt$...) enabling AUTH over TLS")
    auth_max_failures: int = Field(5, ge=1, description="failed AUTH for one user name before its lockout")
    auth_max_failures_per_address: int = Field(
        20, ge=1, description="failed AUTH from one client address before its lockout"
    )
    auth_lockout: float = Field(900.0, gt=0, description="seconds a locked user name or address is refused AUTH")
    auth_failure_window: float = Field(900.0, gt=0, description="seconds after which failures are forgotten")
    auth_failure_delay: float = Field(
        1.0, ge=0, description="delay before a failed AUTH's reply; doubles per recent failure"
    )
    auth_failure_delay_max: float = Field(15.0, ge=0, description="cap of that growing delay, seconds")
    auth_threads: int = Field(
        1, ge=1, le=64, description="threads verifying passwords (scrypt, ~50 ms of one core each) per worker"
    )

    # --- scanning ----------------------------------------------------------------------
    scan_timeout: float = Field(
        30.0, gt=0, description="seconds one scan may run, from its start (else its process is killed, 451 4.3.0)"
    )
    scan_processes: int = Field(0, ge=0, description="scanner processes per worker (0 = number of cores)")
    scan_queue_limit: int = Field(
        100, ge=0, description="messages per worker waiting for a scanner (more: 451 4.3.2 at once)"
    )
    scan_queue_bytes: int = Field(
        128 * MiB, ge=0, description="bytes of big messages per worker waiting for a scanner (more: 451 4.3.2)"
    )
    scan_queue_timeout: float = Field(
        120.0, gt=0, description="seconds a message may wait for a free scanner (else 451 4.3.2)"
    )
    scan_express_max_bytes: int = Field(
        1 * MiB, ge=0, description="messages up to this size may use one extra scanner kept for them (0 = none)"
    )
    scan_preload: bool = Field(
        True, description="once ready, move to a scanner template that preloads the French pipeline and the "
        "extractors' libraries (shared by every scanner)"
    )
    scan_bulk_nice: int = Field(
        0, ge=0, le=19, description="niceness of the bulk scanner processes (the express one and SMTP keep 0)"
    )
    scan_memory_limit: int = Field(
        1536, ge=0, description="MiB one scan may allocate in its scanner process (RLIMIT_DATA; 0 = no cap); "
        "reaching it gives the message an UNSCANNABLE finding"
    )

    # --- extraction limits (hitting one yields UNSCANNABLE, never a silent pass) -------------
    extract_max_depth: int = Field(8, ge=1, le=64, description="nesting of attachments/archives/attached mail")
    extract_max_mime_depth: int = Field(32, ge=2, le=200, description="nesting of multipart bodies")
    extract_max_parts: int = Field(2000, ge=1, description="MIME parts per message")
    extract_max_files: int = Field(1000, ge=1, description="members read per archive or container")
    extract_max_total_bytes: int = Field(64 * MiB, ge=MiB, description="decoded + decompressed bytes per message")
    extract_max_stream_bytes: int = Field(
        64 * MiB, ge=MiB, description="bytes one decompressed stream (archive member, PDF stream) may produce")
    extract_attachment_seconds: float = Field(10.0, gt=0, description="time budget per top-level attachment")
    extract_max_pages: int = Field(2000, ge=1, description="pages read per PDF")
    extract_ocr: bool = Field(True, description="OCR images and image-only PDF pages with tesseract")
    extract_ocr_seconds: float = Field(10.0, ge=0, description="OCR time budget per message")
    extract_ocr_max_pages: int = Field(20, ge=0, description="images / PDF pages OCRed per message")
    extract_ocr_max_pixels: int = Field(12_000_000, ge=100_000, description="pixels an image is scaled down to for OCR")
    extract_ocr_max_image_pixels: int = Field(
        200_000_000, ge=1_000_000, description="images declared larger are not decoded (decompression bombs)")

    # --- policy --------------------------------------------------------------------------
    policy_file: Path = Field(DEFAULT_POLICY, validate_default=True,
                              description="policy YAML (the default: the checkout's, from any directory)")

    # --- upstream ----------------------------------------------------------------------
    upstream_url: str = Field("maildir:./var/outbox", description="smtp://h:p, smtps://h:p or maildir:PATH")
    upstream_starttls: Literal["require", "opportunistic", "off"] = "opportunistic"
    upstream_verify_tls: bool = Field(True, description="verify the upstream certificate and name")
    upstream_ca_file: Path | None = Field(None, description="CA bundle for the upstream certificate")
    upstream_username: str | None = None
    upstream_password: SecretStr | None = None
    upstream_connect_timeout: float = Field(10.0, gt=0)
    upstream_timeout: float = Field(60.0, gt=0, description="seconds for the whole upstream transaction")
    upstream_pool_size: int = Field(8, ge=0, description="idle upstream connections kept for reuse")
    upstream_helo: str | None = Field(None, description="EHLO name towards upstream (default: hostname)")

    # --- operations ----------------------------------------------------------------------
    metrics_listen: str = Field("127.0.0.1:9925", description="Prometheus /metrics host:port ('' = off)")
    log_format: Literal["text", "json"] = "text"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_addresses: bool = Field(False, description="log full addresses (default: recipient domains only)")
    drain_timeout: float = Field(30.0, ge=0, description="seconds in-flight transactions get on SIGTERM")
    workers: int = Field(0, ge=0, description="SMTP worker processes sharing the socket (0 = number of cores)")
    state_dir: Path = Field(Path("./var"), description="local state (quarantine db, metrics files)")

    # --- policy / quarantine ---
    quarantine_url: str = Field(
        "", description="held-mail store: '' = sqlite under state_dir, sqlite:///PATH or postgresql://..."
    )
    quarantine_key: SecretStr | None = Field(
        None, description="AES-256 key (urlsafe base64) for held mail; unset = generated in state_dir"
    )
    dpo_address: str = Field("", description="DPO/IT notice address (overrides the policy's)")
    bounce_from: str = Field("", description="From: of guidance bounces (default MAILER-DAEMON@hostname)")
    retention_days: int | None = Field(None, ge=1, description="override the policy's retention_days")
    outbox_interval: float = Field(30.0, gt=0, description="seconds between outbox (bounce/notice) flushes")

    # --- sender override (gateway/override.py) ---
    override_address: str = Field(
        "", description="address senders reply to for an override (default dlp-override@hostname)"
    )
    override_key: SecretStr | None = Field(
        None, description="HMAC key (urlsafe base64) of override tokens; unset = generated in state_dir"
    )
    stats_interval: float = Field(10.0, gt=0, description="seconds between writes of the verdict counts")

    # --- DPO console (dlp-gateway console; gateway/console/) ---
    console_listen: str = Field("127.0.0.1:8025", description="console HTTP(S) listen address host:port")
    console_public_url: str = Field(
        "", description="the console's URL as browsers see it (behind a proxy); https here makes cookies Secure"
    )
    console_users_file: Path | None = Field(
        None, description="local console accounts (default <state_dir>/console-users; dlp-gateway console-user)"
    )
    console_tls_cert_file: Path | None = Field(None, description="PEM certificate: the console serves HTTPS")
    console_tls_key_file: Path | None = Field(None, description="PEM private key for the console")
    console_session_minutes: float = Field(30.0, gt=0, description="idle minutes before a console session ends")
    console_session_max_hours: float = Field(12.0, gt=0, description="hours a console session lasts at most")
    console_oidc_issuer: str = Field("", description="OpenID provider, e.g. https://login.microsoftonline.com/T/v2.0")
    console_oidc_client_id: str = Field("", description="the console's client (application) id at the provider")
    console_oidc_client_secret: SecretStr | None = Field(None, description="client secret (confidential client)")
    console_oidc_name: str = Field("OpenID Connect", description="provider name on the sign-in button")
    console_oidc_scopes: str = Field("openid profile email", description="scopes asked for")
    console_oidc_role_claim: str = Field("roles", description="ID-token claim holding the user's roles or groups")
    console_oidc_role_map: dict[str, str] = Field(
        default_factory=dict, description='claim value -> console role, e.g. {"DLP.DPO": "dpo"}'
    )
    console_oidc_ca_file: Path | None = Field(None, description="CA bundle for the provider's certificate")

    @model_validator(mode="after")
    def _check_data_budget(self) -> Settings:
        if self.data_budget and self.data_budget < self.max_message_size:
            raise ValueError(f"data_budget ({self.data_budget}) must be 0 or at least max_message_size "
                             f"({self.max_message_size}): a message of the largest size could never be accepted")
        return self

    @field_validator("policy_file")
    @classmethod
    def _default_policy_from_anywhere(cls, v: Path) -> Path:
        """The default relative path, when the working directory has no such file, names the policy
        shipped beside the package (``dlp-gateway scan`` run from another directory); any other
        path is taken as given."""
        if v == DEFAULT_POLICY and not v.exists() and SHIPPED_POLICY.is_file():
            return SHIPPED_POLICY
        return v

    @field_validator("listen")
    @classmethod
    def _check_listen(cls, v: str) -> str:
        parse_hostport(v)
        return v

    @field_validator("override_address")
    @classmethod
    def _check_override_address(cls, v: str) -> str:
        v = v.strip()
        if v and (v.count("@") != 1 or "+" in v or any(c in v for c in " <>,;\"")
                  or not all(v.split("@"))):
            raise ValueError(f"{v!r} is not a plain address like dlp-override@example.org (no '+', no brackets)")
        return v

    @field_validator("console_listen")
    @classmethod
    def _check_console_listen(cls, v: str) -> str:
        parse_hostport(v)
        return v

    @field_validator("metrics_listen")
    @classmethod
    def _check_metrics_listen(cls, v: str) -> str:
        if v:
            parse_hostport(v)
        return v

    @field_validator("allowed_networks", mode="before")
    @classmethod
    def _split_networks(cls, v: Any) -> Any:
        if isinstance(v, str):
            v = v.strip()
            if v.startswith("["):
                try:
                    return json.loads(v)
                except ValueError:
                    raise ValueError("not a JSON list; use a comma-separated list of CIDR networks") from None
            return [p.strip() for p in v.replace(";", ",").split(",") if p.strip()]
        return v

    @field_validator("allowed_networks")
    @classmethod
    def _check_networks(cls, v: list[str]) -> list[str]:
        for net in v:
            try:
                ipaddress.ip_network(net, strict=False)
            except ValueError:
                raise ValueError(f"{net!r} is not a CIDR network (e.g. 10.0.0.0/8 or ::1/128)") from None
        return v

    @field_validator("upstream_url")
    @classmethod
    def _check_upstream(cls, v: str) -> str:
        if v.startswith("maildir:"):
            if not v.removeprefix("maildir:"):
                raise ValueError("maildir: needs a path, e.g. maildir:./var/outbox")
            return v
        parts = urlsplit(v)
        if parts.scheme not in ("smtp", "smtps"):
            raise ValueError(f"scheme {parts.scheme or '(none)'!r} not supported: use smtp://, smtps:// or maildir:")
        if not parts.hostname:
            raise ValueError("missing host, e.g. smtp://mail.example.org:25")
        try:
            _ = parts.port
        except ValueError:
            raise ValueError("bad port") from None
        return v

    @model_validator(mode="after")
    def _check_tls_pair(self) -> Settings:
        if bool(self.tls_cert_file) != bool(self.tls_key_file):
            raise ValueError("tls_cert_file and tls_key_file go together")
        for p in (self.tls_cert_file, self.tls_key_file, self.auth_file, self.upstream_ca_file):
            if p is not None and not p.is_file():
                raise ValueError(f"file not found: {p}")
        if self.require_starttls and not self.tls_cert_file:
            raise ValueError("require_starttls needs tls_cert_file and tls_key_file")
        if bool(self.console_tls_cert_file) != bool(self.console_tls_key_file):
            raise ValueError("console_tls_cert_file and console_tls_key_file go together")
        for p in (self.console_tls_cert_file, self.console_tls_key_file, self.console_oidc_ca_file):
            if p is not None and not p.is_file():
                raise ValueError(f"file not found: {p}")
        if self.console_oidc_issuer and not self.console_oidc_client_id:
            raise ValueError("console_oidc_issuer needs console_oidc_client_id")
        if self.auth_file and not self.tls_cert_file:
            raise ValueError("auth_file needs TLS (AUTH is only offered over TLS): set tls_cert_file/tls_key_file")
        if self.max_untrusted_connections > self.max_connections:
            raise ValueError("max_untrusted_connections cannot exceed max_connections")
        return self

    # --- derived ---------------------------------------------------------------------------
    @property
    def listen_address(self) -> tuple[str, int]:
        return parse_hostport(self.listen)

    @property
    def metrics_address(self) -> tuple[str, int] | None:
        return parse_hostport(self.metrics_listen) if self.metrics_listen else None

    @property
    def networks(self) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
        return [ipaddress.ip_network(n, strict=False) for n in self.allowed_networks]

    def extract_limits(self) -> ExtractLimits:
        return ExtractLimits(
            max_depth=self.extract_max_depth,
            max_mime_depth=self.extract_max_mime_depth,
            max_parts=self.extract_max_parts,
            max_files=self.extract_max_files,
            max_total_bytes=self.extract_max_total_bytes,
            max_stream_bytes=self.extract_max_stream_bytes,
            attachment_seconds=self.extract_attachment_seconds,
            max_pages=self.extract_max_pages,
            ocr=self.extract_ocr,
            ocr_seconds=self.extract_ocr_seconds,
            ocr_max_pages=self.extract_ocr_max_pages,
            ocr_max_pixels=self.extract_ocr_max_pixels,
            ocr_max_image_pixels=self.extract_ocr_max_image_pixels,
        )

    @property
    def effective_spool_dir(self) -> Path:
        return self.spool_dir if self.spool_dir is not None else self.state_dir / "spool"

    @property
    def effective_workers(self) -> int:
        return self.workers or (os.cpu_count() or 1)

    @property
    def effective_scan_processes(self) -> int:
        """Scanner processes per worker: by default the cores are shared among the workers."""
        return self.scan_processes or max(1, (os.cpu_count() or 1) // self.effective_workers)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        path = os.environ.get("DLPGW_CONFIG") or _CONFIG_PATH_OVERRIDE.get("path")
        return (init_settings, env_settings, dotenv_settings, _YamlFileSource(settings_cls, path))

    def masked(self) -> dict[str, Any]:
        """The effective configuration as plain data, secrets replaced by '********'."""
        out: dict[str, Any] = {}
        for name in type(self).model_fields:
            value = getattr(self, name)
            if isinstance(value, SecretStr):
                value = "********" if value.get_secret_value() else ""
            elif isinstance(value, Path):
                value = str(value)
            elif name in _URL_FIELDS and isinstance(value, str):
                value = _mask_url_password(value)
            out[name] = value
        return out


_URL_FIELDS = {"upstream_url", "quarantine_url"}
_CONFIG_PATH_OVERRIDE: dict[str, str] = {}


def _mask_url_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":********@")
        return parts._replace(netloc=netloc).geturl()
    return url


def load_settings(config_file: str | None = None, **overrides: Any) -> Settings:
    """Build the settings or raise ConfigError with one line per invalid field."""
    if config_file:
        _CONFIG_PATH_OVERRIDE["path"] = config_file
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except SettingsError as e:
        raise ConfigError([str(e)]) from None
    except ValidationError as e:
        lines = []
        for err in e.errors():
            loc = ".".join(str(p) for p in err["loc"]) or "settings"
            env = f"DLPGW_{loc.upper()}" if loc in Settings.model_fields else loc
            msg = err["msg"].removeprefix("Value error, ")
            lines.append(f"{env}: {msg}" if loc != "settings" else msg)
        raise ConfigError(lines) from None
    finally:
        _CONFIG_PATH_OVERRIDE.pop("path", None)
