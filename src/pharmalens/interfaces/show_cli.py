"""`show` and `landscape`: what the store holds as tables (or JSON), a page at a time. The fact lists
and their columns come from the record-type registry. `register(app)` adds the commands."""
from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from ..model.errors import NotFound
from .cli_support import emit_json, guard, open_store, table_cell

FIXED = {
    "documents": ("id", "name", "title", "lang", "relevant", "published", "duplicate_of"),
    "companies": ("name", "kind", "provisional", "aliases"),
}
Limit = Annotated[int, typer.Option("--limit", min=1, max=10_000, help="Most rows to show.")]
Offset = Annotated[int, typer.Option("--offset", min=0, help="Rows to skip first.")]
Database = Annotated[str | None, typer.Option("--database", help="Database URL (default: settings).")]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def register(app: typer.Typer) -> None:
    app.command("show")(show)
    app.command("landscape")(guard(landscape_command))


def tables() -> tuple[str, ...]:
    from ..model.registry import RECORD_TYPES
    return (*FIXED, *(t.list_name for t in RECORD_TYPES))


def show(what: Annotated[str, typer.Argument(help="documents | companies | deals | assets | clinical | regulatory "
                                                  "| financials | terminations | financings | facilities")]
         = "documents",
         document: Annotated[str | None, typer.Argument(
             help="With `documents`: one document, by its id or its name (file.txt#1), with its text and facts.")]
         = None,
         database: Database = None, limit: Limit = 1000, offset: Offset = 0, as_json: JsonFlag = False) -> None:
    """Print what the store holds as a table: documents (or one of them), companies, or one kind of fact."""
    if what not in tables():
        typer.echo(f"error: unknown table {what!r}; choose one of {', '.join(tables())}", err=True)
        raise typer.Exit(2)
    if document is not None:
        if what != "documents":
            typer.echo("error: only `show documents` takes a document id or name", err=True)
            raise typer.Exit(2)
        guard(_show_document)(document, database, as_json)
        return
    guard(_show)(what, database, limit, offset, as_json)


def _show_document(ref: str, database: str | None, as_json: bool) -> None:
    with open_store(database) as store:
        document = store.document(ref)
        if document is None:
            raise NotFound(f"no document {ref!r} in the store (give its id or its name, e.g. file.txt#1)")
        summary = store.document_summaries([document.id])[document.id].to_json()
        facts = [{"kind": fact.kind, **fact.to_json()} for fact in store.facts(document_id=document.id)]
    if as_json:
        emit_json({**summary, "text": document.text, "facts": facts})
        return
    typer.echo(f"{document.id}  {document.name}  {document.title}")
    typer.echo(document.text)
    _print(f"facts ({len(facts)})", ("id", "kind", "quote"),
           [{"id": f["id"], "kind": f["kind"], "quote": (f.get("evidence") or [{}])[0].get("quote", "")}
            for f in facts])


def _show(what: str, database: str | None, limit: int, offset: int, as_json: bool) -> None:
    from ..model.registry import BY_LIST
    with open_store(database) as store:
        if what == "documents":
            page = store.documents(limit=limit, offset=offset)
            rows = [d.to_json() for d in page.items]
        elif what == "companies":
            page = store.companies(limit=limit, offset=offset)
            rows = [{"name": c.name, "aliases": list(c.aliases), "kind": c.kind, "provisional": c.provisional}
                    for c in page.items]
        else:
            page = store.fact_page(what, limit=limit, offset=offset)
            rows = [fact.to_json() for fact in page.items]
    if as_json:
        emit_json(rows)
        return
    columns = FIXED.get(what) or (*BY_LIST[what].columns, "document")
    shown = f"{offset + 1}-{offset + len(rows)} of {page.total}" if len(rows) < page.total else str(page.total)
    _print(f"{what} ({shown})", columns, rows)


def landscape_command(database: Database = None, limit: Limit = 1000, offset: Offset = 0,
                      target: Annotated[str | None, typer.Option("--target", help="e.g. PSMA.")] = None,
                      nuclide: Annotated[str | None, typer.Option("--nuclide", help="e.g. Lu-177.")] = None,
                      as_json: JsonFlag = False) -> None:
    """Pipeline landscape: target × modality × nuclide × stage, with counts, asset names and companies."""
    from ..model.filters import AssetFilter
    with open_store(database) as store:
        page = store.landscape(AssetFilter(target=target, nuclide=nuclide), limit=limit, offset=offset)
    rows = [cell.to_json() for cell in page.items]
    if as_json:
        emit_json(rows)
        return
    for row in rows:
        more = row["n_assets"] - len(row["assets"])
        row["assets"] = ", ".join(row["assets"]) + (f" (+{more})" if more > 0 else "")
    _print(f"Pipeline landscape ({page.total} cells)",
           ("target", "modality", "nuclide", "stage", "n_assets", "assets", "companies"), rows)


def _print(title: str, columns: tuple[str, ...], rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(table_cell(row.get(c), row.get("announced")) for c in columns))
    Console(width=None if sys.stdout.isatty() else 140).print(table)
