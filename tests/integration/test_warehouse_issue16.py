"""Issue 16 §5 at the warehouse, through the services on a real database: the WH-16 message
dues (错分件, changed to self-pickup), same-city parcels exempt, the reply-check reminders, the
EMS number and destination of 转发EMS (WH-17)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from decimal import Decimal

import pytest

from counter_app.domain.errors import FieldInvalid, PermissionDenied
from counter_app.domain.warehouse import (
    DeadlineRules,
    Disposition,
    DueKind,
    Payment,
    PickupPlace,
    ProblemDetails,
    Reason,
    Requester,
)
from counter_app.services.app import AppServices
from counter_app.services.warehouse import ScanOutDraft
from tests.integration import test_warehouse_service as _base
from tests.integration.test_warehouse_service import Desk, draft, no

app, clock, desk = _base.app, _base.clock, _base.desk  # the fixtures of the warehouse tests


def _kinds(app: AppServices, clerk, day: date) -> list[tuple[str, DueKind]]:
    board = app.warehouse.board(clerk, day)
    return [(b.stay.waybill_no, b.due.kind) for b in board.due_today + board.overdue]


def test_wh16_a_missorted_parcel_falls_due_for_a_message_the_day_it_arrives(
        app: AppServices, desk: Desk) -> None:
    _, clerk, _, _ = desk
    app.warehouse.scan_in(clerk, draft(1, Reason.MISSORTED))
    assert _kinds(app, clerk, date(2026, 11, 23)) == [(no(1), DueKind.MISSORTED_MESSAGE)]
    # the next morning it is overdue until the message is logged
    assert _kinds(app, clerk, date(2026, 11, 24)) == [(no(1), DueKind.MISSORTED_MESSAGE)]
    app.warehouse.log_message(clerk, no(1), outgoing=True, company="温州瓯海",
                              text="错分件，本网点五亭龙营业部，请改派")
    assert _kinds(app, clerk, date(2026, 11, 24)) == []


def test_wh16_changed_to_self_pickup_falls_due_for_a_message_that_day(
        app: AppServices, desk: Desk, clock) -> None:
    _, clerk, _, _ = desk
    app.warehouse.scan_in(clerk, draft(1, Reason.NOBODY_HOME))
    clock.current = datetime(2026, 11, 24, 10, 0)
    app.warehouse.update_details(clerk, no(1), Reason.SELF_PICKUP, ProblemDetails(
        pickup_at=datetime(2026, 11, 24, 17, 0), pickup_place=PickupPlace.BRANCH))
    kinds = _kinds(app, clerk, date(2026, 11, 24))
    assert (no(1), DueKind.SELF_PICKUP_MESSAGE) in kinds
    app.warehouse.log_message(clerk, no(1), outgoing=True, company="温州瓯海", text="改自提")
    assert (no(1), DueKind.SELF_PICKUP_MESSAGE) not in _kinds(app, clerk, date(2026, 11, 24))
    # a parcel scanned in as self-pickup from the start was not changed: no such due
    app.warehouse.scan_in(clerk, draft(2, Reason.SELF_PICKUP))
    assert (no(2), DueKind.SELF_PICKUP_MESSAGE) not in _kinds(app, clerk, date(2026, 11, 24))


def test_wh16_same_city_parcels_need_no_message(app: AppServices, desk: Desk) -> None:
    """「同城件无需留言」: sent from 杭州 (the station's city, 杭州市): no message dues; a return
    deadline stays."""
    _, clerk, _, _ = desk
    app.warehouse.scan_in(clerk, draft(1, Reason.MISSORTED,
                                       details=ProblemDetails(origin_city="杭州")))
    app.warehouse.scan_in(clerk, draft(2, Reason.DAMAGED, details=ProblemDetails(
        detail="外包装完好，内物玻璃杯碎", origin_city="杭州市")))
    app.warehouse.scan_in(clerk, draft(3, Reason.MISSORTED,
                                       details=ProblemDetails(origin_city="温州市")))
    app.warehouse.scan_in(clerk, draft(4, Reason.RETURN, details=ProblemDetails(
        origin_city="杭州", requested_by=Requester.SENDER_COMPANY, detail="寄件人取消订单")))
    kinds = _kinds(app, clerk, date(2026, 11, 24))
    assert [k for k in kinds if k[0] in (no(1), no(2))] == []
    assert (no(3), DueKind.MISSORTED_MESSAGE) in kinds
    assert (no(4), DueKind.RETURN_NEXT_DAY) in kinds
    stay = app.warehouse.lookup(clerk, no(1)).open_stay
    assert stay is not None
    assert stay.details.origin_city == "杭州"


def test_wh16_replies_are_checked_at_noon_and_in_the_afternoon(
        app: AppServices, desk: Desk, clock) -> None:
    """第七节 §5: the reminders come at the station's times; a check clears the one due."""
    boss, clerk, _, _ = desk
    clock.current = datetime(2026, 11, 23, 11, 59)
    assert app.warehouse.reply_checks_due(clerk) == ()
    clock.current = datetime(2026, 11, 23, 12, 0)
    assert app.warehouse.reply_checks_due(clerk) == (time(12, 0),)
    clock.current = datetime(2026, 11, 23, 12, 5)
    app.warehouse.replies_checked(clerk)
    assert app.warehouse.reply_checks_due(clerk) == ()
    clock.current = datetime(2026, 11, 23, 16, 30)
    assert app.warehouse.reply_checks_due(clerk) == (time(16, 0),)
    # the times are station settings
    app.warehouse.set_deadline_rules(boss, DeadlineRules(reply_check_noon="11:30",
                                                         reply_check_afternoon="17:00"))
    assert app.warehouse.reply_checks_due(clerk) == ()
    # the next day starts afresh
    clock.current = datetime(2026, 11, 24, 11, 45)
    assert app.warehouse.reply_checks_due(clerk) == (time(11, 30),)


def test_wh16_reply_check_times_are_checked(app: AppServices, desk: Desk) -> None:
    boss, _, _, _ = desk
    with pytest.raises(FieldInvalid) as err:
        app.warehouse.set_deadline_rules(boss, DeadlineRules(reply_check_noon="12"))
    assert err.value.field == "reply_check_noon"
    with pytest.raises(FieldInvalid) as err:
        app.warehouse.set_deadline_rules(boss, DeadlineRules(reply_check_noon="16:00",
                                                             reply_check_afternoon="12:00"))
    assert err.value.field == "reply_check_afternoon"


def test_wh17_ems_forwarding_needs_an_ems_number_and_a_destination(
        app: AppServices, desk: Desk) -> None:
    """WH-17: the EMS waybill number is checked as an EMS / S10 number (a wrong S10 check
    digit is refused); the destination is required when no province was typed at scan-in."""
    _, clerk, _, _ = desk
    app.warehouse.scan_in(clerk, draft(1, Reason.OUT_OF_AREA))
    base = ScanOutDraft(Disposition.EMS, weight="1", ems_fee="20", paid_freight="20",
                        payment=Payment.ACCOUNT, ems_destination="青海省西宁市")
    for number, problem in (("", "required"), ("EE471108152FR", "ems_number"),
                            (no(9), "ems_number"), ("12345", "ems_number")):
        with pytest.raises(FieldInvalid) as err:
            app.warehouse.scan_out(clerk, no(1), replace(base, ems_no=number))
        assert (err.value.field, err.value.problem) == ("ems_no", problem), number
    with pytest.raises(FieldInvalid) as err:
        app.warehouse.scan_out(clerk, no(1), replace(base, ems_no="EE471108151FR",
                                                     ems_destination=""))
    assert err.value.field == "ems_destination"
    app.warehouse.scan_out(clerk, no(1), replace(base, ems_no="EE 4711 0815 1FR"))
    line = app.warehouse.ems_register(clerk, date(2026, 11, 23), date(2026, 11, 23)).lines[0]
    assert (line.ems_no, line.destination) == ("EE471108151FR", "青海省西宁市")


def test_wh11_air_return_fees_charged_are_a_register_per_period(
        app: AppServices, desk: Desk, clock) -> None:
    """WH-11 / issue 16 §5: finance's register lists every air return that cost a fee in the
    period (a free one and a non-air return are not on it), with the total."""
    _, clerk, zhang, _ = desk
    for n in (1, 2, 3, 4):
        app.warehouse.scan_in(clerk, draft(n, Reason.RETURN))
        app.warehouse.delivery_scan(clerk, no(n), zhang.id)

    def ret(n: int, province: str, weight: str, *, air: bool = True) -> None:
        app.warehouse.scan_out(clerk, no(n), ScanOutDraft(
            Disposition.RETURN_COMPANY, company="温州瓯海公司", air=air, province=province,
            weight=weight))

    ret(1, "浙江省", "12.5")        # free region: no fee
    ret(2, "西藏自治区", "2.5")     # 8 元/kg → 24.00 (rounded up to 3 kg)
    ret(3, "青海省", "1", air=False)  # not air: no fee
    clock.current = datetime(2026, 11, 24, 10, 0)
    ret(4, "云南省", "6")
    register = app.warehouse.air_fee_register(clerk, date(2026, 11, 1), date(2026, 11, 30))
    assert [(x.waybill_no, x.province, x.label) for x in register.lines] == [
        (no(2), "西藏自治区", "上网退温州瓯海公司"), (no(4), "云南省", "上网退温州瓯海公司")]
    fees = [Decimal(x.fee) for x in register.lines]
    assert register.total_fee == f"{sum(fees):.2f}"
    assert fees[0] == Decimal("24.00")
    one_day = app.warehouse.air_fee_register(clerk, date(2026, 11, 24), date(2026, 11, 24))
    assert [x.waybill_no for x in one_day.lines] == [no(4)]
    with pytest.raises(FieldInvalid):
        app.warehouse.air_fee_register(clerk, date(2026, 11, 24), date(2026, 11, 23))


def test_wh11_the_tariff_reading_is_confirmed_and_the_5kg_basis_is_a_setting(
        app: AppServices, desk: Desk) -> None:
    """Issue 16 §6: the shipped reading is stated until confirmed; the basis (excess or whole
    weight) is a supervisor's setting; a city row applies at scan-out."""
    boss, clerk, zhang, _ = desk
    reading = app.warehouse.tariff_reading()
    assert not reading.confirmed
    assert "鲁西南" in reading.reading
    with pytest.raises(PermissionDenied):
        app.warehouse.set_tariff_basis(clerk, whole_weight=True)
    app.warehouse.set_tariff_basis(boss, whole_weight=True)
    reading = app.warehouse.tariff_reading()
    assert (reading.confirmed, reading.confirmed_by, reading.whole_weight) == (
        True, boss.job_number, True)
    for n in (1, 2, 3):
        app.warehouse.scan_in(clerk, draft(n, Reason.RETURN))
        app.warehouse.delivery_scan(clerk, no(n), zhang.id)

    def ret(n: int, province: str, city: str, weight: str) -> Decimal | None:
        return app.warehouse.scan_out(clerk, no(n), ScanOutDraft(
            Disposition.RETURN_COMPANY, company="菏泽公司", air=True, province=province,
            city=city, weight=weight)).fee

    assert ret(1, "山东省", "菏泽市", "9") == Decimal("0.00")   # 鲁西南: free
    assert ret(2, "广东省", "", "5.01") == Decimal("12.00")    # whole weight: 6 kg × 2
    assert ret(3, "山东省", "青岛市", "1") == Decimal("5.00")   # the rest of 山东: elsewhere
    assert app.warehouse.timeline(clerk, no(1))[-1].data["city"] == "菏泽市"
