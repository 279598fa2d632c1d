"""Issue 16 on the warehouse settings page: the WH-11 tariff reading asked to be confirmed,
the 5 kg basis, and the WH-16 reply-check times."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime

from counter_app.domain.staff import Role
from counter_app.ui.workspaces.warehouse_settings import WarehouseSettingsPage
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


def test_wh11_a_basis_saved_meanwhile_on_another_pc_is_named_and_the_choice_stays(
        qtbot, station: Station) -> None:
    """Issue 13 §2 for the tariff basis: the page saves against the version it loaded."""
    page = WarehouseSettingsPage(station.services)
    shown(qtbot, page)
    page.activate(station.boss)
    other = station.services.staff.add(station.boss, "1002", "赵敏", Role.SUPERVISOR, "pw-1002")
    loaded = station.services.warehouse.tariff_reading()
    station.services.warehouse.set_tariff_basis(other, whole_weight=False,
                                                version=loaded.version)
    page.basis_combo.setCurrentIndex(page.basis_combo.findData(True))
    page.confirm_tariff_button.click()
    assert "赵敏" in page.message_label.text()
    assert page.basis_combo.currentData() is True  # the choice stays on screen
    assert station.services.warehouse.tariff_reading().whole_weight is False  # theirs kept
    page.activate(station.boss)  # reloaded: the save goes through
    page.basis_combo.setCurrentIndex(page.basis_combo.findData(True))
    page.confirm_tariff_button.click()
    assert station.services.warehouse.tariff_reading().whole_weight is True


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


def test_wh11_the_air_return_fees_tab_shows_and_saves_the_period(
        qtbot, station: Station, tmp_path) -> None:
    """Issue 16 §5: finance's register of air-return fees, on screen and as CSV."""
    import csv

    from counter_app.domain.warehouse import Disposition, Reason
    from counter_app.services.warehouse import ScanInDraft, ScanOutDraft
    from counter_app.ui.workspaces.warehouse_reports import ReportsPage
    from tests.gui.test_warehouse_pages import no

    wh = station.services.warehouse
    wh.scan_in(station.clerk, ScanInDraft(no(1), Reason.RETURN, details=_return_details()))
    wh.delivery_scan(station.clerk, no(1), station.courier.id)
    wh.scan_out(station.clerk, no(1), ScanOutDraft(
        Disposition.RETURN_COMPANY, company="拉萨公司", air=True, province="西藏自治区",
        weight="2.5"))
    page = ReportsPage(station.services)
    shown(qtbot, page)
    page.activate(station.clerk)
    tab = page.air_fee_tab
    page.ui.reports_tabs.setCurrentWidget(tab)
    tab.show_button.setFocus()
    qtbot.keyClick(tab.show_button, Qt.Key.Key_Space)
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 6).text() == "24.00"
    assert "24.00" in tab.total_label.text()
    target = tmp_path / "air.csv"
    page.ask_save = lambda title, name, filter_: str(target)  # type: ignore[method-assign]
    tab.save_button.click()
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][2] == no(1)
    assert rows[-1][0] == "合计"
    assert rows[-1][6] == "24.00"


def _return_details():  # type: ignore[no-untyped-def]
    from counter_app.domain.warehouse import ProblemDetails, Requester

    return ProblemDetails(requested_by=Requester.SENDER_COMPANY, detail="寄件人取消订单")
