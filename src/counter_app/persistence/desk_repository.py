"""SQLAlchemy implementation of the customer-service desk's port (issue 19)."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from counter_app.domain.errors import NotFound
from counter_app.domain.service_desk import (
    CallerKind,
    Channel,
    Enquiry,
    EnquiryCase,
    EnquiryKind,
)
from counter_app.persistence.tables import DeskNoteRow, EnquiryRow
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
