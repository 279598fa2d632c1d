"""The desk's week and its supervisor's papers on a real database (issue 19): the weekly
exceptions summary and the monthly complaints report as PDF (CS-9, CS-6), the notebook on the
shift handover sheet (CS-9, X-3), claims' deadlines on the deadline list and the F6 count
(CS-7), the desk's open days and the pickup times as versioned settings, and goods a courier
reports passed to the driver (CS-8)."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, time
from pathlib import Path

import pytest

from counter_app.domain.errors import FieldInvalid, PermissionDenied, StaleEdit
from counter_app.domain.service_desk import (
    CallerKind,
    ClaimKind,
    OfferKind,
    PickupRules,
    ReplyClock,
    Urgency,
)
from counter_app.domain.staff import CourierKind, Role
from counter_app.reports.service_desk_lists import render_pickups_pdf
from counter_app.reports.service_desk_pdf import render_complaints_pdf, render_week_pdf
from counter_app.reports.warehouse_pdf import render_handover_pdf
from counter_app.services.service_desk_cases import ClaimDraft
from counter_app.services.service_desk_pickups import DriverNoticeDraft, PickupDraft
from tests.helpers import add_clerk
from tests.integration.test_service_desk import (
    Desk,
    desk,
    draft,
    late_answer_and_upheld_complaint,
)
from tests.pdf_helpers import FONT, assert_inked, need

__all__ = ["desk"]  # the fixture, shared with the desk's other tests


def pdf_text(pdf: bytes, tmp_path: Path, name: str) -> str:
    """The PDF's text by pdftotext, after checking pdftoppm renders its first page inked."""
    target = tmp_path / f"{name}.pdf"
    target.write_bytes(pdf)
    png = tmp_path / name
    subprocess.run([need("pdftoppm", "poppler-utils"), "-r", "40", "-png", "-f", "1", "-l", "1",
                    str(target), str(png)], check=True)
    assert list(tmp_path.glob(f"{name}*.png")), "pdftoppm rendered no page"
    assert_inked(pdf)
    return subprocess.run([need("pdftotext", "poppler-utils"), "-layout", str(target), "-"],
                          check=True, capture_output=True, text=True).stdout


def test_cs9_cs6_week_summary_and_month_complaints_as_pdf(desk: Desk, tmp_path: Path) -> None:
    app, clock, boss, clerk = desk
    complaint = late_answer_and_upheld_complaint(desk)
    claim = app.service_desk.open_claim(clerk, ClaimDraft(
        "77316523130002", ClaimKind.DELAY, "王芳", "13900005678", "延误三天",
        sent_on=date(2026, 11, 20)))
    clock.current = datetime(2026, 11, 29, 12, 0)  # 8 days before its settlement day
    week = app.service_desk.week_summary(boss, date(2026, 11, 23))
    assert [c.id for c in week.complaint_records] == [complaint.id]
    assert week.claims_due == ()  # as of Sunday 29th: 9 days left, not near
    clock.current = datetime(2026, 12, 5, 12, 0)  # 3 days before 12-08
    text = pdf_text(render_week_pdf(app.service_desk.week_summary(boss, date(2026, 11, 23)),
                                    FONT), tmp_path, "week")
    assert "客服周异常汇总（2026-11-23 至 2026-11-29）" in text
    assert "超时回复 1 条" in text
    for section in ("超时回复", "超时未回复", "投诉记录", "未结发出疑难件", "临近期限的理赔"):
        assert section in text
    assert "派件员态度差" in text
    assert "（无）" in text  # no overdue unanswered enquiry, no open problem parcel
    week = app.service_desk.week_summary(boss, date(2026, 11, 30))  # the claim, 3 days left
    assert [line.claim.id for line in week.claims_due] == [claim.id]
    assert "应于 2026-12-08" in pdf_text(render_week_pdf(week, FONT), tmp_path, "week2")
    month = app.service_desk.complaints_month(boss, date(2026, 11, 1))
    text = pdf_text(render_complaints_pdf(month, FONT), tmp_path, "month")
    assert "2026-11 投诉记录" in text
    assert "属实 1 件" in text
    assert "黄磊" in text
    assert "50.00" in text


