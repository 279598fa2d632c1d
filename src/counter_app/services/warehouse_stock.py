"""The steps the warehouse's use cases share (issue 14 §2): find a parcel in stock, place it
and give it a pickup code, log an event on its timeline, close its stay, and the station's
warehouse settings as the rules read them. Each takes the caller's unit of work: the use case
opens the one transaction."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from counter_app.domain.clock import Clock
from counter_app.domain.errors import AlreadyOut, FieldInvalid, NotInStock
from counter_app.domain.receipts import HALF_WIDTH_NUMBERS
from counter_app.domain.staff import Courier, StaffMember
from counter_app.domain.station import PROVINCES
from counter_app.domain.text import check_text
from counter_app.domain.warehouse import (
    DeadlineRules,
    Location,
    LocationKind,
    choose_layer,
    pickup_code,
)
from counter_app.domain.warehouse_codec import (
    delivery_scan_data,
    out_event_data,
)
from counter_app.domain.warehouse_stay import (
    DeliveryOut,
    EventKind,
    OutDetails,
    StayRecord,
    WarehouseEvent,
)
from counter_app.domain.warehouse_tariff import (
    SAMPLE_RETURN_TARIFF,
    ReturnTariff,
    check_weight,
    tariff_from_rows,
)
from counter_app.services import audit
from counter_app.services.ports import UnitOfWork, UnitOfWorkFactory

DEFAULT_LOCATIONS = (
    Location("A", LocationKind.SHELF, 200, 4),
    Location("B", LocationKind.SHELF, 200, 4),
    Location("C", LocationKind.SHELF, 200, 4),
    Location("D", LocationKind.BULKY, 40, 1),
    Location("R", LocationKind.RETURNS, 120, 3),
    Location("N", LocationKind.NEXT_ROUND, 120, 3),
)
"""Created on first use so a new station can scan in at once; supervisors edit them."""

DEADLINE_KEY = "warehouse.deadlines"
TARIFF_KEY = "warehouse.return_tariff"
TARIFF_BASIS_KEY = "warehouse.return_tariff_basis"
"""WH-11 (issue 16): {"whole_weight", "confirmed_by", "confirmed_at"}."""
MAX_NAME = 40


class UseCases:
    """What every group of warehouse use cases is made with: a unit of work per user action
    and the clock."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow_factory
        self._clock = clock


@dataclass(frozen=True)
class TariffBasis:
    """WH-11 (issue 16): charge the excess or the whole weight above the free weight, and who
    confirmed the tariff's reading when (empty: nobody yet)."""

    whole_weight: bool = False
    confirmed_by: str = ""
    confirmed_at: str = ""


# --- input ---------------------------------------------------------------------------------


def check_name(text: str, field: str) -> str:
    """A name typed on the desk (a company, a note): spaces folded, at most ``MAX_NAME``."""
    value = " ".join(check_text(field, text, MAX_NAME).split())
    if len(value) > MAX_NAME:
        raise FieldInvalid(field, "too_long", str(MAX_NAME))
    return value


def parse_weight(text: str) -> Decimal:
    """A weight typed in kg (full-width digits too), checked."""
    value = text.strip().translate(HALF_WIDTH_NUMBERS)
    if not value:
        raise FieldInvalid("weight", "required")
    try:
        return check_weight(Decimal(value))
    except InvalidOperation:
        raise FieldInvalid("weight", "range", "0.01–1000 kg") from None


def minute(moment: datetime) -> str:
    """A time as the handover sheet prints it."""
    return moment.strftime("%m-%d %H:%M")


# --- reads ---------------------------------------------------------------------------------


def open_stay(uow: UnitOfWork, waybill: str) -> StayRecord:
    """The parcel's open stay, or ``AlreadyOut`` (who took it out, when, how) or
    ``NotInStock``."""
    number = waybill.strip().upper()
    stay = uow.warehouse.open_stay(number)
    if stay is None:
        last = uow.warehouse.last_stay(number)
        if last is not None and last.out_at is not None:
            raise AlreadyOut(number, last.out_by or "", last.out_at, last.disposition)
        raise NotInStock(number)
    return stay


def active_courier(uow: UnitOfWork, courier_id: int | None, *, field: str = "courier",
                   known: Courier | None = None) -> Courier:
    """The active courier (or driver) picked on the form, or ``FieldInvalid`` naming it."""
    courier = known if known is not None and known.id == courier_id else (
        uow.couriers.get(courier_id) if courier_id is not None else None)
    if courier is None or not courier.active:
        raise FieldInvalid(field, "required")
    return courier


