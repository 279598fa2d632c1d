"""SQLAlchemy 2 typed row classes. Business rows are never deleted, only superseded (WH-2)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with a naming convention so migrations name constraints stably."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class StationRow(Base):
    """The one station profile (id is always 1)."""

    __tablename__ = "station"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    code: Mapped[str] = mapped_column(String(12))
    province: Mapped[str] = mapped_column(String(20))
    city: Mapped[str] = mapped_column(String(40))
    contact_person: Mapped[str] = mapped_column(String(40))
    phone: Mapped[str] = mapped_column(String(20))
    qq: Mapped[str] = mapped_column(String(12))
    own_carriers: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    """Optimistic concurrency (issue 13 §2): a save names the version it loaded."""


class StaffRow(Base):
    """A staff account. Deactivated, never deleted."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_number: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    """Optimistic concurrency (issue 13 §2): a save names the version it loaded."""


class CourierRow(Base):
    """A courier (派件员) or driver (司机)."""

    __tablename__ = "courier"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    phone: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(10))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    """Optimistic concurrency (issue 13 §2): a save names the version it loaded."""


class CourierAreaRow(Base):
    """The area a courier serves over a period; the open row (until NULL) is current."""

    __tablename__ = "courier_area"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    courier_id: Mapped[int] = mapped_column(ForeignKey("courier.id"), index=True)
    area: Mapped[str] = mapped_column(String(100))
    since: Mapped[date] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)


class StationSettingRow(Base):
    """Station-wide business settings shared by every PC (shift times, periods ...)."""

    __tablename__ = "station_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    """Optimistic concurrency (issue 13 §2): a save names the version it loaded."""


class AuditRow(Base):
    """Append-only audit log; database triggers refuse UPDATE and DELETE (WH-2)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    """No index: the purge finds old rows through the key (``retention.older``)."""
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    actor: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(40), index=True)
    entity_id: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(40))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)


