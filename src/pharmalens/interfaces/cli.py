"""The `pharmalens` command line."""
from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer
from rich.console import Console
from rich.table import Table

from .cli_support import guard, settings_for

if TYPE_CHECKING:  # every stage (store, extraction, Dask) is imported by the commands that run it
    from .. import pipeline

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Cited facts from biopharma business-development news (Chinese and English).")
console = Console(width=None if sys.stdout.isatty() else 140)
err = Console(stderr=True)


@app.command()
def ingest(paths: list[str] = typer.Argument(..., help="Files, folders (.txt .md .html .htm .pdf .docx) or http(s) URLs."),
           database: Optional[str] = typer.Option(None, "--database", help="Database URL (default: settings)."),
           ocr: bool = typer.Option(False, "--ocr", help="Read scanned PDFs with tesseract (off by default)."),
           workers: Optional[int] = typer.Option(None, "--workers", min=1,
                                                 help="Extraction processes (default: all cores)."),
           dask: Optional[str] = typer.Option(None, "--dask", metavar="ADDRESS",
                                              help="Extract on Dask: a scheduler (tcp://HOST:8786) or 'local'.")) -> None:
    """Read news files, filings and web pages into the store: one transaction per article; re-ingesting changes nothing."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .. import pipeline
    from ..store import Store, StoreError
    settings = settings_for(database)
    settings = replace(settings, workers=workers or settings.workers, dask=dask or settings.dask,
                       ocr=ocr or settings.ocr)
    try:
        store = Store(settings.database_url)
        store.upgrade()
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2)
    try:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, transient=True) as progress:
            task = progress.add_task("ingesting", total=None)
            summary = pipeline.run(paths, store, settings,
                                   on_file=lambda name: progress.update(task, advance=1, description=_short(name)))
    except (StoreError, OSError) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2)
    finally:
        store.close()
    _print_summary(summary)
    if summary.skipped:
        raise typer.Exit(1)


def _short(name: str) -> str:
    from ..sources.files import is_url
    return name if is_url(name) else Path(name).name


def _print_summary(summary: pipeline.RunReport) -> None:
    table = Table(title="Ingest summary")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("files", str(summary.files))
    table.add_row("articles", str(summary.articles))
    table.add_row("articles stored", str(summary.stored))
    table.add_row("articles unchanged", str(summary.unchanged))
    table.add_row("duplicates", str(summary.duplicates))
    for kind, count in sorted(summary.facts.items()):
        table.add_row(f"facts: {kind}", str(count))
    table.add_row("skipped", str(len(summary.skipped)))
    table.add_row("read by hand (relevant, no facts)", str(len(summary.read_by_hand)))
    console.print(table)
    _print_read_by_hand([(d.label, d.title) for d in summary.read_by_hand])
    for item in summary.skipped:
        console.print(f"skipped {item.item}: {item.code}: {item.reason}", markup=False, highlight=False, soft_wrap=True)


@app.command()
@guard
def extract(paths: list[str] = typer.Argument(..., help="Files, folders or URLs, read as one batch."),
            as_json: bool = typer.Option(False, "--json", help="Print the facts contract as JSON."),
            ocr: bool = typer.Option(False, "--ocr", help="Read scanned PDFs with tesseract (off by default)."),
            workers: int = typer.Option(1, "--workers", min=1, help="Extraction processes.")) -> None:
    """Extract facts without storing them (CONTRACT.md)."""
    from .. import pipeline
    from ..model.contract import extraction_to_json
    settings = settings_for()
    result = pipeline.extract(paths, replace(settings, workers=workers, dask=None, ocr=ocr or settings.ocr))
    for item in result.skipped:
        err.print(f"[yellow]skipped[/yellow] {item.item}: {item.code}: {item.reason}")
    payload = extraction_to_json(result)
    if as_json:
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1, allow_nan=False) + "\n")
    else:
        _print_extracted(payload)
    if result.skipped:
        raise typer.Exit(1)


_FACT_LISTS = ("deals", "assets", "clinical", "regulatory", "financials", "terminations", "financings", "facilities")


def _print_extracted(payload: dict) -> None:
    """Facts per document (one column per record list) and the biopharma articles that gave none."""
    table = Table(title="Extracted facts per document")
    table.add_column("document")
    table.add_column("relevant")
    for key in _FACT_LISTS:
        table.add_column(key, justify="right")
    for doc in payload["documents"]:
        table.add_row(doc["id"], "yes" if doc["relevant"] else "no", *(str(doc["facts"].get(k, 0)) for k in _FACT_LISTS))
    table.add_row("all", "", *(str(len(payload[k])) for k in _FACT_LISTS))
    console.print(table)
    titles = {d["id"]: d["title"] for d in payload["documents"]}
    _print_read_by_hand([(doc_id, titles.get(doc_id, "")) for doc_id in payload["read_by_hand"]])


def _print_read_by_hand(documents: list[tuple[str, str]]) -> None:
    if not documents:
        return
    table = Table(title="Read by hand: biopharma articles that gave no facts")
    table.add_column("document")
    table.add_column("title")
    for label, title in documents:
        table.add_row(label, title)
    console.print(table)


@app.command("eval")
def eval_command(gold: Path = typer.Option(..., "--gold", help="Folder of gold JSON files."),
                 sources: Path = typer.Option(..., "--sources", help="Folder of the source texts."),
                 scorer: Optional[Path] = typer.Option(None, "--scorer", help="Path of score_facts.py."),
                 as_json: bool = typer.Option(False, "--json")) -> None:
    """Score extraction against gold files: per-type precision, recall and F1, and every miss."""
    from .evaluation import evaluate, load_scorer
    try:
        module = load_scorer(scorer)
    except FileNotFoundError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2)
    result = evaluate(gold, sources, module, replace(settings_for(), workers=1, dask=None))
    if as_json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=1, default=str) + "\n")
        return
    for name, report in result["files"].items():
        for miss in report["missed"]:
            console.print(f"[yellow]missed[/yellow] {name}: {miss}", markup=False, highlight=False)
        for extra in report["spurious"]:
            console.print(f"extra  {name}: {extra}", markup=False, highlight=False)
    table = Table(title="Extraction against gold")
    for column in ("type", "P", "R", "F1", "right", "gold", "predicted"):
        table.add_column(column, justify="right")
    for kind, v in result["per_type"].items():
        p, r, f = module.prf(v["tp"], v["gold"], v["pred"])
        table.add_row(kind, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", str(v["tp"]), str(v["gold"]), str(v["pred"]))
    console.print(table)
    for lang, v in result["languages"].items():
        console.print(f"records in {lang:8s} P={v['P']:.3f} R={v['R']:.3f} F1={v['F1']:.3f} ({v['files']} files)")
    rec = result["records"]
    console.print(f"records (documents left out): P={rec['P']:.3f} R={rec['R']:.3f} F1={rec['F1']:.3f}")
    console.print(f"overall: P={result['P']:.3f} R={result['R']:.3f} F1={result['F1']:.3f} "
                  f"grounded={result['grounded']:.3f} company_recall={result['company_recall']:.3f}")


def _register_commands() -> None:
    from .analysis_cli import register as register_analysis
    from .decision_cli import register as register_decision
    from .entities_cli import register as register_entities
    from .feeds_cli import register as register_feeds
    from .knowledge_cli import register as register_knowledge
    from .mcp_cli import register as register_mcp
    from .serve_cli import register as register_serve
    from .show_cli import register as register_show
    from .store_cli import register as register_store
    register_decision(app)
    register_analysis(app)
    register_knowledge(app)
    register_store(app)
    register_serve(app)
    register_show(app)
    register_feeds(app)
    register_mcp(app)
    register_entities(app)


_register_commands()


def _utf8_output() -> None:
    """Output written to a pipe or a file is data (JSON, CSV) and UTF-8 whatever the locale says: a
    process started with an ASCII or Latin-1 stdout would otherwise fail on the first Chinese name."""
    for stream in (sys.stdout, sys.stderr):
        if not stream.isatty() and (stream.encoding or "").lower().replace("-", "") != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


def main() -> None:
    _utf8_output()
    try:
        settings_for()
    except typer.Exit as stop:
        sys.exit(stop.exit_code)
    app()
