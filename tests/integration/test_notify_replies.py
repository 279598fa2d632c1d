"""Customers' replies and delivery receipts read from the provider's queue on a real database
with the loopback Aliyun (issue 20): matched to the parcels of that phone, on their timelines,
highlighted, deleted only once stored, stored once when read twice (also by two PCs on
PostgreSQL), and read only on the PC that holds the key."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from counter_app.domain.notify import NoticeKind, NoticeStatus, ReplyIntent
from counter_app.domain.staff import Role, StaffMember
from counter_app.domain.storage import StorageUnavailable
from counter_app.domain.warehouse import (
    Disposition,
    PickupPlace,
    ProblemDetails,
    Reason,
)
from counter_app.persistence.notify_repository import SqlNotifyRepository
from counter_app.services.app import AppServices
from counter_app.services.notify_ports import (
    Credentials,
    InboundKind,
    InboundMessage,
    ProviderSettings,
)
from counter_app.services.notify_replies import store_message
from counter_app.services.warehouse import ScanInDraft, ScanOutDraft
from tests.helpers import FakeClock, add_clerk, set_up_station, wired
from tests.integration.test_notify_service import app, clock, people
from tests.sms_fake import KEY_ID, SECRET, FakeAliyun, fake_aliyun

__all__ = ["app", "clock", "people"]  # the notify tests' fixtures, imported to be found

PHONE = "13800001234"
OTHER = "13900005678"
UP = "Alicom-Queue-77-SmsUp"
REPORT = "Alicom-Queue-77-SmsReport"
SELF = ProblemDetails(pickup_at=datetime(2026, 11, 23, 9, 0), pickup_place=PickupPlace.BRANCH)


def no(n: int) -> str:
    return f"7731652399{n:04d}"


@pytest.fixture
def fake() -> Iterator[FakeAliyun]:
    with fake_aliyun() as server:
        server.wait_cap = 0.05
        yield server


def configure(app: AppServices, boss: StaffMember, url: str, key: bool = True) -> None:
    codes = {k.value: f"SMS_{i}" for i, k in enumerate(NoticeKind)}
    app.notify.set_provider_settings(boss, ProviderSettings(
        provider="aliyun", sign_name="五亭龙驿站", templates=codes, endpoint=url,
        queue_endpoint=url, reply_queue=UP, report_queue=REPORT))
    if key:
        app.notify.save_credentials(boss, Credentials(KEY_ID, SECRET))


def scan_in(app: AppServices, clerk: StaffMember, n: int, phone: str = PHONE) -> int:
    stay = app.warehouse.scan_in(clerk, ScanInDraft(
        waybill=no(n), reason=Reason.SELF_PICKUP, details=SELF, recipient="李娜", phone=phone))
    assert stay.id is not None
    return stay.id


def notify_sent(app: AppServices, clerk: StaffMember, n: int, clock: FakeClock) -> None:
    app.notify.send(clerk, no(n), NoticeKind.ARRIVED)
    assert app.notify.run_once().sent == 1
    clock.advance(minutes=5)


def replies_on(app: AppServices, clerk: StaffMember, n: int) -> list[dict[str, object]]:
    return [e.data for e in app.warehouse.timeline(clerk, no(n)) if e.kind == "notice_reply"]


def test_a_reply_goes_on_each_open_parcel_of_the_phone_newest_notice_first_and_is_deleted(
        app: AppServices, people: tuple[StaffMember, StaffMember], fake: FakeAliyun,
        clock: FakeClock) -> None:
    boss, clerk = people
    configure(app, boss, fake.url)
    fake.status = 1
    scan_in(app, clerk, 1)
    scan_in(app, clerk, 2)
    scan_in(app, clerk, 3)
    scan_in(app, clerk, 4, phone=OTHER)
    notify_sent(app, clerk, 1, clock)
    notify_sent(app, clerk, 3, clock)
    notify_sent(app, clerk, 2, clock)  # the most recent notice to PHONE
    notify_sent(app, clerk, 4, clock)
    app.warehouse.scan_out(clerk, no(3), ScanOutDraft(Disposition.COLLECTED, check=PHONE[-4:]))
    mid = fake.put_reply(UP, PHONE, "请送货上门，谢谢", "2026-11-23 10:30:00")
    summary = app.notify.read_replies(wait_seconds=1)
    assert (summary.replies, summary.error) == (1, "")
    assert fake.deleted == [mid]
    assert not fake.inflight
    assert fake.mns_bad_signatures == 0
    # on 2 (newest notice, the main match) and 1; not on 3 (left) nor on 4 (another phone)
    on_2, on_1 = replies_on(app, clerk, 2), replies_on(app, clerk, 1)
    assert [d["main"] for d in on_2] == [True]
    assert [d["main"] for d in on_1] == [False]
    assert on_2[0]["text"] == "请送货上门，谢谢"
    assert on_2[0]["intent"] == ReplyIntent.DOOR.value
    assert on_2[0]["parcels"] == 2
    assert replies_on(app, clerk, 3) == []
    assert replies_on(app, clerk, 4) == []
    (view,) = app.notify.replies(clerk)
    assert view.reply.waybills == (no(2), no(1))
    assert view.reply.intent == "door"
    assert view.phone != PHONE
    assert view.phone.endswith("34")
    assert app.notify.replies(boss)[0].phone == PHONE  # a supervisor sees it whole


def test_a_message_read_twice_is_stored_once(
        app: AppServices, people: tuple[StaffMember, StaffMember], fake: FakeAliyun,
        clock: FakeClock) -> None:
    boss, clerk = people
    configure(app, boss, fake.url)
    fake.status = 1
    scan_in(app, clerk, 5)
    notify_sent(app, clerk, 5, clock)
    fake.put_reply(UP, PHONE, "不要了 退回", "2026-11-23 11:00:00", message_id="M-1")
    fake.put_reply(UP, PHONE, "不要了 退回", "2026-11-23 11:00:00", message_id="M-1")
    summary = app.notify.read_replies(wait_seconds=0)
    assert (summary.replies, summary.duplicates) == (1, 1)
    assert fake.deleted == ["M-1", "M-1"]
    (event,) = replies_on(app, clerk, 5)
    assert event["intent"] == ReplyIntent.RETURN.value
    assert len(app.notify.replies(clerk)) == 1


def test_a_message_is_deleted_only_after_it_is_stored(
        app: AppServices, people: tuple[StaffMember, StaffMember], fake: FakeAliyun,
        clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    boss, clerk = people
    configure(app, boss, fake.url)
    fake.status = 1
    scan_in(app, clerk, 6)
    notify_sent(app, clerk, 6, clock)
    mid = fake.put_reply(UP, PHONE, "明天来取", "2026-11-23 11:00:00")
    real = SqlNotifyRepository.add_reply

    def broken(self: SqlNotifyRepository, reply: object) -> bool:
        raise OperationalError("INSERT", {}, Exception("disk I/O error"))

    monkeypatch.setattr(SqlNotifyRepository, "add_reply", broken)
    with pytest.raises(StorageUnavailable):  # the reader thread says so and tries again later
        app.notify.read_replies(wait_seconds=0)
    assert fake.deleted == []
    assert len(fake.inflight) == 1
    assert replies_on(app, clerk, 6) == []
    monkeypatch.setattr(SqlNotifyRepository, "add_reply", real)
    fake.redeliver()  # the visibility timeout passed
    assert app.notify.read_replies(wait_seconds=0).replies == 1
    assert fake.deleted == [mid]
    assert [d["intent"] for d in replies_on(app, clerk, 6)] == [""]


def test_a_reply_without_a_recent_notice_is_stored_unmatched(
        app: AppServices, people: tuple[StaffMember, StaffMember], fake: FakeAliyun) -> None:
    boss, clerk = people
    configure(app, boss, fake.url)
    scan_in(app, clerk, 7)  # never notified
    fake.put_reply(UP, PHONE, "TD", "2026-11-23 11:00:00")
    assert app.notify.read_replies(wait_seconds=0).replies == 1
    (view,) = app.notify.replies(clerk)
    assert view.reply.waybills == ()
    assert view.reply.intent == ReplyIntent.STOP.value
    assert replies_on(app, clerk, 7) == []


def test_delivery_receipts_from_the_queue_mark_the_notice_once(
        app: AppServices, people: tuple[StaffMember, StaffMember], fake: FakeAliyun,
        clock: FakeClock) -> None:
    boss, clerk = people
    configure(app, boss, fake.url)
    fake.status = 1
    stay_id = scan_in(app, clerk, 8)
    notify_sent(app, clerk, 8, clock)
    receipt = {"phone_number": PHONE, "success": True, "biz_id": "900^1",
               "send_time": "2026-11-23 10:00:01", "report_time": "2026-11-23 10:00:09"}
    fake.put(REPORT, receipt)
    fake.put(REPORT, receipt)  # read twice
    summary = app.notify.read_replies(wait_seconds=0)
    assert summary.receipts == 2
    (notice,) = app.notify.notices(clerk, [stay_id])
    assert notice.status is NoticeStatus.DELIVERED
    kinds = [e.kind for e in app.warehouse.timeline(clerk, no(8))]
    assert kinds.count("notice_delivered") == 1
    assert len(fake.deleted) == 2


def test_unreadable_messages_are_logged_by_id_and_deleted_queue_errors_stop_the_pass(
        app: AppServices, people: tuple[StaffMember, StaffMember], fake: FakeAliyun,
        caplog: pytest.LogCaptureFixture) -> None:
    boss, _clerk = people
    configure(app, boss, fake.url)
    bad = fake.put_reply(UP, PHONE, "好的", "2026-11-23 11:00:00")
    fake.mns_script = ["badbody"]
    with caplog.at_level(logging.INFO):
        summary = app.notify.read_replies(wait_seconds=0)
    assert summary.unreadable == 1
    assert fake.deleted == [bad]
    assert bad in caplog.text
    assert PHONE not in caplog.text
    assert "1234" not in caplog.text
    fake.put_reply(UP, PHONE, "好的", "2026-11-23 11:00:00")
    fake.mns_script = ["http500"]
    with caplog.at_level(logging.INFO):
        summary = app.notify.read_replies(wait_seconds=0)
    assert summary.error == "InternalError"
    assert summary.replies == 0
    assert len(fake.deleted) == 1  # nothing else deleted
    assert PHONE not in caplog.text


def test_only_the_pc_with_the_key_reads_the_queue(
        db_url: str, clock: FakeClock, tmp_path: Path, fake: FakeAliyun) -> None:
    with wired(db_url, clock, tmp_path / "pc1") as pc1, \
            wired(db_url, clock, tmp_path / "pc2") as pc2:
        boss = set_up_station(pc1)
        configure(pc1, boss, fake.url)
        fake.put_reply(UP, PHONE, "好的", "2026-11-23 11:00:00")
        assert pc1.notify.reads_replies()
        assert not pc2.notify.reads_replies()
        assert pc2.notify.read_replies(wait_seconds=0).idle
        assert fake.mns_requests == []
        assert pc1.notify.read_replies(wait_seconds=0).replies == 1
        assert len(pc2.notify.replies(boss)) == 1  # every PC shows what was stored


@pytest.mark.postgres
def test_two_pcs_storing_the_same_reply_at_once_store_it_once(
        db_url: str, clock: FakeClock, tmp_path: Path) -> None:
    """On PostgreSQL: two PCs (two engines) store the same queue message at the same moment,
    10 rounds; the unique message id lets one store it, the other sees a duplicate — one row,
    one timeline event, never an IntegrityError."""
    if not db_url.startswith("postgresql"):
        pytest.skip("a race between PCs needs one PostgreSQL server (SQLite has one writer)")
    with wired(db_url, clock, tmp_path / "pc1") as pc1, \
            wired(db_url, clock, tmp_path / "pc2") as pc2, fake_aliyun() as fake:
        boss = set_up_station(pc1)
        clerk = add_clerk(pc1, boss, Role.WAREHOUSE, job="4001")
        configure(pc1, boss, fake.url)
        fake.status = 1
        scan_in(pc1, clerk, 9)
        notify_sent(pc1, clerk, 9, clock)
        for n in range(10):
            message = InboundMessage(InboundKind.REPLY, f"RACE-{n}", "h", UP, phone=PHONE,
                                     text=f"退回 {n}", at=datetime(2026, 11, 23, 11, n))
            barrier = threading.Barrier(2)
            outcome = ["", ""]

            def go(side: int, services: AppServices, message: InboundMessage = message,
                   barrier: threading.Barrier = barrier, outcome: list[str] = outcome) -> None:
                barrier.wait()
                try:
                    outcome[side] = store_message(services.notify._uow, clock, message)
                except Exception as err:  # the test reports any other end
                    outcome[side] = repr(err)

            threads = [threading.Thread(target=go, args=(i, svc))
                       for i, svc in enumerate((pc1, pc2))]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(30)
            assert sorted(outcome) == ["duplicates", "replies"], (n, outcome)
        events = replies_on(pc1, clerk, 9)
        assert len(events) == 10
        assert len(pc2.notify.replies(boss)) == 10


def test_retention_masks_the_phone_of_the_replies_with_the_parcel(
        app: AppServices, people: tuple[StaffMember, StaffMember], fake: FakeAliyun,
        clock: FakeClock) -> None:
    """Issue 12 / X-2: when a parcel's recipient is masked after the warehouse period, the
    phone of the replies matched to it is masked too."""
    boss, clerk = people
    configure(app, boss, fake.url)
    fake.status = 1
    scan_in(app, clerk, 10)
    notify_sent(app, clerk, 10, clock)
    fake.put_reply(UP, PHONE, "好的", "2026-11-23 10:30:00")
    assert app.notify.read_replies(wait_seconds=0).replies == 1
    app.warehouse.scan_out(clerk, no(10), ScanOutDraft(Disposition.COLLECTED, check=PHONE[-4:]))
    clock.advance(days=200)
    assert app.retention.purge(boss).counts["stays"] == 1
    clock.advance(days=-199)  # back inside the list's 7 days
    (view,) = app.notify.replies(boss)  # a supervisor sees what is stored
    assert view.phone == "138******34"


def test_a_message_redelivered_to_another_pc_is_stored_once(
        db_url: str, clock: FakeClock, tmp_path: Path, fake: FakeAliyun,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Two PCs hold the key: the first stores a reply but its delete is lost (it stopped);
    after the visibility timeout the second PC reads the same message: it is a duplicate,
    stored once, and deleted."""
    from counter_app.notify.aliyun_mns import AliyunQueues

    with wired(db_url, clock, tmp_path / "pc1") as pc1, \
            wired(db_url, clock, tmp_path / "pc2") as pc2:
        boss = set_up_station(pc1)
        clerk = add_clerk(pc1, boss, Role.WAREHOUSE, job="4001")
        configure(pc1, boss, fake.url)
        pc2.notify.save_credentials(boss, Credentials(KEY_ID, SECRET))
        fake.status = 1
        scan_in(pc1, clerk, 11)
        notify_sent(pc1, clerk, 11, clock)
        mid = fake.put_reply(UP, PHONE, "送货上门", "2026-11-23 10:40:00")
        real = AliyunQueues.delete
        monkeypatch.setattr(AliyunQueues, "delete", lambda self, message: False)
        assert pc1.notify.read_replies(wait_seconds=0).replies == 1
        assert fake.deleted == []
        monkeypatch.setattr(AliyunQueues, "delete", real)
        fake.redeliver()
        summary = pc2.notify.read_replies(wait_seconds=0)
        assert (summary.replies, summary.duplicates) == (0, 1)
        assert fake.deleted == [mid]
        assert len(replies_on(pc2, clerk, 11)) == 1
        assert len(pc1.notify.replies(boss)) == 1
