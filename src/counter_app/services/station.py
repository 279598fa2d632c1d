"""First-run set-up, the station profile and station-wide settings (MR-5, WH-1)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import time
from decimal import Decimal

from counter_app.domain.clock import Clock
from counter_app.domain.entry_fee import (
    EntryFee,
    EntryFeeRules,
    Piece,
    entry_fee,
    rules_as_dict,
    rules_from_dict,
)
from counter_app.domain.errors import FieldInvalid, StationAlreadySetUp
from counter_app.domain.staff import (
    Permission,
    Role,
    StaffMember,
    check_job_number,
    check_name,
    check_password,
    require,
)
from counter_app.domain.station import ShiftTimes, StationProfile
from counter_app.domain.text import check_fields
from counter_app.services import audit
from counter_app.services.concurrency import Versioned, claim, setting_versioned
from counter_app.services.dto import StationHeader
from counter_app.services.ports import PasswordHasher, UnitOfWork, UnitOfWorkFactory


@dataclass(frozen=True)
class FirstSupervisor:
    """The supervisor account created by the first-run wizard."""

    job_number: str
    name: str
    password: str


_SHIFT_KEYS = ("early_start", "early_end", "late_start", "late_end")


_PROFILE_FIELDS = {"name": "station_name", "code": "station_code", "phone": "station_phone"}
"""The profile's attributes as the form (and the table of limits) names them."""