def ensure_locations(uow: UnitOfWork) -> None:
    """Create the default locations the first time the store is used."""
    if not uow.warehouse.locations():
        for location in DEFAULT_LOCATIONS:
            uow.warehouse.save_location(location)


def deadline_rules(uow: UnitOfWork) -> DeadlineRules:
    """The WH-8 periods (defaults until a supervisor saves them)."""
    raw = uow.settings.get(DEADLINE_KEY)
    return DeadlineRules(**json.loads(raw)) if raw else DeadlineRules()


def tariff_basis(uow: UnitOfWork) -> TariffBasis:
    """The WH-11 basis as saved (the defaults before)."""
    raw = uow.settings.get(TARIFF_BASIS_KEY)
    loaded = json.loads(raw) if raw else {}
    if not isinstance(loaded, dict):
        return TariffBasis()
    return TariffBasis(bool(loaded.get("whole_weight")), str(loaded.get("confirmed_by", "")),
                       str(loaded.get("confirmed_at", "")))


def return_tariff(uow: UnitOfWork, raw: str | None = None) -> ReturnTariff:
    """The WH-11 tariff (the seed's table until a supervisor edits it) with its basis;
    ``raw``: the stored rows when the caller read them already."""
    raw = uow.settings.get(TARIFF_KEY) if raw is None else raw
    tariff = tariff_from_rows(json.loads(raw), PROVINCES) if raw else SAMPLE_RETURN_TARIFF
    return replace(tariff, whole_weight=tariff_basis(uow).whole_weight)


# --- writes --------------------------------------------------------------------------------


def layer_at(uow: UnitOfWork, location: Location) -> int:
    """The layer a parcel put at ``location`` goes on: the least filled (WH-9)."""
    return choose_layer(location, uow.warehouse.layer_counts(location.code))


def place(uow: UnitOfWork, stay: StayRecord, target: Location) -> StayRecord:
    """Put an open stay at ``target`` on its layer with a new pickup code (WH-9): a move and a
    stocktake's find; a scan-in's code is made with its new id (``register_stay``)."""
    assert stay.id is not None
    layer = layer_at(uow, target)
    code = pickup_code(target.code, layer, stay.id)
    uow.warehouse.place(stay.id, target.code, layer, code)
    return replace(stay, location=target.code, layer=layer, pickup_code=code)


def log_event(uow: UnitOfWork, stay: StayRecord, actor: StaffMember, kind: EventKind,
              data: Mapping[str, object], at: datetime) -> None:
    """Add a line to the parcel's timeline (``data`` made by ``warehouse_codec``)."""
    uow.warehouse.add_event(WarehouseEvent(
        waybill_no=stay.waybill_no, at=at, by=actor.job_number, kind=kind, data=dict(data),
        stay_id=stay.id))


def close(uow: UnitOfWork, clock: Clock, stay: StayRecord, actor: StaffMember,
          out: OutDetails, now: datetime) -> None:
    """Close the stay with its ``out`` event (and a delivery's ``delivery_scan``), the audit
    entry and, for a delivery, the courier's delivery-list line (RE-6), or ``AlreadyOut``."""
    assert stay.id is not None
    disposition = out.disposition
    closed = replace(stay, out_at=now, out_by=actor.job_number, disposition=disposition,
                     out=out)
    data = out_event_data(out)
    events = [WarehouseEvent(waybill_no=stay.waybill_no, at=now, by=actor.job_number,
                             kind=EventKind.OUT, data=dict(data), stay_id=stay.id)]
    delivery: tuple[int, date] | None = None
    if isinstance(out, DeliveryOut):
        events.append(WarehouseEvent(
            waybill_no=stay.waybill_no, at=now, by=actor.job_number,
            kind=EventKind.DELIVERY_SCAN, data=dict(delivery_scan_data(out)), stay_id=stay.id))
        delivery = (out.courier_id or 0, now.date())
    entry = audit.entry(clock, actor, entity="wh_stay", entity_id=stay.id,
                        action="scan_out", after=dict(data))
    if not uow.warehouse.close_and_log(closed, events, entry, delivery):
        taken = uow.warehouse.get_stay(stay.id)
        assert taken is not None
        assert taken.out_at is not None
        raise AlreadyOut(stay.waybill_no, taken.out_by or "", taken.out_at,
                         taken.disposition)
