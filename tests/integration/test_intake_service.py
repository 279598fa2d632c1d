"""The counter intake on a real database with the real address library (issue 4, CI-1..CI-11):
prepaid, collect and account parcels, refusals, air steering, real name, overrides, the
shift summary, statements and consumables."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from counter_app.domain.errors import (
    AlreadyAccepted,
    FieldInvalid,
    InvalidWaybill,
    ParcelRefused,
    PermissionDenied,
)
from counter_app.domain.identity import DocumentKind
from counter_app.domain.intake import Account, FragilePolicy, PayMode, RefusalReason, Transport
from counter_app.domain.staff import Role, StaffMember
from counter_app.services.app import AppServices
from counter_app.services.intake_drafts import AcceptDraft
from counter_app.services.intake_ports import SenderRecord
from tests.helpers import FakeClock, add_clerk, set_up_station, wired

T0 = datetime(2026, 11, 23, 9, 0)
ID_NUMBER = "11010519491231002X"
CREDIT_CODE = "91330106MA27XY812F"
HANGZHOU = "浙江省杭州市西湖区文三路90号东部软件园"
NANJING = "江苏省南京市鼓楼区中山北路30号"


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
def desk(app: AppServices) -> tuple[StaffMember, StaffMember]:
    boss = set_up_station(app)
    return boss, add_clerk(app, boss, Role.COUNTER, job="3001")


def draft(n: int = 1, **kw: object) -> AcceptDraft:
    values: dict[str, object] = {
        "waybill": no(n), "contents": "衣服 两件", "sender_name": "张三丰",
        "sender_phone": "13812345678", "sender_address": "杭州市西湖区天目山路1号",
        "doc_kind": DocumentKind.RESIDENT_ID, "doc_number": ID_NUMBER,
        "recipient_name": "李娜", "recipient_phone": "13900001234",
        "recipient_address": NANJING, "weight": "1.2", "pay_mode": PayMode.CASH,
        "inspected": True,
    }
    values.update(kw)
    return AcceptDraft(**values)  # type: ignore[arg-type]


def test_prepaid_cash_parcel_is_stored_with_inspection_change_and_masked_slip(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    _boss, clerk = desk
    done = app.intake.accept(clerk, draft(received="50"))
    r = done.record
    # 江苏 is 邻省 on the sample card: 1.2 kg rounds up to 2 kg; 12 元 first kg + 5 元 a step
    assert (r.province, r.city, r.district) == ("江苏省", "南京市", "鼓楼区")
    assert r.chargeable == Decimal("2")
    assert r.total == Decimal("17.00")
    assert done.change == Decimal("33.00")
    assert r.received == Decimal("50.00")
    assert (r.inspected_by, r.inspected_at, r.contents) == ("3001", T0, "衣服 两件")  # CI-5
    assert r.doc_number == ID_NUMBER
    assert r.doc_kind == "resident_id"
    slip = done.slip
    assert slip.counter_mark
    assert slip.total == "¥ 17.00"
    assert slip.payment == "现付（现金）"
    assert (slip.sender, slip.recipient) == ("张**", "李*")
    assert slip.sender_phone == "138******78"
    assert "13900001234" not in repr(slip)
    assert ID_NUMBER not in repr(slip)
    assert "1949" not in repr(slip)
    assert not slip.air_banned
    assert slip.service == "陆运"
    assert app.intake.slip(no(1)) == slip


def test_collect_parcel_carries_the_collect_fee_and_no_counter_mark(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    _boss, clerk = desk
    done = app.intake.accept(clerk, draft(pay_mode=PayMode.COLLECT))
    assert done.change is None
    assert done.record.pay_mode == "collect"
    kinds = [line["kind"] for line in done.record.quote["lines"]]
    assert "collect_fee" in kinds
    assert not done.slip.counter_mark
    assert done.slip.collect_amount == done.slip.total[2:]


def test_account_parcel_uses_the_credit_code_and_lands_on_the_statement(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    boss, clerk = desk
    acct = app.intake.save_account(boss, Account("a01", "西湖茶叶有限公司", "赵经理",
                                                 "13700000001", CREDIT_CODE))
    assert acct.code == "A01"
    done = app.intake.accept(clerk, draft(2, pay_mode=PayMode.ACCOUNT, account_code="a01",
                                          doc_kind=None, doc_number=""))
    assert (done.record.doc_kind, done.record.doc_number) == ("credit_code", CREDIT_CODE)
    assert done.slip.account == "西湖茶叶有限公司"
    assert not done.slip.counter_mark
    app.intake.accept(clerk, draft(3))  # cash: not on the statement
    statement = app.intake.statement(acct.id or 0, date(2026, 11, 5))
    assert [line.waybill_no for line in statement.lines] == [no(2)]
    assert statement.total == money_of(done.record.total)
    assert statement.month == "2026-11"


def money_of(amount: Decimal) -> str:
    return f"{amount:.2f}"


def test_unknown_or_closed_account_is_named(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    boss, clerk = desk
    with pytest.raises(FieldInvalid) as err:
        app.intake.accept(clerk, draft(pay_mode=PayMode.ACCOUNT, account_code="ZZ9"))
    assert (err.value.field, err.value.problem) == ("account_code", "unknown")
    acct = app.intake.save_account(boss, Account("B02", "旧客户"))
    app.intake.save_account(boss, replace(acct, active=False))
    with pytest.raises(FieldInvalid) as err:
        app.intake.accept(clerk, draft(pay_mode=PayMode.ACCOUNT, account_code="B02"))
    assert err.value.problem == "inactive"


def test_prohibited_contents_are_refused_and_logged_and_nothing_else_is_stored(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    _boss, clerk = desk
    with pytest.raises(ParcelRefused) as err:
        app.intake.accept(clerk, draft(contents="过年的鞭炮两箱"))
    assert err.value.reason == "prohibited"
    summary = app.intake.shift_summary(T0.date(), "day")
    assert summary.total.accepted == 0
    assert summary.total.refusals == 1
    refusal = summary.refusals[0]
    assert refusal.contents == "过年的鞭炮两箱"
    assert refusal.clerk == "李明"
    assert "类" in refusal.reason
    assert refusal.sender_phone == "138******78"
    assert app.intake.recall_sender(clerk, "13812345678") is None  # no sender stored
    # the same refusal pressed twice is one line
    with pytest.raises(ParcelRefused):
        app.intake.accept(clerk, draft(contents="过年的鞭炮两箱"))
    assert len(app.intake.shift_summary(T0.date(), "day").refusals) == 1


def test_fragile_items_follow_the_station_rule(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    boss, clerk = desk
    with pytest.raises(ParcelRefused) as err:
        app.intake.accept(clerk, draft(contents="玻璃花瓶"))
    assert err.value.reason == "fragile"
    app.intake.set_fragile_policy(boss, FragilePolicy.MARK)
    done = app.intake.accept(clerk, draft(contents="玻璃花瓶"))
    assert done.record.fragile
    assert done.slip.fragile


def test_air_restricted_parcel_cannot_go_by_air_but_goes_by_land_marked(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    _boss, clerk = desk
    with pytest.raises(FieldInvalid) as err:
        app.intake.accept(clerk, draft(contents="充电宝 一个", transport=Transport.AIR))
    assert (err.value.field, err.value.problem) == ("transport", "air_banned")
    assert "battery" in err.value.detail
    done = app.intake.accept(clerk, draft(contents="充电宝 一个", transport=Transport.LAND))
    assert done.record.air_banned
    assert done.slip.air_banned
    assert done.slip.service == "陆运"


def test_competitor_waybill_is_refused_and_not_stored(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    _boss, clerk = desk
    with pytest.raises(InvalidWaybill):
        app.intake.accept(clerk, draft(waybill="SF1234567890123"))  # CI-4
    summary = app.intake.shift_summary(T0.date(), "day")
    assert summary.total.accepted == 0
    # CI-4 / issue 16: the 同行件 refused by its number is in the refusal log, with the number
    assert summary.total.refusals == 1
    assert summary.refusals[0].reason.startswith("同行件")
    assert "SF1234567890123" in summary.refusals[0].reason


def test_a_misread_own_number_is_not_a_refusal(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    """CI-4: only another carrier's number is a 同行件 refusal; a misread is scanned again."""
    _boss, clerk = desk
    with pytest.raises(InvalidWaybill):
        app.intake.accept(clerk, draft(waybill="7731652312"))
    assert app.intake.shift_summary(T0.date(), "day").total.refusals == 0


