"""Alembic environment: marsad runs migrations itself (``marsad.store.db.upgrade``) on the connection it
opened, so there is no alembic.ini; ``render_as_batch`` lets column changes work on SQLite too."""

from __future__ import annotations

from alembic import context

from marsad.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
