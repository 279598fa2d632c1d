"""Sentences and names of the warehouse (仓库, issue 5); ``ui.messages`` delegates here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.domain.errors import (
    AlreadyInStock,
    AlreadyOut,
    DetailsMissing,
    DomainError,
    NoDeliveryScan,
    NotInStock,
    NotOnList,
    PickupCheckFailed,
    ReasonNotAccepted,
    StoreFull,
)
from counter_app.domain.warehouse import Disposition, LocationKind, Reason
from counter_app.ui import formats

translate = QCoreApplication.translate


def warehouse_field_labels() -> dict[str, str]:
    """The translated names of the warehouse forms' fields."""
    return {
        # the details each problem reason records (WH-6) ...
        "reached": translate("Messages", "Whether the customer was reached"),
        "call_at": translate("Messages", "Call time"),
        "call_outcome": translate("Messages", "Why the call failed"),
        "address": translate("Messages", "Full address"),
        "wanted_time": translate("Messages", "Time the customer wants it"),
        "new_name": translate("Messages", "New recipient name"),
        "new_phone": translate("Messages", "New recipient phone"),
        "nobody_home": translate("Messages", "送无人 category"),
        "attempt_at": translate("Messages", "Time of the failed delivery"),
        "cod_refusal": translate("Messages", "Kind of COD refusal"),
        "answer": translate("Messages", "Customer's answer"),
        "answer_date": translate("Messages", "Date the customer comes"),
        "pickup_at": translate("Messages", "Pickup time"),
        "pickup_place": translate("Messages", "Pickup place"),
        "requested_by": translate("Messages", "Who asked for the return"),
        "refusal": translate("Messages", "Kind of refusal"),
        "detail": translate("Messages", "Detailed reason"),
        # ... and the rest of its forms
        "destination_province": translate("Messages", "Destination province"),
        "location": translate("Messages", "Location"),
        "location_code": translate("Messages", "Location code"),
        "capacity": translate("Messages", "Capacity"),
        "layers": translate("Messages", "Layers"),
        "check": translate("Messages", "Pickup code or phone tail"),
        "weight": translate("Messages", "Weight"),
        "ems_fee": translate("Messages", "EMS fee"),
        "paid_freight": translate("Messages", "Paid freight"),
        "ems_no": translate("Messages", "EMS waybill number"),
        "ems_destination": translate("Messages", "EMS destination"),
        "headless": translate("Messages", "Headless parcel"),
        "stocktake": translate("Messages", "Stocktake"),
        "tariff": translate("Messages", "Return tariff"),
        "self_pickup_days": translate("Messages", "Self-pickup days"),
        "notified_days": translate("Messages", "Days after notifying"),
        "origin_silence_days": translate("Messages", "Days without a reply"),
        "warehouse_days": translate("Messages", "Days to keep warehouse records"),
        # 进仓费 (WH-18, issue 16 §7)
        "entry_fee": translate("Messages", "进仓费"),
        "entry_fee_rules": translate("Messages", "进仓费 rules"),
        "max_kg": translate("Messages", "Per-kg tier's upper weight"),
        "volume": translate("Messages", "Volume"),
    }


def reason_name(reason: Reason) -> str:
    """Translated problem reason (WH-5, WH-6)."""
    return {
        Reason.ADDRESS_UNCLEAR: translate("Messages", "Address unclear"),
        Reason.MOVED: translate("Messages", "Moved"),
        Reason.ADDRESS_CHANGE: translate("Messages", "Address change"),
        Reason.NOBODY_HOME: translate("Messages", "Nobody home"),
        Reason.COD_REFUSED: translate("Messages", "COD refused"),
        Reason.OUT_OF_AREA: translate("Messages", "Out of area"),
        Reason.OPENED: translate("Messages", "Opened for inspection"),
        Reason.SELF_PICKUP: translate("Messages", "Self-pickup"),
        Reason.MISSORTED: translate("Messages", "Mis-sorted"),
        Reason.RETURN: translate("Messages", "Return"),
        Reason.REFUSED: translate("Messages", "Refused"),
        Reason.DAMAGED: translate("Messages", "Damaged, refused"),
        Reason.MISROUTE: translate("Messages", "Wrong 大字, to be cleared"),
    }[reason]


