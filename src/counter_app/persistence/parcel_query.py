"""One waybill across every desk's tables (issue 16 §1, X-6): the read behind the parcel view.

Read only. One indexed SELECT per desk table (every ``waybill_no`` column is indexed or
unique), so a lookup is a handful of round trips whatever the station's size.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.warehouse_codec import OutJson, encode_out
from counter_app.persistence.tables import (
    AcceptanceRow,
    CourierRow,
    DeliveryListRow,
    DeskNoteRow,
    EnquiryRow,
    HeadlessRow,
    MisrouteRow,
    ReceiptBatchRow,
    ReceiptRow,
    StayRow,
)
from counter_app.persistence.warehouse_repository import SqlWarehouseRepository
from counter_app.persistence.warehouse_rows import out_of
from counter_app.services.desk_ports import ParcelFact


def _day(value: date) -> datetime:
    return datetime.combine(value, time(0, 0))


def _money(value: Decimal | None) -> str:
    return "" if value is None else str(value)


class SqlParcelQuery:
    """Implements ``services.desk_ports.ParcelQuery``."""

    def __init__(self, session: Session) -> None:
        """Use ``session``."""
        self._s = session

    def facts(self, waybill_no: str) -> list[ParcelFact]:
        """Every fact about ``waybill_no`` from the counter, delivery lists, warehouse,
        receipts, misroute register and headless list (issue 16 §1)."""
        found: list[ParcelFact] = []
        found += self._acceptance(waybill_no)
        found += self._listed(waybill_no)
        found += self._stays(waybill_no)
        found += self._receipts(waybill_no)
        found += self._misroute(waybill_no)
        found += self._headless(waybill_no)
        found += self._service_desk(waybill_no)
        return found

    def _acceptance(self, waybill_no: str) -> list[ParcelFact]:
        row = self._s.scalar(select(AcceptanceRow).where(AcceptanceRow.waybill_no == waybill_no))
        if row is None:
            return []
        data: dict[str, Any] = {
            "carrier": row.carrier, "clerk_name": row.clerk_name, "shift": row.shift,
            "sender_name": row.sender_name, "sender_phone": row.sender_phone,
            "sender_address": row.sender_address, "doc_kind": row.doc_kind,
            "doc_number": row.doc_number, "recipient_name": row.recipient_name,
            "recipient_phone": row.recipient_phone, "recipient_address": row.recipient_address,
            "province": row.province, "city": row.city, "district": row.district,
            "contents": row.contents, "quantity": row.quantity, "transport": row.transport,
            "weight": str(row.weight), "pay_mode": row.pay_mode, "total": _money(row.total),
            "cod_amount": _money(row.cod_amount),
            "declared_value": _money(row.declared_value), "note": row.note,
        }
        return [ParcelFact(at=row.accepted_at, by=row.by, source="acceptance",
                           kind="accepted", data=data)]

    def _listed(self, waybill_no: str) -> list[ParcelFact]:
        rows = self._s.execute(
            select(DeliveryListRow, CourierRow.name)
            .join(CourierRow, CourierRow.id == DeliveryListRow.courier_id)
            .where(DeliveryListRow.waybill_no == waybill_no)
        ).all()
        return [
            ParcelFact(at=_day(line.delivery_date), by="", source="listed", kind="listed",
                       date_only=True,
                       data={"courier": courier, "recipient": line.recipient,
                             "cod_amount": _money(line.cod_amount), "pieces": line.pieces,
                             "arrived_on": line.arrived_on.isoformat() if line.arrived_on
                             else ""})
            for line, courier in rows
        ]

    def _stays(self, waybill_no: str) -> list[ParcelFact]:
        found: list[ParcelFact] = []
        for stay in self._s.scalars(select(StayRow).where(StayRow.waybill_no == waybill_no)):
            found.append(ParcelFact(
                at=stay.in_at, by=stay.in_by, source="stay_in", kind=stay.reason,
                data={"stay_id": stay.id, "location": stay.location,
                      "pickup_code": stay.pickup_code, "recipient": stay.recipient,
                      "phone": stay.phone, "open": stay.out_at is None,
                      "details": json.loads(stay.details or "{}")}))
            if stay.out_at is not None:
                found.append(ParcelFact(
                    at=stay.out_at, by=stay.out_by or "", source="stay_out",
                    kind=stay.disposition or "",
                    data={"stay_id": stay.id, **_out_json(stay.disposition, stay.out_details)}))
        # through the stays' waybill index, with the events stored once read back whole
        # (issue 21 §4: an ``in``/``out`` that repeats its stay is stored without data)
        events = SqlWarehouseRepository(self._s).events(waybill_no)
        found += [ParcelFact(at=e.at, by=e.by, source="wh_event", kind=e.kind, data=e.data)
                  for e in events]
        return found

    def _receipts(self, waybill_no: str) -> list[ParcelFact]:
        rows = self._s.execute(
            select(ReceiptRow, ReceiptBatchRow.delivery_date, CourierRow.name)
            .join(ReceiptBatchRow, ReceiptBatchRow.id == ReceiptRow.batch_id)
            .join(CourierRow, CourierRow.id == ReceiptBatchRow.courier_id)
            .where(ReceiptRow.waybill_no == waybill_no)
        ).all()
        return [
            ParcelFact(at=r.entered_at, by=r.entered_by, source="receipt", kind=r.signer_kind,
                       data={"signer": r.signer, "pieces": r.pieces,
                             "cod_amount": _money(r.cod_amount), "late": r.late,
                             "courier": courier, "delivery_date": day.isoformat()})
            for r, day, courier in rows
        ]

    def _misroute(self, waybill_no: str) -> list[ParcelFact]:
        row = self._s.scalar(select(MisrouteRow).where(MisrouteRow.waybill_no == waybill_no))
        if row is None:
            return []
        data: dict[str, object] = {
            "origin_province": row.origin_province, "origin_site": row.origin_site,
            "wrong_dazi": row.wrong_dazi, "correct_dazi": row.correct_dazi,
            "action": row.action or "", "verified_by": row.verified_by or ""}
        at, date_only = ((_day(row.found_on), True) if row.found_on is not None
                         else (row.verified_at or datetime.min, row.verified_at is None))
        return [ParcelFact(at=at, by=row.found_by, source="misroute", kind="registered",
                           data=data, date_only=date_only)]

    def _headless(self, waybill_no: str) -> list[ParcelFact]:
        rows = self._s.scalars(select(HeadlessRow).where(HeadlessRow.matched_waybill == waybill_no))
        return [ParcelFact(at=h.matched_at or h.at, by=h.matched_by or h.by, source="headless",
                           kind="matched",
                           data={"headless_id": h.id, "description": h.description,
                                 "found_at": h.at.isoformat(timespec="minutes"),
                                 "photo": Path(h.photo).name if h.photo else ""})
                for h in rows]

    def _service_desk(self, waybill_no: str) -> list[ParcelFact]:
        found: list[ParcelFact] = []
        for e in self._s.scalars(select(EnquiryRow).where(EnquiryRow.waybill_no == waybill_no)):
            found.append(ParcelFact(
                at=e.received_at, by=e.received_by, source="enquiry", kind=e.kind,
                data={"enquiry_id": e.id, "caller_kind": e.caller_kind,
                      "caller_name": e.caller_name, "caller_phone": e.caller_phone,
                      "caller_point": e.caller_point, "question": e.question,
                      "due_at": e.due_at.isoformat(timespec="minutes")}))
            if e.answered_at is not None:
                found.append(ParcelFact(
                    at=e.answered_at, by=e.answered_by, source="answer", kind=e.kind,
                    data={"enquiry_id": e.id, "answer": e.answer,
                          "late": e.answered_at > e.due_at}))
        notes = self._s.scalars(select(DeskNoteRow).where(DeskNoteRow.waybill_no == waybill_no))
        found += [ParcelFact(at=n.at, by=n.by, source="note", kind=n.desk, data={"text": n.text})
                  for n in notes]
        return found


def _out_json(disposition: str | None, stored: str | None) -> OutJson:
    """A stay's scan-out as its JSON object, read through the warehouse codec."""
    out = out_of(disposition, stored)
    return encode_out(out) if out is not None else {}
