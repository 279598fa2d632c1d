"""The n-gram search index of warehouse stays (issue 18 §1; migration 0008).

SQLite: ``wh_stay_search``, a contentless FTS5 table (trigram tokenizer) over the waybill
number, the recipient and ``grams`` (the recipient's bigrams between spaces), kept by triggers.
PostgreSQL: pg_trgm GIN indexes on ``waybill_no``, ``recipient`` and ``wh_name_grams(recipient)``.
A trigram index needs three characters, so a two-character name "张伟" is looked up as
"% 张伟 %" in the bigrams; a one-character name falls back to a scan of the recent stays.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func, literal_column, select, text
from sqlalchemy.orm import Session

from counter_app.persistence.tables import StayRow

SQLITE_TABLE = "wh_stay_search"
PG_FUNCTION = "wh_name_grams"
# What the models do not declare but the migration creates: autogenerate must leave it alone.
_OBJECTS = {"ix_wh_stay_waybill_trgm", "ix_wh_stay_recipient_trgm", "ix_wh_stay_name_grams"}


def is_search_object(name: str | None) -> bool:
    """Whether a database object belongs to the search index (FTS5 and its shadow tables)."""
    return bool(name) and (str(name).startswith(SQLITE_TABLE) or name in _OBJECTS)


def include_object(obj: Any, name: str | None, type_: str, reflected: bool,
                   compare_to: Any) -> bool:
    """Alembic ``include_object`` hook: skip the search index's own objects."""
    return not (reflected and compare_to is None and is_search_object(name))


def _like(fragment: str) -> str:
    """A LIKE pattern for ``fragment`` (%, _ and \\ escaped with \\)."""
    escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _usable(fragment: str) -> bool:
    """A trigram index answers substrings of three characters or more."""
    return len(fragment) >= 3


def matching_ids(session: Session, column: str, fragment: str) -> ColumnElement[bool] | None:
    """A condition on ``StayRow.id`` that uses the index, or None to scan instead.

    Args:
        session: for the dialect.
        column: ``"waybill_no"`` or ``"recipient"``.
        fragment: what the clerk typed (a part of a number or of a name).
    """
    dialect = session.get_bind().dialect.name
    two = column == "recipient" and len(fragment) == 2
    if not (_usable(fragment) or two):
        return None
    if two:
        column, fragment = "grams", f" {fragment} "
    if dialect == "sqlite":
        # A contentless FTS5 table keeps no values to test a LIKE against: a phrase query of
        # the fragment is its substring test (consecutive trigrams), answered by the index.
        phrase = '"' + fragment.replace('"', '""') + '"'
        sub = text(f"SELECT rowid FROM {SQLITE_TABLE} WHERE {column} MATCH :phrase") \
            .bindparams(phrase=phrase).columns(literal_column("rowid"))
        return StayRow.id.in_(select(sub.subquery().c.rowid))
    pattern = _like(fragment)
    target: Any = (getattr(func, PG_FUNCTION)(StayRow.recipient) if column == "grams"
                   else getattr(StayRow, column))
    condition: ColumnElement[bool] = target.like(pattern, escape="\\")
    return condition
