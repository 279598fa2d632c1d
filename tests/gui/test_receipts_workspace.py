"""F3 回单 in a real window, driven by key events alone (issue 6 §2)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from counter_app.domain.staff import CourierKind, Role
from counter_app.hardware.hub import ScannerHub
from counter_app.paths import DataPaths
from counter_app.services.app import AppServices
from counter_app.ui.app import AppController
from counter_app.ui.i18n import Translations
from counter_app.ui.scanning import Cues
from counter_app.ui.settings import Preferences
from counter_app.ui.workspaces.receipts import ReceiptsWorkspace
from tests.helpers import set_up_station


def no(n: int) -> str:
    return f"7731652312{n:04d}"


@pytest.fixture
def desk(qtbot, services: AppServices, data_paths: DataPaths,
         translations: Translations) -> tuple[AppController, ReceiptsWorkspace]:
    translations.apply("en")
    boss = set_up_station(services)
    services.staff.add(boss, "3001", "周芳", Role.RECEIPTS, "pw-3001")
    services.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
    services.clock.current = datetime(2026, 11, 22, 20, 0)  # type: ignore[attr-defined]
    ctl = AppController(services, Preferences(data_paths.settings_file), translations,
                        ScannerHub())
    qtbot.add_widget(ctl.window)
    ctl.window.cues = Cues(beep=lambda: None)
    night = services.auth.login("3001", "pw-3001")
    services.receipts.import_delivery_csv(night, "\n".join([
        f"2026-11-22,张伟,{no(1)},李娜,,1",
        f"2026-11-22,张伟,{no(2)},王芳,25.00,1",
        f"2026-11-22,张伟,{no(3)},陈刚,,3",
        f"2026-11-22,张伟,{no(4)},赵敏,,1",
        f"2026-11-22,张伟,{no(5)},孙悦,,1",
    ]))
    ctl.window.set_operator(night)
    ctl.window.show()
    ctl.window.activateWindow()
    qtbot.wait_until(lambda: QApplication.activeWindow() is ctl.window)
    assert ctl.window.current_key() == "receipts"  # the night desk opens on its own desk
    ws = ctl.window.workspaces["receipts"]
    assert isinstance(ws, ReceiptsWorkspace)
    ws.ui.delivery_date_edit.setDate(QDate(2026, 11, 22))
    ws.ui.report_date_edit.setDate(QDate(2026, 11, 22))
    return ctl, ws


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Key events with their text, as a keyboard (or a committed IME candidate) sends them."""
    for ch in text:
        key = Qt.Key(ord(ch)) if ch.isascii() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     ch))


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_a_whole_batch_by_key_events_alone(qtbot, desk, services: AppServices) -> None:
    _ctl, ws = desk
    ui = ws.ui
    ui.courier_combo.setFocus()
    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert ws.batch is not None
    assert ui.waybill_edit.hasFocus()
    # plain receipt: number, Enter, signer, Enter
    type_text(qtbot, ui.waybill_edit, no(1))
    press(qtbot, Qt.Key.Key_Return)
    assert ui.signer_edit.hasFocus()
    type_text(qtbot, ui.signer_edit, "李娜")
    press(qtbot, Qt.Key.Key_Return)
    assert ui.entry_message_label.text() == f"Saved {no(1)}."
    assert ui.waybill_edit.hasFocus()
    # 到付: the amount field follows the signer
    type_text(qtbot, ui.waybill_edit, no(2))
    press(qtbot, Qt.Key.Key_Return)
    assert ui.cod_check.isChecked()
    type_text(qtbot, ui.signer_edit, "王芳")
    press(qtbot, Qt.Key.Key_Return)
    assert ui.cod_amount_edit.hasFocus()
    type_text(qtbot, ui.cod_amount_edit, "25")
    press(qtbot, Qt.Key.Key_Return)
    # several pieces: the list's count is offered, Enter accepts it
    type_text(qtbot, ui.waybill_edit, no(3))
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, ui.signer_edit, "陈刚")
    press(qtbot, Qt.Key.Key_Return)
    assert ui.pieces_spin.hasFocus()
    assert ui.pieces_spin.value() == 3
    press(qtbot, Qt.Key.Key_Return)
    # F6: 草签 in one stroke
    type_text(qtbot, ui.waybill_edit, no(4))
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_F6)
    # 本人 is refused, F10 offers the recipient's name
    type_text(qtbot, ui.waybill_edit, no(5))
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, ui.signer_edit, "本人")
    press(qtbot, Qt.Key.Key_Return)
    assert "孙悦" in ui.entry_message_label.text()
    press(qtbot, Qt.Key.Key_F10)
    assert ui.signer_edit.text() == "孙悦"
    press(qtbot, Qt.Key.Key_Return)
    assert ws.batch is not None
    view = services.receipts.view(ws.batch.batch.id)
    assert [(r.waybill_no, r.signer, r.signer_kind, r.pieces, str(r.cod_amount or ""))
            for r in view.receipts] == [
        (no(1), "李娜", "full", 1, ""),
        (no(2), "王芳", "full", 1, "25.00"),
        (no(3), "陈刚", "full", 3, ""),
        (no(4), "草签", "scrawl", 1, ""),
        (no(5), "孙悦", "full", 1, ""),
    ]
    assert ui.receipts_table.rowCount() == 5
    assert "5 receipt(s), 7 piece(s)" in ui.batch_label.text()


