"""The customer-service desk on a real database (issue 19): enquiries logged with their reply
deadline (CS-1, CS-2), the board sorted by deadline, answers as versioned edits, the checklist
(CS-5), the notebook and the week (CS-9), roles and audit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest

from counter_app.domain.errors import FieldInvalid, PermissionDenied, StaleEdit
from counter_app.domain.service_desk import (
    CallerKind,
    Channel,
    Complaint,
    EnquiryCase,
    EnquiryKind,
    ReplyClock,
    Urgency,
)
from counter_app.domain.staff import Role, StaffMember
from counter_app.services.app import AppServices
from counter_app.services.service_desk import EnquiryDraft
from tests.helpers import FakeClock, add_clerk, set_up_station, wired

MONDAY = datetime(2026, 11, 23, 9, 0)
Desk = tuple[AppServices, FakeClock, StaffMember, StaffMember]


@pytest.fixture
def desk(db_url: str, tmp_path: Path) -> Iterator[Desk]:
    clock = FakeClock(MONDAY)
    with wired(db_url, clock, tmp_path) as app:
        boss = set_up_station(app)
        clerk = add_clerk(app, boss, Role.SERVICE, "5001")
        yield app, clock, boss, clerk


def draft(number: str = "77316523130001", **changes: object) -> EnquiryDraft:
    values: dict[str, object] = dict(
        waybill=number, kind=EnquiryKind.DELIVERY_CHASE, channel=Channel.PHONE,
        caller_kind=CallerKind.CUSTOMER, caller_name="张伟", caller_phone="13800001111",
        question="快递到哪了？今天能送吗")
    values.update(changes)
    return EnquiryDraft(**values)  # type: ignore[arg-type]


def late_answer_and_upheld_complaint(desk: Desk) -> Complaint:
    """The week of 23 November: an enquiry answered half an hour late (10:00 for 09:30) and a
    complaint the supervisor upheld against 黄磊 with a 50 元 fine."""
    from counter_app.domain.service_desk import Ruling
    from counter_app.services.service_desk_cases import ComplaintDraft, RulingDraft

    app, clock, boss, clerk = desk
    late = app.service_desk.log(clerk, draft())
    clock.advance(hours=1)
    app.service_desk.answer(clerk, late.id or 0, "已处理", late.version)
    complaint = app.service_desk.log_complaint(clerk, ComplaintDraft(
        "77316523130001", "张伟", "13800001111", "派件员态度差"))
    return app.service_desk.rule_complaint(boss, complaint.id or 0, RulingDraft(
        Ruling.UPHELD, "道歉", "黄磊", fine="50"), complaint.version)


def test_cs1_cs2_enquiry_logged_with_its_deadline(desk: Desk) -> None:
    app, clock, _boss, clerk = desk
    clock.current = datetime(2026, 11, 23, 17, 45)
    enquiry = app.service_desk.log(clerk, draft(" 77316523130001 "))
    assert enquiry.id is not None
    assert enquiry.waybill_no == "77316523130001"
    assert enquiry.received_by == "5001"
    # CS-2: 17:45 + 30 min runs past the 18:00 close → before 09:00 the next day
    assert enquiry.due_at == datetime(2026, 11, 24, 9, 0)
    point = app.service_desk.log(clerk, draft(caller_kind=CallerKind.NETWORK_POINT,
                                              caller_point="温州瓯海",
                                              kind=EnquiryKind.NETWORK_QUERY))
    assert point.due_at == datetime(2026, 11, 24, 9, 0)
    clock.current = datetime(2026, 11, 23, 10, 0)
    early = app.service_desk.log(clerk, draft(caller_kind=CallerKind.NETWORK_POINT,
                                              caller_point="温州瓯海"))
    assert early.due_at == datetime(2026, 11, 23, 12, 0)


def test_cs1_bad_input_is_refused_field_by_field(desk: Desk) -> None:
    app, _clock, _boss, clerk = desk
    with pytest.raises(FieldInvalid) as caught:
        app.service_desk.log(clerk, draft(question="  "))
    assert caught.value.field == "question"
    with pytest.raises(FieldInvalid) as caught:
        app.service_desk.log(clerk, draft(caller_phone="12"))
    assert caught.value.field == "caller_phone"
    with pytest.raises(FieldInvalid) as caught:
        app.service_desk.log(clerk, draft(caller_kind=CallerKind.NETWORK_POINT))
    assert caught.value.field == "caller_point"
    with pytest.raises(FieldInvalid) as caught:
        app.service_desk.log(clerk, draft(question="x" * 501))
    assert (caught.value.field, caught.value.problem) == ("question", "too_long")


def test_cs2_board_sorted_by_deadline_with_overdue_and_nearly_due(desk: Desk) -> None:
    app, clock, _boss, clerk = desk
    late = app.service_desk.log(clerk, draft(caller_kind=CallerKind.NETWORK_POINT,
                                             caller_point="义乌福田"))  # due 11:00
    clock.advance(minutes=5)
    soon = app.service_desk.log(clerk, draft("77316523130002"))  # due 09:35
    clock.advance(minutes=20)  # 09:25: soon is nearly due
    board = app.service_desk.board(clerk)
    assert [line.enquiry.id for line in board.lines] == [soon.id, late.id]
    assert board.lines[0].urgency is Urgency.NEARLY_DUE
    assert board.lines[0].minutes_left == 10
    assert (board.overdue, board.nearly_due) == (0, 1)
    clock.advance(minutes=11)
    counter = add_clerk(app, _boss, Role.COUNTER, "1002")
    attention = app.service_desk.attention(counter)  # every desk sees the count
    assert (attention.overdue, attention.nearly_due, attention.total) == (1, 0, 1)
    with pytest.raises(PermissionDenied):
        app.service_desk.board(counter)
    with pytest.raises(PermissionDenied):
        app.service_desk.log(counter, draft())


def test_cs1_answer_stops_the_clock_and_a_second_pc_gets_stale_edit(desk: Desk) -> None:
    app, clock, boss, clerk = desk
    enquiry = app.service_desk.log(clerk, draft())
    clock.advance(minutes=40)
    answered = app.service_desk.answer(clerk, enquiry.id or 0, "已联系派件员，下午送达",
                                       enquiry.version)
    assert answered.answered_at == datetime(2026, 11, 23, 9, 40)
    assert answered.late()
    assert app.service_desk.board(clerk).lines == ()
    with pytest.raises(StaleEdit) as caught:  # the other PC loaded the old version
        app.service_desk.answer(boss, enquiry.id or 0, "另一个回复", enquiry.version)
    assert caught.value.by == "李明"
    kept = app.service_desk.enquiry(boss, enquiry.id or 0)
    assert kept.answer == "已联系派件员，下午送达"
    with pytest.raises(FieldInvalid):
        app.service_desk.answer(clerk, enquiry.id or 0, " ", kept.version)


def test_cs5_checklist_saved_and_unknown_steps_refused(desk: Desk) -> None:
    app, _clock, _boss, clerk = desk
    enquiry = app.service_desk.log(clerk, draft())
    saved = app.service_desk.save_progress(clerk, enquiry.id or 0,
                                           EnquiryCase.SIGNED_NOT_RECEIVED,
                                           ("check_signer", "check_proxy_places"),
                                           enquiry.version)
    assert saved.case is EnquiryCase.SIGNED_NOT_RECEIVED
    assert saved.checked == ("check_signer", "check_proxy_places")
    with pytest.raises(FieldInvalid):
        app.service_desk.save_progress(clerk, enquiry.id or 0, EnquiryCase.NO_RECORD,
                                       ("check_proxy_places",), saved.version)


def test_every_change_audited_with_the_caller_masked(desk: Desk) -> None:
    app, clock, boss, clerk = desk
    enquiry = app.service_desk.log(clerk, draft())
    clock.advance(minutes=3)
    app.service_desk.answer(clerk, enquiry.id or 0, "已回复", enquiry.version)
    entries = app.audit.entries(boss, entity="enquiry")
    assert [e.action for e in entries] == ["answer", "log"]
    logged = entries[1].after or {}
    assert logged["caller_name"] == "张*"
    assert logged["caller_phone"] == "138******11"


def test_cs2_clock_settings_move_future_deadlines_only(desk: Desk) -> None:
    app, _clock, boss, clerk = desk
    before = app.service_desk.log(clerk, draft())
    loaded = app.service_desk.reply_clock_versioned()
    app.service_desk.set_reply_clock(boss, ReplyClock(customer_minutes=15), loaded.version)
    after = app.service_desk.log(clerk, draft())
    assert (before.due_at, after.due_at) == (datetime(2026, 11, 23, 9, 30),
                                             datetime(2026, 11, 23, 9, 15))
    assert app.service_desk.enquiry(clerk, before.id or 0).due_at == before.due_at
    with pytest.raises(StaleEdit):
        app.service_desk.set_reply_clock(boss, ReplyClock(), loaded.version)
    with pytest.raises(PermissionDenied):
        app.service_desk.set_reply_clock(clerk, ReplyClock(), None)


def test_cs9_notebook_searchable_and_per_day(desk: Desk) -> None:
    app, clock, _boss, clerk = desk
    app.service_desk.add_note(clerk, "张伟片区改为文三路以北，电话不变")
    clock.advance(days=1)
    app.service_desk.add_note(clerk, "义乌福田回复：明天退回", "77316523130006")
    assert [n.text for n in app.service_desk.notes(clerk)] == [
        "义乌福田回复：明天退回", "张伟片区改为文三路以北，电话不变"]
    assert [n.waybill_no for n in app.service_desk.notes(clerk, "77316523130006")] == [
        "77316523130006"]
    assert len(app.service_desk.notes(clerk, "文三路")) == 1
    assert len(app.service_desk.notes(clerk, day=date(2026, 11, 23))) == 1
    with pytest.raises(FieldInvalid):
        app.service_desk.add_note(clerk, "  ")


def test_cs9_week_summary_counts_late_open_and_complaints(desk: Desk) -> None:
    app, clock, _boss, clerk = desk
    answered_late = app.service_desk.log(clerk, draft())
    app.service_desk.log(clerk, draft(kind=EnquiryKind.COMPLAINT, question="派件员态度差"))
    clock.advance(hours=1)
    app.service_desk.answer(clerk, answered_late.id or 0, "已处理", answered_late.version)
    summary = app.service_desk.week_summary(clerk, date(2026, 11, 23))
    assert summary.received == 2
    assert [e.id for e in summary.answered_late] == [answered_late.id]
    assert len(summary.still_open) == 1
    assert len(summary.overdue_open) == 1
    assert len(summary.complaints) == 1
    assert summary.end == date(2026, 11, 29)
    assert datetime.combine(summary.start, time()) == MONDAY.replace(hour=0)


# --- complaints (CS-6) and claims (CS-7) ----------------------------------------------------


def test_cs6_complaint_logged_ruled_by_the_supervisor_with_its_fine(desk: Desk) -> None:
    from decimal import Decimal

    from counter_app.domain.service_desk import Ruling
    from counter_app.services.service_desk_cases import ComplaintDraft, RulingDraft

    app, clock, boss, clerk = desk
    complaint = app.service_desk.log_complaint(clerk, ComplaintDraft(
        "77316523130001", "张伟", "13800001111", "派件员没打电话就放门卫了",
        customer_evidence="通话记录截图"))
    with pytest.raises(PermissionDenied):  # the clerk records; the supervisor rules
        app.service_desk.rule_complaint(clerk, complaint.id or 0, RulingDraft(
            Ruling.UPHELD, "道歉并送货上门", "黄磊", fine="100"), complaint.version)
    with pytest.raises(FieldInvalid) as caught:
        app.service_desk.rule_complaint(boss, complaint.id or 0, RulingDraft(
            Ruling.UPHELD, "道歉并送货上门", "黄磊"), complaint.version)
    assert caught.value.field == "fine"
    clock.advance(hours=2)
    ruled = app.service_desk.rule_complaint(boss, complaint.id or 0, RulingDraft(
        Ruling.UPHELD, "道歉并送货上门", "黄磊", staff_evidence="承认未电话联系",
        fine="100"), complaint.version)
    assert ruled.fine == Decimal("100.00")
    assert ruled.ruled_by == "1001"
    assert ruled.customer_evidence == "通话记录截图"
    month = app.service_desk.complaints_month(boss, date(2026, 11, 5))
    assert (month.upheld, month.unruled, month.fines) == (1, 0, Decimal("100.00"))
    assert app.service_desk.complaints_month(boss, date(2026, 12, 1)).complaints == ()


def test_cs7_claim_window_deadlines_offer_agreement_and_finance(desk: Desk) -> None:
    from counter_app.domain.service_desk import ClaimKind, ClaimTooLate, OfferKind
    from counter_app.services.service_desk_cases import ClaimDraft

    app, clock, _boss, clerk = desk
    with pytest.raises(ClaimTooLate) as late:  # sent on 1 Nov, claimed on the 23rd
        app.service_desk.open_claim(clerk, ClaimDraft(
            "77316523130001", ClaimKind.LOSS, "张伟", "13800001111", "整件遗失",
            sent_on=date(2026, 11, 1)))
    assert late.value.last_day == date(2026, 11, 16)
    with pytest.raises(FieldInvalid) as caught:  # not sent from our counter: ask the date
        app.service_desk.open_claim(clerk, ClaimDraft(
            "77316523130001", ClaimKind.LOSS, "张伟", "13800001111", "整件遗失"))
    assert caught.value.field == "sent_on"
    loss = app.service_desk.open_claim(clerk, ClaimDraft(
        "77316523130001", ClaimKind.LOSS, "张伟", "13800001111", "整件遗失",
        sent_on=date(2026, 11, 10)))
    damage = app.service_desk.open_claim(clerk, ClaimDraft(
        "77316523130002", ClaimKind.DAMAGE, "李娜", "13900001234", "外包装完好，内物破损",
        sent_on=date(2026, 11, 20)))
    assert loss.settle_by == date(2026, 12, 23)  # 30 calendar days
    assert damage.settle_by == date(2026, 12, 8)  # 15
    assert [c.id for c in app.service_desk.claims(clerk)] == [damage.id, loss.id]
    with pytest.raises(FieldInvalid):  # nothing offered yet
        app.service_desk.agree(clerk, damage.id or 0, damage.version)
    offered = app.service_desk.offer(clerk, damage.id or 0, OfferKind.RESEND, "",
                                     damage.version)
    clock.advance(days=2)
    agreed = app.service_desk.agree(clerk, damage.id or 0, offered.version)
    assert agreed.agreed_on == date(2026, 11, 25)
    assert agreed.finance_by == date(2026, 11, 28)
    with pytest.raises(StaleEdit):
        app.service_desk.offer(clerk, damage.id or 0, OfferKind.AMOUNT, "50", offered.version)
    handed = app.service_desk.hand_to_finance(clerk, damage.id or 0, agreed.version)
    assert handed.handed_on == date(2026, 11, 25)
    assert [c.id for c in app.service_desk.claims(clerk)] == [loss.id]
    with pytest.raises(FieldInvalid):
        app.service_desk.offer(clerk, loss.id or 0, OfferKind.AMOUNT, "abc", loss.version)


def test_cs7_claim_letters_as_pdf(desk: Desk, tmp_path: Path) -> None:
    import subprocess

    from counter_app.domain.service_desk import ClaimKind, OfferKind
    from counter_app.paths import fonts_dir
    from counter_app.reports.claim_letters import render_claim_letter
    from counter_app.services.service_desk_cases import ClaimDraft, LetterKind
    from tests.pdf_helpers import need

    app, _clock, _boss, clerk = desk
    claim = app.service_desk.open_claim(clerk, ClaimDraft(
        "77316523130002", ClaimKind.DAMAGE, "李娜", "13900001234", "内物<玻璃杯>碎 & 漏液",
        sent_on=date(2026, 11, 20)))
    with pytest.raises(FieldInvalid):  # no result letter before an offer
        app.service_desk.claim_letter(clerk, claim.id or 0, LetterKind.RESULT)
    notice = render_claim_letter(app.service_desk.claim_letter(clerk, claim.id or 0,
                                                               LetterKind.NOTICE),
                                 fonts_dir() / "wqy-microhei.ttc")
    offered = app.service_desk.offer(clerk, claim.id or 0, OfferKind.AMOUNT, "88.50",
                                     claim.version)
    app.service_desk.agree(clerk, claim.id or 0, offered.version)
    result = render_claim_letter(app.service_desk.claim_letter(clerk, claim.id or 0,
                                                               LetterKind.RESULT),
                                 fonts_dir() / "wqy-microhei.ttc")
    tool = need("pdftotext", "poppler-utils")

    def text(pdf: bytes) -> str:
        path = tmp_path / "letter.pdf"
        path.write_bytes(pdf)
        return "".join(subprocess.run([tool, "-layout", str(path), "-"], check=True,
                                      capture_output=True, text=True).stdout.split())

    first = text(notice)
    assert "理赔通知函" in first
    assert "77316523130002" in first
    assert "内物<玻璃杯>碎&漏液" in first
    assert "2026年12月08日前" in first
    assert "客服经理签字" not in first
    second = text(result)
    assert "理赔结果回复函" in second
    assert "赔偿人民币88.50元" in second
    assert "客服经理签字" in second
    assert "2026年11月26日前" in second  # to finance within 3 days of agreement


# --- outgoing problem parcels (CS-4) ------------------------------------------------------


def test_cs4_problem_matched_to_our_counter_record_with_actions_and_deadline(
        db_url: str, tmp_path: Path) -> None:
    from counter_app.services.demo import DEMO_PASSWORD, fill_demo
    from counter_app.services.service_desk import ProblemDraft

    clock = FakeClock(MONDAY)
    with wired(db_url, clock, tmp_path) as app:
        fill_demo(app)
        boss = app.auth.login("1001", DEMO_PASSWORD)
        desk = add_clerk(app, boss, Role.SERVICE, "5001")
        line = app.service_desk.log_problem(desk, ProblemDraft(
            "77316523170012", "北京朝阳", "收件人电话空号，请提供正确电话，三天内不处理退回"))
        assert line.problem.deadline == datetime(2026, 11, 26, 9, 0)  # 3 days by default
        assert line.counter_record is not None
        assert line.counter_record["sender_phone"] == "13812345678"  # 客服 calls the sender
        assert line.counter_record["contents"] == "茶叶 礼盒"
        unknown = app.service_desk.log_problem(desk, ProblemDraft(
            "77316523999999", "广州白云", "地址不详", deadline=datetime(2026, 11, 24, 12, 0)))
        assert unknown.counter_record is None
        assert [p.problem.id for p in app.service_desk.open_problems(desk)] == [
            unknown.problem.id, line.problem.id]  # the other side's soonest deadline first
        clock.advance(hours=1)
        acted = app.service_desk.add_action(desk, line.problem.id or 0,
                                            "已联系寄件人，新电话 13911112222 已留言对方",
                                            line.problem.version)
        assert [a.by for a in acted.actions] == ["5001"]
        with pytest.raises(StaleEdit):
            app.service_desk.close_problem(boss, line.problem.id or 0, "已派送",
                                           line.problem.version)
        app.service_desk.close_problem(boss, line.problem.id or 0, "对方已派送签收",
                                       acted.version)
        clock.current = datetime(2026, 11, 24, 12, 1)
        [left] = app.service_desk.open_problems(desk)
        assert left.overdue
        with pytest.raises(FieldInvalid):
            app.service_desk.log_problem(desk, ProblemDraft(
                "77316523170012", "北京朝阳", "x", deadline=datetime(2026, 11, 24, 12, 0)))
        # a warehouse clerk may not work the desk
        with pytest.raises(PermissionDenied):
            app.service_desk.open_problems(app.auth.login("2001", DEMO_PASSWORD))


# --- pickup orders (CS-8) -----------------------------------------------------------------


def test_cs8_pickup_goes_to_the_area_courier_or_the_nearest_branch(
        db_url: str, tmp_path: Path) -> None:
    from counter_app.domain.service_desk import Branch
    from counter_app.services.demo import DEMO_PASSWORD, fill_demo
    from counter_app.services.service_desk_pickups import PickupDraft

    clock = FakeClock(MONDAY)
    with wired(db_url, clock, tmp_path) as app:
        fill_demo(app)
        boss = app.auth.login("1001", DEMO_PASSWORD)
        desk = add_clerk(app, boss, Role.SERVICE, "5001")
        app.service_desk.set_branches(boss, [
            Branch("三墩分点", "杭州市西湖区三墩镇振华路1号", "057188880001", "西湖区"),
            Branch("余杭分点", "杭州市余杭区临平街道1号", "057188880002", "余杭区")])
        morning = app.service_desk.log_pickup(desk, PickupDraft(
            "王五", "13611112222", "杭州市西湖区文三路259号5楼"))
        assert morning.courier is not None
        assert morning.courier.name == "张伟"  # 西湖区文三路片区, not 古荡
        assert morning.morning  # a morning sender is given 张伟's phone
        assert morning.order.not_before == datetime(2026, 11, 23, 15, 0)
        assert morning.branch is None
        clock.current = datetime(2026, 11, 23, 19, 30)  # after the desk's hours
        far = app.service_desk.log_pickup(desk, PickupDraft(
            "赵六", "13900005678", "杭州市余杭区临平街道人民大道1号"))
        assert far.courier is None
        assert far.branch is not None
        assert far.branch.name == "余杭分点"
        assert far.order.not_before == datetime(2026, 11, 24, 15, 0)
        assert not far.morning
        [today] = app.service_desk.pickups_for(desk, date(2026, 11, 23))
        assert today.courier_name == "张伟"
        assert [p.caller_name for p in app.service_desk.pickups_for(desk, date(2026, 11, 24))
                ] == ["赵六"]
        with pytest.raises(FieldInvalid) as caught:
            app.service_desk.log_pickup(desk, PickupDraft("王五", "13611112222", " "))
        assert caught.value.field == "pickup_address"
        with pytest.raises(PermissionDenied):
            app.service_desk.set_branches(desk, [])


def test_cs9_cs6_week_and_complaints_as_xlsx(desk: Desk) -> None:
    import io

    from openpyxl import load_workbook

    from counter_app.reports.service_desk_lists import (
        COMPLAINT_COLUMNS,
        WEEK_COLUMNS,
        render_complaints_xlsx,
        render_week_xlsx,
    )
    app, _clock, boss, clerk = desk
    late_answer_and_upheld_complaint(desk)

    def rows(data: bytes, columns: tuple[str, ...]) -> list[list[str]]:
        ws = load_workbook(io.BytesIO(data)).active
        assert ws is not None
        values = [["" if c.value is None else str(c.value) for c in row]
                  for row in ws.iter_rows(max_col=len(columns))]
        return values[values.index(list(columns)) + 1:]

    week = rows(render_week_xlsx(app.service_desk.week_summary(clerk, date(2026, 11, 23)),
                                 "五亭龙营业部"), WEEK_COLUMNS)
    assert week == [["超时回复", "77316523130001", "派送件催单", "张伟", "2026-11-23 09:00",
                     "2026-11-23 09:30", "2026-11-23 10:00", "快递到哪了？今天能送吗"],
                    ["投诉记录", "77316523130001", "属实", "张伟", "2026-11-23 10:00", "",
                     "2026-11-23 10:00", "派件员态度差"]]
    month = rows(render_complaints_xlsx(app.service_desk.complaints_month(
        boss, date(2026, 11, 1)), "五亭龙营业部"), COMPLAINT_COLUMNS)
    assert month == [["2026-11-23 10:00", "77316523130001", "张伟", "派件员态度差", "", "",
                      "属实", "黄磊", "道歉", "50.00"]]


def test_cs8_courier_area_and_phone_changes_are_announced_to_the_desk(desk: Desk) -> None:
    from counter_app.domain.staff import CourierKind

    app, clock, boss, clerk = desk
    courier = app.couriers.add(boss, "刘洋", "13905711002", CourierKind.COURIER, "西湖区古荡片区")
    clock.advance(days=1)
    app.couriers.change_area(boss, courier.id, "西湖区文三路片区")
    clock.advance(hours=1)
    app.couriers.update(boss, courier.id, name="刘洋", phone="13905711012",
                        kind=CourierKind.COURIER)
    notices = app.service_desk.courier_notices(clerk)
    assert [(n.courier, n.what, n.before, n.after) for n in notices] == [
        ("刘洋", "phone", "13905711002", "13905711012"),
        ("刘洋", "area", "西湖区古荡片区", "西湖区文三路片区")]
    clock.advance(days=8)
    assert app.service_desk.courier_notices(clerk) == []
