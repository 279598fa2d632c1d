"""SQL of the append-only audit log (WH-2)."""

from __future__ import annotations

import json
from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.persistence.lean import audit_insert, audit_values, revoked
from counter_app.persistence.tables import AuditRow
from counter_app.services.audit_ports import AuditEntry


class SqlAuditLog:
    """Append-only log; there is deliberately no update or delete here."""

    def __init__(self, session: Session) -> None:
        """Use ``session``."""
        self._s = session

    def record(self, entry: AuditEntry) -> None:
        """Append an entry; with ``actor_role`` set, only while that staff row is active with
        that role (INSERT … SELECT … FROM staff: the check costs no extra round trip)."""
        if entry.actor_id is None or entry.actor_role is None:
            self._s.add(AuditRow(**audit_values(entry)))
            self._s.flush()
            return
        self._s.flush()  # the change this entry describes goes first, as before
        if self._s.execute(audit_insert(entry)).scalar() is None:
            raise revoked(self._s, entry)

    def last_change(self, entities: tuple[str, ...], entity_id: str) -> AuditEntry | None:
        """The newest entry about one record."""
        row = self._s.scalar(select(AuditRow).where(
            AuditRow.entity.in_(entities), AuditRow.entity_id == entity_id)
            .order_by(AuditRow.id.desc()).limit(1))
        return None if row is None else AuditEntry(
            at=row.at, actor_id=row.actor_id, actor=row.actor, entity=row.entity,
            entity_id=row.entity_id, action=row.action, id=row.id)

    def about(self, entity: str, entity_ids: Collection[str]) -> list[AuditEntry]:
        """Every entry of ``entity`` about these records, oldest first (one query)."""
        if not entity_ids:
            return []
        query = (select(AuditRow)
                 .where(AuditRow.entity == entity, AuditRow.entity_id.in_(list(entity_ids)))
                 .order_by(AuditRow.id))
        return [_entry(r) for r in self._s.scalars(query)]

    def all(self, *, entity: str | None = None, limit: int = 500) -> list[AuditEntry]:
        """Return the newest entries first."""
        query = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
        if entity is not None:
            query = query.where(AuditRow.entity == entity)
        return [_entry(r) for r in self._s.scalars(query)]


def _entry(r: AuditRow) -> AuditEntry:
    """An audit row as the port's entry."""
    return AuditEntry(
        at=r.at,
        actor_id=r.actor_id,
        actor=r.actor,
        entity=r.entity,
        entity_id=r.entity_id,
        action=r.action,
        before=json.loads(r.before) if r.before else None,
        after=json.loads(r.after) if r.after else None,
        id=r.id,
    )
