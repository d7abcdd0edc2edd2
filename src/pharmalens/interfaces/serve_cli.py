"""`pharmalens serve`: the REST API and web UI under uvicorn. `register(app)` adds the command."""
from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Optional

import typer


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    database: Annotated[Optional[str], typer.Option("--database", help="Database URL (default: settings).")] = None,
) -> None:
    """Serve the web UI and the JSON API (OpenAPI at /docs). Writes need PHARMALENS_API_TOKEN; the Host
    header must be 127.0.0.1, localhost, the --host address or one of PHARMALENS_ALLOWED_HOSTS."""
    import uvicorn

    from ..store import StoreError
    from .api import create_app
    from .cli_support import settings_for

    settings = settings_for(database)
    if host not in ("0.0.0.0", "::", ""):
        settings = replace(settings, allowed_hosts=(*settings.allowed_hosts, host))
    try:
        application = create_app(settings=settings)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    uvicorn.run(application, host=host, port=port, log_level="info")
