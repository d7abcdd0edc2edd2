"""Fetching pages, filings and feeds over HTTP(S) politely and safely.

httpx with a timeout, a size cap read while streaming, retries with exponential backoff on network
errors, 429 and 5xx, redirects followed by hand (capped, each hop checked), a content-type check and
a User-Agent that says who we are. Hosts that resolve to private, loopback, link-local or otherwise
non-public addresses are refused unless the settings allow them: every address the name resolves to
is checked, not the host string, and the connection goes to the address that was checked."""
from __future__ import annotations

import functools
import ipaddress
import socket
import time
from dataclasses import dataclass, field
from typing import Any
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from ..model.errors import PharmalensError
from ..model.records import Skipped
from ..settings import Settings
from .files import SourceFile, with_text

CONTENT_TYPES = {
    "text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt", "text/markdown": ".md",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml")
_RETRY_STATUS = {429, 500, 502, 503, 504}
_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    data: bytes = b""
    fetched_at: str = ""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def refusal(url: str, settings: Settings) -> Skipped | None:
    """Why this URL may not be fetched (bad form, or a non-public address), or None."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return Skipped(url, "bad_url", "only http:// and https:// URLs with a host can be fetched")
    try:
        checked_addresses(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
                          settings.allow_private_urls)
    except (socket.gaierror, UnicodeError) as exc:
        return Skipped(url, "unresolvable", f"cannot resolve {parts.hostname}: {exc}")
    except PrivateAddress as exc:
        return Skipped(url, "private_address", f"{exc}; set PHARMALENS_ALLOW_PRIVATE_URLS=1 to allow it")
    return None


class PrivateAddress(PharmalensError, OSError):
    """A host resolves to a private, loopback, link-local or otherwise non-public address."""

    code = "private_address"


def checked_addresses(host: str, port: int, allow_private: bool) -> list[str]:
    """Every address the host resolves to, or PrivateAddress if any of them is not public."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    for text in addresses:
        address = ipaddress.ip_address(text.split("%")[0])
        if not allow_private and (not address.is_global or address.is_multicast):
            raise PrivateAddress(f"{host} resolves to {address}, a non-public address")
    return addresses


class _CheckedBackend(httpcore.SyncBackend):
    """Connects only to the addresses it has just checked, so a name cannot resolve to a public
    address for the check and to a private one for the connection (DNS rebinding)."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Any = None) -> httpcore.NetworkStream:
        try:
            addresses = checked_addresses(host, port, self.allow_private)
        except (OSError, UnicodeError) as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        failure: Exception = httpcore.ConnectError(f"{host} has no address")
        for address in addresses:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        raise failure


class _CheckedTransport(httpx.HTTPTransport):
    def __init__(self, allow_private: bool) -> None:
        super().__init__()
        self._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(),
                                             network_backend=_CheckedBackend(allow_private))


def fetch(url: str, settings: Settings, headers: dict[str, str] | None = None,
          client: httpx.Client | None = None) -> Fetched | Skipped:
    """GET a URL: redirects followed by hand and checked, body capped, retried with backoff."""
    client = client or _shared_client(settings.fetch_timeout, settings.user_agent, settings.allow_private_urls)
    current = url
    for _hop in range(settings.max_redirects + 1):
        refused = refusal(current, settings)
        if refused is not None:
            return refused if current == url else Skipped(url, refused.code, f"redirect to {current}: {refused.reason}")
        got = _get_with_retries(client, current, settings, headers or {})
        if isinstance(got, Skipped):
            return Skipped(url, got.code, got.reason)
        if got.status in _REDIRECTS and "location" in got.headers:
            current = urljoin(current, got.headers["location"])
            continue
        return got
    return Skipped(url, "too_many_redirects", f"more than {settings.max_redirects} redirects")


def new_client(settings: Settings) -> httpx.Client:
    return httpx.Client(timeout=settings.fetch_timeout, follow_redirects=False,
                        transport=_CheckedTransport(settings.allow_private_urls),
                        headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"})


@functools.lru_cache(maxsize=4)
def _shared_client(timeout: float, user_agent: str, allow_private: bool) -> httpx.Client:
    """One connection pool per process and fetch policy: making a client loads TLS roots (~0.1 s)."""
    return new_client(Settings(fetch_timeout=timeout, user_agent=user_agent, allow_private_urls=allow_private))


def _get_with_retries(client: httpx.Client, url: str, settings: Settings, headers: dict[str, str]) -> Fetched | Skipped:
    failure: Skipped | None = None
    for attempt in range(settings.fetch_retries + 1):
        if attempt:
            time.sleep(settings.fetch_backoff * 2 ** (attempt - 1))
        try:
            got = _get(client, url, settings.max_file_bytes, headers)
        except httpx.TimeoutException:
            failure = Skipped(url, "timeout", f"no answer within {settings.fetch_timeout:g} s")
            continue
        except httpx.HTTPError as exc:
            failure = Skipped(url, "fetch_failed", f"{type(exc).__name__}: {exc}")
            continue
        if isinstance(got, Skipped):
            return got
        if got.status in _RETRY_STATUS:
            failure = Skipped(url, "http_error", f"HTTP {got.status} after {attempt + 1} tries")
            continue
        return got
    assert failure is not None
    return failure


def _get(client: httpx.Client, url: str, max_bytes: int, headers: dict[str, str]) -> Fetched | Skipped:
    with client.stream("GET", url, headers=headers) as response:
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            return Skipped(url, "too_large", f"{int(declared):,} bytes declared, over the limit of {max_bytes:,}")
        body = bytearray()
        for chunk in response.iter_bytes():
            body.extend(chunk)
            if len(body) > max_bytes:
                return Skipped(url, "too_large", f"more than {max_bytes:,} bytes, over the limit")
        return Fetched(str(response.url), response.status_code, {k.lower(): v for k, v in response.headers.items()},
                       bytes(body), datetime.now(UTC).isoformat(timespec="seconds"))


def fetch_source(url: str, settings: Settings, client: httpx.Client | None = None) -> SourceFile | Skipped:
    """A web page, PDF or DOCX at a URL as a source, with its URL and fetch time."""
    got = fetch(url, settings, client=client)
    if isinstance(got, Skipped):
        return got
    if got.status in (404, 410):
        return Skipped(url, "not_found", f"HTTP {got.status}: no such page")
    if got.status >= 400:
        return Skipped(url, "http_error", f"HTTP {got.status}")
    if got.status != 200:
        return Skipped(url, "http_error", f"HTTP {got.status}: no page to read")
    suffix = CONTENT_TYPES.get(got.content_type)
    if suffix is None:
        return Skipped(url, "unsupported_type",
                       f"content type {got.content_type or '(none)'}; expected a web page, text, PDF or DOCX")
    if not got.data.strip():
        return Skipped(url, "empty", "the server sent an empty body")
    source = SourceFile(path=url, name=url, suffix=suffix, data=got.data, url=got.url, fetched_at=got.fetched_at)
    return with_text(source, ocr=settings.ocr)
