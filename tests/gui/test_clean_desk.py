"""A clean desk for each parcel and each clerk (issue 15 item 5): after a logout the next clerk
finds fresh workspaces on their first pages, today's dates, 现付 and a neutral result bar; after
an acceptance or a refusal the next parcel starts from 现付 and the last result leaves the
screen when the clerk starts the next one; a safe question answers 否 to Enter."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from counter_app.domain.intake import PayMode
from counter_app.domain.scanning import ScanOutcome
from counter_app.services.app import AppServices
from counter_app.ui.app import AppController
from counter_app.ui.widgets.questions import safe_question
from counter_app.ui.workspaces.base import ScanFeedback
from tests.gui.test_intake_workspace import Desk, accept, desk, fill_parcel, no, type_text
from tests.gui.test_shell import _login, controller
from tests.helpers import SUPERVISOR, set_up_station

__all__ = ["controller", "desk"]  # fixtures, imported to be found


def test_after_logout_the_next_clerk_finds_a_clean_desk(
        qtbot, controller: AppController, services: AppServices) -> None:
    set_up_station(services)
    _login(qtbot, controller, "1001", SUPERVISOR.password)
    qtbot.wait_until(controller.window.isVisible)
    window = controller.window
    counter = window.workspaces["counter"]
    cui = counter.ui  # type: ignore[attr-defined]
    cui.contents_edit.setText("衣服")
    cui.pay_mode_combo.setCurrentIndex(cui.pay_mode_combo.findData(PayMode.COLLECT.value))
    cui.intake_tabs.setCurrentIndex(2)
    window.show_workspace("warehouse")
    wui = window.workspaces["warehouse"].ui  # type: ignore[attr-defined]
    wui.warehouse_tabs.setCurrentIndex(3)
    window.show_workspace("misroute")
    mui = window.workspaces["misroute"].ui  # type: ignore[attr-defined]
    mui.month_edit.setDate(QDate(2016, 1, 1))
    window.show_feedback(ScanFeedback(ScanOutcome.REJECTED, "Rejected", "x"))
    controller.window.logout_requested.emit()
    assert controller.login is not None
    qtbot.add_widget(controller.login)
    _login(qtbot, controller, "1001", SUPERVISOR.password)
    qtbot.wait_until(window.isVisible)
    assert window.current_key() == "counter"
    cui = window.workspaces["counter"].ui  # type: ignore[attr-defined]
    assert cui.intake_tabs.currentIndex() == 0
    assert cui.contents_edit.text() == ""
    assert cui.pay_mode_combo.currentData() == PayMode.CASH.value
    assert window.workspaces["warehouse"].ui.warehouse_tabs.currentIndex() == 0  # type: ignore[attr-defined]
    today = services.clock.now().date()
    month = window.workspaces["misroute"].ui.month_edit.date()  # type: ignore[attr-defined]
    assert (month.year(), month.month()) == (today.year, today.month)
    assert window.ui.scan_result_label.text() == ""
    assert window.last_feedback is None


def test_pay_mode_is_back_to_cash_and_the_result_leaves_when_the_next_parcel_starts(
        qtbot, desk: Desk) -> None:
    ui = desk.ws.ui
    fill_parcel(qtbot, desk)
    ui.pay_mode_combo.setCurrentIndex(ui.pay_mode_combo.findData(PayMode.COLLECT.value))
    desk.scan(no(1))
    accept(qtbot, desk)
    assert "Accepted" in desk.message
    assert ui.pay_mode_combo.currentData() == PayMode.CASH.value  # 到付 is not carried over
    ui.contents_edit.setFocus()
    type_text("书")
    assert desk.message == ""  # the last parcel's result is gone once the next one begins


def test_a_safe_question_answers_no_to_enter(qtbot) -> None:
    box = safe_question(None, "Amount differs", "Save 25.00?")
    qtbot.add_widget(box)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.show()
    qtbot.wait_exposed(box)
    with qtbot.wait_signal(box.finished):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.result() == QMessageBox.StandardButton.No
