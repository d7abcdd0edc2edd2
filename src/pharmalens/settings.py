"""One typed Settings object. Only the interfaces build it (from the environment, then command
options); every later stage receives it, or the values it needs, as an argument."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .model.disk_cache import user_cache_dir
from .model.errors import PharmalensError

SIZE_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1000, "kib": 1024, "m": 1024 ** 2, "mb": 1000 ** 2,
              "mib": 1024 ** 2, "g": 1024 ** 3, "gb": 1000 ** 3, "gib": 1024 ** 3}


class SettingsError(PharmalensError):
    """An environment variable that cannot be read as the setting it names."""

    code = "bad_setting"


def all_cores() -> int:
    """The cores this process may run on (the affinity mask where the platform has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Settings:
    database_url: str = "sqlite:///pharmalens.db"
    max_file_bytes: int = 20 * 1024 * 1024
    user_lexicon: Path | None = None
    api_token: str | None = None
    ocr: bool = False
    allow_private_urls: bool = False
    fetch_timeout: float = 20.0
    fetch_retries: int = 2
    fetch_backoff: float = 1.0
    max_redirects: int = 5
    user_agent: str = "pharmalens/0.1 (biopharma news reader; one request at a time)"
    smtp: SmtpSettings = field(default_factory=lambda: SmtpSettings())
    mcp_token: str | None = None
    mcp_write_token: str | None = None
    workers: int | None = None  # extraction processes for ingest; None: all cores
    dask: str | None = None  # a Dask scheduler address ("tcp://host:8786") or "local"
    document_seconds: float = 30.0  # work one file's reading or one article's extraction may take
    document_memory_bytes: int = 1536 * 1024 * 1024  # growth of the process that work may cause
    allowed_hosts: tuple[str, ...] = ()  # Host header names the server answers besides 127.0.0.1, localhost, ::1
    request_timeout: float = 10.0  # seconds one API or web request may take; 0: no limit
    cache_dir: Path | None = field(default_factory=user_cache_dir)  # extraction's start-up tables; None: off
    result_lag: float = 1.0  # seconds a kept result may lag writes made by other processes; 0: none

    @classmethod
    def from_env(cls) -> Settings:
        env = os.environ.get
        lexicon = env("PHARMALENS_LEXICON")
        return cls(
            database_url=env("PHARMALENS_DATABASE_URL", cls.database_url),
            max_file_bytes=_size("PHARMALENS_MAX_FILE_BYTES", cls.max_file_bytes),
            user_lexicon=Path(lexicon) if lexicon else None,
            api_token=env("PHARMALENS_API_TOKEN") or None,
            ocr=_flag(env("PHARMALENS_OCR")),
            allow_private_urls=_flag(env("PHARMALENS_ALLOW_PRIVATE_URLS")),
            fetch_timeout=_number("PHARMALENS_FETCH_TIMEOUT", cls.fetch_timeout),
            fetch_retries=int(_number("PHARMALENS_FETCH_RETRIES", cls.fetch_retries, whole=True)),
            fetch_backoff=_number("PHARMALENS_FETCH_BACKOFF", cls.fetch_backoff),
            user_agent=env("PHARMALENS_USER_AGENT") or cls.user_agent,
            smtp=SmtpSettings.from_env(),
            mcp_token=env("PHARMALENS_MCP_TOKEN") or None,
            mcp_write_token=env("PHARMALENS_MCP_WRITE_TOKEN") or None,
            workers=int(_number("PHARMALENS_WORKERS", 0, whole=True)) or None,
            dask=env("PHARMALENS_DASK") or None,
            document_seconds=_number("PHARMALENS_DOCUMENT_SECONDS", cls.document_seconds),
            document_memory_bytes=_size("PHARMALENS_DOCUMENT_MEMORY", cls.document_memory_bytes),
            allowed_hosts=tuple(h.strip() for h in (env("PHARMALENS_ALLOWED_HOSTS") or "").split(",") if h.strip()),
            request_timeout=_number("PHARMALENS_REQUEST_TIMEOUT", cls.request_timeout),
            cache_dir=_cache_dir(env("PHARMALENS_CACHE_DIR"), env("XDG_CACHE_HOME")),
            result_lag=_number("PHARMALENS_RESULT_LAG", cls.result_lag),
        )

    @property
    def document_budget(self) -> tuple[float, int]:
        """(seconds, bytes) one file's reading or one article's extraction may take."""
        return self.document_seconds, self.document_memory_bytes

    @property
    def worker_count(self) -> int:
        return max(1, self.workers) if self.workers else all_cores()


@dataclass(frozen=True)
class SmtpSettings:
    """Where alert emails go out: PHARMALENS_SMTP_HOST, _PORT, _USER, _PASSWORD, _FROM, _STARTTLS."""

    host: str = "127.0.0.1"
    port: int = 25
    user: str | None = None
    password: str | None = None
    sender: str = "pharmalens@localhost"
    starttls: bool = False

    @classmethod
    def from_env(cls) -> SmtpSettings:
        env = os.environ.get
        return cls(host=env("PHARMALENS_SMTP_HOST", cls.host), port=int(_number("PHARMALENS_SMTP_PORT", cls.port, whole=True)),
                   user=env("PHARMALENS_SMTP_USER") or None, password=env("PHARMALENS_SMTP_PASSWORD") or None,
                   sender=env("PHARMALENS_SMTP_FROM") or cls.sender, starttls=_flag(env("PHARMALENS_SMTP_STARTTLS")))


def _number(name: str, default: float, whole: bool = False) -> float:
    """A positive (or zero) number from the environment, or the default when unset or blank."""
    text = (os.environ.get(name) or "").strip()
    if not text:
        return default
    try:
        value = int(text) if whole else float(text)
    except ValueError:
        value = -1
    if not 0 <= value < 1e12:
        kind = "a whole number" if whole else "a number"
        raise SettingsError(f"{name}={text[:40]!r}: not {kind} of zero or more")
    return value


def _size(name: str, default: int) -> int:
    """A size in bytes from the environment: 20971520, 20MB, 20 MiB, 1.5GiB (KB, MB, GB are powers of 1000)."""
    text = (os.environ.get(name) or "").strip()
    if not text:
        return default
    match = re.fullmatch(r"(\d{1,15}(?:\.\d{1,6})?)\s*([a-zA-Z]{0,3})", text)
    unit = SIZE_UNITS.get(match.group(2).lower()) if match else None
    if unit is None or float(match.group(1)) * unit < 1:
        raise SettingsError(f"{name}={text[:40]!r}: not a size; give bytes, or a number with KB, MB, GB, KiB, MiB or GiB")
    return int(float(match.group(1)) * unit)


def _cache_dir(chosen: str | None, xdg: str | None) -> Path | None:
    if chosen and chosen.strip().lower() == "off":
        return None
    if chosen:
        return Path(chosen)
    return user_cache_dir(xdg)


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The environment's settings, for the interfaces to build once and pass down."""
    return Settings.from_env()
