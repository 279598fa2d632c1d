"""The warehouse office: scan-in with a reason, storage, deadlines, search, stocktake, the
handover sheet and scan-out (WH-1..WH-13, issue 5)."""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from counter_app.domain.clock import Clock
from counter_app.domain.errors import (
    AlreadyInStock,
    AlreadyOut,
    FieldInvalid,
    HeadlessAlreadyMatched,
    NoDeliveryScan,
    NotFound,
    NotInStock,
    NotOnList,
    PermissionDenied,
    PickupCheckFailed,
    StoreFull,
)
from counter_app.domain.identity import mask_contact
from counter_app.domain.receipts import HALF_WIDTH_NUMBERS, ExpectedParcel, parse_amount
from counter_app.domain.staff import (
    Courier,
    CourierKind,
    Permission,
    Role,
    StaffMember,
    check_phone,
    require,
)
from counter_app.domain.station import PROVINCES
from counter_app.domain.text import check_fields, check_text
from counter_app.domain.warehouse import (
    RETURNS,
    SAMPLE_RETURN_TARIFF,
    TARIFF_READING,
    DeadlineRules,
    Disposition,
    Due,
    ListCheck,
    Location,
    LocationKind,
    ParcelFacts,
    Payment,
    ProblemDetails,
    Reason,
    ReturnTariff,
    SearchKind,
    area_for,
    check_details,
    check_headless_description,
    check_location,
    check_weight,
    choose_layer,
    compare_lists,
    counts_against_station,
    dues,
    ems_shortfall,
    pickup_code,
    pickup_matches,
    propose_location,
    reply_checks_due,
    return_fee,
    return_label,
    same_city,
    search_kind,
    tariff_from_rows,
    tariff_rows,
)
from counter_app.domain.waybills import (
    RejectReason,
    WaybillCheck,
    WaybillRejected,
    check_ems_number,
    normalise,
)
from counter_app.services import audit
from counter_app.services.audit_ports import AuditEntry
from counter_app.services.concurrency import (
    Versioned,
    claim,
    require_current,
    setting_versioned,
    staff_name,
)
from counter_app.services.dto import (
    DISPOSITION_LABELS,
    DUE_LABELS,
    PAYMENT_LABELS,
    REASON_LABELS,
    AirFeeLine,
    AirFeeRegister,
    EmsLine,
    EmsRegister,
    HandoverLine,
    HandoverSheet,
    PickupLabel,
)
from counter_app.services.numbers import judge, valid_number, valid_with
from counter_app.services.ports import (
    HeadlessRecord,
    StayRecord,
    StocktakeRecord,
    UnitOfWork,
    UnitOfWorkFactory,
    WarehouseEvent,
)
from counter_app.services.receipt_ports import ReceiptRecord
from counter_app.services.station import read_shift_times, station_header

DEFAULT_LOCATIONS = (
    Location("A", LocationKind.SHELF, 200, 4),
    Location("B", LocationKind.SHELF, 200, 4),
    Location("C", LocationKind.SHELF, 200, 4),
    Location("D", LocationKind.BULKY, 40, 1),
    Location("R", LocationKind.RETURNS, 120, 3),
    Location("N", LocationKind.NEXT_ROUND, 120, 3),
)
"""Created on first use so a new station can scan in at once; supervisors edit them."""

_DEADLINE_KEY = "warehouse.deadlines"
_TARIFF_KEY = "warehouse.return_tariff"
_TARIFF_BASIS_KEY = "warehouse.return_tariff_basis"
"""WH-11 (issue 16): {"whole_weight", "confirmed_by", "confirmed_at"}."""
_REPLY_CHECK = "wh_reply_check"
"""Audit entity of a WH-16 reply check, ``entity_id`` the day (YYYY-MM-DD)."""
_SHIFT_KEYS = ("early_start", "early_end", "late_start", "late_end")
MAX_NAME = 40
SEARCH_DAYS = 180


@dataclass(frozen=True)
class ScanInDraft:
    """What the scan-in form holds when the clerk presses Enter."""

    waybill: str
    reason: Reason | None
    details: ProblemDetails = field(default_factory=ProblemDetails)
    recipient: str = ""
    phone: str = ""
    bulky: bool = False
    location: str = ""
    """Empty: the proposed location."""
    destination_province: str = ""
    note: str = ""


@dataclass(frozen=True)
class ScanOutDraft:
    """How a parcel leaves (WH-4) and what that disposition needs."""

    disposition: Disposition
    courier_id: int | None = None
    """Delivery: the courier; 退回XX人: the courier; EMS: who collects a shortfall."""
    check: str = ""
    """Collected: the pickup code or the phone's last 4 digits."""
    company: str = ""
    """上网退XX公司: the company."""
    air: bool = False
    """A return of an air parcel costs a fee (WH-11)."""
    province: str = ""
    """Return: the province it goes back to (for the fee)."""
    city: str = ""
    """Return: the city (「菏泽市」), for a tariff row naming a city (WH-11, issue 16)."""
    weight: str = ""
    ems_fee: str = ""
    paid_freight: str = ""
    payment: Payment | None = None
    ems_no: str = ""
    """EMS: the new EMS waybill number (WH-17, checked as an EMS / S10 number)."""
    ems_destination: str = ""
    """EMS: where it is forwarded to (WH-17); empty: the province typed at scan-in."""


@dataclass(frozen=True)
class TariffReading:
    """WH-11 (issue 16): the shipped reading of 「江浙沪皖鲁西南」 and what the station did."""

    reading: str
    own_rows: bool
    """The station saved its own tariff rows (the shipped reading no longer applies as is)."""
    confirmed_by: str
    confirmed_at: str
    whole_weight: bool

    @property
    def confirmed(self) -> bool:
        """The station confirmed the reading or saved its own rows."""
        return self.own_rows or bool(self.confirmed_by)


@dataclass(frozen=True)
class Lookup:
    """What a scan finds: in stock (where, since when), or its last stay, or nothing."""

    waybill_no: str
    open_stay: StayRecord | None
    last_stay: StayRecord | None
    expected: ExpectedParcel | None
    receipt: ReceiptRecord | None = None
    """X-6: the parcel was already entered as signed at the night desk — warn before scan-in."""

    @property
    def signed(self) -> bool:
        """Whether a signed receipt was entered for it (X-6: a signed parcel is not in stock)."""
        return self.receipt is not None


@dataclass(frozen=True)
class Proposal:
    """The location proposed for a new parcel, with its fill."""

    kind: LocationKind
    location: Location | None
    occupancy: int


@dataclass(frozen=True)
class LocationView:
    """A location with how many parcels it holds."""

    location: Location
    occupancy: int


@dataclass(frozen=True)
class BoardLine:
    """A deadline on the board (WH-8)."""

    stay: StayRecord
    due: Due


@dataclass(frozen=True)
class DeadlineBoard:
    """What falls due today and what is overdue, most overdue first."""

    today: date
    due_today: tuple[BoardLine, ...]
    overdue: tuple[BoardLine, ...]


