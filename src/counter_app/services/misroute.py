"""The 错写大字 register and its monthly report (MR-1..MR-6)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from counter_app.domain.clock import Clock
from counter_app.domain.errors import (
    DuplicateMisroute,
    EntryIncomplete,
    FieldInvalid,
    MonthLocked,
    MonthNotReady,
    NotFound,
)
from counter_app.domain.misroute import (
    ACTION_LABELS,
    MisrouteAction,
    MisrouteEntry,
    due_date,
    group_for_report,
    parse_month,
    previous_month,
    reminder_starts,
)
from counter_app.domain.staff import Permission, Role, StaffMember, require
from counter_app.domain.text import check_fields
from counter_app.services import audit
from counter_app.services.concurrency import claim, staff_name
from counter_app.services.misroute_dto import (
    MISSING_DAZI,
    MisrouteReport,
    MisrouteReportProvince,
    MisrouteReportRow,
    MisrouteReportSite,
)
from counter_app.services.numbers import valid_number
from counter_app.services.ports import UnitOfWork, UnitOfWorkFactory
from counter_app.services.station import station_header


def _month_locked(uow: UnitOfWork, month: str) -> MonthLocked:
    """MonthLocked naming who closed the month and when."""
    closed = uow.misroutes.closed_months().get(month)
    if closed is None:
        return MonthLocked(month)
    at, by = closed
    return MonthLocked(month, staff_name(uow, by), at)


@dataclass(frozen=True)
class MisrouteDraft:
    """What the register form holds; fields may still be empty (MR-2 shows what is missing)."""

    waybill_no: str
    origin_province: str = ""
    origin_site: str = ""
    wrong_dazi: str = ""
    correct_dazi: str = ""
    found_on: date | None = None
    action: MisrouteAction | None = None
    needs_problem_flow: bool = False


@dataclass(frozen=True)
class DueInfo:
    """The report to prepare next and whether to remind (MR-5)."""

    month: str
    due: date
    days_left: int
    remind: bool
    closed: bool


@dataclass(frozen=True)
class ReportResult:
    """A month's report and the rows that could not go into it (MR-2)."""

    report: MisrouteReport
    excluded: tuple[MisrouteEntry, ...]


@dataclass(frozen=True)
class ComparisonRow:
    """Misroutes of one origin this month and last month (issue 7 §9)."""

    province: str
    site: str
    this_month: int
    last_month: int


SETTING_DUE_DAY = "misroute.due_day"
SETTING_REMIND_DAYS = "misroute.remind_days"


