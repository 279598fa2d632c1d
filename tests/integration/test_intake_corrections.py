"""Counter corrections (issue 16 §4): void (作废) and correct an accepted parcel — a reason, a
supervisor for money changes, the audit entry, the slip marked 补打 / 更正 / 作废, and the shift
summary counting voids (CI-1, CI-7, CI-8)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from counter_app.domain.errors import (
    AcceptanceVoided,
    AlreadyAccepted,
    FieldInvalid,
    NotFound,
    ParcelRefused,
    PermissionDenied,
)
from counter_app.domain.intake import PayMode
from counter_app.domain.staff import StaffMember
from counter_app.services.app import AppServices
from counter_app.services.intake_drafts import CorrectionDraft
from tests.integration import test_intake_service as _base
from tests.integration.test_intake_service import HANGZHOU, T0, draft, no

clock, app, desk = _base.clock, _base.app, _base.desk  # the counter tests' own fixtures
SHENGSI = "浙江省舟山市嵊泗县菜园镇沙河路5号"


class TestVoid:
    def test_a_void_needs_a_reason_and_a_supervisor(
            self, app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
        boss, clerk = desk
        app.intake.accept(clerk, draft(1))
        with pytest.raises(FieldInvalid) as err:
            app.intake.void(clerk, no(1), " ", approver=boss)
        assert (err.value.field, err.value.problem) == ("reason", "required")
        with pytest.raises(PermissionDenied):
            app.intake.void(clerk, no(1), "客户不寄了")
        with pytest.raises(NotFound):
            app.intake.void(clerk, no(9), "客户不寄了", approver=boss)

    def test_a_voided_parcel_leaves_the_sums_and_is_listed_on_the_shift_summary(
            self, app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
        boss, clerk = desk
        app.intake.accept(clerk, draft(1))
        kept = app.intake.accept(clerk, draft(2))
        app.intake.void(clerk, no(1), "客户不寄了", approver=boss)
        summary = app.intake.shift_summary(T0.date(), "day")
        assert (summary.total.accepted, summary.total.voided) == (1, 1)
        assert summary.total.cash_total == f"{kept.record.total:.2f}"
        assert summary.clerks[0].voided == 1
        line = summary.voids[0]
        assert (line.waybill_no, line.reason, line.approved_by, line.clerk) == (
            no(1), "客户不寄了", boss.job_number, "李明")
        entry = app.audit.entries(boss, entity="ci_acceptance_void")[0]
        assert (entry.entity_id, entry.action, entry.actor) == (no(1), "void", "3001")

    def test_a_voided_parcel_is_not_voided_corrected_or_accepted_again(
            self, app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
        boss, clerk = desk
        app.intake.accept(clerk, draft(1))
        app.intake.void(boss, no(1), "写错单")  # a supervisor voids on their own authority
        with pytest.raises(AcceptanceVoided) as err:
            app.intake.void(boss, no(1), "再来一次")
        # issue 15 §6: the person by name with the job number in brackets
        assert (err.value.at, err.value.by) == (datetime(2026, 11, 23, 9, 0),
                                                f"{boss.name}（{boss.job_number}）")
        with pytest.raises(AcceptanceVoided):
            app.intake.correct(clerk, no(1), CorrectionDraft(weight="3"), "称错了",
                               approver=boss)
        with pytest.raises(AlreadyAccepted):  # the voided waybill number is not reused
            app.intake.accept(clerk, draft(1))
        assert app.intake.reprint(no(1)).mark == "作废"


class TestCorrect:
    def test_a_weight_correction_reprices_and_needs_a_supervisor(
            self, app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
        boss, clerk = desk
        first = app.intake.accept(clerk, draft(1, received="100"))
        with pytest.raises(FieldInvalid):  # a reason is always required
            app.intake.correct(clerk, no(1), CorrectionDraft(weight="3.5"), "", approver=boss)
        with pytest.raises(PermissionDenied):  # the fee changes: a supervisor
            app.intake.correct(clerk, no(1), CorrectionDraft(weight="3.5"), "称错了")
        done = app.intake.correct(clerk, no(1), CorrectionDraft(weight="3.5"), "称错了",
                                  approver=boss)
        assert done.record.weight == Decimal("3.5")
        assert done.record.total > first.record.total
        assert done.record.received == Decimal("100.00")
        assert done.change == Decimal("100.00") - done.record.total
        assert done.slip.mark == "更正"
        assert app.intake.reprint(no(1)).mark == "更正"
        entry = app.audit.entries(boss, entity="ci_acceptance")[0]
        assert entry.action == "correct"
        assert entry.before is not None
        assert entry.after is not None
        assert (entry.before["weight"], entry.after["weight"]) == ("1.200", "3.500")
        assert (entry.after["reason"], entry.after["approved_by"]) == ("称错了", boss.job_number)
        assert entry.after["recipient_address"].endswith("***")  # masked

    def test_a_correction_that_keeps_the_fee_needs_no_supervisor(
            self, app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
        _boss, clerk = desk
        app.intake.accept(clerk, draft(1, weight="1.2"))
        done = app.intake.correct(clerk, no(1), CorrectionDraft(weight="1.5"), "复称")
        assert done.record.weight == Decimal("1.5")  # still 2 kg chargeable: same fee
        with pytest.raises(FieldInvalid) as err:
            app.intake.correct(clerk, no(1), CorrectionDraft(weight="1.5"), "复称")
        assert (err.value.field, err.value.problem) == ("correction", "unchanged")

    def test_a_payment_mode_change_is_a_money_change(
            self, app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
        boss, clerk = desk
        app.intake.accept(clerk, draft(1))
        with pytest.raises(PermissionDenied):
            app.intake.correct(clerk, no(1), CorrectionDraft(pay_mode=PayMode.QR), "扫码付的")
        done = app.intake.correct(clerk, no(1), CorrectionDraft(pay_mode=PayMode.QR),
                                  "扫码付的", approver=boss)
        assert (done.record.pay_mode, done.record.received) == ("qr", None)
        summary = app.intake.shift_summary(T0.date(), "day")
        assert (summary.total.cash_count, summary.total.qr_count) == (0, 1)

    def test_a_destination_correction_is_checked_against_the_service_area(
            self, app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
        boss, clerk = desk
        app.intake.accept(clerk, draft(1))
        with pytest.raises(ParcelRefused):
            app.intake.correct(clerk, no(1), CorrectionDraft(recipient_address=SHENGSI),
                               "地址写错", approver=boss)
        done = app.intake.correct(clerk, no(1), CorrectionDraft(recipient_address=HANGZHOU),
                                  "地址写错", approver=boss)
        assert (done.record.province, done.record.city) == ("浙江省", "杭州市")
        assert done.slip.destination.startswith("浙江")
        # a refused correction is not a refused parcel: nothing in the refusal log
        assert app.intake.shift_summary(T0.date(), "day").total.refusals == 0

    def test_a_plain_reprint_is_marked_bupda(
            self, app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
        _boss, clerk = desk
        done = app.intake.accept(clerk, draft(1))
        assert done.slip.mark == ""
        assert app.intake.reprint(no(1)).mark == "补打"
        assert app.intake.slip(no(1)) == done.slip  # the desk's own reprint is unchanged


# --- WH-18: 进仓费 charged with a parcel (issue 16 §7) ----------------------------------------


def test_wh18_an_entry_fee_is_its_own_slip_line_and_in_the_total(
        app: AppServices, desk: tuple[StaffMember, StaffMember]) -> None:
    boss, clerk = desk
    plain = app.intake.accept(clerk, draft(1))
    done = app.intake.accept(clerk, draft(2, entry_fee="65"))
    assert done.record.total == plain.record.total + Decimal("65.00")
    assert done.record.quoted_total == done.record.total
    assert ("进仓费", "65.00") in [(line.label, line.amount) for line in done.slip.lines]
    assert "进仓费" not in [line.label for line in plain.slip.lines]
    # a correction re-prices the freight and keeps the 进仓费
    fixed = app.intake.correct(boss, no(2), CorrectionDraft(weight="3.5"), reason="称错了")
    assert ("进仓费", "65.00") in [(line.label, line.amount) for line in fixed.slip.lines]
    assert fixed.record.total - Decimal("65.00") > plain.record.total
    with pytest.raises(FieldInvalid) as err:
        app.intake.accept(clerk, draft(3, entry_fee="-5"))
    assert err.value.field == "entry_fee"
