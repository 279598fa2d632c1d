"""Recording and reading the append-only audit log (WH-2, X-1)."""

from __future__ import annotations

import dataclasses
import enum
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from counter_app.domain.clock import Clock
from counter_app.domain.identity import mask_document, mask_name
from counter_app.domain.staff import Permission, StaffMember, mask_phone, require
from counter_app.services.audit_ports import AuditEntry
from counter_app.services.ports import UnitOfWork, UnitOfWorkFactory


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


# Audit snapshots outlive the rows they describe (the log is append-only, WH-2), so the
# customers' personal fields are stored masked (issue 12 §7, X-2): a purge of the rows then
# leaves nothing in clear behind. Staff, couriers and the station are not customers.
_NOT_CUSTOMERS = frozenset({"staff", "courier", "station", "setting", "settings", "database"})
_NAME_KEYS = frozenset({"sender_name", "recipient_name", "recipient", "signer", "caller",
                        "contact_name", "picked_up_by", "caller_name"})
_PHONE_KEYS = frozenset({"phone", "sender_phone", "recipient_phone", "contact_phone",
                         "caller_phone"})
_DOCUMENT_KEYS = frozenset({"doc_number", "id_number", "document"})


def mask_personal(entity: str, data: dict[str, Any] | None) -> dict[str, Any] | None:
    """``data`` with customers' names, phones, document numbers and addresses masked."""
    if data is None or entity in _NOT_CUSTOMERS:
        return data
    return {key: _mask_value(key, value) for key, value in data.items()}


def _mask_value(key: str, value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _mask_value(k, v) for k, v in value.items()}
    if not isinstance(value, str) or not value:
        return value
    if key in _NAME_KEYS:
        return mask_name(value)
    if key in _PHONE_KEYS:
        return mask_phone(value)
    if key in _DOCUMENT_KEYS:
        return mask_document(value)
    if "address" in key:
        return value[:3] + "***"
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
    uow.audit.record(entry(clock, actor, entity=entity, entity_id=entity_id, action=action,
                           before=before, after=after))


def entry(
    clock: Clock,
    actor: StaffMember | None,
    *,
    entity: str,
    entity_id: object,
    action: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
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
        before=mask_personal(entity, before),
        after=mask_personal(entity, after),
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
