"""Recording and reading the append-only audit log (WH-2, X-1)."""

from __future__ import annotations

import dataclasses
import enum
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from counter_app.domain.clock import Clock
from counter_app.domain.staff import Permission, StaffMember, require
from counter_app.services.ports import AuditEntry, UnitOfWork, UnitOfWorkFactory


def snapshot(obj: object) -> dict[str, Any]:
    """Turn a dataclass into a JSON-ready dict for an audit entry."""
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        raise TypeError(f"not a dataclass instance: {obj!r}")
    return {k: _plain(v) for k, v in dataclasses.asdict(obj).items() if k != "version"}


def _plain(value: object) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def record(
    uow: UnitOfWork,
    clock: Clock,
    actor: StaffMember | None,
    *,
    entity: str,
    entity_id: object,
    action: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Append an audit entry inside the caller's unit of work (same transaction as the change).

    Every mutating use case audits, so this is where the actor is re-checked (issue 13 §4):
    the entry is written only if ``actor`` is still active and still holds the role the
    caller's object says (one INSERT … SELECT, no extra round trip); otherwise
    ``ActorRevoked`` is raised and the whole change rolls back.
    """
    uow.audit.record(
        AuditEntry(
            at=clock.now(),
            actor_id=actor.id if actor else None,
            actor=actor.job_number if actor else "system",
            entity=entity,
            entity_id=str(entity_id),
            action=action,
            before=before,
            after=after,
            actor_role=actor.role.value if actor else None,
        )
    )


class AuditService:
    """Read access to the audit log (supervisors only)."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        """Keep the unit-of-work factory."""
        self._uow_factory = uow_factory

    def entries(
        self, actor: StaffMember, *, entity: str | None = None, limit: int = 500
    ) -> list[AuditEntry]:
        """Return the newest entries first."""
        require(actor.role, Permission.VIEW_AUDIT)
        with self._uow_factory() as uow:
            return uow.audit.all(entity=entity, limit=limit)
