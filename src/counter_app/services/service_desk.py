"""The customer-service desk (客服, F6, issue 19): enquiries with their reply clocks (CS-1,
CS-2, CS-3, CS-5) and the desk's notebook (CS-9, X-3). Roles are enforced here: the 客服 role
and supervisors work the desk; every desk may see how many enquiries are overdue."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, time, timedelta

from counter_app.domain.clock import Clock
from counter_app.domain.errors import FieldInvalid, NotFound
from counter_app.domain.service_desk import (
    CHECKLISTS,
    PROBLEM_DAYS,
    CallerKind,
    Claim,
    Complaint,
    Enquiry,
    EnquiryCall,
    EnquiryCase,
    EnquiryKind,
    OutgoingProblem,
    ProblemAction,
    ReplyClock,
    Urgency,
    claim_urgency,
    reply_due,
    urgency,
)
from counter_app.domain.staff import (
    Permission,
    StaffMember,
    allowed,
    check_name,
    check_phone,
    require,
)
from counter_app.domain.text import check_fields
from counter_app.services import audit
from counter_app.services.concurrency import Versioned, setting_versioned
from counter_app.services.desk_edits import edit_record, required_text, save_setting
from counter_app.services.desk_ports import DeskNote
from counter_app.services.dto import StationHeader
from counter_app.services.numbers import valid_number
from counter_app.services.parcels import ParcelView, mask_for, parcel_view
from counter_app.services.ports import AddressResolver, UnitOfWork, UnitOfWorkFactory
from counter_app.services.service_desk_cases import DeskCases
from counter_app.services.service_desk_pickups import DeskPickups
from counter_app.services.station import read_shift_times, station_header

CLOCK_KEY = "service_desk.reply_clock"
DESK = "service"


@dataclass(frozen=True, kw_only=True)
class EnquiryDraft(EnquiryCall):
    """What the enquiry form holds when the clerk logs a call: the call (texts as typed) and
    the waybill as typed or scanned."""

    waybill: str


@dataclass(frozen=True)
class BoardLine:
    """An open enquiry against its clock."""

    enquiry: Enquiry
    urgency: Urgency
    minutes_left: int
    """Negative once overdue."""


@dataclass(frozen=True)
class ClaimLine:
    """A claim on the desk's deadline list: overdue or near its settlement or hand-over day
    (CS-7: 30 / 15 calendar days; letters to finance within 3 days of agreement)."""

    claim: Claim
    urgency: Urgency
    due: date
    """The settlement day (not yet agreed) or the day the letters are due at finance."""


@dataclass(frozen=True)
class EnquiryBoard:
    """The open enquiries, soonest deadline first, with the counts the F6 tab shows, and the
    claims overdue or near their deadline (soonest first)."""

    lines: tuple[BoardLine, ...]
    overdue: int
    nearly_due: int
    as_of: datetime
    claims: tuple[ClaimLine, ...] = ()


@dataclass(frozen=True)
class Attention:
    """How many enquiries need answering now and claims are overdue or near their deadline
    (no personal data: every desk may see it)."""

    overdue: int
    nearly_due: int
    claims_due: int = 0

    @property
    def total(self) -> int:
        """Overdue plus nearly due enquiries, plus the claims due."""
        return self.overdue + self.nearly_due + self.claims_due


@dataclass(frozen=True)
class WeekSummary:
    """The week's exceptions for the supervisor (CS-9, 001 「每周…汇总上报客服主管」)."""

    start: date
    end: date
    received: int
    answered_late: tuple[Enquiry, ...]
    still_open: tuple[Enquiry, ...]
    overdue_open: tuple[Enquiry, ...]
    complaints: tuple[Enquiry, ...]
    complaint_records: tuple[Complaint, ...] = ()
    """The complaints (CS-6) recorded in the week, with their rulings."""
    open_problems: tuple[OutgoingProblem, ...] = ()
    """Outgoing problem parcels (CS-4) still open, the other side's soonest deadline first."""
    claims_due: tuple[ClaimLine, ...] = ()
    """Open claims overdue or near their deadline as of the week's end (or today)."""
    header: StationHeader = field(default_factory=lambda: StationHeader("", "", "", "", ""))
    """The station block the printed summary carries."""

