"""While a parcel is here (WH-7, WH-8, WH-16): the customer told, messages to and from other
companies, the delivery scan, notes; the deadline board, the reply checks and the problem
list, computed from the stays and their typed timeline."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time

from counter_app.domain.errors import FieldInvalid
from counter_app.domain.staff import Permission, StaffMember, require
from counter_app.domain.warehouse import (
    ParcelFacts,
    Reason,
    counts_against_station,
    dues,
    reply_checks_due,
    same_city,
)
from counter_app.domain.warehouse_codec import (
    delivery_scan_data,
    event_reason,
    message_data,
    return_requested,
    text_data,
)
from counter_app.domain.warehouse_stay import (
    MESSAGE_KINDS,
    DeliveryOut,
    EventKind,
    StayRecord,
    WarehouseEvent,
)
from counter_app.services import audit
from counter_app.services.ports import UnitOfWork
from counter_app.services.warehouse_records import (
    BoardEntry,
    BoardLine,
    DeadlineBoard,
    OpenProblem,
)
from counter_app.services.warehouse_stock import (
    UseCases,
    active_courier,
    check_name,
    deadline_rules,
    log_event,
    open_stay,
)

REPLY_CHECK = "wh_reply_check"
"""Audit entity of a WH-16 reply check, ``entity_id`` the day (YYYY-MM-DD)."""
MAX_MESSAGE = 500


class Board(UseCases):
    """What happens to a parcel in stock, and what falls due because of it."""

    def notify_customer(self, actor: StaffMember, waybill: str, note: str = "") -> None:
        """The customer was told to collect (starts the WH-8 notified period)."""
        self._log(actor, waybill, EventKind.NOTIFIED,
                  text_data("note", check_name(note, "note") if note else ""))

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
        company_name = check_name(company, "company")
        if not company_name:
            raise FieldInvalid("company", "required")
        body = " ".join(text.split())
        if not body:
            raise FieldInvalid("message", "required")
        if len(body) > MAX_MESSAGE:
            raise FieldInvalid("message", "too_long", str(MAX_MESSAGE))
        data = message_data(company_name, body,
                            return_requested=return_requested and not outgoing)
        self._log(actor, waybill, EventKind.MESSAGE_OUT if outgoing else EventKind.MESSAGE_IN,
                  data)

    def delivery_scan(self, actor: StaffMember, waybill: str, courier_id: int) -> None:
        """The area's delivery scan a parcel needs before it can be returned (WH-7)."""
        with self._uow() as uow:
            courier = active_courier(uow, courier_id)
        self._log(actor, waybill, EventKind.DELIVERY_SCAN,
                  delivery_scan_data(DeliveryOut(courier.id, courier.name)))

    def add_note(self, actor: StaffMember, waybill: str, text: str) -> None:
        """A work-log note on a parcel (X-3)."""
        body = " ".join(text.split())
        if not body:
            raise FieldInvalid("note", "required")
        if len(body) > MAX_MESSAGE:
            raise FieldInvalid("note", "too_long", str(MAX_MESSAGE))
        self._log(actor, waybill, EventKind.NOTE, text_data("text", body))

    def _log(self, actor: StaffMember, waybill: str, kind: EventKind,
             data: Mapping[str, object]) -> None:
        require(actor.role, Permission.USE_WAREHOUSE)
        with self._uow() as uow:
            stay = open_stay(uow, waybill)
            log_event(uow, stay, actor, kind, data, self._clock.now())
            audit.record(uow, self._clock, actor, entity="wh_stay", entity_id=stay.id,
                         action=kind.value, after=dict(data))
            uow.commit()

    def board(self, actor: StaffMember, today: date | None = None) -> DeadlineBoard:
        """WH-8: what falls due today and what is overdue, every morning."""
        require(actor.role, Permission.USE_WAREHOUSE)
        today = today or self._clock.now().date()
        with self._uow() as uow:
            stays = uow.warehouse.open_stays()
            return board_of(uow, stays, today)

    def reply_checks_due(self, actor: StaffMember) -> tuple[time, ...]:
        """WH-16 (第七节 §5): the reply-check times of today (noon, afternoon: station
        settings) that have come without anyone saying the replies were read since."""
        require(actor.role, Permission.USE_WAREHOUSE)
        now = self._clock.now()
        with self._uow() as uow:
            times = deadline_rules(uow).reply_check_times()
            entry = uow.audit.last_change((REPLY_CHECK,), now.date().isoformat())
        checked = (entry.at,) if entry is not None else ()
        return reply_checks_due(times, now, checked)

    def replies_checked(self, actor: StaffMember) -> None:
        """WH-16: the desk read the replies to its messages now (audited, clears the
        reminder until the next reply-check time)."""
        require(actor.role, Permission.USE_WAREHOUSE)
        now = self._clock.now()
        with self._uow() as uow:
            audit.record(uow, self._clock, actor, entity=REPLY_CHECK,
                         entity_id=now.date().isoformat(), action="replies_checked")
            uow.commit()

    def open_problems(self, actor: StaffMember) -> list[OpenProblem]:
        """WH-4: parcels with a problem record or messages and no scan-out, oldest first."""
        require(actor.role, Permission.USE_WAREHOUSE)
        today = self._clock.now().date()
        with self._uow() as uow:
            stays = uow.warehouse.open_stays()
            events = events_by_stay(uow, stays)
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
            events = events_by_stay(uow, [stay]).get(stay.id or 0, [])
            rules = deadline_rules(uow)
            profile = uow.station.get()
        city = profile.city if profile is not None else ""  # same-city parcels (WH-16)
        lines = tuple(BoardLine(stay, due) for due in dues(_facts(stay, events, city), rules)
                      if due.due_on <= today)
        return BoardEntry(waybill_no, today, lines, _problem(stay, events, today))


