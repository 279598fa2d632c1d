"""SQLAlchemy 2 typed row classes. Business rows are never deleted, only superseded (WH-2)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
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


class CourierRow(Base):
    """A courier (派件员) or driver (司机)."""

    __tablename__ = "courier"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    phone: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(10))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


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


class AuditRow(Base):
    """Append-only audit log; database triggers refuse UPDATE and DELETE (WH-2)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
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
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    source: Mapped[str] = mapped_column(String(80), index=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    text: Mapped[str] = mapped_column(String(200))
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


class MisrouteMonthRow(Base):
    """A closed (locked) report month (MR-5)."""

    __tablename__ = "misroute_month"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    closed_at: Mapped[datetime] = mapped_column(DateTime)
    closed_by: Mapped[str] = mapped_column(String(16))
