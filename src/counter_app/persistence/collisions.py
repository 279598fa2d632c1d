"""The last line of issue 13 §5: a database refusal no repository turned into a specific
DomainError is translated here, naming the table (and column) that collided. Repositories
that can name the winner (AlreadyInStock, ReceiptAlreadyEntered, DuplicateJobNumber …) do so
before this is reached."""

from __future__ import annotations

import re

from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, OperationalError

from counter_app.domain.errors import Collision, DomainError, FieldInvalid

# SQLite: "UNIQUE constraint failed: receipt.waybill_no"
_SQLITE_UNIQUE = re.compile(r"constraint failed: (\w+)\.(\w+)")
# PostgreSQL: 40001 serialization failure, 40P01 deadlock, 55P03 lock not available
_RETRY_CODES = {"40001", "40P01", "55P03"}


def _pg_diag(exc: DBAPIError) -> tuple[str, str, str]:
    """(sqlstate, table, column or constraint) from psycopg's diagnostics, or empty strings."""
    orig = exc.orig
    sqlstate = str(getattr(orig, "sqlstate", "") or "")
    diag = getattr(orig, "diag", None)
    table = str(getattr(diag, "table_name", "") or "") if diag is not None else ""
    column = str(getattr(diag, "column_name", "") or "") if diag is not None else ""
    constraint = str(getattr(diag, "constraint_name", "") or "") if diag is not None else ""
    return sqlstate, table, column or constraint


def translate_db_error(exc: DBAPIError) -> DomainError | None:
    """The DomainError for a refused write; None for errors that are not a clerk's to see
    (a lost connection stays an unexpected error, logged)."""
    sqlstate, table, detail = _pg_diag(exc)
    if isinstance(exc, IntegrityError):
        if not table and (found := _SQLITE_UNIQUE.search(str(exc.orig))):
            table, detail = found.group(1), found.group(2)
        return Collision(entity=table, detail=detail)
    if isinstance(exc, DataError):
        # too long for its column, a NUL byte … (the service edge should have refused it)
        return FieldInvalid(detail or "text", "unstorable")
    if isinstance(exc, OperationalError) and (
        sqlstate in _RETRY_CODES or "database is locked" in str(exc.orig)
    ):
        return Collision(entity=table, detail="retry")
    return None
