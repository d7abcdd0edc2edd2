"""Store-backed analysis commands: comparable deals, company dossiers, cited briefs and watchlists.

`register(app)` adds them to a Typer app. Failures print one line to stderr and exit with 2.
"""
from __future__ import annotations

import csv
import io
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .cli_support import emit_json, guard, open_store, table_cell

if TYPE_CHECKING:  # analysis (and the store under it) is imported by the command that runs
    from pharmalens.analysis.comps import CompsResult
    from pharmalens.analysis.dossier import Dossier, Item

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]
Database = Annotated[Optional[str], typer.Option("--database", help="Database URL (default: settings).")]
WatchFile = Annotated[Optional[Path], typer.Option("--file", help="Watchlist file (default: ~/.pharmalens/watchlists.json).")]
CSV_COLUMNS = ("id", "licensor", "licensee", "asset", "deal_type", "territory", "upfront_usd", "total_usd",
               "total_derived", "announced", "document", "licensor_country", "modality", "target", "nuclide", "stage")


def register(app: typer.Typer) -> None:
    app.command("comps")(guard(comps_command))
    app.command("dossier")(guard(dossier_command))
    app.command("brief")(guard(brief_command))
    watch = typer.Typer(add_completion=False, no_args_is_help=True, help="Watchlists: saved filters over new facts.")
    watch.command("add")(guard(watch_add))
    watch.command("run")(guard(watch_run))
    app.add_typer(watch, name="watch")


def _num(value: float | None, digits: int = 1) -> str:
    return "undisclosed" if value is None else f"{value:,.{digits}f}"


def comps_command(
    database: Database = None,
    modality: Annotated[Optional[str], typer.Option("--modality", help="e.g. rdc, adc.")] = None,
    target: Annotated[Optional[str], typer.Option("--target", help="e.g. PSMA.")] = None,
    nuclide: Annotated[Optional[str], typer.Option("--nuclide", help="e.g. Ac-225, 225Ac.")] = None,
    stage: Annotated[Optional[str], typer.Option("--stage", help="Stage of the asset at signing.")] = None,
    territory: Annotated[Optional[str], typer.Option("--territory", help="Substring of the territory.")] = None,
    licensor_country: Annotated[Optional[str], typer.Option("--licensor-country", help="ISO code, e.g. CN.")] = None,
    deal_type: Annotated[Optional[str], typer.Option("--deal-type", help="license, newco, option, ...")] = None,
    year_from: Annotated[Optional[int], typer.Option("--from-year", help="First year announced.")] = None,
    year_to: Annotated[Optional[int], typer.Option("--to-year", help="Last year announced.")] = None,
    as_json: JsonFlag = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print the matching deals as CSV.")] = False,
    limit: Annotated[int, typer.Option("--limit", min=1, max=10_000, help="Most deals to list.")] = 1000,
    offset: Annotated[int, typer.Option("--offset", min=0, help="Deals to skip first.")] = 0,
) -> None:
    """Comparable deals: quartiles of upfront and headline total in USD, undisclosed terms counted apart."""
    from pharmalens.analysis.comps import CompsFilter, comps
    filters = CompsFilter(modality, target, nuclide, stage, territory, licensor_country, deal_type, year_from, year_to)
    with open_store(database) as store:
        result = comps(store, filters, limit=limit, offset=offset)
    if as_json:
        emit_json(result.to_dict())
    elif as_csv:
        typer.echo(_csv(result), nl=False)
    else:
        _print_comps(result)


def _csv(result: CompsResult) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for deal in result.deals:
        row = asdict(deal)
        row["target"] = "; ".join(row["target"])
        writer.writerow({k: row[k] for k in CSV_COLUMNS})
    return out.getvalue()


def _print_comps(result: CompsResult) -> None:
    console = Console()
    table = Table(title=f"Comparable deals ({result.count})")
    for column in ("licensor", "licensee", "asset", "type", "upfront $M", "total $M", "announced", "document"):
        table.add_column(column)
    for d in result.deals:
        total = _num(d.total_usd) + (" *" if d.total_derived else "")
        table.add_row(d.licensor or "", d.licensee or "", d.asset or "", d.deal_type or "", _num(d.upfront_usd),
                      total, d.announced or "", d.document)
    console.print(table)
    stats = Table(title="USD millions", show_header=True)
    for column in ("metric", "disclosed", "Q1", "median", "Q3"):
        stats.add_column(column)
    for label, q, n in (("upfront", result.upfront, result.n_upfront_disclosed),
                        ("total", result.total, result.n_total_disclosed)):
        stats.add_row(label, f"{n} of {result.count}", *(_num(getattr(q, k, None)) for k in ("q1", "median", "q3")))
    share = result.upfront_share_median
    stats.add_row("upfront share", f"{result.n_upfront_share} of {result.count}", "",
                  "n/a" if share is None else f"{share:.1%}", "")
    console.print(stats)
    console.print("* total not stated: upfront + milestones")


