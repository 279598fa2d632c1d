"""Issue 16 on the warehouse settings page: the WH-11 tariff reading asked to be confirmed,
the 5 kg basis, and the WH-16 reply-check times."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime

from counter_app.ui.workspaces.warehouse_pages import WarehouseSettingsPage
from tests.gui import test_warehouse_pages as _base
from tests.gui.test_warehouse_pages import Station, shown

station = _base.station  # a station at 10:00 on 2026-11-23 with a supervisor and a clerk


def test_wh11_the_shipped_reading_is_stated_until_confirmed(qtbot, station: Station) -> None:
    page = WarehouseSettingsPage(station.services)
    shown(qtbot, page)
    page.activate(station.boss)
    assert "Please confirm" in page.reading_label.text()
    assert "鲁西南" in page.reading_label.text()
    page.basis_combo.setFocus()
    qtbot.keyClick(page.basis_combo, Qt.Key.Key_Down)  # the whole weight
    assert page.basis_combo.currentData() is True
    page.confirm_tariff_button.setFocus()
    qtbot.keyClick(page.confirm_tariff_button, Qt.Key.Key_Space)
    assert "confirmed by 1001" in page.reading_label.text()
    assert station.services.warehouse.return_tariff().whole_weight is True


def test_wh16_the_reply_check_times_are_saved_from_the_page(qtbot, station: Station) -> None:
    page = WarehouseSettingsPage(station.services)
    shown(qtbot, page)
    page.activate(station.boss)
    assert page.noon_edit.time() == QTime(12, 0)
    page.noon_edit.setTime(QTime(11, 30))
    page.afternoon_edit.setTime(QTime(16, 45))
    page.ui.save_deadlines_button.click()
    rules = station.services.warehouse.deadline_rules()
    assert (rules.reply_check_noon, rules.reply_check_afternoon) == ("11:30", "16:45")
    page.afternoon_edit.setTime(QTime(11, 0))  # before noon: refused, said
    page.ui.save_deadlines_button.click()
    assert "after the noon reply check" in page.message_label.text()
