"""The customer-service desk (客服, F6, issue 19): enquiries with their reply clocks (CS-1,
CS-2, CS-3, CS-5) and the desk's notebook (CS-9, X-3). Roles are enforced here: the 客服 role
and supervisors work the desk; every desk may see how many enquiries are overdue."""

from __future__ import annotations

import dataclasses
import enum
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation

from counter_app.domain.clock import Clock
from counter_app.domain.errors import FieldInvalid, NotFound
from counter_app.domain.service_desk import (
    CHECKLISTS,
    PROBLEM_DAYS,
    Branch,
    CallerKind,
    Channel,
    Claim,
    ClaimKind,
    ClaimTooLate,
    Complaint,
    Enquiry,
    EnquiryCase,
    EnquiryKind,
    OfferKind,
    OutgoingProblem,
    PickupOrder,
    PickupRules,
    ProblemAction,
    ReplyClock,
    Ruling,
    Urgency,
    area_score,
    check_fine,
    claim_in_time,
    claim_window_ends,
    finance_due,
    pickup_slot,
    reply_due,
    settlement_due,
    urgency,
)
from counter_app.domain.staff import (
    Courier,
    CourierKind,
    Permission,
    StaffMember,
    check_name,
    check_phone,
    require,
)
from counter_app.domain.text import check_fields, check_text
from counter_app.services import audit
from counter_app.services.concurrency import Versioned, claim, setting_versioned
from counter_app.services.desk_ports import DeskNote
from counter_app.services.dto import StationHeader
from counter_app.services.numbers import valid_number
from counter_app.services.parcels import ParcelView, mask_for, parcel_view
from counter_app.services.ports import AddressResolver, UnitOfWork, UnitOfWorkFactory
from counter_app.services.station import station_header

CLOCK_KEY = "service_desk.reply_clock"
BRANCHES_KEY = "service_desk.branches"
DESK = "service"


@dataclass(frozen=True)
class EnquiryDraft:
    """What the enquiry form holds when the clerk logs a call (texts as typed)."""

    waybill: str
    kind: EnquiryKind
    channel: Channel
    caller_kind: CallerKind
    caller_name: str
    caller_phone: str
    question: str
    caller_point: str = ""
    sender_phone: str = ""
    recipient_phone: str = ""
    sender_address: str = ""
    recipient_address: str = ""
    case: EnquiryCase | None = None


@dataclass(frozen=True)
class BoardLine:
    """An open enquiry against its clock."""

    enquiry: Enquiry
    urgency: Urgency
    minutes_left: int
    """Negative once overdue."""


@dataclass(frozen=True)
class EnquiryBoard:
    """The open enquiries, soonest deadline first, with the counts the F6 tab shows."""

    lines: tuple[BoardLine, ...]
    overdue: int
    nearly_due: int
    as_of: datetime


@dataclass(frozen=True)
class Attention:
    """How many enquiries need answering now (no personal data: every desk may see it)."""

    overdue: int
    nearly_due: int

    @property
    def total(self) -> int:
        """Overdue plus nearly due."""
        return self.overdue + self.nearly_due


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


@dataclass(frozen=True)
class ComplaintDraft:
    """A complaint as the form holds it (CS-6)."""

    waybill: str
    caller_name: str
    caller_phone: str
    content: str
    customer_evidence: str = ""


@dataclass(frozen=True)
class RulingDraft:
    """The supervisor's ruling on a complaint, as typed (``fine`` in 元)."""

    ruling: Ruling
    solution: str
    staff_member: str = ""
    staff_evidence: str = ""
    customer_evidence: str = ""
    fine: str = ""


@dataclass(frozen=True)
class MonthComplaints:
    """The monthly complaints report for the supervisor (CS-6)."""

    month: str
    complaints: tuple[Complaint, ...]
    upheld: int
    unruled: int
    fines: Decimal


