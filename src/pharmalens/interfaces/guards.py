"""What every HTTP response and request passes: the Host header must name this server (a page on
another site that points its own name at 127.0.0.1, DNS rebinding, gets a 400), and every response
carries the security headers (CSP, nosniff, Referrer-Policy)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from . import api_docs, web

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def host_name(header: str) -> str:
    """The host of a Host header, without the port, lower case ("[::1]:8000" -> "::1")."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:header.find("]")] if "]" in header else ""
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def install_guards(app: FastAPI, allowed_hosts: tuple[str, ...]) -> None:
    allowed = {host.strip().lower() for host in (*LOOPBACK_HOSTS, *allowed_hosts) if host.strip()}
    any_host = "*" in allowed

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable[[Request], Any]) -> Any:
        host = host_name(request.headers.get("host", ""))
        if not any_host and host not in allowed:
            response: Any = JSONResponse({"error": {
                "code": "host_not_allowed",
                "message": f"this server does not answer to the host {host[:100]!r}; "
                           "add it to PHARMALENS_ALLOWED_HOSTS"}}, status_code=400)
        else:
            response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        csp = api_docs.CSP if api_docs.is_docs(request.url.path) else web.CSP
        response.headers.setdefault("Content-Security-Policy", csp)
        return response
