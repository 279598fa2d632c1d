"""SQL of the misroute register and its closed months (MR-, issue 13)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from counter_app.domain.errors import DuplicateMisroute
from counter_app.domain.misroute import MisrouteAction, MisrouteEntry
from counter_app.persistence.sql_helpers import insert_ignoring, savepoint
from counter_app.persistence.tables import MisrouteMonthRow, MisrouteRow

_MISROUTE_LOCK_NS = 13_001  # advisory-lock namespace of the misroute months (issue 13)


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
            raise DuplicateMisroute(entry.waybill_no, first.found_on, first.found_by) from None
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
