"""Night-desk receipts on a real database: batches, signer rules, COD, late flags (RE-1..RE-8)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from counter_app.domain.errors import (
    BatchClosed,
    CodAmountRequired,
    CodAmountZero,
    CodMismatch,
    CodSignerRequired,
    FieldInvalid,
    InvalidWaybill,
    OnOtherCouriersList,
    ParcelInStock,
    PermissionDenied,
    PiecesMismatch,
    ReceiptAlreadyEntered,
    SignerInvalid,
)
from counter_app.domain.signer import SignerProblem, SignerRejected
from counter_app.domain.staff import Courier, CourierKind, Role, StaffMember
from counter_app.domain.warehouse import ProblemDetails, Reason
from counter_app.services.app import AppServices
from counter_app.services.receipts import ReceiptDraft
from counter_app.services.warehouse import ScanInDraft
from tests.helpers import FakeClock, add_clerk, set_up_station, wired

DAY = date(2026, 11, 22)


def no(n: int) -> str:
    return f"7731652312{n:04d}"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 22, 20, 30))  # the evening of the delivery day


@pytest.fixture
def app(db_url: str, clock: FakeClock, tmp_path: Path) -> Iterator[AppServices]:
    with wired(db_url, clock, tmp_path) as services:
        yield services


@pytest.fixture
def desk(app: AppServices) -> tuple[StaffMember, StaffMember, Courier, Courier]:
    boss = set_up_station(app)
    night = add_clerk(app, boss, Role.RECEIPTS, job="3001")
    zhang = app.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
    qian = app.couriers.add(boss, "钱军", "13905711006", CourierKind.DRIVER, "干线")
    app.receipts.import_delivery_csv(night, "\n".join([
        "日期,派件员,运单号,收件人,到付金额,件数",
        f"2026-11-22,张伟,{no(1)},李娜,,1",
        f"2026-11-22,张伟,{no(2)},王芳,25.00,1",
        f"2026-11-22,张伟,{no(3)},陈刚,,3",
        f"2026-11-22,张伟,{no(4)},赵敏,,1",
        f"2026-11-22,钱军,{no(5)},周强,,1",
    ]))
    return boss, night, zhang, qian


def test_a_plain_receipt_is_saved_into_the_batch(app: AppServices, desk) -> None:
    _boss, night, zhang, _ = desk
    batch = app.receipts.open_batch(night, zhang.id, DAY)
    receipt = app.receipts.enter(night, batch.batch.id, ReceiptDraft(no(1), "李娜"))
    assert (receipt.signer, receipt.signer_kind, receipt.late) == ("李娜", "full", False)
    assert receipt.entered_by == "3001"
    assert app.receipts.view(batch.batch.id).count == 1


def test_opening_the_same_batch_again_resumes_it(app: AppServices, desk) -> None:
    _boss, night, zhang, _ = desk
    first = app.receipts.open_batch(night, zhang.id, DAY)
    app.receipts.enter(night, first.batch.id, ReceiptDraft(no(1), "李娜"))
    again = app.receipts.open_batch(night, zhang.id, DAY)
    assert (again.batch.id, again.count) == (first.batch.id, 1)


@pytest.mark.parametrize(("typed", "stored", "kind"), [
    ("张2", "张,,", "surname_only"),
    ("李，，", "李,,", "surname_only"),
    (",伟", ",伟", "given_only"),
    ("草签", "草签", "scrawl"),
    ("已收", "已收", "no_signature"),
    ("邮件签收章", "邮件签收章", "stamp"),
])
def test_signer_forms_are_stored_with_their_kind(app: AppServices, desk, typed: str,
                                                  stored: str, kind: str) -> None:
    _boss, night, zhang, _ = desk
    batch = app.receipts.open_batch(night, zhang.id, DAY)
    receipt = app.receipts.enter(night, batch.batch.id, ReceiptDraft(no(1), typed))
    assert (receipt.signer, receipt.signer_kind) == (stored, kind)


@pytest.mark.parametrize("typed", ["本人", "本人签收", "13812345678", "张,伟", ",,,", ""])
def test_refused_signers_are_never_stored(app: AppServices, desk, typed: str) -> None:
    _boss, night, zhang, _ = desk
    batch = app.receipts.open_batch(night, zhang.id, DAY)
    with pytest.raises(SignerInvalid) as err:
        app.receipts.enter(night, batch.batch.id, ReceiptDraft(no(1), typed))
    assert err.value.recipient == "李娜"  # offered instead of 本人
    assert app.receipts.view(batch.batch.id).count == 0


def test_cod_needs_the_amount_and_a_different_amount_needs_confirmation(
        app: AppServices, desk) -> None:
    _boss, night, zhang, _ = desk
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    with pytest.raises(CodAmountRequired) as missing:
        app.receipts.enter(night, batch, ReceiptDraft(no(2), "王芳"))
    assert missing.value.expected == Decimal("25.00")
    with pytest.raises(CodMismatch) as mismatch:
        app.receipts.enter(night, batch, ReceiptDraft(no(2), "王芳", cod_amount="20"))
    assert (mismatch.value.expected, mismatch.value.amount) == (Decimal("25.00"), Decimal("20.00"))
    saved = app.receipts.enter(night, batch, ReceiptDraft(no(2), "王芳", cod_amount="20",
                                                          confirm_mismatch=True))
    assert (saved.cod_amount, saved.cod_flagged) == (Decimal("20.00"), True)
    cod = app.receipts.cod_list(batch)
    assert [(line.waybill_no, line.amount, line.expected, line.flagged)
            for line in cod.lines] == [(no(2), "20.00", "25.00", True)]
    assert cod.total == "20.00"


def test_cod_marked_by_the_clerk_without_a_list_still_needs_an_amount(
        app: AppServices, desk) -> None:
    _boss, night, zhang, _ = desk
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    with pytest.raises(CodAmountRequired):
        app.receipts.enter(night, batch, ReceiptDraft(no(9), "孙丽", is_cod=True))
    with pytest.raises(FieldInvalid):
        app.receipts.enter(night, batch, ReceiptDraft(no(9), "孙丽", is_cod=True,
                                                      cod_amount="12.345"))
    saved = app.receipts.enter(night, batch, ReceiptDraft(no(9), "孙丽", is_cod=True,
                                                          cod_amount="１２.５"))
    assert (saved.cod_amount, saved.cod_flagged) == (Decimal("12.50"), False)


def test_several_pieces_are_stored(app: AppServices, desk) -> None:
    _boss, night, zhang, _ = desk
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    saved = app.receipts.enter(night, batch, ReceiptDraft(no(3), "陈刚", pieces=3))
    assert saved.pieces == 3
    with pytest.raises(FieldInvalid):
        app.receipts.enter(night, batch, ReceiptDraft(no(4), "赵敏", pieces=0))


def test_a_bad_or_foreign_number_is_refused(app: AppServices, desk) -> None:
    _boss, night, zhang, _ = desk
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    for bad in ("7731652312", "SF1311458896823"):
        with pytest.raises(InvalidWaybill):
            app.receipts.enter(night, batch, ReceiptDraft(bad, "李娜"))


def test_an_entered_receipt_is_shown_with_who_and_when_and_corrected_with_a_reason(
        app: AppServices, desk, clock: FakeClock) -> None:
    boss, night, zhang, _ = desk
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    app.receipts.enter(night, batch, ReceiptDraft(no(1), "李娜"))
    with pytest.raises(ReceiptAlreadyEntered) as err:
        app.receipts.enter(night, batch, ReceiptDraft(no(1), "李娜"))
    assert (err.value.entered_by, err.value.entered_at) == ("3001", datetime(2026, 11, 22, 20, 30))
    with pytest.raises(FieldInvalid):
        app.receipts.correct(night, no(1), ReceiptDraft(no(1), "李,"), reason=" ")
    fixed = app.receipts.correct(night, no(1), ReceiptDraft(no(1), "李,"), reason="看错了")
    assert (fixed.signer, fixed.signer_kind) == ("李,", "surname_only")
    entry = app.audit.entries(boss, entity="receipt")[0]
    assert entry.action == "correct: 看错了"
    assert entry.before is not None
    # the audit log outlives the receipt (RE-8 purge): its snapshot keeps the signer masked
    # (issue 12 §7, X-2), enough to see what the correction changed
    assert entry.before["signer"] == "李*"
    assert entry.after is not None
    assert (entry.before["signer_kind"], entry.after["signer_kind"]) == ("full", "surname_only")


def test_entries_after_ten_the_next_morning_are_late_across_month_ends(
        app: AppServices, desk, clock: FakeClock) -> None:
    _boss, night, zhang, _ = desk
    # X-6 / RE-1 (issue 16): lateness counts from the delivery list's date, so the parcels are
    # now on the 30th's list (the 22nd's list made them late whatever the batch date said)
    app.receipts.import_delivery_csv(night, "\n".join([
        f"2026-11-30,张伟,{no(21)},李娜,,1", f"2026-11-30,张伟,{no(24)},赵敏,,1"]))
    clock.current = datetime(2026, 12, 1, 10, 0)
    batch = app.receipts.open_batch(night, zhang.id, date(2026, 11, 30)).batch.id
    assert app.receipts.enter(night, batch, ReceiptDraft(no(21), "李娜")).late is False
    clock.current = datetime(2026, 12, 1, 10, 1)
    assert app.receipts.enter(night, batch, ReceiptDraft(no(24), "赵敏")).late is True


def test_closing_prints_cover_and_cod_list_and_locks_the_batch(app: AppServices, desk) -> None:
    _boss, night, zhang, _ = desk
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    app.receipts.enter(night, batch, ReceiptDraft(no(1), "李娜"))
    app.receipts.enter(night, batch, ReceiptDraft(no(2), "王芳", cod_amount="25"))
    app.receipts.enter(night, batch, ReceiptDraft(no(3), "陈刚", pieces=3))
    cover, cod = app.receipts.close_batch(night, batch)
    assert (cover.courier, cover.delivery_date, cover.count, cover.pieces) == (
        "张伟", "2026-11-22", 3, 5)
    assert (cover.cod_count, cover.cod_total) == (1, "25.00")
    assert cod is not None
    assert cod.total == "25.00"
    with pytest.raises(BatchClosed):
        app.receipts.enter(night, batch, ReceiptDraft(no(4), "赵敏"))
    with pytest.raises(BatchClosed):
        app.receipts.open_batch(night, zhang.id, DAY)


def test_morning_report_lists_missing_batches_and_receipts(app: AppServices, desk) -> None:
    _boss, night, zhang, _qian = desk
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    app.receipts.enter(night, batch, ReceiptDraft(no(1), "李娜"))
    report = app.receipts.morning_report(DAY)
    assert report.couriers_without_batch == (("钱军", 1),)
    assert report.missing_receipts == (("张伟", no(2)), ("张伟", no(3)), ("张伟", no(4)))
    assert report.open_batches == ("张伟",)


def test_unreadable_receipts_are_set_aside_and_the_assistant_completes_numbers(
        app: AppServices, desk) -> None:
    _boss, night, zhang, _ = desk
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    aside = app.receipts.set_aside(night, batch, "77316523", "1258", "条码撕破")
    assert app.receipts.view(batch).set_asides == (aside,)
    assert app.receipts.view(batch).count == 0
    completed = app.receipts.complete("773165231", "523125896")  # torn barcode + printed tail
    assert completed.accepted
    assert getattr(completed, "number", "") == "77316523125896"


def test_only_the_night_desk_and_supervisors_enter_receipts(app: AppServices, desk) -> None:
    boss, _night, zhang, _ = desk
    counter = add_clerk(app, boss, Role.COUNTER, job="1002")
    with pytest.raises(PermissionDenied):
        app.receipts.open_batch(counter, zhang.id, DAY)
    assert app.receipts.open_batch(boss, zhang.id, DAY).count == 0


def test_purge_removes_only_receipts_past_keeping_and_only_by_a_supervisor(
        app: AppServices, desk, clock: FakeClock) -> None:
    boss, night, zhang, _ = desk
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    app.receipts.enter(night, batch, ReceiptDraft(no(1), "李娜"))
    with pytest.raises(PermissionDenied):
        app.receipts.purge_expired(night)
    clock.current = datetime(2027, 5, 21, 9, 0)  # day 180 after 2026-11-22: still kept
    assert app.receipts.purge_expired(boss) == 0
    clock.current = datetime(2027, 5, 22, 9, 0)
    assert app.receipts.purge_expired(boss) == 1
    assert app.audit.entries(boss, entity="receipt")[0].action == "purge"


# --- issue 16: RE-2 / RE-3 completed -------------------------------------------------------

def test_a_receipt_saying_jushou_is_refused_and_points_to_the_refusal_path(
        app: AppServices, desk) -> None:
    """RE-2 / WH-15: 「李娜拒收」 is a refusal, never stored as a person's name."""
    _boss, night, zhang, _ = desk
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    with pytest.raises(SignerInvalid) as err:
        app.receipts.enter(night, batch, ReceiptDraft(no(1), "李娜拒收"))
    rejected = err.value.rejected
    assert isinstance(rejected, SignerRejected)
    assert (rejected.problem, rejected.suggestion) == (SignerProblem.REFUSAL, "李娜")
    assert app.receipts.view(batch).count == 0


