"""The one JSON codec of the warehouse's stored data (issue 14 §2): the scan-out details of
each disposition (``wh_stay.out_details``, the ``out`` event, the audit entry) and the data of
the timeline events the services write and the rules read.

It lives in the domain, beside the stay model, because every layer needs the same mapping:
the services write events and audit entries with it, persistence stores and reads the columns
with it, the in-memory repositories of the tests use it too — and the domain is the one
package all of them may import. Keys and values are those stored since issue 5: rows written
before the typed model read back unchanged (a missing key takes its empty value).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from counter_app.domain.warehouse import Disposition, Payment, ProblemDetails, Reason
from counter_app.domain.warehouse_stay import (
    REASON_KINDS,
    AirFee,
    ByCourier,
    CheckedBy,
    CollectedOut,
    CompanyReturnOut,
    CourierReturnOut,
    DeliveryOut,
    DriverOut,
    EmsOut,
    EventKind,
    LostOut,
    OutDetails,
    WarehouseEvent,
)

JsonScalar = str | int | bool | None
OutJson = dict[str, JsonScalar]
"""A scan-out's stored JSON object (flat)."""
EventJson = dict[str, object]
"""A timeline event's stored JSON object (the scan-in nests its details)."""


# --- scan-out details ------------------------------------------------------------------------


def encode_out(out: OutDetails) -> OutJson:
    """The stored JSON object of a scan-out (same keys, same order as before issue 14)."""
    data: OutJson = {}
    match out:
        case EmsOut():
            data |= {"weight": _dec(out.weight), "ems_fee": str(out.ems_fee),
                     "paid": str(out.paid), "payment": out.payment.value if out.payment else "",
                     "shortfall": str(out.shortfall), "destination": out.destination,
                     "ems_no": out.ems_no}
            if out.courier_id is not None or out.courier:
                data |= {"courier_id": out.courier_id, "courier": out.courier}
        case CourierReturnOut():
            data |= {"courier_id": out.courier_id, "courier": out.courier, "label": out.label}
            data |= _air(out.air)
        case CompanyReturnOut():
            data |= {"company": out.company, "label": out.label}
            data |= _air(out.air)
        case DeliveryOut() | DriverOut():
            data |= {"courier_id": out.courier_id, "courier": out.courier}
        case CollectedOut():
            data["checked_by"] = out.checked_by.value
        case LostOut():
            data |= {"stocktake_id": out.stocktake_id, "approved_by": out.approved_by}
    return data


def decode_out(disposition: Disposition, data: Mapping[str, object]) -> OutDetails:
    """The typed scan-out of a stored JSON object (keys it does not know are ignored)."""
    courier = _str(data, "courier")
    courier_id = _int(data, "courier_id")
    match disposition:
        case Disposition.DELIVERY:
            return DeliveryOut(courier_id, courier)
        case Disposition.DRIVER:
            return DriverOut(courier_id, courier)
        case Disposition.COLLECTED:
            how = _str(data, "checked_by")
            return CollectedOut(CheckedBy(how) if how in CheckedBy.__members__.values()
                                else CheckedBy.CODE)
        case Disposition.RETURN_COURIER:
            return CourierReturnOut(courier_id, courier, _str(data, "label"), _air_of(data))
        case Disposition.RETURN_COMPANY:
            return CompanyReturnOut(_str(data, "company"), _str(data, "label"), _air_of(data))
        case Disposition.EMS:
            payment = _str(data, "payment")
            return EmsOut(
                weight=_decimal(data, "weight"),
                ems_fee=_amount(data, "ems_fee"),
                paid=_amount(data, "paid"),
                payment=Payment(payment) if payment in Payment.__members__.values() else None,
                shortfall=_amount(data, "shortfall"),
                destination=_str(data, "destination"), ems_no=_str(data, "ems_no"),
                courier_id=courier_id, courier=courier)
        case Disposition.LOST:
            return LostOut(_int(data, "stocktake_id"), _str(data, "approved_by"))
    raise ValueError(disposition)  # pragma: no cover - every disposition is matched


