"""Pieces every command module shares: error handling, opening the store, JSON output."""
from __future__ import annotations

import functools
import json
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Callable, Iterator

import typer

from ..model.errors import PharmalensError
from ..model.disk_cache import use_directory
from ..settings import Settings, SettingsError, get_settings
from .errors import exit_status

if TYPE_CHECKING:  # the store (SQLAlchemy) is imported by the commands that open it, not at start-up
    from ..store import Store

EXIT_ERROR = 2


def guard(command: Callable[..., None]) -> Callable[..., None]:
    """An expected failure (a PharmalensError, or the system refusing a file or a connection) prints one
    line to stderr and exits with its code's status, without a traceback; anything else is a bug and
    keeps its traceback."""
    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        try:
            command(*args, **kwargs)
        except PharmalensError as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(exit_status(error.code)) from None
        except OSError as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(EXIT_ERROR) from None
    return run


def settings_for(database: str | None = None) -> Settings:
    """The one Settings object of this command: the environment's, with the command's options."""
    try:
        settings = get_settings()
    except SettingsError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_ERROR) from None
    use_directory(settings.cache_dir)
    return replace(settings, database_url=database) if database else settings


def database_url(database: str | None) -> str:
    return settings_for(database).database_url


@contextmanager
def open_store(database: str | None) -> Iterator[Store]:
    from ..store import Store
    store = Store(database_url(database))
    try:
        store.upgrade()
        yield store
    finally:
        store.close()


def emit_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def table_cell(value: Any, date: str | None = None) -> str:
    """A fact value as one table cell: money as an analyst reads it (analysis.money), lists joined."""
    if isinstance(value, dict) and "currency" in value:
        from ..analysis.money import format_money
        return format_money(value, "en", date)
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