@pytest.mark.parametrize(("typed", "place"), [("门卫", "门卫"), ("物业代收", "物业"),
                                              ("丰巢", "丰巢"), ("驿站", "驿站")])
def test_a_place_that_collects_for_others_is_stored_as_daishou(
        app: AppServices, desk, typed: str, place: str) -> None:
    """RE-2: 代收 places are recorded as kind 代收 with the place, not as a full name."""
    _boss, night, zhang, _ = desk
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    saved = app.receipts.enter(night, batch, ReceiptDraft(no(1), typed))
    assert (saved.signer, saved.signer_kind) == (place, "proxy")
    assert dict(app.receipts.sheet(no(1)).fields)["签收类别"] == "代收"


def test_the_station_edits_the_daishou_places(app: AppServices, desk) -> None:
    """RE-2: the list of 代收 places is a station setting (supervisor, audited)."""
    boss, night, zhang, _ = desk
    assert "门卫" in app.receipts.proxy_places()
    with pytest.raises(PermissionDenied):
        app.receipts.set_proxy_places(night, ["门卫"])
    for bad in (["门卫3"], ["本人"], ["张,,"]):
        with pytest.raises(FieldInvalid):
            app.receipts.set_proxy_places(boss, bad)
    assert app.receipts.set_proxy_places(boss, ["小区保安", " 门卫 ", "门卫", ""]) == (
        "小区保安", "门卫")
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    assert app.receipts.enter(night, batch, ReceiptDraft(no(1), "小区保安")).signer_kind == (
        "proxy")
    # 丰巢 was taken off the list: it is a two-character name again
    assert app.receipts.enter(night, batch, ReceiptDraft(no(4), "丰巢")).signer_kind == "full"
    assert app.audit.entries(boss, entity="setting")[0].entity_id == "receipts.proxy_places"


