"""The misroute register on a real database: what touches SQL (MR-1..MR-5).

The rules that are logic only run on in-memory repositories in
``tests/unit/services/test_misroute_rules.py`` (issue 14 §5)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from counter_app.domain.errors import (
    DuplicateMisroute,
    MonthLocked,
)
from counter_app.domain.misroute import MisrouteAction
from counter_app.domain.staff import Role, StaffMember
from counter_app.services.app import AppServices
from counter_app.services.misroute import MisrouteDraft
from tests.helpers import FakeClock, add_clerk, set_up_station, wired


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()  # 2026-11-23 09:00


@pytest.fixture
def app(db_url: str, clock: FakeClock, tmp_path: Path) -> Iterator[AppServices]:
    with wired(db_url, clock, tmp_path) as services:
        yield services


@pytest.fixture
def people(app: AppServices) -> tuple[StaffMember, StaffMember]:
    boss = set_up_station(app)
    return boss, add_clerk(app, boss, Role.WAREHOUSE, job="2001")


def draft(n: int, **kw: object) -> MisrouteDraft:
    values: dict[str, object] = dict(
        waybill_no=f"7731652312{n:04d}", origin_province="浙江省", origin_site="温州瓯海",
        wrong_dazi="杭州西湖", correct_dazi="杭州五亭龙", found_on=date(2026, 11, 3),
        action=MisrouteAction.CROSSED_OUT)
    values.update(kw)
    return MisrouteDraft(**values)  # type: ignore[arg-type]


def test_register_stores_the_row_with_who_found_it(app: AppServices, people) -> None:
    _boss, clerk = people
    entry = app.misroutes.register(clerk, draft(1))
    assert entry.found_by == "2001"
    assert app.misroutes.entries("2026-11") == [entry]
    assert app.misroutes.find("77316523120001") == entry




def test_the_same_waybill_twice_is_refused(app: AppServices, people) -> None:
    _boss, clerk = people
    app.misroutes.register(clerk, draft(1))
    with pytest.raises(DuplicateMisroute) as err:
        app.misroutes.register(clerk, draft(1))
    assert (err.value.found_on, err.value.found_by) == (date(2026, 11, 3), "2001")






class TestMonthLock:

    def test_closed_month_is_locked_for_clerks_and_a_supervisor_change_is_logged(
            self, app: AppServices, people) -> None:
        boss, clerk = people
        entry = app.misroutes.register(clerk, draft(1))
        app.misroutes.verify(boss, entry.id)  # type: ignore[arg-type]
        app.misroutes.close_month(clerk, "2026-11")
        assert app.misroutes.is_closed("2026-11")
        with pytest.raises(MonthLocked):
            app.misroutes.update(clerk, entry.id, draft(1, correct_dazi="杭州滨江"))  # type: ignore[arg-type]
        with pytest.raises(MonthLocked):
            app.misroutes.register(clerk, draft(2))
        app.misroutes.update(boss, entry.id, draft(1, correct_dazi="杭州滨江"))  # type: ignore[arg-type]
        logged = app.audit.entries(boss, entity="misroute")[0]
        assert logged.action == "update_locked"
        assert logged.before is not None
        assert logged.after is not None
        assert (logged.before["correct_dazi"], logged.after["correct_dazi"]) == (
            "杭州五亭龙", "杭州滨江")





def test_site_suggestions_come_from_earlier_entries(app: AppServices, people) -> None:
    _boss, clerk = people
    app.misroutes.register(clerk, draft(1, origin_site="温州瓯海"))
    app.misroutes.register(clerk, draft(2, origin_site="温州瓯海"))
    app.misroutes.register(clerk, draft(3, origin_site="温州鹿城"))
    app.misroutes.register(clerk, draft(4, origin_province="广东省", origin_site="广州白云"))
    assert app.misroutes.site_suggestions("温州") == [("温州瓯海", "浙江省"),
                                                      ("温州鹿城", "浙江省")]


def test_comparison_with_last_month(app: AppServices, people) -> None:
    _boss, clerk = people
    app.misroutes.register(clerk, draft(1, found_on=date(2026, 10, 20)))
    app.misroutes.register(clerk, draft(2))
    app.misroutes.register(clerk, draft(3))
    app.misroutes.register(clerk, draft(4, origin_province="广东省", origin_site="广州白云",
                                        found_on=date(2026, 10, 5)))
    rows = [(r.site, r.this_month, r.last_month) for r in app.misroutes.comparison("2026-11")]
    assert rows == [("温州瓯海", 2, 1), ("广州白云", 0, 1)]
