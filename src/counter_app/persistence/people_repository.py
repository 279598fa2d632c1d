"""SQL of the staff accounts and the couriers with their area history."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from counter_app.domain.errors import DuplicateJobNumber
from counter_app.domain.staff import Courier, CourierKind, Role, StaffMember
from counter_app.persistence.sql_helpers import savepoint
from counter_app.persistence.tables import CourierAreaRow, CourierRow, StaffRow
from counter_app.services.people_ports import AreaAssignment, StaffAccount


def _member(row: StaffRow) -> StaffMember:
    return StaffMember(
        id=row.id, job_number=row.job_number, name=row.name, role=Role(row.role), active=row.active,
        version=row.version,
    )


class SqlStaffRepository:
    """Staff accounts."""

    def __init__(self, session: Session) -> None:
        """Use ``session``."""
        self._s = session

    def count(self) -> int:
        """Return the number of accounts."""
        return int(self._s.scalar(select(func.count()).select_from(StaffRow)) or 0)

    def _account(self, row: StaffRow | None) -> StaffAccount | None:
        if row is None:
            return None
        return StaffAccount(
            member=_member(row),
            password_hash=row.password_hash,
            failed_attempts=row.failed_attempts,
            locked_until=row.locked_until,
        )

    def get(self, staff_id: int) -> StaffAccount | None:
        """Return an account by id."""
        return self._account(self._s.get(StaffRow, staff_id))

    def by_job_number(self, job_number: str) -> StaffAccount | None:
        """Return an account by job number."""
        return self._account(
            self._s.scalar(select(StaffRow).where(StaffRow.job_number == job_number))
        )

    def all(self) -> list[StaffMember]:
        """Return every account ordered by job number."""
        return [_member(r) for r in self._s.scalars(select(StaffRow).order_by(StaffRow.job_number))]

    def add(self, job_number: str, name: str, role: Role, password_hash: str) -> StaffMember:
        """Insert an account."""
        row = StaffRow(
            job_number=job_number,
            name=name,
            role=role.value,
            active=True,
            password_hash=password_hash,
            failed_attempts=0,
        )
        try:
            with savepoint(self._s):
                self._s.add(row)
                self._s.flush()
        except IntegrityError:  # another PC created it after the service's check
            raise DuplicateJobNumber(job_number) from None
        return _member(row)

    def update(self, account: StaffAccount) -> None:
        """Write back an account."""
        row = self._s.get(StaffRow, account.member.id)
        assert row is not None
        row.name, row.role, row.active = (
            account.member.name,
            account.member.role.value,
            account.member.active,
        )
        row.password_hash = account.password_hash
        row.failed_attempts = account.failed_attempts
        row.locked_until = account.locked_until
        self._s.flush()


class SqlCourierRepository:
    """Couriers and their area history."""

    def __init__(self, session: Session) -> None:
        """Use ``session``."""
        self._s = session

    def _current_area(self, courier_id: int) -> str:
        area = self._s.scalar(
            select(CourierAreaRow.area).where(
                CourierAreaRow.courier_id == courier_id, CourierAreaRow.until.is_(None)
            )
        )
        return area or ""

    def _courier(self, row: CourierRow, area: str | None = None) -> Courier:
        return Courier(
            id=row.id,
            name=row.name,
            phone=row.phone,
            kind=CourierKind(row.kind),
            area=self._current_area(row.id) if area is None else area,
            active=row.active,
            version=row.version,
        )

    def all(self, *, include_inactive: bool = False) -> list[Courier]:
        """Return couriers ordered by name."""
        query = select(CourierRow).order_by(CourierRow.name, CourierRow.id)
        if not include_inactive:
            query = query.where(CourierRow.active.is_(True))
        return [self._courier(r) for r in self._s.scalars(query)]

    def get(self, courier_id: int) -> Courier | None:
        """Return one courier with the current area, in one query (issue 13 §7)."""
        area = (select(CourierAreaRow.area)
                .where(CourierAreaRow.courier_id == CourierRow.id, CourierAreaRow.until.is_(None))
                .limit(1).scalar_subquery())
        found = self._s.execute(select(CourierRow, area).where(CourierRow.id == courier_id)).first()
        return self._courier(found[0], found[1] or "") if found else None

    def add(self, name: str, phone: str, kind: CourierKind) -> int:
        """Insert a courier."""
        row = CourierRow(name=name, phone=phone, kind=kind.value, active=True)
        self._s.add(row)
        self._s.flush()
        return row.id

    def update(self, courier: Courier) -> None:
        """Write back a courier's own fields."""
        row = self._s.get(CourierRow, courier.id)
        assert row is not None
        row.name, row.phone, row.kind, row.active = (
            courier.name,
            courier.phone,
            courier.kind.value,
            courier.active,
        )
        self._s.flush()

    def assign_area(self, courier_id: int, area: str, since: date) -> None:
        """Close the open assignment and open a new one from ``since``."""
        current = self._s.scalar(
            select(CourierAreaRow).where(
                CourierAreaRow.courier_id == courier_id, CourierAreaRow.until.is_(None)
            )
        )
        if current is not None:
            current.until = max(current.since, since - timedelta(days=1))
        self._s.add(CourierAreaRow(courier_id=courier_id, area=area, since=since))
        self._s.flush()

    def area_history(self, courier_id: int) -> list[AreaAssignment]:
        """Return assignments oldest first."""
        rows = self._s.scalars(
            select(CourierAreaRow)
            .where(CourierAreaRow.courier_id == courier_id)
            .order_by(CourierAreaRow.id)
        )
        return [AreaAssignment(area=r.area, since=r.since, until=r.until) for r in rows]
