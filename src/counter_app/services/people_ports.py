"""Ports of the staff and courier records (services/people.py, services/auth.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from counter_app.domain.staff import Courier, CourierKind, Role, StaffMember


@dataclass
class StaffAccount:
    """A staff member with the login state the auth service needs."""

    member: StaffMember
    password_hash: str
    failed_attempts: int = 0
    locked_until: datetime | None = None


@dataclass(frozen=True)
class AreaAssignment:
    """A courier's area from ``since`` until ``until`` (None = current)."""

    area: str
    since: date
    until: date | None


class StaffRepository(Protocol):
    """Staff accounts; never deleted, only deactivated."""

    def count(self) -> int:
        """Return the number of accounts (active or not)."""
        ...

    def get(self, staff_id: int) -> StaffAccount | None:
        """Return one account by id."""
        ...

    def by_job_number(self, job_number: str) -> StaffAccount | None:
        """Return one account by job number (工号)."""
        ...

    def all(self) -> list[StaffMember]:
        """Return all staff, ordered by job number."""
        ...

    def add(self, job_number: str, name: str, role: Role, password_hash: str) -> StaffMember:
        """Create an account and return it with its id."""
        ...

    def update(self, account: StaffAccount) -> None:
        """Write back an account's fields (name, role, active, hash, login state)."""
        ...


class CourierRepository(Protocol):
    """Couriers and drivers with their area history."""

    def all(self, *, include_inactive: bool = False) -> list[Courier]:
        """Return couriers ordered by name."""
        ...

    def get(self, courier_id: int) -> Courier | None:
        """Return one courier."""
        ...

    def add(self, name: str, phone: str, kind: CourierKind) -> int:
        """Create a courier (no area yet) and return its id."""
        ...

    def update(self, courier: Courier) -> None:
        """Write back name, phone, kind and active (not the area)."""
        ...

    def assign_area(self, courier_id: int, area: str, since: date) -> None:
        """Close the open assignment the day before ``since`` and open a new one."""
        ...

    def area_history(self, courier_id: int) -> list[AreaAssignment]:
        """Return the courier's assignments, oldest first."""
        ...
