"""Telling the customer on a real database with the loopback provider (issue 20): queue and
send in the background with retry, statuses and replies on the timeline, one notice of a kind
per parcel and day (the database decides), per-phone caps, reminders timed to WH-8 that the
clerk can hold, the copy-text fallback, and the consent register (X-7)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from counter_app.domain.errors import (
    DailyCapReached,
    FieldInvalid,
    NoRecipientPhone,
    NoticeExists,
    PermissionDenied,
)
from counter_app.domain.notify import (
    ConsentChannel,
    ConsentDecision,
    NoticeKind,
    NoticeStatus,
)
from counter_app.domain.staff import Role, StaffMember
from counter_app.domain.warehouse import (
    Disposition,
    PickupPlace,
    ProblemDetails,
    Reason,
)
from counter_app.services.app import AppServices
from counter_app.services.notify import MAX_ATTEMPTS, TemplateSettings
from counter_app.services.notify_ports import Credentials, NoticeRecord, ProviderSettings
from counter_app.services.warehouse import ScanInDraft, ScanOutDraft
from tests.helpers import FakeClock, add_clerk, set_up_station, wired
from tests.sms_fake import KEY_ID, SECRET, FakeAliyun, fake_aliyun

T0 = datetime(2026, 11, 23, 10, 0)
PHONE = "13800001234"
SELF = ProblemDetails(pickup_at=datetime(2026, 11, 23, 9, 0), pickup_place=PickupPlace.BRANCH)


def no(n: int) -> str:
    return f"7731652312{n:04d}"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def app(db_url: str, clock: FakeClock, tmp_path: Path) -> Iterator[AppServices]:
    with wired(db_url, clock, tmp_path) as services:
        yield services


@pytest.fixture
def people(app: AppServices) -> tuple[StaffMember, StaffMember]:
    boss = set_up_station(app)
    return boss, add_clerk(app, boss, Role.WAREHOUSE, job="4001")


@pytest.fixture
def fake() -> Iterator[FakeAliyun]:
    with fake_aliyun() as server:
        yield server


def configure(app: AppServices, boss: StaffMember, url: str, cap: int = 10) -> None:
    codes = {k.value: f"SMS_{i}" for i, k in enumerate(NoticeKind)}
    app.notify.set_provider_settings(boss, ProviderSettings(
        provider="aliyun", sign_name="五亭龙驿站", templates=codes, endpoint=url,
        daily_cap=cap))
    app.notify.save_credentials(boss, Credentials(KEY_ID, SECRET))


def scan_in(app: AppServices, clerk: StaffMember, n: int, reason: Reason = Reason.SELF_PICKUP,
            phone: str = PHONE) -> int:
    stay = app.warehouse.scan_in(clerk, ScanInDraft(
        waybill=no(n), reason=reason, details=SELF if reason is Reason.SELF_PICKUP
        else ProblemDetails(), recipient="李娜", phone=phone))
    assert stay.id is not None
    return stay.id


def kinds(app: AppServices, clerk: StaffMember, n: int) -> list[str]:
    return [e.kind for e in app.warehouse.timeline(clerk, no(n))]


def only(app: AppServices, clerk: StaffMember, stay_id: int) -> NoticeRecord:
    (notice,) = app.notify.notices(clerk, [stay_id])
    return notice


def test_notice_is_queued_sent_in_background_and_delivered_on_the_timeline(
        app: AppServices, people: tuple[StaffMember, StaffMember], fake: FakeAliyun,
        clock: FakeClock) -> None:
    boss, clerk = people
    configure(app, boss, fake.url)
    stay_id = scan_in(app, clerk, 1)
    notice = app.notify.send(clerk, no(1), NoticeKind.ARRIVED)
    assert notice.status is NoticeStatus.QUEUED
    assert "取件码" in notice.text
    assert notice.params["code"] in notice.text
    fake.status = 1  # the receipt is not back yet
    summary = app.notify.run_once()
    assert (summary.sent, summary.delivered) == (1, 0)
    assert only(app, clerk, stay_id).status is NoticeStatus.SENT
    assert fake.requests[0]["TemplateCode"] == "SMS_0"
    assert fake.bad_signatures == 0
    fake.status = 3
    clock.advance(minutes=1)
    assert app.notify.run_once().delivered == 1
    assert only(app, clerk, stay_id).status is NoticeStatus.DELIVERED
    assert kinds(app, clerk, 1) == ["in", "notice_queued", "notice_sent", "notified",
                                    "notice_delivered"]


def test_one_notice_of_a_kind_per_parcel_and_day_decided_by_the_database(
        app: AppServices, people: tuple[StaffMember, StaffMember], clock: FakeClock) -> None:
    boss, clerk = people
    scan_in(app, clerk, 2)
    app.notify.send(clerk, no(2), NoticeKind.ARRIVED)
    with pytest.raises(NoticeExists) as err:
        app.notify.send(boss, no(2), NoticeKind.ARRIVED)
    assert (err.value.kind, err.value.day, err.value.by) == ("arrived", "2026-11-23", "4001")
    app.notify.send(clerk, no(2), NoticeKind.PROBLEM)  # another kind is fine
    clock.advance(days=1)
    assert app.notify.send(clerk, no(2), NoticeKind.ARRIVED).day == date(2026, 11, 24)


def test_two_pcs_claim_one_notice_exactly_one_sends(
        app: AppServices, people: tuple[StaffMember, StaffMember], fake: FakeAliyun) -> None:
    boss, clerk = people
    configure(app, boss, fake.url)
    scan_in(app, clerk, 3)
    notice = app.notify.send(clerk, no(3), NoticeKind.ARRIVED)
    assert notice.id is not None
    uow_factory = app.notify._uow  # the same claim both PCs' senders make
    wins = []
    for _ in range(2):
        with uow_factory() as uow:
            wins.append(uow.notify.claim(notice.id, 0, T0, T0 + timedelta(minutes=10)))
            uow.commit()
    assert wins == [True, False]


def test_rate_limit_and_server_errors_are_retried_then_sent(
        app: AppServices, people: tuple[StaffMember, StaffMember], fake: FakeAliyun,
        clock: FakeClock) -> None:
    boss, clerk = people
    configure(app, boss, fake.url)
    stay_id = scan_in(app, clerk, 4)
    app.notify.send(clerk, no(4), NoticeKind.ARRIVED)
    fake.script = ["limit", "http503", "ok"]
    assert app.notify.run_once().retried == 1
    waiting = only(app, clerk, stay_id)
    assert (waiting.status, waiting.attempts, waiting.reason) == (
        NoticeStatus.QUEUED, 1, "isv.BUSINESS_LIMIT_CONTROL")
    assert app.notify.run_once().sent == 0  # not before its next try
    clock.advance(minutes=1)
    assert app.notify.run_once().retried == 1
    clock.advance(minutes=5)
    assert app.notify.run_once().sent == 1
    assert only(app, clerk, stay_id).attempts == 3


def test_timeouts_give_up_after_the_last_attempt_with_the_reason(
        app: AppServices, people: tuple[StaffMember, StaffMember], fake: FakeAliyun,
        clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    boss, clerk = people
    configure(app, boss, fake.url)
    stay_id = scan_in(app, clerk, 5)
    app.notify.send(clerk, no(5), NoticeKind.ARRIVED)
    fake.script = ["http429"] * MAX_ATTEMPTS
    for _ in range(MAX_ATTEMPTS):
        app.notify.run_once()
        clock.advance(minutes=15)
    failed = only(app, clerk, stay_id)
    assert (failed.status, failed.reason, failed.attempts) == (
        NoticeStatus.FAILED, "Throttling.User", MAX_ATTEMPTS)
    assert kinds(app, clerk, 5)[-1] == "notice_failed"
    assert PHONE not in caplog.text


def test_refused_number_fails_at_once(
        app: AppServices, people: tuple[StaffMember, StaffMember], fake: FakeAliyun) -> None:
    boss, clerk = people
    configure(app, boss, fake.url)
    stay_id = scan_in(app, clerk, 6)
    app.notify.send(clerk, no(6), NoticeKind.ARRIVED)
    fake.script = ["illegal"]
    assert app.notify.run_once().failed == 1
    assert only(app, clerk, stay_id).reason == "isv.MOBILE_NUMBER_ILLEGAL"


def test_per_phone_daily_cap(app: AppServices, people: tuple[StaffMember, StaffMember],
                             fake: FakeAliyun) -> None:
    boss, clerk = people
    configure(app, boss, fake.url, cap=2)
    for n in (7, 8, 9):
        scan_in(app, clerk, n)
    app.notify.send(clerk, no(7), NoticeKind.ARRIVED)
    app.notify.send(clerk, no(8), NoticeKind.ARRIVED)
    with pytest.raises(DailyCapReached) as err:
        app.notify.send(clerk, no(9), NoticeKind.ARRIVED)
    assert err.value.cap == 2
    assert PHONE not in str(err.value)


def test_without_provider_the_clerk_copies_the_text(
        app: AppServices, people: tuple[StaffMember, StaffMember]) -> None:
    _, clerk = people
    stay_id = scan_in(app, clerk, 10)
    notice = app.notify.send(clerk, no(10), NoticeKind.ARRIVED)
    assert notice.status is NoticeStatus.MANUAL
    assert notice.id is not None
    assert app.notify.run_once().sent == 0
    app.notify.mark_sent_by_hand(clerk, notice.id)
    assert only(app, clerk, stay_id).status is NoticeStatus.SENT
    app.notify.record_reply(clerk, no(10), "明天下午来取")
    events = app.warehouse.timeline(clerk, no(10))
    assert [e.kind for e in events][-3:] == ["notice_manual", "notice_sent", "notice_reply"]
    assert events[-1].data["text"] == "明天下午来取"


def test_parcel_without_phone_cannot_be_notified(
        app: AppServices, people: tuple[StaffMember, StaffMember]) -> None:
    _, clerk = people
    scan_in(app, clerk, 11, phone="")
    with pytest.raises(NoRecipientPhone):
        app.notify.send(clerk, no(11), NoticeKind.ARRIVED)


def test_wh8_reminders_planned_held_and_queued_at_the_reminder_hour(
        app: AppServices, people: tuple[StaffMember, StaffMember], fake: FakeAliyun,
        clock: FakeClock) -> None:
    boss, clerk = people
    configure(app, boss, fake.url)
    held_id = scan_in(app, clerk, 12)
    sent_id = scan_in(app, clerk, 13, phone="13900005678")
    scan_in(app, clerk, 14, reason=Reason.MISSORTED)  # no reminder for it
    clock.current = datetime(2026, 11, 24, 8, 0)  # due on the 25th: the reminder is today
    plan = app.notify.plan(clerk)
    assert sorted((line.stay.id, line.planned.kind) for line in plan) == [
        (held_id, NoticeKind.REMINDER), (sent_id, NoticeKind.REMINDER)]
    assert all(line.notice is None and "1234" not in line.masked_phone[:-2] for line in plan)
    assert all("11月25日" in line.text for line in plan)  # the reminder names the deadline
    assert app.notify.queue_reminders(clock.now()) == 0  # before 09:00: the clerk may hold
    app.notify.hold(clerk, held_id, NoticeKind.REMINDER, "客户来电说今天来取")
    clock.current = datetime(2026, 11, 24, 9, 30)
    fake.status = 1  # no receipt yet
    assert app.notify.run_once().queued_reminders == 1
    statuses = {line.stay.id: line.notice.status for line in app.notify.plan(clerk)
                if line.notice}
    assert statuses == {held_id: NoticeStatus.HELD, sent_id: NoticeStatus.SENT}
    assert app.notify.queue_reminders(clock.now()) == 0  # nothing twice
    assert "notice_held" in kinds(app, clerk, 12)
    held = only(app, clerk, held_id)
    assert held.id is not None
    assert held.reason == "客户来电说今天来取"
    app.notify.release(clerk, held.id)
    assert only(app, clerk, held_id).status is NoticeStatus.QUEUED


def test_x7_consent_register_flags_and_export(
        app: AppServices, people: tuple[StaffMember, StaffMember], clock: FakeClock) -> None:
    boss, clerk = people
    flagged_id = scan_in(app, clerk, 15)
    scan_in(app, clerk, 16, reason=Reason.MISSORTED, phone="13900005678")
    assert app.notify.needs_consent_question(clerk, PHONE, collected=True)
    assert not app.notify.needs_consent_question(clerk, PHONE, collected=False)
    assert [s.id for s in app.notify.unconsented_in_stock(clerk)] == [flagged_id]
    entry = app.notify.record_consent(clerk, PHONE, ConsentDecision.STATION_PICKUP,
                                      ConsentChannel.PHONE, waybill=no(15))
    assert entry.valid_until == date(2027, 11, 23)
    assert entry.recorded_by == "4001"
    assert app.notify.unconsented_in_stock(clerk) == []
    assert not app.notify.needs_consent_question(clerk, PHONE, collected=True)
    assert kinds(app, clerk, 15)[-1] == "consent"
    clock.advance(hours=1)
    app.notify.record_consent(clerk, PHONE, ConsentDecision.DOOR_DELIVERY, ConsentChannel.SMS)
    assert [s.id for s in app.notify.unconsented_in_stock(clerk)] == [flagged_id]
    header, rows = app.notify.register_rows(boss)
    assert header[0] == "phone"
    assert [r[0] for r in rows] == [PHONE, PHONE]
    assert [r[1] for r in rows] == ["station_pickup", "door_delivery"]
    _, masked = app.notify.register_rows(clerk)
    assert all(PHONE not in r[0] for r in masked)
    with pytest.raises(FieldInvalid):
        app.notify.record_consent(clerk, PHONE, ConsentDecision.REFUSED, ConsentChannel.PHONE,
                                  valid_until=date(2026, 1, 1))


def test_preview_with_a_real_parcel_and_templates_saved_by_a_supervisor(
        app: AppServices, people: tuple[StaffMember, StaffMember]) -> None:
    boss, clerk = people
    scan_in(app, clerk, 17)
    settings = app.notify.template_settings()
    mine = TemplateSettings({**settings.value.templates,
                             NoticeKind.ARRIVED: "{station}：快递{waybill}已到，取件码{code}"},
                            address="文三路 259 号", hours="8:00-20:00", signature="五亭龙驿站")
    with pytest.raises(PermissionDenied):
        app.notify.set_template_settings(clerk, mine, settings.version)
    app.notify.set_template_settings(boss, mine, settings.version)
    preview = app.notify.preview(clerk, NoticeKind.ARRIVED)
    assert preview.waybill_no == no(17)
    assert preview.text.startswith("五亭龙营业部：快递" + no(17) + "已到，取件码")
    assert preview.length.chars == len(preview.text) + 7
    assert preview.length.parts == 1
    assert PHONE not in preview.masked_phone
    typed = app.notify.preview(clerk, NoticeKind.ARRIVED, template="字" * 70)
    assert typed.length.parts == 2


def test_provider_settings_need_a_supervisor_and_a_signature(
        app: AppServices, people: tuple[StaffMember, StaffMember],
        caplog: pytest.LogCaptureFixture) -> None:
    boss, clerk = people
    caplog.set_level(logging.INFO)
    with pytest.raises(PermissionDenied):
        app.notify.set_provider_settings(clerk, ProviderSettings(provider="aliyun",
                                                                 sign_name="x"))
    with pytest.raises(FieldInvalid) as err:
        app.notify.set_provider_settings(boss, ProviderSettings(provider="aliyun"))
    assert err.value.field == "sign_name"
    with pytest.raises(FieldInvalid):
        app.notify.test_send(boss, PHONE, NoticeKind.ARRIVED)  # not configured yet


@pytest.mark.postgres
def test_two_pcs_sending_the_same_notice_at_once_exactly_one_wins(
        db_url: str, clock: FakeClock, tmp_path: Path) -> None:
    """Issue 20 §2 on PostgreSQL: two PCs (two engines) send the same notice at the same
    moment, 10 runs; the unique key lets one win and the other is told who sent it."""
    if not db_url.startswith("postgresql"):
        pytest.skip("a race between PCs needs one PostgreSQL server (SQLite has one writer)")
    with wired(db_url, clock, tmp_path / "pc1") as pc1, \
            wired(db_url, clock, tmp_path / "pc2") as pc2:
        boss = set_up_station(pc1)
        clerks = (add_clerk(pc1, boss, Role.WAREHOUSE, job="4001"),
                  add_clerk(pc1, boss, Role.WAREHOUSE, job="4002"))
        for n in range(10):
            scan_in(pc1, clerks[0], 100 + n, phone=f"1380000{n:04d}")
        for n in range(10):
            barrier = threading.Barrier(2)
            outcome: list[tuple[str, str]] = [("", ""), ("", "")]

            def go(side: int, services: AppServices, n: int = n,
                   barrier: threading.Barrier = barrier,
                   outcome: list[tuple[str, str]] = outcome) -> None:
                barrier.wait()
                try:
                    services.notify.send(clerks[side], no(100 + n), NoticeKind.ARRIVED)
                    outcome[side] = ("won", clerks[side].job_number)
                except NoticeExists as err:
                    outcome[side] = ("lost", err.by)
                except Exception as err:  # the test reports any other end
                    outcome[side] = ("crash", repr(err))

            threads = [threading.Thread(target=go, args=(i, svc))
                       for i, svc in enumerate((pc1, pc2))]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(30)
            winners = [o for o in outcome if o[0] == "won"]
            losers = [o for o in outcome if o[0] == "lost"]
            assert len(winners) == 1, (n, outcome)
            assert losers == [("lost", winners[0][1])], (n, outcome)


def test_arrival_notice_at_scan_in_when_the_station_wants_it(
        app: AppServices, people: tuple[StaffMember, StaffMember], fake: FakeAliyun,
        caplog: pytest.LogCaptureFixture) -> None:
    boss, clerk = people
    configure(app, boss, fake.url)
    first = app.warehouse.lookup(clerk, no(20))  # nothing yet
    assert first.open_stay is None
    scan_in(app, clerk, 20)
    stay = app.warehouse.lookup(clerk, no(20)).open_stay
    assert stay is not None
    assert app.notify.after_scan_in(clerk, stay) is None  # off by default
    current = app.notify.provider_settings()
    app.notify.set_provider_settings(boss, replace(current.value, arrival_at_scan_in=True),
                                     current.version)
    queued = app.notify.after_scan_in(clerk, stay)
    assert queued is not None
    assert queued.kind is NoticeKind.ARRIVED
    assert app.notify.after_scan_in(clerk, stay) is None  # once a day, quietly
    scan_in(app, clerk, 21, reason=Reason.MISSORTED)
    other = app.warehouse.lookup(clerk, no(21)).open_stay
    assert other is not None
    assert app.notify.after_scan_in(clerk, other) is None  # not kept for collection
    assert PHONE not in caplog.text


def test_a_pass_stops_at_an_unreachable_provider(
        app: AppServices, people: tuple[StaffMember, StaffMember], clock: FakeClock) -> None:
    """The sender shares the desk's worker thread: with the provider out of reach it tries
    one notice and leaves the rest for the next minute."""
    boss, clerk = people
    with fake_aliyun() as gone:
        url = gone.url  # closed when the block ends: nothing listens there any more
    configure(app, boss, url)
    ids = [scan_in(app, clerk, n, phone=f"1390000{n:04d}") for n in (30, 31, 32)]
    for n in (30, 31, 32):
        app.notify.send(clerk, no(n), NoticeKind.ARRIVED)
    summary = app.notify.run_once()
    assert (summary.sent, summary.retried, summary.failed) == (0, 1, 0)
    attempts = sorted(only(app, clerk, i).attempts for i in ids)
    assert attempts == [0, 0, 1]
    assert only(app, clerk, ids[0]).reason == "unreachable"


def test_receipts_are_asked_round_robin(
        app: AppServices, people: tuple[StaffMember, StaffMember], fake: FakeAliyun,
        clock: FakeClock) -> None:
    boss, clerk = people
    configure(app, boss, fake.url)
    ids = [scan_in(app, clerk, n, phone=f"1390000{n:04d}") for n in (40, 41)]
    for n in (40, 41):
        app.notify.send(clerk, no(n), NoticeKind.ARRIVED)
    fake.status = 1  # no receipt yet
    assert app.notify.run_once(limit=2).sent == 2
    asked = [r["PhoneNumber"] for r in fake.requests if r["Action"] == "QuerySendDetails"]
    assert asked == ["13900000040", "13900000041"]
    clock.advance(minutes=1)
    fake.requests.clear()
    app.notify.run_once(limit=1)  # one receipt a pass: the one asked longest ago
    clock.advance(minutes=1)
    app.notify.run_once(limit=1)
    asked = [r["PhoneNumber"] for r in fake.requests if r["Action"] == "QuerySendDetails"]
    assert asked == ["13900000040", "13900000041"]
    assert all(only(app, clerk, i).status is NoticeStatus.SENT for i in ids)


def test_retention_masks_the_notice_phones_with_the_parcel(
        app: AppServices, people: tuple[StaffMember, StaffMember], clock: FakeClock) -> None:
    """Issue 12 / X-2: when a parcel's recipient is masked after the warehouse period, its
    notices' phone is masked too (the texts hold no recipient data)."""
    boss, clerk = people
    stay_id = scan_in(app, clerk, 50)
    app.notify.send(clerk, no(50), NoticeKind.ARRIVED)
    app.warehouse.scan_out(clerk, no(50), ScanOutDraft(Disposition.COLLECTED, check=PHONE[-4:]))
    clock.advance(days=200)
    done = app.retention.purge(boss)
    assert done.counts["stays"] == 1
    masked = only(app, clerk, stay_id)
    assert masked.phone == "138******34"
    assert PHONE not in masked.text


def test_a_pc_without_the_key_queues_for_the_pc_that_has_it(
        app: AppServices, people: tuple[StaffMember, StaffMember], fake: FakeAliyun,
        tmp_path: Path, clock: FakeClock) -> None:
    """The key is per PC: a PC without it queues (the station has a provider) and sends
    nothing; the PC with the key sends what the other queued."""
    boss, clerk = people
    configure(app, boss, fake.url)
    key_file = Path(app.notify.credentials_where())
    saved = key_file.read_bytes()
    key_file.unlink()  # now this PC has no key
    stay_id = scan_in(app, clerk, 60)
    assert app.notify.send(clerk, no(60), NoticeKind.ARRIVED).status is NoticeStatus.QUEUED
    assert app.notify.run_once().sent == 0
    assert fake.requests == []
    key_file.write_bytes(saved)  # the office PC, which holds the key
    assert app.notify.run_once().sent == 1
    assert only(app, clerk, stay_id).status in (NoticeStatus.SENT, NoticeStatus.DELIVERED)