def test_surname_helper_and_live_warning_as_the_clerk_types(qtbot, desk) -> None:
    _ctl, ws = desk
    ui = ws.ui
    ws.open_batch()
    type_text(qtbot, ui.waybill_edit, no(1))
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, ui.signer_edit, "张2")
    assert ui.signer_edit.text() == "张,,"
    ui.signer_edit.clear()
    type_text(qtbot, ui.signer_edit, "13")
    assert ui.entry_message_label.text() == "A signer is never digits (「不能用数字来签收」)."
    press(qtbot, Qt.Key.Key_Return)
    assert ui.signer_edit.hasFocus()  # nothing saved
    assert ws.batch is not None
    assert ws.batch.count == 0


def test_a_different_cod_amount_needs_confirmation_and_is_flagged(
        qtbot, desk, services: AppServices, monkeypatch: pytest.MonkeyPatch) -> None:
    _ctl, ws = desk
    ui = ws.ui
    ws.open_batch()
    asked: list[tuple[str, str]] = []
    answers = iter([False, True])
    monkeypatch.setattr(ws, "ask_confirm_amount",
                        lambda e, a: asked.append((e, a)) or next(answers))
    type_text(qtbot, ui.waybill_edit, no(2))
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, ui.signer_edit, "王芳")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, ui.cod_amount_edit, "20")
    press(qtbot, Qt.Key.Key_Return)
    assert ui.cod_amount_edit.hasFocus()  # declined: back to the amount
    press(qtbot, Qt.Key.Key_Return)
    assert asked == [("25.00", "20.00"), ("25.00", "20.00")]
    assert ws.batch is not None
    assert services.receipts.cod_list(ws.batch.batch.id).lines[0].flagged is True


def test_a_scanned_receipt_already_entered_says_who_and_when(qtbot, desk) -> None:
    ctl, ws = desk
    ws.open_batch()
    type_text(qtbot, ws.ui.waybill_edit, no(1))
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, ws.ui.signer_edit, "李娜")
    press(qtbot, Qt.Key.Key_Return)
    from counter_app.domain.scanning import RawScan

    ctl.gateway.process(RawScan("wedge", no(1).encode(), no(1), 10.0))
    assert ctl.window.ui.scan_result_label.text() == "Not entered"
    assert "Already entered by 周芳（3001） at 2026-11-22 20:00" in ws.ui.entry_message_label.text()


def test_closing_the_batch_prints_cover_and_cod_list(
        qtbot, desk, monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    from pypdf import PdfReader

    _ctl, ws = desk
    ws.open_batch()
    for n, signer, amount in ((1, "李娜", ""), (2, "王芳", "25")):
        type_text(qtbot, ws.ui.waybill_edit, no(n))
        press(qtbot, Qt.Key.Key_Return)
        type_text(qtbot, ws.ui.signer_edit, signer)
        press(qtbot, Qt.Key.Key_Return)
        if amount:
            type_text(qtbot, ws.ui.cod_amount_edit, amount)
            press(qtbot, Qt.Key.Key_Return)
    monkeypatch.setattr(ws, "ask_print", lambda printer: False)
    asked: list[tuple[str, ...]] = []
    monkeypatch.setattr(ws, "ask_close_with_missing", lambda m: asked.append(m) or True)
    ws.close_batch()
    assert asked == [(no(3), no(4), no(5))]  # list parcels without a receipt: asked first
    assert ws.batch is None
    assert "Batch closed: 2 receipt(s)" in ws.ui.entry_message_label.text()
    (tmp_path / "close.pdf").write_bytes(ws.last_print)
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "close.pdf").pages)
    assert "张伟" in text
    assert "2026-11-22" in text
    assert no(2) in text
    assert "25.00" in text
    assert "清单应有" in text
    assert "5 件　未录 3 件" in text  # the expected count printed on the cover
    morning = ws.ui.morning_text.toPlainText()
    assert date(2026, 11, 22).isoformat() in morning
    assert f"Missing from 张伟's batch: {no(3)}" in morning