def test_weiqian_is_stored_as_yishou(app: AppServices, desk) -> None:
    """RE-2: 「未签」 joins the synonyms of 已收."""
    _boss, night, zhang, _ = desk
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    saved = app.receipts.enter(night, batch, ReceiptDraft(no(1), "未签"))
    assert (saved.signer, saved.signer_kind) == ("已收", "no_signature")


def test_a_name_then_digits_is_refused_instead_of_becoming_commas(
        app: AppServices, desk) -> None:
    """RE-2 / RE-4: 「张伟3」 is refused with the count for the pieces field, never 「张伟,,,」."""
    _boss, night, zhang, _ = desk
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    with pytest.raises(SignerInvalid) as err:
        app.receipts.enter(night, batch, ReceiptDraft(no(3), "陈刚3"))
    rejected = err.value.rejected
    assert isinstance(rejected, SignerRejected)
    assert (rejected.problem, rejected.suggestion, rejected.detail) == (
        SignerProblem.NAME_WITH_COUNT, "陈刚", "3")
    # the compound-surname helper still works (RE-2)
    assert app.receipts.enter(night, batch, ReceiptDraft(no(1), "欧阳1")).signer == "欧阳,"


@pytest.mark.parametrize("typed", ["已收", "草签", "看不清", "未签"])
def test_a_cod_receipt_needs_a_legible_name(app: AppServices, desk, typed: str) -> None:
    """RE-3: 草签 or 已收 is no name for a 到付 receipt, unless a supervisor approves."""
    boss, night, zhang, _ = desk
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    with pytest.raises(CodSignerRequired):
        app.receipts.enter(night, batch, ReceiptDraft(no(2), typed, cod_amount="25"))
    with pytest.raises(PermissionDenied):
        app.receipts.enter(night, batch, ReceiptDraft(no(2), typed, cod_amount="25"),
                           approver=night)
    assert app.receipts.view(batch).count == 0
    saved = app.receipts.enter(night, batch, ReceiptDraft(no(2), typed, cod_amount="25"),
                               approver=boss)
    assert saved.cod_amount == Decimal("25.00")
    entry = app.audit.entries(boss, entity="receipt")[0]
    assert entry.after is not None
    assert entry.after["cod_exception_approved_by"] == boss.job_number


