"""Staff accounts and couriers/drivers, managed by supervisors (X-1, WH-2, seed 000)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from counter_app.domain.clock import Clock
from counter_app.domain.errors import (
    DuplicateJobNumber,
    FieldInvalid,
    LoginFailed,
    NotFound,
)
from counter_app.domain.staff import (
    Courier,
    CourierKind,
    Permission,
    Role,
    StaffMember,
    check_job_number,
    check_name,
    check_password,
    check_phone,
    require,
)
from counter_app.domain.text import check_text
from counter_app.services import audit
from counter_app.services.concurrency import claim
from counter_app.services.people_ports import AreaAssignment, StaffAccount
from counter_app.services.ports import PasswordHasher, UnitOfWork, UnitOfWorkFactory


class StaffService:
    """Create, change and deactivate staff accounts. Nothing is deleted (WH-2)."""

    def __init__(
        self, uow_factory: UnitOfWorkFactory, hasher: PasswordHasher, clock: Clock
    ) -> None:
        """Wire the service."""
        self._uow_factory = uow_factory
        self._hasher = hasher
        self._clock = clock

    def all(self, actor: StaffMember) -> list[StaffMember]:
        """Return every account (supervisor only)."""
        require(actor.role, Permission.MANAGE_STAFF)
        with self._uow_factory() as uow:
            return uow.staff.all()

    def names(self) -> dict[str, str]:
        """Job number → name of every account, former staff too: screens name the person
        where a record keeps the job number (issue 15). Names only, so no permission."""
        with self._uow_factory() as uow:
            return {m.job_number: m.name for m in uow.staff.all()}

    def add(
        self, actor: StaffMember, job_number: str, name: str, role: Role, password: str
    ) -> StaffMember:
        """Create an account."""
        require(actor.role, Permission.MANAGE_STAFF)
        job_number = check_job_number(job_number)
        name = check_name(name)
        password = check_password(password)
        with self._uow_factory() as uow:
            if uow.staff.by_job_number(job_number) is not None:
                raise DuplicateJobNumber(job_number)
            member = uow.staff.add(job_number, name, role, self._hasher.hash(password))
            audit.record(
                uow,
                self._clock,
                actor,
                entity="staff",
                entity_id=member.id,
                action="create",
                after=audit.snapshot(member),
            )
            uow.commit()
            return member

    def update(
        self,
        actor: StaffMember,
        staff_id: int,
        *,
        name: str | None = None,
        role: Role | None = None,
        active: bool | None = None,
        version: int | None = None,
    ) -> StaffMember:
        """Change name, role or active flag; a supervisor cannot lock themselves out. With
        ``version`` (the loaded record's), a save over a newer one is ``StaleEdit``."""
        require(actor.role, Permission.MANAGE_STAFF)
        with self._uow_factory() as uow:
            claim(uow, "staff", staff_id, version)
            account = self._account(uow, staff_id)
            before = account.member
            after = replace(
                before,
                name=check_name(name) if name is not None else before.name,
                role=role if role is not None else before.role,
                active=active if active is not None else before.active,
            )
            if staff_id == actor.id and (after.role != Role.SUPERVISOR or not after.active):
                raise FieldInvalid("role", "own_account")
            account.member = after
            uow.staff.update(account)
            audit.record(
                uow,
                self._clock,
                actor,
                entity="staff",
                entity_id=staff_id,
                action="update",
                before=audit.snapshot(before),
                after=audit.snapshot(after),
            )
            uow.commit()
            return after

    def reset_password(self, actor: StaffMember, staff_id: int, new_password: str) -> None:
        """Set a new password for someone (supervisor) and clear any lock."""
        require(actor.role, Permission.MANAGE_STAFF)
        new_password = check_password(new_password)
        with self._uow_factory() as uow:
            account = self._account(uow, staff_id)
            account.password_hash = self._hasher.hash(new_password)
            account.failed_attempts = 0
            account.locked_until = None
            uow.staff.update(account)
            audit.record(
                uow, self._clock, actor, entity="staff", entity_id=staff_id, action="reset_password"
            )
            uow.commit()

    def change_own_password(self, actor: StaffMember, old: str, new: str) -> None:
        """Let anyone change their own password, knowing the old one."""
        new = check_password(new)
        with self._uow_factory() as uow:
            account = self._account(uow, actor.id)
            if not self._hasher.verify(account.password_hash, old):
                raise LoginFailed(job_number=actor.job_number, attempts_left=-1)
            account.password_hash = self._hasher.hash(new)
            uow.staff.update(account)
            audit.record(
                uow,
                self._clock,
                actor,
                entity="staff",
                entity_id=actor.id,
                action="change_password",
            )
            uow.commit()

    @staticmethod
    def _account(uow: UnitOfWork, staff_id: int) -> StaffAccount:
        account = uow.staff.get(staff_id)
        if account is None:
            raise NotFound("staff", str(staff_id))
        return account


class CourierService:
    """Couriers and drivers with the area each serves, kept current (seed 000)."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        """Wire the service."""
        self._uow_factory = uow_factory
        self._clock = clock

    def all(self, *, include_inactive: bool = False) -> list[Courier]:
        """Return couriers and drivers (any logged-in role may read them)."""
        with self._uow_factory() as uow:
            return uow.couriers.all(include_inactive=include_inactive)

    def add(
        self, actor: StaffMember, name: str, phone: str, kind: CourierKind, area: str
    ) -> Courier:
        """Create a courier or driver serving ``area`` from today."""
        require(actor.role, Permission.MANAGE_COURIERS)
        name = check_name(name)
        phone = check_phone(phone)
        area = _check_area(area)
        with self._uow_factory() as uow:
            courier_id = uow.couriers.add(name, phone, kind)
            uow.couriers.assign_area(courier_id, area, self._clock.now().date())
            courier = uow.couriers.get(courier_id)
            assert courier is not None
            audit.record(
                uow,
                self._clock,
                actor,
                entity="courier",
                entity_id=courier_id,
                action="create",
                after=audit.snapshot(courier),
            )
            uow.commit()
            return courier

    def update(
        self,
        actor: StaffMember,
        courier_id: int,
        *,
        name: str,
        phone: str,
        kind: CourierKind,
        active: bool = True,
        version: int | None = None,
    ) -> Courier:
        """Change a courier's name, phone, kind or active flag (never deleted, WH-2); with
        ``version``, a save over a newer record is ``StaleEdit``."""
        require(actor.role, Permission.MANAGE_COURIERS)
        with self._uow_factory() as uow:
            claim(uow, "courier", courier_id, version)
            before = self._get(uow, courier_id)
            after = replace(
                before, name=check_name(name), phone=check_phone(phone), kind=kind, active=active
            )
            uow.couriers.update(after)
            audit.record(
                uow,
                self._clock,
                actor,
                entity="courier",
                entity_id=courier_id,
                action="update",
                before=audit.snapshot(before),
                after=audit.snapshot(after),
            )
            uow.commit()
            return after

    def change_area(
        self, actor: StaffMember, courier_id: int, area: str, since: date | None = None
    ) -> Courier:
        """Move a courier to another area from ``since`` (today by default); history is kept."""
        require(actor.role, Permission.MANAGE_COURIERS)
        area = _check_area(area)
        since = since or self._clock.now().date()
        with self._uow_factory() as uow:
            before = self._get(uow, courier_id)
            history = uow.couriers.area_history(courier_id)
            if history and history[-1].since > since:
                raise FieldInvalid("since", "before_current")
            uow.couriers.assign_area(courier_id, area, since)
            after = self._get(uow, courier_id)
            audit.record(
                uow,
                self._clock,
                actor,
                entity="courier",
                entity_id=courier_id,
                action="change_area",
                before={"area": before.area},
                after={"area": area, "since": since.isoformat()},
            )
            uow.commit()
            return after

    def area_history(self, courier_id: int) -> list[AreaAssignment]:
        """Return every area the courier has served, oldest first."""
        with self._uow_factory() as uow:
            return uow.couriers.area_history(courier_id)

    @staticmethod
    def _get(uow: UnitOfWork, courier_id: int) -> Courier:
        courier = uow.couriers.get(courier_id)
        if courier is None:
            raise NotFound("courier", str(courier_id))
        return courier


def _check_area(area: str) -> str:
    value = check_text("area", area).strip()
    if not value:
        raise FieldInvalid("area", "required")
    return value
