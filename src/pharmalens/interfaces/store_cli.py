"""Knowledge-base commands: search, correct, export, import, and `db upgrade`.

`register(app)` adds them to a Typer app. Every failure prints one line to stderr and exits with 2.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..analysis.errors import AnalysisError
from .cli_support import database_url

if TYPE_CHECKING:  # the store (SQLAlchemy) is imported when a command opens it
    from ..store import Store

DATABASE_HELP = "Database URL (default: settings)."
console = Console()
err = Console(stderr=True)


def register(app: typer.Typer) -> None:
    app.command("search")(search_command)
    app.command("correct")(correct_command)
    app.command("export")(export_command)
    app.command("import")(import_command)
    db = typer.Typer(help="Database maintenance.", no_args_is_help=True)
    db.command("upgrade")(upgrade_command)
    app.add_typer(db, name="db")


@contextmanager
def opened(database: Optional[str], upgrade: bool = False) -> Iterator[Store]:
    """The store, closed afterwards; store, export and input errors end the command with code 2."""
    from ..store import Store, StoreError

    store: Store | None = None
    try:
        store = Store(database_url(database))
        if upgrade:
            store.upgrade()
        yield store
    except (StoreError, AnalysisError) as exc:
        fail(getattr(exc, "code", "error"), str(exc))
    finally:
        if store is not None:
            store.close()


def fail(code: str, message: str) -> None:
    err.print(f"error [{code}]: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(2)


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=1) + "\n")


def search_command(query: str = typer.Argument(..., help="Words to find; Chinese substrings match too."),
                   limit: int = typer.Option(20, "--limit", min=1, max=1000, help="Most documents to list."),
                   as_json: bool = typer.Option(False, "--json", help="Print the hits as JSON."),
                   database: Optional[str] = typer.Option(None, "--database", help=DATABASE_HELP)) -> None:
    """Full-text search over stored documents, best matches first."""
    with opened(database) as store:
        hits = store.search(query, limit=limit)
    if as_json:
        print_json(hits)
        return
    table = Table(title=f"{len(hits)} documents match {query!r}")
    for column in ("id", "title", "snippet"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        title = "\n".join(part for part in (hit["title"], hit.get("name")) if part)
        table.add_row(Text(hit["id"]), Text(title), snippet_text(hit))
    console.print(table)


def snippet_text(hit: dict[str, Any]) -> Text:
    """The snippet as plain text (never read as Rich markup, so "[license]" stays), matches in bold."""
    if "marks" in hit and "text" in hit:
        text = Text(hit["text"])
        for start, end in hit["marks"]:
            text.stylize("bold yellow", start, end)
        return text
    return Text(hit.get("snippet") or "")


def correct_command(record_id: str = typer.Argument(..., help="Fact id, e.g. dea_0123456789abcdef."),
                    field: str = typer.Argument(..., help="Payload field to set, e.g. upfront."),
                    value: str = typer.Argument(..., help='New value; JSON when it parses ({"amount": 150, '
                                                          '"currency": "USD"}, null, 12), else text.'),
                    note: str = typer.Option(..., "--note", help="Why: the source of the right value."),
                    database: Optional[str] = typer.Option(None, "--database", help=DATABASE_HELP)) -> None:
    """Correct one field of one stored fact; the correction is kept and survives re-ingest."""
    with opened(database) as store:
        made = store.correct(record_id, field, value, note)
    print_json(made)


def export_command(fmt: str = typer.Option(..., "--format", help="One of jsonl, csv, xlsx, parquet."),
                   out: Path = typer.Option(..., "--out", help="File (or folder, for csv without .csv)."),
                   database: Optional[str] = typer.Option(None, "--database", help=DATABASE_HELP)) -> None:
    """Write the store as JSON Lines (lossless), CSV, XLSX or Parquet."""
    from ..analysis.exports import export
    with opened(database) as store:
        summary = export(store, fmt, out)
    rows = ", ".join(f"{name} {count}" for name, count in summary["rows"].items())
    err.print(f"wrote {summary['path']} ({rows})", markup=False, highlight=False)


def import_command(file: Path = typer.Argument(..., help="A JSON Lines file written by `export --format jsonl`."),
                   database: Optional[str] = typer.Option(None, "--database", help=DATABASE_HELP)) -> None:
    """Load an export into the store; importing the same file again changes nothing."""
    from ..analysis.exports import read_jsonl
    if not file.is_file():
        fail("no_such_file", f"no such file: {file}")
    with opened(database, upgrade=True) as store:
        counts = store.import_records(read_jsonl(file))
    print_json(counts)


def upgrade_command(database: Optional[str] = typer.Option(None, "--database", help=DATABASE_HELP)) -> None:
    """Create or migrate the tables to the newest schema."""
    with opened(database, upgrade=True) as store:
        revision = store.revision()
    err.print(f"{store.url} is at schema revision {revision}", markup=False, highlight=False)

