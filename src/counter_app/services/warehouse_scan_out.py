"""Scan-out (WH-4, WH-7, WH-10..WH-12, WH-17): every parcel leaves by a scan with its
disposition and what that disposition records, as one typed details class."""

from __future__ import annotations

from dataclasses import replace

from counter_app.domain.errors import (
    FieldInvalid,
    NoDeliveryScan,
    PermissionDenied,
    PickupCheckFailed,
)
from counter_app.domain.receipts import parse_amount
from counter_app.domain.staff import Courier, Permission, StaffMember, require
from counter_app.domain.station import PROVINCES
from counter_app.domain.text import check_text
from counter_app.domain.warehouse import (
    Disposition,
    ems_shortfall,
    pickup_matches,
    return_label,
)
from counter_app.domain.warehouse_stay import (
    AirFee,
    CheckedBy,
    CollectedOut,
    CompanyReturnOut,
    CourierReturnOut,
    DeliveryOut,
    DriverOut,
    EmsOut,
    EventKind,
    OutDetails,
    StayRecord,
)
from counter_app.domain.warehouse_tariff import return_fee
from counter_app.domain.waybills import (
    RejectReason,
    WaybillRejected,
    check_ems_number,
    normalise,
)
from counter_app.services.numbers import valid_with
from counter_app.services.ports import UnitOfWork
from counter_app.services.warehouse_records import ScanOutDraft, ScanOutResult
from counter_app.services.warehouse_stock import (
    UseCases,
    active_courier,
    check_name,
    close,
    open_stay,
    parse_weight,
    return_tariff,
)


class ScanOut(UseCases):
    """A parcel leaving the store."""

    def scan_out(self, actor: StaffMember, waybill: str, draft: ScanOutDraft) -> ScanOutResult:
        """Every parcel leaves by a scan with its disposition (WH-4). Of two clerks scanning
        the same parcel out at once, exactly one succeeds; the other gets ``AlreadyOut``."""
        require(actor.role, Permission.USE_WAREHOUSE)
        if draft.disposition is Disposition.LOST:
            raise PermissionDenied(action="write_off", role=actor.role.value)
        now = self._clock.now()
        with self._uow() as uow:
            uow.single_write()  # one read, one write statement (issue 13 §7)
            # one read for the decision (issue 13 §7): own carriers, the open stay, the courier
            key = normalise(waybill)
            context = uow.warehouse.scan_out_context(key, draft.courier_id)
            number = valid_with(context.own_carriers, waybill)
            stay = context.stay if number == key and context.stay is not None \
                else open_stay(uow, number)
            out = _details(uow, stay, draft, context.courier)
            # the conditional close is the first write: it takes the row lock, so of two PCs
            # only the winner writes anything (issue 5 §12); on PostgreSQL the close, the
            # events, the audit row and the delivery-list line are one statement
            close(uow, self._clock, stay, actor, out, now)
            uow.commit()
        closed = replace(stay, out_at=now, disposition=draft.disposition, out=out)
        match out:
            case CourierReturnOut() | CompanyReturnOut():
                return ScanOutResult(closed, out.label, out.air.fee if out.air else None)
            case EmsOut():
                return ScanOutResult(closed, shortfall=out.shortfall)
        return ScanOutResult(closed)


def _details(uow: UnitOfWork, stay: StayRecord, draft: ScanOutDraft,
             known: Courier | None) -> OutDetails:
    """What the disposition records, checked (one class per disposition)."""
    match draft.disposition:
        case Disposition.DELIVERY:
            courier = active_courier(uow, draft.courier_id, field="courier", known=known)
            return DeliveryOut(courier.id, courier.name)
        case Disposition.DRIVER:
            driver = active_courier(uow, draft.courier_id, field="driver", known=known)
            return DriverOut(driver.id, driver.name)
        case Disposition.COLLECTED:
            if not draft.check.strip():
                raise FieldInvalid("check", "required")
            if not pickup_matches(draft.check, stay.pickup_code, stay.phone):
                raise PickupCheckFailed(stay.waybill_no)
            by_code = "-" in draft.check or not draft.check.strip().isdigit()
            return CollectedOut(CheckedBy.CODE if by_code else CheckedBy.PHONE_TAIL)
        case Disposition.RETURN_COURIER | Disposition.RETURN_COMPANY:
            return _return(uow, stay, draft, known)
        case Disposition.EMS:
            return _ems(uow, stay, draft, known)
    raise ValueError(draft.disposition)  # LOST is refused above


def _return(uow: UnitOfWork, stay: StayRecord, draft: ScanOutDraft,
            known: Courier | None) -> CourierReturnOut | CompanyReturnOut:
    """WH-7: a return needs the area's delivery scan (or the parcel on a delivery list);
    WH-10: its label; WH-11: the fee of an air parcel."""
    if not (uow.warehouse.has_event(stay.waybill_no, (EventKind.DELIVERY_SCAN,))
            or uow.receipts.expected(stay.waybill_no) is not None):
        raise NoDeliveryScan(stay.waybill_no)  # WH-7
    out: CourierReturnOut | CompanyReturnOut
    if draft.disposition is Disposition.RETURN_COURIER:
        courier = active_courier(uow, draft.courier_id, field="courier", known=known)
        out = CourierReturnOut(courier.id, courier.name,
                               return_label(draft.disposition, courier.name))
    else:
        company = check_name(draft.company, "company")
        if not company:
            raise FieldInvalid("company", "required")
        out = CompanyReturnOut(company, return_label(draft.disposition, company))
    if not draft.air:
        return out
    province = draft.province.strip()
    if province not in PROVINCES:
        raise FieldInvalid("province", "required" if not province else "unknown")
    weight = parse_weight(draft.weight)
    city = check_text("city", draft.city, 20).strip()
    fee = return_fee(return_tariff(uow), province, weight, city)
    return replace(out, air=AirFee(province, weight, fee, city))


def _ems(uow: UnitOfWork, stay: StayRecord, draft: ScanOutDraft,
         known: Courier | None) -> EmsOut:
    """WH-12: the EMS fee against the freight paid, the shortfall a courier collects;
    WH-17: the EMS waybill number and where it goes."""
    weight = parse_weight(draft.weight)
    ems_fee = parse_amount(draft.ems_fee, "ems_fee")
    paid = parse_amount(draft.paid_freight, "paid_freight")
    if draft.payment is None:
        raise FieldInvalid("payment", "required")
    shortfall = ems_shortfall(draft.payment, paid, ems_fee)
    ems_no, destination = _ems_forwarding(draft, stay)  # WH-17 (issue 16)
    out = EmsOut(weight, ems_fee, paid, draft.payment, shortfall, destination, ems_no)
    if shortfall > 0:
        # WH-12: a prepaid parcel short of the EMS fee: the courier collects more
        courier = active_courier(uow, draft.courier_id, field="courier", known=known)
        return replace(out, courier_id=courier.id, courier=courier.name)
    return out


def _ems_forwarding(draft: ScanOutDraft, stay: StayRecord) -> tuple[str, str]:
    """WH-17: the EMS waybill number (an EMS / S10 number, required) and the destination
    (required: typed, or the province typed at scan-in)."""
    verdict = check_ems_number(draft.ems_no)
    if isinstance(verdict, WaybillRejected):
        raise FieldInvalid("ems_no", "required" if verdict.reason is RejectReason.EMPTY
                           else "ems_number", verdict.reason.value)
    destination = (check_text("ems_destination", draft.ems_destination, 60).strip()
                   or stay.destination_province)
    if not destination:
        raise FieldInvalid("ems_destination", "required")
    return verdict.number, destination