class StationService:
    """Station profile and shift times; set-up creates the first supervisor."""

    def __init__(
        self, uow_factory: UnitOfWorkFactory, hasher: PasswordHasher, clock: Clock
    ) -> None:
        """Wire the service."""
        self._uow_factory = uow_factory
        self._hasher = hasher
        self._clock = clock

    def is_set_up(self) -> bool:
        """Tell whether the first-run wizard has been completed."""
        with self._uow_factory() as uow:
            return uow.station.get() is not None and uow.staff.count() > 0

    def set_up(self, profile: StationProfile, supervisor: FirstSupervisor) -> StaffMember:
        """Create the station profile and its first supervisor in one transaction."""
        check_fields(profile, _PROFILE_FIELDS)  # issue 13 §6
        profile = profile.validated()
        job_number = check_job_number(supervisor.job_number)
        name = check_name(supervisor.name)
        password = check_password(supervisor.password)
        with self._uow_factory() as uow:
            if uow.station.get() is not None or uow.staff.count() > 0:
                raise StationAlreadySetUp()
            uow.station.save(profile)
            member = uow.staff.add(job_number, name, Role.SUPERVISOR, self._hasher.hash(password))
            audit.record(
                uow,
                self._clock,
                None,
                entity="station",
                entity_id=profile.code,
                action="create",
                after=audit.snapshot(profile),
            )
            audit.record(
                uow,
                self._clock,
                None,
                entity="staff",
                entity_id=member.id,
                action="create",
                after=audit.snapshot(member),
            )
            uow.commit()
            return member

    def profile(self) -> StationProfile | None:
        """Return the station profile."""
        with self._uow_factory() as uow:
            return uow.station.get()

    def update_profile(self, actor: StaffMember, profile: StationProfile,
                       version: int | None = None) -> StationProfile:
        """Change the profile (supervisor only); the old values stay in the audit log. With
        ``version`` (the loaded profile's), a save over a newer one is ``StaleEdit``."""
        require(actor.role, Permission.EDIT_STATION)
        check_fields(profile, _PROFILE_FIELDS)  # issue 13 §6
        profile = profile.validated()
        with self._uow_factory() as uow:
            current = uow.station.get()
            claim(uow, "station", 1, version, audit_key=current.code if current else "")
            before = uow.station.get()
            uow.station.save(profile)
            audit.record(
                uow,
                self._clock,
                actor,
                entity="station",
                entity_id=profile.code,
                action="update",
                before=audit.snapshot(before) if before else None,
                after=audit.snapshot(profile),
            )
            uow.commit()
        return profile

    def shift_times(self) -> ShiftTimes:
        """Return the configured shift windows (WH-1 defaults when unset)."""
        with self._uow_factory() as uow:
            return read_shift_times(uow)

    def set_shift_times(self, actor: StaffMember, shifts: ShiftTimes) -> None:
        """Change the shift windows (supervisor only), audited."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        shifts.validated()
        before = self.shift_times()
        with self._uow_factory() as uow:
            for key in _SHIFT_KEYS:
                uow.settings.set(f"shift.{key}", getattr(shifts, key).strftime("%H:%M"))
            audit.record(
                uow,
                self._clock,
                actor,
                entity="setting",
                entity_id="shift",
                action="update",
                before=audit.snapshot(before),
                after=audit.snapshot(shifts),
            )
            uow.commit()


    # --- 进仓费 (WH-18, issue 16 §7) -------------------------------------------------------
    def entry_fee_rules(self) -> EntryFeeRules:
        """The station's 进仓费 numbers (all 0 until a supervisor sets them)."""
        return self.entry_fee_rules_versioned().value

    def entry_fee_rules_versioned(self) -> Versioned[EntryFeeRules]:
        """The 进仓费 numbers with the version the settings page saves against (issue 13 §2)."""
        with self._uow_factory() as uow:
            raw, version = setting_versioned(uow, _ENTRY_FEE_KEY)
        return Versioned(rules_from_dict(json.loads(raw)) if raw else EntryFeeRules(), version)

    def set_entry_fee_rules(self, actor: StaffMember, rules: EntryFeeRules,
                            version: int | None = None) -> None:
        """Change the 进仓费 numbers (supervisor), audited. With ``version`` (as the page
        loaded it), a save over another supervisor's newer one is ``StaleEdit`` naming them
        (issue 13 §2): two supervisors on two PCs never silently overwrite each other."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        rules.check()
        before = self.entry_fee_rules()
        with self._uow_factory() as uow:
            claim(uow, "setting", _ENTRY_FEE_KEY, version, what="entry_fee_rules",
                  audit_entities=("setting",))
            uow.settings.set(_ENTRY_FEE_KEY, json.dumps(rules_as_dict(rules)))
            audit.record(uow, self._clock, actor, entity="setting", entity_id=_ENTRY_FEE_KEY,
                         action="update", before=rules_as_dict(before),
                         after=rules_as_dict(rules))
            uow.commit()

    def entry_fee(self, pieces: list[tuple[str, str]], warehouse_charge: str,
                  ticket: str) -> EntryFee:
        """WH-18: the 进仓费 of pieces typed as (kg, m³) text, with the warehouse's charge and
        the entry ticket; FieldInvalid names a bad number."""
        parsed = [Piece(_number(kg, "weight"), _number(m3 or "0", "volume"))
                  for kg, m3 in pieces]
        return entry_fee(self.entry_fee_rules(), parsed,
                         _number(warehouse_charge or "0", "warehouse_charge"),
                         _number(ticket or "0", "ticket"))


_ENTRY_FEE_KEY = "station.entry_fee"


def _number(text: str, field: str) -> Decimal:
    try:
        value = Decimal(text.strip().replace("，", ".").replace(",", "."))
    except ArithmeticError:
        raise FieldInvalid(field, "number") from None
    if not value.is_finite():
        raise FieldInvalid(field, "number")
    return value


def read_shift_times(uow: UnitOfWork) -> ShiftTimes:
    """The shift windows inside an open unit of work (WH-1 defaults when unset)."""
    default = ShiftTimes()
    values: dict[str, time] = {}
    for key in _SHIFT_KEYS:
        raw = uow.settings.get(f"shift.{key}")
        values[key] = time.fromisoformat(raw) if raw else getattr(default, key)
    return ShiftTimes(**values)


def station_header(uow: UnitOfWork) -> StationHeader:
    """The station block printed on every form (empty before the first-run set-up)."""
    p = uow.station.get()
    if p is None:
        return StationHeader("", "", "", "", "")
    return StationHeader(p.name, p.code, p.contact_person, p.phone, p.qq)


def parse_hhmm(text: str, field: str) -> time:
    """Parse ``HH:MM`` or raise FieldInvalid for ``field``."""
    try:
        return time.fromisoformat(text.strip())
    except ValueError:
        raise FieldInvalid(field, "time") from None
