"""The customer-service desk's 业务部 side (客服, issue 19, CS-8): pickup orders to the area
courier, the 分点 when no courier can come, the pickup times and the desk's days as station
settings, couriers' changes announced to the desk, and goods a courier reports passed to the
line-haul driver. A part of ``ServiceDeskService``."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from counter_app.domain.clock import Clock
from counter_app.domain.errors import FieldInvalid
from counter_app.domain.service_desk import (
    Branch,
    DriverNotice,
    PickupOrder,
    PickupRules,
    area_score,
    pickup_slot,
    run_day,
)
from counter_app.domain.staff import (
    Courier,
    CourierKind,
    Permission,
    StaffMember,
    check_name,
    check_phone,
    require,
)
from counter_app.domain.text import check_text
from counter_app.services import audit
from counter_app.services.concurrency import Versioned, setting_versioned
from counter_app.services.desk_edits import required_text, save_setting
from counter_app.services.ports import AddressResolver, UnitOfWork, UnitOfWorkFactory

BRANCHES_KEY = "service_desk.branches"
PICKUP_RULES_KEY = "service_desk.pickup_rules"

@dataclass(frozen=True)
class PickupDraft:
    """A pickup call as typed (CS-8)."""

    caller_name: str
    caller_phone: str
    address: str
    note: str = ""


@dataclass(frozen=True)
class PickupResult:
    """What the clerk tells the caller: the area courier and when; the courier's phone for a
    morning sender; a 分点 when no courier serves the address."""

    order: PickupOrder
    courier: Courier | None
    morning: bool
    branch: Branch | None


@dataclass(frozen=True)
class CourierNotice:
    """A change of a courier's area or phone, announced to the whole desk (CS-8)."""

    at: datetime
    courier: str
    what: str  # "area" or "phone"
    before: str
    after: str



@dataclass(frozen=True)
class DriverNoticeDraft:
    """A courier's report of goods to collect, as typed (CS-8); ``driver_id`` the driver
    chosen."""

    courier_name: str
    place: str
    goods: str
    driver_id: int | None


