"""Issue 16 at the warehouse: X-6 — a scan-in of a parcel the night desk entered as signed
warns before the form is filled, and saving notes the receipt on the timeline."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from counter_app.domain.staff import Role
from counter_app.services.app import AppServices
from counter_app.services.receipts import ReceiptDraft
from tests.gui import test_warehouse_workspace as _base
from tests.gui.test_warehouse_workspace import Clerk, Desk, no

desk = _base.desk  # the warehouse clerk's window at 09:00 on 2026-11-23
lone = _base.lone  # the warehouse workspace alone, same station


def test_x6_scan_in_of_a_signed_parcel_warns(qtbot, desk: Desk,
                                             services: AppServices) -> None:
    boss = services.auth.login("1001", "secret-1001")
    services.staff.add(boss, "3001", "周芳", Role.RECEIPTS, "pw-3001")
    night = services.auth.login("3001", "pw-3001")
    batch = services.receipts.open_batch(night, desk.courier_id, date(2026, 11, 22))
    services.receipts.enter(night, batch.batch.id, ReceiptDraft(no(1), "李娜"))
    ui = desk.ws.ui
    desk.scan(no(1))
    assert ui.in_form.isEnabled()  # the parcel is here: the scan-in goes ahead
    text = ui.in_message_label.text()
    assert "李娜" in text
    assert "signed" in text
    assert "3001" in text
    # an unsigned parcel: no warning
    desk.scan(no(2))
    assert "signed" not in ui.in_message_label.text()
    assert ui.reason_combo.hasFocus()


def test_wh16_the_board_reminds_to_read_replies_at_noon(qtbot, lone: Clerk,
                                                        services: AppServices) -> None:
    ui, ws = lone.ws.ui, lone.ws
    ui.warehouse_tabs.setCurrentWidget(ui.board_tab)
    ws.board_panel.refresh()
    assert ws.board_panel.reply_bar.isHidden()  # 09:00: nothing yet
    services.clock.current = datetime(2026, 11, 23, 12, 1)  # type: ignore[attr-defined]
    ws.board_panel.refresh()
    assert not ws.board_panel.reply_bar.isHidden()
    assert "12:00" in ws.board_panel.reply_bar.label.text()
    ws.board_panel.reply_bar.button.setFocus()
    qtbot.keyClick(ws.board_panel.reply_bar.button, Qt.Key.Key_Space)
    assert ws.board_panel.reply_bar.isHidden()


def test_wh16_the_origin_city_is_typed_at_scan_in(qtbot, desk: Desk,
                                                  services: AppServices) -> None:
    """A 错分件 from 杭州 (the station's city) is stored with its origin and has no message
    due (同城件无需留言)."""
    from counter_app.domain.warehouse import DueKind
    from tests.gui.keys import press, send_text

    ws, ui = desk.ws, desk.ws.ui
    desk.scan(no(3))
    assert ui.reason_combo.hasFocus()
    ws.scan_in_panel.origin_city.edit.setFocus()
    send_text(ws.scan_in_panel.origin_city.edit, "杭州")
    ui.reason_combo.setFocus()
    index = ui.reason_combo.findText("Mis-sorted", Qt.MatchFlag.MatchContains)
    assert index >= 0
    ui.reason_combo.setCurrentIndex(index)
    ui.recipient_edit.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    stay = services.warehouse.lookup(desk.clerk, no(3)).open_stay
    assert stay is not None, ui.in_message_label.text()
    assert stay.details.origin_city == "杭州"
    board = services.warehouse.board(desk.clerk)
    assert DueKind.MISSORTED_MESSAGE not in [b.due.kind for b in board.due_today]
    assert ws.scan_in_panel.origin_city.edit.text() == ""  # the next parcel starts empty
