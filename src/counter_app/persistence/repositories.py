"""SQLAlchemy implementations of the services' repository ports; rows ↔ domain objects."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any, ClassVar

from sqlalchemy import (
    String,
    bindparam,
    delete,
    exists,
    func,
    insert,
    literal,
    select,
    text,
    true,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from counter_app.domain.errors import (
    AlreadyInStock,
    DuplicateJobNumber,
    DuplicateMisroute,
)
from counter_app.domain.misroute import MisrouteAction, MisrouteEntry
from counter_app.domain.receipts import ExpectedParcel
from counter_app.domain.scanning import ScanCounts, ScanOutcome
from counter_app.domain.staff import Courier, CourierKind, Role, StaffMember
from counter_app.domain.station import StationProfile
from counter_app.domain.warehouse import (
    Disposition,
    Location,
    LocationKind,
    ProblemDetails,
    Reason,
    phone_tail,
    pickup_code,
)
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
from counter_app.persistence.search_index import matching_ids
from counter_app.persistence.tables import (
    AuditRow,
    ClaimRow,
    ComplaintRow,
    CourierAreaRow,
    CourierRow,
    DeliveryListRow,
    EnquiryRow,
    HeadlessRow,
    MisrouteMonthRow,
    MisrouteRow,
    ProblemRow,
    ReceiptBatchRow,
    ReceiptRow,
    ScanJournalRow,
    SetAsideRow,
    StaffRow,
    StationRow,
    StationSettingRow,
    StayRow,
    StocktakeRow,
    StocktakeScanRow,
    WarehouseEventRow,
    WarehouseLocationRow,
)
from counter_app.services.ports import (
    AreaAssignment,
    AuditEntry,
    BatchRecord,
    HeadlessRecord,
    JournalEntry,
    ReceiptRecord,
    ScanInContext,
    ScanOutContext,
    SetAsideRecord,
    StaffAccount,
    StayRecord,
    StocktakeRecord,
    WarehouseEvent,
)


class SqlStationRepository:
    """The single station row (id 1)."""

    def __init__(self, session: Session, primed: Primed | None = None) -> None:
        """Use ``session``; ``primed`` holds what a context read fetched ahead."""
        self._s = session
        self._primed = primed or Primed()

    def get(self) -> StationProfile | None:
        """Return the profile or None."""
        found, profile = self._primed.take(("station",))
        if found:
            return profile  # type: ignore[no-any-return]
        row = self._s.get(StationRow, 1)
        if row is None:
            return None
        return StationProfile(
            name=row.name,
            code=row.code,
            province=row.province,
            city=row.city,
            contact_person=row.contact_person,
            phone=row.phone,
            qq=row.qq,
            own_carriers=tuple(c for c in row.own_carriers.split(",") if c),
            version=row.version,
        )

    def save(self, profile: StationProfile) -> None:
        """Insert or update row 1."""
        row = self._s.get(StationRow, 1) or StationRow(id=1)
        row.name, row.code = profile.name, profile.code
        row.province, row.city = profile.province, profile.city
        row.contact_person, row.phone, row.qq = profile.contact_person, profile.phone, profile.qq
        row.own_carriers = ",".join(profile.own_carriers)
        self._s.add(row)
        self._s.flush()


def _member(row: StaffRow) -> StaffMember:
    return StaffMember(
        id=row.id, job_number=row.job_number, name=row.name, role=Role(row.role), active=row.active,
        version=row.version,
    )


class SqlStaffRepository:
    """Staff accounts."""

    def __init__(self, session: Session) -> None:
        """Use ``session``."""
        self._s = session

    def count(self) -> int:
        """Return the number of accounts."""
        return int(self._s.scalar(select(func.count()).select_from(StaffRow)) or 0)

    def _account(self, row: StaffRow | None) -> StaffAccount | None:
        if row is None:
            return None
        return StaffAccount(
            member=_member(row),
            password_hash=row.password_hash,
            failed_attempts=row.failed_attempts,
            locked_until=row.locked_until,
        )

    def get(self, staff_id: int) -> StaffAccount | None:
        """Return an account by id."""
        return self._account(self._s.get(StaffRow, staff_id))

    def by_job_number(self, job_number: str) -> StaffAccount | None:
        """Return an account by job number."""
        return self._account(
            self._s.scalar(select(StaffRow).where(StaffRow.job_number == job_number))
        )

    def all(self) -> list[StaffMember]:
        """Return every account ordered by job number."""
        return [_member(r) for r in self._s.scalars(select(StaffRow).order_by(StaffRow.job_number))]

    def add(self, job_number: str, name: str, role: Role, password_hash: str) -> StaffMember:
        """Insert an account."""
        row = StaffRow(
            job_number=job_number,
            name=name,
            role=role.value,
            active=True,
            password_hash=password_hash,
            failed_attempts=0,
        )
        try:
            with savepoint(self._s):
                self._s.add(row)
                self._s.flush()
        except IntegrityError:  # another PC created it after the service's check
            raise DuplicateJobNumber(job_number) from None
        return _member(row)

    def update(self, account: StaffAccount) -> None:
        """Write back an account."""
        row = self._s.get(StaffRow, account.member.id)
        assert row is not None
        row.name, row.role, row.active = (
            account.member.name,
            account.member.role.value,
            account.member.active,
        )
        row.password_hash = account.password_hash
        row.failed_attempts = account.failed_attempts
        row.locked_until = account.locked_until
        self._s.flush()


class SqlCourierRepository:
    """Couriers and their area history."""

    def __init__(self, session: Session) -> None:
        """Use ``session``."""
        self._s = session

    def _current_area(self, courier_id: int) -> str:
        area = self._s.scalar(
            select(CourierAreaRow.area).where(
                CourierAreaRow.courier_id == courier_id, CourierAreaRow.until.is_(None)
            )
        )
        return area or ""

    def _courier(self, row: CourierRow, area: str | None = None) -> Courier:
        return Courier(
            id=row.id,
            name=row.name,
            phone=row.phone,
            kind=CourierKind(row.kind),
            area=self._current_area(row.id) if area is None else area,
            active=row.active,
            version=row.version,
        )

    def all(self, *, include_inactive: bool = False) -> list[Courier]:
        """Return couriers ordered by name."""
        query = select(CourierRow).order_by(CourierRow.name, CourierRow.id)
        if not include_inactive:
            query = query.where(CourierRow.active.is_(True))
        return [self._courier(r) for r in self._s.scalars(query)]

    def get(self, courier_id: int) -> Courier | None:
        """Return one courier with the current area, in one query (issue 13 §7)."""
        area = (select(CourierAreaRow.area)
                .where(CourierAreaRow.courier_id == CourierRow.id, CourierAreaRow.until.is_(None))
                .limit(1).scalar_subquery())
        found = self._s.execute(select(CourierRow, area).where(CourierRow.id == courier_id)).first()
        return self._courier(found[0], found[1] or "") if found else None

    def add(self, name: str, phone: str, kind: CourierKind) -> int:
        """Insert a courier."""
        row = CourierRow(name=name, phone=phone, kind=kind.value, active=True)
        self._s.add(row)
        self._s.flush()
        return row.id

    def update(self, courier: Courier) -> None:
        """Write back a courier's own fields."""
        row = self._s.get(CourierRow, courier.id)
        assert row is not None
        row.name, row.phone, row.kind, row.active = (
            courier.name,
            courier.phone,
            courier.kind.value,
            courier.active,
        )
        self._s.flush()

    def assign_area(self, courier_id: int, area: str, since: date) -> None:
        """Close the open assignment and open a new one from ``since``."""
        current = self._s.scalar(
            select(CourierAreaRow).where(
                CourierAreaRow.courier_id == courier_id, CourierAreaRow.until.is_(None)
            )
        )
        if current is not None:
            current.until = max(current.since, since - timedelta(days=1))
        self._s.add(CourierAreaRow(courier_id=courier_id, area=area, since=since))
        self._s.flush()

    def area_history(self, courier_id: int) -> list[AreaAssignment]:
        """Return assignments oldest first."""
        rows = self._s.scalars(
            select(CourierAreaRow)
            .where(CourierAreaRow.courier_id == courier_id)
            .order_by(CourierAreaRow.id)
        )
        return [AreaAssignment(area=r.area, since=r.since, until=r.until) for r in rows]