@dataclass(frozen=True)
class OpenProblem:
    """A parcel in stock with a problem record or messages but no scan-out (WH-4)."""

    stay: StayRecord
    days: int
    messages: int
    last_event: WarehouseEvent | None
    counts_against_station: bool


@dataclass(frozen=True)
class BoardEntry:
    """One parcel's place on the deadline board and the problem list (issue 21 §5): its
    lines due today or overdue, and its problem line; none of either once it is out."""

    waybill_no: str
    today: date
    lines: tuple[BoardLine, ...]
    problem: OpenProblem | None


@dataclass(frozen=True)
class StocktakeResult:
    """A stocktake's comparison; ``elsewhere`` maps an unexpected parcel to its recorded
    location, ``not_in_stock`` lists unexpected parcels the store has no open record of."""

    stocktake: StocktakeRecord
    check: ListCheck
    elsewhere: dict[str, str]
    not_in_stock: tuple[str, ...]


@dataclass(frozen=True)
class ScanOutResult:
    """A parcel scanned out, with the label text for returns and any fee."""

    stay: StayRecord
    label: str = ""
    fee: Decimal | None = None
    shortfall: Decimal | None = None


def _weight(text: str) -> Decimal:
    value = text.strip().translate(HALF_WIDTH_NUMBERS)
    if not value:
        raise FieldInvalid("weight", "required")
    try:
        return check_weight(Decimal(value))
    except InvalidOperation:
        raise FieldInvalid("weight", "range", "0.01–1000 kg") from None


def _name(text: str, field: str) -> str:
    value = " ".join(check_text(field, text, MAX_NAME).split())
    if len(value) > MAX_NAME:
        raise FieldInvalid(field, "too_long", str(MAX_NAME))
    return value


def _minute(moment: datetime) -> str:
    return moment.strftime("%m-%d %H:%M")


