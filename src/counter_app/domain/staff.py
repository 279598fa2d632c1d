"""Staff roles and what each may do; couriers and drivers (X-1, WH-2)."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field

from counter_app.domain.errors import FieldInvalid, PermissionDenied
from counter_app.domain.text import check_text


class Role(enum.StrEnum):
    """The desk roles. Values are stored in the database: never rename them."""

    COUNTER = "counter"
    WAREHOUSE = "warehouse"
    RECEIPTS = "receipts"
    SUPERVISOR = "supervisor"
    SERVICE = "service"  # 客服, the customer-service desk (issue 19)


class Permission(enum.StrEnum):
    """Actions that a role check guards. Values appear in audit entries."""

    USE_COUNTER = "use_counter"
    USE_WAREHOUSE = "use_warehouse"
    USE_RECEIPTS = "use_receipts"
    USE_MISROUTE = "use_misroute"
    MANAGE_STAFF = "manage_staff"
    MANAGE_COURIERS = "manage_couriers"
    EDIT_STATION = "edit_station"
    EDIT_STATION_SETTINGS = "edit_station_settings"
    VIEW_AUDIT = "view_audit"
    SEE_UNMASKED_IDS = "see_unmasked_ids"
    MANAGE_DATA = "manage_data"  # restore a backup, purge personal data (issue 12)
    VIEW_PARCEL = "view_parcel"  # the station-wide parcel view, from any desk (issue 16 §1)
    USE_SERVICE_DESK = "use_service_desk"  # 客服 (issue 19)
    SEE_CONTACTS = "see_contacts"  # customers' names, phones, addresses in clear (CS-4)
    RULE_COMPLAINTS = "rule_complaints"  # rule on complaints, fines, monthly report (CS-6)


_DESK = {Permission.USE_MISROUTE, Permission.VIEW_PARCEL}
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.COUNTER: frozenset({Permission.USE_COUNTER, *_DESK}),
    Role.WAREHOUSE: frozenset({Permission.USE_WAREHOUSE, *_DESK}),
    Role.RECEIPTS: frozenset({Permission.USE_RECEIPTS, *_DESK}),
    Role.SUPERVISOR: frozenset(Permission),
    # the service desk calls senders and recipients back (CS-4), so it sees their contacts;
    # ID numbers stay masked (SEE_UNMASKED_IDS is the supervisor's)
    Role.SERVICE: frozenset({Permission.USE_SERVICE_DESK, Permission.SEE_CONTACTS, *_DESK}),
}


def allowed(role: Role, permission: Permission) -> bool:
    """Tell whether ``role`` may do ``permission``."""
    return permission in ROLE_PERMISSIONS[role]


def require(role: Role, permission: Permission) -> None:
    """Raise PermissionDenied unless ``role`` may do ``permission``."""
    if not allowed(role, permission):
        raise PermissionDenied(action=permission.value, role=role.value)


JOB_NUMBER_RE = re.compile(r"^[0-9A-Za-z]{2,16}$")
MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")
MIN_PASSWORD_LENGTH = 6


def check_job_number(job_number: str) -> str:
    """Return the trimmed job number (工号) or raise FieldInvalid."""
    value = job_number.strip()
    if not value:
        raise FieldInvalid("job_number", "required")
    if not JOB_NUMBER_RE.match(value):
        raise FieldInvalid("job_number", "format")
    return value


def check_phone(phone: str, *, field: str = "phone", required: bool = True) -> str:
    """Return a normalised mobile (11 digits) or landline number, or raise FieldInvalid."""
    value = phone.strip().replace(" ", "")
    if not value:
        if required:
            raise FieldInvalid(field, "required")
        return ""
    if not (MOBILE_RE.match(value) or LANDLINE_RE.match(value)):
        raise FieldInvalid(field, "phone")
    return value


def check_name(name: str, *, field: str = "name") -> str:
    """Return a trimmed, non-empty person's name without digits, or raise FieldInvalid."""
    value = check_text(field, name, 40).strip()
    if not value:
        raise FieldInvalid(field, "required")
    if any(ch.isdigit() for ch in value):
        raise FieldInvalid(field, "no_digits")
    if len(value) > 40:
        raise FieldInvalid(field, "too_long", "40")
    return value


def check_password(password: str) -> str:
    """Return the password if long enough, or raise FieldInvalid."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise FieldInvalid("password", "too_short", str(MIN_PASSWORD_LENGTH))
    return password


def mask_phone(phone: str) -> str:
    """Mask a phone number for screens and prints.

    GB/T 41833-2022 asks that at least 6 digits of a phone number be hidden: keep the first 3
    and the last 2 (11-digit mobile → ``138******78``); shorter numbers hide more.
    """
    value = phone.strip()
    n = len(value)
    hidden = max(6, n - 5) if n > 6 else n
    head = min(3, n - hidden)
    tail = n - hidden - head
    return value[:head] + "*" * hidden + value[n - tail :]


@dataclass(frozen=True)
class StaffMember:
    """A person who logs in at a desk."""

    id: int
    job_number: str
    name: str
    role: Role
    active: bool = True
    version: int = field(default=0, compare=False)
    """The stored version this copy was read at (optimistic concurrency, issue 13 §2)."""


class CourierKind(enum.StrEnum):
    """Couriers deliver in an area; drivers bring bulk loads (WH-13). Stored values."""

    COURIER = "courier"
    DRIVER = "driver"


@dataclass(frozen=True)
class Courier:
    """A courier or driver. ``area`` is the area currently served (history kept elsewhere)."""

    id: int
    name: str
    phone: str
    kind: CourierKind
    area: str
    active: bool = True
    version: int = field(default=0, compare=False)
    """The stored version this copy was read at (optimistic concurrency, issue 13 §2)."""
