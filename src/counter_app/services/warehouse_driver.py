"""Driver pickup (WH-13): a driver's pickup list, checked before the driver leaves, and the
listed parcels handed over (nothing leaves with the wrong driver)."""

from __future__ import annotations

from collections.abc import Iterable

from counter_app.domain.errors import NotOnList
from counter_app.domain.staff import Permission, StaffMember, require
from counter_app.domain.warehouse import ListCheck, compare_lists
from counter_app.domain.warehouse_codec import planned_data
from counter_app.domain.warehouse_stay import DriverOut, EventKind, StayRecord
from counter_app.services import audit
from counter_app.services.numbers import valid_number
from counter_app.services.warehouse_stock import (
    UseCases,
    active_courier,
    close,
    log_event,
    open_stay,
)


class Driver(UseCases):
    """A driver's pickup list and the handover against it."""

    def plan_pickup(self, actor: StaffMember, driver_id: int, waybills: Iterable[str]) -> int:
        """Put parcels in stock on a driver's pickup list; returns how many."""
        require(actor.role, Permission.USE_WAREHOUSE)
        now = self._clock.now()
        count = 0
        with self._uow() as uow:
            driver = active_courier(uow, driver_id, field="driver")
            planned = planned_data(DriverOut(driver.id, driver.name))
            for text in waybills:
                stay = open_stay(uow, valid_number(uow, text))
                assert stay.id is not None
                uow.warehouse.set_planned_driver(stay.id, driver.id)
                log_event(uow, stay, actor, EventKind.PLANNED, dict(planned), now)
                count += 1
            audit.record(uow, self._clock, actor, entity="wh_pickup", entity_id=driver.id,
                         action="plan", after={"count": count})
            uow.commit()
        return count

    def pickup_list(self, actor: StaffMember, driver_id: int) -> list[StayRecord]:
        """A driver's pickup list (parcels in stock planned for them)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            return uow.warehouse.planned_for(driver_id)

    def check_pickup(self, actor: StaffMember, driver_id: int, scanned: Iterable[str]) -> ListCheck:
        """Missing and wrong parcels before the driver leaves (WH-13)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            planned = [s.waybill_no for s in uow.warehouse.planned_for(driver_id)]
        return compare_lists(planned, scanned)

    def hand_to_driver(
        self, actor: StaffMember, driver_id: int, scanned: Iterable[str]
    ) -> ListCheck:
        """Scan out every listed parcel the driver has; a parcel not on the list is refused
        (``NotOnList``) so nothing leaves with the wrong driver. Missing ones stay listed."""
        require(actor.role, Permission.USE_WAREHOUSE)
        now = self._clock.now()
        scanned = list(dict.fromkeys(scanned))
        with self._uow() as uow:
            driver = active_courier(uow, driver_id, field="driver")
            planned = {s.waybill_no: s for s in uow.warehouse.planned_for(driver_id)}
            check = compare_lists(planned, scanned)
            if check.unexpected:
                raise NotOnList(check.unexpected[0])
            for number in check.matched:
                close(uow, self._clock, planned[number], actor,
                      DriverOut(driver.id, driver.name), now)
            uow.commit()
        return check