@dataclass(frozen=True)
class ClaimDraft:
    """A written claim as the form holds it (CS-7). ``sent_on`` None: taken from our counter
    record (底单) when the parcel was sent from this station."""

    waybill: str
    kind: ClaimKind
    claimant_name: str
    claimant_phone: str
    description: str
    sent_on: date | None = None
    claimed_on: date | None = None


class LetterKind(enum.StrEnum):
    """The two claim letters of 003: 理赔通知函 and 理赔结果回复函."""

    NOTICE = "notice"
    RESULT = "result"


@dataclass(frozen=True)
class ClaimLetter:
    """What a claim letter prints (always Chinese: it goes to the customer and finance)."""

    kind: LetterKind
    station: StationHeader
    claim: Claim
    printed_on: date


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


@dataclass(frozen=True)
class PickupDraft:
    """A pickup call as typed (CS-8)."""

    caller_name: str
    caller_phone: str
    address: str
    note: str = ""


@dataclass(frozen=True)
class PickupResult:
    """What the clerk tells the caller: the area courier and when; the courier's phone for a
    morning sender; a 分点 when no courier serves the address."""

    order: PickupOrder
    courier: Courier | None
    morning: bool
    branch: Branch | None


@dataclass(frozen=True)
class CourierNotice:
    """A change of a courier's area or phone, announced to the whole desk (CS-8)."""

    at: datetime
    courier: str
    what: str  # "area" or "phone"
    before: str
    after: str


