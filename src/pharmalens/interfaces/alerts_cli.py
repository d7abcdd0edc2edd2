"""`watch run --deliver ...`: send each watchlist's new facts to webhooks, mailboxes or Atom files and
report every delivery; exit status 1 when one failed (its facts stay unsent for the next run)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from ..analysis import watchlists
from ..settings import get_settings
from .alerts import Delivery, deliver, parse_target
from .cli_support import emit_json, open_store


def deliver_alerts(name: Optional[str], file: Optional[Path], database: Optional[str], targets: list[str],
                   as_json: bool) -> None:
    parsed = [parse_target(t) for t in targets]
    settings = get_settings()
    done: list[Delivery] = []
    with open_store(database) as store:
        for target in parsed:
            results = watchlists.pending(store, name, file, channel=target.channel)
            ids = {fact["document"] for result in results for fact in result.new}
            documents = {doc_id: s.to_json() for doc_id, s in store.document_summaries(ids).items()}
            done.extend(deliver(results, target, documents, settings, file))
    if as_json:
        emit_json([{"watchlist": d.watchlist, "target": d.target.channel, "sent": d.sent, "error": d.error}
                   for d in done])
    else:
        _print(done)
    if any(d.error for d in done):
        raise typer.Exit(1)


def _print(done: list[Delivery]) -> None:
    if not done:
        typer.echo("no watchlists yet: add one with `watch add NAME EXPRESSION`")
        return
    table = Table(title="Alerts delivered")
    for column in ("watchlist", "target", "sent", "error"):
        table.add_column(column, overflow="fold")
    for d in done:
        table.add_row(d.watchlist, d.target.channel, str(d.sent), d.error or "")
    Console(width=140).print(table)