class SqlAuditLog:
    """Append-only log; there is deliberately no update or delete here."""

    def __init__(self, session: Session) -> None:
        """Use ``session``."""
        self._s = session

    def record(self, entry: AuditEntry) -> None:
        """Append an entry; with ``actor_role`` set, only while that staff row is active with
        that role (INSERT … SELECT … FROM staff: the check costs no extra round trip)."""
        if entry.actor_id is None or entry.actor_role is None:
            self._s.add(AuditRow(**audit_values(entry)))
            self._s.flush()
            return
        self._s.flush()  # the change this entry describes goes first, as before
        if self._s.execute(audit_insert(entry)).scalar() is None:
            raise revoked(self._s, entry)

    def last_change(self, entities: tuple[str, ...], entity_id: str) -> AuditEntry | None:
        """The newest entry about one record."""
        row = self._s.scalar(select(AuditRow).where(
            AuditRow.entity.in_(entities), AuditRow.entity_id == entity_id)
            .order_by(AuditRow.id.desc()).limit(1))
        return None if row is None else AuditEntry(
            at=row.at, actor_id=row.actor_id, actor=row.actor, entity=row.entity,
            entity_id=row.entity_id, action=row.action, id=row.id)

    def about(self, entity: str, entity_ids: Collection[str]) -> list[AuditEntry]:
        """Every entry of ``entity`` about these records, oldest first (one query)."""
        if not entity_ids:
            return []
        query = (select(AuditRow)
                 .where(AuditRow.entity == entity, AuditRow.entity_id.in_(list(entity_ids)))
                 .order_by(AuditRow.id))
        return [_entry(r) for r in self._s.scalars(query)]

    def all(self, *, entity: str | None = None, limit: int = 500) -> list[AuditEntry]:
        """Return the newest entries first."""
        query = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
        if entity is not None:
            query = query.where(AuditRow.entity == entity)
        return [_entry(r) for r in self._s.scalars(query)]


def _entry(r: AuditRow) -> AuditEntry:
    """An audit row as the port's entry."""
    return AuditEntry(
        at=r.at,
        actor_id=r.actor_id,
        actor=r.actor,
        entity=r.entity,
        entity_id=r.entity_id,
        action=r.action,
        before=json.loads(r.before) if r.before else None,
        after=json.loads(r.after) if r.after else None,
        id=r.id,
    )


class SqlSettingsRepository:
    """Station-wide key/value settings."""

    def __init__(self, session: Session, primed: Primed | None = None) -> None:
        """Use ``session``; ``primed`` holds what a context read fetched ahead."""
        self._s = session
        self._primed = primed or Primed()

    def get(self, key: str) -> str | None:
        """Return a value."""
        found, value = self._primed.take(("setting", key))
        if found:
            return value  # type: ignore[no-any-return]
        row = self._s.get(StationSettingRow, key)
        return row.value if row else None

    def set(self, key: str, value: str) -> None:
        """Insert or update a value."""
        row = self._s.get(StationSettingRow, key)
        if row is None:
            self._s.add(StationSettingRow(key=key, value=value))
        else:
            row.value = value
        self._s.flush()

    def get_many(self, *keys: str) -> dict[str, str]:
        """Several values in one SELECT (absent keys are left out)."""
        taken = [self._primed.take(("setting", key)) for key in keys]
        if all(found for found, _v in taken):
            return {key: value for key, (_f, value) in zip(keys, taken, strict=True)
                    if value is not None}
        rows = self._s.execute(select(StationSettingRow.key, StationSettingRow.value)
                               .where(StationSettingRow.key.in_(keys)))
        return {key: value for key, value in rows}

    def get_versioned(self, key: str) -> tuple[str, int] | None:
        """Value and version in one SELECT."""
        found = self._s.execute(select(StationSettingRow.value, StationSettingRow.version)
                                .where(StationSettingRow.key == key)).first()
        return (found[0], found[1]) if found else None


_VERSIONED: dict[str, tuple[type[Any], str, type]] = {
    "setting": (StationSettingRow, "key", str),
    "station": (StationRow, "id", int),
    "staff": (StaffRow, "id", int),
    "courier": (CourierRow, "id", int),
    "wh_location": (WarehouseLocationRow, "code", str),
    "misroute": (MisrouteRow, "id", int),
    "enquiry": (EnquiryRow, "id", int),  # issue 19
    "complaint": (ComplaintRow, "id", int),
    "claim": (ClaimRow, "id", int),
    "problem": (ProblemRow, "id", int),
}


class SqlVersionRepository:
    """The version columns of migration 0007 (issue 13 §2)."""

    def __init__(self, session: Session) -> None:
        """Use ``session``."""
        self._s = session

    def _where(self, entity: str, key: str) -> tuple[Any, Any]:
        row, column, kind = _VERSIONED[entity]
        return row, getattr(row, column) == kind(key)

    def current(self, entity: str, key: str) -> int:
        """The stored version, 0 if absent."""
        row, match = self._where(entity, key)
        return int(self._s.scalar(select(row.version).where(match)) or 0)

    def claim(self, entity: str, key: str, expected: int | None) -> bool:
        """UPDATE … SET version = version + 1 WHERE key [AND version = expected]."""
        row, match = self._where(entity, key)
        guard = [match] if expected is None else [match, row.version == expected]
        result = self._s.execute(update(row).where(*guard).values(version=row.version + 1)
                                 .execution_options(synchronize_session=False))
        if int(getattr(result, "rowcount", 0) or 0) == 1:
            for loaded in list(self._s.identity_map.values()):
                if isinstance(loaded, row):
                    self._s.expire(loaded, ["version"])
            return True
        if expected not in (None, 0) or self.current(entity, key) != 0:
            return False
        if entity != "setting":
            return True  # the save inserts the row; a rival insert is a Collision
        # a setting saved for the first time: the claim creates its row, so of two first
        # saves one inserts it and the other finds it taken (or, unversioned, bumps it)
        created = self._s.execute(
            insert_ignoring(self._s, StationSettingRow, ["key"])
            .values(key=key, value="", version=1).returning(StationSettingRow.key)
        ).scalar()
        if created is not None:
            return True
        return expected is None and self.claim(entity, key, None)


class SqlScanJournal:
    """The scan journal."""

    def __init__(self, session: Session) -> None:
        """Use ``session``."""
        self._s = session

    def record(self, entry: JournalEntry) -> int:
        """Append a read. What would be stored twice is stored once (issue 21 §4): ``raw``
        is left empty when it is ``text`` in UTF-8, ``text`` of a read taken as a number when
        it is that number (a rejected read keeps its text as read)."""
        taken = entry.outcome is not ScanOutcome.REJECTED and entry.number is not None
        text = "" if taken and entry.text == entry.number else entry.text
        raw = b"" if entry.raw == entry.text.encode("utf-8") else entry.raw
        row = ScanJournalRow(at=entry.at, source=entry.source, raw=raw, text=text,
                             outcome=entry.outcome.value, number=entry.number,
                             reason=entry.reason)
        self._s.add(row)
        self._s.flush()
        return row.id

    def counts(self) -> list[ScanCounts]:
        """Totals per source."""
        rows = self._s.execute(
            select(ScanJournalRow.source, ScanJournalRow.outcome, func.count())
            .group_by(ScanJournalRow.source, ScanJournalRow.outcome)
            .order_by(ScanJournalRow.source)
        )
        totals: dict[str, dict[str, int]] = {}
        for source, outcome, count in rows:
            totals.setdefault(source, {})[outcome] = int(count)
        return [ScanCounts(source=src, accepted=t.get(ScanOutcome.ACCEPTED.value, 0),
                           rejected=t.get(ScanOutcome.REJECTED.value, 0),
                           duplicate=t.get(ScanOutcome.DUPLICATE.value, 0))
                for src, t in totals.items()]

    def recent(self, limit: int = 100) -> list[JournalEntry]:
        """Newest reads first."""
        rows = self._s.scalars(select(ScanJournalRow).order_by(ScanJournalRow.id.desc())
                               .limit(limit))
        return [_journal(r) for r in rows]