class ScanJournalRow(Base):
    """Every raw scanner read, accepted or not (issue 3 §6)."""

    __tablename__ = "scan_journal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    """No index: the purge finds old rows through the key (``retention.older``)."""
    source: Mapped[str] = mapped_column(String(80))
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    """Empty when it is ``text`` in UTF-8 (issue 21 §4: stored once)."""
    text: Mapped[str] = mapped_column(String(200))
    """Empty when it is ``number`` (an accepted read of a clean number)."""
    outcome: Mapped[str] = mapped_column(String(12))
    number: Mapped[str | None] = mapped_column(String(40))
    reason: Mapped[str | None] = mapped_column(String(30))


class MisrouteRow(Base):
    """One parcel in the 错写大字 register (MR-1, MR-2). Corrected in place, audited."""

    __tablename__ = "misroute_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    waybill_no: Mapped[str] = mapped_column(String(40), unique=True)
    origin_province: Mapped[str] = mapped_column(String(20))
    origin_site: Mapped[str] = mapped_column(String(60), index=True)
    wrong_dazi: Mapped[str] = mapped_column(String(40))
    correct_dazi: Mapped[str] = mapped_column(String(40))
    found_on: Mapped[date | None] = mapped_column(Date, index=True)
    found_by: Mapped[str] = mapped_column(String(16))
    action: Mapped[str | None] = mapped_column(String(16))
    verified_by: Mapped[str | None] = mapped_column(String(16))
    verified_at: Mapped[datetime | None] = mapped_column(DateTime)
    needs_problem_flow: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    """Optimistic concurrency (issue 13 §2): a save names the version it loaded."""


class MisrouteMonthRow(Base):
    """A closed (locked) report month (MR-5)."""

    __tablename__ = "misroute_month"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    closed_at: Mapped[datetime] = mapped_column(DateTime)
    closed_by: Mapped[str] = mapped_column(String(16))


class DeliveryListRow(Base):
    """The day's delivery list per courier (派件清单), imported or written by the warehouse: what
    receipts to expect, the recipient's name and the 到付 amount (RE-3, RE-6)."""

    __tablename__ = "delivery_list"
    __table_args__ = (UniqueConstraint("waybill_no", "delivery_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delivery_date: Mapped[date] = mapped_column(Date, index=True)
    courier_id: Mapped[int] = mapped_column(ForeignKey("courier.id"), index=True)
    waybill_no: Mapped[str] = mapped_column(String(40), index=True)
    recipient: Mapped[str] = mapped_column(String(40), default="")
    cod_amount: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    pieces: Mapped[int] = mapped_column(Integer, default=1)
    arrived_on: Mapped[date | None] = mapped_column(Date)


class ReceiptBatchRow(Base):
    """A courier's or driver's receipts of one delivery day (RE-6)."""

    __tablename__ = "receipt_batch"
    # RE-6: one batch per courier and delivery day, decided by the database (issue 13 §1);
    # a closed batch is never reopened, so "one open batch" and "one batch" are the same. A
    # unique index rather than a constraint: SQLite adds it without copying the table.
    __table_args__ = (
        Index("uq_receipt_batch_courier_day", "courier_id", "delivery_date", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    courier_id: Mapped[int] = mapped_column(ForeignKey("courier.id"), index=True)
    delivery_date: Mapped[date] = mapped_column(Date, index=True)
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    opened_by: Mapped[str] = mapped_column(String(16))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_by: Mapped[str | None] = mapped_column(String(16))


class ReceiptRow(Base):
    """One signed receipt as entered (RE-2..RE-5); corrections are audited."""

    __tablename__ = "receipt"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("receipt_batch.id"), index=True)
    waybill_no: Mapped[str] = mapped_column(String(40), unique=True)
    signer: Mapped[str] = mapped_column(String(40))
    signer_kind: Mapped[str] = mapped_column(String(16))
    pieces: Mapped[int] = mapped_column(Integer, default=1)
    cod_amount: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    cod_expected: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    cod_flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    entered_at: Mapped[datetime] = mapped_column(DateTime)
    entered_by: Mapped[str] = mapped_column(String(16))
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    arrived_on: Mapped[date] = mapped_column(Date, index=True)


class SetAsideRow(Base):
    """A receipt whose number is unreadable on both the barcode and the printed digits (RE-5)."""

    __tablename__ = "receipt_set_aside"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("receipt_batch.id"), index=True)
    partial_barcode: Mapped[str] = mapped_column(String(40), default="")
    printed_digits: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(16))


class WarehouseLocationRow(Base):
    """A shelf, bay or area of the warehouse with its capacity (WH-9)."""

    __tablename__ = "wh_location"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    capacity: Mapped[int] = mapped_column(Integer)
    layers: Mapped[int] = mapped_column(Integer, default=1)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    """Optimistic concurrency (issue 13 §2): a save names the version it loaded."""


class HeadlessRow(Base):
    """A parcel without a readable waybill (WH-3), until its number is found."""

    __tablename__ = "wh_headless"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    description: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(16))
    location: Mapped[str] = mapped_column(String(16), default="")
    photo: Mapped[str] = mapped_column(String(260), default="")
    matched_waybill: Mapped[str | None] = mapped_column(String(40), index=True)
    matched_at: Mapped[datetime | None] = mapped_column(DateTime)
    matched_by: Mapped[str | None] = mapped_column(String(16))


