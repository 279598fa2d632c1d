"""The 错写大字 misroute register: entries, completeness, report order, due dates (MR-1..MR-6)."""

from __future__ import annotations

import calendar
import enum
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from counter_app.domain.station import PROVINCES


class MisrouteAction(enum.StrEnum):
    """What was done to the 大字 (MR-1). Stored values: never rename."""

    WRITTEN = "written"
    """大字 were missing: the correct ones were written."""
    CROSSED_OUT = "crossed_out"
    """大字 were wrong: crossed out and the correct ones written."""
    REWRITTEN = "rewritten"
    """大字 were right but untidy: rewritten neatly beside."""


ACTION_LABELS: dict[str, str] = {
    MisrouteAction.WRITTEN: "补写大字",
    MisrouteAction.CROSSED_OUT: "划掉重写",
    MisrouteAction.REWRITTEN: "重新写清楚",
}
"""What the form prints for an action (MR-4: the form is always Chinese), keyed by the enum
(a ``StrEnum``, so its stored value finds the label too)."""


# Fields in form order; a row is reportable only when none is empty and it is verified (MR-2).
FIELDS = ("waybill_no", "origin_province", "origin_site", "wrong_dazi", "correct_dazi",
          "found_on", "found_by", "action")


@dataclass(frozen=True)
class MisrouteEntry:
    """One misrouted parcel as registered.

    Attributes:
        waybill_no: the normalised waybill number (validated by the recogniser, SC-2).
        origin_province: the origin site's province, from the official list.
        origin_site: the origin site (始发地), e.g. 「温州瓯海」.
        wrong_dazi: the wrong 大字 as written; empty when they were missing (action WRITTEN).
        correct_dazi: the correct 大字.
        found_on: the date the parcel was found here.
        found_by: job number of who found it.
        action: what was done (MR-1).
        verified_by: job number of who checked the row against the waybill's own data.
        verified_at: when.
        needs_problem_flow: the correct destination could not be determined (MR-1, §3).
        id: database id.
    """

    waybill_no: str
    origin_province: str
    origin_site: str
    wrong_dazi: str
    correct_dazi: str
    found_on: date | None
    found_by: str
    action: MisrouteAction | None
    verified_by: str | None = None
    verified_at: datetime | None = None
    needs_problem_flow: bool = False
    id: int | None = None
    version: int = field(default=0, compare=False)
    """The stored version this copy was read at (optimistic concurrency, issue 13 §2)."""

    @property
    def month(self) -> str:
        """``YYYY-MM`` of the date found (the report month), or ``""``."""
        return self.found_on.strftime("%Y-%m") if self.found_on else ""

    def missing_fields(self) -> tuple[str, ...]:
        """Names of the fields still empty (MR-2: 「每项都需填写完整」).

        The wrong 大字 may be empty only when they were missing and have been written (WRITTEN).
        """
        missing = []
        for name in FIELDS:
            value = getattr(self, name)
            if name == "wrong_dazi" and self.action is MisrouteAction.WRITTEN:
                continue
            if value is None or (isinstance(value, str) and not value.strip()):
                missing.append(name)
        if self.origin_province and self.origin_province not in PROVINCES:
            missing.append("origin_province")
        if (self.action is MisrouteAction.CROSSED_OUT and self.wrong_dazi.strip()
                and self.wrong_dazi.strip() == self.correct_dazi.strip()):
            missing.append("wrong_dazi")  # "wrong" 大字 equal to the correct ones: not a misroute
        return tuple(dict.fromkeys(missing))

    @property
    def verified(self) -> bool:
        """Whether someone checked the row against the waybill (MR-2)."""
        return bool(self.verified_by) and self.verified_at is not None

    @property
    def reportable(self) -> bool:
        """Complete and verified: may go into the monthly report."""
        return self.verified and not self.missing_fields()


def report_order_key(entry: MisrouteEntry) -> tuple[int, str, str, date, str]:
    """Sort key of MR-3: origin province (official GB/T 2260 order), then origin site, then
    date found and waybill number, so the same month always prints in the same order."""
    province = (PROVINCES.index(entry.origin_province) if entry.origin_province in PROVINCES
                else len(PROVINCES))
    return (province, entry.origin_site.strip(), entry.origin_site,
            entry.found_on or date.min, entry.waybill_no)


@dataclass(frozen=True)
class SiteGroup:
    """The rows of one origin site."""

    site: str
    entries: tuple[MisrouteEntry, ...]


@dataclass(frozen=True)
class ProvinceGroup:
    """The sites of one origin province, in report order."""

    province: str
    sites: tuple[SiteGroup, ...]

    @property
    def count(self) -> int:
        """Rows in the province."""
        return sum(len(s.entries) for s in self.sites)


def group_for_report(entries: list[MisrouteEntry]) -> tuple[ProvinceGroup, ...]:
    """Group by origin province, then origin site, in the stable order of MR-3."""
    groups: list[ProvinceGroup] = []
    ordered = sorted(entries, key=report_order_key)
    i = 0
    while i < len(ordered):
        province = ordered[i].origin_province
        sites: list[SiteGroup] = []
        while i < len(ordered) and ordered[i].origin_province == province:
            site = ordered[i].origin_site
            rows = []
            while (i < len(ordered) and ordered[i].origin_province == province
                   and ordered[i].origin_site == site):
                rows.append(ordered[i])
                i += 1
            sites.append(SiteGroup(site, tuple(rows)))
        groups.append(ProvinceGroup(province, tuple(sites)))
    return tuple(groups)


def parse_month(text: str) -> tuple[int, int]:
    """Parse ``YYYY-MM`` into (year, month); raises ValueError."""
    year_s, _, month_s = text.strip().partition("-")
    year, month = int(year_s), int(month_s)
    if not (2000 <= year <= 2100 and 1 <= month <= 12) or len(month_s) != 2:
        raise ValueError(f"not a month: {text!r}")
    return year, month


def next_month(month: str) -> str:
    """The month after ``YYYY-MM`` (December → January of the next year)."""
    year, mon = parse_month(month)
    return f"{year + 1}-01" if mon == 12 else f"{year}-{mon + 1:02d}"


def previous_month(month: str) -> str:
    """The month before ``YYYY-MM``."""
    year, mon = parse_month(month)
    return f"{year - 1}-12" if mon == 1 else f"{year}-{mon - 1:02d}"


def due_date(month: str, due_day: int = 15) -> date:
    """The report of ``month`` is due on ``due_day`` of the following month (MR-5).

    A day past the end of that month (e.g. 30 for February) becomes its last day.
    """
    year, mon = parse_month(next_month(month))
    last = calendar.monthrange(year, mon)[1]
    return date(year, mon, max(1, min(due_day, last)))


def reminder_starts(month: str, due_day: int = 15, days_before: int = 5) -> date:
    """The first day the due-date banner shows (MR-5: remind ahead of the due date)."""
    return due_date(month, due_day) - timedelta(days=max(0, days_before))
