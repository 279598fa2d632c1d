"""SQL of the receipt desk (回单): batches, receipts, set-asides, delivery lists."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, literal, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from counter_app.domain.receipts import ExpectedParcel
from counter_app.persistence.lean import (
    Primed,
    actor_ok,
    as_date,
    as_datetime,
    audit_insert,
    audit_values,
    is_pg,
    json_array,
    json_rows,
    loads,
    revoked,
)
from counter_app.persistence.receipt_rows import RECEIPT_FIELDS, expect_delivery_statement
from counter_app.persistence.repositories import _STAY_COLUMNS, _stay_from
from counter_app.persistence.sql_helpers import conditional_update, insert_ignoring
from counter_app.persistence.station_repository import STATION_COLUMNS, station_from
from counter_app.persistence.tables import (
    AuditRow,
    DeliveryListRow,
    ReceiptBatchRow,
    ReceiptRow,
    SetAsideRow,
    StationRow,
    StationSettingRow,
    StayRow,
)
from counter_app.services.audit_ports import AuditEntry
from counter_app.services.receipt_ports import BatchRecord, ReceiptRecord, SetAsideRecord


def _batch(row: ReceiptBatchRow) -> BatchRecord:
    return BatchRecord(id=row.id, courier_id=row.courier_id, delivery_date=row.delivery_date,
                       opened_at=row.opened_at, opened_by=row.opened_by,
                       closed_at=row.closed_at, closed_by=row.closed_by)


_BATCH_COLUMNS = ("id", "courier_id", "delivery_date", "opened_at", "opened_by", "closed_at",
                  "closed_by")
_LINE_COLUMNS = ("waybill_no", "courier_id", "delivery_date", "recipient", "cod_amount",
                 "pieces", "arrived_on")


def _batch_from(c: dict[str, Any]) -> BatchRecord:
    return BatchRecord(id=int(c["id"]), courier_id=int(c["courier_id"]),
                       delivery_date=as_date(c["delivery_date"]) or date.min,
                       opened_at=as_datetime(c["opened_at"]) or datetime.min,
                       opened_by=c["opened_by"], closed_at=as_datetime(c["closed_at"]),
                       closed_by=c["closed_by"])


def _line_from(c: dict[str, Any]) -> ExpectedParcel:
    return ExpectedParcel(waybill_no=c["waybill_no"], courier_id=int(c["courier_id"]),
                          delivery_date=as_date(c["delivery_date"]) or date.min,
                          recipient=c["recipient"],
                          cod_amount=None if c["cod_amount"] is None
                          else Decimal(str(c["cod_amount"])).quantize(Decimal("0.01")),
                          pieces=int(c["pieces"]), arrived_on=as_date(c["arrived_on"]))


def _receipt(row: ReceiptRow) -> ReceiptRecord:
    return ReceiptRecord(id=row.id, **{f: getattr(row, f) for f in RECEIPT_FIELDS})


def _expected(row: DeliveryListRow) -> ExpectedParcel:
    return ExpectedParcel(waybill_no=row.waybill_no, courier_id=row.courier_id,
                          delivery_date=row.delivery_date, recipient=row.recipient,
                          cod_amount=row.cod_amount, pieces=row.pieces,
                          arrived_on=row.arrived_on)


class SqlReceiptRepository:
    """Receipts, batches, set-asides, delivery lists."""

    def __init__(self, session: Session, primed: Primed | None = None) -> None:
        """Use ``session``; ``primed`` holds what a context read fetched ahead."""
        self._s = session
        self._primed = primed or Primed()

    def prefetch_entry(self, batch_id: int, number: str, setting_keys: tuple[str, ...]) -> None:
        """One SELECT for what a receipt entry reads (issue 13 §7): the batch, the station,
        the waybill's latest delivery-list line, its open stay and the settings
        ``setting_keys``; each is then served once to the read that asks for it."""
        s = self._s
        station = select(json_array(s, *(StationRow.__table__.c[c] for c in STATION_COLUMNS))) \
            .where(StationRow.id == 1).scalar_subquery()
        batch = select(json_array(s, *(ReceiptBatchRow.__table__.c[c] for c in _BATCH_COLUMNS))) \
            .where(ReceiptBatchRow.id == batch_id).scalar_subquery()
        line = select(json_array(s, *(DeliveryListRow.__table__.c[c] for c in _LINE_COLUMNS))) \
            .where(DeliveryListRow.waybill_no == number) \
            .order_by(DeliveryListRow.delivery_date.desc()).limit(1).scalar_subquery()
        stay = select(json_array(s, *(StayRow.__table__.c[c] for c in _STAY_COLUMNS))) \
            .where(StayRow.waybill_no == number, StayRow.out_at.is_(None)).scalar_subquery()
        settings = json_rows(s, select(json_array(s, StationSettingRow.key,
                                                  StationSettingRow.value))
                             .where(StationSettingRow.key.in_(setting_keys)))
        got = s.execute(select(station, batch, line, stay, settings)).one()
        values = [loads(v) for v in got]
        primed = self._primed
        primed.put(("station",), None if values[0] is None else station_from(
            dict(zip(STATION_COLUMNS, values[0], strict=True))))
        primed.put(("batch", str(batch_id)), None if values[1] is None else _batch_from(
            dict(zip(_BATCH_COLUMNS, values[1], strict=True))))
        primed.put(("expected", number), None if values[2] is None else _line_from(
            dict(zip(_LINE_COLUMNS, values[2], strict=True))))
        primed.put(("open_stay", number), None if values[3] is None else _stay_from(
            dict(zip(_STAY_COLUMNS, values[3], strict=True))))
        stored = {str(k): str(v) for k, v in values[4] or []}
        for key in setting_keys:
            primed.put(("setting", key), stored.get(key))

    def add_batch(self, courier_id: int, delivery_date: date, at: datetime,
                  by: str) -> tuple[BatchRecord, bool]:
        """INSERT … ON CONFLICT DO NOTHING on the courier-and-day key: of two PCs one creates
        the batch, the other gets it (RE-6)."""
        created = self._s.execute(
            insert_ignoring(self._s, ReceiptBatchRow, ["courier_id", "delivery_date"])
            .values(courier_id=courier_id, delivery_date=delivery_date, opened_at=at,
                    opened_by=by)
            .returning(ReceiptBatchRow.id)
        ).scalar()
        batch = self.batch_for(courier_id, delivery_date)
        assert batch is not None
        return batch, created is not None

    def batch(self, batch_id: int) -> BatchRecord | None:
        """One batch."""
        found, record = self._primed.take(("batch", str(batch_id)))
        if found:
            return record  # type: ignore[no-any-return]
        row = self._s.get(ReceiptBatchRow, batch_id)
        return _batch(row) if row else None

    def batch_for(self, courier_id: int, delivery_date: date) -> BatchRecord | None:
        """A courier's batch of a day."""
        row = self._s.scalar(select(ReceiptBatchRow).where(
            ReceiptBatchRow.courier_id == courier_id,
            ReceiptBatchRow.delivery_date == delivery_date).order_by(ReceiptBatchRow.id))
        return _batch(row) if row else None

    def batches_on(self, delivery_date: date) -> list[BatchRecord]:
        """Batches of a day."""
        rows = self._s.scalars(select(ReceiptBatchRow).where(
            ReceiptBatchRow.delivery_date == delivery_date).order_by(ReceiptBatchRow.id))
        return [_batch(r) for r in rows]

    def close_batch(self, batch_id: int, at: datetime, by: str) -> bool:
        """One conditional UPDATE: of two PCs closing the batch exactly one closes it."""
        return conditional_update(
            self._s, ReceiptBatchRow, batch_id,
            update(ReceiptBatchRow)
            .where(ReceiptBatchRow.id == batch_id, ReceiptBatchRow.closed_at.is_(None))
            .values(closed_at=at, closed_by=by))

    def add(self, receipt: ReceiptRecord,
            entry: AuditEntry | None = None) -> ReceiptRecord | None:
        """Insert; None if another PC entered this waybill's receipt meanwhile (the unique
        key decides, ON CONFLICT DO NOTHING keeps the transaction usable). With ``entry``, its
        audit row is written too (actor-checked): on PostgreSQL by the same statement."""
        insert_receipt = insert_ignoring(self._s, ReceiptRow, ["waybill_no"]) \
            .values(**{f: getattr(receipt, f) for f in RECEIPT_FIELDS}).returning(ReceiptRow.id)
        if entry is not None and is_pg(self._s):
            allowed = actor_ok(entry)  # see register_stay: nothing written for a revoked actor
            values = {f: getattr(receipt, f) for f in RECEIPT_FIELDS}
            new = insert_ignoring(self._s, ReceiptRow, ["waybill_no"]).from_select(
                list(values), select(*(literal(v, ReceiptRow.__table__.c[k].type)
                                       for k, v in values.items())).where(allowed)) \
                .returning(ReceiptRow.id).cte("new_receipt")
            audited = audit_insert(entry, source=new).cte("audited")
            got = self._s.execute(select(
                select(new.c.id).scalar_subquery(),
                select(func.count()).select_from(audited).scalar_subquery(), allowed)).one()
            if not got[2]:
                raise revoked(self._s, entry)
            if got[0] is None:
                return None
            if not got[1] and entry.actor_role is not None:
                raise revoked(self._s, entry)
            return replace(receipt, id=int(got[0]))
        new_id = self._s.execute(insert_receipt).scalar()
        if new_id is None:
            return None
        if entry is not None:
            if entry.actor_role is None:
                self._s.execute(insert(AuditRow).values(**audit_values(entry)))
            elif self._s.execute(audit_insert(entry)).scalar() is None:
                raise revoked(self._s, entry)
        return replace(receipt, id=new_id)

    def update(self, receipt: ReceiptRecord) -> None:
        """Write back."""
        row = self._s.get(ReceiptRow, receipt.id)
        assert row is not None
        for f in RECEIPT_FIELDS:
            setattr(row, f, getattr(receipt, f))
        self._s.flush()

    def by_waybill(self, waybill_no: str) -> ReceiptRecord | None:
        """By waybill (unique index)."""
        row = self._s.scalar(select(ReceiptRow).where(ReceiptRow.waybill_no == waybill_no))
        return _receipt(row) if row else None

    def in_batch(self, batch_id: int) -> list[ReceiptRecord]:
        """A batch's receipts."""
        rows = self._s.scalars(select(ReceiptRow).where(ReceiptRow.batch_id == batch_id)
                               .order_by(ReceiptRow.id))
        return [_receipt(r) for r in rows]

    def add_set_aside(self, record: SetAsideRecord) -> SetAsideRecord:
        """Insert."""
        row = SetAsideRow(batch_id=record.batch_id, partial_barcode=record.partial_barcode,
                          printed_digits=record.printed_digits, note=record.note,
                          at=record.at, by=record.by)
        self._s.add(row)
        self._s.flush()
        return SetAsideRecord(id=row.id, batch_id=row.batch_id,
                              partial_barcode=row.partial_barcode,
                              printed_digits=row.printed_digits, note=row.note, at=row.at,
                              by=row.by)

    def set_asides(self, batch_id: int) -> list[SetAsideRecord]:
        """A batch's set-asides."""
        rows = self._s.scalars(select(SetAsideRow).where(SetAsideRow.batch_id == batch_id)
                               .order_by(SetAsideRow.id))
        return [SetAsideRecord(id=r.id, batch_id=r.batch_id, partial_barcode=r.partial_barcode,
                               printed_digits=r.printed_digits, note=r.note, at=r.at, by=r.by)
                for r in rows]

    def add_expected(self, parcels: list[ExpectedParcel]) -> int:
        """Insert or replace delivery-list lines: one upsert each, so two PCs writing the same
        line cannot collide, and a scan-out for delivery costs one round trip here."""
        upsert = pg_insert if self._s.get_bind().dialect.name == "postgresql" else sqlite_insert
        for p in parcels:
            values = {"courier_id": p.courier_id, "recipient": p.recipient,
                      "cod_amount": p.cod_amount, "pieces": p.pieces, "arrived_on": p.arrived_on}
            statement = upsert(DeliveryListRow).values(
                waybill_no=p.waybill_no, delivery_date=p.delivery_date, **values)
            self._s.execute(statement.on_conflict_do_update(
                index_elements=["waybill_no", "delivery_date"], set_=values))
        self._s.expire_all()  # lines loaded earlier in this session are stale now
        return len(parcels)

    def expect_delivery(self, waybill_no: str, courier_id: int, day: date, recipient: str,
                        arrived_on: date) -> None:
        """Put a parcel on a courier's delivery list of ``day`` in one statement: the recipient,
        the 到付 amount, the pieces and the arrival day come from the waybill's latest line when
        it has one (``recipient`` and ``arrived_on`` otherwise) — INSERT … SELECT … ON CONFLICT
        DO UPDATE, no read first (issue 13 §7)."""
        self._s.execute(expect_delivery_statement(self._s, waybill_no, courier_id, day,
                                                  recipient, arrived_on))

    def expected(self, waybill_no: str) -> ExpectedParcel | None:
        """Latest line of a waybill."""
        found, line = self._primed.take(("expected", waybill_no))
        if found:
            return line  # type: ignore[no-any-return]
        row = self._s.scalar(select(DeliveryListRow).where(
            DeliveryListRow.waybill_no == waybill_no)
            .order_by(DeliveryListRow.delivery_date.desc()).limit(1))
        return _expected(row) if row else None

    def expected_on(self, delivery_date: date) -> list[ExpectedParcel]:
        """Lines of a day: plain rows, no ORM objects (a busy day has 6,000, issue 18)."""
        d = DeliveryListRow
        rows = self._s.execute(select(
            d.waybill_no, d.courier_id, d.delivery_date, d.recipient, d.cod_amount, d.pieces,
            d.arrived_on).where(d.delivery_date == delivery_date).order_by(d.id))
        return [ExpectedParcel(*row) for row in rows]

    def expected_keys_on(self, delivery_date: date) -> list[tuple[int, str]]:
        """(courier id, waybill) of each line of a day, in list order: two columns only."""
        d = DeliveryListRow
        rows = self._s.execute(select(d.courier_id, d.waybill_no)
                               .where(d.delivery_date == delivery_date).order_by(d.id))
        return [(courier, waybill) for courier, waybill in rows]

    def late_on(self, delivery_date: date) -> list[ReceiptRecord]:
        """The receipts entered late in the batches of a day, in one query."""
        r, b = ReceiptRow, ReceiptBatchRow
        rows = self._s.scalars(
            select(r).join(b, b.id == r.batch_id)
            .where(b.delivery_date == delivery_date, r.late).order_by(r.id))
        return [_receipt(row) for row in rows]

    def received_of(self, delivery_date: date) -> set[str]:
        """The waybills on a day's delivery lists that have a receipt (in any batch)."""
        d, r = DeliveryListRow, ReceiptRow
        return set(self._s.scalars(
            select(d.waybill_no).join(r, r.waybill_no == d.waybill_no)
            .where(d.delivery_date == delivery_date)))

    def purge_before(self, arrived_before: date) -> int:
        """Delete old receipts (RE-8, supervisor action)."""
        from sqlalchemy import delete

        result = self._s.execute(delete(ReceiptRow).where(ReceiptRow.arrived_on < arrived_before))
        self._s.flush()
        return int(getattr(result, "rowcount", 0) or 0)
