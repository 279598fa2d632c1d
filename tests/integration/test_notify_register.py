"""The consent register on screen (X-7, issue 20): newest first with each entry's state, a
search by the phone's tail that never reveals more than the mask shows, filters by answer and
state; and the automatic problem-parcel notice planned for a parcel waiting for an answer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from counter_app.domain.notify import ConsentChannel, ConsentDecision, NoticeKind
from counter_app.domain.staff import Role
from counter_app.domain.warehouse import CallOutcome, ProblemDetails, Reason
from counter_app.services.app import AppServices
from counter_app.services.notify_register import EntryState
from counter_app.services.warehouse import ScanInDraft
from tests.helpers import FakeClock, add_clerk, set_up_station, wired

T0 = datetime(2026, 11, 23, 10, 0)
A, B, C = "13800001234", "13900005678", "13700009934"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def app(db_url: str, clock: FakeClock, tmp_path: Path) -> Iterator[AppServices]:
    with wired(db_url, clock, tmp_path) as services:
        yield services


def test_register_states_search_and_filters(app: AppServices, clock: FakeClock) -> None:
    boss = set_up_station(app)
    clerk = add_clerk(app, boss, Role.WAREHOUSE, job="4001")
    station, door = ConsentDecision.STATION_PICKUP, ConsentDecision.DOOR_DELIVERY
    app.notify.record_consent(clerk, A, door, ConsentChannel.PHONE)
    clock.advance(minutes=1)
    app.notify.record_consent(clerk, A, station, ConsentChannel.COUNTER)  # supersedes
    app.notify.record_consent(clerk, B, station, ConsentChannel.SMS,
                              valid_until=date(2026, 11, 30))
    app.notify.record_consent(clerk, C, ConsentDecision.REFUSED, ConsentChannel.WECHAT)
    clock.advance(days=10)  # B's answer has expired
    lines = app.notify.register_lines(clerk)
    assert [(line.consent.phone, line.state) for line in lines] == [
        (C, EntryState.VALID), (B, EntryState.EXPIRED), (A, EntryState.VALID),
        (A, EntryState.SUPERSEDED)]
    assert all(line.phone != line.consent.phone for line in lines)  # masked for a clerk
    assert next(line.phone for line in app.notify.register_lines(boss)) == C
    # a clerk searches by the tail the mask shows, or a whole number; not by hidden digits
    assert [line.consent.phone for line in app.notify.register_lines(clerk, "34")] == [C, A, A]
    assert app.notify.register_lines(clerk, "1234") == []
    assert {line.consent.phone for line in app.notify.register_lines(clerk, A)} == {A}
    assert [line.consent.phone for line in app.notify.register_lines(boss, "1234")] == [A, A]
    assert [line.consent.phone for line in app.notify.register_lines(
        clerk, decision=station)] == [B, A]
    assert [line.consent.phone for line in app.notify.register_lines(
        clerk, state=EntryState.EXPIRED)] == [B]
    assert [line.consent.decision for line in app.notify.register_lines(
        clerk, "34", state=EntryState.SUPERSEDED)] == [door]


def test_problem_parcel_waiting_for_an_answer_is_reminded_automatically_on_day_two(
        app: AppServices, clock: FakeClock) -> None:
    boss = set_up_station(app)
    clerk = add_clerk(app, boss, Role.WAREHOUSE, job="4001")
    stay = app.warehouse.scan_in(clerk, ScanInDraft(
        waybill="77316523880001", reason=Reason.ADDRESS_UNCLEAR,
        details=ProblemDetails(reached=False, call_at=T0, call_outcome=CallOutcome.NO_ANSWER),
        recipient="李娜", phone=A))
    assert app.notify.plan(clerk) == []  # not on the arrival day
    clock.current = datetime(2026, 11, 24, 9, 30)  # after the reminder hour
    (line,) = app.notify.plan(clerk)
    assert line.planned.kind is NoticeKind.PROBLEM
    assert line.stay.id == stay.id
    assert app.notify.queue_reminders(clock.now()) == 1
    (notice,) = app.notify.notices(clerk, [stay.id or 0])
    assert notice.kind is NoticeKind.PROBLEM