def test_a_first_generation_id_is_refused_for_real_name_sending(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    """X-8: 15-digit first-generation cards are void since 2013: 「请出示第二代居民身份证」."""
    _boss, clerk = desk
    with pytest.raises(FieldInvalid) as err:
        app.intake.accept(clerk, draft(doc_number="110105491231002"))
    assert (err.value.field, err.value.problem) == ("id_number", "first_generation")
    assert "110105491231002" not in str(err.value)  # no ID number in the error's text
    assert app.intake.recall_sender(clerk, "13812345678") is None


def test_a_first_generation_id_recalled_by_phone_is_refused_too(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    """X-8: a sender registered with a 15-digit number before the rule must show a new card."""
    _boss, clerk = desk
    with app.intake._uow() as uow:  # a sender stored before issue 16 (no service stores one now)
        uow.intake.save_sender(SenderRecord(
            phone="13812345678", name="张三丰", address="", doc_kind="resident_id",
            doc_number="110105491231002", updated_at=T0))
        uow.commit()
    with pytest.raises(FieldInvalid) as err:
        app.intake.accept(clerk, draft(doc_kind=None, doc_number=""))
    assert (err.value.field, err.value.problem) == ("id_number", "first_generation")
    # showing the second-generation card is accepted and replaces the old number
    done = app.intake.accept(clerk, draft())
    assert done.record.doc_number == ID_NUMBER


def test_out_of_area_destination_is_refused_and_logged(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    _boss, clerk = desk
    with pytest.raises(ParcelRefused) as err:
        app.intake.accept(clerk, draft(recipient_address="浙江省舟山市嵊泗县菜园镇沙河路5号"))
    assert err.value.reason == "out_of_area"
    assert "嵊泗县" in err.value.detail
    assert app.intake.shift_summary(T0.date(), "day").refusals[0].reason.startswith("超区")


def test_unresolvable_address_says_so(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    _boss, clerk = desk
    with pytest.raises(FieldInvalid) as err:
        app.intake.accept(clerk, draft(recipient_address="门口第三棵树下面"))
    assert (err.value.field, err.value.problem) == ("recipient_address", "unresolved")


def test_bad_id_check_digit_is_named_and_nothing_is_stored(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    _boss, clerk = desk
    with pytest.raises(FieldInvalid) as err:
        app.intake.accept(clerk, draft(doc_number="110105194912310021"))
    assert (err.value.field, err.value.problem, err.value.detail) == (
        "id_number", "check_digit", "X")
    assert app.intake.recall_sender(clerk, "13812345678") is None


def test_returning_sender_is_recalled_masked_and_needs_no_document_again(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    boss, clerk = desk
    app.intake.accept(clerk, draft(1))
    seen = app.intake.recall_sender(clerk, "138 1234 5678")
    assert seen is not None
    assert seen.name == "张三丰"
    assert seen.doc_shown != ID_NUMBER
    assert seen.doc_shown.startswith("1101")
    assert "*" in seen.doc_shown
    full = app.intake.recall_sender(boss, "13812345678")
    assert full is not None
    assert full.doc_shown == ID_NUMBER
    again = app.intake.accept(clerk, draft(2, doc_kind=None, doc_number=""))
    assert again.record.doc_number == ID_NUMBER


def test_missing_document_is_asked_for(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    _boss, clerk = desk
    with pytest.raises(FieldInvalid) as err:
        app.intake.accept(clerk, draft(doc_number=""))
    assert err.value.field == "id_number"


def test_price_override_needs_a_supervisor_and_a_reason_and_is_logged(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    boss, clerk = desk
    with pytest.raises(PermissionDenied):
        app.intake.accept(clerk, draft(override_total="15", override_reason="老客户"))
    with pytest.raises(FieldInvalid) as err:
        app.intake.accept(clerk, draft(override_total="15"), approver=boss)
    assert err.value.field == "override_reason"
    done = app.intake.accept(clerk, draft(override_total="15", override_reason="老客户优惠"),
                             approver=boss)
    assert done.record.total == Decimal("15.00")
    assert done.record.quoted_total == Decimal("17")
    assert done.record.override_by == "1001"
    summary = app.intake.shift_summary(T0.date(), "early")
    assert summary.overrides[0].reason == "老客户优惠"
    assert summary.total.overrides == 1
    entries = app.audit.entries(boss, entity="ci_acceptance")
    assert entries[0].after is not None
    assert entries[0].after["override_reason"] == "老客户优惠"


def test_same_waybill_cannot_be_accepted_twice(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    _boss, clerk = desk
    app.intake.accept(clerk, draft(1))
    with pytest.raises(AlreadyAccepted) as err:
        app.intake.accept(clerk, draft(1))
    assert (err.value.by, err.value.job_number) == ("李明", clerk.job_number)


def test_cash_short_and_missing_fields_are_named_in_form_order(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    _boss, clerk = desk
    cases = [
        (draft(received="10"), ("received", "short")),
        (draft(weight=""), ("weight", "required")),
        (draft(weight="500"), ("weight", "range")),
        (draft(length="30", width="20"), ("dimensions", "incomplete")),
        (draft(pay_mode=None), ("pay_mode", "required")),
        (draft(inspected=False), ("inspected", "required")),
        (draft(recipient_phone="123"), ("recipient_phone", "phone")),
        (draft(sender_name=" "), ("sender_name", "required")),
        (draft(quantity="0"), ("quantity", "range")),
    ]
    for bad, expected in cases:
        with pytest.raises(FieldInvalid) as err:
            app.intake.accept(clerk, bad)
        assert (err.value.field, err.value.problem) == expected
    assert app.intake.shift_summary(T0.date(), "day").total.accepted == 0


def test_shift_summary_per_clerk_and_mode(
        app: AppServices, desk: tuple[StaffMember, StaffMember], clock: FakeClock) -> None:
    boss, clerk = desk
    app.intake.accept(clerk, draft(1))
    app.intake.accept(clerk, draft(2, pay_mode=PayMode.QR))
    app.intake.accept(boss, draft(3, pay_mode=PayMode.COLLECT))
    clock.advance(hours=7)  # 16:00, the late shift
    app.intake.accept(clerk, draft(4))
    early = app.intake.shift_summary(T0.date(), "early")
    by = {c.clerk: c for c in early.clerks}
    assert set(by) == {"李明", "王丽"}
    assert early.shift == "早班"
    assert (by["李明"].cash_count, by["李明"].qr_count, by["李明"].accepted) == (1, 1, 2)
    assert by["王丽"].collect_count == 1
    assert early.total.accepted == 3
    assert early.total.cash_total == "17.00"
    late = app.intake.shift_summary(T0.date(), "late")
    assert late.total.accepted == 1
    assert late.period == "15:00–21:30"


def test_consumables_count_in_use_and_warn_when_low(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    boss, clerk = desk
    items = {c.code: c for c in app.intake.consumables()}
    assert {"waybill", "envelope", "carton_m", "tape"} <= set(items)
    app.intake.count_in(clerk, "waybill", "201")
    app.intake.count_in(clerk, "carton_m", "21")
    assert app.intake.low_stock()
    assert "waybill" not in {c.code for c in app.intake.low_stock()}
    done = app.intake.accept(clerk, draft(1, packaging=(("carton_m", 1),)))
    stock = {c.code: c.stock for c in app.intake.consumables()}
    assert stock["waybill"] == 200
    assert stock["carton_m"] == 20
    assert {c.code for c in done.low_stock} == {"waybill", "carton_m"}
    assert any(line["kind"] == "packaging" for line in done.record.quote["lines"])
    with pytest.raises(FieldInvalid) as err:
        app.intake.take_out(clerk, "tape", "1")  # none in stock
    assert (err.value.problem, err.value.detail) == ("stock", "0")
    app.intake.recount(clerk, "tape", "7")
    assert {c.code: c.stock for c in app.intake.consumables()}["tape"] == 7
    app.intake.set_low_mark(boss, "tape", "8")
    assert "tape" in {c.code for c in app.intake.low_stock()}


def test_refusal_by_clerk_decision_is_logged(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    _boss, clerk = desk
    app.intake.refuse(clerk, RefusalReason.NO_IDENTITY, "文件", "13812345678")
    with pytest.raises(FieldInvalid):
        app.intake.refuse(clerk, RefusalReason.OTHER, "文件")
    lines = app.intake.shift_summary(T0.date(), "day").refusals
    assert [line.reason for line in lines] == ["未出示身份证件"]


def test_catalogue_additions_are_checked_and_used(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    boss, clerk = desk
    from counter_app.domain.prohibited import ProhibitedCategory

    def entry(number: int, keywords: tuple[str, ...], name: str = "") -> ProhibitedCategory:
        return ProhibitedCategory(number, name, "", (), keywords)

    with pytest.raises(FieldInvalid) as err:
        app.intake.save_catalogue_additions(boss, [entry(30, ("现金",))])
    assert err.value.field == "category_name"
    with pytest.raises(FieldInvalid) as err:
        app.intake.save_catalogue_additions(boss, [entry(3, ("摔炮",)), entry(3, ("礼花",))])
    assert (err.value.field, err.value.problem) == ("category", "duplicate")
    app.intake.save_catalogue_additions(boss, [entry(3, ("摔炮",)),
                                               entry(30, ("现金",), "现金及有价证券")])
    saved = {c.number: c for c in app.intake.catalogue_additions()}
    assert saved[3].name_zh == app.intake.catalogue().category(3).name_zh  # the published name
    verdict = app.intake.check_contents("一盒摔炮")
    assert [m.number for m in verdict.prohibited] == [3]
    with pytest.raises(ParcelRefused):
        app.intake.accept(clerk, draft(contents="现金 两万"))


def test_settings_are_supervisor_only(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    _boss, clerk = desk
    with pytest.raises(PermissionDenied):
        app.intake.set_fragile_policy(clerk, FragilePolicy.MARK)
    with pytest.raises(PermissionDenied):
        app.intake.save_rate_card(clerk, app.intake.rate_card())
