"""Scan-in (WH-5, WH-6, WH-9): what the store knows about a number, where a parcel should go,
registering it with a reason, a location and a pickup code; a misroute sent to the problem
flow; the reason recorded again; a move."""

from __future__ import annotations

from dataclasses import replace

from counter_app.domain.errors import FieldInvalid, NotFound, StoreFull
from counter_app.domain.staff import Permission, StaffMember, check_phone, require
from counter_app.domain.station import PROVINCES
from counter_app.domain.text import check_fields
from counter_app.domain.warehouse import (
    Location,
    LocationKind,
    ProblemDetails,
    Reason,
    area_for,
    check_details,
    propose_location,
)
from counter_app.domain.warehouse_codec import (
    EventJson,
    details_data,
    placed_data,
    scanned_in_data,
)
from counter_app.domain.warehouse_stay import EventKind, StayRecord
from counter_app.domain.waybills import normalise
from counter_app.services import audit
from counter_app.services.audit_ports import AuditEntry
from counter_app.services.numbers import valid_number, valid_with
from counter_app.services.ports import UnitOfWork
from counter_app.services.receipt_ports import ReceiptRecord
from counter_app.services.warehouse_records import Lookup, Proposal, ScanInDraft
from counter_app.services.warehouse_stock import (
    UseCases,
    check_name,
    ensure_locations,
    layer_at,
    log_event,
    open_stay,
    place,
)


class ScanIn(UseCases):
    """Putting parcels in stock and keeping their record right while they are here."""

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
        kind = area_for(reason, details, bulky=bulky) if reason else (
            LocationKind.BULKY if bulky else LocationKind.SHELF)
        with self._uow() as uow:
            ensure_locations(uow)
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
            stay = self.scan_in_within(uow, actor, draft, headless_id=headless_id,
                                       misroute_id=misroute_id)
            uow.commit()
        return stay

    def scan_in_within(self, uow: UnitOfWork, actor: StaffMember, draft: ScanInDraft, *,
                       headless_id: int | None = None,
                       misroute_id: int | None = None) -> StayRecord:
        """The scan-in inside the caller's transaction (a headless match shares it)."""
        check_fields(draft)  # issue 13 §6
        now = self._clock.now()
        if draft.reason is None:
            raise FieldInvalid("reason", "required")
        details = check_details(draft.reason, draft.details, now)
        recipient = check_name(draft.recipient, "recipient")
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
        ensure_locations(uow)
        location = self._target(uow, draft, details)
        note = check_name(draft.note, "note") if draft.note.strip() else ""
        return self._register(uow, actor, location, StayRecord(
            waybill_no=number, reason=draft.reason, details=details,
            location=location.code, in_at=now, in_by=actor.job_number,
            recipient=recipient, phone=phone, bulky=draft.bulky,
            destination_province=province, misroute_id=misroute_id,
            headless_id=headless_id, id=context.next_id,
        ), ({"note": note} if note else {}) | _signed_note(receipt))

    def _register(self, uow: UnitOfWork, actor: StaffMember, location: Location,
                  record: StayRecord, extra: EventJson) -> StayRecord:
        """Store a new stay at ``location`` with its pickup code, its ``in`` event and the
        audit entry (scan-in and the misroute link share this): one write statement on
        PostgreSQL (issue 13 §7, issue 18 §2)."""
        layer = layer_at(uow, location)

        def rows(stay: StayRecord) -> tuple[EventJson, AuditEntry]:
            ids: EventJson = {key: value for key, value in (
                ("headless_id", stay.headless_id), ("misroute_id", stay.misroute_id))
                if value is not None}
            # the event keeps the whole scan-in; the audit entry says who put which parcel
            # where and why (WH-2) without repeating the details (issue 21 §4)
            data = scanned_in_data(stay.reason, stay.details, location.code, stay.pickup_code,
                                   extra)
            return data | ids, audit.entry(
                self._clock, actor, entity="wh_stay", entity_id=stay.id, action="scan_in",
                after={"waybill_no": stay.waybill_no, "reason": stay.reason.value,
                       "location": location.code, "pickup_code": stay.pickup_code, **ids})

        # the one-open-stay index decides between two PCs: AlreadyInStock names the first
        return uow.warehouse.register_stay(
            replace(record, location=location.code, layer=layer), rows)

    @staticmethod
    def _target(uow: UnitOfWork, draft: ScanInDraft, details: ProblemDetails) -> Location:
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
            raise StoreFull(kind)
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
            ensure_locations(uow)
            location = propose_location(uow.warehouse.locations(), uow.warehouse.occupancy(),
                                        LocationKind.RETURNS)
            if location is None:
                raise StoreFull(LocationKind.RETURNS)
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
            stay = open_stay(uow, waybill)
            assert stay.id is not None
            uow.warehouse.update_details(stay.id, reason, details)
            data = details_data(reason, details)
            log_event(uow, stay, actor, EventKind.DETAILS, data, now)
            audit.record(uow, self._clock, actor, entity="wh_stay", entity_id=stay.id,
                         action="details", before=details_data(stay.reason, stay.details),
                         after=data)
            uow.commit()
        return replace(stay, reason=reason, details=details)

    def relocate(self, actor: StaffMember, waybill: str, location_code: str) -> StayRecord:
        """Move a parcel to another location; it gets a new pickup code."""
        require(actor.role, Permission.USE_WAREHOUSE)
        now = self._clock.now()
        with self._uow() as uow:
            stay = open_stay(uow, waybill)
            code = location_code.strip().upper()
            target = next((x for x in uow.warehouse.locations() if x.code == code and x.active),
                          None)
            if target is None:
                raise FieldInvalid("location", "unknown", code)
            if code != stay.location and uow.warehouse.occupancy().get(code, 0) >= target.capacity:
                raise FieldInvalid("location", "full", code)
            moved = place(uow, stay, target)
            data = placed_data(stay.location, code, moved.pickup_code)
            log_event(uow, stay, actor, EventKind.MOVED, data, now)
            audit.record(uow, self._clock, actor, entity="wh_stay", entity_id=stay.id,
                         action="move", before={"location": stay.location,
                                                "pickup_code": stay.pickup_code}, after=data)
            uow.commit()
        return moved


def _signed_note(receipt: ReceiptRecord | None) -> EventJson:
    """X-6: a parcel scanned in after it was entered as signed says so on its timeline."""
    if receipt is None:
        return {}
    return {"signed_receipt": {"entered_at": receipt.entered_at.strftime("%Y-%m-%d %H:%M"),
                               "entered_by": receipt.entered_by,
                               "signer_kind": receipt.signer_kind}}
