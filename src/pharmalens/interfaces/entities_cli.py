"""`pharmalens entities review|merge|split|reject`: the decisions that two names are one company
or asset, automatic ones from ingest and a person's, with the audit trail.

`register(app)` adds the `entities` sub-app. Failures print one line to stderr and exit with 2."""
from __future__ import annotations

import sys
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.table import Table

from .cli_support import emit_json, guard, open_store

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
Database = Annotated[Optional[str], typer.Option("--database", help="Database URL (default: settings).")]
Kind = Annotated[str, typer.Option("--kind", help="company or asset.")]
Note = Annotated[str, typer.Option("--note", help="Why: kept in the audit trail.")]
Canonical = Annotated[str, typer.Argument(help="The name kept.")]
Member = Annotated[str, typer.Argument(help="The other name.")]
COLUMNS = ("id", "kind", "action", "canonical", "member", "score", "source", "reason", "note")


def register(app: typer.Typer) -> None:
    entities = typer.Typer(add_completion=False, no_args_is_help=True,
                           help="Companies and assets known by several names: review, merge, split.")
    entities.command("review")(guard(review_command))
    entities.command("merge")(guard(merge_command))
    entities.command("split")(guard(split_command))
    entities.command("reject")(guard(reject_command))
    app.add_typer(entities, name="entities")


def review_command(kind: Annotated[Optional[str], typer.Option("--kind", help="company or asset.")] = None,
                   trail: Annotated[bool, typer.Option("--all", help="The whole audit trail.")] = False,
                   database: Database = None, as_json: JsonFlag = False) -> None:
    """Proposed merges waiting for a person (or, with --all, every decision ever made)."""
    with open_store(database) as store:
        rows = store.entity_decisions(kind) if trail else store.entity_proposals(kind)
    show(rows, "Entity decisions" if trail else "Proposed merges", as_json)


def merge_command(canonical: Canonical, member: Member, kind: Kind = "company", note: Note = "",
                  database: Database = None, as_json: JsonFlag = False) -> None:
    """Merge MEMBER into CANONICAL: its names become aliases and its facts name CANONICAL."""
    decide("merge", kind, canonical, member, note, database, as_json)


def split_command(canonical: Canonical, member: Member, kind: Kind = "company", note: Note = "",
                  database: Database = None, as_json: JsonFlag = False) -> None:
    """Undo a merge: MEMBER is its own again, and facts from documents that name it go back to it."""
    decide("split", kind, canonical, member, note, database, as_json)


def reject_command(canonical: Canonical, member: Member, kind: Kind = "company", note: Note = "",
                   database: Database = None, as_json: JsonFlag = False) -> None:
    """Turn a proposal down: the two names are never merged automatically."""
    decide("reject", kind, canonical, member, note, database, as_json)


def decide(action: str, kind: str, canonical: str, member: str, note: str, database: str | None,
           as_json: bool) -> None:
    with open_store(database) as store:
        row = store.decide_entities(kind, action, canonical, member, note)
    show([row], "Recorded", as_json)


def show(rows: list[dict[str, Any]], title: str, as_json: bool) -> None:
    if as_json:
        emit_json(rows)
        return
    table = Table(title=f"{title} ({len(rows)})")
    for column in COLUMNS:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(str(row.get(c, "")) for c in COLUMNS))
    Console(width=None if sys.stdout.isatty() else 160).print(table)
