"""Pieces of the lean write path (issue 13 §7, issue 18 §2): what a scan needs read in one
SELECT, and the audit row written by the same statement as the change on PostgreSQL.

PostgreSQL runs a whole scan-in or scan-out as one data-modifying WITH statement (the stay,
its event and its audit entry), so a use case is BEGIN, one read, one write, COMMIT: four
round trips. SQLite has no data-modifying WITH; it runs the same inserts one after the other
in the same transaction, which costs no round trip (the database is in the process).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    ScalarSelect,
    Select,
    exists,
    func,
    insert,
    literal,
    select,
    true,
)
from sqlalchemy.orm import Session

from counter_app.domain.errors import ActorRevoked
from counter_app.persistence.tables import AuditRow, StaffRow
from counter_app.services.audit_ports import AuditEntry


def is_pg(session: Session) -> bool:
    """Whether the session talks to PostgreSQL."""
    return session.get_bind().dialect.name == "postgresql"


def json_array(session: Session, *values: Any) -> Any:
    """A JSON array of ``values`` in the session's dialect."""
    return (func.json_build_array if is_pg(session) else func.json_array)(*values)


def json_rows(session: Session, query: Select[Any]) -> ScalarSelect[Any]:
    """A scalar subquery aggregating ``query``'s one column (a JSON array) into a JSON list."""
    sub = query.subquery()
    column = next(iter(sub.c))
    agg = func.json_agg(column) if is_pg(session) else func.json_group_array(func.json(column))
    return select(agg).select_from(sub).scalar_subquery()


def loads(value: Any) -> Any:
    """A JSON value as the driver returns it: psycopg parses JSON, SQLite returns text."""
    if value is None or not isinstance(value, (str, bytes)):
        return value
    return json.loads(value)


def as_datetime(value: Any) -> datetime | None:
    """A timestamp out of a JSON array (ISO text on both databases)."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def as_date(value: Any) -> date | None:
    """A date out of a JSON array."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


_COMPACT = (",", ":")  # JSON without spaces: a few bytes on every audit row (issue 21 §4)


def audit_values(entry: AuditEntry) -> dict[str, Any]:
    """The column values of an audit row."""
    return {
        "at": entry.at,
        "actor_id": entry.actor_id,
        "actor": entry.actor,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "action": entry.action,
        "before": json.dumps(entry.before, ensure_ascii=False, separators=_COMPACT)
        if entry.before is not None else None,
        "after": json.dumps(entry.after, ensure_ascii=False, separators=_COMPACT)
        if entry.after is not None else None,
    }


def audit_source(entry: AuditEntry, *, entity_id: ColumnElement[Any] | None = None,
                 source: Any = None) -> Select[Any]:
    """The SELECT an audit row is inserted from: only while the actor is still active with
    the role the caller believes (issue 13 §4), so the check costs no round trip.
    ``entity_id`` replaces the entry's own (the id of a row inserted by the same statement)
    and ``source`` is what it is selected from (that row's CTE)."""
    values = audit_values(entry)
    columns: list[Any] = []
    for key, value in values.items():
        if key == "entity_id" and entity_id is not None:
            columns.append(entity_id.label(key))
        else:
            columns.append(literal(value, AuditRow.__table__.c[key].type).label(key))
    query = select(*columns)
    if source is not None:
        query = query.select_from(source)
    if entry.actor_id is not None and entry.actor_role is not None:
        query = query.join_from(source, StaffRow, StaffRow.id == entry.actor_id) \
            if source is not None else query.select_from(StaffRow).where(
                StaffRow.id == entry.actor_id)
        query = query.where(StaffRow.active.is_(True), StaffRow.role == entry.actor_role)
    return query


def actor_ok(entry: AuditEntry) -> Any:
    """True while the entry's actor is active with the role the caller believes (issue 13
    §4); guards every write of a statement that runs without a transaction around it."""
    if entry.actor_id is None or entry.actor_role is None:
        return true()
    return exists().where(StaffRow.id == entry.actor_id, StaffRow.active.is_(True),
                          StaffRow.role == entry.actor_role)


def audit_insert(entry: AuditEntry, **kwargs: Any) -> Any:
    """INSERT INTO audit_log … SELECT (see ``audit_source``) RETURNING id."""
    return insert(AuditRow).from_select(list(audit_values(entry)),
                                        audit_source(entry, **kwargs)).returning(AuditRow.id)


def revoked(session: Session, entry: AuditEntry) -> ActorRevoked:
    """Why the audit row of ``entry`` was not written: the actor left or changed role."""
    row = session.get(StaffRow, entry.actor_id, populate_existing=True)
    reason = "inactive" if row is None or not row.active else "role"
    return ActorRevoked(entry.actor, reason)


def first_or_none(values: Sequence[Any]) -> Any:
    """The first element, or None."""
    return values[0] if values else None


_MISSING = object()


class Primed:
    """Values a context read fetched ahead for the repositories of one unit of work; each is
    served once, to the first read that asks, so a later read (after a write) goes to the
    database as before."""

    def __init__(self) -> None:
        """Empty."""
        self._values: dict[tuple[str, ...], Any] = {}

    def put(self, key: tuple[str, ...], value: Any) -> None:
        """Keep ``value`` for one read of ``key``."""
        self._values[key] = value

    def take(self, key: tuple[str, ...]) -> tuple[bool, Any]:
        """(True, value) once after ``put``; (False, None) otherwise."""
        value = self._values.pop(key, _MISSING)
        return (False, None) if value is _MISSING else (True, value)
