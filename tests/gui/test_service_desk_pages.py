"""The F6 desk's newer pages driven by real clicks and keys (issue 19): the desk's open days and
the pickup times (supervisor, versioned), goods a courier reports passed to the driver, claims
on the deadline list and the F6 count, the week and the month's complaints as PDF; and the
desk's notebook on the warehouse's handover sheet."""

from __future__ import annotations

import subprocess
from datetime import date, datetime

import pytest

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QFileDialog

from counter_app.domain.service_desk import ClaimKind, PickupRules
from counter_app.domain.staff import Role
from counter_app.services.app import AppServices
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.service_desk_cases import ClaimDraft
from counter_app.ui.app import AppController
from tests.gui.test_service_desk_workspace import cells, desk
from tests.gui.test_warehouse_pages import pdf_text as wh_pdf_text
from tests.gui.test_warehouse_pages import reports, station
from tests.pdf_helpers import need

__all__ = ["desk", "reports", "station"]  # fixtures shared with the desks' other GUI tests


def pdf_text(path: object) -> str:
    return subprocess.run([need("pdftotext", "poppler-utils"), str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_supervisor_sets_open_days_and_pickup_times_a_stale_save_keeps_the_typing(
        qtbot, desk: AppController, services: AppServices) -> None:
    window = desk.window
    window.set_operator(services.auth.login("1001", DEMO_PASSWORD))
    window.show_workspace("service")
    ui = window.workspaces["service"].ui  # type: ignore[attr-defined]
    ui.pages.setCurrentWidget(ui.desk_settings_tab)
    days = [ui.day0_check, ui.day1_check, ui.day2_check, ui.day3_check, ui.day4_check,
            ui.day5_check, ui.day6_check]
    assert all(check.isChecked() for check in days)  # every day by default
    qtbot.mouseClick(ui.day5_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.day6_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.save_clock_button, Qt.MouseButton.LeftButton)
    assert ui.clock_message_label.text() == "Reply clocks and open days saved."
    assert services.service_desk.reply_clock().open_days == frozenset(range(5))
    assert ui.pickup_from_edit.time() == QTime(15, 0)
    ui.pickup_from_edit.setTime(QTime(14, 30))
    qtbot.mouseClick(ui.save_pickup_rules_button, Qt.MouseButton.LeftButton)
    assert ui.pickup_rules_message_label.text() == "Pickup times saved."
    assert services.service_desk.pickup_rules().earliest.strftime("%H:%M") == "14:30"
    # another supervisor's PC saves in between: this save is refused, the typing stays
    other = services.auth.login("1001", DEMO_PASSWORD)
    services.service_desk.set_pickup_rules(other, PickupRules(), None)
    ui.morning_until_edit.setTime(QTime(11, 0))
    qtbot.mouseClick(ui.save_pickup_rules_button, Qt.MouseButton.LeftButton)
    assert ui.pickup_rules_message_label.text() == (
        "Changed by 王丽 at 09:00 (pickup times); please reload.")
    assert ui.morning_until_edit.time() == QTime(11, 0)
    qtbot.mouseClick(ui.save_pickup_rules_button, Qt.MouseButton.LeftButton)  # deliberate
    assert ui.pickup_rules_message_label.text() == "Pickup times saved."
    assert services.service_desk.pickup_rules().morning_until.strftime("%H:%M") == "11:00"
    ui.pickup_closes_edit.setTime(QTime(14, 0))  # before pickups start: refused, named
    qtbot.mouseClick(ui.save_pickup_rules_button, Qt.MouseButton.LeftButton)
    assert ui.pickup_rules_message_label.text() == (
        "Orders must be taken until after pickups start.")


def test_a_courier_reports_goods_and_the_driver_is_told_for_the_run(
        qtbot, desk: AppController, services: AppServices) -> None:
    window = desk.window
    window.set_operator(services.auth.login("5001", DEMO_PASSWORD))
    ui = window.workspaces["service"].ui  # type: ignore[attr-defined]
    ui.pages.setCurrentWidget(ui.pickups_tab)
    qtbot.mouseClick(ui.pickups_button, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: ui.driver_combo.count() == 1)  # the demo's line-haul driver
    assert ui.driver_combo.currentText().startswith("钱军")
    assert ui.driver_courier_combo.count() >= 1  # the couriers who may report goods
    qtbot.mouseClick(ui.tell_driver_button, Qt.MouseButton.LeftButton)
    assert "Where the goods are" in ui.driver_message_label.text()  # nothing stored
    assert ui.driver_runs_table.rowCount() == 0
    ui.driver_place_edit.insert("文三路259号 华星科技")
    ui.driver_goods_edit.insert("大货 12 箱")
    qtbot.mouseClick(ui.tell_driver_button, Qt.MouseButton.LeftButton)
    assert "钱军 told" in ui.driver_message_label.text()
    assert ui.driver_place_edit.text() == ""
    qtbot.wait_until(lambda: ui.driver_runs_table.rowCount() == 1)
    row = cells(ui.driver_runs_table)[0]
    assert (row[0], row[3], row[4]) == ("钱军", "文三路259号 华星科技", "大货 12 箱")
    clerk = services.auth.login("5001", DEMO_PASSWORD)
    assert row[5] == f"{clerk.name}（5001）"  # issue 15 §6: a person by name, not a number


def test_a_claim_near_its_deadline_is_on_the_deadline_list_and_counted_on_f6(
        qtbot, desk: AppController, services: AppServices) -> None:
    clerk = services.auth.login("5001", DEMO_PASSWORD)
    claim = services.service_desk.open_claim(clerk, ClaimDraft(
        "77316523170011", ClaimKind.DAMAGE, "张三丰", "13812345678", "内物破损",
        sent_on=date(2026, 11, 20)))
    services.clock.current = datetime(2026, 12, 5, 8, 0)  # type: ignore[attr-defined]
    window = desk.window
    window.set_operator(clerk)
    workspace = window.workspaces["service"]
    ui = workspace.ui  # type: ignore[attr-defined]
    qtbot.wait_until(lambda: any(row[3] == "77316523170011" for row in cells(ui.open_table)))
    row = next(r for r, cols in enumerate(cells(ui.open_table)) if cols[3] == "77316523170011")
    texts = cells(ui.open_table)[row]
    assert texts[0] == "12-08"
    assert texts[1] == "3 day(s)"
    assert texts[4] == "Claim: Damage (15 days)"
    assert "settle by 2026-12-08" in texts[6]
    assert "1 claim(s) due" in ui.open_count_label.text()
    assert "(" in window.ui.workspace_tabs.tabText(5)  # the F6 count includes it
    ui.open_table.setFocus()
    ui.open_table.setCurrentCell(row, 0)
    qtbot.keyClick(ui.open_table, Qt.Key.Key_Return)  # Enter opens the claim on its page
    assert ui.pages.currentWidget() is ui.claims_tab
    qtbot.wait_until(lambda: workspace.selected_claim is not None)  # type: ignore[attr-defined]
    assert workspace.selected_claim.id == claim.id  # type: ignore[attr-defined]


def test_week_and_month_complaints_saved_as_pdf(
        qtbot, desk: AppController, services: AppServices, tmp_path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = desk.window
    window.set_operator(services.auth.login("1001", DEMO_PASSWORD))
    window.show_workspace("service")
    ui = window.workspaces["service"].ui  # type: ignore[attr-defined]
    ui.pages.setCurrentWidget(ui.week_tab)
    target = tmp_path / "week.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "PDF (*.pdf)")))
    qtbot.mouseClick(ui.week_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: "week.pdf" in ui.week_summary_label.text())
    text = pdf_text(target)
    assert "杭州五亭龙营业部" in text
    assert "客服周异常汇总" in text
    ui.pages.setCurrentWidget(ui.complaints_tab)
    target = tmp_path / "month.pdf"
    qtbot.mouseClick(ui.complaints_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: "month.pdf" in ui.ruling_message_label.text())
    assert "2026-11 投诉记录" in pdf_text(target)


def test_the_warehouse_handover_sheet_prints_the_desks_notebook_of_the_shift(
        reports, station, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """CS-9 / X-3: the 客服 notebook lines of the shift are on the sheet the warehouse prints."""
    desk_clerk = station.services.staff.add(station.boss, "5002", "何敏", Role.SERVICE,
                                            "pw-5002")
    station.services.service_desk.add_note(desk_clerk, "温州瓯海来电查件，已回复",
                                           "77316523130001")
    ui = reports.ui
    assert ui.shift_combo.currentData() == "early"  # 10:00
    target = tmp_path / "handover.pdf"
    reports.ask_save = lambda title, name, filter_: str(target)
    ui.save_handover_button.click()
    text = wh_pdf_text(target.read_bytes())
    assert "客服工作笔记" in text
    assert "温州瓯海来电查件，已回复" in text
    ui.shift_combo.setCurrentIndex(ui.shift_combo.findData("late"))
    ui.save_handover_button.click()
    text = wh_pdf_text(target.read_bytes())
    assert "客服工作笔记" in text
    assert "温州瓯海来电查件" not in text  # written in the early shift