def _air(air: AirFee | None) -> OutJson:
    if air is None:
        return {}
    return {"air": True, "province": air.province, "weight": str(air.weight),
            "fee": str(air.fee), **({"city": air.city} if air.city else {})}


def _air_of(data: Mapping[str, object]) -> AirFee | None:
    if not data.get("air"):
        return None
    return AirFee(_str(data, "province"), _amount(data, "weight"), _amount(data, "fee"),
                  _str(data, "city"))


# --- timeline events -------------------------------------------------------------------------


def out_event_data(out: OutDetails) -> OutJson:
    """The ``out`` event's data: the disposition and the scan-out."""
    return {"disposition": out.disposition.value, **encode_out(out)}


def delivery_scan_data(out: ByCourier) -> OutJson:
    """The ``delivery_scan`` a delivery (or the desk's delivery scan, WH-7) records."""
    return {"courier": out.courier, "courier_id": out.courier_id}


def scanned_in_data(reason: Reason, details: ProblemDetails, location: str, pickup_code: str,
                    extra: Mapping[str, object] | None = None) -> EventJson:
    """The ``in`` event's data: the reason, its details and where it was put, plus the note,
    the X-6 signed receipt and the headless / misroute links when there are any."""
    return {"reason": reason.value, "details": details.as_dict(), "location": location,
            "pickup_code": pickup_code, **(extra or {})}


def details_data(reason: Reason, details: ProblemDetails) -> EventJson:
    """The ``details`` event's data (a reason recorded again)."""
    return {"reason": reason.value, "details": details.as_dict()}


def placed_data(was: str, location: str, pickup_code: str) -> OutJson:
    """A ``moved`` / ``stocktake_found`` event's data: from where to where, the new code."""
    return {"from": was, "location": location, "pickup_code": pickup_code}


def message_data(company: str, text: str, *, return_requested: bool = False) -> OutJson:
    """A ``message_out`` / ``message_in`` event's data (WH-8)."""
    return {"company": company, "text": text} | (
        {"return_requested": True} if return_requested else {})


def text_data(key: str, text: str) -> OutJson:
    """A ``note`` (``text``) or ``notified`` (``note``) event's data; empty without text."""
    return {key: text} if text else {}


def planned_data(driver: ByCourier) -> OutJson:
    """The ``planned`` event's data (WH-13)."""
    return {"driver": driver.courier, "driver_id": driver.courier_id}


def event_reason(event: WarehouseEvent) -> Reason | None:
    """The reason an ``in`` / ``details`` event records (None for other events)."""
    raw = event.data.get("reason") if event.kind in REASON_KINDS else None
    return Reason(raw) if isinstance(raw, str) and raw in Reason.__members__.values() else None


def return_requested(event: WarehouseEvent) -> bool:
    """A reply asking for a return (WH-8: the parcel leaves the same day)."""
    return event.kind == EventKind.MESSAGE_IN and bool(event.data.get("return_requested"))


# --- values ----------------------------------------------------------------------------------


def _str(data: Mapping[str, object], key: str) -> str:
    value = data.get(key)
    return "" if value is None else str(value)


def _int(data: Mapping[str, object], key: str) -> int | None:
    value = data.get(key)
    if isinstance(value, bool) or value is None or value == "":
        return None
    try:
        return int(str(value))
    except ValueError:
        return None


def _decimal(data: Mapping[str, object], key: str) -> Decimal | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _amount(data: Mapping[str, object], key: str) -> Decimal:
    """A stored amount; 0 when an old row lacks it (``0.00`` stays ``0.00``)."""
    value = _decimal(data, key)
    return Decimal("0") if value is None else value


def _dec(value: Decimal | None) -> str:
    return "" if value is None else str(value)
