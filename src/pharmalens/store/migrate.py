"""Alembic, configured in code from the migrations shipped inside the package.

To write a new migration against a scratch database:
    from alembic import command
    command.revision(alembic_config("sqlite:///scratch.db"), message="...", autogenerate=True)
"""
from __future__ import annotations

from importlib.resources import files
from typing import TYPE_CHECKING

from sqlalchemy.engine import URL, Engine, make_url

from ..model.errors import PharmalensError

if TYPE_CHECKING:  # Alembic is imported when a migration is looked at: a command starts without it
    from alembic.config import Config


class MigrationFailed(PharmalensError):
    """Alembic could not bring the database to the revision asked for (an unknown revision, say)."""

    code = "migration_failed"


def migrations_path() -> str:
    return str(files("pharmalens.store").joinpath("migrations"))


def alembic_config(url: str | URL | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", migrations_path())
    if url is not None:
        rendered = make_url(url).render_as_string(hide_password=False)
        config.set_main_option("sqlalchemy.url", rendered.replace("%", "%%"))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database to `revision`; a database already there is left as it is."""
    from alembic import command
    from alembic.util import CommandError

    config = alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    except CommandError as exc:
        raise MigrationFailed(str(exc)) from None


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()
