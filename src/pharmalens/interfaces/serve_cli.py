"""`pharmalens serve`: the REST API and web UI under uvicorn. `register(app)` adds the command."""
from __future__ import annotations

import os
from dataclasses import replace
from typing import Annotated, Optional

import typer

from ..settings import Settings, all_cores

FACTORY = "pharmalens.interfaces.api:app_from_environment"


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    database: Annotated[Optional[str], typer.Option("--database", help="Database URL (default: settings).")] = None,
    workers: Annotated[Optional[int], typer.Option(
        "--workers", min=1, max=64, help="Server processes (default: one per core).")] = None,
) -> None:
    """Serve the web UI and the JSON API (OpenAPI at /docs). Writes need PHARMALENS_API_TOKEN; the Host
    header must be 127.0.0.1, localhost, the --host address or one of PHARMALENS_ALLOWED_HOSTS."""
    import uvicorn

    from ..store import Store, StoreError
    from .api import create_app
    from .cli_support import settings_for

    settings = settings_for(database)
    if host not in ("0.0.0.0", "::", ""):
        settings = replace(settings, allowed_hosts=(*settings.allowed_hosts, host))
    processes = workers or all_cores()
    try:
        if processes == 1:
            application = create_app(settings=settings)
        else:
            with Store(settings.database_url) as store:
                store.upgrade()  # once, here, rather than in every worker at the same moment
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    from .http_protocol import NoDelayH11Protocol

    if processes == 1:
        uvicorn.run(application, host=host, port=port, log_level="info", http=NoDelayH11Protocol)
        return
    os.environ.update(environment_of(settings))
    uvicorn.run(FACTORY, factory=True, workers=processes, host=host, port=port, log_level="info",
                http=NoDelayH11Protocol)


def environment_of(settings: Settings) -> dict[str, str]:
    """The environment variables from which the worker processes build the same settings again."""
    return {"PHARMALENS_DATABASE_URL": settings.database_url,
            "PHARMALENS_ALLOWED_HOSTS": ",".join(settings.allowed_hosts)}