def _journal(r: ScanJournalRow) -> JournalEntry:
    """A journal row as it was read (see ``SqlScanJournal.record``)."""
    text = r.text or (r.number or "")
    return JournalEntry(at=r.at, source=r.source, raw=r.raw or text.encode("utf-8"),
                        text=text, outcome=ScanOutcome(r.outcome), number=r.number,
                        reason=r.reason)


def _misroute(row: MisrouteRow) -> MisrouteEntry:
    return MisrouteEntry(
        id=row.id, waybill_no=row.waybill_no, origin_province=row.origin_province,
        origin_site=row.origin_site, wrong_dazi=row.wrong_dazi, correct_dazi=row.correct_dazi,
        found_on=row.found_on, found_by=row.found_by,
        action=MisrouteAction(row.action) if row.action else None,
        verified_by=row.verified_by, verified_at=row.verified_at,
        needs_problem_flow=row.needs_problem_flow, version=row.version,
    )


class SqlMisrouteRepository:
    """The misroute register."""

    _FIELDS = ("waybill_no", "origin_province", "origin_site", "wrong_dazi", "correct_dazi",
               "found_on", "found_by", "verified_by", "verified_at", "needs_problem_flow")

    def __init__(self, session: Session) -> None:
        """Use ``session``."""
        self._s = session

    def _fill(self, row: MisrouteRow, entry: MisrouteEntry) -> None:
        for name in self._FIELDS:
            setattr(row, name, getattr(entry, name))
        row.action = entry.action.value if entry.action else None

    def add(self, entry: MisrouteEntry) -> MisrouteEntry:
        """Insert; ``DuplicateMisroute`` naming the first registration if another PC
        registered the waybill after the service's check."""
        row = MisrouteRow()
        self._fill(row, entry)
        try:
            with savepoint(self._s):
                self._s.add(row)
                self._s.flush()
        except IntegrityError:
            first = self.by_waybill(entry.waybill_no)
            if first is None:
                raise
            raise DuplicateMisroute(entry.waybill_no, str(first.found_on or ""),
                                    first.found_by) from None
        return _misroute(row)

    def update(self, entry: MisrouteEntry) -> None:
        """Write back."""
        assert entry.id is not None
        row = self._s.get(MisrouteRow, entry.id)
        assert row is not None
        self._fill(row, entry)
        self._s.flush()

    def get(self, entry_id: int) -> MisrouteEntry | None:
        """One entry."""
        row = self._s.get(MisrouteRow, entry_id)
        return _misroute(row) if row else None

    def by_waybill(self, waybill_no: str) -> MisrouteEntry | None:
        """By waybill."""
        row = self._s.scalar(select(MisrouteRow).where(MisrouteRow.waybill_no == waybill_no))
        return _misroute(row) if row else None

    def in_months(self, *months: str) -> list[MisrouteEntry]:
        """Entries found in the months (date range per month, index-friendly)."""
        from counter_app.domain.misroute import next_month

        result: list[MisrouteEntry] = []
        for month in months:
            start = date.fromisoformat(f"{month}-01")
            end = date.fromisoformat(f"{next_month(month)}-01")
            rows = self._s.scalars(select(MisrouteRow).where(
                MisrouteRow.found_on >= start, MisrouteRow.found_on < end)
                .order_by(MisrouteRow.id))
            result += [_misroute(r) for r in rows]
        return result

    def sites(self, prefix: str, limit: int = 20) -> list[tuple[str, str]]:
        """Known sites by use."""
        rows = self._s.execute(
            select(MisrouteRow.origin_site, MisrouteRow.origin_province, func.count())
            .where(MisrouteRow.origin_site.startswith(prefix, autoescape=True),
                   MisrouteRow.origin_site != "")
            .group_by(MisrouteRow.origin_site, MisrouteRow.origin_province)
            .order_by(func.count().desc(), MisrouteRow.origin_site).limit(limit))
        return [(site, province) for site, province, _n in rows]

    def closed_months(self) -> dict[str, tuple[datetime, str]]:
        """Closed months."""
        return {r.month: (r.closed_at, r.closed_by)
                for r in self._s.scalars(select(MisrouteMonthRow))}

    def close_month(self, month: str, at: datetime, by: str) -> bool:
        """Lock; INSERT … ON CONFLICT DO NOTHING, so a second close is told, not crashed."""
        done = self._s.execute(
            insert_ignoring(self._s, MisrouteMonthRow, ["month"])
            .values(month=month, closed_at=at, closed_by=by)
            .returning(MisrouteMonthRow.month)
        ).scalar()
        return done is not None

    def hold_month(self, *months: str) -> None:
        """PostgreSQL: a transaction-scoped advisory lock per month (in order, so two holders
        cannot deadlock). SQLite has one writer at a time and refuses a stale read-then-write
        (SQLITE_BUSY_SNAPSHOT), so it needs nothing here."""
        if self._s.get_bind().dialect.name != "postgresql":
            return
        for month in sorted(set(months) - {""}):
            key = int(month.replace("-", ""))  # "2026-11" → 202611
            self._s.execute(text("SELECT pg_advisory_xact_lock(:ns, :key)"),
                            {"ns": _MISROUTE_LOCK_NS, "key": key})

    def reopen_month(self, month: str) -> None:
        """Unlock (the close and reopen stay in the audit log)."""
        row = self._s.get(MisrouteMonthRow, month)
        if row is not None:
            self._s.delete(row)
            self._s.flush()


def _batch(row: ReceiptBatchRow) -> BatchRecord:
    return BatchRecord(id=row.id, courier_id=row.courier_id, delivery_date=row.delivery_date,
                       opened_at=row.opened_at, opened_by=row.opened_by,
                       closed_at=row.closed_at, closed_by=row.closed_by)


_RECEIPT_FIELDS = ("batch_id", "waybill_no", "signer", "signer_kind", "pieces", "cod_amount",
                   "cod_expected", "cod_flagged", "entered_at", "entered_by", "late",
                   "arrived_on")


_STATION_COLUMNS = ("name", "code", "province", "city", "contact_person", "phone", "qq",
                    "own_carriers", "version")
_BATCH_COLUMNS = ("id", "courier_id", "delivery_date", "opened_at", "opened_by", "closed_at",
                  "closed_by")
_LINE_COLUMNS = ("waybill_no", "courier_id", "delivery_date", "recipient", "cod_amount",
                 "pieces", "arrived_on")


