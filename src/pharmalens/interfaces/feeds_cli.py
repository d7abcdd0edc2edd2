"""`pharmalens feeds add|list|run`: follow RSS/Atom feeds and ingest the pages of their new entries.
`register(app)` adds the command group."""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from ..analysis.durations import parse_hours
from ..model.errors import InvalidInput
from ..settings import get_settings
from .cli_support import emit_json, guard, open_store

if TYPE_CHECKING:  # feed runs pull in the whole pipeline: imported when feeds are run
    from .feed_runs import FeedOutcome

FeedsFile = Annotated[Optional[Path], typer.Option("--file", help="Feeds file (default: ~/.pharmalens/feeds.json).")]
Database = Annotated[Optional[str], typer.Option("--database", help="Database URL (default: settings).")]


def register(app: typer.Typer) -> None:
    feeds = typer.Typer(add_completion=False, no_args_is_help=True, help="RSS/Atom feeds: follow them, ingest new entries.")
    feeds.command("add")(guard(feeds_add))
    feeds.command("list")(guard(feeds_list))
    feeds.command("run")(guard(feeds_run))
    app.add_typer(feeds, name="feeds")


def feeds_add(url: Annotated[str, typer.Argument(help="The feed's http(s) URL.")],
              name: Annotated[Optional[str], typer.Option("--name", help="A short name for the feed.")] = None,
              file: FeedsFile = None) -> None:
    """Follow a feed (adding it again renames it and keeps what was already taken)."""
    from ..sources.feed_registry import FeedRegistry
    from ..sources.files import is_url
    if not is_url(url):
        raise InvalidInput(f"{url!r} is not an http(s) URL")
    state = FeedRegistry(file).add(url, name)
    typer.echo(f"following {state.name}: {state.url}")


def feeds_list(file: FeedsFile = None,
               as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """The feeds followed, with the last run's status and how many entries were taken."""
    from ..sources.feed_registry import FeedRegistry
    feeds = FeedRegistry(file).feeds.values()
    rows = [{"name": f.name, "url": f.url, "last_run": f.last_run, "last_status": f.last_status, "taken": len(f.seen)}
            for f in feeds]
    if as_json:
        emit_json(rows)
        return
    if not rows:
        typer.echo("no feeds yet: add one with `feeds add URL --name NAME`")
        return
    table = Table(title=f"feeds ({len(rows)})")
    for column in ("name", "url", "last_run", "last_status", "taken"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(str(row[c] or "") for c in ("name", "url", "last_run", "last_status", "taken")))
    Console().print(table)


def feeds_run(file: FeedsFile = None, database: Database = None,
              every: Annotated[Optional[str], typer.Option("--every", help="Run again after this long, e.g. 30m, 2h.")] = None,
              times: Annotated[Optional[int], typer.Option("--times", min=1, help="With --every: stop after N runs.")] = None,
              ) -> None:
    """Poll every feed, ingest new entries' pages; a failing feed is reported and the others go on."""
    pause = parse_hours(every) * 3600 if every else None
    if pause is not None and pause < 60:
        raise InvalidInput("--every must be at least 1 minute, to be polite to the feeds")
    runs = 0
    failed = False
    while True:
        failed = _run_once(file, database) or failed
        runs += 1
        if pause is None or (times is not None and runs >= times):
            break
        time.sleep(pause)
    if failed:
        raise typer.Exit(1)


def _run_once(file: Optional[Path], database: Optional[str]) -> bool:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..sources.feed_registry import FeedRegistry
    from .feed_runs import run_feeds
    registry = FeedRegistry(file)
    if not registry.feeds:
        typer.echo("no feeds yet: add one with `feeds add URL --name NAME`")
        return False
    err = Console(stderr=True)

    with open_store(database) as store, Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=err, transient=True) as progress:
        task = progress.add_task("feeds", total=None)

        def on_feed(state, count: int) -> None:
            progress.update(task, description=state.name, total=count, completed=0)

        outcomes = run_feeds(store, registry, get_settings(), on_feed=on_feed,
                             on_entry=lambda url: progress.update(task, advance=1))
    _print(outcomes)
    return any(o.status not in ("ok", "not_modified") for o in outcomes)


def _print(outcomes: list[FeedOutcome]) -> None:
    console = Console(width=None if sys.stdout.isatty() else 140)
    table = Table(title="Feeds run")
    for column in ("feed", "status", "entries", "new", "stored", "duplicates", "unchanged", "skipped"):
        table.add_column(column, justify="left" if column in ("feed", "status") else "right", overflow="fold")
    for o in outcomes:
        s = o.summary
        table.add_row(o.name, o.status, str(o.entries), str(o.new), str(s.stored), str(s.duplicates),
                      str(s.unchanged), str(len(s.skipped)))
    console.print(table)
    for o in outcomes:
        if o.status not in ("ok", "not_modified"):
            console.print(f"feed {o.name} ({o.url}) failed: {o.status}: {o.reason}", markup=False, highlight=False)
        for item in o.summary.skipped:
            console.print(f"skipped {item.item}: {item.code}: {item.reason}", markup=False, highlight=False)
