"""Store fixtures: every store test runs against SQLite and against PostgreSQL.

PostgreSQL tests need a server: ``MARSAD_TEST_PG`` names a database URL whose user may create databases
(``.ci/run`` installs Debian's PostgreSQL, starts it and sets it). Each test gets a fresh database,
dropped afterwards. Without the variable the PostgreSQL half is skipped, unless ``MARSAD_REQUIRE_PG=1``
(set in CI), where a missing server is a failure, not a skip.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

PG_ENV = "MARSAD_TEST_PG"


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("MARSAD_REQUIRE_PG") == "1":
            pytest.fail(f"{PG_ENV} is not set but MARSAD_REQUIRE_PG=1: the PostgreSQL tests must run")
        pytest.skip(f"{PG_ENV} is not set: no PostgreSQL server to test against (.ci/run starts one)")
    return url


def _fresh_pg(admin_url: str) -> Iterator[str]:
    name = f"marsad_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        _drop(admin, name)
        admin.dispose()


def _drop(admin: Engine, name: str, attempts: int = 20) -> None:
    """Drop a test database. Without superuser rights, one an autovacuum worker is in cannot be forced
    (PostgreSQL 15): the worker ends within seconds, so try again for a while."""
    for attempt in range(attempts):
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except ProgrammingError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.5)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """A new, empty database: a SQLite file, or a PostgreSQL database created for this test."""
    if request.param == "sqlite":
        yield str(tmp_path / "marsad.db")
    else:
        yield from _fresh_pg(request.getfixturevalue("pg_admin_url"))


@pytest.fixture
def second_db_url(request: pytest.FixtureRequest, db_url: str, tmp_path) -> Iterator[str]:
    """Another empty database of the same kind as ``db_url`` (to compare two runs)."""
    if "://" not in db_url:
        yield str(tmp_path / "other.db")
    else:
        yield from _fresh_pg(request.getfixturevalue("pg_admin_url"))