def _station_from(c: dict[str, Any]) -> StationProfile:
    return StationProfile(
        name=c["name"], code=c["code"], province=c["province"], city=c["city"],
        contact_person=c["contact_person"], phone=c["phone"], qq=c["qq"],
        own_carriers=_carriers(c["own_carriers"]), version=int(c["version"]))


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
    return ReceiptRecord(id=row.id, **{f: getattr(row, f) for f in _RECEIPT_FIELDS})


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
        station = select(json_array(s, *(StationRow.__table__.c[c] for c in _STATION_COLUMNS))) \
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
        primed.put(("station",), None if values[0] is None else _station_from(
            dict(zip(_STATION_COLUMNS, values[0], strict=True))))
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
        return _conditional_update(
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
            .values(**{f: getattr(receipt, f) for f in _RECEIPT_FIELDS}).returning(ReceiptRow.id)
        if entry is not None and is_pg(self._s):
            allowed = actor_ok(entry)  # see register_stay: nothing written for a revoked actor
            values = {f: getattr(receipt, f) for f in _RECEIPT_FIELDS}
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
        for f in _RECEIPT_FIELDS:
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


_MISROUTE_LOCK_NS = 13_001  # advisory-lock namespace of the misroute months (issue 13)


def insert_ignoring(session: Session, row: type[Any], keys: list[str],
                    where: Any = None) -> Any:
    """``INSERT … ON CONFLICT (keys) DO NOTHING`` in the session's dialect (SQLite ≥ 3.24 and
    PostgreSQL both have it): a lost race is a row not returned, not an IntegrityError that
    would spoil the transaction."""
    if session.get_bind().dialect.name == "postgresql":
        return pg_insert(row).on_conflict_do_nothing(index_elements=keys, index_where=where)
    return sqlite_insert(row).on_conflict_do_nothing(index_elements=keys, index_where=where)


def _conditional_update(session: Session, row: type[Any], key: object, statement: Any) -> bool:
    """Run a guarded UPDATE; True if it changed the row. A copy of the row loaded in this
    session is expired so the next read shows what the database now holds, won or lost."""
    result = session.execute(statement.execution_options(synchronize_session=False))
    loaded = session.identity_map.get(identity_key(row, key))
    if loaded is not None:
        session.expire(loaded)
    return int(getattr(result, "rowcount", 0) or 0) == 1


@contextmanager
def savepoint(session: Session) -> Iterator[None]:
    """A SAVEPOINT inside the unit of work's transaction, so a failed insert (a unique index
    hit) leaves the transaction usable. pysqlite opens its transaction only before
    INSERT/UPDATE/DELETE, so a SAVEPOINT issued first would start (and its RELEASE commit) the
    transaction itself: open the transaction explicitly first."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        dbapi = conn.connection.dbapi_connection
        if dbapi is not None and not getattr(dbapi, "in_transaction", True):
            conn.exec_driver_sql("BEGIN")
    with session.begin_nested():
        yield


def _json(value: dict[str, Any]) -> str:
    # no spaces after separators: a few bytes on every row (issue 21 §4)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@lru_cache(maxsize=4096)
def _details(text: str) -> ProblemDetails:
    """Parsed problem details; a stock holds many parcels with the same (frozen) details."""
    return ProblemDetails.from_dict(json.loads(text or "{}"))


def _stay(row: Any) -> StayRecord:
    """A StayRow or a Core row of wh_stay (the long lists read rows without ORM objects)."""
    return StayRecord(
        id=row.id, waybill_no=row.waybill_no, reason=Reason(row.reason),
        details=_details(row.details or "{}"),
        location=row.location, layer=row.layer, pickup_code=row.pickup_code,
        recipient=row.recipient, phone=row.phone, bulky=row.bulky,
        destination_province=row.destination_province, misroute_id=row.misroute_id,
        headless_id=row.headless_id, planned_driver_id=row.planned_driver_id,
        in_at=row.in_at, in_by=row.in_by, out_at=row.out_at, out_by=row.out_by,
        disposition=Disposition(row.disposition) if row.disposition else None,
        out_details=json.loads(row.out_details or "{}"),
    )


_STAY_COLUMNS = ("id", "waybill_no", "reason", "details", "location", "layer", "pickup_code",
                 "recipient", "phone", "bulky", "destination_province", "misroute_id",
                 "headless_id", "planned_driver_id", "in_at", "in_by", "out_at", "out_by",
                 "disposition", "out_details")


def _stay_from(c: dict[str, Any]) -> StayRecord:
    """A stay out of a JSON array of ``_STAY_COLUMNS`` (a context read)."""
    return StayRecord(
        id=int(c["id"]), waybill_no=c["waybill_no"], reason=Reason(c["reason"]),
        details=ProblemDetails.from_dict(json.loads(c["details"] or "{}")),
        location=c["location"], layer=int(c["layer"]), pickup_code=c["pickup_code"],
        recipient=c["recipient"], phone=c["phone"], bulky=bool(c["bulky"]),
        destination_province=c["destination_province"], misroute_id=c["misroute_id"],
        headless_id=c["headless_id"], planned_driver_id=c["planned_driver_id"],
        in_at=as_datetime(c["in_at"]) or datetime.min, in_by=c["in_by"],
        out_at=as_datetime(c["out_at"]), out_by=c["out_by"],
        disposition=Disposition(c["disposition"]) if c["disposition"] else None,
        out_details=json.loads(c["out_details"] or "{}"),
    )


_EVENT_INSERT: Any = insert(WarehouseEventRow.__table__)  # type: ignore[arg-type]
"""A Core INSERT run with a list of rows (no ORM bulk path per scan)."""


@cache
def _sqlite_stay_insert() -> Any:
    """SQLite's stay INSERT, built once: the id (max + 1) and the pickup code made from it
    inside the statement, under the write lock; ON CONFLICT on the one-open-stay index."""
    next_id = select(func.coalesce(func.max(StayRow.id), 0) + 1).scalar_subquery()
    code = (bindparam("code_prefix", type_=String) + func.substr(
        literal("0000") + func.cast(next_id % 10_000, String), -4))
    table: Any = StayRow.__table__
    columns = {c.name: bindparam(c.name, type_=c.type) for c in table.c
               if c.name not in ("id", "pickup_code")}
    return (sqlite_insert(table).values(**columns, id=next_id, pickup_code=code)
            .on_conflict_do_nothing(index_elements=["waybill_no"],
                                    index_where=StayRow.out_at.is_(None))
            .returning(table.c.id, table.c.pickup_code))


def _compact(stay: StayRecord, event: WarehouseEvent) -> str:
    """An event's stored data: empty for an ``out`` that says what the stay says."""
    assert stay.disposition is not None
    if event.kind == "out" and event.data == {"disposition": stay.disposition.value,
                                              **stay.out_details}:
        return ""
    return _json(event.data)


def _implied(stay: StayRecord, event: WarehouseEvent) -> bool:
    """Whether ``event`` is the delivery scan a compact ``out`` for delivery brings back."""
    return (event.kind == "delivery_scan" and stay.disposition is Disposition.DELIVERY
            and event.data == _delivery_scan(stay.out_details))


def _stay_values(stay: StayRecord) -> dict[str, Any]:
    """The column values of a new stay."""
    return dict(
        waybill_no=stay.waybill_no, reason=stay.reason.value,
        details=_json(stay.details.as_dict()), location=stay.location, layer=stay.layer,
        pickup_code=stay.pickup_code, recipient=stay.recipient, phone=stay.phone,
        phone_tail=phone_tail(stay.phone), bulky=stay.bulky,
        destination_province=stay.destination_province, misroute_id=stay.misroute_id,
        headless_id=stay.headless_id, planned_driver_id=stay.planned_driver_id,
        in_at=stay.in_at, in_by=stay.in_by, out_at=stay.out_at, out_by=stay.out_by,
        disposition=stay.disposition.value if stay.disposition else None,
        out_details=_json(stay.out_details),
    )


def _carriers(own: str | None) -> tuple[str, ...]:
    """The station's own carriers as stored (comma-separated)."""
    return tuple(c for c in (own or "").split(",") if c)


def _event(row: Any) -> WarehouseEvent:
    return WarehouseEvent(id=row.id, stay_id=row.stay_id, waybill_no=row.waybill_no, at=row.at,
                          by=row.by, kind=row.kind, data=json.loads(row.data or "{}"))


def _events(row: WarehouseEventRow, stay: StayRow) -> list[WarehouseEvent]:
    """A stored event as the timeline shows it (issue 21 §4: stored once): an ``in`` stored
    without data takes the stay's reason, details and place; an ``out`` its disposition and
    out_details, and one for delivery brings back the ``delivery_scan`` it implies."""
    if row.data or row.kind not in ("in", "out"):
        return [_event(row)]
    if row.kind == "in":
        return [replace(_event(row), data=_scanned_in(_stay(stay)))]
    if stay.disposition is None:
        return [_event(row)]
    details = json.loads(stay.out_details or "{}")
    out = replace(_event(row), data={"disposition": stay.disposition, **details})
    if stay.disposition != Disposition.DELIVERY.value:
        return [out]
    return [out, replace(out, kind="delivery_scan", data=_delivery_scan(details))]


def _scanned_in(stay: StayRecord) -> dict[str, Any]:
    """What an ``in`` event says when it says only what the stay says."""
    return {"reason": stay.reason.value, "details": stay.details.as_dict(),
            "location": stay.location, "pickup_code": stay.pickup_code}


def _in_data(stay: StayRecord, data: dict[str, Any]) -> str:
    """An ``in`` event's stored data: empty when it is what the stay holds (no note, no
    signed receipt, no headless or misroute link)."""
    return "" if data == _scanned_in(stay) else _json(data)


def _delivery_scan(out_details: dict[str, Any]) -> dict[str, Any]:
    """The data of the delivery scan a scan-out for delivery makes."""
    return {"courier": out_details.get("courier", ""),
            "courier_id": out_details.get("courier_id")}


def _headless(row: HeadlessRow) -> HeadlessRecord:
    return HeadlessRecord(id=row.id, description=row.description, at=row.at, by=row.by,
                          location=row.location, photo=row.photo,
                          matched_waybill=row.matched_waybill, matched_at=row.matched_at,
                          matched_by=row.matched_by)


def _stocktake(row: StocktakeRow) -> StocktakeRecord:
    return StocktakeRecord(id=row.id, location=row.location, started_at=row.started_at,
                           started_by=row.started_by, closed_at=row.closed_at,
                           closed_by=row.closed_by, approved_by=row.approved_by)


_NEWEST_FIRST = (StayRow.in_at.desc(), StayRow.id.desc())
_OLDEST_FIRST = (StayRow.in_at, StayRow.id)
_STAY = StayRow.__table__
"""Long lists of stays are read as plain rows: no ORM object per stay (issue 18 §3)."""
_IN_CHUNK = 500  # ids per IN (...) list, well under every driver's parameter limit


class SqlWarehouseRepository:
    """Locations, stays, timeline events, headless parcels and stocktakes.

    Within one unit of work the locations and the open-stay counts are read once (a scan-in
    needs both twice); any write to them forgets what was read (issue 13 §7)."""

    def __init__(self, session: Session, primed: Primed | None = None) -> None:
        """Use ``session``; ``primed`` holds what a context read fetched ahead."""
        self._s = session
        self._primed = primed or Primed()
        self._locations: list[Location] | None = None
        self._counts: dict[str, dict[int, int]] | None = None

    # --- locations ---------------------------------------------------------------------------

    def locations(self) -> list[Location]:
        """Every location by code."""
        if self._locations is None:
            rows = self._s.scalars(select(WarehouseLocationRow)
                                   .order_by(WarehouseLocationRow.code))
            self._locations = [
                Location(code=r.code, kind=LocationKind(r.kind), capacity=r.capacity,
                         layers=r.layers, active=r.active, version=r.version) for r in rows]
        return list(self._locations)

    def save_location(self, location: Location) -> None:
        """Insert or replace by code."""
        self._locations = None
        row = self._s.get(WarehouseLocationRow, location.code)
        row = row or WarehouseLocationRow(code=location.code)
        row.kind, row.capacity = location.kind.value, location.capacity
        row.layers, row.active = location.layers, location.active
        self._s.add(row)
        self._s.flush()

    def occupancy(self) -> dict[str, int]:
        """Open stays per location."""
        return {location: sum(layers.values()) for location, layers in self._open().items()}

    def layer_counts(self, location: str) -> dict[int, int]:
        """Open stays per layer of a location."""
        return dict(self._open().get(location, {}))

    def _open(self) -> dict[str, dict[int, int]]:
        """Open stays per location and layer, one query per unit of work until a write."""
        if self._counts is None:
            counts: dict[str, dict[int, int]] = {}
            for location, layer, n in self._s.execute(
                    select(StayRow.location, StayRow.layer, func.count())
                    .where(StayRow.out_at.is_(None)).group_by(StayRow.location, StayRow.layer)):
                counts.setdefault(location, {})[int(layer)] = int(n)
            self._counts = counts
        return self._counts

    # --- stays -------------------------------------------------------------------------------

    def _savepoint(self) -> AbstractContextManager[None]:
        return savepoint(self._s)

    def add_stay(self, stay: StayRecord) -> StayRecord:
        """Insert; ``AlreadyInStock`` (naming the open stay) if the waybill is in stock. One
        INSERT … ON CONFLICT DO NOTHING on the one-open-stay index: no savepoint round trips,
        and a lost race leaves the transaction usable (issue 13 §7)."""
        self._counts = None
        values = _stay_values(stay)
        statement = insert(StayRow).values(**values)
        if stay.out_at is None:
            statement = (insert_ignoring(self._s, StayRow, ["waybill_no"],
                                         where=StayRow.out_at.is_(None)).values(**values))
        new_id = self._s.execute(statement.returning(StayRow.id)).scalar()
        if new_id is None:
            first = self.open_stay(stay.waybill_no)
            assert first is not None
            raise AlreadyInStock(
                waybill_no=first.waybill_no, location=first.location,
                pickup_code=first.pickup_code, since=first.in_at,
                by=first.in_by,
            )
        return replace(stay, id=new_id)

    # --- the lean write path (issue 13 §7, issue 18 §2) --------------------------------------

    def _prime(self, locations: Any, counts: Any) -> None:
        """Keep the locations and open-stay counts read with a context."""
        self._locations = [
            Location(code=str(code), kind=LocationKind(kind), capacity=int(capacity),
                     layers=int(layers), active=bool(active), version=int(version))
            for code, kind, capacity, layers, active, version in (loads(locations) or [])]
        self._locations.sort(key=lambda x: x.code)
        grouped: dict[str, dict[int, int]] = {}
        for location, layer, n in loads(counts) or []:
            grouped.setdefault(str(location), {})[int(layer)] = int(n)
        self._counts = grouped

    def _context_columns(self) -> list[Any]:
        s = self._s
        open_counts = (select(StayRow.location, StayRow.layer, func.count().label("n"))
                       .where(StayRow.out_at.is_(None))
                       .group_by(StayRow.location, StayRow.layer).subquery())
        return [
            select(StationRow.own_carriers).where(StationRow.id == 1).scalar_subquery(),
            json_rows(s, select(json_array(
                s, WarehouseLocationRow.code, WarehouseLocationRow.kind,
                WarehouseLocationRow.capacity, WarehouseLocationRow.layers,
                WarehouseLocationRow.active, WarehouseLocationRow.version))),
            json_rows(s, select(json_array(s, open_counts.c.location, open_counts.c.layer,
                                           open_counts.c.n))),
        ]

    _SCAN_IN_CONTEXT: ClassVar[dict[str, Any]] = {}
    """The context SELECT, built once per dialect (building it cost more than running it)."""

    def scan_in_context(self, number: str) -> ScanInContext:
        """One SELECT: own carriers, locations, open stays per location and layer, the
        receipt entered for ``number`` and (PostgreSQL) the next stay id."""
        dialect = self._s.get_bind().dialect.name
        statement = self._SCAN_IN_CONTEXT.get(dialect)
        if statement is None:
            receipt = select(*(getattr(ReceiptRow, f) for f in ("id", *_RECEIPT_FIELDS))) \
                .where(ReceiptRow.waybill_no == bindparam("number")).subquery()
            columns = [*self._context_columns(),
                       select(json_array(self._s, *receipt.c)).scalar_subquery()]
            if is_pg(self._s):
                columns.append(func.nextval(func.pg_get_serial_sequence("wh_stay", "id")))
            statement = self._SCAN_IN_CONTEXT[dialect] = select(*columns)
        found = self._s.execute(statement, {"number": number}).one()
        own, locations, counts, receipt_row = found[:4]
        self._prime(locations, counts)
        record = None
        if (values := loads(receipt_row)) is not None:
            fields = dict(zip(("id", *_RECEIPT_FIELDS), values, strict=True))
            fields["entered_at"] = as_datetime(fields["entered_at"])
            fields["arrived_on"] = as_date(fields["arrived_on"])
            for key in ("cod_amount", "cod_expected"):
                if fields[key] is not None:
                    fields[key] = Decimal(str(fields[key]))
            fields["cod_flagged"] = bool(fields["cod_flagged"])
            fields["late"] = bool(fields["late"])
            record = ReceiptRecord(**fields)
        return ScanInContext(own_carriers=_carriers(own), receipt=record,
                             next_id=int(found[4]) if len(found) > 4 else None)

    def register_stay(
        self, stay: StayRecord,
        rows: Callable[[StayRecord], tuple[dict[str, Any], AuditEntry]],
    ) -> StayRecord:
        """PostgreSQL: one WITH statement (stay ON CONFLICT DO NOTHING, event and audit
        selected from it). SQLite: the stay (its id and pickup code made inside the INSERT),
        then the event and the audit row."""
        self._counts = None
        values = _stay_values(stay)
        if is_pg(self._s):
            stay_id = stay.id
            if stay_id is None:  # not through scan_in_context (the misroute link): one read
                stay_id = int(self._s.execute(select(func.nextval(
                    func.pg_get_serial_sequence("wh_stay", "id")))).scalar_one())
            placed = replace(stay, id=stay_id,
                             pickup_code=pickup_code(stay.location, stay.layer, stay_id))
            data, entry = rows(placed)
            values |= {"id": stay_id, "pickup_code": placed.pickup_code}
            # every write hangs on the actor's check: the statement may run on its own
            # (no transaction around it, ``UnitOfWork.single_write``), so nothing is written
            # for a revoked actor rather than rolled back
            allowed = actor_ok(entry)
            new = pg_insert(StayRow).from_select(list(values), select(*(
                literal(v, StayRow.__table__.c[k].type) for k, v in values.items()))
                .where(allowed)).on_conflict_do_nothing(
                index_elements=["waybill_no"], index_where=StayRow.out_at.is_(None),
            ).returning(StayRow.id, StayRow.waybill_no).cte("new_stay")
            event = insert(WarehouseEventRow).from_select(
                ["stay_id", "waybill_no", "at", "by", "kind", "data"],
                select(new.c.id, new.c.waybill_no, literal(stay.in_at, StayRow.in_at.type),
                       literal(stay.in_by), literal("in"), literal(_in_data(placed, data))),
            ).returning(WarehouseEventRow.id).cte("new_event")
            audited = audit_insert(entry, entity_id=func.cast(new.c.id, String), source=new) \
                .cte("new_audit")
            got = self._s.execute(select(
                select(new.c.id).scalar_subquery(),
                select(func.count()).select_from(event).scalar_subquery(),
                select(func.count()).select_from(audited).scalar_subquery(), allowed)).one()
            if not got[3]:
                raise revoked(self._s, entry)
            if got[0] is None:
                raise self._in_stock(stay.waybill_no)
            if not got[2] and entry.actor_role is not None:
                raise revoked(self._s, entry)
            return placed
        made = self._s.execute(_sqlite_stay_insert(), values | {
            "code_prefix": f"{stay.location}-{stay.layer}-"}).first()
        if made is None:
            raise self._in_stock(stay.waybill_no)
        placed = replace(stay, id=int(made[0]),
                         pickup_code=pickup_code(stay.location, stay.layer, int(made[0])))
        if made[1] != placed.pickup_code:  # never expected: the SQL and the rule disagree
            self.place(int(made[0]), stay.location, stay.layer, placed.pickup_code)
        data, entry = rows(placed)
        self._s.execute(_EVENT_INSERT, [dict(
            stay_id=placed.id, waybill_no=stay.waybill_no, at=stay.in_at, by=stay.in_by,
            kind="in", data=_in_data(placed, data))])
        if entry.actor_role is None:
            self._s.execute(insert(AuditRow).values(**audit_values(entry)))
        elif self._s.execute(audit_insert(entry)).scalar() is None:
            raise revoked(self._s, entry)
        return placed

    def scan_out_context(self, number: str, courier_id: int | None) -> ScanOutContext:
        """One SELECT: own carriers, the open stay of ``number``, the courier with its area."""
        s = self._s
        stay = select(json_array(s, *(StayRow.__table__.c[c] for c in _STAY_COLUMNS))) \
            .where(StayRow.waybill_no == number, StayRow.out_at.is_(None)).scalar_subquery()
        columns: list[Any] = [
            select(StationRow.own_carriers).where(StationRow.id == 1).scalar_subquery(), stay]
        if courier_id is not None:
            area = (select(CourierAreaRow.area).where(CourierAreaRow.courier_id == CourierRow.id,
                                                      CourierAreaRow.until.is_(None))
                    .limit(1).scalar_subquery())
            columns.append(select(json_array(
                s, CourierRow.id, CourierRow.name, CourierRow.phone, CourierRow.kind,
                CourierRow.active, CourierRow.version, area))
                .where(CourierRow.id == courier_id).scalar_subquery())
        found = s.execute(select(*columns)).one()
        record = None
        if (values := loads(found[1])) is not None:
            record = _stay_from(dict(zip(_STAY_COLUMNS, values, strict=True)))
        courier = None
        if len(found) > 2 and (c := loads(found[2])) is not None:
            courier = Courier(id=int(c[0]), name=c[1], phone=c[2], kind=CourierKind(c[3]),
                              area=c[6] or "", active=bool(c[4]), version=int(c[5]))
        return ScanOutContext(own_carriers=_carriers(found[0]), stay=record, courier=courier)

    def close_and_log(self, stay: StayRecord, events: list[WarehouseEvent],
                      entry: AuditEntry, delivery: tuple[int, date] | None) -> bool:
        """PostgreSQL: one WITH statement whose every write hangs on the conditional UPDATE,
        so a lost race writes nothing. SQLite: the same statements one after the other."""
        assert stay.id is not None
        assert stay.out_at is not None
        assert stay.disposition is not None
        self._counts = None
        close = (update(StayRow).where(StayRow.id == stay.id, StayRow.out_at.is_(None))
                 .values(out_at=stay.out_at, out_by=stay.out_by,
                         disposition=stay.disposition.value,
                         out_details=_json(stay.out_details)))
        rows = [{"stay_id": stay.id, "waybill_no": e.waybill_no, "at": e.at, "by": e.by,
                 "kind": e.kind, "data": _compact(stay, e)} for e in events
                if not _implied(stay, e)]
        if is_pg(self._s):
            allowed = actor_ok(entry)  # see register_stay: nothing written for a revoked actor
            closed = close.where(allowed).returning(StayRow.id).cte("closed")
            parts: list[Any] = [closed]
            for n, row in enumerate(rows):
                parts.append(insert(WarehouseEventRow).from_select(
                    list(row), select(*(literal(v, WarehouseEventRow.__table__.c[k].type)
                                        for k, v in row.items())).select_from(closed))
                    .returning(WarehouseEventRow.id).cte(f"event_{n}"))
            audited = audit_insert(entry, source=closed).cte("audited")
            parts.append(audited)
            if delivery is not None:
                parts.append(expect_delivery_statement(
                    self._s, stay.waybill_no, delivery[0], delivery[1], stay.recipient,
                    stay.in_at.date(), guard=exists(select(closed.c.id)))
                    .returning(DeliveryListRow.id).cte("listed"))
            got = self._s.execute(select(*(select(func.count()).select_from(part)
                                           .scalar_subquery() for part in parts), allowed)).one()
            self._expire(stay.id)
            if not got[-1]:
                raise revoked(self._s, entry)
            if not got[0]:
                return False
            if not got[len(rows) + 1] and entry.actor_role is not None:
                raise revoked(self._s, entry)
            return True
        result = self._s.execute(close.execution_options(synchronize_session=False))
        self._expire(stay.id)
        if int(getattr(result, "rowcount", 0) or 0) != 1:
            return False
        if rows:
            self._s.execute(insert(WarehouseEventRow).values(rows))
        if entry.actor_role is None:
            self._s.execute(insert(AuditRow).values(**audit_values(entry)))
        elif self._s.execute(audit_insert(entry)).scalar() is None:
            raise revoked(self._s, entry)
        if delivery is not None:
            self._s.execute(expect_delivery_statement(
                self._s, stay.waybill_no, delivery[0], delivery[1], stay.recipient,
                stay.in_at.date()))
        return True

    def _expire(self, stay_id: int) -> None:
        loaded = self._s.identity_map.get(identity_key(StayRow, stay_id))
        if loaded is not None:
            self._s.expire(loaded)  # reread what the database now holds, won or lost

    def _in_stock(self, waybill_no: str) -> AlreadyInStock:
        first = self.open_stay(waybill_no)
        assert first is not None
        return AlreadyInStock(
            waybill_no=first.waybill_no, location=first.location,
            pickup_code=first.pickup_code, since=first.in_at,
            by=first.in_by,
        )

    def _row(self, stay_id: int) -> StayRow:
        row = self._s.get(StayRow, stay_id)
        if row is None:
            raise LookupError(f"no stay {stay_id}")
        return row

    def _keep_in_event(self, stay_id: int) -> None:
        """Before a stay's place or reason changes, its ``in`` event stored without data
        (it said what the stay said) is given the values of the scan-in explicitly."""
        current = self.get_stay(stay_id)
        if current is None:
            return
        self._s.execute(update(WarehouseEventRow).where(
            WarehouseEventRow.stay_id == stay_id, WarehouseEventRow.kind == "in",
            WarehouseEventRow.data == "").values(data=_json(_scanned_in(current)))
            .execution_options(synchronize_session=False))

    def place(self, stay_id: int, location: str, layer: int, pickup_code: str) -> None:
        """Set the location, layer and pickup code."""
        self._counts = None
        self._keep_in_event(stay_id)
        _conditional_update(self._s, StayRow, stay_id, update(StayRow)
                            .where(StayRow.id == stay_id)
                            .values(location=location, layer=layer, pickup_code=pickup_code))

    def update_details(self, stay_id: int, reason: Reason, details: ProblemDetails) -> None:
        """Replace reason and details."""
        self._keep_in_event(stay_id)
        row = self._row(stay_id)
        row.reason, row.details = reason.value, _json(details.as_dict())
        self._s.flush()

    def set_planned_driver(self, stay_id: int, driver_id: int | None) -> None:
        """Put on / take off a driver's pickup list."""
        self._row(stay_id).planned_driver_id = driver_id
        self._s.flush()

    def close_stay(self, stay_id: int, at: datetime, by: str, disposition: Disposition,
                   out_details: dict[str, Any]) -> bool:
        """One conditional UPDATE: of two concurrent scan-outs exactly one changes the row."""
        self._counts = None
        result = self._s.execute(
            update(StayRow)
            .where(StayRow.id == stay_id, StayRow.out_at.is_(None))
            .values(out_at=at, out_by=by, disposition=disposition.value,
                    out_details=_json(out_details))
            .execution_options(synchronize_session=False)
        )
        loaded = self._s.identity_map.get(identity_key(StayRow, stay_id))
        if loaded is not None:
            self._s.expire(loaded)  # reread what the database now holds, won or lost
        return int(getattr(result, "rowcount", 0) or 0) == 1

    def get_stay(self, stay_id: int) -> StayRecord | None:
        """One stay."""
        row = self._s.get(StayRow, stay_id)
        return _stay(row) if row else None

    def open_stay(self, waybill_no: str) -> StayRecord | None:
        """The open stay of a waybill."""
        found, record = self._primed.take(("open_stay", waybill_no))
        if found:
            return record  # type: ignore[no-any-return]
        row = self._s.scalar(select(StayRow).where(StayRow.waybill_no == waybill_no,
                                                   StayRow.out_at.is_(None)))
        return _stay(row) if row else None

    def last_stay(self, waybill_no: str) -> StayRecord | None:
        """The newest stay of a waybill."""
        row = self._s.scalar(select(StayRow).where(StayRow.waybill_no == waybill_no)
                             .order_by(*_NEWEST_FIRST).limit(1))
        return _stay(row) if row else None

    def open_stays(self, location: str | None = None) -> list[StayRecord]:
        """Stays in stock, oldest first."""
        query = select(_STAY).where(StayRow.out_at.is_(None)).order_by(*_OLDEST_FIRST)
        if location is not None:
            query = query.where(StayRow.location == location)
        return [_stay(r) for r in self._s.execute(query)]

    def planned_for(self, driver_id: int) -> list[StayRecord]:
        """Open stays on a driver's pickup list, oldest first."""
        rows = self._s.scalars(select(StayRow).where(StayRow.out_at.is_(None),
                                                     StayRow.planned_driver_id == driver_id)
                               .order_by(*_OLDEST_FIRST))
        return [_stay(r) for r in rows]

    def search_number(self, fragment: str, limit: int | None = 50,
                      since: datetime | None = None, *,
                      in_stock: bool = False) -> list[StayRecord]:
        """Stays whose waybill contains ``fragment``, newest first.

        Three characters or more are answered by the n-gram index (issue 18 §1), over every
        stay; shorter ones scan the stays since ``since``.
        """
        indexed = matching_ids(self._s, "waybill_no", fragment)
        query = select(_STAY).where(StayRow.waybill_no.contains(fragment, autoescape=True))
        if in_stock:  # the parcels on the shelves only (any age)
            query = query.where(StayRow.out_at.is_(None))
        if indexed is not None:
            query = query.where(indexed)
        elif since is not None:
            query = query.where(StayRow.in_at >= since)
        rows = self._s.execute(query.order_by(*_NEWEST_FIRST).limit(limit))
        return [_stay(r) for r in rows]

    def search_phone_tail(self, tail: str, limit: int = 50) -> list[StayRecord]:
        """Stays whose phone ends with ``tail`` (indexed), newest first."""
        rows = self._s.execute(select(_STAY).where(StayRow.phone_tail == tail)
                               .order_by(*_NEWEST_FIRST).limit(limit))
        return [_stay(r) for r in rows]

    def search_name(self, name: str, limit: int | None = 50,
                    since: datetime | None = None, *,
                    in_stock: bool = False) -> list[StayRecord]:
        """Stays whose recipient contains ``name``, newest first.

        Two characters or more are answered by the index (bigrams for two), over every stay;
        one character scans the stays since ``since``.
        """
        indexed = matching_ids(self._s, "recipient", name)
        query = select(_STAY).where(StayRow.recipient.contains(name, autoescape=True))
        if in_stock:  # the parcels on the shelves only (any age)
            query = query.where(StayRow.out_at.is_(None))
        if indexed is not None:
            query = query.where(indexed)
        elif since is not None:
            query = query.where(StayRow.in_at >= since)
        rows = self._s.execute(query.order_by(*_NEWEST_FIRST).limit(limit))
        return [_stay(r) for r in rows]

    def waybills_stayed(self, start: datetime, end: datetime) -> set[str]:
        """Waybills with a stay scanned in at start <= in_at < end or still in stock: one
        column, by the in_at and open-stay indexes (the morning check, issue 18)."""
        s = StayRow
        in_window = select(s.waybill_no).where(s.in_at >= start, s.in_at < end)
        still_in = select(s.waybill_no).where(s.out_at.is_(None))
        return set(self._s.scalars(in_window.union(still_in)))

    def stays_in_between(self, start: datetime, end: datetime) -> list[StayRecord]:
        """Scanned in at start <= in_at < end, oldest first."""
        rows = self._s.execute(select(_STAY).where(StayRow.in_at >= start, StayRow.in_at < end)
                               .order_by(*_OLDEST_FIRST))
        return [_stay(r) for r in rows]

    def stays_out_between(self, start: datetime, end: datetime,
                          disposition: Disposition | None = None) -> list[StayRecord]:
        """Scanned out at start <= out_at < end, in scan-out order."""
        query = (select(_STAY).where(StayRow.out_at >= start, StayRow.out_at < end)
                 .order_by(StayRow.out_at, StayRow.id))
        if disposition is not None:
            query = query.where(StayRow.disposition == disposition.value)
        return [_stay(r) for r in self._s.execute(query)]

    def stock_at(self, moment: datetime) -> int:
        """Parcels in stock at ``moment``: those still in plus those that left after it,
        counted by the ``out_at`` index (the OR of both scanned every stay ever stored)."""
        still_in = self._s.scalar(select(func.count()).select_from(StayRow).where(
            StayRow.out_at.is_(None), StayRow.in_at <= moment))
        left_after = self._s.scalar(select(func.count()).select_from(StayRow).where(
            StayRow.out_at > moment, StayRow.in_at <= moment))
        return int(still_in or 0) + int(left_after or 0)

    # --- events ------------------------------------------------------------------------------

    def add_event(self, event: WarehouseEvent) -> None:
        """Append; flushed with the next statement, so a scan-out's two events go in one
        batch (issue 13 §7)."""
        self._s.add(WarehouseEventRow(stay_id=event.stay_id, waybill_no=event.waybill_no,
                                      at=event.at, by=event.by, kind=event.kind,
                                      data=_json(event.data)))

    def _with_stay(self) -> Any:
        return (select(WarehouseEventRow, StayRow)
                .join(StayRow, StayRow.id == WarehouseEventRow.stay_id))

    def events(self, waybill_no: str) -> list[WarehouseEvent]:
        """A waybill's timeline, oldest first: the events of its stays (the stays' waybill
        index; events carry no index of their own on the number, issue 21 §4)."""
        rows = self._s.execute(self._with_stay().where(StayRow.waybill_no == waybill_no)
                               .order_by(WarehouseEventRow.at, WarehouseEventRow.id))
        found = [e for row, stay in rows for e in _events(row, stay)]
        found += [_event(r) for r in self._s.scalars(select(WarehouseEventRow).where(
            WarehouseEventRow.stay_id.is_(None), WarehouseEventRow.waybill_no == waybill_no))]
        return sorted(found, key=lambda e: (e.at, e.id or 0))

    def events_of_stays(self, stay_ids: list[int]) -> list[WarehouseEvent]:
        """Events of the stays, oldest first (one query per 500 ids)."""
        ids = sorted(set(stay_ids))
        out: list[WarehouseEvent] = []
        for i in range(0, len(ids), _IN_CHUNK):
            rows = self._s.execute(self._with_stay().where(
                WarehouseEventRow.stay_id.in_(ids[i:i + _IN_CHUNK]))
                .order_by(WarehouseEventRow.at, WarehouseEventRow.id))
            out += [e for row, stay in rows for e in _events(row, stay)]
        return sorted(out, key=lambda e: (e.at, e.id or 0))

    def has_event(self, waybill_no: str, kinds: tuple[str, ...]) -> bool:
        """Whether the waybill has an event of one of ``kinds`` (a scan-out for delivery is
        its delivery scan too)."""
        if not kinds:
            return False
        stays = select(StayRow.id).where(StayRow.waybill_no == waybill_no)
        found: Any = exists().where(WarehouseEventRow.stay_id.in_(stays),
                                    WarehouseEventRow.kind.in_(kinds)) | exists().where(
            WarehouseEventRow.stay_id.is_(None), WarehouseEventRow.waybill_no == waybill_no,
            WarehouseEventRow.kind.in_(kinds))
        if "delivery_scan" in kinds:
            found = found | exists().where(
                StayRow.waybill_no == waybill_no,
                StayRow.disposition == Disposition.DELIVERY.value)
        return bool(self._s.scalar(select(found)))

    # --- headless parcels --------------------------------------------------------------------

    def add_headless(self, record: HeadlessRecord) -> HeadlessRecord:
        """Insert."""
        row = HeadlessRow(description=record.description, at=record.at, by=record.by,
                          location=record.location, photo=record.photo,
                          matched_waybill=record.matched_waybill, matched_at=record.matched_at,
                          matched_by=record.matched_by)
        self._s.add(row)
        self._s.flush()
        return _headless(row)

    def headless(self, *, open_only: bool = True) -> list[HeadlessRecord]:
        """Headless parcels, oldest first."""
        query = select(HeadlessRow).order_by(HeadlessRow.at, HeadlessRow.id)
        if open_only:
            query = query.where(HeadlessRow.matched_waybill.is_(None))
        return [_headless(r) for r in self._s.scalars(query)]

    def get_headless(self, headless_id: int) -> HeadlessRecord | None:
        """One headless parcel."""
        row = self._s.get(HeadlessRow, headless_id)
        return _headless(row) if row else None

    def match_headless(self, headless_id: int, waybill_no: str, at: datetime, by: str) -> bool:
        """Conditional UPDATE: False when it was matched already."""
        return _conditional_update(
            self._s, HeadlessRow, headless_id,
            update(HeadlessRow)
            .where(HeadlessRow.id == headless_id, HeadlessRow.matched_waybill.is_(None))
            .values(matched_waybill=waybill_no, matched_at=at, matched_by=by))

    # --- stocktakes --------------------------------------------------------------------------

    def add_stocktake(self, record: StocktakeRecord) -> StocktakeRecord:
        """Start."""
        row = StocktakeRow(location=record.location, started_at=record.started_at,
                           started_by=record.started_by, closed_at=record.closed_at,
                           closed_by=record.closed_by, approved_by=record.approved_by)
        self._s.add(row)
        self._s.flush()
        return _stocktake(row)

    def get_stocktake(self, stocktake_id: int) -> StocktakeRecord | None:
        """One stocktake."""
        row = self._s.get(StocktakeRow, stocktake_id)
        return _stocktake(row) if row else None

    def add_stocktake_scan(self, stocktake_id: int, waybill_no: str, at: datetime,
                           by: str) -> bool:
        """Record a count; False when already counted in this stocktake."""
        added = self._s.execute(
            insert_ignoring(self._s, StocktakeScanRow, ["stocktake_id", "waybill_no"])
            .values(stocktake_id=stocktake_id, waybill_no=waybill_no, at=at, by=by)
            .returning(StocktakeScanRow.id)
        ).scalar()
        return added is not None

    def stocktake_scans(self, stocktake_id: int) -> list[str]:
        """Counted waybills in scan order."""
        return list(self._s.scalars(select(StocktakeScanRow.waybill_no)
                                    .where(StocktakeScanRow.stocktake_id == stocktake_id)
                                    .order_by(StocktakeScanRow.id)))

    def clear_stocktake_scans(self, stocktake_id: int) -> None:
        """Recount: forget every count."""
        self._s.execute(delete(StocktakeScanRow)
                        .where(StocktakeScanRow.stocktake_id == stocktake_id)
                        .execution_options(synchronize_session=False))
        self._s.flush()

    def close_stocktake(self, stocktake_id: int, at: datetime, by: str,
                        approved_by: str) -> None:
        """Close after the adjustments."""
        row = self._s.get(StocktakeRow, stocktake_id)
        if row is None:
            raise LookupError(f"no stocktake {stocktake_id}")
        row.closed_at, row.closed_by, row.approved_by = at, by, approved_by
        self._s.flush()