def test_cs9_x3_the_shift_notebook_is_on_the_handover_sheet(desk: Desk, tmp_path: Path) -> None:
    app, clock, boss, clerk = desk
    clock.current = datetime(2026, 11, 23, 10, 0)  # the early shift (07:30–14:30 by default)
    app.service_desk.add_note(clerk, "温州瓯海来电查件，已回复", "77316523130001")
    clock.current = datetime(2026, 11, 23, 16, 0)  # the late shift
    app.service_desk.add_note(clerk, "晚班：王芳的理赔材料已收")
    keeper = add_clerk(app, boss, Role.WAREHOUSE, "2101")
    early = app.service_desk.shift_notes(keeper, date(2026, 11, 23), "early")
    assert [n.text for n in early] == ["温州瓯海来电查件，已回复"]
    late = app.service_desk.shift_notes(clerk, date(2026, 11, 23), "late")
    assert [n.text for n in late] == ["晚班：王芳的理赔材料已收"]
    with pytest.raises(PermissionDenied):
        app.service_desk.shift_notes(add_clerk(app, boss, Role.COUNTER, "3101"),
                                     date(2026, 11, 23), "early")
    with pytest.raises(FieldInvalid):
        app.service_desk.shift_notes(clerk, date(2026, 11, 23), "night")
    sheet = app.warehouse.handover(keeper, date(2026, 11, 23), "early")
    text = pdf_text(render_handover_pdf(sheet, FONT, early), tmp_path, "handover")
    assert "客服工作笔记" in text
    assert "温州瓯海来电查件，已回复" in text
    assert "77316523130001" in text
    assert "晚班" not in text
    assert "客服工作笔记" not in pdf_text(render_handover_pdf(sheet, FONT), tmp_path, "plain")


def test_cs7_claims_due_on_the_deadline_list_and_the_f6_count(desk: Desk) -> None:
    app, clock, boss, clerk = desk
    loss = app.service_desk.open_claim(clerk, ClaimDraft(
        "77316523130001", ClaimKind.LOSS, "张伟", "13800001111", "整件遗失",
        sent_on=date(2026, 11, 20)))
    damage = app.service_desk.open_claim(clerk, ClaimDraft(
        "77316523130002", ClaimKind.DAMAGE, "王芳", "13900005678", "外包装破损",
        sent_on=date(2026, 11, 20)))
    assert (loss.settle_by, damage.settle_by) == (date(2026, 12, 23), date(2026, 12, 8))
    assert app.service_desk.attention(clerk).claims_due == 0
    clock.current = datetime(2026, 12, 5, 9, 0)  # 3 days before the damage claim's day
    board = app.service_desk.board(clerk)
    assert [(line.claim.id, line.urgency) for line in board.claims] == [
        (damage.id, Urgency.NEARLY_DUE)]
    counter = add_clerk(app, boss, Role.COUNTER, "3102")
    attention = app.service_desk.attention(counter)  # every desk sees the count, no names
    assert (attention.claims_due, attention.total) == (1, 1)
    clock.current = datetime(2026, 12, 9, 9, 0)  # missed
    assert app.service_desk.board(clerk).claims[0].urgency is Urgency.OVERDUE
    current = app.service_desk.claims(clerk)[0]
    current = app.service_desk.offer(clerk, current.id or 0, OfferKind.RESEND, "",
                                     current.version)
    agreed = app.service_desk.agree(clerk, current.id or 0, current.version)
    assert agreed.finance_by == date(2026, 12, 12)
    assert app.service_desk.attention(clerk).claims_due == 0  # agreed: letters due 12-12
    clock.current = datetime(2026, 12, 13, 9, 0)
    lines = app.service_desk.board(clerk).claims
    assert [(x.claim.id, x.urgency, x.due) for x in lines] == [
        (damage.id, Urgency.OVERDUE, date(2026, 12, 12))]
    app.service_desk.hand_to_finance(clerk, agreed.id or 0, agreed.version)
    assert app.service_desk.attention(clerk).claims_due == 0


