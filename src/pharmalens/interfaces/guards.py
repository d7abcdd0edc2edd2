"""What every HTTP response and request passes: the Host header must name this server (a page on
another site that points its own name at 127.0.0.1, DNS rebinding, gets a 400), and every response
carries the security headers (CSP, nosniff, Referrer-Policy)."""
from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from starlette.datastructures import URL, Headers, MutableHeaders

from . import api_docs, web

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def host_name(header: str) -> str:
    """The host of a Host header, without the port, lower case ("[::1]:8000" -> "::1")."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:header.find("]")] if "]" in header else ""
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def install_guards(app: FastAPI, allowed_hosts: tuple[str, ...]) -> None:
    app.add_middleware(Guard, allowed_hosts=allowed_hosts)


class Guard:
    """ASGI middleware (plain, not `BaseHTTPMiddleware`, whose extra task and streams cost about a
    millisecond of CPU on every request): the Host check and the security headers."""

    def __init__(self, app: Any, allowed_hosts: tuple[str, ...]) -> None:
        self.app = app
        self.allowed = {host.strip().lower() for host in (*LOOPBACK_HOSTS, *allowed_hosts) if host.strip()}
        self.any_host = "*" in self.allowed

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = api_docs.CSP if api_docs.is_docs(URL(scope=scope).path) else web.CSP

        async def secured(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "no-referrer")
                headers.setdefault("Content-Security-Policy", csp)
            await send(message)

        host = host_name(Headers(scope=scope).get("host", ""))
        if not self.any_host and host not in self.allowed:
            refusal = JSONResponse({"error": {
                "code": "host_not_allowed",
                "message": f"this server does not answer to the host {host[:100]!r}; "
                           "add it to PHARMALENS_ALLOWED_HOSTS"}}, status_code=400)
            await refusal(scope, receive, secured)
            return
        await self.app(scope, receive, secured)
