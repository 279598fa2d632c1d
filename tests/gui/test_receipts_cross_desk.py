"""Issue 16 at the night desk: the X-6 and RE-3 questions asked by the entry line, driven by
real key events; the dialogs' answers are given by replacing the ``ask_*`` methods."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import QDate, Qt

from counter_app.domain.staff import CourierKind, Role
from counter_app.domain.warehouse import ProblemDetails, Reason
from counter_app.services.app import AppServices
from counter_app.services.warehouse import ScanInDraft
from counter_app.ui.workspaces.receipts_questions import MOVE, MoveOrKeepDialog
from tests.gui import test_receipts_workspace as _base
from tests.gui.test_receipts_workspace import no, press, type_text

desk = _base.desk  # the night desk of the 22nd with 张伟's list

BOSS = ("1001", "secret-1001")


def _enter(qtbot, ws, number: str, signer: str) -> None:
    ui = ws.ui
    type_text(qtbot, ui.waybill_edit, number)
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, ui.signer_edit, signer)
    press(qtbot, Qt.Key.Key_Return)


@pytest.fixture
def wu(services: AppServices):
    """吴婷, a second courier whose list of the 22nd has no(7)."""
    boss = services.auth.login(*BOSS)
    courier = services.couriers.add(boss, "吴婷", "13905711002", CourierKind.COURIER, "文二路")
    services.receipts.import_delivery_csv(boss, f"2026-11-22,吴婷,{no(7)},钱多,35.00,1")
    return courier


def test_x6_a_parcel_in_stock_needs_a_supervisors_override(
        qtbot, desk, services: AppServices, monkeypatch: pytest.MonkeyPatch) -> None:
    """X-6: a parcel in stock as 破损拒收 is not saved until a supervisor approves; a wrong
    password is asked again, cancelling keeps the entry line."""
    _ctl, ws = desk
    boss = services.auth.login(*BOSS)
    keeper = services.staff.add(boss, "4001", "刘洋", Role.WAREHOUSE, "pw-4001")
    services.warehouse.scan_in(keeper, ScanInDraft(
        waybill=no(1), reason=Reason.DAMAGED, details=ProblemDetails(detail="玻璃碎"),
        recipient="李娜"))
    ws.open_batch()
    monkeypatch.setattr(ws, "ask_override", lambda why: True)
    answers = iter([None])
    monkeypatch.setattr(ws, "ask_credentials", lambda error, intro: next(answers))
    _enter(qtbot, ws, no(1), "李娜")
    assert ws.batch is not None
    assert ws.batch.count == 0
    assert "supervisor must approve" in ws.ui.entry_message_label.text()
    assert ws.ui.signer_edit.text() == "李娜"  # nothing typed is lost
    seen: list[tuple[str, str]] = []
    answers = iter([("1001", "wrong"), BOSS])
    monkeypatch.setattr(ws, "ask_credentials",
                        lambda error, intro: seen.append((error, intro)) or next(answers))
    ws.ui.signer_edit.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert ws.ui.entry_message_label.text() == f"Saved {no(1)}."
    assert "in the warehouse" in seen[0][1]
    assert seen[0][0] == ""
    assert seen[1][0]  # the failed login is named on the second ask
    entry = services.audit.entries(boss, entity="receipt")[0]
    assert entry.after is not None
    assert entry.after["in_stock_override_by"] == "1001"


def test_x6_another_couriers_list_moves_the_receipt_to_their_batch(
        qtbot, desk, wu, services: AppServices, monkeypatch: pytest.MonkeyPatch) -> None:
    """X-6: 吴婷's parcel in 张伟's batch — the hint says so at the scan; Move enters it in
    吴婷's batch of the list's day, so her ¥35 is on her COD list, not his."""
    _ctl, ws = desk
    ws.open_batch()
    monkeypatch.setattr(ws, "ask_other_courier", lambda err: MOVE)
    type_text(qtbot, ws.ui.waybill_edit, no(7))
    press(qtbot, Qt.Key.Key_Return)
    assert "吴婷" in ws.ui.entry_hint_label.text()
    type_text(qtbot, ws.ui.signer_edit, "钱多")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, ws.ui.cod_amount_edit, "35")
    press(qtbot, Qt.Key.Key_Return)
    assert "吴婷" in ws.ui.entry_message_label.text()
    assert ws.batch is not None
    assert ws.batch.count == 0
    receipt = services.receipts.lookup(no(7)).existing
    assert receipt is not None
    theirs = services.receipts.view(receipt.batch_id)
    assert theirs.courier.id == wu.id


def test_x6_another_couriers_list_kept_here_with_a_reason(
        qtbot, desk, wu, services: AppServices, monkeypatch: pytest.MonkeyPatch) -> None:
    """X-6: Keep here asks the reason; it goes to the audit entry."""
    _ctl, ws = desk
    ws.open_batch()
    monkeypatch.setattr(ws, "ask_other_courier", lambda err: "吴婷托张伟代送")
    type_text(qtbot, ws.ui.waybill_edit, no(7))
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, ws.ui.signer_edit, "钱多")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, ws.ui.cod_amount_edit, "35")
    press(qtbot, Qt.Key.Key_Return)
    assert ws.batch is not None
    assert ws.batch.count == 1
    boss = services.auth.login(*BOSS)
    entry = services.audit.entries(boss, entity="receipt")[0]
    assert entry.after is not None
    assert entry.after["keep_reason"] == "吴婷托张伟代送"


def test_x6_move_or_keep_dialog_by_keys(qtbot, desk, wu) -> None:
    """The dialog: Keep with an empty reason says so and stays open; Enter in the reason
    keeps; the default button moves."""
    from counter_app.domain.errors import OnOtherCouriersList

    _ctl, ws = desk
    err = OnOtherCouriersList(no(7), "吴婷", wu.id, date(2026, 11, 22))
    dialog = MoveOrKeepDialog(ws, err)
    qtbot.add_widget(dialog)
    dialog.keep_button.click()
    assert dialog.answer is None
    assert not dialog.error_label.isHidden()
    type_text(qtbot, dialog.reason_edit, "代送")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.answer == "代送"
    other = MoveOrKeepDialog(ws, err)
    qtbot.add_widget(other)
    assert other.move_button.isDefault()
    other.move_button.click()
    assert other.answer == MOVE


def test_x6_a_piece_count_different_from_the_list_asks(
        qtbot, desk, services: AppServices, monkeypatch: pytest.MonkeyPatch) -> None:
    """X-6 / RE-4: list 3, typed 1 — asked; declined: back to the pieces; confirmed: saved."""
    _ctl, ws = desk
    ui = ws.ui
    ws.open_batch()
    asked: list[tuple[int, int]] = []
    answers = iter([False, True])
    monkeypatch.setattr(ws, "ask_confirm_pieces",
                        lambda listed, entered: asked.append((listed, entered)) or next(answers))
    type_text(qtbot, ui.waybill_edit, no(3))
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, ui.signer_edit, "陈刚")
    press(qtbot, Qt.Key.Key_Return)
    assert ui.pieces_spin.hasFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    assert ui.pieces_spin.value() == 1
    press(qtbot, Qt.Key.Key_Return)
    assert ui.pieces_spin.hasFocus()  # declined
    press(qtbot, Qt.Key.Key_Return)
    assert asked == [(3, 1), (3, 1)]
    assert ws.batch is not None
    assert [r.pieces for r in services.receipts.view(ws.batch.batch.id).receipts] == [1]


def test_x6_a_batch_dated_otherwise_than_the_list_warns(qtbot, desk) -> None:
    """X-6 / RE-1: the list delivered it on the 22nd, the batch is of the 21st: a warning at
    the scan, in the hint while the signer is typed."""
    _ctl, ws = desk
    ws.ui.delivery_date_edit.setDate(QDate(2026, 11, 21))
    ws.open_batch()
    type_text(qtbot, ws.ui.waybill_edit, no(1))
    press(qtbot, Qt.Key.Key_Return)
    assert "2026-11-22" in ws.ui.entry_message_label.text()
    assert "lateness counts from 2026-11-22" in ws.ui.entry_hint_label.text()
    type_text(qtbot, ws.ui.signer_edit, "李")
    assert "2026-11-22" in ws.ui.entry_hint_label.text()


def test_re3_cod_without_a_name_asks_a_supervisor(
        qtbot, desk, services: AppServices, monkeypatch: pytest.MonkeyPatch) -> None:
    """RE-3: 到付 signed 草签 (F6) is saved only with a supervisor's approval."""
    _ctl, ws = desk
    ui = ws.ui
    ws.open_batch()
    monkeypatch.setattr(ws, "ask_override", lambda why: False)
    type_text(qtbot, ui.waybill_edit, no(2))
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_F6)
    type_text(qtbot, ui.cod_amount_edit, "25")
    press(qtbot, Qt.Key.Key_Return)
    assert ws.batch is not None
    assert ws.batch.count == 0
    assert ui.signer_edit.hasFocus()
    monkeypatch.setattr(ws, "ask_override", lambda why: True)
    monkeypatch.setattr(ws, "ask_credentials", lambda error, intro: BOSS)
    ui.cod_amount_edit.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert ui.entry_message_label.text() == f"Saved {no(2)}."
    boss = services.auth.login(*BOSS)
    entry = services.audit.entries(boss, entity="receipt")[0]
    assert entry.after is not None
    assert entry.after["cod_exception_approved_by"] == "1001"


def test_wh5_the_report_lists_what_arrived_without_word(qtbot, desk) -> None:
    """WH-5 (issue 16 §8): the day's report names the listed parcels with no receipt and no
    warehouse reason; a receipt entered takes its parcel off."""
    _ctl, ws = desk
    ws.refresh_morning()
    text = ws.ui.morning_text.toPlainText()
    assert f"Arrived, no receipt and no reason in the warehouse: {no(1)} (张伟)" in text
    ws.open_batch()
    _enter(qtbot, ws, no(1), "李娜")
    ws.refresh_morning()
    assert f"warehouse: {no(1)} " not in ws.ui.morning_text.toPlainText()