def test_closing_with_list_parcels_missing_stays_open_on_the_safe_answer(
        qtbot, desk, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from counter_app.ui.widgets import questions

    _ctl, ws = desk
    ws.open_batch()
    type_text(qtbot, ws.ui.waybill_edit, no(1))
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, ws.ui.signer_edit, "李娜")
    press(qtbot, Qt.Key.Key_Return)
    boxes: list[QMessageBox] = []

    def enter_on_the_box(box: QMessageBox) -> int:
        boxes.append(box)
        box.show()
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the clerk just presses Enter
        return box.result()

    monkeypatch.setattr(questions.QMessageBox, "exec", enter_on_the_box)
    ws.close_batch()
    assert len(boxes) == 1
    assert no(3) in boxes[0].text()
    assert ws.batch is not None  # Enter answered 否: still open
    assert "The batch stays open" in ws.ui.entry_message_label.text()


def test_a_scan_without_an_open_batch_is_refused_and_not_entered(qtbot, desk) -> None:
    from counter_app.domain.scanning import RawScan

    ctl, ws = desk
    ctl.gateway.process(RawScan("wedge", no(1).encode(), no(1), 10.0))
    assert ctl.window.ui.scan_result_label.text() == "Not entered"
    assert "Open the courier's batch first" in ws.ui.entry_message_label.text()
    assert ws.ui.waybill_edit.text() == ""


def test_a_receipt_is_found_and_printed_with_its_keeping_date(
        qtbot, desk, monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    from pypdf import PdfReader

    _ctl, ws = desk
    ws.open_batch()
    type_text(qtbot, ws.ui.waybill_edit, no(1))
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, ws.ui.signer_edit, "李,")
    press(qtbot, Qt.Key.Key_Return)
    ws.ui.find_edit.setText(no(1))
    assert ws.find_receipt()
    text = ws.ui.morning_text.toPlainText()
    assert "签收人：李," in text
    assert "签收类别：只有姓" in text
    assert "保存至：2027-05-21" in text  # 180 days after arrival (RE-8)
    monkeypatch.setattr(ws, "ask_print", lambda printer: False)
    ws.print_receipt()
    (tmp_path / "r.pdf").write_bytes(ws.last_print)
    assert no(1) in PdfReader(tmp_path / "r.pdf").pages[0].extract_text()
    ws.ui.find_edit.setText(no(4))
    assert not ws.find_receipt()
    assert ws.ui.morning_text.toPlainText() == f"No receipt entered for {no(4)}."


def test_a_delivery_list_file_is_imported_off_the_gui_thread_and_a_bad_one_is_said(
        qtbot, desk, services: AppServices, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 15 §1: the morning's list is read and stored by the worker; what it says shows."""
    _ctl, ws = desk
    good = tmp_path / "list.csv"
    good.write_text(f"2026-11-22,张伟,{no(6)},周强,,1\n2026-11-22,张伟,{no(7)},吴婷,,2\n",
                    encoding="utf-8")
    bad = tmp_path / "gbk.csv"
    bad.write_bytes("2026-11-22,张伟,773165231200,周强,,1\n".encode("gbk"))
    chosen = iter([str(good), str(bad)])
    monkeypatch.setattr(ws, "ask_open_csv", lambda: next(chosen))
    ws.import_list()
    assert ws.ui.morning_text.toPlainText() == "Imported 2 delivery-list line(s)."
    ws.import_list()
    assert "UTF-8" in ws.ui.morning_text.toPlainText()
    assert "周强" not in ws.ui.morning_text.toPlainText()