def test_a_cod_receipt_with_a_stamp_or_a_place_is_accepted(app: AppServices, desk) -> None:
    """RE-3 reading (docs/receipts.md): a stamp or a 代收 place names who received it."""
    _boss, night, zhang, _ = desk
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    assert app.receipts.enter(night, batch, ReceiptDraft(no(2), "前台", cod_amount="25")
                              ).signer_kind == "proxy"


def test_a_cod_amount_of_zero_is_no_amount(app: AppServices, desk) -> None:
    """RE-3: an amount of 0 is no amount, unless a supervisor approves."""
    boss, night, zhang, _ = desk
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    with pytest.raises(CodAmountZero):
        app.receipts.enter(night, batch, ReceiptDraft(no(9), "孙丽", is_cod=True,
                                                      cod_amount="0"))
    with pytest.raises(CodAmountZero):  # also when the list says 25 and 0 is confirmed
        app.receipts.enter(night, batch, ReceiptDraft(no(2), "王芳", cod_amount="0.00",
                                                      confirm_mismatch=True))
    saved = app.receipts.enter(night, batch, ReceiptDraft(no(9), "孙丽", is_cod=True,
                                                          cod_amount="0"), approver=boss)
    assert saved.cod_amount == Decimal("0.00")


def test_a_correction_cannot_dodge_the_cod_rules(app: AppServices, desk) -> None:
    """RE-3: correcting a 到付 receipt to 已收 needs the same supervisor approval."""
    boss, night, zhang, _ = desk
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    app.receipts.enter(night, batch, ReceiptDraft(no(2), "王芳", cod_amount="25"))
    with pytest.raises(CodSignerRequired):
        app.receipts.correct(night, no(2), ReceiptDraft(no(2), "已收", cod_amount="25"),
                             reason="看错了")
    fixed = app.receipts.correct(night, no(2), ReceiptDraft(no(2), "已收", cod_amount="25"),
                                 reason="看错了", approver=boss)
    assert fixed.signer == "已收"


