"""The in-memory fakes keep the adapters' promises (issue 14 §5).

The same checks run on ``tests/fakes.py`` and on the SQL repositories (SQLite file and
PostgreSQL), so a service test on the fakes proves what it would prove on a database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from datetime import date, datetime
from pathlib import Path

import pytest

from counter_app.domain.errors import ActorRevoked, DuplicateMisroute
from counter_app.domain.misroute import MisrouteAction, MisrouteEntry
from counter_app.domain.staff import Role
from counter_app.services.audit_ports import AuditEntry
from counter_app.services.ports import UnitOfWork
from tests.fakes import FakeUnitOfWorkFactory
from tests.helpers import migrated_sqlite_file, postgres_schema

AT = datetime(2026, 11, 23, 9, 0)


@pytest.fixture(params=["fake", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def uow_factory(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Callable[[], UnitOfWork]]:
    if request.param == "fake":
        yield FakeUnitOfWorkFactory()
        return
    from counter_app.main import open_database
    from counter_app.persistence.unit_of_work import UnitOfWorkFactory

    with ExitStack() as stack:
        if request.param == "sqlite":
            path = tmp_path / "c.sqlite3"
            migrated_sqlite_file(path)
            url = f"sqlite:///{path}"
        else:
            url = stack.enter_context(postgres_schema())
        engine = open_database(url, backup_dir=tmp_path / "backups")
        stack.callback(engine.dispose)
        yield UnitOfWorkFactory(engine)


def entry(n: int, site: str = "温州瓯海", found_on: date = date(2026, 11, 3)) -> MisrouteEntry:
    return MisrouteEntry(f"7731652312{n:04d}", "浙江省", site, "杭州西湖", "杭州五亭龙",
                         found_on, "2001", MisrouteAction.CROSSED_OUT)


def test_misroutes_are_unique_by_waybill_and_listed_by_month_in_order(uow_factory) -> None:
    with uow_factory() as uow:
        first = uow.misroutes.add(entry(1))
        uow.misroutes.add(entry(2, found_on=date(2026, 10, 31)))
        uow.misroutes.add(entry(3, found_on=date(2026, 11, 30)))
        uow.commit()
    with uow_factory() as uow:
        with pytest.raises(DuplicateMisroute) as err:
            uow.misroutes.add(entry(1))
        assert err.value.found_by == "2001"
    with uow_factory() as uow:
        assert [e.waybill_no[-1] for e in uow.misroutes.in_months("2026-11")] == ["1", "3"]
        assert uow.misroutes.by_waybill(first.waybill_no) == first
        assert uow.misroutes.get(first.id) == first  # type: ignore[arg-type]


def test_an_uncommitted_unit_of_work_leaves_nothing(uow_factory) -> None:
    with uow_factory() as uow:
        uow.misroutes.add(entry(1))
    with uow_factory() as uow:
        assert uow.misroutes.in_months("2026-11") == []


def test_sites_are_ranked_by_use_then_name(uow_factory) -> None:
    with uow_factory() as uow:
        for n, site in enumerate(["温州鹿城", "温州瓯海", "温州瓯海", "杭州萧山", ""]):
            uow.misroutes.add(entry(n, site=site))
        uow.commit()
    with uow_factory() as uow:
        assert uow.misroutes.sites("温州") == [("温州瓯海", "浙江省"), ("温州鹿城", "浙江省")]


def test_a_month_closes_once_and_reopens(uow_factory) -> None:
    with uow_factory() as uow:
        assert uow.misroutes.close_month("2026-11", AT, "1001")
        assert not uow.misroutes.close_month("2026-11", AT, "1002")
        uow.commit()
    with uow_factory() as uow:
        assert uow.misroutes.closed_months() == {"2026-11": (AT, "1001")}
        uow.misroutes.reopen_month("2026-11")
        uow.commit()
    with uow_factory() as uow:
        assert uow.misroutes.closed_months() == {}


def test_a_version_is_claimed_once_per_loaded_version(uow_factory) -> None:
    with uow_factory() as uow:
        stored = uow.misroutes.add(entry(1))
        uow.commit()
    key = str(stored.id)
    with uow_factory() as uow:
        loaded = uow.versions.current("misroute", key)
        assert loaded == stored.version
        assert uow.versions.claim("misroute", key, loaded)
        assert not uow.versions.claim("misroute", key, loaded)
        assert uow.versions.claim("misroute", key, None)
        assert uow.versions.current("misroute", key) == loaded + 2


def test_the_audit_log_refuses_an_actor_no_longer_active_or_in_that_role(uow_factory) -> None:
    with uow_factory() as uow:
        clerk = uow.staff.add("2001", "李明", Role.WAREHOUSE, "x")
        uow.commit()

    def audit(role: Role) -> AuditEntry:
        return AuditEntry(at=AT, actor_id=clerk.id, actor="2001", entity="misroute",
                          entity_id="1", action="create", actor_role=role.value)

    with uow_factory() as uow:
        uow.audit.record(audit(Role.WAREHOUSE))
        with pytest.raises(ActorRevoked) as err:
            uow.audit.record(audit(Role.SUPERVISOR))
        assert err.value.reason == "role"
        uow.commit()
    with uow_factory() as uow:
        account = uow.staff.get(clerk.id)
        assert account is not None
        from dataclasses import replace

        uow.staff.update(replace(account, member=replace(account.member, active=False)))
        with pytest.raises(ActorRevoked) as err:
            uow.audit.record(audit(Role.WAREHOUSE))
        assert err.value.reason == "inactive"
    with uow_factory() as uow:
        assert [e.action for e in uow.audit.all(entity="misroute")] == ["create"]
        assert uow.audit.last_change(("misroute",), "1") is not None