@dataclass(frozen=True)
class ProblemDraft:
    """Another point's message on a parcel we sent (CS-4), as typed; ``deadline`` None: the
    default of 3 days."""

    waybill: str
    from_point: str
    message: str
    deadline: datetime | None = None


@dataclass(frozen=True)
class ProblemLine:
    """An open outgoing problem parcel against the other side's deadline, with what our
    counter record (底单) says, masked by permission."""

    problem: OutgoingProblem
    overdue: bool
    counter_record: dict[str, str] | None



class ServiceDeskService(DeskCases, DeskPickups):
    """Enquiries, their clocks, problem parcels, the notebook and the week; complaints and
    claims (``DeskCases``), pickups and driver notices (``DeskPickups``)."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock,
                 resolver: AddressResolver | None = None) -> None:
        """Keep the unit-of-work factory, the clock and the counter's address resolver (CS-8
        finds the area courier with it)."""
        self._uow = uow_factory
        self._clock = clock
        self._resolver = resolver

    # --- settings (CS-2: "clocks are settings") -----------------------------------------

    def reply_clock(self) -> ReplyClock:
        """The reply clocks in force."""
        with self._uow() as uow:
            return _reply_clock(uow)

    def reply_clock_versioned(self) -> Versioned[ReplyClock]:
        """The clocks with the version an editor names when saving (issue 13 §2)."""
        with self._uow() as uow:
            raw, version = setting_versioned(uow, CLOCK_KEY)
            return Versioned(ReplyClock.from_json(raw) if raw else ReplyClock(), version)

    def set_reply_clock(self, actor: StaffMember, clock: ReplyClock,
                        version: int | None = None) -> None:
        """Save the clocks and the desk's open days and hours (supervisor). Deadlines already
        promised do not move.

        Raises:
            StaleEdit: another supervisor saved them since they were loaded.
        """
        save_setting(self._uow, self._clock, actor, CLOCK_KEY, clock.to_json(), version,
                     what="reply_clock")

    # --- enquiries (CS-1, CS-2, CS-3) ---------------------------------------------------

    def log(self, actor: StaffMember, draft: EnquiryDraft) -> Enquiry:
        """Log an enquiry the moment it comes in; its deadline is fixed now (CS-2).

        Raises:
            FieldInvalid: a field is missing or malformed (the form keeps what was typed).
            InvalidWaybill: not a waybill number of this station's carriers.
        """
        require(actor.role, Permission.USE_SERVICE_DESK)
        check_fields(draft, {"waybill": "waybill"})
        question = required_text("question", draft.question)
        caller_name = check_name(draft.caller_name, field="caller_name")
        caller_phone = check_phone(draft.caller_phone, field="caller_phone")
        caller_point = draft.caller_point.strip()
        if draft.caller_kind is CallerKind.NETWORK_POINT and not caller_point:
            raise FieldInvalid("caller_point", "required")
        now = self._clock.now()
        with self._uow() as uow:
            number = valid_number(uow, draft.waybill)
            call = {f.name: getattr(draft, f.name) for f in fields(EnquiryCall)} | {
                "caller_name": caller_name, "caller_phone": caller_phone,
                "caller_point": caller_point, "question": question,
                "sender_phone": check_phone(draft.sender_phone, field="sender_phone",
                                            required=False),
                "recipient_phone": check_phone(draft.recipient_phone, field="recipient_phone",
                                               required=False),
                "sender_address": draft.sender_address.strip(),
                "recipient_address": draft.recipient_address.strip()}
            enquiry = Enquiry(id=None, waybill_no=number, received_at=now,
                              received_by=actor.job_number,
                              due_at=reply_due(_reply_clock(uow), now, draft.caller_kind),
                              **call)
            stored = uow.desk.add_enquiry(enquiry)
            audit.record(uow, self._clock, actor, entity="enquiry", entity_id=stored.id,
                         action="log", after=audit.snapshot(stored))
            uow.commit()
            return stored

    def enquiry(self, actor: StaffMember, enquiry_id: int) -> Enquiry:
        """One enquiry, with its version for an edit."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        with self._uow() as uow:
            return _get(uow, enquiry_id)

    def save_progress(self, actor: StaffMember, enquiry_id: int, case: EnquiryCase | None,
                      checked: tuple[str, ...], version: int | None) -> Enquiry:
        """Record which 000 第二类 case this is and the checklist steps done (CS-5).

        Raises:
            StaleEdit: another PC saved this enquiry since it was loaded.
        """
        require(actor.role, Permission.USE_SERVICE_DESK)
        steps = CHECKLISTS.get(case, ()) if case is not None else ()
        if unknown := [step for step in checked if step not in steps]:
            raise FieldInvalid("checked", "unknown", unknown[0])
        return self._edit(actor, enquiry_id, version, "progress",
                          lambda e: replace(e, case=case, checked=tuple(checked)))

    def answer(self, actor: StaffMember, enquiry_id: int, text: str,
               version: int | None) -> Enquiry:
        """Record the answer given to the caller (CS-1); the clock stops now.

        Raises:
            FieldInvalid: no answer typed.
            StaleEdit: another PC saved this enquiry since it was loaded (e.g. answered it).
        """
        require(actor.role, Permission.USE_SERVICE_DESK)
        answer = required_text("reply", text)
        now = self._clock.now()
        return self._edit(actor, enquiry_id, version, "answer",
                          lambda e: replace(e, answer=answer, answered_at=now,
                                            answered_by=actor.job_number))

    def _edit(self, actor: StaffMember, enquiry_id: int, version: int | None, action: str,
              change: Callable[[Enquiry], Enquiry]) -> Enquiry:
        return edit_record(self._uow, self._clock, actor, entity="enquiry",
                           record_id=enquiry_id, version=version, action=action,
                           read=lambda uow, i: uow.desk.enquiry(i),
                           write=lambda uow, e: uow.desk.update_enquiry(e), change=change)

    def board(self, actor: StaffMember) -> EnquiryBoard:
        """Open enquiries, soonest deadline first, each with its urgency (CS-2), and the claims
        overdue or near their deadline (CS-7) on the same deadline list."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        now = self._clock.now()
        with self._uow() as uow:
            clock = _reply_clock(uow)
            lines = tuple(
                BoardLine(e, urgency(clock, e.due_at, now),
                          _minutes_between(now, e.due_at))
                for e in uow.desk.open_enquiries())
            claims = claims_due(uow.desk.claims(open_only=True), now.date())
        return EnquiryBoard(
            lines=lines,
            overdue=sum(1 for line in lines if line.urgency is Urgency.OVERDUE),
            nearly_due=sum(1 for line in lines if line.urgency is Urgency.NEARLY_DUE),
            as_of=now, claims=claims)

    def attention(self, actor: StaffMember) -> Attention:
        """The counts on the F6 tab: shown to everyone on the desk (CS-2, CS-7)."""
        require(actor.role, Permission.VIEW_PARCEL)
        now = self._clock.now()
        with self._uow() as uow:
            clock = _reply_clock(uow)
            kinds = [urgency(clock, e.due_at, now) for e in uow.desk.open_enquiries()]
            claims = claims_due(uow.desk.claims(open_only=True), now.date())
        return Attention(overdue=kinds.count(Urgency.OVERDUE),
                         nearly_due=kinds.count(Urgency.NEARLY_DUE), claims_due=len(claims))

    def about(self, actor: StaffMember, waybill_no: str) -> tuple[ParcelView, list[Enquiry]]:
        """The parcel view beside an enquiry, and every enquiry about the same waybill."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        with self._uow() as uow:
            number = valid_number(uow, waybill_no)
            return parcel_view(uow, actor, number), uow.desk.enquiries_about(number)

    # --- outgoing problem parcels (CS-4) -----------------------------------------------

    def log_problem(self, actor: StaffMember, draft: ProblemDraft) -> ProblemLine:
        """Record another point's message on a parcel we sent, matched to our 底单 (CS-4)."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        check_fields(draft)
        point = required_text("from_point", draft.from_point)
        message = required_text("message", draft.message)
        now = self._clock.now()
        deadline = draft.deadline or now + timedelta(days=PROBLEM_DAYS)
        if deadline <= now:
            raise FieldInvalid("deadline", "past")
        with self._uow() as uow:
            number = valid_number(uow, draft.waybill)
            stored = uow.desk.add_problem(OutgoingProblem(
                id=None, waybill_no=number, from_point=point, message=message,
                received_at=now, received_by=actor.job_number, deadline=deadline))
            audit.record(uow, self._clock, actor, entity="problem", entity_id=stored.id,
                         action="log", after=audit.snapshot(stored))
            uow.commit()
            return ProblemLine(stored, False, _counter_record(uow, actor, number))

    def open_problems(self, actor: StaffMember) -> list[ProblemLine]:
        """What is open, the other side's soonest deadline first (「单独有个小本本」)."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        now = self._clock.now()
        with self._uow() as uow:
            return [ProblemLine(p, p.deadline < now, _counter_record(uow, actor, p.waybill_no))
                    for p in uow.desk.open_problems()]

    def add_action(self, actor: StaffMember, problem_id: int, text: str,
                   version: int | None) -> OutgoingProblem:
        """Record what was done (sender called, address asked, re-delivery agreed …)."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        body = required_text("action", text)
        step = ProblemAction(self._clock.now(), actor.job_number, body)
        return self._problem_edit(actor, problem_id, version, "action",
                                  lambda p: replace(p, actions=(*p.actions, step)))

    def close_problem(self, actor: StaffMember, problem_id: int, outcome: str,
                      version: int | None) -> OutgoingProblem:
        """Settled: the outcome is recorded and it leaves the open list."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        result = required_text("outcome", outcome)
        now = self._clock.now()
        return self._problem_edit(actor, problem_id, version, "close",
                                  lambda p: replace(p, closed_at=now, closed_by=actor.job_number,
                                                    outcome=result))

    def _problem_edit(self, actor: StaffMember, problem_id: int, version: int | None,
                      action: str, change: Callable[[OutgoingProblem], OutgoingProblem]
                      ) -> OutgoingProblem:
        return edit_record(self._uow, self._clock, actor, entity="problem",
                           record_id=problem_id, version=version, action=action,
                           read=lambda uow, i: uow.desk.problem(i),
                           write=lambda uow, p: uow.desk.update_problem(p), change=change)

    # --- the notebook (CS-9, X-3) -------------------------------------------------------

    def add_note(self, actor: StaffMember, text: str, waybill: str = "") -> DeskNote:
        """Write a line in the desk's notebook, optionally about a waybill."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        body = required_text("notebook", text)
        with self._uow() as uow:
            number = valid_number(uow, waybill) if waybill.strip() else ""
            note = uow.desk.add_note(DeskNote(at=self._clock.now(), by=actor.job_number,
                                              desk=DESK, text=body, waybill_no=number))
            audit.record(uow, self._clock, actor, entity="desk_note", entity_id=note.id,
                         action="add", after=audit.snapshot(note))
            uow.commit()
            return note

    def notes(self, actor: StaffMember, text: str = "", *, day: date | None = None,
              limit: int = 200) -> list[DeskNote]:
        """The notebook, newest first; ``text`` searches it; ``day`` keeps one day (the
        handover sheet's section)."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        start = datetime.combine(day, time(0, 0)) if day else None
        end = start + timedelta(days=1) if start else None
        with self._uow() as uow:
            return uow.desk.notes(DESK, start=start, end=end, text=text.strip(), limit=limit)

    def shift_notes(self, actor: StaffMember, day: date, shift: str) -> list[DeskNote]:
        """The desk's notebook lines written during a shift (``"early"`` or ``"late"``, the
        station's shift times), oldest first: the 客服 section of the shift handover sheet
        (CS-9, X-3 「记工作笔记」). The warehouse clerk who prints the sheet may read them."""
        if not (allowed(actor.role, Permission.USE_SERVICE_DESK)
                or allowed(actor.role, Permission.USE_WAREHOUSE)):
            require(actor.role, Permission.USE_SERVICE_DESK)
        with self._uow() as uow:
            shifts = read_shift_times(uow)
            if shift not in ("early", "late"):
                raise FieldInvalid("shift", "unknown", shift)
            start, end = ((shifts.early_start, shifts.early_end) if shift == "early"
                          else (shifts.late_start, shifts.late_end))
            notes = uow.desk.notes(DESK, start=datetime.combine(day, start),
                                   end=datetime.combine(day, end), limit=2000)
        return sorted(notes, key=lambda n: n.at)

    # --- the week (CS-9) ----------------------------------------------------------------

    def week_summary(self, actor: StaffMember, start: date) -> WeekSummary:
        """The exceptions of the 7 days from ``start`` for the supervisor (CS-9): enquiries
        answered late or still open, complaints, open problem parcels, claims due."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        begin = datetime.combine(start, time(0, 0))
        end = begin + timedelta(days=7)
        now = self._clock.now()
        with self._uow() as uow:
            week = uow.desk.enquiries_between(begin, end)
            complaints = tuple(uow.desk.complaints_between(begin, end))
            problems = tuple(p for p in uow.desk.open_problems() if p.received_at < end)
            claims = claims_due(uow.desk.claims(open_only=True),
                                min(now.date(), start + timedelta(days=6)))
            header = station_header(uow)
        still_open = tuple(e for e in week if e.open)
        return WeekSummary(
            start=start, end=start + timedelta(days=6), received=len(week),
            answered_late=tuple(e for e in week if e.late()),
            still_open=still_open,
            overdue_open=tuple(e for e in still_open if e.due_at < now),
            complaints=tuple(e for e in week if e.kind is EnquiryKind.COMPLAINT),
            complaint_records=complaints, open_problems=problems, claims_due=claims,
            header=header)


def _get(uow: UnitOfWork, enquiry_id: int) -> Enquiry:
    found = uow.desk.enquiry(enquiry_id)
    if found is None:
        raise NotFound("enquiry", str(enquiry_id))
    return found


def claims_due(claims: list[Claim], today: date) -> tuple[ClaimLine, ...]:
    """The claims overdue or near their deadline on ``today``, soonest deadline first."""
    lines = []
    for claim in claims:
        state = claim_urgency(claim, today)
        if state is not Urgency.IN_TIME:
            due = claim.settle_by if claim.agreed_on is None else claim.finance_by
            assert due is not None
            lines.append(ClaimLine(claim, state, due))
    return tuple(sorted(lines, key=lambda line: (line.due, line.claim.id or 0)))


def _reply_clock(uow: UnitOfWork) -> ReplyClock:
    raw = uow.settings.get(CLOCK_KEY)
    return ReplyClock.from_json(raw) if raw else ReplyClock()


def _minutes_between(now: datetime, due: datetime) -> int:
    seconds = (due - now).total_seconds()
    return int(seconds // 60)



COUNTER_RECORD_KEYS = ("sender_name", "sender_phone", "sender_address", "contents",
                       "recipient_name", "recipient_phone", "recipient_address")


def _counter_record(uow: UnitOfWork, actor: StaffMember, number: str) -> dict[str, str] | None:
    """Our 底单 of a parcel we sent, as ``actor`` may see it (CS-4), or None."""
    for fact in uow.parcels.facts(number):
        if fact.source == "acceptance":
            shown = mask_for(actor, fact.data)
            return {key: str(shown.get(key, "")) for key in COUNTER_RECORD_KEYS}
    return None