# --- issue 16: cross-desk checks (X-6) ------------------------------------------------------

def test_a_parcel_in_stock_with_an_open_problem_is_not_entered_as_signed(
        app: AppServices, desk) -> None:
    """X-6 / WH-15: a parcel in stock as 破损拒收 is refused until the stay is closed, or a
    supervisor overrides; the error names the stay."""
    boss, night, zhang, _ = desk
    keeper = add_clerk(app, boss, Role.WAREHOUSE, job="4001")
    stay = app.warehouse.scan_in(keeper, ScanInDraft(
        waybill=no(1), reason=Reason.DAMAGED,
        details=ProblemDetails(detail="外包装完好，内物玻璃杯碎"), recipient="李娜"))
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    with pytest.raises(ParcelInStock) as err:
        app.receipts.enter(night, batch, ReceiptDraft(no(1), "李娜"))
    assert (err.value.reason, err.value.location, err.value.pickup_code, err.value.by) == (
        "damaged", stay.location, stay.pickup_code, "4001")
    assert err.value.since == "2026-11-22 20:30"
    with pytest.raises(PermissionDenied):
        app.receipts.enter(night, batch, ReceiptDraft(no(1), "李娜"), approver=night)
    saved = app.receipts.enter(night, batch, ReceiptDraft(no(1), "李娜"), approver=boss)
    assert saved.signer == "李娜"
    entry = app.audit.entries(boss, entity="receipt")[0]
    assert entry.after is not None
    assert (entry.after["in_stock_override_by"], entry.after["in_stock_reason"]) == (
        boss.job_number, "damaged")


