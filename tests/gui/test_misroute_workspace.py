"""F4 错写大字 in a real window: scan, register, verify, close, export, print (issue 7)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter

from counter_app.domain.scanning import RawScan
from counter_app.hardware.hub import ScannerHub
from counter_app.paths import DataPaths
from counter_app.services.app import AppServices
from counter_app.ui.app import AppController
from counter_app.ui.i18n import Translations
from counter_app.ui.scanning import Cues
from counter_app.ui.settings import Preferences
from counter_app.ui.workspaces.misroute import MisrouteWorkspace
from tests.helpers import SUPERVISOR, set_up_station


@pytest.fixture
def desk(qtbot, services: AppServices, data_paths: DataPaths,
         translations: Translations) -> AppController:
    translations.apply("en")
    set_up_station(services)
    ctl = AppController(services, Preferences(data_paths.settings_file), translations,
                        ScannerHub())
    qtbot.add_widget(ctl.window)
    ctl.window.cues = Cues(beep=lambda: None)
    ctl.show_login()
    assert ctl.login is not None
    qtbot.add_widget(ctl.login)
    ctl.login.ui.job_number_edit.setText("1001")
    ctl.login.ui.password_edit.setText(SUPERVISOR.password)
    ctl.login.try_login()
    ctl.window.show_workspace("misroute")
    return ctl


def workspace(desk: AppController) -> MisrouteWorkspace:
    ws = desk.window.workspaces["misroute"]
    assert isinstance(ws, MisrouteWorkspace)
    return ws


_clock = iter(range(1000, 100000, 10))  # seconds apart: never within the duplicate window


def scan(desk: AppController, number: str) -> None:
    desk.gateway.process(RawScan("wedge", number.encode(), number, float(next(_clock))))


def fill(ws: MisrouteWorkspace, *, site: str = "温州瓯海", wrong: str = "杭州西湖",
         correct: str = "杭州五亭龙") -> None:
    ui = ws.ui
    ui.origin_province_combo.setCurrentText("浙江省")
    ui.origin_site_edit.setText(site)
    ui.wrong_dazi_edit.setText(wrong)
    ui.correct_dazi_edit.setText(correct)
    ui.found_on_edit.setDate(QDate(2026, 11, 3))
    ui.action_combo.setCurrentIndex(ui.action_combo.findData("crossed_out"))


def test_scan_register_verify_close_and_export_a_month(
        qtbot, desk: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = workspace(desk)
    ui = ws.ui
    scan(desk, "77316523120001")
    assert ui.waybill_edit.text() == "77316523120001"
    assert desk.window.ui.scan_result_label.text() == "New entry"
    fill(ws, correct="")
    qtbot.mouseClick(ui.save_entry_button, Qt.MouseButton.LeftButton)
    assert ui.entry_message_label.text() == (
        "Saved 77316523120001. Still missing: correct 大字.")
    assert ui.entries_table.rowCount() == 1
    assert ui.entries_table.item(0, 8).text() == "missing: correct 大字"
    # The same parcel scanned again opens its row for correction.
    scan(desk, "77316523120001")
    assert desk.window.ui.scan_result_label.text() == "Already registered"
    assert ui.waybill_edit.isReadOnly()
    ui.correct_dazi_edit.setText("杭州五亭龙")
    qtbot.mouseClick(ui.save_entry_button, Qt.MouseButton.LeftButton)
    ui.entries_table.selectRow(0)
    qtbot.mouseClick(ui.close_month_button, Qt.MouseButton.LeftButton)
    assert ui.missing_label.text() == (
        "2026-11 cannot be closed: 0 row(s) incomplete, 1 not verified.")
    qtbot.mouseClick(ui.verify_button, Qt.MouseButton.LeftButton)
    assert ui.entries_table.item(0, 8).text() == "verified by 王丽（1001）"
    qtbot.mouseClick(ui.close_month_button, Qt.MouseButton.LeftButton)
    assert ui.month_state_label.text() == "Closed (locked)"
    monkeypatch.setattr(ws, "ask_directory", lambda: str(tmp_path))
    qtbot.mouseClick(ui.export_report_button, Qt.MouseButton.LeftButton)
    rows = list(csv.reader(io.StringIO(
        (tmp_path / "错写大字上报表_2026-11.csv").read_text(encoding="utf-8-sig"))))
    assert rows[1][:6] == ["1", "77316523120001", "浙江省", "温州瓯海", "杭州西湖", "杭州五亭龙"]
    assert (tmp_path / "错写大字上报表_2026-11.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "错写大字上报表_2026-11.xlsx").stat().st_size > 1000


def test_a_foreign_number_typed_in_is_refused_with_the_reason(
        qtbot, desk: AppController, services: AppServices) -> None:
    ws = workspace(desk)
    ws.ui.waybill_edit.setText("SF1311458896823")
    fill(ws)
    qtbot.mouseClick(ws.ui.save_entry_button, Qt.MouseButton.LeftButton)
    assert "同行件" in ws.ui.entry_message_label.text()
    assert ws.ui.origin_site_edit.text() == "温州瓯海"  # nothing typed is lost
    assert services.misroutes.entries("2026-11") == []


def test_site_completion_fills_the_province(qtbot, desk: AppController) -> None:
    ws = workspace(desk)
    scan(desk, "77316523120002")
    fill(ws, site="温州鹿城")
    ws.save_entry()
    ws.ui.origin_site_edit.setText("")
    ws.ui.origin_province_combo.setCurrentIndex(-1)
    ws.ui.origin_site_edit.textEdited.emit("温州")
    completer = ws.ui.origin_site_edit.completer()
    assert completer.model().data(completer.model().index(0, 0)) == "温州鹿城"
    completer.activated.emit("温州鹿城")
    assert ws.ui.origin_province_combo.currentText() == "浙江省"


def test_preview_shows_the_pages_and_print_paints_every_page(
        qtbot, desk: AppController, tmp_path: Path) -> None:
    ws = workspace(desk)
    scan(desk, "77316523120003")
    fill(ws)
    ws.save_entry()
    ws.ui.misroute_tabs.setCurrentWidget(ws.ui.report_tab)
    qtbot.mouseClick(ws.ui.preview_report_button, Qt.MouseButton.LeftButton)
    assert ws.preview_pages == 1
    pixmap = ws.ui.report_preview_label.pixmap()
    assert pixmap is not None
    assert pixmap.height() > 400
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pdf, _x, _c = ws.report_files()
    assert ws.print_pdf(pdf, printer) == 1
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_due_banner_shows_before_the_fifteenth(qtbot, desk: AppController,
                                               services: AppServices) -> None:
    from datetime import datetime

    services.clock.current = datetime(2026, 12, 11, 9, 0)  # type: ignore[attr-defined]
    ws = workspace(desk)
    ws.reload()
    assert ws.ui.due_banner_label.isVisibleTo(ws)
    assert ws.ui.due_banner_label.text() == (
        "The 2026-11 misroute report is due on 2026-12-15 (4 day(s) left).")


def test_unknown_destination_opens_a_warehouse_problem_record(
        qtbot, desk: AppController, services: AppServices) -> None:
    """Issue 7 §3: the row is linked to a warehouse record that the problem desk works."""
    ws = workspace(desk)
    scan(desk, "77316523120003")
    fill(ws, correct="")
    ws.ui.problem_check.setChecked(True)
    qtbot.mouseClick(ws.ui.save_entry_button, Qt.MouseButton.LeftButton)
    boss = services.auth.login("1001", SUPERVISOR.password)
    stay = services.warehouse.lookup(boss, "77316523120003").open_stay
    assert stay is not None
    entry = services.misroutes.find("77316523120003")
    assert entry is not None
    assert stay.misroute_id == entry.id
    assert stay.pickup_code in ws.ui.entry_message_label.text()
    # saving the row again links the same record: nothing doubled
    ws.ui.entries_table.selectRow(0)
    qtbot.mouseClick(ws.ui.save_entry_button, Qt.MouseButton.LeftButton)
    assert len(services.warehouse.in_stock(boss)) == 1
    assert stay.pickup_code in ws.ui.entry_message_label.text()
