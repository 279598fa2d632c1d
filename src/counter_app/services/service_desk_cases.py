"""The customer-service desk's cases (客服, issue 19): complaints with the supervisor's ruling
and the monthly report (CS-6), and claims from the written claim to the letters handed to
finance (CS-7, X-5). A part of ``ServiceDeskService``."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation

from counter_app.domain.clock import Clock
from counter_app.domain.errors import FieldInvalid, NotFound
from counter_app.domain.service_desk import (
    Claim,
    ClaimKind,
    ClaimTooLate,
    Complaint,
    OfferKind,
    Ruling,
    check_fine,
    claim_in_time,
    claim_window_ends,
    finance_due,
    settlement_due,
)
from counter_app.domain.staff import (
    Permission,
    StaffMember,
    check_name,
    check_phone,
    require,
)
from counter_app.domain.text import check_fields
from counter_app.services import audit
from counter_app.services.desk_edits import edit_record, required_text
from counter_app.services.dto import StationHeader
from counter_app.services.numbers import valid_number
from counter_app.services.ports import UnitOfWork, UnitOfWorkFactory
from counter_app.services.station import station_header


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
    header: StationHeader = field(default_factory=lambda: StationHeader("", "", "", "", ""))
    """The station block the printed report carries."""


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




class DeskCases:
    """Complaints (CS-6) and claims (CS-7): the part of the desk service that the supervisor
    rules on and finance is handed."""

    _uow: UnitOfWorkFactory
    _clock: Clock

    # --- complaints (CS-6) ------------------------------------------------------------

    def log_complaint(self, actor: StaffMember, draft: ComplaintDraft) -> Complaint:
        """Record a complaint the moment it comes in (time, content, the customer's evidence)."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        check_fields(draft)
        content = required_text("content", draft.content)
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
        solution = required_text("solution", draft.solution)
        staff_member = draft.staff_member.strip()
        if draft.ruling is Ruling.UPHELD and not staff_member:
            raise FieldInvalid("staff_member", "required")
        fine = check_fine(draft.ruling, _amount(draft.fine, "fine") if draft.fine.strip()
                          else None)
        now = self._clock.now()
        return edit_record(
            self._uow, self._clock, actor, entity="complaint", record_id=complaint_id,
            version=version, action="rule", read=lambda uow, i: uow.desk.complaint(i),
            write=lambda uow, c: uow.desk.update_complaint(c),
            change=lambda before: replace(
                before, ruling=draft.ruling, solution=solution, staff_member=staff_member,
                fine=fine, ruled_at=now, ruled_by=actor.job_number,
                staff_evidence=draft.staff_evidence.strip(),
                customer_evidence=draft.customer_evidence.strip() or before.customer_evidence))

    def complaints_month(self, actor: StaffMember, month: date) -> MonthComplaints:
        """The month's complaints with their rulings and fines (CS-6, the supervisor's
        monthly report; the desk sees the same list to follow its complaints up)."""
        require(actor.role, Permission.USE_SERVICE_DESK)
        start = datetime.combine(month.replace(day=1), time(0, 0))
        end = datetime.combine((month.replace(day=28) + timedelta(days=4)).replace(day=1),
                               time(0, 0))
        with self._uow() as uow:
            found = tuple(uow.desk.complaints_between(start, end))
            header = station_header(uow)
        return MonthComplaints(
            month=start.strftime("%Y-%m"), complaints=found,
            upheld=sum(1 for c in found if c.ruling is Ruling.UPHELD),
            unruled=sum(1 for c in found if c.ruling is None),
            fines=sum((c.fine or Decimal(0) for c in found), Decimal(0)), header=header)

    # --- claims (CS-7) ------------------------------------------------------------------

    def open_claim(self, actor: StaffMember, draft: ClaimDraft) -> Claim:
        """Register a written claim; refused after the 15-day window from sending (CS-7).

        Raises:
            ClaimTooLate: claimed after the window (the customer has waived the claim).
            FieldInvalid: ``sent_on`` unknown (not sent from our counter, and not typed).
        """
        require(actor.role, Permission.USE_SERVICE_DESK)
        check_fields(draft)
        description = required_text("description", draft.description)
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
        return edit_record(self._uow, self._clock, actor, entity="claim", record_id=claim_id,
                           version=version, action=action,
                           read=lambda uow, i: uow.desk.claim(i),
                           write=lambda uow, c: uow.desk.update_claim(c), change=change)


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

