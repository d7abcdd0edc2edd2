"""`pharmalens mcp`: the command that starts the MCP server (`mcp_server`), which with the store and
the MCP SDK is imported only when the command runs."""
from __future__ import annotations

from typing import Annotated, Optional

import typer


def mcp_command(
    http: Annotated[bool, typer.Option("--http", help="Serve streamable HTTP on 127.0.0.1 instead of stdio.")] = False,
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port for --http.")] = 8765,
    database: Annotated[Optional[str], typer.Option("--database", help="Database URL (default: settings).")] = None,
) -> None:
    """MCP server for LLM assistants: search, documents, dossiers, comparables, landscape, valuation, decay; every answer cited."""
    from ..model.disk_cache import use_directory
    from ..settings import get_settings
    from ..store import Store
    from .mcp_server import build_server, serve_http

    settings = get_settings()
    use_directory(settings.cache_dir)
    store = Store(database or settings.database_url)
    store.upgrade()
    server = build_server(store, bool(settings.mcp_write_token))
    if not http:
        server.run("stdio")
        return
    serve_http(server, settings, port)


def register(app: typer.Typer) -> None:
    app.command("mcp")(mcp_command)
