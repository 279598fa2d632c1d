"""What the receipt desk and the warehouse's scan-out both write: the receipt's columns and
the delivery-list upsert."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, literal, select, true
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from counter_app.persistence.lean import is_pg
from counter_app.persistence.tables import DeliveryListRow

RECEIPT_FIELDS = ("batch_id", "waybill_no", "signer", "signer_kind", "pieces", "cod_amount",
                   "cod_expected", "cod_flagged", "entered_at", "entered_by", "late",
                   "arrived_on")


def expect_delivery_statement(session: Session, waybill_no: str, courier_id: int, day: date,
                              recipient: str, arrived_on: date, guard: Any = None) -> Any:
    """INSERT … SELECT … ON CONFLICT DO UPDATE of a delivery-list line (see
    ``SqlReceiptRepository.expect_delivery``); ``guard`` is an extra WHERE (the scan-out's
    close, when both are one statement)."""
    def latest(column: Any) -> Any:
        return (select(column).where(DeliveryListRow.waybill_no == waybill_no)
                .order_by(DeliveryListRow.delivery_date.desc()).limit(1).scalar_subquery())

    table = DeliveryListRow.__table__
    source = select(
        literal(waybill_no, table.c.waybill_no.type),
        literal(courier_id, table.c.courier_id.type),
        literal(day, table.c.delivery_date.type),
        func.coalesce(literal(recipient or None, table.c.recipient.type),
                      latest(DeliveryListRow.recipient), ""),
        latest(DeliveryListRow.cod_amount),
        func.coalesce(latest(DeliveryListRow.pieces), 1),
        func.coalesce(latest(DeliveryListRow.arrived_on),
                      literal(arrived_on, table.c.arrived_on.type)),
    ).where(true() if guard is None else guard)
    columns = ["waybill_no", "courier_id", "delivery_date", "recipient", "cod_amount",
               "pieces", "arrived_on"]
    upsert = pg_insert if is_pg(session) else sqlite_insert
    statement = upsert(DeliveryListRow).from_select(columns, source)
    return statement.on_conflict_do_update(
        index_elements=["waybill_no", "delivery_date"],
        set_={c: getattr(statement.excluded, c) for c in columns[1:] if c != "delivery_date"})