class MisrouteService:
    """Register, verify, close and report misrouted parcels."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        """Wire the service."""
        self._uow_factory = uow_factory
        self._clock = clock

    # --- register
    def register(self, actor: StaffMember, draft: MisrouteDraft) -> MisrouteEntry:
        """Add a parcel to the register. The number must be a valid waybill (SC-2)."""
        require(actor.role, Permission.USE_MISROUTE)
        check_fields(draft)  # issue 13 §6
        with self._uow_factory() as uow:
            number = valid_number(uow, draft.waybill_no)
            if (existing := uow.misroutes.by_waybill(number)) is not None:
                raise DuplicateMisroute(number, existing.found_on, existing.found_by)
            found_on = draft.found_on or self._clock.now().date()
            uow.misroutes.hold_month(found_on.strftime("%Y-%m"))  # vs. a month close (MR-5)
            self._check_not_locked(uow, actor, found_on.strftime("%Y-%m"))
            entry = uow.misroutes.add(MisrouteEntry(
                waybill_no=number, origin_province=draft.origin_province.strip(),
                origin_site=draft.origin_site.strip(), wrong_dazi=draft.wrong_dazi.strip(),
                correct_dazi=draft.correct_dazi.strip(), found_on=found_on,
                found_by=actor.job_number, action=draft.action,
                needs_problem_flow=draft.needs_problem_flow,
            ))
            audit.record(uow, self._clock, actor, entity="misroute", entity_id=entry.id,
                         action="create", after=audit.snapshot(entry))
            uow.commit()
            return entry

    def update(self, actor: StaffMember, entry_id: int, draft: MisrouteDraft,
               version: int | None = None) -> MisrouteEntry:
        """Correct a row. A changed row must be verified again; a locked month's row can be
        changed by a supervisor only, and that is logged (MR-5). With ``version`` (the loaded
        row's), a save over a newer row is ``StaleEdit``."""
        require(actor.role, Permission.USE_MISROUTE)
        check_fields(draft)  # issue 13 §6
        with self._uow_factory() as uow:
            before = self._get(uow, entry_id)
            found_on = draft.found_on or before.found_on
            # MR-5: hold the months first, so a close cannot slip between the check and the
            # write (issue 13 §1); then read the row again as it is now
            uow.misroutes.hold_month(before.month, *(
                [found_on.strftime("%Y-%m")] if found_on is not None else []))
            before = self._get(uow, entry_id)
            locked = self._check_not_locked(uow, actor, before.month)
            claim(uow, "misroute", entry_id, version)
            if found_on is not None:
                self._check_not_locked(uow, actor, found_on.strftime("%Y-%m"))
            after = replace(
                before, origin_province=draft.origin_province.strip(),
                origin_site=draft.origin_site.strip(), wrong_dazi=draft.wrong_dazi.strip(),
                correct_dazi=draft.correct_dazi.strip(), found_on=found_on, action=draft.action,
                needs_problem_flow=draft.needs_problem_flow,
            )
            if after != before:
                after = replace(after, verified_by=None, verified_at=None)
            uow.misroutes.update(after)
            audit.record(uow, self._clock, actor, entity="misroute", entity_id=entry_id,
                         action="update_locked" if locked else "update",
                         before=audit.snapshot(before), after=audit.snapshot(after))
            uow.commit()
            return after

    def verify(self, actor: StaffMember, entry_id: int) -> MisrouteEntry:
        """Mark a complete row as checked against the waybill's own data (MR-2)."""
        require(actor.role, Permission.USE_MISROUTE)
        with self._uow_factory() as uow:
            uow.misroutes.hold_month(self._get(uow, entry_id).month)
            entry = self._get(uow, entry_id)
            if missing := entry.missing_fields():
                raise EntryIncomplete(missing)
            self._check_not_locked(uow, actor, entry.month)
            claim(uow, "misroute", entry_id, None)  # an editor holding the old row must reload
            after = replace(entry, verified_by=actor.job_number, verified_at=self._clock.now())
            uow.misroutes.update(after)
            audit.record(uow, self._clock, actor, entity="misroute", entity_id=entry_id,
                         action="verify", before={"verified_by": entry.verified_by},
                         after={"verified_by": actor.job_number})
            uow.commit()
            return after

    def entries(self, month: str) -> list[MisrouteEntry]:
        """The month's rows in report order (MR-3)."""
        parse_month(month)
        with self._uow_factory() as uow:
            found = uow.misroutes.in_months(month)
        return [e for g in group_for_report(found) for s in g.sites for e in s.entries]

    def find(self, waybill_no: str) -> MisrouteEntry | None:
        """The register entry of a waybill."""
        with self._uow_factory() as uow:
            return uow.misroutes.by_waybill(waybill_no.strip().upper())

    def site_suggestions(self, prefix: str) -> list[tuple[str, str]]:
        """Origin sites (with their province) from earlier entries, most used first."""
        with self._uow_factory() as uow:
            return uow.misroutes.sites(prefix.strip())

    # --- months
    def is_closed(self, month: str) -> bool:
        """Whether the month is locked."""
        with self._uow_factory() as uow:
            return month in uow.misroutes.closed_months()

    def close_month(self, actor: StaffMember, month: str) -> None:
        """Lock the month once every row is complete and verified."""
        require(actor.role, Permission.USE_MISROUTE)
        parse_month(month)
        with self._uow_factory() as uow:
            # MR-5 / issue 13 §1: no row of the month changes between this count and the lock
            uow.misroutes.hold_month(month)
            if month in uow.misroutes.closed_months():
                raise _month_locked(uow, month)
            rows = uow.misroutes.in_months(month)
            incomplete = sum(1 for e in rows if e.missing_fields())
            unverified = sum(1 for e in rows if not e.missing_fields() and not e.verified)
            if incomplete or unverified:
                raise MonthNotReady(month, incomplete, unverified)
            if not uow.misroutes.close_month(month, self._clock.now(), actor.job_number):
                raise _month_locked(uow, month)
            audit.record(uow, self._clock, actor, entity="misroute_month", entity_id=month,
                         action="close", after={"rows": len(rows)})
            uow.commit()

    def reopen_month(self, actor: StaffMember, month: str) -> None:
        """Unlock a month (supervisor only, logged)."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        with self._uow_factory() as uow:
            uow.misroutes.hold_month(month)
            uow.misroutes.reopen_month(month)
            audit.record(uow, self._clock, actor, entity="misroute_month", entity_id=month,
                         action="reopen")
            uow.commit()

    # --- due date (MR-5)
    def due_settings(self) -> tuple[int, int]:
        """(due day of the following month, days before it to start reminding)."""
        with self._uow_factory() as uow:
            day = uow.settings.get(SETTING_DUE_DAY)
            remind = uow.settings.get(SETTING_REMIND_DAYS)
        return int(day or 15), int(remind or 5)

    def set_due_settings(self, actor: StaffMember, due_day: int, remind_days: int) -> None:
        """Change the due day (remote stations report earlier) and the reminder lead."""
        require(actor.role, Permission.EDIT_STATION_SETTINGS)
        if not 1 <= due_day <= 28:
            raise FieldInvalid("due_day", "range", "1-28")
        if not 0 <= remind_days <= 20:
            raise FieldInvalid("remind_days", "range", "0-20")
        before = self.due_settings()
        with self._uow_factory() as uow:
            uow.settings.set(SETTING_DUE_DAY, str(due_day))
            uow.settings.set(SETTING_REMIND_DAYS, str(remind_days))
            audit.record(uow, self._clock, actor, entity="setting", entity_id="misroute_due",
                         action="update", before={"due_day": before[0], "remind": before[1]},
                         after={"due_day": due_day, "remind": remind_days})
            uow.commit()

    def due(self, today: date | None = None) -> DueInfo:
        """The oldest open month whose report is due next, and whether to show the banner."""
        today = today or self._clock.now().date()
        due_day, remind_days = self.due_settings()
        month = previous_month(today.strftime("%Y-%m"))
        with self._uow_factory() as uow:
            closed = uow.misroutes.closed_months()
        if month in closed:
            month = today.strftime("%Y-%m")
        due = due_date(month, due_day)
        return DueInfo(month=month, due=due, days_left=(due - today).days,
                       remind=today >= reminder_starts(month, due_day, remind_days),
                       closed=month in closed)

    # --- report (MR-3, MR-4, MR-5)
    def report(self, month: str, prepared_by: str = "") -> ReportResult:
        """Build the month's report from its complete, verified rows; say which were left out."""
        parse_month(month)
        due_day, _ = self.due_settings()
        with self._uow_factory() as uow:
            header = station_header(uow)
            rows = uow.misroutes.in_months(month)
            names = {m.job_number: m.name for m in uow.staff.all()}
        good = [e for e in rows if e.reportable]
        excluded = tuple(e for e in rows if not e.reportable)
        seq = 0
        provinces = []
        for group in group_for_report(good):
            sites = []
            for site in group.sites:
                printed = []
                for e in site.entries:
                    seq += 1
                    printed.append(self._printed(seq, e, names))
                sites.append(MisrouteReportSite(site.site, tuple(printed)))
            provinces.append(MisrouteReportProvince(group.province, tuple(sites)))
        report = MisrouteReport(station=header, month=month, due=due_date(month, due_day),
                                provinces=tuple(provinces), prepared_by=prepared_by)
        return ReportResult(report, excluded)

    def comparison(self, month: str) -> list[ComparisonRow]:
        """Per origin site: this month's and last month's misroutes, worst first."""
        last = previous_month(month)
        with self._uow_factory() as uow:
            rows = uow.misroutes.in_months(month, last)
        counts: dict[tuple[str, str], list[int]] = {}
        for e in rows:
            key = (e.origin_province, e.origin_site)
            counts.setdefault(key, [0, 0])[0 if e.month == month else 1] += 1
        result = [ComparisonRow(p, s, now, before) for (p, s), (now, before) in counts.items()]
        return sorted(result, key=lambda r: (-r.this_month, -r.last_month, r.province, r.site))

    # --- helpers
    @staticmethod
    def _printed(seq: int, e: MisrouteEntry, names: dict[str, str]) -> MisrouteReportRow:
        def person(job: str | None) -> str:
            return f"{names.get(job, '')}（{job}）" if job and names.get(job) else (job or "")

        return MisrouteReportRow(
            seq=seq, waybill_no=e.waybill_no, origin_province=e.origin_province,
            origin_site=e.origin_site, wrong_dazi=e.wrong_dazi or MISSING_DAZI,
            correct_dazi=e.correct_dazi,
            found_on=e.found_on.isoformat() if e.found_on else "",
            found_by=person(e.found_by),
            action=ACTION_LABELS[e.action.value] if e.action else "",
            verified_by=person(e.verified_by),
        )

    @staticmethod
    def _get(uow: UnitOfWork, entry_id: int) -> MisrouteEntry:
        entry = uow.misroutes.get(entry_id)
        if entry is None:
            raise NotFound("misroute", str(entry_id))
        return entry

    @staticmethod
    def _check_not_locked(uow: UnitOfWork, actor: StaffMember, month: str) -> bool:
        """Raise MonthLocked for a closed month unless ``actor`` is a supervisor; returns
        whether the month is locked (a supervisor's change is then logged as such)."""
        locked = month in uow.misroutes.closed_months()
        if locked and actor.role is not Role.SUPERVISOR:
            raise _month_locked(uow, month)
        return locked