def test_a_warehouse_scan_of_a_signed_parcel_warns(app: AppServices, desk) -> None:
    """X-6: a parcel already entered as signed is flagged at the warehouse scan (lookup) and
    its scan-in says so on the timeline."""
    boss, night, zhang, _ = desk
    keeper = add_clerk(app, boss, Role.WAREHOUSE, job="4001")
    assert not app.warehouse.lookup(keeper, no(1)).signed
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    app.receipts.enter(night, batch, ReceiptDraft(no(1), "李娜"))
    found = app.warehouse.lookup(keeper, no(1))
    assert found.signed
    assert found.receipt is not None
    assert found.receipt.entered_by == "3001"
    app.warehouse.scan_in(keeper, ScanInDraft(
        waybill=no(1), reason=Reason.MISSORTED, details=ProblemDetails(), recipient="李娜"))
    event = app.warehouse.timeline(keeper, no(1))[0]
    assert event.data["signed_receipt"]["entered_by"] == "3001"


def test_a_receipt_on_another_couriers_list_names_that_courier(
        app: AppServices, desk) -> None:
    """X-6: 钱军's parcel scanned into 张伟's batch is refused, naming 钱军 and the day, unless
    kept with a reason."""
    boss, night, zhang, qian = desk
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    with pytest.raises(OnOtherCouriersList) as err:
        app.receipts.enter(night, batch, ReceiptDraft(no(5), "周强"))
    assert (err.value.courier, err.value.courier_id, err.value.delivery_date) == (
        "钱军", qian.id, date(2026, 11, 22))
    assert app.receipts.view(batch).count == 0
    saved = app.receipts.enter(night, batch, ReceiptDraft(no(5), "周强",
                                                          keep_reason="钱军托张伟代送"))
    assert saved.batch_id == batch
    entry = app.audit.entries(boss, entity="receipt")[0]
    assert entry.after is not None
    assert entry.after["keep_reason"] == "钱军托张伟代送"


def test_a_piece_count_different_from_the_list_asks(app: AppServices, desk) -> None:
    """X-6 / RE-4: list 3, typed 1 — an error carrying both counts; confirmed, it is saved."""
    _boss, night, zhang, _ = desk
    batch = app.receipts.open_batch(night, zhang.id, DAY).batch.id
    with pytest.raises(PiecesMismatch) as err:
        app.receipts.enter(night, batch, ReceiptDraft(no(3), "陈刚", pieces=1))
    assert (err.value.listed, err.value.entered) == (3, 1)
    saved = app.receipts.enter(night, batch, ReceiptDraft(no(3), "陈刚", pieces=1,
                                                          confirm_pieces=True))
    assert saved.pieces == 1


def test_lateness_counts_from_the_lists_date_not_the_batch_date(
        app: AppServices, desk, clock: FakeClock) -> None:
    """X-6 / RE-1: delivered on the 22nd, entered on the 24th 09:00 in a batch dated the 23rd,
    is late."""
    _boss, night, zhang, _ = desk
    clock.current = datetime(2026, 11, 24, 9, 0)
    batch = app.receipts.open_batch(night, zhang.id, date(2026, 11, 23)).batch.id
    assert app.receipts.enter(night, batch, ReceiptDraft(no(1), "李娜")).late is True
    # a parcel on no list falls back on the batch's date: in time
    assert app.receipts.enter(night, batch, ReceiptDraft(no(9), "孙丽")).late is False


def test_a_batch_dated_in_the_future_is_refused(
        app: AppServices, desk, clock: FakeClock) -> None:
    """X-6: no batch for a day that has not come."""
    _boss, night, zhang, _ = desk
    with pytest.raises(FieldInvalid) as err:
        app.receipts.open_batch(night, zhang.id, date(2026, 11, 23))
    assert (err.value.field, err.value.problem) == ("delivery_date", "future")
    assert app.receipts.open_batch(night, zhang.id, DAY).count == 0  # today is fine
