"""Knowledge base commands: deals and assets merged across documents, with sources and conflicts.

`register(app)` adds a `kb` sub-app with `deals` and `assets`. Failures print one line to stderr and
exit with 2.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Callable, Optional, Union

import typer
from rich.console import Console
from rich.table import Table

from .cli_support import emit_json, guard, open_store, table_cell

if TYPE_CHECKING:  # the analysis and the store are imported by the command that runs
    from pharmalens.model.knowledge import AssetEntity, DealEntity
    from pharmalens.store import Store

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]
Database = Annotated[Optional[str], typer.Option("--database", help="Database URL (default: settings).")]
CONFLICT = "⚠"
HEADERS = {"deal_type": "type", "sources": "src", "conflicts": CONFLICT, "name": "asset"}


def register(app: typer.Typer) -> None:
    kb = typer.Typer(add_completion=False, no_args_is_help=True,
                     help="Knowledge base: facts merged across documents, with sources and conflicts.")
    kb.command("deals")(guard(deals_command))
    kb.command("assets")(guard(assets_command))
    app.add_typer(kb, name="kb")


Merged = Union["AssetEntity", "DealEntity"]


def _load(database: str | None, loader: Callable[[Store], list[Merged]]) -> list[Merged]:
    with open_store(database) as store:
        return loader(store)


def deals_command(database: Database = None,
                  conflicts_only: Annotated[bool, typer.Option("--conflicts-only",
                                                               help="Only deals whose sources disagree.")] = False,
                  as_json: JsonFlag = False) -> None:
    """One row per real deal: chosen values, how many sources, and which fields conflict."""
    from pharmalens.analysis.knowledge import merged_deals
    deals = _load(database, lambda store: merged_deals(store, conflicts_only))
    if as_json:
        emit_json([d.to_json() for d in deals])
        return
    columns = ("licensor", "licensee", "asset", "deal_type", "upfront", "total", "announced")
    _print(f"Deals ({len(deals)})", deals, columns)


def assets_command(database: Database = None, as_json: JsonFlag = False) -> None:
    """One row per asset: chosen values, stage, how many sources, and which fields conflict."""
    from pharmalens.analysis.knowledge import merged_assets
    assets = _load(database, merged_assets)
    if as_json:
        emit_json([a.to_json() for a in assets])
        return
    columns = ("name", "company", "modality", "target", "nuclide", "stage")
    _print(f"Assets ({len(assets)})", assets, columns)


def _print(title: str, items: list[Merged], columns: tuple[str, ...]) -> None:
    table = Table(title=title)
    for column in (*columns, "sources", "conflicts"):
        table.add_column(HEADERS.get(column, column), overflow="fold")
    for item in items:
        cells = [table_cell(_plain(getattr(item, c))) + (f" {CONFLICT}" if c in item.conflicts else "")
                 for c in columns]
        marker = ", ".join(item.conflicts)
        table.add_row(*cells, str(len(item.sources)), marker)
    Console().print(table)
    if any(item.conflicts for item in items):
        Console().print(f"{CONFLICT} fields whose sources disagree; the chosen value is shown (--json lists all)")


def _plain(value: object) -> object:
    from pharmalens.model.contract import money_to_json
    from pharmalens.model.records import Money
    if isinstance(value, Money):
        return money_to_json(value)
    return list(value) if isinstance(value, tuple) else value