def test_desk_days_and_pickup_times_are_versioned_supervisor_settings(desk: Desk) -> None:
    app, clock, boss, clerk = desk
    weekdays = ReplyClock(open_days=frozenset(range(5)))
    with pytest.raises(PermissionDenied):
        app.service_desk.set_reply_clock(clerk, weekdays)
    loaded = app.service_desk.reply_clock_versioned()
    app.service_desk.set_reply_clock(boss, weekdays, loaded.version)
    with pytest.raises(StaleEdit):  # a second supervisor who loaded the same version
        app.service_desk.set_reply_clock(boss, ReplyClock(), loaded.version)
    clock.current = datetime(2026, 11, 27, 16, 30)  # a Friday 2 h enquiry → Monday 09:00
    friday = app.service_desk.log(clerk, draft(caller_kind=CallerKind.NETWORK_POINT,
                                               caller_point="温州瓯海"))
    assert friday.due_at == datetime(2026, 11, 30, 9, 0)
    rules = app.service_desk.pickup_rules_versioned()
    assert rules.value == PickupRules()
    with pytest.raises(PermissionDenied):
        app.service_desk.set_pickup_rules(clerk, PickupRules(earliest=time(14, 0)))
    app.service_desk.set_pickup_rules(boss, PickupRules(earliest=time(14, 0),
                                                         desk_closes=time(18, 30),
                                                         morning_until=time(11, 0)),
                                      rules.version)
    with pytest.raises(StaleEdit):
        app.service_desk.set_pickup_rules(boss, PickupRules(), rules.version)
    with pytest.raises(FieldInvalid) as caught:
        PickupRules(earliest=time(19, 0), desk_closes=time(18, 0))
    assert caught.value.field == "pickup_closes"
    clock.current = datetime(2026, 11, 23, 18, 45)  # after the new 18:30: tomorrow from 14:00
    order = app.service_desk.log_pickup(clerk, PickupDraft(
        "王芳", "13900005678", "浙江省杭州市西湖区文三路259号"))
    assert order.order.not_before == datetime(2026, 11, 24, 14, 0)
    clock.current = datetime(2026, 11, 23, 11, 30)  # after the new 11:00: not a morning sender
    assert not app.service_desk.log_pickup(clerk, PickupDraft(
        "王芳", "13900005678", "浙江省杭州市西湖区文三路259号")).morning
    saved = [e for e in app.audit.entries(boss, entity="setting")
             if e.entity_id == "service_desk.pickup_rules"]
    assert len(saved) == 1
    assert '"14:00"' in str(saved[0].after)


def test_cs8_goods_a_courier_reports_are_passed_to_the_driver(desk: Desk,
                                                              tmp_path: Path) -> None:
    app, clock, boss, clerk = desk
    driver = app.couriers.add(boss, "赵师傅", "13905711009", CourierKind.DRIVER, "市区干线")
    courier = app.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "西湖区")
    clock.current = datetime(2026, 11, 23, 10, 0)
    notice = app.service_desk.tell_driver(clerk, DriverNoticeDraft(
        "张伟", "文三路259号 华星科技", "大货 12 箱", driver.id))
    assert (notice.driver_name, notice.run_day) == ("赵师傅", date(2026, 11, 23))
    clock.current = datetime(2026, 11, 23, 19, 30)  # after the desk's 19:00: tomorrow's run
    late = app.service_desk.tell_driver(clerk, DriverNoticeDraft(
        "张伟", "古墩路 1 号", "", driver.id))
    assert late.run_day == date(2026, 11, 24)
    assert [n.id for n in app.service_desk.driver_runs(clerk, date(2026, 11, 23))] == [
        notice.id]
    with pytest.raises(FieldInvalid) as caught:  # a courier is not a driver
        app.service_desk.tell_driver(clerk, DriverNoticeDraft("张伟", "某处", "", courier.id))
    assert caught.value.field == "driver"
    with pytest.raises(FieldInvalid) as caught:
        app.service_desk.tell_driver(clerk, DriverNoticeDraft("张伟", "  ", "", driver.id))
    assert caught.value.field == "place"
    with pytest.raises(PermissionDenied):
        app.service_desk.tell_driver(add_clerk(app, boss, Role.COUNTER, "3103"),
                                     DriverNoticeDraft("张伟", "某处", "", driver.id))
    told = app.audit.entries(boss, entity="driver_notice")
    assert [e.action for e in told] == ["tell", "tell"]
    # the day's lists end with one page per driver: the run of the 23rd
    runs = app.service_desk.driver_runs(clerk, date(2026, 11, 23))
    text = pdf_text(render_pickups_pdf([], date(2026, 11, 23), "五亭龙营业部", FONT, runs),
                    tmp_path, "runs")
    assert "司机取货 2026-11-23 · 赵师傅 · 1 处" in text
    assert "文三路259号 华星科技" in text
    assert "古墩路" not in text  # tomorrow's run
