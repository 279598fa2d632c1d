"""Service use cases on a real database — SQLite file and PostgreSQL (issue 2 §2–4)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from counter_app.domain.errors import (
    AccountInactive,
    AccountLocked,
    DuplicateJobNumber,
    FieldInvalid,
    LoginFailed,
    PermissionDenied,
    StationAlreadySetUp,
)
from counter_app.domain.staff import CourierKind, Role
from counter_app.domain.station import ShiftTimes
from counter_app.services.app import AppServices
from tests.helpers import PROFILE, SUPERVISOR, FakeClock, add_clerk, set_up_station, wired


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def app(db_url: str, clock: FakeClock, tmp_path: Path) -> Iterator[AppServices]:
    with wired(db_url, clock, tmp_path) as services:
        yield services


class TestFirstRun:
    def test_station_is_not_set_up_on_an_empty_database(self, app: AppServices) -> None:
        assert app.station.is_set_up() is False
        assert app.station.profile() is None

    def test_set_up_creates_profile_and_supervisor_who_can_log_in(self, app: AppServices) -> None:
        boss = set_up_station(app)
        assert boss.role is Role.SUPERVISOR
        assert app.station.is_set_up()
        assert app.station.profile() == PROFILE
        assert app.auth.login(SUPERVISOR.job_number, SUPERVISOR.password) == boss

    def test_set_up_twice_is_refused(self, app: AppServices) -> None:
        set_up_station(app)
        with pytest.raises(StationAlreadySetUp):
            set_up_station(app)

    def test_set_up_with_missing_qq_names_the_field_and_stores_nothing(
        self, app: AppServices
    ) -> None:
        from dataclasses import replace

        with pytest.raises(FieldInvalid) as err:
            app.station.set_up(replace(PROFILE, qq=" "), SUPERVISOR)
        assert err.value.field == "qq"
        assert app.station.is_set_up() is False


class TestLogin:
    def test_wrong_password_fails_and_counts_down(self, app: AppServices) -> None:
        set_up_station(app)
        with pytest.raises(LoginFailed) as err:
            app.auth.login("1001", "wrong")
        assert err.value.attempts_left == 4

    def test_unknown_job_number_fails(self, app: AppServices) -> None:
        set_up_station(app)
        with pytest.raises(LoginFailed) as err:
            app.auth.login("9999", SUPERVISOR.password)
        assert err.value.job_number == "9999"

    def test_account_locks_after_five_failures_even_for_right_password(
        self, app: AppServices, clock: FakeClock
    ) -> None:
        set_up_station(app)
        for _ in range(4):
            with pytest.raises(LoginFailed):
                app.auth.login("1001", "wrong")
        with pytest.raises(AccountLocked):
            app.auth.login("1001", "wrong")
        with pytest.raises(AccountLocked) as err:
            app.auth.login("1001", SUPERVISOR.password)
        assert err.value.until.strftime("%H:%M") == "09:15"
        clock.advance(minutes=15)
        assert app.auth.login("1001", SUPERVISOR.password).job_number == "1001"

    def test_success_resets_the_failure_count(self, app: AppServices) -> None:
        set_up_station(app)
        for _ in range(3):
            with pytest.raises(LoginFailed):
                app.auth.login("1001", "wrong")
        app.auth.login("1001", SUPERVISOR.password)
        with pytest.raises(LoginFailed) as err:
            app.auth.login("1001", "wrong")
        assert err.value.attempts_left == 4

    def test_deactivated_account_cannot_log_in(self, app: AppServices) -> None:
        boss = set_up_station(app)
        clerk = add_clerk(app, boss)
        app.staff.update(boss, clerk.id, active=False)
        with pytest.raises(AccountInactive):
            app.auth.login(clerk.job_number, "pw-2001")

    def test_password_is_stored_as_argon2id_hash(self, app: AppServices, db_url: str) -> None:
        set_up_station(app)
        engine = sa.create_engine(db_url)
        with engine.connect() as conn:
            stored = conn.execute(sa.text("SELECT password_hash FROM staff")).scalar_one()
        engine.dispose()
        assert stored.startswith("$argon2id$")
        assert SUPERVISOR.password not in stored


class TestRoles:
    def test_counter_clerk_cannot_add_staff(self, app: AppServices) -> None:
        boss = set_up_station(app)
        clerk = add_clerk(app, boss, Role.COUNTER)
        with pytest.raises(PermissionDenied) as err:
            app.staff.add(clerk, "3001", "周芳", Role.SUPERVISOR, "pw-3001")
        assert err.value.action == "manage_staff"
        assert [m.job_number for m in app.staff.all(boss)] == ["1001", "2001"]

    @pytest.mark.parametrize("role", [Role.COUNTER, Role.WAREHOUSE, Role.RECEIPTS])
    def test_only_a_supervisor_manages_couriers_and_station(
        self, app: AppServices, role: Role
    ) -> None:
        boss = set_up_station(app)
        clerk = add_clerk(app, boss, role)
        with pytest.raises(PermissionDenied):
            app.couriers.add(clerk, "张伟", "13905711001", CourierKind.COURIER, "文三路")
        with pytest.raises(PermissionDenied):
            app.station.update_profile(clerk, PROFILE)
        with pytest.raises(PermissionDenied):
            app.station.set_shift_times(clerk, ShiftTimes())
        with pytest.raises(PermissionDenied):
            app.audit.entries(clerk)

    def test_duplicate_job_number_is_refused(self, app: AppServices) -> None:
        boss = set_up_station(app)
        add_clerk(app, boss, job="2001")
        with pytest.raises(DuplicateJobNumber):
            add_clerk(app, boss, job="2001")

    def test_supervisor_cannot_demote_themselves(self, app: AppServices) -> None:
        boss = set_up_station(app)
        with pytest.raises(FieldInvalid):
            app.staff.update(boss, boss.id, role=Role.COUNTER)


class TestCouriers:
    def test_area_change_keeps_history_and_current_area(
        self, app: AppServices, clock: FakeClock
    ) -> None:
        boss = set_up_station(app)
        courier = app.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
        clock.advance(days=10)
        moved = app.couriers.change_area(boss, courier.id, "古荡")
        assert moved.area == "古荡"
        history = app.couriers.area_history(courier.id)
        assert [(h.area, h.since, h.until) for h in history] == [
            ("文三路", date(2026, 11, 23), date(2026, 12, 2)),
            ("古荡", date(2026, 12, 3), None),
        ]

    def test_deactivated_courier_is_kept_but_not_listed(self, app: AppServices) -> None:
        boss = set_up_station(app)
        courier = app.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
        app.couriers.update(
            boss,
            courier.id,
            name="张伟",
            phone="13905711001",
            kind=CourierKind.COURIER,
            active=False,
        )
        assert app.couriers.all() == []
        assert [c.name for c in app.couriers.all(include_inactive=True)] == ["张伟"]

    def test_courier_phone_is_validated(self, app: AppServices) -> None:
        boss = set_up_station(app)
        with pytest.raises(FieldInvalid) as err:
            app.couriers.add(boss, "张伟", "1234", CourierKind.COURIER, "文三路")
        assert err.value.field == "phone"


class TestAudit:
    def test_every_change_is_logged_with_before_and_after(
        self, app: AppServices, clock: FakeClock
    ) -> None:
        boss = set_up_station(app)
        clerk = add_clerk(app, boss)
        clock.advance(minutes=5)
        app.staff.update(boss, clerk.id, role=Role.WAREHOUSE)
        entry = app.audit.entries(boss, entity="staff")[0]
        assert (entry.actor, entry.action, entry.entity_id) == ("1001", "update", str(clerk.id))
        assert entry.before is not None
        assert entry.after is not None
        assert (entry.before["role"], entry.after["role"]) == ("counter", "warehouse")
        assert entry.at == clock.now()

    def test_profile_change_keeps_old_values(self, app: AppServices) -> None:
        from dataclasses import replace

        boss = set_up_station(app)
        app.station.update_profile(boss, replace(PROFILE, qq="987654321"))
        entry = app.audit.entries(boss, entity="station")[0]
        assert entry.before is not None
        assert entry.after is not None
        assert (entry.before["qq"], entry.after["qq"]) == ("123456789", "987654321")

    def test_audit_log_refuses_update_and_delete_in_the_database(
        self, app: AppServices, db_url: str
    ) -> None:
        set_up_station(app)
        engine = sa.create_engine(db_url)
        for statement in ("UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"):
            with pytest.raises(sa.exc.DatabaseError), engine.begin() as conn:
                conn.execute(sa.text(statement))
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM audit_log")).scalar_one() == 2
        engine.dispose()

    def test_failed_logins_are_audited(self, app: AppServices) -> None:
        boss = set_up_station(app)
        with pytest.raises(LoginFailed):
            app.auth.login("1001", "wrong")
        actions = [e.action for e in app.audit.entries(boss, entity="staff")]
        assert actions[0] == "login_failed"


class TestShiftTimes:
    def test_defaults_follow_wh1_and_changes_persist(self, app: AppServices) -> None:
        from datetime import time

        boss = set_up_station(app)
        assert app.station.shift_times() == ShiftTimes()
        new = ShiftTimes(
            early_start=time(8, 0),
            early_end=time(15, 0),
            late_start=time(15, 0),
            late_end=time(22, 0),
        )
        app.station.set_shift_times(boss, new)
        assert app.station.shift_times() == new

    def test_overlapping_shifts_are_refused(self, app: AppServices) -> None:
        from datetime import time

        boss = set_up_station(app)
        with pytest.raises(FieldInvalid) as err:
            app.station.set_shift_times(boss, ShiftTimes(early_end=time(16, 0)))
        assert err.value.field == "late_shift"