def dossier_command(name: Annotated[str, typer.Argument(help="Company name or alias.")],
                    database: Database = None, as_json: JsonFlag = False,
                    limit: Annotated[int, typer.Option("--limit", min=1, max=10_000,
                                                       help="Most items per section.")] = 100,
                    offset: Annotated[int, typer.Option("--offset", min=0, help="Items to skip per section.")] = 0
                    ) -> None:
    """Everything the store knows about one company, with sources, a page per section."""
    from pharmalens.analysis.dossier import dossier
    with open_store(database) as store:
        result = dossier(store, name, limit=limit, offset=offset)
    if as_json:
        emit_json(result.to_dict())
        return
    _print_dossier(result)


ROLES = ("deals", "financings")  # sections where the company's side of each item is shown
GMP_COLUMNS = ("agency", "event", "scope", "finding", "date")


def section_columns() -> dict[str, tuple[str, ...]]:
    """The columns of each dossier section: the registry's, the company itself left out, a role first
    where the company can be on either side."""
    from pharmalens.analysis.dossier import Dossier
    from pharmalens.model.registry import RECORD_TYPES
    out: dict[str, tuple[str, ...]] = {}
    for rtype in RECORD_TYPES:
        columns = tuple(c for c in rtype.columns if c != "company" or rtype.list_name in ROLES)
        out[rtype.list_name] = ("role", *columns) if rtype.list_name in ROLES else columns
    out["gmp"] = GMP_COLUMNS
    return {section: out[section] for section in Dossier.SECTIONS if section in out}


def _print_dossier(result: Dossier) -> None:
    console = Console()
    if result.matched is not None and result.matched.how != "exact":
        console.print(result.matched.message(), markup=False, highlight=False)
    console.rule(f"[bold]{escape(result.name)}")
    if result.aliases:
        console.print("also: " + ", ".join(result.aliases))
    for section, columns in section_columns().items():
        items: list[Item] = getattr(result, section)
        if not items:
            continue
        table = Table(title=section)
        for column in (*columns, "source"):
            table.add_column(column)
        for item in items:
            source = item.sources[0] if item.sources else None
            cited = f"{source.document}: {source.quote[:80]}" if source else ""
            table.add_row(*(table_cell(item.fields.get(c)) for c in columns), cited)
        console.print(table)
        if section == "terminations":
            sunk = result.sunk_cost
            spent = ", ".join(f"{amount:,.3f} {currency}" for currency, amount in sunk.by_currency.items())
            usd = f"; USD {sunk.usd:,.3f} over {sunk.n_with_usd}" if sunk.usd is not None else ""
            console.print(f"sunk cost: {spent or 'undisclosed'}{usd}; undisclosed: {sunk.n_undisclosed}")



def brief_command(document: Annotated[Optional[str], typer.Option("--document", help="Document id or name (file.txt#1).")] = None,
                  query: Annotated[Optional[str], typer.Option("--query", help="Words the documents contain (either script).")] = None,
                  lines: Annotated[int, typer.Option("--lines", min=1, help="Most lines per section.")] = 40,
                  database: Database = None, as_json: JsonFlag = False) -> None:
    """A cited brief: deals with terms, assets and stages, results, events and figures, each line with its [n]."""
    from pharmalens.analysis.brief import brief
    with open_store(database) as store:
        result = brief(store, document_id=document, query=query, max_lines=lines)
    if as_json:
        emit_json(result.to_dict())
    else:
        typer.echo(result.text())


def watch_add(name: Annotated[str, typer.Argument(help="Watchlist name.")],
              expression: Annotated[str, typer.Argument(help="e.g. 'type=deal nuclide=Ac-225 stage>=phase1'.")],
              file: WatchFile = None) -> None:
    """Save a watchlist (replacing one of the same name)."""
    from pharmalens.analysis import watchlists
    watchlists.add(name, expression, file)
    typer.echo(f"watchlist {name!r}: {expression}")


def watch_run(name: Annotated[Optional[str], typer.Argument(help="Watchlist name (default: all).")] = None,
              file: WatchFile = None, database: Database = None, as_json: JsonFlag = False,
              deliver: Annotated[Optional[list[str]], typer.Option(
                  "--deliver", help="webhook=URL, email=ADDRESS or feed=PATH (repeatable): send new facts there.")] = None,
              ) -> None:
    """Facts matching each watchlist that were not reported by its previous run (or not yet delivered)."""
    from pharmalens.analysis import watchlists
    if deliver:
        from .alerts_cli import deliver_alerts
        deliver_alerts(name, file, database, deliver, as_json)
        return
    with open_store(database) as store:
        results = watchlists.run(store, name, file)
    if as_json:
        emit_json([r.to_dict() for r in results])
        return
    console = Console()
    if not results:
        typer.echo("no watchlists yet: add one with `watch add NAME EXPRESSION`")
    for result in results:
        table = Table(title=f"{result.name}: {result.expression} ({len(result.new)} new)")
        for column in ("type", "company", "asset", "document", "quote"):
            table.add_column(column)
        for fact in result.new:
            party = fact.get("company") or fact.get("licensor") or ""
            quote = (fact.get("evidence") or [{}])[0].get("quote", "")
            table.add_row(fact["type"], party, fact.get("asset") or "", fact["document"], quote[:80])
        console.print(table)
