"""Several PCs, one truth (issue 13): helpers shared by the services for telling the loser of a
race who won, and for optimistic concurrency on records edited as a whole."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from counter_app.domain.errors import ActorRevoked, StaleEdit
from counter_app.domain.staff import StaffMember
from counter_app.services.ports import UnitOfWork

T = TypeVar("T")


def staff_name(uow: UnitOfWork, job_number: str) -> str:
    """The name of a staff member for a message ("王丽"), else the job number itself."""
    if not job_number:
        return ""
    account = uow.staff.by_job_number(job_number)
    return account.member.name if account is not None else job_number


@dataclass(frozen=True)
class Versioned(Generic[T]):
    """A value as an editor loads it: the save names ``version`` (issue 13 §2)."""

    value: T
    version: int


def setting_versioned(uow: UnitOfWork, key: str) -> tuple[str | None, int]:
    """A setting's text (None if never saved) and its version, read in one statement."""
    found = uow.settings.get_versioned(key)
    return (None, 0) if found is None else found


def claim(uow: UnitOfWork, entity: str, key: object, version: int | None, *,
          what: str = "", audit_entities: tuple[str, ...] = (),
          audit_key: object | None = None) -> None:
    """Make this save the next version of a record, or raise ``StaleEdit`` naming who saved
    the version in between and when (from the audit log).

    Args:
        uow: the save's unit of work; call this before its other writes.
        entity: the ``VersionRepository`` entity (``"setting"``, ``"staff"`` …).
        key: the record's key.
        version: the version the editor loaded; None for a save that overwrites whatever is
            there (an import, a script): it still bumps the version, so caches notice.
        what: the name the message uses (``"rate_card"``); ``entity`` by default.
        audit_entities: the audit log's entity names for this record.
        audit_key: the record's ``entity_id`` in the audit log, when not ``key``.
    """
    if uow.versions.claim(entity, str(key), version):
        return
    last = uow.audit.last_change(audit_entities or (entity,),
                                 str(key if audit_key is None else audit_key))
    raise StaleEdit(
        what or entity,
        str(key),
        staff_name(uow, last.actor) if last is not None else "",
        last.at if last is not None else None,
    )


def require_current(uow: UnitOfWork, actor: StaffMember) -> None:
    """Re-check the actor for a change that writes no audit entry (the audit entry does it
    for every other change, issue 13 §4): one indexed read."""
    account = uow.staff.get(actor.id)
    if account is None or not account.member.active:
        raise ActorRevoked(actor.job_number, "inactive")
    if account.member.role is not actor.role:
        raise ActorRevoked(actor.job_number, "role")
