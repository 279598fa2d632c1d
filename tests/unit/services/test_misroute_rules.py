"""The misroute register's rules on in-memory repositories (MR-1..MR-5; issue 14 §5).

These rules are about logic, not SQL, so they run on ``tests/fakes.py`` in milliseconds. What
touches SQL (the unique waybill under a race, site suggestions and the comparison as queries,
the month lock between two PCs) stays in ``tests/integration/test_misroute_service.py`` and
``test_concurrency_pg.py``.
"""

from __future__ import annotations

from datetime import date

import pytest

from counter_app.domain.errors import (
    ActorRevoked,
    DuplicateMisroute,
    EntryIncomplete,
    InvalidWaybill,
    MonthLocked,
    MonthNotReady,
    PermissionDenied,
    StaleEdit,
)
from counter_app.domain.misroute import MisrouteAction
from counter_app.domain.staff import Role
from counter_app.services.audit import AuditService
from counter_app.services.misroute import MisrouteDraft, MisrouteService
from counter_app.services.people import StaffService
from counter_app.services.station import StationService
from tests.fakes import FakeUnitOfWorkFactory, PlainHasher
from tests.helpers import PROFILE, SUPERVISOR, FakeClock


class Desk:
    """The services a misroute test needs, over one in-memory station."""

    def __init__(self) -> None:
        self.clock = FakeClock()  # 2026-11-23 09:00
        self.uow = FakeUnitOfWorkFactory()
        hasher = PlainHasher()
        self.station = StationService(self.uow, hasher, self.clock)
        self.staff = StaffService(self.uow, hasher, self.clock)
        self.misroutes = MisrouteService(self.uow, self.clock)
        self.audit = AuditService(self.uow)
        self.boss = self.station.set_up(PROFILE, SUPERVISOR)
        self.clerk = self.staff.add(self.boss, "2001", "李明", Role.WAREHOUSE, "pw-2001-x")


@pytest.fixture
def desk() -> Desk:
    return Desk()


def draft(n: int, **kw: object) -> MisrouteDraft:
    values: dict[str, object] = dict(
        waybill_no=f"7731652312{n:04d}", origin_province="浙江省", origin_site="温州瓯海",
        wrong_dazi="杭州西湖", correct_dazi="杭州五亭龙", found_on=date(2026, 11, 3),
        action=MisrouteAction.CROSSED_OUT)
    values.update(kw)
    return MisrouteDraft(**values)  # type: ignore[arg-type]


def test_mr1_register_keeps_who_found_it(desk: Desk) -> None:
    entry = desk.misroutes.register(desk.clerk, draft(1))
    assert entry.found_by == "2001"
    assert desk.misroutes.entries("2026-11") == [entry]
    assert desk.misroutes.find("77316523120001") == entry


def test_sc2_invalid_or_foreign_number_is_refused_and_not_stored(desk: Desk) -> None:
    with pytest.raises(InvalidWaybill):
        desk.misroutes.register(desk.clerk, draft(1, waybill_no="7731652312"))
    with pytest.raises(InvalidWaybill):
        desk.misroutes.register(desk.clerk, draft(1, waybill_no="SF1311458896823"))
    assert desk.misroutes.entries("2026-11") == []


def test_the_same_waybill_twice_names_the_first_registration(desk: Desk) -> None:
    desk.misroutes.register(desk.clerk, draft(1))
    with pytest.raises(DuplicateMisroute) as err:
        desk.misroutes.register(desk.clerk, draft(1))
    assert (err.value.found_on, err.value.found_by) == (date(2026, 11, 3), "2001")


def test_mr2_incomplete_row_cannot_be_verified_and_is_left_out_of_the_report(
        desk: Desk) -> None:
    partial = desk.misroutes.register(desk.clerk, draft(1, correct_dazi=""))
    with pytest.raises(EntryIncomplete) as err:
        desk.misroutes.verify(desk.boss, partial.id)  # type: ignore[arg-type]
    assert err.value.missing == ("correct_dazi",)
    full = desk.misroutes.register(desk.clerk, draft(2))
    unverified = desk.misroutes.register(desk.clerk, draft(3))
    desk.misroutes.verify(desk.boss, full.id)  # type: ignore[arg-type]
    result = desk.misroutes.report("2026-11", prepared_by="王丽")
    assert [r.waybill_no for r in result.report.rows()] == [full.waybill_no]
    assert {e.waybill_no for e in result.excluded} == {partial.waybill_no, unverified.waybill_no}


def test_mr2_changing_a_verified_row_clears_the_verification(desk: Desk) -> None:
    entry = desk.misroutes.register(desk.clerk, draft(1))
    desk.misroutes.verify(desk.boss, entry.id)  # type: ignore[arg-type]
    changed = desk.misroutes.update(desk.clerk, entry.id,  # type: ignore[arg-type]
                                    draft(1, correct_dazi="杭州滨江"))
    assert changed.verified_by is None
    assert changed.correct_dazi == "杭州滨江"