def disposition_name(disposition: Disposition) -> str:
    """Translated way a parcel left the warehouse (WH-4)."""
    return {
        Disposition.DELIVERY: translate("Messages", "Out for delivery"),
        Disposition.COLLECTED: translate("Messages", "Collected by the customer"),
        Disposition.RETURN_COURIER: translate("Messages", "Back to the courier"),
        Disposition.RETURN_COMPANY: translate("Messages", "Back to the company"),
        Disposition.EMS: translate("Messages", "Forwarded via EMS"),
        Disposition.DRIVER: translate("Messages", "Taken by a driver"),
        Disposition.LOST: translate("Messages", "Written off at stocktake"),
    }[disposition]


def location_kind_name(kind: LocationKind) -> str:
    """Translated storage area (WH-9)."""
    return {
        LocationKind.SHELF: translate("Messages", "shelf"),
        LocationKind.BULKY: translate("Messages", "bulky goods area"),
        LocationKind.RETURNS: translate("Messages", "returns area"),
        LocationKind.NEXT_ROUND: translate("Messages", "next-round area"),
    }[kind]


def reason_text(value: str) -> str:
    """A stored warehouse reason value as its translated name (the value if unknown)."""
    try:
        return reason_name(Reason(value))
    except ValueError:
        return value


def disposition_text(value: str) -> str:
    """A stored disposition value as its translated name (the value if unknown)."""
    try:
        return disposition_name(Disposition(value))
    except ValueError:
        return value


def location_kind_text(value: str) -> str:
    """A stored storage-area value as its translated name (the value if unknown)."""
    try:
        return location_kind_name(LocationKind(value))
    except ValueError:
        return value


def describe_warehouse(err: DomainError) -> str | None:
    """The sentence for a warehouse error, or None when ``err`` is not one."""
    from counter_app.ui.messages import field_label

    match err:
        case DetailsMissing():
            return translate(
                "Messages", "Still missing: {fields}. A problem parcel without its details is "
                "neither returned nor messaged."
            ).format(fields=translate("Messages", ", ").join(field_label(f) for f in err.missing))
        case ReasonNotAccepted():
            return translate(
                "Messages", "A courier who would not carry it upstairs or was rude does not make "
                "a problem parcel: no message is left."
            )
        case AlreadyInStock():
            return translate(
                "Messages", "{number} is already in stock: {code} at {location}, since {since}, "
                "scanned in by {by}."
            ).format(number=err.waybill_no, code=err.pickup_code or "—", location=err.location,
                     since=formats.when(err.since), by=err.by)
        case AlreadyOut():
            return translate(
                "Messages", "{number} has already left: {how}, scanned out by {by} at {at}."
            ).format(number=err.waybill_no,
                     how=disposition_name(err.disposition) if err.disposition else "—",
                     by=err.by, at=formats.seconds(err.at))
        case NotInStock():
            return translate(
                "Messages", "{number} is not in the warehouse: it was never scanned in here."
            ).format(number=err.waybill_no)
        case NoDeliveryScan():
            return translate(
                "Messages", "{number} has no delivery scan: do the delivery scan of its area "
                "first, then return it."
            ).format(number=err.waybill_no)
        case PickupCheckFailed():
            return translate(
                "Messages", "Neither the pickup code nor the phone's last 4 digits match "
                "{number}: do not hand it over."
            ).format(number=err.waybill_no)
        case StoreFull():
            return translate(
                "Messages", "No room left in the {area}: type a location with room, or add one "
                "in the warehouse settings."
            ).format(area=location_kind_text(err.kind))
        case NotOnList():
            return translate(
                "Messages", "{number} is not on this driver's pickup list: keep it here."
            ).format(number=err.waybill_no)
    return None
