"""The API's documentation pages, /docs (Swagger UI) and /redoc (ReDoc), served from this machine:
their scripts and styles come from the installed fastapi-offline package, and the pages start them
from a script of ours, so the pages run under a CSP that allows no inline script and no other host."""
from __future__ import annotations

from importlib.resources import files

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

ASSETS = "/docs-assets"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
_START = ("window.addEventListener('load', function () {\n"
          "  window.ui = SwaggerUIBundle({url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true});\n"
          "});\n")
_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="{assets}/favicon.png">{head}</head>
<body>{body}</body></html>
"""


def is_docs(path: str) -> bool:
    return path in ("/docs", "/redoc") or path.startswith(ASSETS + "/")


def add_docs(app: FastAPI) -> None:
    """Mount the assets and add /docs and /redoc (create the app with docs_url=None, redoc_url=None)."""
    title = f"{app.title} API"

    @app.get("/docs", include_in_schema=False)
    def swagger_page() -> HTMLResponse:
        head = f'<link rel="stylesheet" href="{ASSETS}/swagger-ui.css">'
        body = (f'<div id="swagger-ui"></div><script src="{ASSETS}/swagger-ui-bundle.js"></script>'
                f'<script src="{ASSETS}/start-swagger.js"></script>')
        return HTMLResponse(_PAGE.format(title=title, assets=ASSETS, head=head, body=body))

    @app.get(f"{ASSETS}/start-swagger.js", include_in_schema=False)
    def start_swagger() -> Response:
        return Response(_START, media_type="text/javascript")

    @app.get("/redoc", include_in_schema=False)
    def redoc_page() -> HTMLResponse:
        body = f'<redoc spec-url="/openapi.json"></redoc><script src="{ASSETS}/redoc.standalone.js"></script>'
        return HTMLResponse(_PAGE.format(title=title, assets=ASSETS, head="", body=body))

    app.mount(ASSETS, StaticFiles(directory=str(files("fastapi_offline") / "static")), name="docs-assets")