def test_mr3_report_rows_are_grouped_in_official_order_and_numbered(desk: Desk) -> None:
    for n, (province, site) in enumerate([("广东省", "广州白云"), ("浙江省", "温州瓯海"),
                                          ("浙江省", "杭州萧山"), ("浙江省", "温州瓯海")]):
        e = desk.misroutes.register(desk.clerk, draft(
            n, origin_province=province, origin_site=site,
            wrong_dazi="" if n == 3 else "杭州西湖",
            action=MisrouteAction.WRITTEN if n == 3 else MisrouteAction.CROSSED_OUT))
        desk.misroutes.verify(desk.boss, e.id)  # type: ignore[arg-type]
    report = desk.misroutes.report("2026-11").report
    assert [(p.province, p.count) for p in report.provinces] == [("浙江省", 3), ("广东省", 1)]
    rows = report.rows()
    assert [r.seq for r in rows] == [1, 2, 3, 4]
    assert [r.origin_site for r in rows] == ["杭州萧山", "温州瓯海", "温州瓯海", "广州白云"]
    written = next(r for r in rows if r.waybill_no.endswith("0003"))
    assert (written.wrong_dazi, written.action) == ("（漏写）", "补写大字")
    assert written.found_by == "李明（2001）"
    assert written.verified_by == "王丽（1001）"
    assert report.station.qq == "123456789"
    assert (report.due, report.total) == (date(2026, 12, 15), 4)


class TestMonthLock:
    def test_mr5_a_month_with_open_rows_cannot_be_closed(self, desk: Desk) -> None:
        desk.misroutes.register(desk.clerk, draft(1))
        desk.misroutes.register(desk.clerk, draft(2, origin_site=""))
        with pytest.raises(MonthNotReady) as err:
            desk.misroutes.close_month(desk.clerk, "2026-11")
        assert (err.value.incomplete, err.value.unverified) == (1, 1)

    def test_mr5_closed_month_is_locked_for_clerks_and_a_supervisor_change_is_logged(
            self, desk: Desk) -> None:
        entry = desk.misroutes.register(desk.clerk, draft(1))
        desk.misroutes.verify(desk.boss, entry.id)  # type: ignore[arg-type]
        desk.misroutes.close_month(desk.clerk, "2026-11")
        assert desk.misroutes.is_closed("2026-11")
        with pytest.raises(MonthLocked) as locked:
            desk.misroutes.update(desk.clerk, entry.id,  # type: ignore[arg-type]
                                  draft(1, correct_dazi="杭州滨江"))
        assert locked.value.month == "2026-11"
        with pytest.raises(MonthLocked):
            desk.misroutes.register(desk.clerk, draft(2))
        desk.misroutes.update(desk.boss, entry.id,  # type: ignore[arg-type]
                              draft(1, correct_dazi="杭州滨江"))
        logged = desk.audit.entries(desk.boss, entity="misroute")[0]
        assert logged.action == "update_locked"
        assert logged.before is not None
        assert logged.after is not None
        assert (logged.before["correct_dazi"], logged.after["correct_dazi"]) == (
            "杭州五亭龙", "杭州滨江")

    def test_mr5_only_a_supervisor_reopens_a_month(self, desk: Desk) -> None:
        desk.misroutes.close_month(desk.clerk, "2026-10")
        with pytest.raises(PermissionDenied):
            desk.misroutes.reopen_month(desk.clerk, "2026-10")
        desk.misroutes.reopen_month(desk.boss, "2026-10")
        assert not desk.misroutes.is_closed("2026-10")


class TestDue:
    def test_mr5_banner_shows_from_five_days_before_the_fifteenth(self, desk: Desk) -> None:
        info = desk.misroutes.due(date(2026, 12, 9))
        assert (info.month, info.due, info.remind) == ("2026-11", date(2026, 12, 15), False)
        info = desk.misroutes.due(date(2026, 12, 10))
        assert (info.remind, info.days_left) == (True, 5)

    def test_after_closing_last_month_the_current_month_is_next(self, desk: Desk) -> None:
        desk.misroutes.close_month(desk.clerk, "2026-11")
        info = desk.misroutes.due(date(2026, 12, 12))
        assert (info.month, info.due, info.remind) == ("2026-12", date(2027, 1, 15), False)

    def test_due_day_is_a_station_setting(self, desk: Desk) -> None:
        desk.misroutes.set_due_settings(desk.boss, 10, 3)
        info = desk.misroutes.due(date(2026, 12, 7))
        assert (info.due, info.remind) == (date(2026, 12, 10), True)


def test_an_edit_against_an_older_version_is_refused_naming_who_saved(desk: Desk) -> None:
    """Issue 13 §2 on the fakes: the editor carries the version it loaded."""
    entry = desk.misroutes.register(desk.clerk, draft(1))
    desk.misroutes.update(desk.boss, entry.id, draft(1, origin_site="温州鹿城"),  # type: ignore[arg-type]
                          version=entry.version)
    with pytest.raises(StaleEdit) as err:
        desk.misroutes.update(desk.clerk, entry.id, draft(1, origin_site="温州龙湾"),  # type: ignore[arg-type]
                              version=entry.version)
    assert err.value.by == "王丽"
    assert desk.misroutes.find(entry.waybill_no).origin_site == "温州鹿城"  # type: ignore[union-attr]


def test_a_deactivated_clerk_cannot_register_and_nothing_is_stored(desk: Desk) -> None:
    """Issue 13 §4: the audit entry re-checks the actor; the change rolls back with it."""
    desk.staff.update(desk.boss, desk.clerk.id, active=False)
    with pytest.raises(ActorRevoked):
        desk.misroutes.register(desk.clerk, draft(1))
    assert desk.misroutes.entries("2026-11") == []


def test_a_fake_unit_of_work_rolls_back_what_was_not_committed(desk: Desk) -> None:
    """The fakes' own promise, which every test above relies on."""
    with desk.uow() as uow:
        uow.settings.set("x", "1")
    with desk.uow() as uow:
        assert uow.settings.get("x") is None
        uow.settings.set("x", "2")
        uow.commit()
    with desk.uow() as uow:
        assert uow.settings.get("x") == "2"
