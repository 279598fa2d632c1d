"""SQLAlchemy implementation of the counter intake's repository port (issue 4)."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal

from sqlalchemy import case, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from counter_app.domain.errors import AlreadyAccepted, FieldInvalid, NotFound
from counter_app.domain.intake import Account, Consumable
from counter_app.persistence.sql_helpers import savepoint
from counter_app.persistence.tables import (
    AcceptanceRow,
    AccountRow,
    ConsumableMoveRow,
    ConsumableRow,
    RefusalRow,
    SenderRow,
)
from counter_app.services.intake_ports import (
    AcceptanceRecord,
    ConsumableMove,
    RefusalRecord,
    SenderRecord,
    StatementEntry,
)


class SqlIntakeRepository:
    """Senders, acceptances, refusals, account customers and consumables."""

    def __init__(self, session: Session) -> None:
        """Use ``session``."""
        self._s = session

    # --- senders -----------------------------------------------------------------------------

    def sender_by_phone(self, phone: str) -> SenderRecord | None:
        """The sender registered with this phone number, if any."""
        row = self._s.scalar(select(SenderRow).where(SenderRow.phone == phone))
        return None if row is None else _sender(row)

    def save_sender(self, sender: SenderRecord) -> SenderRecord:
        """Insert, or replace the one with the same phone number: one upsert, so two counters
        recording the same new sender cannot collide (issue 13 §5) and it is one round trip."""
        values = {"name": sender.name, "address": sender.address, "doc_kind": sender.doc_kind,
                  "doc_number": sender.doc_number, "updated_at": sender.updated_at}
        statement = (pg_insert(SenderRow) if self._s.get_bind().dialect.name == "postgresql"
                     else sqlite_insert(SenderRow)).values(phone=sender.phone, **values)
        row = self._s.scalars(
            statement.on_conflict_do_update(index_elements=["phone"], set_=values)
            .returning(SenderRow),
            execution_options={"populate_existing": True},
        ).one()
        return _sender(row)

    # --- acceptances -------------------------------------------------------------------------

    def add_acceptance(self, record: AcceptanceRecord) -> AcceptanceRecord:
        """Insert; ``AlreadyAccepted`` when the waybill was accepted before (any PC)."""
        dims = record.dimensions or (None, None, None)
        row = AcceptanceRow(
            waybill_no=record.waybill_no, carrier=record.carrier,
            accepted_at=record.accepted_at, by=record.by, clerk_name=record.clerk_name,
            shift=record.shift, sender_name=record.sender_name,
            sender_phone=record.sender_phone, sender_address=record.sender_address,
            doc_kind=record.doc_kind, doc_number=record.doc_number,
            recipient_name=record.recipient_name, recipient_phone=record.recipient_phone,
            recipient_address=record.recipient_address, province=record.province,
            city=record.city, district=record.district, area_status=record.area_status,
            contents=record.contents, quantity=record.quantity, transport=record.transport,
            air_banned=record.air_banned, fragile=record.fragile, weight=record.weight,
            length_cm=dims[0], width_cm=dims[1], height_cm=dims[2],
            chargeable=record.chargeable, declared_value=record.declared_value,
            cod_amount=record.cod_amount, pay_mode=record.pay_mode,
            account_id=record.account_id,
            quote=json.dumps(record.quote, ensure_ascii=False, sort_keys=True),
            quoted_total=record.quoted_total, total=record.total,
            override_reason=record.override_reason, override_by=record.override_by,
            received=record.received, change=record.change,
            inspected_by=record.inspected_by, inspected_at=record.inspected_at,
            note=record.note,
        )
        try:
            with savepoint(self._s):
                self._s.add(row)
                self._s.flush()
        except IntegrityError:
            first = self.acceptance(record.waybill_no)
            if first is None:
                raise  # not the one-acceptance-per-waybill constraint
            raise AlreadyAccepted(
                waybill_no=first.waybill_no,
                at=first.accepted_at,
                by=first.clerk_name,
                job_number=first.by,
            ) from None
        return _acceptance(row)

    def acceptance(self, waybill_no: str) -> AcceptanceRecord | None:
        """The acceptance of this waybill, if any."""
        row = self._s.scalar(select(AcceptanceRow).where(AcceptanceRow.waybill_no == waybill_no))
        return None if row is None else _acceptance(row)

    def update_acceptance(self, record: AcceptanceRecord) -> AcceptanceRecord:
        """Store a corrected acceptance (matched by ``id``); ``NotFound`` when it is gone."""
        row = self._s.get(AcceptanceRow, record.id) if record.id is not None else None
        if row is None:
            raise NotFound("ci_acceptance", record.waybill_no)
        row.recipient_address = record.recipient_address
        row.province, row.city, row.district = record.province, record.city, record.district
        row.area_status = record.area_status
        row.weight, row.chargeable = record.weight, record.chargeable
        row.pay_mode, row.account_id = record.pay_mode, record.account_id
        row.quote = json.dumps(record.quote, ensure_ascii=False, sort_keys=True)
        row.quoted_total, row.total = record.quoted_total, record.total
        row.override_reason, row.override_by = record.override_reason, record.override_by
        row.received, row.change = record.received, record.change
        self._s.flush()
        return _acceptance(row)

    def acceptances_between(self, start: datetime, end: datetime,
                            account_id: int | None = None) -> list[AcceptanceRecord]:
        """Acceptances with ``start <= accepted_at < end`` (of one account), oldest first."""
        query = select(AcceptanceRow).where(AcceptanceRow.accepted_at >= start,
                                            AcceptanceRow.accepted_at < end)
        if account_id is not None:
            query = query.where(AcceptanceRow.account_id == account_id)
        rows = self._s.scalars(query.order_by(AcceptanceRow.accepted_at, AcceptanceRow.id))
        return [_acceptance(r) for r in rows]

    def statement_entries(self, account_id: int, start: datetime,
                          end: datetime) -> list[StatementEntry]:
        """The printed columns only, by the (account_id, accepted_at) index: no ORM rows."""
        a = AcceptanceRow
        rows = self._s.execute(
            select(a.accepted_at, a.waybill_no, a.province, a.city, a.district, a.contents,
                   a.chargeable, a.total, a.clerk_name)
            .where(a.account_id == account_id, a.accepted_at >= start, a.accepted_at < end,
                   a.pay_mode == "account")
            .order_by(a.accepted_at, a.id))
        return [StatementEntry(*row) for row in rows]

    # --- refusals ----------------------------------------------------------------------------

    def add_refusal(self, record: RefusalRecord) -> RefusalRecord:
        """Append a refusal."""
        row = RefusalRow(at=record.at, by=record.by, clerk_name=record.clerk_name,
                         reason=record.reason, contents=record.contents,
                         category=record.category, category_name=record.category_name,
                         sender_phone=record.sender_phone, detail=record.detail)
        self._s.add(row)
        self._s.flush()
        return _refusal(row)

    def refusals_between(self, start: datetime, end: datetime) -> list[RefusalRecord]:
        """Refusals with ``start <= at < end``, oldest first."""
        rows = self._s.scalars(select(RefusalRow)
                               .where(RefusalRow.at >= start, RefusalRow.at < end)
                               .order_by(RefusalRow.at, RefusalRow.id))
        return [_refusal(r) for r in rows]

    # --- accounts ----------------------------------------------------------------------------

    def accounts(self) -> list[Account]:
        """Every account customer, by code."""
        return [_account(r) for r in self._s.scalars(select(AccountRow).order_by(AccountRow.code))]

    def save_account(self, account: Account) -> Account:
        """Insert (no id) or update (by id); ``FieldInvalid(code, duplicate)`` on a used code."""
        clash = self._s.scalar(select(AccountRow.id).where(AccountRow.code == account.code))
        if clash is not None and clash != account.id:
            raise FieldInvalid("account_code", "duplicate", account.code)
        row = self._s.get(AccountRow, account.id) if account.id is not None else None
        if account.id is not None and row is None:
            raise NotFound("ci_account", str(account.id))
        row = row or AccountRow()
        row.code, row.name, row.contact = account.code, account.name, account.contact
        row.phone, row.credit_code = account.phone, account.credit_code
        row.active, row.note = account.active, account.note
        try:
            with savepoint(self._s):
                self._s.add(row)
                self._s.flush()
        except IntegrityError:  # another PC took the code after our check (issue 13 §5)
            raise FieldInvalid("account_code", "duplicate", account.code) from None
        return _account(row)

    # --- consumables -------------------------------------------------------------------------

    def consumables(self) -> list[Consumable]:
        """Every consumable, by code."""
        rows = self._s.scalars(select(ConsumableRow).order_by(ConsumableRow.code))
        return [_consumable(r) for r in rows]

    def save_consumable(self, item: Consumable) -> None:
        """Insert or replace by code."""
        row = self._s.get(ConsumableRow, item.code) or ConsumableRow(code=item.code)
        row.name, row.unit, row.stock = item.name, item.unit, item.stock
        row.low_mark, row.packaging_code = item.low_mark, item.packaging_code
        self._s.add(row)
        self._s.flush()

    def move_consumable(self, move: ConsumableMove, *, floor: bool = False) -> Consumable:
        """Add ``move.delta`` to the stock in one statement (two PCs never lose a count) and
        log the move; with ``floor`` the stock does not go below 0."""
        new_stock = ConsumableRow.stock + move.delta
        if floor:
            new_stock = case((new_stock < 0, 0), else_=new_stock)
        done = self._s.execute(update(ConsumableRow).where(ConsumableRow.code == move.code)
                               .values(stock=new_stock)
                               .execution_options(synchronize_session=False))
        if getattr(done, "rowcount", 0) != 1:
            raise NotFound("ci_consumable", move.code)
        self._s.add(ConsumableMoveRow(code=move.code, at=move.at, by=move.by, delta=move.delta,
                                      kind=move.kind, note=move.note,
                                      waybill_no=move.waybill_no))
        self._s.flush()
        row = self._s.get(ConsumableRow, move.code, populate_existing=True)
        assert row is not None
        return _consumable(row)

    def consumable_moves(self, code: str, limit: int = 100) -> list[ConsumableMove]:
        """The newest moves of one consumable first."""
        rows = self._s.scalars(select(ConsumableMoveRow).where(ConsumableMoveRow.code == code)
                               .order_by(ConsumableMoveRow.id.desc()).limit(limit))
        return [ConsumableMove(code=r.code, at=r.at, by=r.by, delta=r.delta, kind=r.kind,
                               note=r.note, waybill_no=r.waybill_no) for r in rows]


def _sender(row: SenderRow) -> SenderRecord:
    return SenderRecord(phone=row.phone, name=row.name, address=row.address,
                        doc_kind=row.doc_kind, doc_number=row.doc_number,
                        updated_at=row.updated_at, id=row.id)


def _dec(value: Decimal | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _acceptance(row: AcceptanceRow) -> AcceptanceRecord:
    dims = None
    if row.length_cm is not None and row.width_cm is not None and row.height_cm is not None:
        dims = (Decimal(row.length_cm), Decimal(row.width_cm), Decimal(row.height_cm))
    return AcceptanceRecord(
        waybill_no=row.waybill_no, carrier=row.carrier, accepted_at=row.accepted_at,
        by=row.by, clerk_name=row.clerk_name, shift=row.shift, sender_name=row.sender_name,
        sender_phone=row.sender_phone, sender_address=row.sender_address,
        doc_kind=row.doc_kind, doc_number=row.doc_number, recipient_name=row.recipient_name,
        recipient_phone=row.recipient_phone, recipient_address=row.recipient_address,
        province=row.province, city=row.city, district=row.district,
        area_status=row.area_status, contents=row.contents, quantity=row.quantity,
        transport=row.transport, air_banned=row.air_banned, fragile=row.fragile,
        weight=Decimal(row.weight), dimensions=dims, chargeable=Decimal(row.chargeable),
        declared_value=_dec(row.declared_value), cod_amount=_dec(row.cod_amount),
        pay_mode=row.pay_mode, account_id=row.account_id, quote=json.loads(row.quote),
        quoted_total=Decimal(row.quoted_total), total=Decimal(row.total),
        override_reason=row.override_reason, override_by=row.override_by,
        received=_dec(row.received), change=_dec(row.change), inspected_by=row.inspected_by,
        inspected_at=row.inspected_at, note=row.note, id=row.id,
    )


def _refusal(row: RefusalRow) -> RefusalRecord:
    return RefusalRecord(at=row.at, by=row.by, clerk_name=row.clerk_name, reason=row.reason,
                         contents=row.contents, category=row.category,
                         category_name=row.category_name, sender_phone=row.sender_phone,
                         detail=row.detail, id=row.id)


def _account(row: AccountRow) -> Account:
    return Account(code=row.code, name=row.name, contact=row.contact, phone=row.phone,
                   credit_code=row.credit_code, active=row.active, note=row.note, id=row.id)


def _consumable(row: ConsumableRow) -> Consumable:
    return Consumable(code=row.code, name=row.name, unit=row.unit, stock=row.stock,
                      low_mark=row.low_mark, packaging_code=row.packaging_code)
