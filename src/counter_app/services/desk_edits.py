"""The two kinds of change every part of the customer-service desk (客服, issue 19) makes, once:
a versioned edit of one record (an enquiry, a complaint, a claim, a problem parcel) and a
versioned station setting (the reply clocks, the desk's days, the pickup times, the 分点); and
the one check of a required text field.
Both are decided by the database (``claim``: the loser gets ``StaleEdit`` naming who saved
in between) and audited with the value before and after."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from counter_app.domain.clock import Clock
from counter_app.domain.errors import FieldInvalid, NotFound
from counter_app.domain.staff import Permission, StaffMember, require
from counter_app.domain.text import check_text
from counter_app.services import audit
from counter_app.services.concurrency import claim
from counter_app.services.ports import UnitOfWork, UnitOfWorkFactory

T = TypeVar("T")


def edit_record(uow_factory: UnitOfWorkFactory, clock: Clock, actor: StaffMember, *,
                entity: str, record_id: int, version: int | None, action: str,
                read: Callable[[UnitOfWork, int], T | None],
                write: Callable[[UnitOfWork, T], None], change: Callable[[T], T]) -> T:
    """Apply ``change`` to the stored record as the next version of it, audited.

    Raises:
        StaleEdit: another PC saved the record since ``version`` was loaded.
        NotFound: no such record.
    """
    with uow_factory() as uow:
        claim(uow, entity, record_id, version, audit_entities=(entity,))
        before = read(uow, record_id)
        if before is None:
            raise NotFound(entity, str(record_id))
        after = change(before)
        write(uow, after)
        audit.record(uow, clock, actor, entity=entity, entity_id=record_id, action=action,
                     before=audit.snapshot(before), after=audit.snapshot(after))
        uow.commit()
        stored = read(uow, record_id)
        assert stored is not None
        return stored


def save_setting(uow_factory: UnitOfWorkFactory, clock: Clock, actor: StaffMember, key: str,
                 text: str, version: int | None, *, what: str) -> None:
    """Save a station setting of the desk (supervisors only) as the next version, audited.

    Raises:
        StaleEdit: another supervisor saved it since ``version`` was loaded.
    """
    require(actor.role, Permission.EDIT_STATION_SETTINGS)
    with uow_factory() as uow:
        claim(uow, "setting", key, version, what=what, audit_entities=("setting",))
        before = uow.settings.get(key)
        uow.settings.set(key, text)
        audit.record(uow, clock, actor, entity="setting", entity_id=key, action="update",
                     before={"value": before}, after={"value": text})
        uow.commit()


def required_text(field: str, text: str) -> str:
    """``text`` stripped, within the field's limit (``domain/text.py``); an empty one is
    refused naming ``field`` (the form keeps what was typed)."""
    value = check_text(field, text).strip()
    if not value:
        raise FieldInvalid(field, "required")
    return value
