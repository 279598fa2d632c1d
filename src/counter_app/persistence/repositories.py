"""SQLAlchemy implementations of the services' repository ports; rows ↔ domain objects."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.misroute import MisrouteAction, MisrouteEntry
from counter_app.domain.scanning import ScanCounts, ScanOutcome
from counter_app.domain.staff import Courier, CourierKind, Role, StaffMember
from counter_app.domain.station import StationProfile
from counter_app.persistence.tables import (
    AuditRow,
    CourierAreaRow,
    CourierRow,
    MisrouteMonthRow,
    MisrouteRow,
    ScanJournalRow,
    StaffRow,
    StationRow,
    StationSettingRow,
)
from counter_app.services.ports import AreaAssignment, AuditEntry, JournalEntry, StaffAccount


class SqlStationRepository:
    """The single station row (id 1)."""

    def __init__(self, session: Session) -> None:
        """Use ``session``."""
        self._s = session

    def get(self) -> StationProfile | None:
        """Return the profile or None."""
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
        id=row.id, job_number=row.job_number, name=row.name, role=Role(row.role), active=row.active
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
        self._s.add(row)
        self._s.flush()
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

    def _courier(self, row: CourierRow) -> Courier:
        return Courier(
            id=row.id,
            name=row.name,
            phone=row.phone,
            kind=CourierKind(row.kind),
            area=self._current_area(row.id),
            active=row.active,
        )

    def all(self, *, include_inactive: bool = False) -> list[Courier]:
        """Return couriers ordered by name."""
        query = select(CourierRow).order_by(CourierRow.name, CourierRow.id)
        if not include_inactive:
            query = query.where(CourierRow.active.is_(True))
        return [self._courier(r) for r in self._s.scalars(query)]

    def get(self, courier_id: int) -> Courier | None:
        """Return one courier."""
        row = self._s.get(CourierRow, courier_id)
        return self._courier(row) if row else None

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
        """Append an entry."""
        self._s.add(
            AuditRow(
                at=entry.at,
                actor_id=entry.actor_id,
                actor=entry.actor,
                entity=entry.entity,
                entity_id=entry.entity_id,
                action=entry.action,
                before=json.dumps(entry.before, ensure_ascii=False)
                if entry.before is not None
                else None,
                after=json.dumps(entry.after, ensure_ascii=False)
                if entry.after is not None
                else None,
            )
        )
        self._s.flush()

    def all(self, *, entity: str | None = None, limit: int = 500) -> list[AuditEntry]:
        """Return the newest entries first."""
        query = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
        if entity is not None:
            query = query.where(AuditRow.entity == entity)
        return [
            AuditEntry(
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
            for r in self._s.scalars(query)
        ]


class SqlSettingsRepository:
    """Station-wide key/value settings."""

    def __init__(self, session: Session) -> None:
        """Use ``session``."""
        self._s = session

    def get(self, key: str) -> str | None:
        """Return a value."""
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


class SqlScanJournal:
    """The scan journal."""

    def __init__(self, session: Session) -> None:
        """Use ``session``."""
        self._s = session

    def record(self, entry: JournalEntry) -> int:
        """Append a read."""
        row = ScanJournalRow(at=entry.at, source=entry.source, raw=entry.raw, text=entry.text,
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
        return [JournalEntry(at=r.at, source=r.source, raw=r.raw, text=r.text,
                             outcome=ScanOutcome(r.outcome), number=r.number, reason=r.reason)
                for r in rows]


def _misroute(row: MisrouteRow) -> MisrouteEntry:
    return MisrouteEntry(
        id=row.id, waybill_no=row.waybill_no, origin_province=row.origin_province,
        origin_site=row.origin_site, wrong_dazi=row.wrong_dazi, correct_dazi=row.correct_dazi,
        found_on=row.found_on, found_by=row.found_by,
        action=MisrouteAction(row.action) if row.action else None,
        verified_by=row.verified_by, verified_at=row.verified_at,
        needs_problem_flow=row.needs_problem_flow,
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
        """Insert."""
        row = MisrouteRow()
        self._fill(row, entry)
        self._s.add(row)
        self._s.flush()
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

    def close_month(self, month: str, at: datetime, by: str) -> None:
        """Lock."""
        self._s.add(MisrouteMonthRow(month=month, closed_at=at, closed_by=by))
        self._s.flush()

    def reopen_month(self, month: str) -> None:
        """Unlock (the close and reopen stay in the audit log)."""
        row = self._s.get(MisrouteMonthRow, month)
        if row is not None:
            self._s.delete(row)
            self._s.flush()
