"""Opening a store: where it is, creating or upgrading its tables, and connection settings.

``resolve_url`` turns what a user gives (``--db``, ``MARSAD_DB``, nothing) into a SQLAlchemy URL:
a path becomes an embedded SQLite database; ``postgresql+psycopg://...`` is used as given.
``open_store`` connects and brings the schema to the newest migration, so a user never runs
migrations by hand.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from marsad.errors import StoreError

DEFAULT_DB = "marsad.db"
ENV_VAR = "MARSAD_DB"


def resolve_url(db: str | None = None) -> str:
    """``db`` if given, else ``$MARSAD_DB``, else ``./marsad.db``; a plain path means SQLite."""
    value = db or os.environ.get(ENV_VAR) or DEFAULT_DB
    if "://" in value:
        if value.startswith("postgresql://"):  # the driver marsad supports, without making users spell it
            value = "postgresql+psycopg://" + value[len("postgresql://"):]
        return value
    return f"sqlite:///{Path(value).expanduser()}"


def _sqlite_settings(dbapi_conn: Any, _record: Any) -> None:
    """WAL lets readers (the web app, a query) run during an ingest; NORMAL sync is safe under WAL
    (a crash loses at most the last commit, never consistency); foreign keys are off by default in SQLite."""
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def make_engine(url: str) -> Engine:
    try:
        if url.startswith("sqlite"):
            path = url.removeprefix("sqlite:///")
            if path and path != ":memory:":
                parent = Path(path).parent
                if not parent.is_dir():
                    raise StoreError(f"cannot create the database {path}: folder {parent} does not exist",
                                     code="db_path")
            engine = create_engine(url)
            event.listen(engine, "connect", _sqlite_settings)
            return engine
        return create_engine(url, pool_pre_ping=True)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL or path: {url!r} ({exc})", code="db_url") from exc
    except ModuleNotFoundError as exc:  # psycopg is an optional extra
        raise StoreError(f"{url.split(':', 1)[0]} needs a driver that is not installed ({exc.name}); "
                         "for PostgreSQL: pip install 'marsad[postgres]'", code="db_driver") from exc


def upgrade(engine: Engine) -> None:
    """Create the tables or bring them to the newest migration (Alembic, run in-process)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("marsad.store") / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def open_engine(db: str | None = None, *, migrate: bool = True) -> Engine:
    """Connect to the store named by ``db`` (see ``resolve_url``) with its schema up to date."""
    url = resolve_url(db)
    engine = make_engine(url)
    try:
        if migrate:
            upgrade(engine)
        elif not inspect(engine).has_table("documents"):
            raise StoreError(f"{engine.url.render_as_string(hide_password=True)} has no marsad tables yet; "
                             "run marsad ingest first", code="db_empty")
    except OperationalError as exc:
        raise StoreError(f"cannot open the database {engine.url.render_as_string(hide_password=True)}: "
                         f"{exc.orig}", code="db_open") from exc
    except SQLAlchemyError as exc:
        raise StoreError(f"database error on {engine.url.render_as_string(hide_password=True)}: {exc}",
                         code="db_error") from exc
    return engine
