"""SQLAlchemy implementation of the customer-service desk's port (issue 19)."""

from __future__ import annotations

import dataclasses
import enum
import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from counter_app.domain.errors import NotFound
from counter_app.domain.service_desk import (
    CallerKind,
    Channel,
    Claim,
    ClaimKind,
    Complaint,
    DriverNotice,
    Enquiry,
    EnquiryCase,
    EnquiryKind,
    OfferKind,
    OutgoingProblem,
    PickupOrder,
    ProblemAction,
    Ruling,
)
from counter_app.persistence.tables import (
    ClaimRow,
    ComplaintRow,
    DeskNoteRow,
    DriverNoticeRow,
    EnquiryRow,
    PickupRow,
    ProblemRow,
)
from counter_app.services.desk_ports import DeskNote


def _enquiry(row: EnquiryRow) -> Enquiry:
    return Enquiry(
        id=row.id, waybill_no=row.waybill_no, kind=EnquiryKind(row.kind),
        channel=Channel(row.channel), caller_kind=CallerKind(row.caller_kind),
        caller_name=row.caller_name, caller_phone=row.caller_phone, question=row.question,
        received_at=row.received_at, received_by=row.received_by, due_at=row.due_at,
        caller_point=row.caller_point, sender_phone=row.sender_phone,
        recipient_phone=row.recipient_phone, sender_address=row.sender_address,
        recipient_address=row.recipient_address,
        case=EnquiryCase(row.case) if row.case else None,
        checked=tuple(json.loads(row.checked or "[]")), answer=row.answer,
        answered_at=row.answered_at, answered_by=row.answered_by, version=row.version,
    )


def _columns(record: object) -> dict[str, Any]:
    """A complaint's or claim's fields as column values (enums by value, None enums as "")."""
    assert dataclasses.is_dataclass(record)
    assert not isinstance(record, type)
    values: dict[str, Any] = {}
    for item in dataclasses.fields(record):
        if item.name in ("id", "version"):
            continue
        value = getattr(record, item.name)
        values[item.name] = value.value if isinstance(value, enum.Enum) else value
    return values


def _complaint(row: ComplaintRow) -> Complaint:
    return Complaint(
        id=row.id, waybill_no=row.waybill_no, received_at=row.received_at,
        received_by=row.received_by, caller_name=row.caller_name, caller_phone=row.caller_phone,
        content=row.content, customer_evidence=row.customer_evidence,
        staff_evidence=row.staff_evidence, staff_member=row.staff_member,
        ruling=Ruling(row.ruling) if row.ruling else None, solution=row.solution,
        fine=row.fine, ruled_at=row.ruled_at, ruled_by=row.ruled_by, version=row.version)


def _claim(row: ClaimRow) -> Claim:
    return Claim(
        id=row.id, waybill_no=row.waybill_no, kind=ClaimKind(row.kind), sent_on=row.sent_on,
        claimed_on=row.claimed_on, claimant_name=row.claimant_name,
        claimant_phone=row.claimant_phone, description=row.description,
        received_by=row.received_by, settle_by=row.settle_by,
        offer=OfferKind(row.offer) if row.offer else None, amount=row.amount,
        agreed_on=row.agreed_on, finance_by=row.finance_by, handed_on=row.handed_on,
        version=row.version)


def _update(session: Session, row: type[Any], key: int, values: dict[str, Any],
            entity: str) -> None:
    done = session.execute(update(row).where(row.id == key).values(**values)
                           .execution_options(synchronize_session=False))
    if int(getattr(done, "rowcount", 0) or 0) != 1:
        raise NotFound(entity, str(key))


def _fields(enquiry: Enquiry) -> dict[str, object]:
    return {
        "waybill_no": enquiry.waybill_no, "kind": enquiry.kind.value,
        "channel": enquiry.channel.value, "caller_kind": enquiry.caller_kind.value,
        "caller_name": enquiry.caller_name, "caller_phone": enquiry.caller_phone,
        "caller_point": enquiry.caller_point, "sender_phone": enquiry.sender_phone,
        "recipient_phone": enquiry.recipient_phone, "sender_address": enquiry.sender_address,
        "recipient_address": enquiry.recipient_address, "question": enquiry.question,
        "received_at": enquiry.received_at, "received_by": enquiry.received_by,
        "due_at": enquiry.due_at, "case": enquiry.case.value if enquiry.case else "",
        "checked": json.dumps(list(enquiry.checked)), "answer": enquiry.answer,
        "answered_at": enquiry.answered_at, "answered_by": enquiry.answered_by,
    }


