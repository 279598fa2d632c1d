"""Statements every repository uses: INSERT … ON CONFLICT DO NOTHING, a guarded UPDATE,
a SAVEPOINT inside the unit of work's transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key


def insert_ignoring(session: Session, row: type[Any], keys: list[str],
                    where: Any = None) -> Any:
    """``INSERT … ON CONFLICT (keys) DO NOTHING`` in the session's dialect (SQLite ≥ 3.24 and
    PostgreSQL both have it): a lost race is a row not returned, not an IntegrityError that
    would spoil the transaction."""
    if session.get_bind().dialect.name == "postgresql":
        return pg_insert(row).on_conflict_do_nothing(index_elements=keys, index_where=where)
    return sqlite_insert(row).on_conflict_do_nothing(index_elements=keys, index_where=where)


def conditional_update(session: Session, row: type[Any], key: object, statement: Any) -> bool:
    """Run a guarded UPDATE; True if it changed the row. A copy of the row loaded in this
    session is expired so the next read shows what the database now holds, won or lost."""
    result = session.execute(statement.execution_options(synchronize_session=False))
    loaded = session.identity_map.get(identity_key(row, key))
    if loaded is not None:
        session.expire(loaded)
    return int(getattr(result, "rowcount", 0) or 0) == 1


@contextmanager
def savepoint(session: Session) -> Iterator[None]:
    """A SAVEPOINT inside the unit of work's transaction, so a failed insert (a unique index
    hit) leaves the transaction usable. pysqlite opens its transaction only before
    INSERT/UPDATE/DELETE, so a SAVEPOINT issued first would start (and its RELEASE commit) the
    transaction itself: open the transaction explicitly first."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        dbapi = conn.connection.dbapi_connection
        if dbapi is not None and not getattr(dbapi, "in_transaction", True):
            conn.exec_driver_sql("BEGIN")
    with session.begin_nested():
        yield