def board_of(uow: UnitOfWork, stays: list[StayRecord], today: date) -> DeadlineBoard:
    """WH-8: the stays' deadlines due ``today`` and overdue (the handover sheet shares it)."""
    rules = deadline_rules(uow)
    events = events_by_stay(uow, stays)
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


def events_by_stay(uow: UnitOfWork, stays: list[StayRecord]) -> dict[int, list[WarehouseEvent]]:
    """The events of the given stays, oldest first, in one query, by stay id."""
    events: dict[int, list[WarehouseEvent]] = {}
    for ev in uow.warehouse.events_of_stays([s.id for s in stays if s.id is not None]):
        events.setdefault(ev.stay_id or 0, []).append(ev)
    return events


def _changed_to_self_pickup(stay: StayRecord, events: list[WarehouseEvent]) -> datetime | None:
    """WH-16 (§6): when the parcel, scanned in for another reason, was changed to
    self-pickup (its ``details`` event), else None."""
    reason: Reason | None = None
    changed: datetime | None = None
    for e in events:
        now = event_reason(e)
        if now is None:
            continue
        if now is Reason.SELF_PICKUP and reason is not None and reason is not now:
            changed = e.at
        reason = now
    return changed if stay.reason is Reason.SELF_PICKUP else None


def _problem(stay: StayRecord, evs: list[WarehouseEvent], today: date) -> OpenProblem:
    """A parcel in stock as the problem list shows it (WH-4)."""
    return OpenProblem(
        stay=stay,
        days=(today - stay.in_at.date()).days,
        messages=sum(1 for e in evs if e.kind in MESSAGE_KINDS),
        last_event=evs[-1] if evs else None,
        counts_against_station=counts_against_station(stay.reason, stay.details),
    )


def _facts(stay: StayRecord, events: list[WarehouseEvent], station_city: str) -> ParcelFacts:
    """What the WH-8 / WH-16 rules look at, from a stay, its typed events and the station's
    city."""
    def last(kind: EventKind) -> datetime | None:
        times = [e.at for e in events if e.kind == kind]
        return max(times) if times else None

    requested = [e.at for e in events if return_requested(e)]
    return ParcelFacts(
        reason=stay.reason,
        in_at=stay.in_at,
        details=stay.details,
        notified_at=last(EventKind.NOTIFIED),
        last_message_out_at=last(EventKind.MESSAGE_OUT),
        last_message_in_at=last(EventKind.MESSAGE_IN),
        return_requested_at=max(requested) if requested else None,
        changed_to_self_pickup_at=_changed_to_self_pickup(stay, events),
        same_city=same_city(stay.details.origin_city, station_city),
    )
