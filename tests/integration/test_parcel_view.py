"""The station-wide parcel view (issue 16 §1, X-6) on a real database: one waybill from every
desk's records as one timeline, masked by permission in the service."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from counter_app.domain.errors import InvalidWaybill, PermissionDenied
from counter_app.domain.service_desk import CallerKind, Channel, EnquiryKind
from counter_app.domain.staff import Role, StaffMember
from counter_app.services.app import AppServices
from counter_app.services.demo import DEMO_PASSWORD, fill_demo
from counter_app.services.service_desk import EnquiryDraft
from tests.helpers import FakeClock, wired


@pytest.fixture
def demo(db_url: str, tmp_path: Path) -> Iterator[tuple[AppServices, FakeClock]]:
    clock = FakeClock()
    with wired(db_url, clock, tmp_path) as app:
        assert fill_demo(app)
        yield app, clock


def login(app: AppServices, job: str) -> StaffMember:
    return app.auth.login(job, DEMO_PASSWORD)


def service_clerk(app: AppServices) -> StaffMember:
    boss = login(app, "1001")
    app.staff.add(boss, "5001", "何敏", Role.SERVICE, DEMO_PASSWORD)
    return login(app, "5001")


def test_x6_counter_record_masked_for_a_clerk_in_clear_for_the_supervisor(
        demo: tuple[AppServices, FakeClock]) -> None:
    app, _ = demo
    clerk_view = app.parcels.view(login(app, "2001"), "77316523170011")
    [line] = [line for line in clerk_view.lines if line.source == "acceptance"]
    assert clerk_view.accepted_here
    assert clerk_view.known
    assert line.by == "1002"
    assert line.by_name == "李明"
    assert line.data["sender_name"] == "张**"
    assert line.data["sender_phone"] == "138******78"
    assert line.data["sender_address"] == "杭州市***"
    assert line.data["doc_number"] == "1101**********002X"
    assert line.data["contents"] == "衣服 两件"
    boss_line = next(x for x in app.parcels.view(login(app, "1001"), "77316523170011").lines
                     if x.source == "acceptance")
    assert boss_line.data["sender_name"] == "张三丰"
    assert boss_line.data["doc_number"] == "11010519491231002X"


def test_x6_service_desk_sees_contacts_but_not_id_numbers(
        demo: tuple[AppServices, FakeClock]) -> None:
    app, _ = demo
    line = next(x for x in app.parcels.view(service_clerk(app), "77316523170011").lines
                if x.source == "acceptance")
    assert line.data["sender_phone"] == "13812345678"
    assert line.data["recipient_address"] == "江苏省南京市鼓楼区中山北路30号"
    assert line.data["doc_number"] == "1101**********002X"


def test_x6_delivery_list_and_receipt_on_one_timeline(
        demo: tuple[AppServices, FakeClock]) -> None:
    app, _ = demo
    view = app.parcels.view(login(app, "1002"), "77318800000001")
    assert [line.source for line in view.lines] == ["listed", "receipt"]
    listed, receipt = view.lines
    assert listed.date_only
    assert listed.data["courier"]
    assert receipt.by_name == "周芳"
    assert receipt.data["courier"] == listed.data["courier"]
    assert receipt.data["signer"] == "王*"  # masked for a counter clerk
    assert view.signed
    assert not view.in_stock


def test_x6_warehouse_stay_with_its_events_and_an_enquiry(
        demo: tuple[AppServices, FakeClock]) -> None:
    app, clock = demo
    desk = service_clerk(app)
    enquiry = app.service_desk.log(desk, EnquiryDraft(
        waybill="77316523130001", kind=EnquiryKind.NETWORK_QUERY, channel=Channel.MESSAGE,
        caller_kind=CallerKind.NETWORK_POINT, caller_name="钱多多", caller_phone="057788881234",
        caller_point="温州瓯海", question="收件人说没收到，请查"))
    clock.advance(minutes=20)
    app.service_desk.answer(desk, enquiry.id or 0, "在仓库待联系，已通知派件员", enquiry.version)
    view = app.parcels.view(login(app, "2002"), "77316523130001")
    sources = [line.source for line in view.lines]
    assert sources[0] == "stay_in"
    assert "wh_event" in sources
    assert sources[-2:] == ["enquiry", "answer"]
    kinds = {line.kind for line in view.lines if line.source == "wh_event"}
    assert {"in", "message_out"} <= kinds
    assert view.in_stock
    assert view.location
    assert view.open_enquiries == 1  # the demo's own enquiry about it is still open
    stay = next(line for line in view.lines if line.source == "stay_in")
    assert stay.data["recipient"] == "李*"
    assert stay.data["phone"] == "138******34"
    asked = [line for line in view.lines if line.source == "enquiry"][-1]
    assert asked.by_name == "何敏"  # ours, after the demo's (logged by 王丽)
    assert asked.data["caller_name"] == "钱**"


def test_x6_misroute_row_and_unknown_and_invalid_numbers(
        demo: tuple[AppServices, FakeClock]) -> None:
    app, _ = demo
    clerk = login(app, "3001")
    misroute = app.parcels.view(clerk, "77316523120001")
    assert [line.source for line in misroute.lines] == ["misroute"]
    assert misroute.lines[0].by_name == "赵强"
    nothing = app.parcels.view(clerk, "77316523999999")
    assert not nothing.known
    assert nothing.lines == ()
    with pytest.raises(InvalidWaybill):
        app.parcels.view(clerk, "12345")


def test_parcel_view_refused_to_a_role_without_it(demo: tuple[AppServices, FakeClock]) -> None:
    app, _ = demo
    clerk = login(app, "1002")
    from dataclasses import replace

    from counter_app.domain import staff

    original = staff.ROLE_PERMISSIONS[Role.COUNTER]
    staff.ROLE_PERMISSIONS[Role.COUNTER] = original - {staff.Permission.VIEW_PARCEL}
    try:
        with pytest.raises(PermissionDenied):
            app.parcels.view(replace(clerk), "77316523170011")
    finally:
        staff.ROLE_PERMISSIONS[Role.COUNTER] = original


def test_a_matched_headless_parcel_shows_with_its_photo_and_its_scan_in_whole(
        demo: tuple[AppServices, FakeClock], tmp_path: Path) -> None:
    """Issue 16 §1: photos are part of what the station knows; and a scan-in stored once
    (issue 21 §4: the event without the data its stay holds) reads back with its location."""
    from tests.integration.test_warehouse_service import draft

    app, _ = demo
    clerk = login(app, "2001")
    photo = tmp_path / "headless.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    record = app.warehouse.add_headless(clerk, "蓝色纸箱，无面单，约 3 kg", "A-01", photo)
    stay = app.warehouse.match_headless(clerk, record.id, draft(901))  # type: ignore[arg-type]
    lines = app.parcels.view(login(app, "1001"), stay.waybill_no).lines
    [headless] = [x for x in lines if x.source == "headless"]
    assert headless.data["photo"].endswith(".jpg")
    assert headless.data["description"] == "蓝色纸箱，无面单，约 3 kg"
    [scanned_in] = [x for x in lines if x.source == "wh_event" and x.kind == "in"]
    assert scanned_in.data["location"] == stay.location
    assert scanned_in.data["reason"] == stay.reason.value