class DeskPickups:
    """Pickup orders, the 分点, courier notices and driver notices (CS-8)."""

    _uow: UnitOfWorkFactory
    _clock: Clock
    _resolver: AddressResolver | None

    # --- pickup orders (CS-8) -------------------------------------------------------------

    def branches(self) -> list[Branch]:
        """The station's 分点 (a station setting)."""
        with self._uow() as uow:
            return _branches(uow)

    def branches_versioned(self) -> Versioned[list[Branch]]:
        """The 分点 list with the version an editor names when saving."""
        with self._uow() as uow:
            raw, version = setting_versioned(uow, BRANCHES_KEY)
            return Versioned([Branch(**row) for row in json.loads(raw)] if raw else [],
                             version)

    def set_branches(self, actor: StaffMember, branches: list[Branch],
                     version: int | None = None) -> None:
        """Save the 分点 list (supervisor), audited."""
        text = json.dumps([dataclasses.asdict(b) for b in branches], ensure_ascii=False)
        save_setting(self._uow, self._clock, actor, BRANCHES_KEY, text, version,
                     what="branches")

    def pickup_rules(self) -> PickupRules:
        """The pickup times in force (CS-8)."""
        with self._uow() as uow:
            return _pickup_rules(uow)

    def pickup_rules_versioned(self) -> Versioned[PickupRules]:
        """The pickup times with the version an editor names when saving."""
        with self._uow() as uow:
            raw, version = setting_versioned(uow, PICKUP_RULES_KEY)
            return Versioned(PickupRules.from_json(raw) if raw else PickupRules(), version)

    def set_pickup_rules(self, actor: StaffMember, rules: PickupRules,
                         version: int | None = None) -> None:
        """Save the pickup times (supervisor), audited; orders already taken keep their time.

        Raises:
            StaleEdit: another supervisor saved them since they were loaded.
        """
        save_setting(self._uow, self._clock, actor, PICKUP_RULES_KEY, rules.to_json(), version,
                     what="pickup_rules")

    def log_pickup(self, actor: StaffMember, draft: PickupDraft) -> PickupResult:
        """Take a pickup call: the caller's address goes to the courier of that area, from
        15:00 (after the desk's hours: tomorrow); a morning sender gets the courier's phone;
        no courier for the area → the nearest 分点 (CS-8)."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        name = check_name(draft.caller_name, field="caller_name")
        phone = check_phone(draft.caller_phone, field="caller_phone")
        address = required_text("pickup_address", draft.address)
        note = check_text("note", draft.note).strip()
        resolved = self._resolver.resolve(address) if self._resolver is not None else None
        district = resolved.district if resolved else ""
        rest = resolved.rest if resolved else address
        now = self._clock.now()
        with self._uow() as uow:
            rules = _pickup_rules(uow)
            couriers = [c for c in uow.couriers.all() if c.kind is CourierKind.COURIER]
            scored = sorted(((area_score(c.area, district, rest), c.name, c) for c in couriers),
                            key=lambda t: (-t[0], t[1]))
            courier = scored[0][2] if scored and scored[0][0] > 0 else None
            order = uow.desk.add_pickup(PickupOrder(
                id=None, taken_at=now, taken_by=actor.job_number, caller_name=name,
                caller_phone=phone, address=address,
                courier_id=courier.id if courier else None,
                courier_name=courier.name if courier else "",
                not_before=pickup_slot(rules, now), note=note))
            audit.record(uow, self._clock, actor, entity="pickup", entity_id=order.id,
                         action="log", after=audit.snapshot(order))
            branch = None if courier else _nearest_branch(_branches(uow), district)
            uow.commit()
        return PickupResult(order, courier, now.time() < rules.morning_until, branch)

    def pickups_for(self, actor: StaffMember, day: date) -> list[PickupOrder]:
        """The day's pickups, by courier then time (the list each courier gets)."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        start = datetime.combine(day, time(0, 0))
        with self._uow() as uow:
            return uow.desk.pickups_between(start, start + timedelta(days=1))

    def courier_notices(self, actor: StaffMember, days: int = 7) -> list[CourierNotice]:
        """Couriers' area and phone changes of the last ``days`` days, newest first, from the
        audit log (CS-8: 「要通知整个客服部」)."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        since = self._clock.now() - timedelta(days=days)
        notices: list[CourierNotice] = []
        with self._uow() as uow:
            names = {str(c.id): c.name for c in uow.couriers.all(include_inactive=True)}
            for entry in uow.audit.all(entity="courier", limit=500):
                if entry.at < since:
                    break
                before, after = entry.before or {}, entry.after or {}
                name = names.get(entry.entity_id, entry.entity_id)
                for what in ("area", "phone"):
                    if what in after and what in before and before[what] != after[what]:
                        notices.append(CourierNotice(entry.at, name, what, str(before[what]),
                                                     str(after[what])))
        return notices

    # --- goods a courier reports → the driver (CS-8) ------------------------------------------

    def couriers(self, actor: StaffMember) -> list[Courier]:
        """The active couriers and drivers, for the desk's choices (by name)."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        with self._uow() as uow:
            return sorted(uow.couriers.all(), key=lambda c: (c.kind.value, c.name))

    def tell_driver(self, actor: StaffMember, draft: DriverNoticeDraft) -> DriverNotice:
        """A courier reports goods waiting at a customer: the driver is told and the notice is
        listed for the driver's run (today; tomorrow after the desk's hours), audited.

        Raises:
            FieldInvalid: no courier, driver or place; a driver that is not a driver.
        """
        require(actor.role, Permission.USE_SERVICE_DESK)
        courier = check_name(draft.courier_name, field="courier")
        place = check_text("pickup_address", draft.place).strip()
        if not place:
            raise FieldInvalid("place", "required")
        goods = check_text("note", draft.goods).strip()
        if draft.driver_id is None:
            raise FieldInvalid("driver", "required")
        now = self._clock.now()
        with self._uow() as uow:
            driver = uow.couriers.get(draft.driver_id)
            if driver is None or driver.kind is not CourierKind.DRIVER or not driver.active:
                raise FieldInvalid("driver", "unknown", str(draft.driver_id))
            notice = uow.desk.add_driver_notice(DriverNotice(
                id=None, taken_at=now, taken_by=actor.job_number, courier_name=courier,
                driver_id=driver.id, driver_name=driver.name, place=place, goods=goods,
                run_day=run_day(_pickup_rules(uow), now)))
            audit.record(uow, self._clock, actor, entity="driver_notice", entity_id=notice.id,
                         action="tell", after=audit.snapshot(notice))
            uow.commit()
            return notice

    def driver_runs(self, actor: StaffMember, day: date) -> list[DriverNotice]:
        """The notices for the drivers' runs of ``day``, by driver then time."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        with self._uow() as uow:
            return uow.desk.driver_notices(day)


def _branches(uow: UnitOfWork) -> list[Branch]:
    raw = uow.settings.get(BRANCHES_KEY)
    return [Branch(**row) for row in json.loads(raw)] if raw else []


def _nearest_branch(branches: list[Branch], district: str) -> Branch | None:
    """The 分点 in the caller's district, else the first on the list (「就近的原则」)."""
    same = [b for b in branches if district and b.district == district]
    found = same or branches
    return found[0] if found else None


def _pickup_rules(uow: UnitOfWork) -> PickupRules:
    raw = uow.settings.get(PICKUP_RULES_KEY)
    return PickupRules.from_json(raw) if raw else PickupRules()