class StayRow(Base):
    """One stay of a parcel in the warehouse, scan-in to scan-out (WH-2, WH-4). The partial
    unique index keeps at most one open stay per waybill, across every PC."""

    __tablename__ = "wh_stay"
    __table_args__ = (
        Index(
            "uq_wh_stay_open_waybill_no",
            "waybill_no",
            unique=True,
            sqlite_where=text("out_at IS NULL"),
            postgresql_where=text("out_at IS NULL"),
        ),
        # phone-tail search filters and orders by one index (newest first, LIMIT 50)
        Index("ix_wh_stay_phone_tail_in_at", "phone_tail", "in_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    waybill_no: Mapped[str] = mapped_column(String(40), index=True)
    reason: Mapped[str] = mapped_column(String(20))
    details: Mapped[str] = mapped_column(Text, default="{}")
    location: Mapped[str] = mapped_column(String(16))
    layer: Mapped[int] = mapped_column(Integer, default=1)
    pickup_code: Mapped[str] = mapped_column(String(24), default="")
    recipient: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    phone_tail: Mapped[str] = mapped_column(String(4), default="")
    bulky: Mapped[bool] = mapped_column(Boolean, default=False)
    destination_province: Mapped[str] = mapped_column(String(20), default="")
    misroute_id: Mapped[int | None] = mapped_column(ForeignKey("misroute_entry.id"))
    headless_id: Mapped[int | None] = mapped_column(ForeignKey("wh_headless.id"))
    planned_driver_id: Mapped[int | None] = mapped_column(ForeignKey("courier.id"))
    in_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    in_by: Mapped[str] = mapped_column(String(16))
    out_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    out_by: Mapped[str | None] = mapped_column(String(16))
    disposition: Mapped[str | None] = mapped_column(String(20))
    out_details: Mapped[str] = mapped_column(Text, default="{}")


class WarehouseEventRow(Base):
    """One line of a parcel's timeline (who, when, what); ``data`` is JSON text."""

    __tablename__ = "wh_event"
    __table_args__ = (
        # an event without a stay is found by its number; every other through its stay
        Index("ix_wh_event_stayless_waybill_no", "waybill_no",
              sqlite_where=text("stay_id IS NULL"), postgresql_where=text("stay_id IS NULL")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stay_id: Mapped[int | None] = mapped_column(ForeignKey("wh_stay.id"), index=True)
    waybill_no: Mapped[str] = mapped_column(String(40))
    """A waybill's timeline is found through its stays (``ix_wh_event_stay_id``)."""
    at: Mapped[datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(20))
    data: Mapped[str] = mapped_column(Text, default="{}")
    """JSON; empty for an ``out`` event (and the ``delivery_scan`` it implies): the stay's
    disposition and out_details say it (issue 21 §4)."""


class StocktakeRow(Base):
    """A stocktake (盘点) of one location or of the whole store (location '')."""

    __tablename__ = "wh_stocktake"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    location: Mapped[str] = mapped_column(String(16), default="")
    started_at: Mapped[datetime] = mapped_column(DateTime)
    started_by: Mapped[str] = mapped_column(String(16))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_by: Mapped[str | None] = mapped_column(String(16))
    approved_by: Mapped[str | None] = mapped_column(String(16))


class StocktakeScanRow(Base):
    """A parcel counted in a stocktake; counted once per stocktake."""

    __tablename__ = "wh_stocktake_scan"
    __table_args__ = (UniqueConstraint("stocktake_id", "waybill_no"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("wh_stocktake.id"))
    waybill_no: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(16))


# --- counter intake (issue 4) ---------------------------------------------------------------


class SenderRow(Base):
    """A registered sender (实名收寄, CI-11), one per phone number, recalled at the counter."""

    __tablename__ = "ci_sender"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    phone: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    address: Mapped[str] = mapped_column(String(200), default="")
    doc_kind: Mapped[str] = mapped_column(String(24))
    doc_number: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class AccountRow(Base):
    """An account customer (协议结算, CI-7). Closed, never deleted."""

    __tablename__ = "ci_account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    contact: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    credit_code: Mapped[str] = mapped_column(String(18), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(String(200), default="")


class AcceptanceRow(Base):
    """A parcel accepted at the counter: sender, recipient, inspection (CI-5), price (CI-8).
    One acceptance per waybill, across every PC."""

    __tablename__ = "ci_acceptance"
    __table_args__ = (Index("ix_ci_acceptance_account_at", "account_id", "accepted_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    waybill_no: Mapped[str] = mapped_column(String(40), unique=True)
    carrier: Mapped[str] = mapped_column(String(16))
    accepted_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    by: Mapped[str] = mapped_column(String(16))
    clerk_name: Mapped[str] = mapped_column(String(40))
    shift: Mapped[str] = mapped_column(String(8))
    sender_name: Mapped[str] = mapped_column(String(60))
    sender_phone: Mapped[str] = mapped_column(String(20), index=True)
    sender_address: Mapped[str] = mapped_column(String(200))
    doc_kind: Mapped[str] = mapped_column(String(24))
    doc_number: Mapped[str] = mapped_column(String(40))
    recipient_name: Mapped[str] = mapped_column(String(60))
    recipient_phone: Mapped[str] = mapped_column(String(20))
    recipient_address: Mapped[str] = mapped_column(String(200))
    province: Mapped[str] = mapped_column(String(20))
    city: Mapped[str] = mapped_column(String(40))
    district: Mapped[str] = mapped_column(String(40))
    area_status: Mapped[str] = mapped_column(String(16))
    contents: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer)
    transport: Mapped[str] = mapped_column(String(8))
    air_banned: Mapped[bool] = mapped_column(Boolean)
    fragile: Mapped[bool] = mapped_column(Boolean)
    weight: Mapped[Decimal] = mapped_column(Numeric(8, 3))
    length_cm: Mapped[Decimal | None] = mapped_column(Numeric(6, 1))
    width_cm: Mapped[Decimal | None] = mapped_column(Numeric(6, 1))
    height_cm: Mapped[Decimal | None] = mapped_column(Numeric(6, 1))
    chargeable: Mapped[Decimal] = mapped_column(Numeric(8, 3))
    declared_value: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    cod_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    pay_mode: Mapped[str] = mapped_column(String(8))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("ci_account.id"))
    quote: Mapped[str] = mapped_column(Text, default="{}")
    quoted_total: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    total: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    override_reason: Mapped[str] = mapped_column(String(200), default="")
    override_by: Mapped[str] = mapped_column(String(16), default="")
    received: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    change: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    inspected_by: Mapped[str] = mapped_column(String(16))
    inspected_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(String(200), default="")


class RefusalRow(Base):
    """A parcel refused at the counter (CI-2): what, why, the sender's phone, who, when."""

    __tablename__ = "ci_refusal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    by: Mapped[str] = mapped_column(String(16))
    clerk_name: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(String(16))
    contents: Mapped[str] = mapped_column(String(200))
    category: Mapped[int | None] = mapped_column(Integer)
    category_name: Mapped[str] = mapped_column(String(60), default="")
    sender_phone: Mapped[str] = mapped_column(String(20), default="")
    detail: Mapped[str] = mapped_column(String(200), default="")


class ConsumableRow(Base):
    """A counter consumable and its stock (CI-10)."""

    __tablename__ = "ci_consumable"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    unit: Mapped[str] = mapped_column(String(8))
    stock: Mapped[int] = mapped_column(Integer, default=0)
    low_mark: Mapped[int] = mapped_column(Integer, default=0)
    packaging_code: Mapped[str] = mapped_column(String(16), default="")


class ConsumableMoveRow(Base):
    """One movement of a consumable: counted in, sold, used with a parcel, corrected."""

    __tablename__ = "ci_consumable_move"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(ForeignKey("ci_consumable.code"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(16))
    delta: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))
    note: Mapped[str] = mapped_column(String(100), default="")
    waybill_no: Mapped[str] = mapped_column(String(40), default="")


class NoticeRow(Base):
    """A notice to a recipient about a parcel stay (issue 20). At most one of a kind per stay
    and day: the unique key decides between two PCs (and between a reminder and a clerk)."""

    __tablename__ = "notice"
    __table_args__ = (
        UniqueConstraint("stay_id", "kind", "day", name="uq_notice_stay_kind_day"),
        Index("ix_notice_phone_day", "phone", "day"),
        Index("ix_notice_status_next_try_at", "status", "next_try_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("wh_stay.id"))
    waybill_no: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    day: Mapped[date] = mapped_column(Date, index=True)
    phone: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    params: Mapped[str] = mapped_column(Text, default="{}")
    status: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str] = mapped_column(String(200), default="")
    provider_ref: Mapped[str] = mapped_column(String(64), default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_try_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(16))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)


class ConsentRow(Base):
    """One entry of the consent register (X-7), append-only: the newest per phone speaks."""

    __tablename__ = "consent"
    __table_args__ = (Index("ix_consent_phone_recorded_at", "phone", "recorded_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    phone: Mapped[str] = mapped_column(String(20))
    decision: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(12))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(16))
    valid_until: Mapped[date] = mapped_column(Date)
    waybill_no: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(String(200), default="")


class NoticeReplyRow(Base):
    """A customer's reply read from the SMS provider's queue (issue 20), stored once: the
    unique provider message id makes a second read (a redelivery, or two PCs) a no-op."""

    __tablename__ = "notice_reply"
    __table_args__ = (UniqueConstraint("message_id", name="uq_notice_reply_message_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(String(500))
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    stored_at: Mapped[datetime] = mapped_column(DateTime)
    intent: Mapped[str] = mapped_column(String(10), default="")
    stay_id: Mapped[int | None] = mapped_column(ForeignKey("wh_stay.id"))
    """The parcel of the most recent notice to that phone (None: no notice in the window)."""
    notice_id: Mapped[int | None] = mapped_column(Integer)
    stays: Mapped[str] = mapped_column(Text, default="[]")
    """JSON [[stay_id, waybill], …]: every open parcel of the phone it was shown on."""


# --- customer-service desk (issue 19) -------------------------------------------------------


class EnquiryRow(Base):
    """An enquiry (查件 / 催单 / 对方查询 / 投诉, CS-1) with its reply deadline (CS-2) and answer.
    Answered in place, versioned (two PCs may answer the same enquiry), audited."""

    __tablename__ = "cs_enquiry"
    # the open list is read by deadline: one index serves "open, soonest first"
    __table_args__ = (Index("ix_cs_enquiry_answered_at_due_at", "answered_at", "due_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    waybill_no: Mapped[str] = mapped_column(String(40), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(12))
    caller_kind: Mapped[str] = mapped_column(String(16))
    caller_name: Mapped[str] = mapped_column(String(40))
    caller_phone: Mapped[str] = mapped_column(String(20))
    caller_point: Mapped[str] = mapped_column(String(60), default="")
    sender_phone: Mapped[str] = mapped_column(String(20), default="")
    recipient_phone: Mapped[str] = mapped_column(String(20), default="")
    sender_address: Mapped[str] = mapped_column(String(200), default="")
    recipient_address: Mapped[str] = mapped_column(String(200), default="")
    question: Mapped[str] = mapped_column(String(500))
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    received_by: Mapped[str] = mapped_column(String(16))
    due_at: Mapped[datetime] = mapped_column(DateTime)
    case: Mapped[str] = mapped_column(String(24), default="")
    checked: Mapped[str] = mapped_column(Text, default="[]")
    answer: Mapped[str] = mapped_column(String(500), default="")
    answered_at: Mapped[datetime | None] = mapped_column(DateTime)
    answered_by: Mapped[str] = mapped_column(String(16), default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    """Optimistic concurrency (issue 13 §2): a save names the version it loaded."""


class DeskNoteRow(Base):
    """A line of the desk's work notebook (X-3, CS-9): per desk, optionally about a waybill.
    Never edited: a correction is a new note."""

    __tablename__ = "cs_note"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    by: Mapped[str] = mapped_column(String(16))
    desk: Mapped[str] = mapped_column(String(16))
    waybill_no: Mapped[str] = mapped_column(String(40), default="", index=True)
    text: Mapped[str] = mapped_column(String(500))


class ComplaintRow(Base):
    """A complaint and its ruling (CS-6). Ruled in place, versioned, audited."""

    __tablename__ = "cs_complaint"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    waybill_no: Mapped[str] = mapped_column(String(40), index=True)
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    received_by: Mapped[str] = mapped_column(String(16))
    caller_name: Mapped[str] = mapped_column(String(40))
    caller_phone: Mapped[str] = mapped_column(String(20))
    content: Mapped[str] = mapped_column(String(500))
    customer_evidence: Mapped[str] = mapped_column(String(500), default="")
    staff_evidence: Mapped[str] = mapped_column(String(500), default="")
    staff_member: Mapped[str] = mapped_column(String(40), default="")
    ruling: Mapped[str] = mapped_column(String(12), default="")
    solution: Mapped[str] = mapped_column(String(500), default="")
    fine: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    ruled_at: Mapped[datetime | None] = mapped_column(DateTime)
    ruled_by: Mapped[str] = mapped_column(String(16), default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    """Optimistic concurrency (issue 13 §2): a save names the version it loaded."""


class ClaimRow(Base):
    """A claim (CS-7) with its settlement deadline and the letters' hand-over to finance."""

    __tablename__ = "cs_claim"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    waybill_no: Mapped[str] = mapped_column(String(40), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    sent_on: Mapped[date] = mapped_column(Date)
    claimed_on: Mapped[date] = mapped_column(Date)
    claimant_name: Mapped[str] = mapped_column(String(40))
    claimant_phone: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(String(500))
    received_by: Mapped[str] = mapped_column(String(16))
    settle_by: Mapped[date] = mapped_column(Date, index=True)
    offer: Mapped[str] = mapped_column(String(8), default="")
    amount: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    agreed_on: Mapped[date | None] = mapped_column(Date)
    finance_by: Mapped[date | None] = mapped_column(Date)
    handed_on: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    """Optimistic concurrency (issue 13 §2): a save names the version it loaded."""


class ProblemRow(Base):
    """An outgoing problem parcel (发出疑难件, CS-4): the other point's message, our actions
    (JSON list), the other side's deadline. Versioned, audited."""

    __tablename__ = "cs_problem"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    waybill_no: Mapped[str] = mapped_column(String(40), index=True)
    from_point: Mapped[str] = mapped_column(String(60))
    message: Mapped[str] = mapped_column(String(500))
    received_at: Mapped[datetime] = mapped_column(DateTime)
    received_by: Mapped[str] = mapped_column(String(16))
    deadline: Mapped[datetime] = mapped_column(DateTime, index=True)
    actions: Mapped[str] = mapped_column(Text, default="[]")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_by: Mapped[str] = mapped_column(String(16), default="")
    outcome: Mapped[str] = mapped_column(String(500), default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    """Optimistic concurrency (issue 13 §2): a save names the version it loaded."""


class PickupRow(Base):
    """A pickup order (业务部 下单, CS-8), for the courier of the caller's area."""

    __tablename__ = "cs_pickup"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    taken_at: Mapped[datetime] = mapped_column(DateTime)
    taken_by: Mapped[str] = mapped_column(String(16))
    caller_name: Mapped[str] = mapped_column(String(40))
    caller_phone: Mapped[str] = mapped_column(String(20))
    address: Mapped[str] = mapped_column(String(200))
    courier_id: Mapped[int | None] = mapped_column(ForeignKey("courier.id"))
    courier_name: Mapped[str] = mapped_column(String(40), default="")
    not_before: Mapped[datetime] = mapped_column(DateTime, index=True)
    note: Mapped[str] = mapped_column(String(200), default="")


class DriverNoticeRow(Base):
    """Goods a courier reports at a customer, passed to the line-haul driver (CS-8), listed
    for the driver's run of ``run_day``."""

    __tablename__ = "cs_driver_notice"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    taken_at: Mapped[datetime] = mapped_column(DateTime)
    taken_by: Mapped[str] = mapped_column(String(16))
    courier_name: Mapped[str] = mapped_column(String(40))
    driver_id: Mapped[int | None] = mapped_column(ForeignKey("courier.id"))
    driver_name: Mapped[str] = mapped_column(String(40))
    place: Mapped[str] = mapped_column(String(200))
    goods: Mapped[str] = mapped_column(String(200), default="")
    run_day: Mapped[date] = mapped_column(Date, index=True)
