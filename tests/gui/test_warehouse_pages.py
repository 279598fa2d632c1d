"""The F2 仓库 pages: headless parcels, stocktake, driver pickup, reports, settings (issue 5)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from counter_app.domain.errors import FieldInvalid
from counter_app.domain.scanning import ScanEvent, ScanOutcome
from counter_app.domain.staff import Courier, CourierKind, Role, StaffMember
from counter_app.domain.warehouse import Disposition, Payment, Reason
from counter_app.services.app import AppServices
from counter_app.services.warehouse import ScanInDraft, ScanOutDraft
from counter_app.ui.i18n import Translations
from counter_app.ui.messages import describe
from counter_app.ui.widgets.pages import SupervisorDialog
from counter_app.ui.workspaces.warehouse_driver import DriverPage
from counter_app.ui.workspaces.warehouse_headless import HeadlessPage
from counter_app.ui.workspaces.warehouse_reports import ReportsPage
from counter_app.ui.workspaces.warehouse_settings import WarehouseSettingsPage
from counter_app.ui.workspaces.warehouse_stocktake import StocktakePage
from tests.gui.keys import send_text
from tests.helpers import SUPERVISOR, set_up_station


def no(n: int) -> str:
    return f"7731652312{n:04d}"


def scan(number: str) -> ScanEvent:
    """What the scan gateway delivers to the current page."""
    return ScanEvent(source="serial:loop", number=number, carriers=("STO",), received_at=0.0,
                     journal_id=0)


type_text = send_text


def press_enter(qtbot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def column(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def shown(qtbot, page: QWidget) -> None:
    """Show the page as the active window, so focus moves as it does at the desk."""
    qtbot.add_widget(page)
    page.resize(1366, 640)
    page.show()
    page.activateWindow()
    qtbot.wait_until(lambda: QApplication.activeWindow() is page)


def pdf_text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        return "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


@dataclass
class Station:
    services: AppServices
    boss: StaffMember
    clerk: StaffMember
    driver: Courier
    courier: Courier


@pytest.fixture
def station(services: AppServices, translations: Translations) -> Station:
    translations.apply("en")
    services.clock.current = datetime(2026, 11, 23, 10, 0)  # type: ignore[attr-defined]
    boss = set_up_station(services)
    clerk = services.staff.add(boss, "2001", "李明", Role.WAREHOUSE, "pw-2001")
    driver = services.couriers.add(boss, "刘强", "13905711002", CourierKind.DRIVER, "干线")
    courier = services.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
    return Station(services, boss, clerk, driver, courier)


def scan_in(st: Station, n: int, location: str = "") -> str:
    """A mis-sorted parcel: it goes to the returns area R unless a location is given."""
    st.services.warehouse.scan_in(st.clerk, ScanInDraft(no(n), Reason.MISSORTED,
                                                        location=location))
    return no(n)


# --- headless (WH-3) -----------------------------------------------------------------------


@pytest.fixture
def headless(qtbot, station: Station) -> HeadlessPage:
    page = HeadlessPage(station.services)
    shown(qtbot, page)
    page.activate(station.clerk)
    return page


def test_headless_without_description_is_refused_and_nothing_stored(
    qtbot, headless: HeadlessPage, station: Station
) -> None:
    ui = headless.ui
    assert ui.description_edit.hasFocus()
    press_enter(qtbot, ui.description_edit)
    assert ui.message_label.text() == describe(FieldInvalid("description", "required"))
    assert station.services.warehouse.headless(station.clerk) == []
    assert ui.headless_table.rowCount() == 0


def test_headless_added_by_keyboard_with_location_and_photo(
    qtbot, headless: HeadlessPage, station: Station, tmp_path: Path
) -> None:
    photo = tmp_path / "parcel.png"
    image = QImage(40, 30, QImage.Format.Format_RGB888)
    image.fill(QColor("blue"))
    assert image.save(str(photo))
    headless.ask_photo = lambda: str(photo)  # type: ignore[method-assign]
    ui = headless.ui
    ui.choose_photo_button.click()
    assert ui.photo_edit.text() == "parcel.png"
    ui.location_combo.setCurrentIndex(ui.location_combo.findData("R"))
    ui.description_edit.setFocus()
    type_text(ui.description_edit, "蓝色编织袋 约5公斤 写有义乌")
    press_enter(qtbot, ui.description_edit)
    [record] = station.services.warehouse.headless(station.clerk)
    assert record.description == "蓝色编织袋 约5公斤 写有义乌"
    assert record.location == "R"
    copy = Path(record.photo)  # the service's copy in the data folder
    assert copy.parent == tmp_path / "photos"
    assert copy.read_bytes() == photo.read_bytes()
    assert f"no. {record.id}" in ui.message_label.text()
    assert ui.description_edit.text() == ""
    assert ui.photo_edit.text() == ""
    assert column(ui.headless_table, 3) == ["R"]


def test_the_headless_list_shows_the_photo(
    headless: HeadlessPage, station: Station, tmp_path: Path
) -> None:
    photo = tmp_path / "parcel.png"
    image = QImage(40, 30, QImage.Format.Format_RGB888)
    image.fill(QColor("blue"))
    assert image.save(str(photo))
    station.services.warehouse.add_headless(station.clerk, "蓝色编织袋 约5公斤", photo=photo)
    headless.refresh()
    ui = headless.ui
    ui.headless_table.selectRow(0)
    assert column(ui.headless_table, 4) == ["yes"]
    assert not ui.photo_preview_label.pixmap().isNull()


def test_found_its_number_emits_the_selected_parcel(
    qtbot, headless: HeadlessPage, station: Station
) -> None:
    first = station.services.warehouse.add_headless(station.clerk, "白色纸箱 无面单 内有书")
    second = station.services.warehouse.add_headless(station.clerk, "黑色塑料袋 软 像衣服")
    headless.refresh()
    ui = headless.ui
    with qtbot.assert_not_emitted(headless.match_requested):
        ui.match_button.click()
    assert "Select the parcel" in ui.message_label.text()
    ui.headless_table.selectRow(1)
    with qtbot.wait_signal(headless.match_requested) as blocker:
        ui.match_button.click()
    assert blocker.args == [second.id, "黑色塑料袋 软 像衣服"]
    assert first.id != second.id


def test_a_scan_on_the_headless_page_is_not_registered(headless: HeadlessPage) -> None:
    feedback = headless.handle_scan(scan(no(1)))
    assert feedback.outcome is ScanOutcome.DUPLICATE
    assert no(1) in feedback.detail


# --- stocktake ------------------------------------------------------------------------------


@pytest.fixture
def counting(qtbot, station: Station) -> StocktakePage:
    """Shelf R holds no(1), no(2), no(3); no(4) is recorded at A."""
    for n in (1, 2, 3):
        scan_in(station, n)
    scan_in(station, 4, location="A")
    page = StocktakePage(station.services)
    shown(qtbot, page)
    page.activate(station.clerk)
    ui = page.ui
    assert page.handle_scan(scan(no(1))).outcome is ScanOutcome.REJECTED  # not started
    ui.scope_combo.setCurrentIndex(ui.scope_combo.findData("R"))
    ui.start_button.click()
    assert ui.count_edit.hasFocus()
    return page


def test_stocktake_lists_missing_found_elsewhere_and_not_in_stock(
    qtbot, counting: StocktakePage
) -> None:
    page, ui = counting, counting.ui
    assert page.handle_scan(scan(no(1))).outcome is ScanOutcome.ACCEPTED
    again = page.handle_scan(scan(no(1)))
    assert again.outcome is ScanOutcome.DUPLICATE
    assert again.headline == "Already counted"
    type_text(ui.count_edit, no(2))  # typed, not scanned
    press_enter(qtbot, ui.count_edit)
    assert ui.count_edit.text() == ""
    elsewhere = page.handle_scan(scan(no(4)))
    assert elsewhere.outcome is ScanOutcome.DUPLICATE
    assert elsewhere.headline == "Counted, recorded at A"
    assert page.handle_scan(scan(no(99))).headline == "Counted, not in stock"
    assert ui.counted_label.text() == "4 / 3"
    assert column(ui.missing_table, 0) == [no(3)]
    assert column(ui.missing_table, 1)[0].startswith("R-")
    assert column(ui.elsewhere_table, 0) == [no(4)]
    assert column(ui.elsewhere_table, 1) == ["A"]
    assert column(ui.absent_table, 0) == [no(99)]
    # recount clears the count
    page.ask_confirm = lambda title, text: True  # type: ignore[method-assign]
    ui.recount_button.click()
    assert ui.counted_label.text() == "0 / 3"
    assert column(ui.missing_table, 0) == [no(1), no(2), no(3)]


def test_stocktake_is_posted_only_with_a_supervisors_password(
    counting: StocktakePage, station: Station
) -> None:
    page, ui = counting, counting.ui
    wh = station.services.warehouse
    for n in (1, 2, 4):
        page.handle_scan(scan(no(n)))
    asked: list[str] = []
    answers = iter([("2001", "pw-2001"), ("1001", "wrong password"), None])

    def ask(error: str = "") -> tuple[str, str] | None:
        asked.append(error)
        return next(answers)

    page.ask_credentials = ask  # type: ignore[method-assign]
    ui.post_button.click()
    assert asked[0] == ""
    assert asked[1] == "李明 (2001) is not a supervisor."
    assert asked[2].startswith("Job number or password is wrong")
    assert "Not posted" in ui.message_label.text()
    assert {s.waybill_no for s in wh.in_stock(station.clerk, "R")} == {no(1), no(2), no(3)}
    assert ui.posted_group.isHidden()

    page.ask_credentials = lambda error="": ("1001", SUPERVISOR.password)  # type: ignore[method-assign]
    ui.post_button.click()
    assert ui.message_label.text() == "Stocktake posted."
    in_r = {s.waybill_no for s in wh.in_stock(station.clerk, "R")}
    assert in_r == {no(1), no(2), no(4)}  # no(3) written off, no(4) moved here
    assert wh.in_stock(station.clerk, "A") == []
    lost = wh.timeline(station.clerk, no(3))
    assert lost[-1].data.get("disposition") == Disposition.LOST.value
    assert lost[-1].data.get("approved_by") == "1001"
    text = ui.posted_text.toPlainText()
    assert "approved by 王丽 (1001)" in text
    assert no(3) in text
    assert no(4) in text
    assert not ui.posted_group.isHidden()
    assert not ui.count_edit.isEnabled()  # posted: nothing more to count


def test_a_supervisor_posts_without_being_asked(qtbot, station: Station) -> None:
    scan_in(station, 1)
    page = StocktakePage(station.services)
    qtbot.add_widget(page)
    page.activate(station.boss)
    page.ask_credentials = lambda error="": pytest.fail("asked")  # type: ignore[method-assign]
    page.ui.scope_combo.setCurrentIndex(page.ui.scope_combo.findData("R"))
    page.start()
    page.handle_scan(scan(no(1)))
    page.post()
    assert page.ui.message_label.text() == "Stocktake posted."


# --- driver pickup (WH-13) ------------------------------------------------------------------


def test_driver_pickup_refuses_the_wrong_parcel_and_hands_over_only_matched(
    qtbot, station: Station
) -> None:
    for n in (1, 2, 3, 4):
        scan_in(station, n)
    wh = station.services.warehouse
    page = DriverPage(station.services)
    shown(qtbot, page)
    page.activate(station.clerk)
    ui = page.ui
    assert ui.driver_combo.currentText() == "刘强"  # drivers only, not couriers
    assert ui.driver_combo.count() == 1
    assert page.planning()
    # plan: two from the stock table, one typed
    stock = column(ui.stock_table, 0)
    for row in (stock.index(no(1)), stock.index(no(2))):
        ui.stock_table.selectionModel().select(
            ui.stock_table.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    ui.add_selected_button.click()
    ui.number_edit.setFocus()
    type_text(ui.number_edit, no(3))
    press_enter(qtbot, ui.number_edit)
    assert {s.waybill_no for s in wh.pickup_list(station.clerk, station.driver.id)} == {
        no(1), no(2), no(3)}
    assert page.handle_scan(scan(no(3))).outcome is ScanOutcome.DUPLICATE
    # check: two listed parcels, one that is not on the list
    ui.check_radio.setChecked(True)
    assert page.handle_scan(scan(no(1))).outcome is ScanOutcome.ACCEPTED
    wrong = page.handle_scan(scan(no(4)))
    assert wrong.outcome is ScanOutcome.REJECTED
    assert wrong.headline == "Wrong parcel"
    assert page.handle_scan(scan(no(2))).headline == "On the list: 2 of 3"
    assert page.handle_scan(scan(no(2))).outcome is ScanOutcome.DUPLICATE
    assert [ui.wrong_list.item(i).text() for i in range(ui.wrong_list.count())] == [no(4)]
    states = dict(zip(column(ui.pickup_table, 0), column(ui.pickup_table, 3), strict=True))
    assert states[no(3)] == "missing"
    assert states[no(1)] == "✓ scanned"
    assert ui.summary_label.text() == "Scanned 2 of 3 · missing 1 · wrong 1"
    # hand over: the missing one is named before the driver leaves
    questions: list[str] = []
    page.ask_confirm = lambda title, text: questions.append(text) or True  # type: ignore[method-assign]
    ui.hand_over_button.click()
    assert len(questions) == 1
    assert questions[0].startswith("1 parcel(s) on the list were not scanned")
    left = {s.waybill_no for s in wh.in_stock(station.clerk)}
    assert left == {no(3), no(4)}
    assert [s.waybill_no for s in wh.pickup_list(station.clerk, station.driver.id)] == [no(3)]
    out = wh.timeline(station.clerk, no(1))[-1]
    assert out.kind == "out"
    assert out.data["disposition"] == Disposition.DRIVER.value
    assert "Handed 2 parcel(s) over to 刘强." in ui.message_label.text()
    assert no(3) in ui.message_label.text()
    assert ui.wrong_list.count() == 0


# --- reports (WH-1, WH-12) ------------------------------------------------------------------


@pytest.fixture
def reports(qtbot, station: Station) -> ReportsPage:
    page = ReportsPage(station.services)
    shown(qtbot, page)
    page.activate(station.clerk)
    return page


def test_handover_sheet_of_the_current_shift_is_previewed_printed_and_saved(
    reports: ReportsPage, station: Station, tmp_path: Path
) -> None:
    scan_in(station, 1)
    station.services.clock.advance(minutes=5)  # type: ignore[attr-defined]
    ui = reports.ui
    assert ui.day_edit.date() == QDate(2026, 11, 23)
    assert ui.shift_combo.currentData() == "early"  # 10:00 is in the early shift
    ui.preview_button.click()
    pdf = reports.last_pdf
    assert pdf is not None
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf)
    assert "2026-11-23 早班" in text
    assert no(1) in text
    assert not ui.handover_preview_label.pixmap().isNull()
    assert "stock 0 → 1 · in 1" in ui.handover_summary_label.text()
    ui.shift_combo.setCurrentIndex(ui.shift_combo.findData("late"))
    target = tmp_path / "handover.pdf"
    reports.ask_save = lambda title, name, filter_: str(target)  # type: ignore[method-assign]
    ui.save_handover_button.click()
    assert "2026-11-23 晚班" in pdf_text(target.read_bytes())
    printed = tmp_path / "printed.pdf"

    def to_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    reports.ask_print = to_file  # type: ignore[method-assign]
    ui.print_handover_button.click()
    assert printed.stat().st_size > 0
    assert ui.message_label.text() == "Printed 1 page(s)."


def test_late_shift_is_the_default_in_the_evening(qtbot, station: Station) -> None:
    station.services.clock.current = datetime(2026, 11, 23, 18, 0)  # type: ignore[attr-defined]
    page = ReportsPage(station.services)
    qtbot.add_widget(page)
    assert page.ui.shift_combo.currentData() == "late"


def test_ems_register_is_shown_and_saved_as_pdf_xlsx_and_csv(
    reports: ReportsPage, station: Station, tmp_path: Path
) -> None:
    wh = station.services.warehouse
    scan_in(station, 1)
    wh.scan_out(station.clerk, no(1), ScanOutDraft(
        Disposition.EMS, weight="2.5", ems_fee="28", paid_freight="12",
        payment=Payment.PREPAID, courier_id=station.courier.id, ems_no="1240921381750",
        ems_destination="青海省"))
    ui = reports.ui
    ui.from_edit.setDate(QDate(2026, 11, 1))
    ui.to_edit.setDate(QDate(2026, 11, 30))
    ui.show_ems_button.click()
    assert ui.ems_table.rowCount() == 1
    assert column(ui.ems_table, 2) == [no(1)]
    assert column(ui.ems_table, 3) == ["1240921381750"]  # WH-17 (issue 16)
    assert column(ui.ems_table, 9) == ["16.00"]  # the courier collects the shortfall
    assert "to collect 16.00" in ui.ems_totals_label.text()
    files = {kind: tmp_path / f"ems.{kind}" for kind in ("pdf", "xlsx", "csv")}
    for kind, target in files.items():
        reports.ask_save = lambda title, name, filter_, t=target: str(t)  # type: ignore[method-assign]
        {"pdf": ui.save_ems_pdf_button, "xlsx": ui.save_ems_xlsx_button,
         "csv": ui.save_ems_csv_button}[kind].click()
        assert target.is_file(), kind
        assert ui.message_label.text() == f"Saved {target}."
    assert no(1) in pdf_text(files["pdf"].read_bytes())
    with files["csv"].open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][2] == no(1)
    assert rows[1][9] == "16.00"
    sheet = load_workbook(files["xlsx"]).active
    assert no(1) in {str(c.value) for row in sheet.iter_rows() for c in row}


def test_ems_register_with_the_period_reversed_says_so(reports: ReportsPage) -> None:
    ui = reports.ui
    ui.from_edit.setDate(QDate(2026, 11, 30))
    ui.to_edit.setDate(QDate(2026, 11, 1))
    ui.show_ems_button.click()
    assert ui.message_label.text() == describe(FieldInvalid("period", "order"))


# --- settings (WH-8, WH-9, WH-11) -----------------------------------------------------------


def test_a_clerk_sees_the_warehouse_settings_but_cannot_edit(
    qtbot, station: Station
) -> None:
    page = WarehouseSettingsPage(station.services)
    shown(qtbot, page)
    page.activate(station.clerk)
    ui = page.ui
    assert not ui.settings_body.isEnabled()
    assert not ui.note_label.isHidden()
    assert "Only a supervisor" in ui.note_label.text()
    assert ui.locations_table.rowCount() == 6
    page.save_location()
    page.save_tariff()
    assert ui.message_label.text() == ""


def test_a_supervisor_changes_a_capacity_the_deadlines_and_the_tariff(
    qtbot, station: Station
) -> None:
    wh = station.services.warehouse
    page = WarehouseSettingsPage(station.services)
    shown(qtbot, page)
    page.activate(station.boss)
    ui = page.ui
    assert ui.settings_body.isEnabled()
    assert ui.note_label.isHidden()
    # capacity of A
    ui.locations_table.selectRow(column(ui.locations_table, 0).index("A"))
    assert ui.code_edit.text() == "A"
    ui.capacity_spin.setValue(150)
    ui.save_location_button.click()
    assert ui.message_label.text() == "Location A saved."
    assert {v.location.code: v.location.capacity for v in wh.locations()}["A"] == 150
    # a new location, keyed in
    ui.new_location_button.click()
    assert ui.code_edit.hasFocus()
    type_text(ui.code_edit, "e")
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData("bulky"))
    press_enter(qtbot, ui.code_edit)
    assert "E" in {v.location.code for v in wh.locations()}
    # deadlines
    ui.self_pickup_spin.setValue(4)
    ui.save_deadlines_button.click()
    assert wh.deadline_rules().self_pickup_days == 4
    # tariff: an unknown province is refused, nothing changes
    before = wh.return_tariff()
    names = column(ui.tariff_table, 0)
    tibet = names.index("西藏")
    ui.tariff_table.item(tibet, 1).setText("西藏自治区、火星省")
    ui.save_tariff_button.click()
    assert ui.message_label.text() == describe(
        FieldInvalid("tariff", "province", f"{tibet + 1}: 火星省"))
    assert ui.tariff_table.currentRow() == tibet
    assert wh.return_tariff() == before
    ui.tariff_table.item(tibet, 1).setText("西藏自治区")
    ui.tariff_table.item(tibet, 3).setText("9")
    ui.save_tariff_button.click()
    assert ui.message_label.text() == "Return tariff saved."
    rule = wh.return_tariff().rule_for("西藏自治区")
    assert str(rule.per_kg) == "9"


def test_the_supervisor_dialog_hides_the_password_and_takes_no_ime(qtbot) -> None:
    dialog = SupervisorDialog(None, "Job number or password is wrong.")
    qtbot.add_widget(dialog)
    assert dialog.password_edit.echoMode() is QLineEdit.EchoMode.Password
    for edit in (dialog.job_edit, dialog.password_edit):
        assert not edit.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert dialog.error_label.text() == "Job number or password is wrong."
