"""Alembic environment: metadata from counter_app.persistence.tables, batch mode for SQLite."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, engine_from_config, pool

from counter_app.persistence.search_index import include_object
from counter_app.persistence.tables import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
        include_object=include_object,  # the search index is raw SQL (migration 0008)
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run with the connection handed over by counter_app (or one made from the ini URL)."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = engine_from_config(config.get_section(config.config_ini_section, {}),
                                prefix="sqlalchemy.", poolclass=pool.NullPool)
    with engine.connect() as conn:
        _run(conn)


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) mode is not used by counter_app")
run_migrations_online()