class SqlServiceDeskRepository:
    """Implements ``services.desk_ports.ServiceDeskRepository``."""

    def __init__(self, session: Session) -> None:
        """Use ``session``."""
        self._s = session

    def add_enquiry(self, enquiry: Enquiry) -> Enquiry:
        """Insert; return it with its id and version."""
        row = EnquiryRow(**_fields(enquiry), version=1)
        self._s.add(row)
        self._s.flush()
        return _enquiry(row)

    def enquiry(self, enquiry_id: int) -> Enquiry | None:
        """One enquiry, or None."""
        row = self._s.get(EnquiryRow, enquiry_id, populate_existing=True)
        return None if row is None else _enquiry(row)

    def update_enquiry(self, enquiry: Enquiry) -> None:
        """Store the enquiry's fields (the version was claimed before, issue 13 §2)."""
        assert enquiry.id is not None
        done = self._s.execute(update(EnquiryRow).where(EnquiryRow.id == enquiry.id)
                               .values(**_fields(enquiry))
                               .execution_options(synchronize_session=False))
        if int(getattr(done, "rowcount", 0) or 0) != 1:
            raise NotFound("enquiry", str(enquiry.id))

    def open_enquiries(self) -> list[Enquiry]:
        """Unanswered enquiries, soonest deadline first (one index)."""
        rows = self._s.scalars(select(EnquiryRow).where(EnquiryRow.answered_at.is_(None))
                               .order_by(EnquiryRow.due_at, EnquiryRow.id))
        return [_enquiry(r) for r in rows]

    def enquiries_about(self, waybill_no: str) -> list[Enquiry]:
        """Every enquiry about one waybill, oldest first."""
        rows = self._s.scalars(select(EnquiryRow).where(EnquiryRow.waybill_no == waybill_no)
                               .order_by(EnquiryRow.received_at, EnquiryRow.id))
        return [_enquiry(r) for r in rows]

    def enquiries_between(self, start: datetime, end: datetime) -> list[Enquiry]:
        """Enquiries received in ``[start, end)``, oldest first."""
        rows = self._s.scalars(select(EnquiryRow)
                               .where(EnquiryRow.received_at >= start,
                                      EnquiryRow.received_at < end)
                               .order_by(EnquiryRow.received_at, EnquiryRow.id))
        return [_enquiry(r) for r in rows]

    def add_note(self, note: DeskNote) -> DeskNote:
        """Append a notebook line."""
        row = DeskNoteRow(at=note.at, by=note.by, desk=note.desk, waybill_no=note.waybill_no,
                          text=note.text)
        self._s.add(row)
        self._s.flush()
        return DeskNote(at=row.at, by=row.by, desk=row.desk, text=row.text,
                        waybill_no=row.waybill_no, id=row.id)

    def notes(self, desk: str, *, start: datetime | None = None, end: datetime | None = None,
              text: str = "", limit: int = 200) -> list[DeskNote]:
        """Notebook lines of a desk, newest first; ``text`` filters (case-insensitive)."""
        query = select(DeskNoteRow).where(DeskNoteRow.desk == desk)
        if start is not None:
            query = query.where(DeskNoteRow.at >= start)
        if end is not None:
            query = query.where(DeskNoteRow.at < end)
        if text:
            pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            query = query.where(func.lower(DeskNoteRow.text).like(pattern.lower(), escape="\\")
                                | (DeskNoteRow.waybill_no == text.upper()))
        rows = self._s.scalars(query.order_by(DeskNoteRow.at.desc(), DeskNoteRow.id.desc())
                               .limit(limit))
        return [DeskNote(at=r.at, by=r.by, desk=r.desk, text=r.text, waybill_no=r.waybill_no,
                         id=r.id) for r in rows]

    # --- complaints (CS-6) and claims (CS-7) -------------------------------------------------

    def add_complaint(self, complaint: Complaint) -> Complaint:
        """Insert; return it with its id and version."""
        values = _columns(complaint)
        values["ruling"] = values["ruling"] or ""
        row = ComplaintRow(**values, version=1)
        self._s.add(row)
        self._s.flush()
        return _complaint(row)

    def complaint(self, complaint_id: int) -> Complaint | None:
        """One complaint, or None."""
        row = self._s.get(ComplaintRow, complaint_id, populate_existing=True)
        return None if row is None else _complaint(row)

    def update_complaint(self, complaint: Complaint) -> None:
        """Store an existing complaint."""
        assert complaint.id is not None
        values = _columns(complaint)
        values["ruling"] = values["ruling"] or ""
        _update(self._s, ComplaintRow, complaint.id, values, "complaint")

    def complaints_between(self, start: datetime, end: datetime) -> list[Complaint]:
        """Complaints received in ``[start, end)``, oldest first."""
        rows = self._s.scalars(select(ComplaintRow)
                               .where(ComplaintRow.received_at >= start,
                                      ComplaintRow.received_at < end)
                               .order_by(ComplaintRow.received_at, ComplaintRow.id))
        return [_complaint(r) for r in rows]

    def add_claim(self, claim: Claim) -> Claim:
        """Insert; return it with its id and version."""
        values = _columns(claim)
        values["offer"] = values["offer"] or ""
        row = ClaimRow(**values, version=1)
        self._s.add(row)
        self._s.flush()
        return _claim(row)

    def claim(self, claim_id: int) -> Claim | None:
        """One claim, or None."""
        row = self._s.get(ClaimRow, claim_id, populate_existing=True)
        return None if row is None else _claim(row)

    def update_claim(self, claim: Claim) -> None:
        """Store an existing claim."""
        assert claim.id is not None
        values = _columns(claim)
        values["offer"] = values["offer"] or ""
        _update(self._s, ClaimRow, claim.id, values, "claim")

    def claims(self, *, open_only: bool = True) -> list[Claim]:
        """Claims, soonest settlement deadline first."""
        query = select(ClaimRow)
        if open_only:
            query = query.where(ClaimRow.handed_on.is_(None))
        rows = self._s.scalars(query.order_by(ClaimRow.settle_by, ClaimRow.id))
        return [_claim(r) for r in rows]

    # --- outgoing problem parcels (CS-4) -----------------------------------------------------

    def add_problem(self, problem: OutgoingProblem) -> OutgoingProblem:
        """Insert; return it with its id and version."""
        row = ProblemRow(**_problem_columns(problem), version=1)
        self._s.add(row)
        self._s.flush()
        return _problem(row)

    def problem(self, problem_id: int) -> OutgoingProblem | None:
        """One outgoing problem parcel, or None."""
        row = self._s.get(ProblemRow, problem_id, populate_existing=True)
        return None if row is None else _problem(row)

    def update_problem(self, problem: OutgoingProblem) -> None:
        """Store an existing one."""
        assert problem.id is not None
        _update(self._s, ProblemRow, problem.id, _problem_columns(problem), "problem")

    def open_problems(self) -> list[OutgoingProblem]:
        """Open ones, the other side's soonest deadline first."""
        rows = self._s.scalars(select(ProblemRow).where(ProblemRow.closed_at.is_(None))
                               .order_by(ProblemRow.deadline, ProblemRow.id))
        return [_problem(r) for r in rows]


    # --- pickup orders (CS-8) ----------------------------------------------------------------

    def add_pickup(self, order: PickupOrder) -> PickupOrder:
        """Insert; return it with its id."""
        row = PickupRow(**_columns(order))
        self._s.add(row)
        self._s.flush()
        return dataclasses.replace(order, id=row.id)

    def pickups_between(self, start: datetime, end: datetime) -> list[PickupOrder]:
        """Orders whose pickup falls in ``[start, end)``, by courier then time."""
        rows = self._s.scalars(select(PickupRow)
                               .where(PickupRow.not_before >= start, PickupRow.not_before < end)
                               .order_by(PickupRow.courier_name, PickupRow.not_before,
                                         PickupRow.id))
        return [PickupOrder(id=r.id, taken_at=r.taken_at, taken_by=r.taken_by,
                            caller_name=r.caller_name, caller_phone=r.caller_phone,
                            address=r.address, courier_id=r.courier_id,
                            courier_name=r.courier_name, not_before=r.not_before, note=r.note)
                for r in rows]

    # --- driver notices (CS-8) ------------------------------------------------------------

    def add_driver_notice(self, notice: DriverNotice) -> DriverNotice:
        """Insert; return it with its id."""
        row = DriverNoticeRow(**_columns(notice))
        self._s.add(row)
        self._s.flush()
        return dataclasses.replace(notice, id=row.id)

    def driver_notices(self, run_day: date) -> list[DriverNotice]:
        """The notices for the drivers' runs of ``run_day``, by driver then time."""
        rows = self._s.scalars(select(DriverNoticeRow)
                               .where(DriverNoticeRow.run_day == run_day)
                               .order_by(DriverNoticeRow.driver_name, DriverNoticeRow.taken_at,
                                         DriverNoticeRow.id))
        return [DriverNotice(id=r.id, taken_at=r.taken_at, taken_by=r.taken_by,
                             courier_name=r.courier_name, driver_id=r.driver_id,
                             driver_name=r.driver_name, place=r.place, goods=r.goods,
                             run_day=r.run_day) for r in rows]


def _problem_columns(problem: OutgoingProblem) -> dict[str, Any]:
    values = _columns(problem)
    values["actions"] = json.dumps([{"at": a.at.isoformat(), "by": a.by, "text": a.text}
                                    for a in problem.actions], ensure_ascii=False)
    return values


def _problem(row: ProblemRow) -> OutgoingProblem:
    return OutgoingProblem(
        id=row.id, waybill_no=row.waybill_no, from_point=row.from_point, message=row.message,
        received_at=row.received_at, received_by=row.received_by, deadline=row.deadline,
        actions=tuple(ProblemAction(datetime.fromisoformat(a["at"]), a["by"], a["text"])
                      for a in json.loads(row.actions or "[]")),
        closed_at=row.closed_at, closed_by=row.closed_by, outcome=row.outcome,
        version=row.version)