class ServiceDeskService:
    """Enquiries, their clocks and the notebook."""

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
        """Save the clocks (supervisor). Deadlines already promised do not move."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        with self._uow() as uow:
            claim(uow, "setting", CLOCK_KEY, version, what="reply_clock",
                  audit_entities=("setting",))
            before = uow.settings.get(CLOCK_KEY)
            uow.settings.set(CLOCK_KEY, clock.to_json())
            audit.record(uow, self._clock, actor, entity="setting", entity_id=CLOCK_KEY,
                         action="update", before={"value": before},
                         after={"value": clock.to_json()})
            uow.commit()

    # --- enquiries (CS-1, CS-2, CS-3) ---------------------------------------------------

    def log(self, actor: StaffMember, draft: EnquiryDraft) -> Enquiry:
        """Log an enquiry the moment it comes in; its deadline is fixed now (CS-2).

        Raises:
            FieldInvalid: a field is missing or malformed (the form keeps what was typed).
            InvalidWaybill: not a waybill number of this station's carriers.
        """
        require(actor.role, Permission.USE_SERVICE_DESK)
        check_fields(draft, {"waybill": "waybill"})
        question = draft.question.strip()
        if not question:
            raise FieldInvalid("question", "required")
        caller_name = check_name(draft.caller_name, field="caller_name")
        caller_phone = check_phone(draft.caller_phone, field="caller_phone")
        caller_point = draft.caller_point.strip()
        if draft.caller_kind is CallerKind.NETWORK_POINT and not caller_point:
            raise FieldInvalid("caller_point", "required")
        now = self._clock.now()
        with self._uow() as uow:
            number = valid_number(uow, draft.waybill)
            enquiry = Enquiry(
                id=None, waybill_no=number, kind=draft.kind, channel=draft.channel,
                caller_kind=draft.caller_kind, caller_name=caller_name,
                caller_phone=caller_phone, caller_point=caller_point, question=question,
                received_at=now, received_by=actor.job_number,
                due_at=reply_due(_reply_clock(uow), now, draft.caller_kind),
                sender_phone=check_phone(draft.sender_phone, field="sender_phone",
                                         required=False),
                recipient_phone=check_phone(draft.recipient_phone, field="recipient_phone",
                                            required=False),
                sender_address=draft.sender_address.strip(),
                recipient_address=draft.recipient_address.strip(), case=draft.case,
            )
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
        answer = check_text("reply", text).strip()
        if not answer:
            raise FieldInvalid("reply", "required")
        now = self._clock.now()
        return self._edit(actor, enquiry_id, version, "answer",
                          lambda e: replace(e, answer=answer, answered_at=now,
                                            answered_by=actor.job_number))

    def _edit(self, actor: StaffMember, enquiry_id: int, version: int | None, action: str,
              change: Callable[[Enquiry], Enquiry]) -> Enquiry:
        with self._uow() as uow:
            claim(uow, "enquiry", enquiry_id, version, audit_entities=("enquiry",))
            before = _get(uow, enquiry_id)
            after = change(before)
            uow.desk.update_enquiry(after)
            audit.record(uow, self._clock, actor, entity="enquiry", entity_id=enquiry_id,
                         action=action, before=audit.snapshot(before),
                         after=audit.snapshot(after))
            uow.commit()
            return _get(uow, enquiry_id)

    def board(self, actor: StaffMember) -> EnquiryBoard:
        """Open enquiries, soonest deadline first, each with its urgency (CS-2)."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        now = self._clock.now()
        with self._uow() as uow:
            clock = _reply_clock(uow)
            lines = tuple(
                BoardLine(e, urgency(clock, e.due_at, now),
                          _minutes_between(now, e.due_at))
                for e in uow.desk.open_enquiries())
        return EnquiryBoard(
            lines=lines,
            overdue=sum(1 for line in lines if line.urgency is Urgency.OVERDUE),
            nearly_due=sum(1 for line in lines if line.urgency is Urgency.NEARLY_DUE),
            as_of=now)

    def attention(self, actor: StaffMember) -> Attention:
        """The counts on the F6 tab: shown to everyone on the desk (CS-2)."""
        require(actor.role, Permission.VIEW_PARCEL)
        now = self._clock.now()
        with self._uow() as uow:
            clock = _reply_clock(uow)
            kinds = [urgency(clock, e.due_at, now) for e in uow.desk.open_enquiries()]
        return Attention(overdue=kinds.count(Urgency.OVERDUE),
                         nearly_due=kinds.count(Urgency.NEARLY_DUE))

    def about(self, actor: StaffMember, waybill_no: str) -> tuple[ParcelView, list[Enquiry]]:
        """The parcel view beside an enquiry, and every enquiry about the same waybill."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        with self._uow() as uow:
            number = valid_number(uow, waybill_no)
            return parcel_view(uow, actor, number), uow.desk.enquiries_about(number)

    # --- complaints (CS-6) ------------------------------------------------------------

    def log_complaint(self, actor: StaffMember, draft: ComplaintDraft) -> Complaint:
        """Record a complaint the moment it comes in (time, content, the customer's evidence)."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        check_fields(draft)
        content = draft.content.strip()
        if not content:
            raise FieldInvalid("content", "required")
        name = check_name(draft.caller_name, field="caller_name")
        phone = check_phone(draft.caller_phone, field="caller_phone")
        with self._uow() as uow:
            complaint = uow.desk.add_complaint(Complaint(
                id=None, waybill_no=valid_number(uow, draft.waybill),
                received_at=self._clock.now(), received_by=actor.job_number,
                caller_name=name, caller_phone=phone, content=content,
                customer_evidence=draft.customer_evidence.strip()))
            audit.record(uow, self._clock, actor, entity="complaint", entity_id=complaint.id,
                         action="log", after=audit.snapshot(complaint))
            uow.commit()
            return complaint

    def complaint(self, actor: StaffMember, complaint_id: int) -> Complaint:
        """One complaint with its version."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        with self._uow() as uow:
            found = uow.desk.complaint(complaint_id)
            if found is None:
                raise NotFound("complaint", str(complaint_id))
            return found

    def rule_complaint(self, actor: StaffMember, complaint_id: int, draft: RulingDraft,
                       version: int | None) -> Complaint:
        """The supervisor's ruling: responsible staff member, solution, fine if upheld (CS-6)."""
        require(actor.role, Permission.RULE_COMPLAINTS)
        check_fields(draft)
        solution = draft.solution.strip()
        if not solution:
            raise FieldInvalid("solution", "required")
        staff_member = draft.staff_member.strip()
        if draft.ruling is Ruling.UPHELD and not staff_member:
            raise FieldInvalid("staff_member", "required")
        fine = check_fine(draft.ruling, _amount(draft.fine, "fine") if draft.fine.strip()
                          else None)
        now = self._clock.now()
        with self._uow() as uow:
            claim(uow, "complaint", complaint_id, version, audit_entities=("complaint",))
            before = uow.desk.complaint(complaint_id)
            if before is None:
                raise NotFound("complaint", str(complaint_id))
            after = replace(before, ruling=draft.ruling, solution=solution,
                            staff_member=staff_member, fine=fine, ruled_at=now,
                            ruled_by=actor.job_number,
                            staff_evidence=draft.staff_evidence.strip(),
                            customer_evidence=(draft.customer_evidence.strip()
                                               or before.customer_evidence))
            uow.desk.update_complaint(after)
            audit.record(uow, self._clock, actor, entity="complaint", entity_id=complaint_id,
                         action="rule", before=audit.snapshot(before),
                         after=audit.snapshot(after))
            uow.commit()
            stored = uow.desk.complaint(complaint_id)
            assert stored is not None
            return stored

    def complaints_month(self, actor: StaffMember, month: date) -> MonthComplaints:
        """The month's complaints with their rulings and fines (CS-6, the supervisor's
        monthly report; the desk sees the same list to follow its complaints up)."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        start = datetime.combine(month.replace(day=1), time(0, 0))
        end = datetime.combine((month.replace(day=28) + timedelta(days=4)).replace(day=1),
                               time(0, 0))
        with self._uow() as uow:
            found = tuple(uow.desk.complaints_between(start, end))
        return MonthComplaints(
            month=start.strftime("%Y-%m"), complaints=found,
            upheld=sum(1 for c in found if c.ruling is Ruling.UPHELD),
            unruled=sum(1 for c in found if c.ruling is None),
            fines=sum((c.fine or Decimal(0) for c in found), Decimal(0)))

    # --- claims (CS-7) ------------------------------------------------------------------

    def open_claim(self, actor: StaffMember, draft: ClaimDraft) -> Claim:
        """Register a written claim; refused after the 15-day window from sending (CS-7).

        Raises:
            ClaimTooLate: claimed after the window (the customer has waived the claim).
            FieldInvalid: ``sent_on`` unknown (not sent from our counter, and not typed).
        """
        require(actor.role, Permission.USE_SERVICE_DESK)
        check_fields(draft)
        description = draft.description.strip()
        if not description:
            raise FieldInvalid("description", "required")
        name = check_name(draft.claimant_name, field="claimant_name")
        phone = check_phone(draft.claimant_phone, field="caller_phone")
        claimed_on = draft.claimed_on or self._clock.now().date()
        with self._uow() as uow:
            number = valid_number(uow, draft.waybill)
            sent_on = draft.sent_on or _sent_on(uow, number)
            if sent_on is None:
                raise FieldInvalid("sent_on", "required")
            if claimed_on < sent_on:
                raise FieldInvalid("claimed_on", "order")
            if not claim_in_time(sent_on, claimed_on):
                raise ClaimTooLate(sent_on, claim_window_ends(sent_on))
            stored = uow.desk.add_claim(Claim(
                id=None, waybill_no=number, kind=draft.kind, sent_on=sent_on,
                claimed_on=claimed_on, claimant_name=name, claimant_phone=phone,
                description=description, received_by=actor.job_number,
                settle_by=settlement_due(draft.kind, claimed_on)))
            audit.record(uow, self._clock, actor, entity="claim", entity_id=stored.id,
                         action="open", after=audit.snapshot(stored))
            uow.commit()
            return stored

    def claims(self, actor: StaffMember, *, open_only: bool = True) -> list[Claim]:
        """Claims by settlement deadline (the board shows the soonest first)."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        with self._uow() as uow:
            return uow.desk.claims(open_only=open_only)

    def offer(self, actor: StaffMember, claim_id: int, offer: OfferKind, amount: str,
              version: int | None) -> Claim:
        """What the station offers: a free re-send of equal freight, or an amount."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        value = _amount(amount, "amount") if amount.strip() else None
        if offer is OfferKind.AMOUNT and (value is None or value <= 0):
            raise FieldInvalid("amount", "required")
        return self._claim_edit(actor, claim_id, version, "offer",
                                lambda c: replace(c, offer=offer, amount=value))

    def agree(self, actor: StaffMember, claim_id: int, version: int | None) -> Claim:
        """The customer agreed: the letters go to finance within 3 days (CS-7)."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        today = self._clock.now().date()

        def agreed(current: Claim) -> Claim:
            if current.offer is None:
                raise FieldInvalid("offer", "required")
            return replace(current, agreed_on=today, finance_by=finance_due(today))

        return self._claim_edit(actor, claim_id, version, "agree", agreed)

    def hand_to_finance(self, actor: StaffMember, claim_id: int,
                        version: int | None) -> Claim:
        """The letters were handed to finance today; the claim leaves the board."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        today = self._clock.now().date()

        def handed(current: Claim) -> Claim:
            if current.agreed_on is None:
                raise FieldInvalid("agreed_on", "required")
            return replace(current, handed_on=today)

        return self._claim_edit(actor, claim_id, version, "finance", handed)

    def claim_letter(self, actor: StaffMember, claim_id: int, kind: LetterKind) -> ClaimLetter:
        """The data of a claim letter; the result letter only once an offer is recorded."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        with self._uow() as uow:
            found = uow.desk.claim(claim_id)
            if found is None:
                raise NotFound("claim", str(claim_id))
            if kind is LetterKind.RESULT and found.offer is None:
                raise FieldInvalid("offer", "required")
            return ClaimLetter(kind, station_header(uow), found, self._clock.now().date())

    def _claim_edit(self, actor: StaffMember, claim_id: int, version: int | None, action: str,
                    change: Callable[[Claim], Claim]) -> Claim:
        with self._uow() as uow:
            claim(uow, "claim", claim_id, version, audit_entities=("claim",))
            before = uow.desk.claim(claim_id)
            if before is None:
                raise NotFound("claim", str(claim_id))
            after = change(before)
            uow.desk.update_claim(after)
            audit.record(uow, self._clock, actor, entity="claim", entity_id=claim_id,
                         action=action, before=audit.snapshot(before),
                         after=audit.snapshot(after))
            uow.commit()
            stored = uow.desk.claim(claim_id)
            assert stored is not None
            return stored

    # --- outgoing problem parcels (CS-4) -----------------------------------------------

    def log_problem(self, actor: StaffMember, draft: ProblemDraft) -> ProblemLine:
        """Record another point's message on a parcel we sent, matched to our 底单 (CS-4)."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        check_fields(draft)
        point, message = draft.from_point.strip(), draft.message.strip()
        if not point:
            raise FieldInvalid("from_point", "required")
        if not message:
            raise FieldInvalid("message", "required")
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
        body = check_text("action", text).strip()
        if not body:
            raise FieldInvalid("action", "required")
        step = ProblemAction(self._clock.now(), actor.job_number, body)
        return self._problem_edit(actor, problem_id, version, "action",
                                  lambda p: replace(p, actions=(*p.actions, step)))

    def close_problem(self, actor: StaffMember, problem_id: int, outcome: str,
                      version: int | None) -> OutgoingProblem:
        """Settled: the outcome is recorded and it leaves the open list."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        result = check_text("outcome", outcome).strip()
        if not result:
            raise FieldInvalid("outcome", "required")
        now = self._clock.now()
        return self._problem_edit(actor, problem_id, version, "close",
                                  lambda p: replace(p, closed_at=now, closed_by=actor.job_number,
                                                    outcome=result))

    def _problem_edit(self, actor: StaffMember, problem_id: int, version: int | None,
                      action: str, change: Callable[[OutgoingProblem], OutgoingProblem]
                      ) -> OutgoingProblem:
        with self._uow() as uow:
            claim(uow, "problem", problem_id, version, audit_entities=("problem",))
            before = uow.desk.problem(problem_id)
            if before is None:
                raise NotFound("problem", str(problem_id))
            after = change(before)
            uow.desk.update_problem(after)
            audit.record(uow, self._clock, actor, entity="problem", entity_id=problem_id,
                         action=action, before=audit.snapshot(before),
                         after=audit.snapshot(after))
            uow.commit()
            stored = uow.desk.problem(problem_id)
            assert stored is not None
            return stored

    # --- pickup orders (CS-8) -------------------------------------------------------------

    def branches(self) -> list[Branch]:
        """The station's 分点 (a station setting)."""
        with self._uow() as uow:
            return _branches(uow)

    def branches_versioned(self) -> Versioned[list[Branch]]:
        """The 分点 list with the version an editor names when saving."""
        with self._uow() as uow:
            raw, version = setting_versioned(uow, BRANCHES_KEY)
            return Versioned([Branch(**row) for row in json.loads(raw)] if raw else [],
                             version)

    def set_branches(self, actor: StaffMember, branches: list[Branch],
                     version: int | None = None) -> None:
        """Save the 分点 list (supervisor), audited."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        text = json.dumps([dataclasses.asdict(b) for b in branches], ensure_ascii=False)
        with self._uow() as uow:
            claim(uow, "setting", BRANCHES_KEY, version, what="branches",
                  audit_entities=("setting",))
            before = uow.settings.get(BRANCHES_KEY)
            uow.settings.set(BRANCHES_KEY, text)
            audit.record(uow, self._clock, actor, entity="setting", entity_id=BRANCHES_KEY,
                         action="update", before={"value": before}, after={"value": text})
            uow.commit()

    def log_pickup(self, actor: StaffMember, draft: PickupDraft) -> PickupResult:
        """Take a pickup call: the caller's address goes to the courier of that area, from
        15:00 (after the desk's hours: tomorrow); a morning sender gets the courier's phone;
        no courier for the area → the nearest 分点 (CS-8)."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        name = check_name(draft.caller_name, field="caller_name")
        phone = check_phone(draft.caller_phone, field="caller_phone")
        address = check_text("pickup_address", draft.address).strip()
        if not address:
            raise FieldInvalid("pickup_address", "required")
        note = check_text("note", draft.note).strip()
        resolved = self._resolver.resolve(address) if self._resolver is not None else None
        district = resolved.district if resolved else ""
        rest = resolved.rest if resolved else address
        now = self._clock.now()
        rules = PickupRules()
        with self._uow() as uow:
            couriers = [c for c in uow.couriers.all() if c.kind is CourierKind.COURIER]
            scored = sorted(((area_score(c.area, district, rest), c.name, c) for c in couriers),
                            key=lambda t: (-t[0], t[1]))
            courier = scored[0][2] if scored and scored[0][0] > 0 else None
            order = uow.desk.add_pickup(PickupOrder(
                id=None, taken_at=now, taken_by=actor.job_number, caller_name=name,
                caller_phone=phone, address=address,
                courier_id=courier.id if courier else None,
                courier_name=courier.name if courier else "",
                not_before=pickup_slot(rules, now), note=note))
            audit.record(uow, self._clock, actor, entity="pickup", entity_id=order.id,
                         action="log", after=audit.snapshot(order))
            branch = None if courier else _nearest_branch(_branches(uow), district)
            uow.commit()
        return PickupResult(order, courier, now.time() < rules.morning_until, branch)

    def pickups_for(self, actor: StaffMember, day: date) -> list[PickupOrder]:
        """The day's pickups, by courier then time (the list each courier gets)."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        start = datetime.combine(day, time(0, 0))
        with self._uow() as uow:
            return uow.desk.pickups_between(start, start + timedelta(days=1))

    def courier_notices(self, actor: StaffMember, days: int = 7) -> list[CourierNotice]:
        """Couriers' area and phone changes of the last ``days`` days, newest first, from the
        audit log (CS-8: 「要通知整个客服部」)."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        since = self._clock.now() - timedelta(days=days)
        notices: list[CourierNotice] = []
        with self._uow() as uow:
            names = {str(c.id): c.name for c in uow.couriers.all(include_inactive=True)}
            for entry in uow.audit.all(entity="courier", limit=500):
                if entry.at < since:
                    break
                before, after = entry.before or {}, entry.after or {}
                name = names.get(entry.entity_id, entry.entity_id)
                for what in ("area", "phone"):
                    if what in after and what in before and before[what] != after[what]:
                        notices.append(CourierNotice(entry.at, name, what, str(before[what]),
                                                     str(after[what])))
        return notices

    # --- the notebook (CS-9, X-3) -------------------------------------------------------

    def add_note(self, actor: StaffMember, text: str, waybill: str = "") -> DeskNote:
        """Write a line in the desk's notebook, optionally about a waybill."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        body = check_text("notebook", text).strip()
        if not body:
            raise FieldInvalid("notebook", "required")
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

    # --- the week (CS-9) ----------------------------------------------------------------

    def week_summary(self, actor: StaffMember, start: date) -> WeekSummary:
        """The exceptions of the 7 days from ``start`` for the supervisor (CS-9)."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        begin = datetime.combine(start, time(0, 0))
        end = begin + timedelta(days=7)
        now = self._clock.now()
        with self._uow() as uow:
            week = uow.desk.enquiries_between(begin, end)
        still_open = tuple(e for e in week if e.open)
        return WeekSummary(
            start=start, end=start + timedelta(days=6), received=len(week),
            answered_late=tuple(e for e in week if e.late()),
            still_open=still_open,
            overdue_open=tuple(e for e in still_open if e.due_at < now),
            complaints=tuple(e for e in week if e.kind is EnquiryKind.COMPLAINT))


def _get(uow: UnitOfWork, enquiry_id: int) -> Enquiry:
    found = uow.desk.enquiry(enquiry_id)
    if found is None:
        raise NotFound("enquiry", str(enquiry_id))
    return found


def _reply_clock(uow: UnitOfWork) -> ReplyClock:
    raw = uow.settings.get(CLOCK_KEY)
    return ReplyClock.from_json(raw) if raw else ReplyClock()


def _minutes_between(now: datetime, due: datetime) -> int:
    seconds = (due - now).total_seconds()
    return int(seconds // 60)


def _amount(text: str, field: str) -> Decimal:
    try:
        value = Decimal(text.strip().removesuffix("元").strip())
    except InvalidOperation:
        raise FieldInvalid(field, "number") from None
    if not value.is_finite() or value < 0 or value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise FieldInvalid(field, "number")
    return value


def _sent_on(uow: UnitOfWork, number: str) -> date | None:
    """The day the parcel was accepted at our counter (底单), if it was."""
    for fact in uow.parcels.facts(number):
        if fact.source == "acceptance":
            return fact.at.date()
    return None


COUNTER_RECORD_KEYS = ("sender_name", "sender_phone", "sender_address", "contents",
                       "recipient_name", "recipient_phone", "recipient_address")


def _counter_record(uow: UnitOfWork, actor: StaffMember, number: str) -> dict[str, str] | None:
    """Our 底单 of a parcel we sent, as ``actor`` may see it (CS-4), or None."""
    for fact in uow.parcels.facts(number):
        if fact.source == "acceptance":
            shown = mask_for(actor, fact.data)
            return {key: str(shown.get(key, "")) for key in COUNTER_RECORD_KEYS}
    return None


def _branches(uow: UnitOfWork) -> list[Branch]:
    raw = uow.settings.get(BRANCHES_KEY)
    return [Branch(**row) for row in json.loads(raw)] if raw else []


def _nearest_branch(branches: list[Branch], district: str) -> Branch | None:
    """The 分点 in the caller's district, else the first on the list (「就近的原则」)."""
    same = [b for b in branches if district and b.district == district]
    found = same or branches
    return found[0] if found else None
