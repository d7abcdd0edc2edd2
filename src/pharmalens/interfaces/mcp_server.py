"""`pharmalens mcp`: the store as an MCP server (official `mcp` SDK) for LLM assistants, over stdio or
streamable HTTP on 127.0.0.1 behind a bearer token. Every answer cites its facts (see `mcp_tools`).

Read-only by default. With PHARMALENS_MCP_WRITE_TOKEN set, a `correct_fact` tool is offered: over
stdio the token in the server's environment grants it; over HTTP each call to it must come with
that token as its bearer token (the read token, PHARMALENS_MCP_TOKEN, is refused for writes)."""
from __future__ import annotations

import hmac
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from pydantic import Field

from ..model.errors import PharmalensError
from ..settings import Settings
from ..store import Store
from . import mcp_tools

if TYPE_CHECKING:  # the MCP SDK is imported when a server is built: other commands start without it
    from mcp.server.mcpserver import MCPServer

WRITE_TOOLS = {"correct_fact"}
INSTRUCTIONS = ("pharmalens holds cited facts from biopharma business-development news and filings (Chinese and "
                "English). Quote the `citations` of a fact (document, title, url, quote) when you use it.")


def build_server(store: Store, writable: bool) -> MCPServer:
    from mcp.server.mcpserver import MCPServer

    server = MCPServer(name="pharmalens", instructions=INSTRUCTIONS)

    @server.tool(description="Full-text search of stored documents (Chinese substrings too); each hit with its cited facts.")
    def search_documents(query: str, limit: Annotated[int, Field(ge=1, le=50)] = 10) -> dict[str, Any]:
        return _answer(lambda: mcp_tools.search_documents(store, query, limit))

    @server.tool(description="One document (by id or its name, e.g. file.txt#1): its text with every fact's evidence marked ⟦like this⟧, highlights and cited facts.")
    def get_document(document_id: str) -> dict[str, Any]:
        return _answer(lambda: mcp_tools.get_document(store, document_id))

    @server.tool(description="A company's assets, deals, regulatory and GMP events, terminations, financials, "
                             "financings and facilities, each cited.")
    def company_dossier(name: str) -> dict[str, Any]:
        return _answer(lambda: mcp_tools.company_dossier(store, name))

    @server.tool(description="Comparable deals with USD quartiles of upfront and total; filters are optional "
                             "(modality rdc/adc..., target PSMA..., nuclide Ac-225..., stage phase1..., licensor_country CN...).")
    def deal_comparables(modality: Optional[str] = None, target: Optional[str] = None, nuclide: Optional[str] = None,
                         stage: Optional[str] = None, territory: Optional[str] = None,
                         licensor_country: Optional[str] = None, deal_type: Optional[str] = None,
                         year_from: Optional[int] = None, year_to: Optional[int] = None) -> dict[str, Any]:
        filters = {"modality": modality, "target": target, "nuclide": nuclide, "stage": stage, "territory": territory,
                   "licensor_country": licensor_country, "deal_type": deal_type, "year_from": year_from,
                   "year_to": year_to}
        return _answer(lambda: mcp_tools.deal_comparables(store, **filters))

    @server.tool(description="Pipeline landscape (target × modality × nuclide × stage) with the cited asset facts.")
    def landscape(target: Optional[str] = None, nuclide: Optional[str] = None,
                  modality: Optional[str] = None) -> dict[str, Any]:
        return _answer(lambda: mcp_tools.pipeline_landscape(store, target, nuclide, modality))

    @server.tool(description="rNPV and Monte Carlo of an asset spec (the YAML form of examples/valuation/ as an "
                             "object); `asset` adds the stored facts about it, cited.")
    def asset_valuation(spec: dict[str, Any], asset: Optional[str] = None,
                        paths: Annotated[Optional[int], Field(ge=100, le=200_000)] = None,
                        seed: Optional[int] = None) -> dict[str, Any]:
        return _answer(lambda: mcp_tools.asset_valuation(store, spec, asset, paths, seed))

    @server.tool(description="Radionuclide half-life and fraction left after a time (`after`: 24h, 3 d); with "
                             "calibration and required activity, the longest shipping window in hours.")
    def radionuclide_decay(nuclide: str, after: Optional[str] = None, calibration_activity: Optional[float] = None,
                           required_activity: Optional[float] = None, handling: Optional[str] = None) -> dict[str, Any]:
        return _answer(lambda: mcp_tools.radionuclide(nuclide, after, calibration_activity, required_activity, handling))

    if writable:
        @server.tool(description="Correct one field of one stored fact (kept across re-ingest, audited).")
        def correct_fact(record_id: str, field: str, value: str, note: str) -> dict[str, Any]:
            return _answer(lambda: store.correct(record_id, field, value, note))

    return server


def _answer(action: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """The tool's answer; an expected failure (unknown name, bad filter or spec) becomes a tool error
    whose message the assistant sees."""
    try:
        return action()
    except PharmalensError as error:
        from mcp.server.mcpserver.exceptions import ToolError

        raise ToolError(error.message) from None


class BearerGate:
    """ASGI wrapper: every request needs a known bearer token; a call to a write tool needs the write token."""

    def __init__(self, app: Any, read_token: str, write_token: str | None) -> None:
        self.app, self.read_token, self.write_token = app, read_token, write_token

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        token = _bearer(scope)
        is_writer = bool(self.write_token) and hmac.compare_digest(token, self.write_token or "")
        if not (is_writer or hmac.compare_digest(token, self.read_token)):
            await _refuse(send, 401, "a bearer token is required (PHARMALENS_MCP_TOKEN)")
            return
        body, more = b"", True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        if not is_writer and _calls_write_tool(body):
            await _refuse(send, 403, "this tool writes: call it with PHARMALENS_MCP_WRITE_TOKEN")
            return
        replayed = False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


def _bearer(scope: dict[str, Any]) -> str:
    for key, value in scope.get("headers", []):
        if key == b"authorization" and value[:7].lower() == b"bearer ":
            return value[7:].decode("latin-1").strip()
    return ""


def _calls_write_tool(body: bytes) -> bool:
    try:
        data = json.loads(body or b"null")
    except ValueError:
        return False
    calls = data if isinstance(data, list) else [data]
    return any(isinstance(c, dict) and c.get("method") == "tools/call"
               and (c.get("params") or {}).get("name") in WRITE_TOOLS for c in calls)


async def _refuse(send: Any, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def serve_http(server: MCPServer, settings: Settings, port: int) -> None:
    import uvicorn

    if not settings.mcp_token:
        typer.echo("error: --http needs PHARMALENS_MCP_TOKEN (clients send it as a bearer token)", err=True)
        raise typer.Exit(2)
    app = BearerGate(server.streamable_http_app(host="127.0.0.1"), settings.mcp_token, settings.mcp_write_token)
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")
