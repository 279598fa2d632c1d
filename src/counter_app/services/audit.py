"""Recording and reading the append-only audit log (WH-2, X-1)."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from datetime import date, datetime, time
from decimal import Decimal
from typing import cast

from counter_app.domain.clock import Clock
from counter_app.domain.json_data import JsonObject, JsonValue
from counter_app.domain.redaction import mask_fields
from counter_app.domain.staff import Permission, StaffMember, require
from counter_app.services.audit_ports import AuditEntry
from counter_app.services.ports import UnitOfWork, UnitOfWorkFactory


def snapshot(obj: object) -> JsonObject:
    """Turn a dataclass into a JSON-ready dict for an audit entry."""
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        raise TypeError(f"not a dataclass instance: {obj!r}")
    return {k: _plain(v) for k, v in dataclasses.asdict(obj).items() if k != "version"}


def _plain(value: object) -> JsonValue:
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def plain(data: Mapping[str, object] | None) -> JsonObject | None:
    """``data`` as JSON-ready values (enums by value, times ISO, decimals as text)."""
    return None if data is None else {str(k): _plain(v) for k, v in data.items()}


# Audit snapshots outlive the rows they describe (the log is append-only, WH-2), so the
# customers' personal fields are stored masked (issue 12 §7, X-2): a purge of the rows then
# leaves nothing in clear behind. Staff, couriers and the station are not customers.
_NOT_CUSTOMERS = frozenset({"staff", "courier", "station", "setting", "settings", "database"})


def mask_personal(entity: str, data: JsonObject | None) -> JsonObject | None:
    """``data`` with customers' names, phones, document numbers and addresses masked."""
    if data is None or entity in _NOT_CUSTOMERS:
        return data
    return cast(JsonObject, mask_fields(data))  # strings masked as strings: still JSON


def record(
    uow: UnitOfWork,
    clock: Clock,
    actor: StaffMember | None,
    *,
    entity: str,
    entity_id: object,
    action: str,
    before: Mapping[str, object] | None = None,
    after: Mapping[str, object] | None = None,
) -> None:
    """Append an audit entry inside the caller's unit of work (same transaction as the change).

    Every mutating use case audits, so this is where the actor is re-checked (issue 13 §4):
    the entry is written only if ``actor`` is still active and still holds the role the
    caller's object says (one INSERT … SELECT, no extra round trip); otherwise
    ``ActorRevoked`` is raised and the whole change rolls back.
    """
    uow.audit.record(entry(clock, actor, entity=entity, entity_id=entity_id, action=action,
                           before=before, after=after))


def entry(
    clock: Clock,
    actor: StaffMember | None,
    *,
    entity: str,
    entity_id: object,
    action: str,
    before: Mapping[str, object] | None = None,
    after: Mapping[str, object] | None = None,
) -> AuditEntry:
    """The audit entry ``record`` writes (masked, X-2), for a repository that writes it in
    the same statement as the change (issue 13 §7)."""
    return AuditEntry(
        at=clock.now(),
        actor_id=actor.id if actor else None,
        actor=actor.job_number if actor else "system",
        entity=entity,
        entity_id=str(entity_id),
        action=action,
        before=mask_personal(entity, plain(before)),
        after=mask_personal(entity, plain(after)),
        actor_role=actor.role.value if actor else None,
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
