"""The warehouse office on a real database: scan-in with reasons, storage, deadlines, search,
stocktake, scan-out dispositions, driver pickup, EMS register, handover (WH-1..WH-13)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from counter_app.domain.errors import (
    AlreadyInStock,
    AlreadyOut,
    DetailsMissing,
    FieldInvalid,
    HeadlessAlreadyMatched,
    InvalidWaybill,
    NoDeliveryScan,
    NotInStock,
    NotOnList,
    PermissionDenied,
    PickupCheckFailed,
    ReasonNotAccepted,
)
from counter_app.domain.staff import Courier, CourierKind, Role, StaffMember
from counter_app.domain.warehouse import (
    CallOutcome,
    CodRefusal,
    DeadlineRules,
    Disposition,
    DueKind,
    Location,
    LocationKind,
    NobodyHome,
    OutOfAreaAnswer,
    Payment,
    PickupPlace,
    ProblemDetails,
    Reason,
    RefusalKind,
    Requester,
)
from counter_app.domain.warehouse_tariff import tariff_rows
from counter_app.services.app import AppServices
from counter_app.services.misroute import MisrouteDraft
from counter_app.services.warehouse import ScanInDraft, ScanOutDraft
from tests.helpers import FakeClock, add_clerk, set_up_station, wired

T0 = datetime(2026, 11, 23, 9, 0)
CALL = datetime(2026, 11, 23, 8, 41)
Desk = tuple[StaffMember, StaffMember, Courier, Courier]


def no(n: int) -> str:
    return f"7731652312{n:04d}"


# Complete details per reason (WH-6); the tests below take fields away one by one.
COMPLETE: dict[Reason, ProblemDetails] = {
    Reason.ADDRESS_UNCLEAR: ProblemDetails(reached=False, call_at=CALL,
                                           call_outcome=CallOutcome.NO_ANSWER),
    Reason.MOVED: ProblemDetails(reached=True, address="杭州市西湖区文三路 259 号 5 楼"),
    Reason.ADDRESS_CHANGE: ProblemDetails(address="杭州市拱墅区莫干山路 100 号"),
    Reason.NOBODY_HOME: ProblemDetails(nobody_home=NobodyHome.SWITCHED_OFF, attempt_at=CALL),
    Reason.COD_REFUSED: ProblemDetails(cod_refusal=CodRefusal.TOO_EXPENSIVE),
    Reason.OUT_OF_AREA: ProblemDetails(answer=OutOfAreaAnswer.ON_DATE,
                                       answer_date=date(2026, 11, 25)),
    Reason.OPENED: ProblemDetails(detail="收件人要求当面验货，外箱有水渍"),
    Reason.SELF_PICKUP: ProblemDetails(pickup_at=datetime(2026, 11, 23, 17, 0),
                                       pickup_place=PickupPlace.BRANCH),
    Reason.MISSORTED: ProblemDetails(),
    Reason.RETURN: ProblemDetails(requested_by=Requester.SENDER_COMPANY, detail="寄件人取消订单"),
    Reason.REFUSED: ProblemDetails(refusal=RefusalKind.NOT_ORDERED),
    Reason.DAMAGED: ProblemDetails(detail="外包装完好，内物玻璃杯碎"),
}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def app(db_url: str, clock: FakeClock, tmp_path: Path) -> Iterator[AppServices]:
    with wired(db_url, clock, tmp_path) as services:
        yield services


@pytest.fixture
def desk(app: AppServices) -> tuple[StaffMember, StaffMember, Courier, Courier]:
    boss = set_up_station(app)
    clerk = add_clerk(app, boss, Role.WAREHOUSE, job="4001")
    zhang = app.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
    qian = app.couriers.add(boss, "钱军", "13905711006", CourierKind.DRIVER, "干线")
    return boss, clerk, zhang, qian


def draft(n: int, reason: Reason = Reason.NOBODY_HOME, **kw: object) -> ScanInDraft:
    values: dict[str, object] = {"waybill": no(n), "reason": reason,
                                 "details": COMPLETE.get(reason, ProblemDetails()),
                                 "recipient": "李娜", "phone": "13800001234"}
    values.update(kw)
    return ScanInDraft(**values)  # type: ignore[arg-type]


def stock(app: AppServices, actor: StaffMember) -> list[str]:
    return [s.waybill_no for s in app.warehouse.in_stock(actor)]


# --- scan-in (WH-5, WH-6, issue §1–§4) --------------------------------------------------------


@pytest.mark.parametrize("reason", list(COMPLETE))
def test_every_reason_with_its_details_is_stored(
    app: AppServices, desk: Desk, reason: Reason
) -> None:
    _, clerk, _, _ = desk
    stay = app.warehouse.scan_in(clerk, draft(1, reason))
    assert stay.reason is reason
    assert stay.details == COMPLETE[reason]
    assert stay.pickup_code.startswith(f"{stay.location}-")
    again = app.warehouse.lookup(clerk, no(1)).open_stay
    assert again is not None
    assert again.details == COMPLETE[reason]
    assert again.in_by == "4001"


REQUIRED = [
    (Reason.ADDRESS_UNCLEAR, "call_at"),
    (Reason.ADDRESS_UNCLEAR, "call_outcome"),
    (Reason.MOVED, "address"),
    (Reason.ADDRESS_CHANGE, "address"),
    (Reason.NOBODY_HOME, "nobody_home"),
    (Reason.NOBODY_HOME, "attempt_at"),
    (Reason.COD_REFUSED, "cod_refusal"),
    (Reason.OUT_OF_AREA, "answer_date"),
    (Reason.OPENED, "detail"),
    (Reason.SELF_PICKUP, "pickup_at"),
    (Reason.SELF_PICKUP, "pickup_place"),
    (Reason.RETURN, "requested_by"),
    (Reason.RETURN, "detail"),
    (Reason.REFUSED, "refusal"),
    (Reason.DAMAGED, "detail"),
]


@pytest.mark.parametrize(("reason", "missing"), REQUIRED)
def test_a_missing_detail_is_named_and_nothing_is_stored(
    app: AppServices, desk: Desk, reason: Reason, missing: str
) -> None:
    _, clerk, _, _ = desk
    empty: object = "" if missing in ("address", "detail") else None
    details = replace(COMPLETE[reason], **{missing: empty})  # type: ignore[arg-type]
    with pytest.raises(DetailsMissing) as err:
        app.warehouse.scan_in(clerk, draft(1, reason, details=details))
    assert missing in err.value.missing
    assert stock(app, clerk) == []
    assert app.warehouse.timeline(clerk, no(1)) == []


def test_no_reason_no_scan_in(app: AppServices, desk: Desk) -> None:
    _, clerk, _, _ = desk
    with pytest.raises(FieldInvalid) as err:
        app.warehouse.scan_in(clerk, draft(1, reason=None))  # type: ignore[arg-type]
    assert (err.value.field, err.value.problem) == ("reason", "required")
    assert stock(app, clerk) == []


@pytest.mark.parametrize("kind", [RefusalKind.UPSTAIRS, RefusalKind.RUDE])
def test_refused_for_upstairs_or_rudeness_is_no_problem_reason(
    app: AppServices, desk: Desk, kind: RefusalKind
) -> None:
    _, clerk, _, _ = desk
    with pytest.raises(ReasonNotAccepted):
        app.warehouse.scan_in(clerk, draft(1, Reason.REFUSED, details=ProblemDetails(refusal=kind)))
    assert stock(app, clerk) == []


def test_other_carrier_or_misread_number_is_refused(app: AppServices, desk: Desk) -> None:
    _, clerk, _, _ = desk
    with pytest.raises(InvalidWaybill):
        app.warehouse.scan_in(clerk, draft(1, waybill="77316523"))
    assert stock(app, clerk) == []


def test_a_parcel_in_stock_is_never_doubled(app: AppServices, desk: Desk, clock: FakeClock) -> None:
    _, clerk, _, _ = desk
    first = app.warehouse.scan_in(clerk, draft(1))
    clock.advance(hours=2)
    with pytest.raises(AlreadyInStock) as err:
        app.warehouse.scan_in(clerk, draft(1, Reason.MISSORTED))
    assert err.value.pickup_code == first.pickup_code
    assert err.value.since == datetime(2026, 11, 23, 9, 0)  # a value (issue 14 §3)
    assert err.value.by == "4001"
    assert stock(app, clerk) == [no(1)]
    found = app.warehouse.lookup(clerk, no(1))
    assert found.open_stay is not None
    assert found.open_stay.location == first.location


def test_locations_follow_wh9_and_the_proposal(app: AppServices, desk: Desk) -> None:
    _, clerk, _, _ = desk
    bulky = app.warehouse.scan_in(clerk, draft(1, Reason.OPENED, bulky=True))
    ret = app.warehouse.scan_in(clerk, draft(2, Reason.RETURN))
    nxt = app.warehouse.scan_in(clerk, draft(3, Reason.NOBODY_HOME))
    small = app.warehouse.scan_in(clerk, draft(4, Reason.COD_REFUSED))
    kinds = {v.location.code: v.location.kind for v in app.warehouse.locations()}
    assert kinds[bulky.location] is LocationKind.BULKY
    assert kinds[ret.location] is LocationKind.RETURNS
    assert kinds[nxt.location] is LocationKind.NEXT_ROUND
    assert kinds[small.location] is LocationKind.SHELF
    # the next shelf parcel goes to the emptiest shelf, not the one just used
    proposal = app.warehouse.propose(Reason.COD_REFUSED, COMPLETE[Reason.COD_REFUSED],
                                     bulky=False)
    assert proposal.location is not None
    assert proposal.location.code != small.location


def test_a_full_location_is_refused_by_name(app: AppServices, desk: Desk) -> None:
    boss, clerk, _, _ = desk
    app.warehouse.save_location(boss, Location("S1", LocationKind.SHELF, 1, 1))
    app.warehouse.scan_in(clerk, draft(1, location="S1"))
    with pytest.raises(FieldInvalid) as err:
        app.warehouse.scan_in(clerk, draft(2, location="s1"))
    assert (err.value.field, err.value.problem) == ("location", "full")
    with pytest.raises(FieldInvalid):
        app.warehouse.save_location(boss, Location("S1", LocationKind.SHELF, 0, 1))
    with pytest.raises(PermissionDenied):
        app.warehouse.save_location(clerk, Location("S2", LocationKind.SHELF, 10, 1))


# --- search and timeline (§6) -----------------------------------------------------------------


def test_search_by_number_phone_tail_and_name(app: AppServices, desk: Desk) -> None:
    _, clerk, _, _ = desk
    app.warehouse.scan_in(clerk, draft(1, recipient="李娜", phone="13800001234"))
    app.warehouse.scan_in(clerk, draft(2, recipient="王芳", phone="13900005678"))
    assert [s.waybill_no for s in app.warehouse.search(clerk, "1234")] == [no(1)]
    assert [s.waybill_no for s in app.warehouse.search(clerk, "5678")] == [no(2)]
    assert [s.waybill_no for s in app.warehouse.search(clerk, "23120002")] == [no(2)]
    assert {s.waybill_no for s in app.warehouse.search(clerk, "773165")} == {no(1), no(2)}
    assert [s.waybill_no for s in app.warehouse.search(clerk, "王")] == [no(2)]
    with pytest.raises(FieldInvalid):
        app.warehouse.search(clerk, "12")


def test_x2_search_results_are_masked_in_the_service_by_permission(
        app: AppServices, desk: Desk) -> None:
    """Issue 14 §4: the warehouse clerk gets the recipient masked from the service itself; the
    supervisor (SEE_CONTACTS) gets it in clear; the stored row is untouched."""
    boss, clerk, _, _ = desk
    app.warehouse.scan_in(clerk, draft(1, recipient="李娜", phone="13800001234"))
    (seen,) = app.warehouse.search(clerk, "1234")
    assert (seen.recipient, seen.phone) == ("李*", "138******34")
    (full,) = app.warehouse.search(boss, "1234")
    assert (full.recipient, full.phone) == ("李娜", "13800001234")


def test_timeline_says_who_did_what_when(app: AppServices, desk: Desk, clock: FakeClock) -> None:
    _, clerk, zhang, _ = desk
    app.warehouse.scan_in(clerk, draft(1))
    clock.advance(minutes=30)
    app.warehouse.notify_customer(clerk, no(1), "短信")
    clock.advance(minutes=30)
    app.warehouse.log_message(clerk, no(1), outgoing=True, company="温州瓯海",
                              text="地址不详请核实")
    app.warehouse.scan_out(clerk, no(1), ScanOutDraft(Disposition.DELIVERY, courier_id=zhang.id))
    events = app.warehouse.timeline(clerk, no(1))
    assert [e.kind for e in events] == ["in", "notified", "message_out", "out", "delivery_scan"]
    assert [e.at for e in events][:3] == [T0, T0 + timedelta(minutes=30),
                                          T0 + timedelta(hours=1)]
    assert all(e.by == "4001" for e in events)
    assert events[2].data["company"] == "温州瓯海"


# --- deadlines (WH-8) -------------------------------------------------------------------------


def test_board_self_pickup_across_a_month_end(
    app: AppServices, desk: Desk, clock: FakeClock
) -> None:
    _, clerk, _, _ = desk
    clock.current = datetime(2027, 1, 30, 10, 0)
    app.warehouse.scan_in(clerk, draft(1, Reason.SELF_PICKUP, details=ProblemDetails(
        pickup_at=datetime(2027, 1, 30, 18, 0), pickup_place=PickupPlace.HEAD_OFFICE)))
    # WH-8 (issue 16): 「在第三天」 — 30 Jan is day 1, so due on 1 Feb (was 2 Feb)
    assert app.warehouse.board(clerk, date(2027, 1, 31)).due_today == ()
    due = app.warehouse.board(clerk, date(2027, 2, 1))
    assert [(b.stay.waybill_no, b.due.kind) for b in due.due_today] == [
        (no(1), DueKind.SELF_PICKUP_RETURN)]
    later = app.warehouse.board(clerk, date(2027, 2, 2))
    assert [b.due.due_on for b in later.overdue] == [date(2027, 2, 1)]


def test_board_messages_notified_and_requested_returns(
    app: AppServices, desk: Desk, clock: FakeClock
) -> None:
    boss, clerk, _, _ = desk
    clock.current = datetime(2026, 12, 30, 9, 0)
    app.warehouse.scan_in(clerk, draft(1, Reason.ADDRESS_UNCLEAR))
    app.warehouse.scan_in(clerk, draft(2, Reason.COD_REFUSED))
    app.warehouse.scan_in(clerk, draft(3, Reason.OPENED))
    app.warehouse.log_message(clerk, no(1), outgoing=True, company="温州瓯海", text="请提供新地址")
    app.warehouse.notify_customer(clerk, no(2))
    app.warehouse.log_message(clerk, no(3), outgoing=False, company="温州瓯海",
                              text="请退回", return_requested=True)
    board = app.warehouse.board(clerk, date(2026, 12, 30))
    assert [(b.stay.waybill_no, b.due.kind) for b in board.due_today] == [
        (no(3), DueKind.RETURN_TODAY)]
    board = app.warehouse.board(clerk, date(2027, 1, 2))
    assert (no(2), DueKind.NOTIFIED_MESSAGE) in [(b.stay.waybill_no, b.due.kind)
                                                  for b in board.due_today]
    board = app.warehouse.board(clerk, date(2027, 1, 4))
    assert (no(1), DueKind.ORIGIN_SILENT_RETURN) in [(b.stay.waybill_no, b.due.kind)
                                                      for b in board.due_today]
    # a supervisor shortens the silence period: the same parcel falls due earlier
    app.warehouse.set_deadline_rules(boss, DeadlineRules(origin_silence_days=2))
    board = app.warehouse.board(clerk, date(2027, 1, 1))
    assert (no(1), DueKind.ORIGIN_SILENT_RETURN) in [(b.stay.waybill_no, b.due.kind)
                                                      for b in board.due_today]
    # the origin company answers: no longer silent
    clock.current = datetime(2026, 12, 31, 9, 0)
    app.warehouse.log_message(clerk, no(1), outgoing=False, company="温州瓯海", text="新地址已更正")
    board = app.warehouse.board(clerk, date(2027, 1, 4))
    assert no(1) not in [b.stay.waybill_no for b in board.due_today + board.overdue]


def test_open_problems_report(app: AppServices, desk: Desk, clock: FakeClock) -> None:
    _, clerk, zhang, _ = desk
    app.warehouse.scan_in(clerk, draft(1, Reason.COD_REFUSED, details=ProblemDetails(
        cod_refusal=CodRefusal.NO_INVOICE)))
    app.warehouse.scan_in(clerk, draft(2))
    app.warehouse.log_message(clerk, no(1), outgoing=True, company="温州瓯海", text="客户要发票")
    app.warehouse.scan_out(clerk, no(2), ScanOutDraft(Disposition.DELIVERY, courier_id=zhang.id))
    clock.advance(days=4)
    report = app.warehouse.open_problems(clerk)
    assert [(p.stay.waybill_no, p.days, p.messages, p.counts_against_station)
            for p in report] == [(no(1), 4, 1, True)]


# --- scan-out (WH-4, WH-7, WH-10..WH-13) ------------------------------------------------------


def test_out_for_delivery_goes_on_the_night_desks_list(app: AppServices, desk: Desk) -> None:
    _, clerk, zhang, _ = desk
    app.warehouse.scan_in(clerk, draft(1))
    result = app.warehouse.scan_out(clerk, no(1), ScanOutDraft(Disposition.DELIVERY,
                                                               courier_id=zhang.id))
    assert result.stay.disposition is Disposition.DELIVERY
    assert stock(app, clerk) == []
    expected = app.receipts.lookup(no(1)).expected
    assert expected is not None
    assert (expected.courier_id, expected.recipient, expected.delivery_date) == (
        zhang.id, "李娜", T0.date())


def test_delivery_needs_a_courier(app: AppServices, desk: Desk) -> None:
    _, clerk, _, _ = desk
    app.warehouse.scan_in(clerk, draft(1))
    with pytest.raises(FieldInvalid) as err:
        app.warehouse.scan_out(clerk, no(1), ScanOutDraft(Disposition.DELIVERY))
    assert err.value.field == "courier"
    assert stock(app, clerk) == [no(1)]


def test_collection_checks_code_or_phone_tail(app: AppServices, desk: Desk) -> None:
    _, clerk, _, _ = desk
    app.warehouse.scan_in(clerk, draft(1, phone="13800001234"))
    app.warehouse.scan_in(clerk, draft(2, phone="0571-88005678"))
    with pytest.raises(PickupCheckFailed):
        app.warehouse.scan_out(clerk, no(1), ScanOutDraft(Disposition.COLLECTED, check="9999"))
    assert no(1) in stock(app, clerk)
    app.warehouse.scan_out(clerk, no(1), ScanOutDraft(Disposition.COLLECTED, check="1234"))
    app.warehouse.scan_out(clerk, no(2), ScanOutDraft(Disposition.COLLECTED, check="5678"))
    assert stock(app, clerk) == []


def test_collection_by_pickup_code(app: AppServices, desk: Desk) -> None:
    _, clerk, _, _ = desk
    stay = app.warehouse.scan_in(clerk, draft(1))
    app.warehouse.scan_out(clerk, no(1), ScanOutDraft(Disposition.COLLECTED,
                                                      check=stay.pickup_code.lower()))
    assert stock(app, clerk) == []


def test_return_needs_a_delivery_scan_first(app: AppServices, desk: Desk) -> None:
    _, clerk, zhang, _ = desk
    app.warehouse.scan_in(clerk, draft(1, Reason.RETURN))
    out = ScanOutDraft(Disposition.RETURN_COURIER, courier_id=zhang.id)
    with pytest.raises(NoDeliveryScan):
        app.warehouse.scan_out(clerk, no(1), out)
    assert stock(app, clerk) == [no(1)]
    app.warehouse.delivery_scan(clerk, no(1), zhang.id)
    result = app.warehouse.scan_out(clerk, no(1), out)
    assert result.label == "退回张伟"
    assert stock(app, clerk) == []


def test_air_return_to_company_costs_the_tariff_fee(app: AppServices, desk: Desk) -> None:
    boss, clerk, zhang, _ = desk
    for n in (1, 2, 3):
        app.warehouse.scan_in(clerk, draft(n, Reason.RETURN))
        app.warehouse.delivery_scan(clerk, no(n), zhang.id)

    def ret(n: int, province: str, weight: str) -> Decimal | None:
        return app.warehouse.scan_out(clerk, no(n), ScanOutDraft(
            Disposition.RETURN_COMPANY, company="温州瓯海公司", air=True, province=province,
            weight=weight)).fee

    assert ret(1, "浙江省", "12.5") == Decimal("0.00")
    assert ret(2, "西藏自治区", "2.5") == Decimal("24.00")
    # the station edits the tariff: elsewhere is now 6 元/kg
    rows = [list(r) for r in tariff_rows(app.warehouse.return_tariff())]
    rows[-1][3] = "6"
    app.warehouse.set_return_tariff(boss, rows)
    assert ret(3, "云南省", "1.2") == Decimal("12.00")
    events = app.warehouse.timeline(clerk, no(3))
    assert events[-1].data["label"] == "上网退温州瓯海公司"
    rows[0][1] = "火星省"
    with pytest.raises(FieldInvalid):
        app.warehouse.set_return_tariff(boss, rows)


def test_ems_forwarding_and_register(app: AppServices, desk: Desk) -> None:
    _, clerk, zhang, _ = desk
    app.warehouse.scan_in(clerk, draft(1, Reason.OUT_OF_AREA, destination_province="青海省"))
    app.warehouse.scan_in(clerk, draft(2, Reason.OUT_OF_AREA))
    short = ScanOutDraft(Disposition.EMS, weight="2.4", ems_fee="38", paid_freight="23",
                         payment=Payment.PREPAID, ems_no="1240921381750")
    with pytest.raises(FieldInvalid) as err:
        app.warehouse.scan_out(clerk, no(1), short)  # a shortfall needs a courier to collect
    assert err.value.field == "courier"
    result = app.warehouse.scan_out(clerk, no(1), replace(short, courier_id=zhang.id))
    assert result.shortfall == Decimal("15.00")
    app.warehouse.scan_out(clerk, no(2), ScanOutDraft(
        Disposition.EMS, weight="1", ems_fee="20", paid_freight="0", payment=Payment.ACCOUNT,
        ems_no="ee471108151fr", ems_destination="西藏自治区那曲市"))
    register = app.warehouse.ems_register(clerk, T0.date(), T0.date())
    assert [(r.waybill_no, r.ems_no, r.destination, r.shortfall, r.payment, r.courier)
            for r in register.lines] == [
        (no(1), "1240921381750", "青海省", "15.00", "寄付", "张伟"),
        (no(2), "EE471108151FR", "西藏自治区那曲市", "0.00", "月结", "")]
    assert (register.total_fee, register.total_shortfall) == ("58.00", "15.00")
    assert app.warehouse.ems_register(clerk, T0.date() + timedelta(days=1),
                                      T0.date() + timedelta(days=30)).lines == ()


def test_scanned_out_parcel_says_who_took_it(
    app: AppServices, desk: Desk, clock: FakeClock
) -> None:
    _, clerk, zhang, _ = desk
    app.warehouse.scan_in(clerk, draft(1))
    app.warehouse.scan_out(clerk, no(1), ScanOutDraft(Disposition.DELIVERY, courier_id=zhang.id))
    clock.advance(minutes=5)
    with pytest.raises(AlreadyOut) as err:
        app.warehouse.scan_out(clerk, no(1), ScanOutDraft(Disposition.DELIVERY,
                                                          courier_id=zhang.id))
    assert (err.value.by, err.value.at, err.value.disposition) == (
        "4001", datetime(2026, 11, 23, 9, 0), Disposition.DELIVERY)
    with pytest.raises(NotInStock):
        app.warehouse.scan_out(clerk, no(9), ScanOutDraft(Disposition.DELIVERY,
                                                          courier_id=zhang.id))
    # it may come back later as a new stay
    app.warehouse.scan_in(clerk, draft(1, Reason.NOBODY_HOME))
    assert stock(app, clerk) == [no(1)]


def test_driver_pickup_against_the_list(app: AppServices, desk: Desk) -> None:
    _, clerk, _, qian = desk
    for n in (1, 2, 3, 4):
        app.warehouse.scan_in(clerk, draft(n, Reason.RETURN))
    app.warehouse.plan_pickup(clerk, qian.id, [no(1), no(2), no(3)])
    check = app.warehouse.check_pickup(clerk, qian.id, [no(1), no(2), no(4)])
    assert (check.matched, check.missing, check.unexpected) == ((no(1), no(2)), (no(3),),
                                                                (no(4),))
    with pytest.raises(NotOnList):
        app.warehouse.hand_to_driver(clerk, qian.id, [no(1), no(4)])
    assert len(stock(app, clerk)) == 4  # nothing left with the wrong parcel aboard
    done = app.warehouse.hand_to_driver(clerk, qian.id, [no(1), no(2)])
    assert done.missing == (no(3),)
    assert stock(app, clerk) == [no(3), no(4)]
    assert [s.waybill_no for s in app.warehouse.pickup_list(clerk, qian.id)] == [no(3)]


# --- headless (WH-3) and stocktake (§7) -------------------------------------------------------


def test_headless_parcel_then_matched(app: AppServices, desk: Desk, tmp_path: Path) -> None:
    _, clerk, _, _ = desk
    with pytest.raises(FieldInvalid):
        app.warehouse.add_headless(clerk, "  ")
    photo = tmp_path / "box.jpg"
    photo.write_bytes(b"\xff\xd8fake-jpeg")
    record = app.warehouse.add_headless(clerk, "蓝色纸箱，约 3 kg，寄件人写「温州」", "R", photo)
    assert Path(record.photo).read_bytes() == b"\xff\xd8fake-jpeg"
    assert [(h.id, h.photo) for h in app.warehouse.headless(clerk)] == [(record.id, record.photo)]
    assert record.id is not None
    stay = app.warehouse.match_headless(clerk, record.id, draft(1, Reason.MISSORTED))
    assert stay.headless_id == record.id
    assert app.warehouse.headless(clerk) == []
    with pytest.raises(HeadlessAlreadyMatched) as lost:
        app.warehouse.match_headless(clerk, record.id, draft(2, Reason.MISSORTED))
    assert (lost.value.waybill_no, lost.value.by) == (no(1), clerk.name)
    assert lost.value.at == app.clock.now()  # a value, formatted by the UI (issue 14 §3)
    assert app.warehouse.lookup(clerk, no(2)).open_stay is None  # nothing of the loser stored


def test_stocktake_differences_need_a_supervisor(app: AppServices, desk: Desk) -> None:
    boss, clerk, _, _ = desk
    app.warehouse.scan_in(clerk, draft(1, Reason.COD_REFUSED, location="A"))
    app.warehouse.scan_in(clerk, draft(2, Reason.COD_REFUSED, location="A"))
    app.warehouse.scan_in(clerk, draft(3, Reason.COD_REFUSED, location="B"))
    take = app.warehouse.start_stocktake(clerk, "A")
    assert take.id is not None
    assert app.warehouse.count(clerk, take.id, no(1)) is True
    assert app.warehouse.count(clerk, take.id, no(1)) is False  # counted once
    app.warehouse.count(clerk, take.id, no(3))  # lying on shelf A, recorded at B
    app.warehouse.count(clerk, take.id, no(7))  # not in stock at all
    result = app.warehouse.stocktake_result(clerk, take.id)
    assert result.check.missing == (no(2),)
    assert result.elsewhere == {no(3): "B"}
    assert result.not_in_stock == (no(7),)
    app.warehouse.recount(clerk, take.id)
    assert app.warehouse.stocktake_result(clerk, take.id).check.missing == (no(1), no(2))
    for n in (1, 3):
        app.warehouse.count(clerk, take.id, no(n))
    with pytest.raises(PermissionDenied):
        app.warehouse.post_stocktake(clerk, take.id, clerk)
    assert len(stock(app, clerk)) == 3
    app.warehouse.post_stocktake(clerk, take.id, boss)
    assert stock(app, clerk) == [no(1), no(3)]
    moved = app.warehouse.lookup(clerk, no(3)).open_stay
    assert moved is not None
    assert moved.location == "A"
    lost = app.warehouse.timeline(clerk, no(2))
    assert [e.kind for e in lost][-2:] == ["stocktake_missing", "out"]
    assert lost[-1].data["approved_by"] == "1001"
    with pytest.raises(FieldInvalid):
        app.warehouse.count(clerk, take.id, no(1))  # closed
    entries = app.audit.entries(boss, entity="wh_stocktake")
    assert any(e.action == "post" and e.after and e.after["approved_by"] == "1001"
               for e in entries)


# --- handover (WH-1) and labels --------------------------------------------------------------


def test_handover_sheet_of_the_early_shift(app: AppServices, desk: Desk, clock: FakeClock) -> None:
    _, clerk, zhang, _ = desk
    clock.current = datetime(2026, 11, 22, 16, 0)
    app.warehouse.scan_in(clerk, draft(1, Reason.MISSORTED))  # yesterday: in stock at the start
    clock.current = datetime(2026, 11, 23, 8, 0)
    app.warehouse.scan_in(clerk, draft(2, Reason.SELF_PICKUP))
    clock.current = datetime(2026, 11, 23, 9, 0)
    app.warehouse.scan_out(clerk, no(1), ScanOutDraft(Disposition.DELIVERY, courier_id=zhang.id))
    clock.current = datetime(2026, 11, 23, 14, 20)
    sheet = app.warehouse.handover(clerk, date(2026, 11, 23), "early")
    assert (sheet.stock_start, sheet.stock_end) == (1, 1)
    assert [x.waybill_no for x in sheet.came_in] == [no(2)]
    assert [x.waybill_no for x in sheet.went_out] == [no(1)]
    assert sheet.went_out[0].reason == "出仓派送"
    assert sheet.went_out[0].note == "错分件 张伟"
    assert sheet.went_out[0].since == "11-23 09:00"
    assert sheet.shift == "2026-11-23 早班"
    assert sheet.period == "07:30–14:30"
    assert [x.waybill_no for x in sheet.open_problems] == [no(2)]
    assert sheet.header.code == "ZJ571"


def test_label_masks_the_recipient(app: AppServices, desk: Desk) -> None:
    _, clerk, _, _ = desk
    stay = app.warehouse.scan_in(clerk, draft(1, recipient="李娜", phone="13800001234"))
    [label] = app.warehouse.labels(clerk, [no(1)])
    assert label.pickup_code == stay.pickup_code
    assert label.recipient == "李* 138******34"


def test_clerks_of_other_desks_may_not_scan_in(app: AppServices, desk: Desk) -> None:
    boss, _, _, _ = desk
    counter = add_clerk(app, boss, Role.COUNTER, job="2002")
    with pytest.raises(PermissionDenied):
        app.warehouse.scan_in(counter, draft(1))


# --- the misroute link (issue 7 §3) ----------------------------------------------------------


def test_misroute_with_unknown_destination_opens_a_problem_record(
    app: AppServices, desk: Desk
) -> None:
    boss, clerk, _, _ = desk
    counter = add_clerk(app, boss, Role.COUNTER, job="2002")
    entry = app.misroutes.register(counter, MisrouteDraft(
        waybill_no=no(1), origin_province="浙江省", origin_site="温州瓯海", wrong_dazi="杭州",
        needs_problem_flow=True))
    assert entry.id is not None
    stay = app.warehouse.from_misroute(counter, entry.id)
    assert (stay.reason, stay.misroute_id) == (Reason.MISROUTE, entry.id)
    assert "温州瓯海" in stay.details.detail
    assert app.warehouse.from_misroute(counter, entry.id).id == stay.id  # never doubled
    linked = app.warehouse.linked_to_misroute(no(1))
    assert linked is not None
    assert linked.id == stay.id
    # the warehouse then works it like any problem parcel
    app.warehouse.log_message(clerk, no(1), outgoing=True, company="温州瓯海", text="大字不明")
    assert [e.kind for e in app.warehouse.timeline(clerk, no(1))] == ["in", "message_out"]


# --- several PCs (§12) ------------------------------------------------------------------------


@pytest.mark.postgres
def test_two_pcs_scan_the_same_parcel_out_at_once(
    db_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("the race is between two connections to one server")
    with wired(db_url, clock, tmp_path / "a") as pc1, wired(db_url, clock, tmp_path / "b") as pc2:
        boss = set_up_station(pc1)
        a = add_clerk(pc1, boss, Role.WAREHOUSE, job="4001")
        b = add_clerk(pc1, boss, Role.WAREHOUSE, job="4002")
        zhang = pc1.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
        for n in range(1, 21):
            pc1.warehouse.scan_in(a, draft(n))
        for n in range(1, 21):
            barrier = threading.Barrier(2)
            outcomes: list[object] = []

            def go(app: AppServices, who: StaffMember, n: int = n,
                   barrier: threading.Barrier = barrier, outcomes: list[object] = outcomes) -> None:
                barrier.wait()
                try:
                    outcomes.append(app.warehouse.scan_out(
                        who, no(n), ScanOutDraft(Disposition.DELIVERY, courier_id=zhang.id)))
                except AlreadyOut as err:
                    outcomes.append(err)

            threads = [threading.Thread(target=go, args=(pc1, a)),
                       threading.Thread(target=go, args=(pc2, b))]
            for t in threads:
                t.start()
            for t in threads:
                t.join(10)
            errors = [o for o in outcomes if isinstance(o, AlreadyOut)]
            assert len(outcomes) == 2
            assert len(errors) == 1, outcomes
            winner = next(o for o in outcomes if not isinstance(o, AlreadyOut))
            assert errors[0].by != ""
            assert errors[0].by in ("4001", "4002")
            assert winner is not None
        assert pc2.warehouse.in_stock(a) == []
        outs = [e for n in range(1, 21) for e in pc1.warehouse.timeline(a, no(n))
                if e.kind == "out"]
        assert len(outs) == 20


def test_old_parcels_are_found_by_whole_number_or_phone_tail(
    app: AppServices, desk: Desk, clock: FakeClock
) -> None:
    _, clerk, zhang, _ = desk
    app.warehouse.scan_in(clerk, draft(1, Reason.MISSORTED, recipient="李娜",
                                      phone="13800001234"))
    app.warehouse.scan_out(clerk, no(1), ScanOutDraft(Disposition.DELIVERY, courier_id=zhang.id))
    app.warehouse.scan_in(clerk, draft(2, Reason.MISSORTED, recipient="李娜"))  # still in stock
    clock.advance(days=200)
    assert [s.waybill_no for s in app.warehouse.search(clerk, no(1))] == [no(1)]
    assert no(1) in [s.waybill_no for s in app.warehouse.search(clerk, "1234")]
    # part of a number or a name: through the n-gram index, old parcels too, newest first
    # (issue 18 §1; before the index only stock and the last 180 days were searched)
    assert [s.waybill_no for s in app.warehouse.search(clerk, "2312000")] == [no(2), no(1)]
    assert [s.waybill_no for s in app.warehouse.search(clerk, "李娜")] == [no(2), no(1)]
    # one character is not indexed: stock and the last 180 days only
    assert [s.waybill_no for s in app.warehouse.search(clerk, "娜")] == [no(2)]


def test_a_return_leaves_the_next_day_at_the_latest(
    app: AppServices, desk: Desk, clock: FakeClock
) -> None:
    """WH-10: a 退回件 is due the day after it came in, and overdue after that."""
    _, clerk, _, _ = desk
    clock.current = datetime(2026, 11, 30, 16, 0)
    app.warehouse.scan_in(clerk, draft(1, Reason.RETURN))
    assert app.warehouse.board(clerk, date(2026, 11, 30)).due_today == ()
    due = app.warehouse.board(clerk, date(2026, 12, 1)).due_today
    assert [(b.stay.waybill_no, b.due.kind) for b in due] == [(no(1), DueKind.RETURN_NEXT_DAY)]
    late = app.warehouse.board(clerk, date(2026, 12, 2)).overdue
    assert [b.due.due_on for b in late] == [date(2026, 12, 1)]
