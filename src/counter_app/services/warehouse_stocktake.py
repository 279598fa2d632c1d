"""Stocktake (盘点): count one location or the whole store, compare with the records, and
post the adjustments with a supervisor's approval."""

from __future__ import annotations

from counter_app.domain.errors import FieldInvalid, NotFound, PermissionDenied
from counter_app.domain.staff import Permission, Role, StaffMember, require
from counter_app.domain.warehouse import compare_lists
from counter_app.domain.warehouse_codec import encode_out, placed_data
from counter_app.domain.warehouse_stay import EventKind, LostOut
from counter_app.services import audit
from counter_app.services.concurrency import require_current
from counter_app.services.numbers import valid_number
from counter_app.services.ports import UnitOfWork
from counter_app.services.warehouse_ports import StocktakeRecord
from counter_app.services.warehouse_records import StocktakeResult
from counter_app.services.warehouse_stock import UseCases, close, log_event, place


class Stocktake(UseCases):
    """A count of the store against its records."""

    def start_stocktake(self, actor: StaffMember, location: str = "") -> StocktakeRecord:
        """Count one location, or the whole store (``""``)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        code = location.strip().upper()
        with self._uow() as uow:
            if code and code not in {x.code for x in uow.warehouse.locations()}:
                raise FieldInvalid("location", "unknown", code)
            record = uow.warehouse.add_stocktake(StocktakeRecord(
                location=code, started_at=self._clock.now(), started_by=actor.job_number))
            audit.record(uow, self._clock, actor, entity="wh_stocktake", entity_id=record.id,
                         action="start", after={"location": code})
            uow.commit()
        return record

    def count(self, actor: StaffMember, stocktake_id: int, text: str) -> bool:
        """Record a counted parcel; False when it was already counted."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            require_current(uow, actor)  # a count is not audited one by one (issue 13 §4)
            record = _stocktake(uow, stocktake_id)
            number = valid_number(uow, text)
            added = uow.warehouse.add_stocktake_scan(record.id or 0, number, self._clock.now(),
                                                     actor.job_number)
            uow.commit()
        return added

    def stocktake_result(self, actor: StaffMember, stocktake_id: int) -> StocktakeResult:
        """Expected-but-missing and found-but-unexpected parcels."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            record = _stocktake(uow, stocktake_id, open_only=False)
            return _result(uow, record)

    def recount(self, actor: StaffMember, stocktake_id: int) -> None:
        """Clear the count and scan again."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            record = _stocktake(uow, stocktake_id)
            uow.warehouse.clear_stocktake_scans(record.id or 0)
            audit.record(uow, self._clock, actor, entity="wh_stocktake", entity_id=record.id,
                         action="recount")
            uow.commit()

    def post_stocktake(
        self, actor: StaffMember, stocktake_id: int, approver: StaffMember
    ) -> StocktakeResult:
        """Post the adjustments, only with a supervisor's approval: a missing parcel is
        written off (disposition 盘点报失), one found at another location is moved here; one
        the store has no record of must be scanned in with a reason (WH-5) and is left."""
        require(actor.role, Permission.USE_WAREHOUSE)
        if approver.role is not Role.SUPERVISOR:
            raise PermissionDenied(action="approve_stocktake", role=approver.role.value)
        now = self._clock.now()
        with self._uow() as uow:
            record = _stocktake(uow, stocktake_id)
            result = _result(uow, record)
            lost = LostOut(record.id, approver.job_number)
            for number in result.check.missing:
                stay = uow.warehouse.open_stay(number)
                if stay is None:
                    continue
                log_event(uow, stay, actor, EventKind.STOCKTAKE_MISSING, dict(encode_out(lost)),
                          now)
                close(uow, self._clock, stay, actor, lost, now)
            if record.location:
                target = next(x for x in uow.warehouse.locations() if x.code == record.location)
                for number, was in result.elsewhere.items():
                    stay = uow.warehouse.open_stay(number)
                    assert stay is not None
                    found = place(uow, stay, target)
                    log_event(uow, stay, actor, EventKind.STOCKTAKE_FOUND,
                              {**placed_data(was, target.code, found.pickup_code),
                               **encode_out(lost)}, now)
            uow.warehouse.close_stocktake(record.id or 0, now, actor.job_number,
                                          approver.job_number)
            audit.record(uow, self._clock, actor, entity="wh_stocktake", entity_id=record.id,
                         action="post", after={
                             "approved_by": approver.job_number,
                             "missing": list(result.check.missing),
                             "moved": result.elsewhere,
                             "not_in_stock": list(result.not_in_stock)})
            uow.commit()
        return result


def _stocktake(uow: UnitOfWork, stocktake_id: int, *, open_only: bool = True) -> StocktakeRecord:
    record = uow.warehouse.get_stocktake(stocktake_id)
    if record is None:
        raise NotFound("wh_stocktake", str(stocktake_id))
    if open_only and record.closed_at is not None:
        raise FieldInvalid("stocktake", "closed")
    return record


def _result(uow: UnitOfWork, record: StocktakeRecord) -> StocktakeResult:
    expected = [s.waybill_no for s in uow.warehouse.open_stays(record.location or None)]
    scanned = uow.warehouse.stocktake_scans(record.id or 0)
    check = compare_lists(expected, scanned)
    elsewhere: dict[str, str] = {}
    absent: list[str] = []
    for number in check.unexpected:
        stay = uow.warehouse.open_stay(number)
        if stay is None:
            absent.append(number)
        else:
            elsewhere[number] = stay.location
    return StocktakeResult(record, check, elsewhere, tuple(absent))