class WarehouseService:
    """Use cases of the warehouse office; every change is audited in its own transaction."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        clock: Clock,
        photo_dir: Path | None = None,
    ) -> None:
        """``photo_dir`` keeps copies of headless-parcel photos (WH-3)."""
        self._uow = uow_factory
        self._clock = clock
        self._photo_dir = photo_dir

    # --- settings ------------------------------------------------------------------------

    def deadline_rules(self) -> DeadlineRules:
        """WH-8 periods (defaults 3 / 3 / 5 days)."""
        with self._uow() as uow:
            return self._rules(uow)

    def deadline_rules_versioned(self) -> Versioned[DeadlineRules]:
        """WH-8 periods with the version an editor saves against (issue 13 §2)."""
        with self._uow() as uow:
            raw, version = setting_versioned(uow, _DEADLINE_KEY)
        return Versioned(DeadlineRules(**json.loads(raw)) if raw else DeadlineRules(), version)

    def set_deadline_rules(self, actor: StaffMember, rules: DeadlineRules,
                           version: int | None = None) -> None:
        """Change the WH-8 periods (supervisor), audited; with ``version``, a save over a
        newer one is ``StaleEdit``."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        rules.check()
        with self._uow() as uow:
            claim(uow, "setting", _DEADLINE_KEY, version, what="deadline_rules",
                  audit_entities=("setting",))
            before = self._rules(uow)
            uow.settings.set(_DEADLINE_KEY, json.dumps(audit.snapshot(rules)))
            audit.record(uow, self._clock, actor, entity="setting", entity_id=_DEADLINE_KEY,
                         action="update", before=audit.snapshot(before),
                         after=audit.snapshot(rules))
            uow.commit()

    def return_tariff(self) -> ReturnTariff:
        """The WH-11 return tariff (the seed's table until a supervisor edits it)."""
        with self._uow() as uow:
            return self._tariff(uow)

    def return_tariff_versioned(self) -> Versioned[ReturnTariff]:
        """The WH-11 return tariff with its version (issue 13 §2)."""
        with self._uow() as uow:
            raw, version = setting_versioned(uow, _TARIFF_KEY)
            basis = self._basis(uow)
        tariff = tariff_from_rows(json.loads(raw), PROVINCES) if raw else SAMPLE_RETURN_TARIFF
        return Versioned(replace(tariff, whole_weight=bool(basis.get("whole_weight"))), version)

    def tariff_reading(self) -> TariffReading:
        """WH-11 (issue 16): which reading of 「江浙沪皖鲁西南」 the shipped tariff took, whether
        the station confirmed it (or saved its own rows), and the 「5公斤以上」 basis."""
        with self._uow() as uow:
            basis = self._basis(uow)
            own = uow.settings.get(_TARIFF_KEY) is not None
        return TariffReading(TARIFF_READING, own, str(basis.get("confirmed_by", "")),
                             str(basis.get("confirmed_at", "")),
                             bool(basis.get("whole_weight")))

    def set_tariff_basis(self, actor: StaffMember, *, whole_weight: bool) -> None:
        """WH-11 (issue 16): charge the excess or the whole weight above the free weight; saving
        it also confirms the tariff's reading (supervisor, audited)."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        with self._uow() as uow:
            before = self._basis(uow)
            after = {"whole_weight": whole_weight, "confirmed_by": actor.job_number,
                     "confirmed_at": self._clock.now().strftime("%Y-%m-%d %H:%M")}
            uow.settings.set(_TARIFF_BASIS_KEY, json.dumps(after))
            audit.record(uow, self._clock, actor, entity="setting",
                         entity_id=_TARIFF_BASIS_KEY, action="update", before=before,
                         after=after)
            uow.commit()

    def set_return_tariff(self, actor: StaffMember, rows: list[list[str]],
                          version: int | None = None) -> ReturnTariff:
        """Replace the return tariff from edited rows (see ``domain.warehouse.tariff_rows``);
        with ``version``, a save over a newer tariff is ``StaleEdit``."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        tariff = tariff_from_rows(rows, PROVINCES)
        with self._uow() as uow:
            claim(uow, "setting", _TARIFF_KEY, version, what="return_tariff",
                  audit_entities=("setting",))
            before = tariff_rows(self._tariff(uow))
            uow.settings.set(_TARIFF_KEY, json.dumps(tariff_rows(tariff), ensure_ascii=False))
            audit.record(uow, self._clock, actor, entity="setting", entity_id=_TARIFF_KEY,
                         action="update", before={"rows": before},
                         after={"rows": tariff_rows(tariff)})
            uow.commit()
        return tariff

    def locations(self) -> list[LocationView]:
        """Every location with its fill, ordered by code."""
        with self._uow() as uow:
            self._ensure_locations(uow)
            occupancy = uow.warehouse.occupancy()
            views = [LocationView(loc, occupancy.get(loc.code, 0))
                     for loc in uow.warehouse.locations()]
            uow.commit()
        return views

    def save_location(self, actor: StaffMember, location: Location,
                      version: int | None = None) -> Location:
        """Add or change a location (supervisor); a location cannot shrink below its fill.
        With ``version`` (0 for a new one), a save over a newer record is ``StaleEdit``."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        location = check_location(location)
        with self._uow() as uow:
            claim(uow, "wh_location", location.code, version)
            self._ensure_locations(uow)
            before = next((x for x in uow.warehouse.locations() if x.code == location.code), None)
            held = uow.warehouse.occupancy().get(location.code, 0)
            if location.capacity < held:
                raise FieldInvalid("capacity", "below_fill", str(held))
            if not location.active and held:
                raise FieldInvalid("active", "not_empty", str(held))
            uow.warehouse.save_location(location)
            audit.record(uow, self._clock, actor, entity="wh_location", entity_id=location.code,
                         action="update" if before else "create",
                         before=audit.snapshot(before) if before else None,
                         after=audit.snapshot(location))
            uow.commit()
        return location

    # --- scan-in -------------------------------------------------------------------------

    def lookup(self, actor: StaffMember, text: str) -> Lookup:
        """What the store knows about a scanned number (issue 5 §4: where and since when)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            number = valid_number(uow, text)
            return Lookup(
                waybill_no=number,
                open_stay=uow.warehouse.open_stay(number),
                last_stay=uow.warehouse.last_stay(number),
                expected=uow.receipts.expected(number),
                receipt=uow.receipts.by_waybill(number),
            )

    def propose(self, reason: Reason | None, details: ProblemDetails, *, bulky: bool) -> Proposal:
        """Where a parcel of this reason should go (WH-9), before it is saved."""
        kind = area_for(reason or Reason.MISSORTED, details, bulky=bulky) if reason else (
            LocationKind.BULKY if bulky else LocationKind.SHELF)
        with self._uow() as uow:
            self._ensure_locations(uow)
            occupancy = uow.warehouse.occupancy()
            location = propose_location(uow.warehouse.locations(), occupancy, kind)
            uow.commit()
        return Proposal(kind, location, occupancy.get(location.code, 0) if location else 0)

    def scan_in(
        self,
        actor: StaffMember,
        draft: ScanInDraft,
        *,
        headless_id: int | None = None,
        misroute_id: int | None = None,
    ) -> StayRecord:
        """Register a retained or problem parcel: a reason with every detail it needs (WH-5,
        WH-6), a location and a pickup code. A parcel already in stock raises
        ``AlreadyInStock`` saying where and since when; nothing is doubled."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            uow.single_write()  # one read, one write statement (issue 13 §7)
            stay = self._scan_in(uow, actor, draft, headless_id=headless_id,
                                 misroute_id=misroute_id)
            uow.commit()
        return stay

    def _scan_in(self, uow: UnitOfWork, actor: StaffMember, draft: ScanInDraft, *,
                 headless_id: int | None = None, misroute_id: int | None = None) -> StayRecord:
        """The scan-in inside the caller's transaction (a headless match shares it)."""
        check_fields(draft)  # issue 13 §6
        now = self._clock.now()
        if draft.reason is None:
            raise FieldInvalid("reason", "required")
        details = check_details(draft.reason, draft.details, now)
        recipient = _name(draft.recipient, "recipient")
        phone = check_phone(draft.phone, field="recipient_phone", required=False)
        province = draft.destination_province.strip()
        if province and province not in PROVINCES:
            raise FieldInvalid("destination_province", "unknown")
        # one read for everything the decision needs (issue 13 §7): own carriers, locations
        # and their fill, the receipt entered for the number, the new stay's id
        context = uow.warehouse.scan_in_context(normalise(draft.waybill))
        number = valid_with(context.own_carriers, draft.waybill)
        receipt = context.receipt if number == normalise(draft.waybill) else \
            uow.receipts.by_waybill(number)
        # no read-before-write: the one-open-stay index refuses a parcel already in stock and
        # register_stay names where it is (AlreadyInStock)
        self._ensure_locations(uow)
        location = self._target(uow, draft, details)
        return self._register(uow, actor, location, StayRecord(
            waybill_no=number, reason=draft.reason, details=details,
            location=location.code, in_at=now, in_by=actor.job_number,
            recipient=recipient, phone=phone, bulky=draft.bulky,
            destination_province=province, misroute_id=misroute_id,
            headless_id=headless_id, id=context.next_id,
        ), ({"note": _name(draft.note, "note")} if draft.note.strip() else {})
            | _signed_note(receipt))

    def _register(self, uow: UnitOfWork, actor: StaffMember, location: Location,
                  record: StayRecord, extra: dict[str, Any]) -> StayRecord:
        """Store a new stay at ``location`` with its pickup code, its ``in`` event and the
        audit entry (scan-in and the misroute link share this): one write statement on
        PostgreSQL (issue 13 §7, issue 18 §2)."""
        layer = choose_layer(location, uow.warehouse.layer_counts(location.code))

        def rows(stay: StayRecord) -> tuple[dict[str, Any], AuditEntry]:
            data: dict[str, Any] = {"reason": stay.reason.value,
                                    "details": stay.details.as_dict(),
                                    "location": location.code, "pickup_code": stay.pickup_code,
                                    **extra}
            ids = {key: getattr(stay, key) for key in ("headless_id", "misroute_id")
                   if getattr(stay, key) is not None}
            # the event keeps the whole scan-in; the audit entry says who put which parcel
            # where and why (WH-2) without repeating the details (issue 21 §4)
            return data | ids, audit.entry(
                self._clock, actor, entity="wh_stay", entity_id=stay.id, action="scan_in",
                after={"waybill_no": stay.waybill_no, "reason": stay.reason.value,
                       "location": location.code, "pickup_code": stay.pickup_code, **ids})

        # the one-open-stay index decides between two PCs: AlreadyInStock names the first
        return uow.warehouse.register_stay(
            replace(record, location=location.code, layer=layer), rows)

    def _refuse_if_in_stock(self, uow: UnitOfWork, number: str) -> None:
        current = uow.warehouse.open_stay(number)
        if current is not None:
            raise AlreadyInStock(number, current.location, current.pickup_code,
                                 current.in_at, current.in_by)

    def _target(self, uow: UnitOfWork, draft: ScanInDraft, details: ProblemDetails) -> Location:
        locations = uow.warehouse.locations()
        occupancy = uow.warehouse.occupancy()
        if draft.location.strip():
            code = draft.location.strip().upper()
            chosen = next((x for x in locations if x.code == code and x.active), None)
            if chosen is None:
                raise FieldInvalid("location", "unknown", code)
            if occupancy.get(code, 0) >= chosen.capacity:
                raise FieldInvalid("location", "full", code)
            return chosen
        assert draft.reason is not None
        kind = area_for(draft.reason, details, bulky=draft.bulky)
        proposed = propose_location(locations, occupancy, kind)
        if proposed is None:
            raise StoreFull(kind.value)
        return proposed

    def from_misroute(self, actor: StaffMember, misroute_id: int) -> StayRecord:
        """A misrouted parcel whose destination cannot be determined goes to the problem flow
        (issue 7 §3): a warehouse record with reason 错写大字待查, linked to the register row,
        kept with the returns and mis-sent parcels. Any desk that registers misroutes may do
        it; the contact and messages then follow on the warehouse desk. If the parcel is
        already in stock, the existing record is linked (nothing doubled)."""
        require(actor.role, Permission.USE_MISROUTE)
        now = self._clock.now()
        with self._uow() as uow:
            entry = uow.misroutes.get(misroute_id)
            if entry is None:
                raise NotFound("misroute", str(misroute_id))
            if not entry.needs_problem_flow:
                raise FieldInvalid("needs_problem_flow", "required")
            current = uow.warehouse.open_stay(entry.waybill_no)
            if current is not None:
                return current
            self._ensure_locations(uow)
            location = propose_location(uow.warehouse.locations(), uow.warehouse.occupancy(),
                                        LocationKind.RETURNS)
            if location is None:
                raise StoreFull(LocationKind.RETURNS.value)
            details = ProblemDetails(detail=f"错写大字：{entry.wrong_dazi or '漏写'}，始发"
                                            f"{entry.origin_site}，目的地无法确定")
            stay = self._register(uow, actor, location, StayRecord(
                waybill_no=entry.waybill_no, reason=Reason.MISROUTE, details=details,
                location=location.code, in_at=now, in_by=actor.job_number,
                misroute_id=misroute_id), {})
            uow.commit()
        return stay

    def linked_to_misroute(self, waybill: str) -> StayRecord | None:
        """The newest warehouse record of a waybill (the misroute screen shows its link)."""
        with self._uow() as uow:
            return uow.warehouse.last_stay(waybill.strip().upper())

    def update_details(
        self, actor: StaffMember, waybill: str, reason: Reason, details: ProblemDetails
    ) -> StayRecord:
        """Record what changed (e.g. the customer was reached and gave the address)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        now = self._clock.now()
        details = check_details(reason, details, now)
        with self._uow() as uow:
            stay = self._open(uow, waybill)
            assert stay.id is not None
            uow.warehouse.update_details(stay.id, reason, details)
            data = {"reason": reason.value, "details": details.as_dict()}
            self._event(uow, stay, actor, "details", data, now)
            audit.record(uow, self._clock, actor, entity="wh_stay", entity_id=stay.id,
                         action="details",
                         before={"reason": stay.reason.value, "details": stay.details.as_dict()},
                         after=data)
            uow.commit()
        return replace(stay, reason=reason, details=details)

    def relocate(self, actor: StaffMember, waybill: str, location_code: str) -> StayRecord:
        """Move a parcel to another location; it gets a new pickup code."""
        require(actor.role, Permission.USE_WAREHOUSE)
        now = self._clock.now()
        with self._uow() as uow:
            stay = self._open(uow, waybill)
            assert stay.id is not None
            code = location_code.strip().upper()
            target = next((x for x in uow.warehouse.locations() if x.code == code and x.active),
                          None)
            if target is None:
                raise FieldInvalid("location", "unknown", code)
            if code != stay.location and uow.warehouse.occupancy().get(code, 0) >= target.capacity:
                raise FieldInvalid("location", "full", code)
            layer = choose_layer(target, uow.warehouse.layer_counts(code))
            new_code = pickup_code(code, layer, stay.id)
            uow.warehouse.place(stay.id, code, layer, new_code)
            data = {"from": stay.location, "location": code, "pickup_code": new_code}
            self._event(uow, stay, actor, "moved", data, now)
            audit.record(uow, self._clock, actor, entity="wh_stay", entity_id=stay.id,
                         action="move", before={"location": stay.location,
                                                "pickup_code": stay.pickup_code}, after=data)
            uow.commit()
        return replace(stay, location=code, layer=layer, pickup_code=new_code)

    # --- while it is here ----------------------------------------------------------------

    def notify_customer(self, actor: StaffMember, waybill: str, note: str = "") -> None:
        """The customer was told to collect (starts the WH-8 notified period)."""
        self._log(actor, waybill, "notified", {"note": _name(note, "note")} if note else {})

    def log_message(
        self,
        actor: StaffMember,
        waybill: str,
        *,
        outgoing: bool,
        company: str,
        text: str,
        return_requested: bool = False,
    ) -> None:
        """A 留言 to or from another company, with its time (WH-8). A reply asking for a
        return makes the parcel due to leave the same day."""
        company_name = _name(company, "company")
        if not company_name:
            raise FieldInvalid("company", "required")
        body = " ".join(text.split())
        if not body:
            raise FieldInvalid("message", "required")
        if len(body) > 500:
            raise FieldInvalid("message", "too_long", "500")
        data: dict[str, Any] = {"company": company_name, "text": body}
        if return_requested and not outgoing:
            data["return_requested"] = True
        self._log(actor, waybill, "message_out" if outgoing else "message_in", data)

    def delivery_scan(self, actor: StaffMember, waybill: str, courier_id: int) -> None:
        """The area's delivery scan a parcel needs before it can be returned (WH-7)."""
        with self._uow() as uow:
            courier = self._courier(uow, courier_id)
        self._log(actor, waybill, "delivery_scan", {"courier": courier.name,
                                                     "courier_id": courier.id})

    def add_note(self, actor: StaffMember, waybill: str, text: str) -> None:
        """A work-log note on a parcel (X-3)."""
        body = " ".join(text.split())
        if not body:
            raise FieldInvalid("note", "required")
        if len(body) > 500:
            raise FieldInvalid("note", "too_long", "500")
        self._log(actor, waybill, "note", {"text": body})

    def _log(self, actor: StaffMember, waybill: str, kind: str, data: dict[str, Any]) -> None:
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            stay = self._open(uow, waybill)
            self._event(uow, stay, actor, kind, data, self._clock.now())
            audit.record(uow, self._clock, actor, entity="wh_stay", entity_id=stay.id,
                         action=kind, after=data)
            uow.commit()

    def board(self, actor: StaffMember, today: date | None = None) -> DeadlineBoard:
        """WH-8: what falls due today and what is overdue, every morning."""
        require(actor.role, Permission.USE_WAREHOUSE)
        today = today or self._clock.now().date()
        with self._uow() as uow:
            stays = uow.warehouse.open_stays()
            return self._board(uow, stays, today)

    def _board(self, uow: UnitOfWork, stays: list[StayRecord], today: date) -> DeadlineBoard:
        rules = self._rules(uow)
        events = _events_by_stay(uow, stays)
        profile = uow.station.get()
        city = profile.city if profile is not None else ""
        due_today: list[BoardLine] = []
        overdue: list[BoardLine] = []
        for stay in stays:
            for due in dues(_facts(stay, events.get(stay.id or 0, []), city), rules):
                if due.due_on == today:
                    due_today.append(BoardLine(stay, due))
                elif due.due_on < today:
                    overdue.append(BoardLine(stay, due))
        overdue.sort(key=lambda line: (line.due.due_on, line.stay.in_at))
        due_today.sort(key=lambda line: line.stay.in_at)
        return DeadlineBoard(today, tuple(due_today), tuple(overdue))

    def reply_checks_due(self, actor: StaffMember) -> tuple[time, ...]:
        """WH-16 (第七节 §5): the reply-check times of today (noon, afternoon: station
        settings) that have come without anyone saying the replies were read since."""
        require(actor.role, Permission.USE_WAREHOUSE)
        now = self._clock.now()
        with self._uow() as uow:
            times = self._rules(uow).reply_check_times()
            entry = uow.audit.last_change((_REPLY_CHECK,), now.date().isoformat())
        checked = (entry.at,) if entry is not None else ()
        return reply_checks_due(times, now, checked)

    def replies_checked(self, actor: StaffMember) -> None:
        """WH-16: the desk read the replies to its messages now (audited, clears the
        reminder until the next reply-check time)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        now = self._clock.now()
        with self._uow() as uow:
            audit.record(uow, self._clock, actor, entity=_REPLY_CHECK,
                         entity_id=now.date().isoformat(), action="replies_checked")
            uow.commit()

    def open_problems(self, actor: StaffMember) -> list[OpenProblem]:
        """WH-4: parcels with a problem record or messages and no scan-out, oldest first."""
        require(actor.role, Permission.USE_WAREHOUSE)
        today = self._clock.now().date()
        with self._uow() as uow:
            stays = uow.warehouse.open_stays()
            events = _events_by_stay(uow, stays)
        return [_problem(stay, events.get(stay.id or 0, []), today) for stay in stays]

    def board_entry(self, actor: StaffMember, waybill_no: str) -> BoardEntry:
        """One parcel's lines on the board and in the problem list, after a scan-in, a
        scan-out or an action on it: the workspace updates those rows alone instead of
        reloading thousands (issue 21 §5)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        today = self._clock.now().date()
        with self._uow() as uow:
            stay = uow.warehouse.open_stay(waybill_no)
            if stay is None:
                return BoardEntry(waybill_no, today, (), None)
            events = _events_by_stay(uow, [stay]).get(stay.id or 0, [])
            rules = self._rules(uow)
            profile = uow.station.get()
        city = profile.city if profile is not None else ""  # same-city parcels (WH-16)
        lines = tuple(BoardLine(stay, due) for due in dues(_facts(stay, events, city), rules)
                      if due.due_on <= today)
        return BoardEntry(waybill_no, today, lines, _problem(stay, events, today))

    # --- search --------------------------------------------------------------------------

    def search(self, actor: StaffMember, text: str) -> list[StayRecord]:
        """By the last 4 digits of a phone (indexed, any age); by a whole waybill number (its
        stays, any age); by part of a number (5+ characters) or a name of 2+ characters through
        the n-gram index (any age, issue 18 §1); a one-character name among the parcels in
        stock and those scanned in during the last ``SEARCH_DAYS`` days."""
        require(actor.role, Permission.USE_WAREHOUSE)
        value = text.strip().translate(HALF_WIDTH_NUMBERS)
        kind = search_kind(value)
        if kind is None:
            raise FieldInvalid("search", "too_short")
        since = self._clock.now() - timedelta(days=SEARCH_DAYS)
        with self._uow() as uow:
            if kind is SearchKind.PHONE_TAIL:
                return uow.warehouse.search_phone_tail(value)
            if kind is SearchKind.WAYBILL:
                value = value.upper()
                if isinstance(judge(uow, value), WaybillCheck):
                    whole = uow.warehouse.last_stay(value)
                    if whole is not None:
                        return [whole]
                recent = uow.warehouse.search_number(value, since=since)
                older = [s for s in uow.warehouse.open_stays() if value in s.waybill_no]
            else:
                recent = uow.warehouse.search_name(value, since=since)
                older = [s for s in uow.warehouse.open_stays() if value in s.recipient]
        ids = {s.id for s in recent}
        return recent + [s for s in reversed(older) if s.id not in ids]

    def timeline(self, actor: StaffMember, waybill: str) -> list[WarehouseEvent]:
        """Every event of a waybill, oldest first (who, when, what)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            return uow.warehouse.events(waybill.strip().upper())

    def stay(self, actor: StaffMember, stay_id: int) -> StayRecord:
        """One stay."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            stay = uow.warehouse.get_stay(stay_id)
        if stay is None:
            raise NotFound("wh_stay", str(stay_id))
        return stay

    def in_stock(self, actor: StaffMember, location: str | None = None) -> list[StayRecord]:
        """Parcels in stock (at one location), oldest first."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            return uow.warehouse.open_stays(location)

    # --- scan-out ------------------------------------------------------------------------

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
                else self._open(uow, number)
            result, data = self._disposition(uow, stay, draft, now, courier=context.courier)
            # the conditional close is the first write: it takes the row lock, so of two PCs
            # only the winner writes anything (issue 5 §12); on PostgreSQL the close, the
            # events, the audit row and the delivery-list line are one statement
            self._close(uow, stay, actor, draft.disposition, data, now,
                        delivery=draft.disposition is Disposition.DELIVERY)
            uow.commit()
        return result

    def _disposition(
        self, uow: UnitOfWork, stay: StayRecord, draft: ScanOutDraft, now: datetime, *,
        courier: Courier | None = None,
    ) -> tuple[ScanOutResult, dict[str, Any]]:
        known = courier
        data: dict[str, Any] = {}
        label = ""
        fee: Decimal | None = None
        shortfall: Decimal | None = None
        match draft.disposition:
            case Disposition.DELIVERY:
                courier = self._courier(uow, draft.courier_id, field="courier", known=known)
                data |= {"courier_id": courier.id, "courier": courier.name}
            case Disposition.DRIVER:
                driver = self._courier(uow, draft.courier_id, field="driver", known=known)
                data |= {"courier_id": driver.id, "courier": driver.name}
            case Disposition.COLLECTED:
                if not draft.check.strip():
                    raise FieldInvalid("check", "required")
                if not pickup_matches(draft.check, stay.pickup_code, stay.phone):
                    raise PickupCheckFailed(stay.waybill_no)
                data["checked_by"] = "code" if "-" in draft.check or not draft.check.strip(
                ).isdigit() else "phone_tail"
            case Disposition.RETURN_COURIER | Disposition.RETURN_COMPANY:
                if not (uow.warehouse.has_event(stay.waybill_no, ("delivery_scan",))
                        or uow.receipts.expected(stay.waybill_no) is not None):
                    raise NoDeliveryScan(stay.waybill_no)  # WH-7
                if draft.disposition is Disposition.RETURN_COURIER:
                    courier = self._courier(uow, draft.courier_id, field="courier", known=known)
                    label = return_label(draft.disposition, courier.name)
                    data |= {"courier_id": courier.id, "courier": courier.name}
                else:
                    company = _name(draft.company, "company")
                    if not company:
                        raise FieldInvalid("company", "required")
                    label = return_label(draft.disposition, company)
                    data["company"] = company
                data["label"] = label
                if draft.air:
                    province = draft.province.strip()
                    if province not in PROVINCES:
                        raise FieldInvalid("province", "required" if not province else "unknown")
                    weight = _weight(draft.weight)
                    city = check_text("city", draft.city, 20).strip()
                    fee = return_fee(self._tariff(uow), province, weight, city)
                    data |= {"air": True, "province": province, "weight": str(weight),
                             "fee": str(fee), **({"city": city} if city else {})}
            case Disposition.EMS:
                weight = _weight(draft.weight)
                ems_fee = parse_amount(draft.ems_fee, "ems_fee")
                paid = parse_amount(draft.paid_freight, "paid_freight")
                if draft.payment is None:
                    raise FieldInvalid("payment", "required")
                shortfall = ems_shortfall(draft.payment, paid, ems_fee)
                ems_no, destination = _ems_forwarding(draft, stay)  # WH-17 (issue 16)
                data |= {"weight": str(weight), "ems_fee": str(ems_fee), "paid": str(paid),
                         "payment": draft.payment.value, "shortfall": str(shortfall),
                         "destination": destination, "ems_no": ems_no}
                if shortfall > 0:
                    # WH-12: a prepaid parcel short of the EMS fee: the courier collects more
                    courier = self._courier(uow, draft.courier_id, field="courier", known=known)
                    data |= {"courier_id": courier.id, "courier": courier.name}
        closed = replace(stay, out_at=now, disposition=draft.disposition, out_details=data)
        return ScanOutResult(closed, label, fee, shortfall), data

    def _close(
        self,
        uow: UnitOfWork,
        stay: StayRecord,
        actor: StaffMember,
        disposition: Disposition,
        data: dict[str, Any],
        now: datetime,
        *,
        delivery: bool = False,
    ) -> None:
        """Close the stay with its ``out`` event (and ``delivery_scan``), the audit entry and,
        for a delivery, the courier's delivery-list line (RE-6), or ``AlreadyOut``."""
        assert stay.id is not None
        closed = replace(stay, out_at=now, out_by=actor.job_number, disposition=disposition,
                         out_details=data)
        events = [WarehouseEvent(waybill_no=stay.waybill_no, at=now, by=actor.job_number,
                                 kind="out", data={"disposition": disposition.value, **data},
                                 stay_id=stay.id)]
        if disposition is Disposition.DELIVERY:
            events.append(WarehouseEvent(
                waybill_no=stay.waybill_no, at=now, by=actor.job_number, kind="delivery_scan",
                data={"courier": data.get("courier", ""), "courier_id": data.get("courier_id")},
                stay_id=stay.id))
        entry = audit.entry(self._clock, actor, entity="wh_stay", entity_id=stay.id,
                            action="scan_out", after={"disposition": disposition.value, **data})
        if not uow.warehouse.close_and_log(
                closed, events, entry,
                (int(data["courier_id"]), now.date()) if delivery else None):
            taken = uow.warehouse.get_stay(stay.id)
            assert taken is not None
            assert taken.out_at is not None
            raise AlreadyOut(stay.waybill_no, taken.out_by or "", taken.out_at,
                             taken.disposition)

    # --- driver pickup (WH-13) -----------------------------------------------------------

    def plan_pickup(self, actor: StaffMember, driver_id: int, waybills: Iterable[str]) -> int:
        """Put parcels in stock on a driver's pickup list; returns how many."""
        require(actor.role, Permission.USE_WAREHOUSE)
        now = self._clock.now()
        count = 0
        with self._uow() as uow:
            driver = self._courier(uow, driver_id, field="driver")
            for text in waybills:
                stay = self._open(uow, valid_number(uow, text))
                assert stay.id is not None
                uow.warehouse.set_planned_driver(stay.id, driver.id)
                self._event(uow, stay, actor, "planned",
                            {"driver": driver.name, "driver_id": driver.id}, now)
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
            driver = self._courier(uow, driver_id, field="driver")
            planned = {s.waybill_no: s for s in uow.warehouse.planned_for(driver_id)}
            check = compare_lists(planned, scanned)
            if check.unexpected:
                raise NotOnList(check.unexpected[0])
            for number in check.matched:
                self._close(uow, planned[number], actor, Disposition.DRIVER,
                            {"courier_id": driver.id, "courier": driver.name}, now)
            uow.commit()
        return check

    # --- headless (WH-3) -----------------------------------------------------------------

    def add_headless(
        self, actor: StaffMember, description: str, location: str = "", photo: Path | None = None
    ) -> HeadlessRecord:
        """A parcel without a readable waybill goes on the headless list (WH-3)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        text = check_headless_description(description)
        if photo is not None and not photo.is_file():
            raise FieldInvalid("photo", "missing")
        stored = ""
        if photo is not None and self._photo_dir is not None:
            self._photo_dir.mkdir(parents=True, exist_ok=True)
            target = self._photo_dir / f"headless-{uuid.uuid4().hex[:12]}{photo.suffix.lower()}"
            shutil.copyfile(photo, target)
            stored = str(target)
        with self._uow() as uow:
            record = uow.warehouse.add_headless(HeadlessRecord(
                description=text, at=self._clock.now(), by=actor.job_number,
                location=location.strip().upper(), photo=stored))
            audit.record(uow, self._clock, actor, entity="wh_headless", entity_id=record.id,
                         action="create", after={"description": text, "photo": record.photo})
            uow.commit()
        return record

    def headless(self, actor: StaffMember, *, open_only: bool = True) -> list[HeadlessRecord]:
        """The headless list."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            return uow.warehouse.headless(open_only=open_only)

    def match_headless(
        self, actor: StaffMember, headless_id: int, draft: ScanInDraft
    ) -> StayRecord:
        """Its number was found: scan it in (with a reason, WH-5) and close the headless
        record, in one transaction (issue 13 §1). The conditional UPDATE is the first write:
        of two clerks matching the same parcel, the second waits for the first, then is told
        who matched it and with which number, and nothing of theirs is stored."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            number = valid_number(uow, draft.waybill)
            if not uow.warehouse.match_headless(headless_id, number, self._clock.now(),
                                                actor.job_number):
                record = uow.warehouse.get_headless(headless_id)
                if record is None:
                    raise NotFound("wh_headless", str(headless_id))
                raise HeadlessAlreadyMatched(
                    headless_id, record.matched_waybill or "",
                    staff_name(uow, record.matched_by or ""), _minute(record.matched_at)
                    if record.matched_at else "")
            stay = self._scan_in(uow, actor, draft, headless_id=headless_id)
            audit.record(uow, self._clock, actor, entity="wh_headless", entity_id=headless_id,
                         action="match", after={"waybill_no": stay.waybill_no})
            uow.commit()
        return stay

    # --- stocktake (盘点) -----------------------------------------------------------------

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
            record = self._stocktake(uow, stocktake_id)
            number = valid_number(uow, text)
            added = uow.warehouse.add_stocktake_scan(record.id or 0, number, self._clock.now(),
                                                     actor.job_number)
            uow.commit()
        return added

    def stocktake_result(self, actor: StaffMember, stocktake_id: int) -> StocktakeResult:
        """Expected-but-missing and found-but-unexpected parcels."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            record = self._stocktake(uow, stocktake_id, open_only=False)
            return self._result(uow, record)

    def _result(self, uow: UnitOfWork, record: StocktakeRecord) -> StocktakeResult:
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

    def recount(self, actor: StaffMember, stocktake_id: int) -> None:
        """Clear the count and scan again."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            record = self._stocktake(uow, stocktake_id)
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
            record = self._stocktake(uow, stocktake_id)
            result = self._result(uow, record)
            for number in result.check.missing:
                stay = uow.warehouse.open_stay(number)
                if stay is None:
                    continue
                data = {"stocktake_id": record.id, "approved_by": approver.job_number}
                self._event(uow, stay, actor, "stocktake_missing", data, now)
                self._close(uow, stay, actor, Disposition.LOST, data, now)
            if record.location:
                target = next(x for x in uow.warehouse.locations() if x.code == record.location)
                for number, was in result.elsewhere.items():
                    stay = uow.warehouse.open_stay(number)
                    assert stay is not None
                    assert stay.id is not None
                    layer = choose_layer(target, uow.warehouse.layer_counts(target.code))
                    code = pickup_code(target.code, layer, stay.id)
                    uow.warehouse.place(stay.id, target.code, layer, code)
                    self._event(uow, stay, actor, "stocktake_found",
                                {"from": was, "location": target.code, "pickup_code": code,
                                 "stocktake_id": record.id,
                                 "approved_by": approver.job_number}, now)
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

    def _stocktake(self, uow: UnitOfWork, stocktake_id: int, *,
                   open_only: bool = True) -> StocktakeRecord:
        record = uow.warehouse.get_stocktake(stocktake_id)
        if record is None:
            raise NotFound("wh_stocktake", str(stocktake_id))
        if open_only and record.closed_at is not None:
            raise FieldInvalid("stocktake", "closed")
        return record

    # --- printed forms -------------------------------------------------------------------

    def handover(self, actor: StaffMember, day: date, shift: str) -> HandoverSheet:
        """The WH-1 handover sheet of a shift (``"early"`` or ``"late"``)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        now = self._clock.now()
        with self._uow() as uow:
            shifts = read_shift_times(uow)
            if shift == "early":
                start, end = shifts.early_start, shifts.early_end
                label = "早班"
            elif shift == "late":
                start, end = shifts.late_start, shifts.late_end
                label = "晚班"
            else:
                raise FieldInvalid("shift", "unknown", shift)
            t0, t1 = datetime.combine(day, start), datetime.combine(day, end)
            until = min(t1, now) if now >= t0 else t1
            names = {m.job_number: m.name for m in uow.staff.all()}
            header = station_header(uow)
            came_in = uow.warehouse.stays_in_between(t0, until)
            went_out = uow.warehouse.stays_out_between(t0, until)
            stock_start = uow.warehouse.stock_at(t0)
            stock_end = uow.warehouse.stock_at(until)
            open_stays = uow.warehouse.open_stays()
            headless_open = len(uow.warehouse.headless(open_only=True))
            board = self._board(uow, open_stays, day)

        def who(job: str | None) -> str:
            return f"{names.get(job or '', '')}({job})" if job else ""

        def line(stay: StayRecord, note: str = "", *, out: bool = False) -> HandoverLine:
            # the 本班出库 section prints 去向 and 出库时间 in the reason and time columns
            at = stay.out_at if out and stay.out_at else stay.in_at
            what = (DISPOSITION_LABELS[stay.disposition.value] if out and stay.disposition
                    else REASON_LABELS[stay.reason.value])
            return HandoverLine(stay.waybill_no, what, stay.pickup_code or stay.location,
                                _minute(at), who(stay.out_by if out else stay.in_by), note)

        def out_note(stay: StayRecord) -> str:
            extra = stay.out_details.get("label") or stay.out_details.get("courier", "")
            return f"{REASON_LABELS[stay.reason.value]} {extra}".strip()

        return HandoverSheet(
            header=header,
            shift=f"{day.isoformat()} {label}",
            period=f"{start.strftime('%H:%M')}–{end.strftime('%H:%M')}",
            printed_at=now.strftime("%Y-%m-%d %H:%M"),
            outgoing_clerk=who(actor.job_number),
            stock_start=stock_start,
            stock_end=stock_end,
            came_in=tuple(line(s) for s in came_in),
            went_out=tuple(line(s, out_note(s), out=True) for s in went_out),
            due_today=tuple(line(b.stay, DUE_LABELS[b.due.kind.value]) for b in board.due_today),
            overdue=tuple(line(b.stay, f"{DUE_LABELS[b.due.kind.value]}（应于"
                                       f"{b.due.due_on.strftime('%m-%d')}）")
                          for b in board.overdue),
            open_problems=tuple(line(s) for s in open_stays),
            headless_open=headless_open,
        )

    def labels(self, actor: StaffMember, waybills: Iterable[str]) -> list[PickupLabel]:
        """Shelf labels of parcels in stock (issue 5 §2), recipient masked (GB/T 41833)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        out = []
        with self._uow() as uow:
            for number in waybills:
                stay = self._open(uow, number)
                out.append(PickupLabel(
                    pickup_code=stay.pickup_code,
                    waybill_no=stay.waybill_no,
                    location=stay.location,
                    reason=REASON_LABELS[stay.reason.value],
                    in_on=stay.in_at.strftime("%Y-%m-%d"),
                    recipient=mask_contact(stay.recipient, stay.phone),
                ))
        return out

    def label_reprinted(self, actor: StaffMember, waybill_no: str) -> None:
        """Log that a pickup label was printed again (「补打」, issue 15)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            audit.record(uow, self._clock, actor, entity="wh_stay", entity_id=waybill_no.strip(),
                         action="reprint_label")
            uow.commit()

    def air_fee_register(self, actor: StaffMember, start: date, end: date) -> AirFeeRegister:
        """The air-return fees charged from ``start`` to ``end`` inclusive, for finance
        (WH-11, issue 16 §5): every return of an air parcel that cost a fee, oldest first."""
        require(actor.role, Permission.USE_WAREHOUSE)
        if end < start:
            raise FieldInvalid("period", "order")
        begin = datetime.combine(start, time())
        finish = datetime.combine(end + timedelta(days=1), time())
        with self._uow() as uow:
            stays = [s for d in RETURNS for s in uow.warehouse.stays_out_between(begin, finish, d)
                     if s.out_details.get("air") and Decimal(s.out_details.get("fee", "0")) > 0]
            names = {m.job_number: m.name for m in uow.staff.all()}
            header = station_header(uow)
        stays.sort(key=lambda s: (s.out_at or begin, s.waybill_no))
        total = sum((Decimal(s.out_details["fee"]) for s in stays), Decimal("0.00"))
        return AirFeeRegister(header, start.isoformat(), end.isoformat(), tuple(
            AirFeeLine(seq=n, out_on=s.out_at.strftime("%Y-%m-%d") if s.out_at else "",
                       waybill_no=s.waybill_no, label=str(s.out_details.get("label", "")),
                       province=str(s.out_details.get("province", "")),
                       weight_kg=str(s.out_details.get("weight", "")),
                       fee=str(s.out_details["fee"]),
                       by=names.get(s.out_by or "", s.out_by or ""))
            for n, s in enumerate(stays, start=1)), f"{total:.2f}")

    def ems_register(self, actor: StaffMember, start: date, end: date) -> EmsRegister:
        """Parcels forwarded via EMS from ``start`` to ``end`` inclusive (WH-12)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        if end < start:
            raise FieldInvalid("period", "order")
        with self._uow() as uow:
            stays = uow.warehouse.stays_out_between(
                datetime.combine(start, time()), datetime.combine(end + timedelta(days=1), time()),
                Disposition.EMS)
            names = {m.job_number: m.name for m in uow.staff.all()}
            header = station_header(uow)
        lines = []
        fee_total = short_total = Decimal("0.00")
        for seq, s in enumerate(stays, start=1):
            d = s.out_details
            fee_total += Decimal(d.get("ems_fee", "0"))
            short_total += Decimal(d.get("shortfall", "0"))
            lines.append(EmsLine(
                seq=seq,
                out_on=s.out_at.strftime("%Y-%m-%d") if s.out_at else "",
                waybill_no=s.waybill_no,
                destination=d.get("destination", ""),
                ems_no=d.get("ems_no", ""),
                weight_kg=d.get("weight", ""),
                ems_fee=d.get("ems_fee", ""),
                paid_freight=d.get("paid", ""),
                payment=PAYMENT_LABELS.get(d.get("payment", ""), ""),
                shortfall=d.get("shortfall", ""),
                courier=d.get("courier", ""),
                by=names.get(s.out_by or "", s.out_by or ""),
            ))
        return EmsRegister(header, start.isoformat(), end.isoformat(), tuple(lines),
                           f"{fee_total:.2f}", f"{short_total:.2f}")

    # --- helpers -------------------------------------------------------------------------

    def couriers(self, kind: CourierKind | None = None) -> list[Courier]:
        """Active couriers (or drivers) to pick from."""
        with self._uow() as uow:
            return [c for c in uow.couriers.all() if kind is None or c.kind is kind]

    @staticmethod
    def _open(uow: UnitOfWork, waybill: str) -> StayRecord:
        number = waybill.strip().upper()
        stay = uow.warehouse.open_stay(number)
        if stay is None:
            last = uow.warehouse.last_stay(number)
            if last is not None and last.out_at is not None:
                raise AlreadyOut(number, last.out_by or "", last.out_at, last.disposition)
            raise NotInStock(number)
        return stay

    @staticmethod
    def _courier(uow: UnitOfWork, courier_id: int | None, *, field: str = "courier",
                 known: Courier | None = None) -> Courier:
        courier = known if known is not None and known.id == courier_id else (
            uow.couriers.get(courier_id) if courier_id is not None else None)
        if courier is None or not courier.active:
            raise FieldInvalid(field, "required")
        return courier

    @staticmethod
    def _event(uow: UnitOfWork, stay: StayRecord, actor: StaffMember, kind: str,
               data: dict[str, Any], at: datetime) -> None:
        uow.warehouse.add_event(WarehouseEvent(
            waybill_no=stay.waybill_no, at=at, by=actor.job_number, kind=kind, data=data,
            stay_id=stay.id))

    @staticmethod
    def _ensure_locations(uow: UnitOfWork) -> None:
        if not uow.warehouse.locations():
            for location in DEFAULT_LOCATIONS:
                uow.warehouse.save_location(location)

    @staticmethod
    def _rules(uow: UnitOfWork) -> DeadlineRules:
        raw = uow.settings.get(_DEADLINE_KEY)
        return DeadlineRules(**json.loads(raw)) if raw else DeadlineRules()

    @classmethod
    def _tariff(cls, uow: UnitOfWork) -> ReturnTariff:
        raw = uow.settings.get(_TARIFF_KEY)
        tariff = tariff_from_rows(json.loads(raw), PROVINCES) if raw else SAMPLE_RETURN_TARIFF
        return replace(tariff, whole_weight=bool(cls._basis(uow).get("whole_weight")))

    @staticmethod
    def _basis(uow: UnitOfWork) -> dict[str, Any]:
        raw = uow.settings.get(_TARIFF_BASIS_KEY)
        loaded = json.loads(raw) if raw else {}
        return loaded if isinstance(loaded, dict) else {}


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


def _events_by_stay(uow: UnitOfWork, stays: list[StayRecord]) -> dict[int, list[WarehouseEvent]]:
    """The events of the given stays, oldest first, in one query, by stay id."""
    events: dict[int, list[WarehouseEvent]] = {}
    for ev in uow.warehouse.events_of_stays([s.id for s in stays if s.id is not None]):
        events.setdefault(ev.stay_id or 0, []).append(ev)
    return events


def _changed_to_self_pickup(stay: StayRecord, events: list[WarehouseEvent]) -> datetime | None:
    """WH-16 (§6): when the parcel, scanned in for another reason, was changed to
    self-pickup (its ``details`` event), else None."""
    reason = ""
    changed: datetime | None = None
    for e in events:
        now = str(e.data.get("reason", "")) if e.kind in ("in", "details") else ""
        if not now:
            continue
        if now == Reason.SELF_PICKUP.value and reason and reason != now:
            changed = e.at
        reason = now
    return changed if stay.reason is Reason.SELF_PICKUP else None


def _problem(stay: StayRecord, evs: list[WarehouseEvent], today: date) -> OpenProblem:
    """A parcel in stock as the problem list shows it (WH-4)."""
    return OpenProblem(
        stay=stay,
        days=(today - stay.in_at.date()).days,
        messages=sum(1 for e in evs if e.kind in ("message_out", "message_in")),
        last_event=evs[-1] if evs else None,
        counts_against_station=counts_against_station(stay.reason, stay.details),
    )


def _facts(stay: StayRecord, events: list[WarehouseEvent], station_city: str) -> ParcelFacts:
    """What the WH-8 / WH-16 rules look at, from a stay, its events and the station's city."""
    def last(kind: str) -> datetime | None:
        times = [e.at for e in events if e.kind == kind]
        return max(times) if times else None

    requested = [e.at for e in events if e.kind == "message_in" and e.data.get("return_requested")]
    return ParcelFacts(
        reason=stay.reason,
        in_at=stay.in_at,
        details=stay.details,
        notified_at=last("notified"),
        last_message_out_at=last("message_out"),
        last_message_in_at=last("message_in"),
        return_requested_at=max(requested) if requested else None,
        changed_to_self_pickup_at=_changed_to_self_pickup(stay, events),
        same_city=same_city(stay.details.origin_city, station_city),
    )


def _signed_note(receipt: ReceiptRecord | None) -> dict[str, Any]:
    """X-6: a parcel scanned in after it was entered as signed says so on its timeline."""
    if receipt is None:
        return {}
    return {"signed_receipt": {"entered_at": receipt.entered_at.strftime("%Y-%m-%d %H:%M"),
                               "entered_by": receipt.entered_by,
                               "signer_kind": receipt.signer_kind}}
