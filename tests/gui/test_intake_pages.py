"""The counter intake's side pages: shift summary, accounts and statements, consumables and
the intake settings (issue 4; CI-2, CI-6, CI-7, CI-8, CI-10), on real services and SQLite."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QPushButton,
    QTableWidget,
    QWidget,
)

from counter_app.domain.errors import DomainError, FieldInvalid
from counter_app.domain.identity import DocumentKind, check_document
from counter_app.domain.intake import Account, FragilePolicy, PayMode
from counter_app.domain.pricing import RateCardInvalid
from counter_app.domain.prohibited import ProhibitedCategory
from counter_app.domain.rate_card_tables import sample_rate_card
from counter_app.domain.service_area import AreaStatus, ServiceAreaInvalid, sample_service_area
from counter_app.domain.staff import Role, StaffMember
from counter_app.reports.intake_lists import statement_rows, statement_total_row
from counter_app.reports.rate_card_io import rate_card_from_csv, rate_card_to_csv
from counter_app.reports.service_area_io import service_area_from_csv, service_area_to_csv
from counter_app.services.app import AppServices
from counter_app.services.intake_drafts import AcceptDraft
from counter_app.services.intake_dto import STATEMENT_COLUMNS
from counter_app.ui.i18n import Translations
from counter_app.ui.messages import describe
from counter_app.ui.messages_intake import area_status_name
from counter_app.ui.workspaces.intake_pages import (
    AccountsPage,
    ConsumablesPage,
    IntakeSettingsPage,
    ShiftSummaryPage,
)
from tests.gui.keys import send_text
from tests.helpers import add_clerk, set_up_station

ID_NUMBER = "11010519491231002X"
CREDIT_CODE = "91330106MA27XY812F"
NANJING = "江苏省南京市鼓楼区中山北路30号"


def no(n: int) -> str:
    return f"7731652312{n:04d}"


def draft(n: int, **kw: object) -> AcceptDraft:
    values: dict[str, object] = {
        "waybill": no(n), "contents": "衣服 两件", "sender_name": "张三丰",
        "sender_phone": "13812345678", "sender_address": "杭州市西湖区天目山路1号",
        "doc_kind": DocumentKind.RESIDENT_ID, "doc_number": ID_NUMBER,
        "recipient_name": "李娜", "recipient_phone": "13900001234",
        "recipient_address": NANJING, "weight": "1.2", "pay_mode": PayMode.CASH,
        "inspected": True,
    }
    values.update(kw)
    return AcceptDraft(**values)  # type: ignore[arg-type]


def type_text(widget: QWidget, text: str) -> None:
    """Key events with their text, as a keyboard (or a committed IME candidate) sends them."""
    widget.setFocus()
    send_text(widget, text)


def click(qtbot, widget: QWidget) -> None:
    """A left click on the button; radio buttons and check boxes on their indicator (their
    text may not fill the width the layout gives them)."""
    pos = (QPoint(8, widget.height() // 2) if isinstance(widget, QAbstractButton)
           and widget.isCheckable() and not isinstance(widget, QPushButton) else QPoint())
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def column(table: QTableWidget, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def row_of(table: QTableWidget, text: str) -> int:
    return column(table, 0).index(text)


def shown(qtbot, page: QWidget) -> None:
    """Show the page as the active window, so focus moves as it does at the desk."""
    qtbot.add_widget(page)
    page.resize(1366, 700)
    page.show()
    page.activateWindow()
    qtbot.wait_until(lambda: QApplication.activeWindow() is page)


def pdf_text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        return "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def error_of(call) -> DomainError:  # type: ignore[no-untyped-def]
    """The domain error a call raises (what the page must show)."""
    with pytest.raises(DomainError) as raised:
        call()
    return raised.value


@dataclass
class Desk:
    services: AppServices
    boss: StaffMember
    clerk: StaffMember


@pytest.fixture
def desk(services: AppServices, translations: Translations) -> Desk:
    translations.apply("en")
    services.clock.current = datetime(2026, 11, 23, 10, 0)  # type: ignore[attr-defined]
    boss = set_up_station(services)
    return Desk(services, boss, add_clerk(services, boss, Role.COUNTER, job="3001"))


# --- shift summary ----------------------------------------------------------------------------


def test_shift_summary_shows_a_clerks_parcels_and_prints(
    qtbot, desk: Desk, tmp_path: Path
) -> None:
    intake = desk.services.intake
    intake.accept(desk.clerk, draft(1))
    intake.accept(desk.clerk, draft(2, pay_mode=PayMode.COLLECT))
    page = ShiftSummaryPage(desk.services)
    shown(qtbot, page)
    page.activate(desk.boss)
    ui = page.ui
    assert ui.day_edit.date() == QDate(2026, 11, 23)
    assert ui.shift_combo.currentData() == "early"  # 10:00 is in the early shift
    table = ui.clerks_table
    assert column(table, 0) == ["李明", "Total"]
    clerk = row_of(table, "李明")
    assert table.item(clerk, 1).text() == "2"
    assert table.item(clerk, 2).text() == "1 / 17.00"  # one cash parcel to 江苏 (邻省)
    assert table.item(clerk, 4).text().startswith("1 / ")
    assert "2 parcel(s)" in ui.totals_label.text()
    # the late shift has nothing
    ui.shift_combo.setCurrentIndex(ui.shift_combo.findData("late"))
    assert column(table, 0) == ["Total"]
    assert table.item(0, 1).text() == "0"
    # printed: the whole day
    ui.shift_combo.setCurrentIndex(ui.shift_combo.findData("day"))
    printed = tmp_path / "printed.pdf"

    def to_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    page.ask_print = to_file  # type: ignore[method-assign]
    click(qtbot, ui.print_button)
    assert printed.stat().st_size > 0
    assert ui.message_label.text() == "Printed 1 page(s)."
    target = tmp_path / "summary.pdf"
    page.ask_save = lambda title, name, filter_: str(target)  # type: ignore[method-assign]
    click(qtbot, ui.save_pdf_button)
    assert ui.message_label.text() == f"Saved {target}."
    text = pdf_text(target.read_bytes())
    assert "李明" in text
    assert "2026-11-23" in text
    assert "全天" in text
    click(qtbot, ui.preview_button)
    assert ui.summary_tabs.currentWidget() is ui.preview_tab
    assert not ui.preview_label.pixmap().isNull()


def test_shift_summary_lists_a_refusal(qtbot, desk: Desk) -> None:
    with pytest.raises(DomainError):
        desk.services.intake.accept(desk.clerk, draft(1, contents="过年的鞭炮两箱"))
    page = ShiftSummaryPage(desk.services)
    shown(qtbot, page)
    page.activate(desk.clerk)
    ui = page.ui
    assert ui.refusals_table.rowCount() == 1
    assert ui.refusals_table.item(0, 2).text() == "过年的鞭炮两箱"
    assert ui.refusals_group.title() == "Refusals (1)"
    assert ui.clerks_table.item(row_of(ui.clerks_table, "李明"), 6).text() == "1"


# --- accounts and statements (CI-7) -----------------------------------------------------------


@pytest.fixture
def accounts(qtbot, desk: Desk) -> AccountsPage:
    page = AccountsPage(desk.services)
    shown(qtbot, page)
    page.activate(desk.boss)
    return page


def test_a_supervisor_adds_an_account_and_sees_it_listed(
    qtbot, accounts: AccountsPage, desk: Desk
) -> None:
    ui = accounts.ui
    assert ui.form_group.isEnabled()
    assert ui.note_label.isHidden()
    assert ui.code_edit.hasFocus()
    type_text(ui.code_edit, "a01")
    type_text(ui.name_edit, "西湖茶叶有限公司")
    type_text(ui.contact_edit, "赵经理")
    type_text(ui.phone_edit, "13700000001")
    type_text(ui.credit_code_edit, CREDIT_CODE)
    click(qtbot, ui.save_button)
    assert ui.message_label.text() == "Account A01 西湖茶叶有限公司 saved."
    [saved] = desk.services.intake.accounts()
    assert (saved.code, saved.name, saved.credit_code) == ("A01", "西湖茶叶有限公司", CREDIT_CODE)
    table = ui.accounts_table
    assert column(table, 0) == ["A01"]
    assert [table.item(0, c).text() for c in range(6)] == [
        "A01", "西湖茶叶有限公司", "赵经理", "13700000001", CREDIT_CODE, "yes"]
    assert ui.statement_account_combo.currentData() == saved.id
    # closing it: the same account changes, it is not added again
    table.selectRow(0)
    click(qtbot, ui.active_check)
    qtbot.keyClick(ui.name_edit, Qt.Key.Key_Return)
    [closed] = desk.services.intake.accounts()
    assert closed.id == saved.id
    assert not closed.active
    assert table.item(0, 5).text() == "no"
    assert ui.statement_account_combo.currentText().endswith("(closed)")


def test_a_bad_credit_code_is_named_and_what_was_typed_stays(
    qtbot, accounts: AccountsPage, desk: Desk
) -> None:
    bad = CREDIT_CODE[:-1] + "0"
    ui = accounts.ui
    type_text(ui.code_edit, "B02")
    type_text(ui.name_edit, "钱塘贸易")
    type_text(ui.credit_code_edit, bad)
    ui.name_edit.setFocus()
    click(qtbot, ui.save_button)
    expected = error_of(lambda: check_document(DocumentKind.CREDIT_CODE, bad))
    assert ui.message_label.text() == describe(expected)
    assert ui.credit_code_edit.hasFocus()
    assert (ui.code_edit.text(), ui.name_edit.text(), ui.credit_code_edit.text()) == (
        "B02", "钱塘贸易", bad)
    assert desk.services.intake.accounts() == []
    assert ui.accounts_table.rowCount() == 0


def test_a_used_account_code_is_refused(qtbot, accounts: AccountsPage, desk: Desk) -> None:
    desk.services.intake.save_account(desk.boss, Account("A01", "西湖茶叶有限公司"))
    accounts.refresh()
    ui = accounts.ui
    click(qtbot, ui.new_button)
    type_text(ui.code_edit, "a01")
    type_text(ui.name_edit, "另一家公司")
    click(qtbot, ui.save_button)
    assert ui.message_label.text() == describe(FieldInvalid("account_code", "duplicate", "A01"))
    assert ui.code_edit.hasFocus()
    assert ui.name_edit.text() == "另一家公司"
    assert [a.name for a in desk.services.intake.accounts()] == ["西湖茶叶有限公司"]


def test_a_clerk_sees_the_accounts_but_cannot_edit_them(qtbot, desk: Desk) -> None:
    desk.services.intake.save_account(desk.boss, Account("A01", "西湖茶叶有限公司"))
    page = AccountsPage(desk.services)
    shown(qtbot, page)
    page.activate(desk.clerk)
    ui = page.ui
    assert not ui.form_group.isEnabled()
    assert not ui.note_label.isHidden()
    assert "Only a supervisor" in ui.note_label.text()
    assert column(ui.accounts_table, 0) == ["A01"]
    assert ui.statement_group.isEnabled()
    assert page.save_account() is None


def test_the_statement_export_has_the_rows_of_the_month(
    qtbot, accounts: AccountsPage, desk: Desk, tmp_path: Path
) -> None:
    intake = desk.services.intake
    acct = intake.save_account(desk.boss, Account("A01", "西湖茶叶有限公司",
                                                  credit_code=CREDIT_CODE))
    for n in (1, 2):
        intake.accept(desk.clerk, draft(n, pay_mode=PayMode.ACCOUNT, account_code="A01",
                                        doc_kind=None, doc_number=""))
    intake.accept(desk.clerk, draft(3))  # cash: not on the statement
    accounts.refresh()
    ui = accounts.ui
    ui.statement_account_combo.setCurrentIndex(ui.statement_account_combo.findData(acct.id))
    ui.month_edit.setDate(QDate(2026, 11, 1))
    statement = intake.statement(acct.id or 0, datetime(2026, 11, 1).date())
    expected = [*statement_rows(statement), statement_total_row(statement)]
    assert [r[2] for r in expected[:2]] == [no(1), no(2)]
    xlsx, csv_file = tmp_path / "statement.xlsx", tmp_path / "statement.csv"
    accounts.ask_save = lambda title, name, filter_: str(xlsx)  # type: ignore[method-assign]
    click(qtbot, ui.export_xlsx_button)
    assert ui.message_label.text() == f"Saved {xlsx}."
    sheet = load_workbook(xlsx).active
    cells = [["" if c is None else str(c) for c in row]
             for row in sheet.iter_rows(values_only=True)]
    header = cells.index(list(STATEMENT_COLUMNS))
    assert cells[header + 1:header + 1 + len(expected)] == expected
    accounts.ask_save = lambda title, name, filter_: str(csv_file)  # type: ignore[method-assign]
    click(qtbot, ui.export_csv_button)
    with csv_file.open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh)) == [list(STATEMENT_COLUMNS), *expected]
    assert ui.statement_label.text() == (
        f"A01 西湖茶叶有限公司, 2026-11: 2 parcel(s), {statement.total} 元")


def test_a_statement_without_accounts_says_so(qtbot, accounts: AccountsPage) -> None:
    accounts.ask_save = lambda *args: pytest.fail("no file to save")  # type: ignore[method-assign]
    click(qtbot, accounts.ui.export_csv_button)
    assert "no account customer yet" in accounts.ui.message_label.text()


# --- consumables (CI-10) ----------------------------------------------------------------------


@pytest.fixture
def consumables(qtbot, desk: Desk) -> ConsumablesPage:
    page = ConsumablesPage(desk.services)
    shown(qtbot, page)
    page.activate(desk.clerk)
    return page


def select_row(page: ConsumablesPage, name: str) -> None:
    page.ui.consumables_table.selectRow(row_of(page.ui.consumables_table, name))


def test_counting_in_clears_the_low_warning_and_taking_out_brings_it_back(
    qtbot, consumables: ConsumablesPage, desk: Desk
) -> None:
    ui = consumables.ui
    table = ui.consumables_table
    assert not ui.low_warning_label.isHidden()
    assert ui.low_warning_label.text().startswith("Tell the supervisor: 面单")
    assert "are running low" in ui.low_warning_label.text()
    select_row(consumables, "面单")
    type_text(ui.quantity_edit, "500")
    type_text(ui.move_note_edit, "总部送来")
    click(qtbot, ui.count_in_button)
    assert ui.message_label.text() == "面单 counted in: 500 张 in stock."
    assert ui.quantity_edit.text() == ""
    assert ui.move_note_edit.text() == ""
    row = row_of(table, "面单")
    assert (table.item(row, 2).text(), table.item(row, 4).text()) == ("500", "ok")
    assert "面单" not in ui.low_warning_label.text()
    stock = {c.code: c.stock for c in desk.services.intake.consumables()}
    assert stock["waybill"] == 500
    # the rest counted in too: no warning at all
    for name in ("文件封", "快递袋（中）", "纸箱 小号", "纸箱 中号", "纸箱 大号", "胶带"):
        select_row(consumables, name)
        type_text(ui.quantity_edit, "100")
        click(qtbot, ui.count_in_button)
    assert ui.low_warning_label.isHidden()
    select_row(consumables, "面单")
    type_text(ui.quantity_edit, "350")
    click(qtbot, ui.take_out_button)
    assert ui.message_label.text().startswith("面单 taken out: 150 张 left.")
    assert "tell the supervisor" in ui.message_label.text()
    assert not ui.low_warning_label.isHidden()
    assert ui.low_warning_label.text() == "Tell the supervisor: 面单 are running low."
    assert table.item(row_of(table, "面单"), 4).text() == "low"


def test_a_bad_quantity_is_named_and_kept(qtbot, consumables: ConsumablesPage, desk: Desk) -> None:
    ui = consumables.ui
    select_row(consumables, "胶带")
    type_text(ui.quantity_edit, "12x")
    click(qtbot, ui.count_in_button)
    assert ui.message_label.text() == describe(FieldInvalid("consumable_quantity", "integer"))
    assert ui.quantity_edit.text() == "12x"
    assert ui.quantity_edit.hasFocus()
    ui.quantity_edit.clear()
    type_text(ui.quantity_edit, "3")
    click(qtbot, ui.take_out_button)  # there is none to take out
    assert ui.message_label.text() == "Only 0 in stock: take out at most 0."
    assert {c.code: c.stock for c in desk.services.intake.consumables()}["tape"] == 0


def test_recount_sets_the_stock(qtbot, consumables: ConsumablesPage, desk: Desk) -> None:
    ui = consumables.ui
    select_row(consumables, "胶带")
    type_text(ui.quantity_edit, "9")
    click(qtbot, ui.recount_button)
    assert ui.message_label.text() == "胶带 recounted: 9 卷 in stock."
    assert {c.code: c.stock for c in desk.services.intake.consumables()}["tape"] == 9


def test_only_a_supervisor_sets_the_low_mark(qtbot, desk: Desk) -> None:
    page = ConsumablesPage(desk.services)
    shown(qtbot, page)
    page.activate(desk.clerk)
    assert not page.ui.low_mark_group.isEnabled()
    page.activate(desk.boss)
    ui = page.ui
    assert ui.low_mark_group.isEnabled()
    select_row(page, "胶带")
    assert ui.low_mark_edit.text() == "5"
    ui.low_mark_edit.clear()
    type_text(ui.low_mark_edit, "2")
    qtbot.keyClick(ui.low_mark_edit, Qt.Key.Key_Return)
    assert {c.code: c.low_mark for c in desk.services.intake.consumables()}["tape"] == 2
    table = ui.consumables_table
    assert table.item(row_of(table, "胶带"), 3).text() == "2"


# --- intake settings: rate card (CI-8), service area (CI-6), contents (CI-2) --------------------


@pytest.fixture
def settings(qtbot, desk: Desk) -> IntakeSettingsPage:
    page = IntakeSettingsPage(desk.services)
    shown(qtbot, page)
    page.activate(desk.boss)
    return page


def zone_prices(page: IntakeSettingsPage) -> dict[str, str]:
    table = page.ui.zones_table
    return dict(zip(column(table, 0), column(table, 2), strict=True))


def test_the_demo_rate_card_is_labelled(settings: IntakeSettingsPage) -> None:
    ui = settings.ui
    assert ui.rate_name_label.text() == f"Rate card: {sample_rate_card().name}"
    assert not ui.rate_sample_label.isHidden()
    assert "demo rate card" in ui.rate_sample_label.text()
    assert zone_prices(settings)["邻省"] == "12.00"
    assert ui.provinces_table.rowCount() == len(sample_rate_card().province_zones)
    assert not ui.area_sample_label.isHidden()


def test_an_imported_rate_card_csv_gives_the_new_price(
    qtbot, settings: IntakeSettingsPage, desk: Desk, tmp_path: Path
) -> None:
    text = rate_card_to_csv(sample_rate_card()).decode("utf-8-sig")
    text = text.replace("neighbour,邻省,1,12.00,1,5.00", "neighbour,邻省,1,13.50,1,5.00")
    text = text.replace("name,示例价目表 — 仅供演示", "name,五亭龙价目表 2026")
    source = tmp_path / "card.csv"
    source.write_bytes(text.encode("utf-8-sig"))
    settings.ask_open = lambda title, filter_: str(source)  # type: ignore[method-assign]
    click(qtbot, settings.ui.import_rate_csv_button)
    ui = settings.ui
    assert ui.message_label.text() == (
        "Rate card 「五亭龙价目表 2026」 imported from card.csv: 5 zone(s).")
    assert zone_prices(settings)["邻省"] == "13.50"
    assert ui.rate_name_label.text() == "Rate card: 五亭龙价目表 2026"
    assert ui.rate_sample_label.isHidden()
    assert str(desk.services.intake.rate_card().zone("neighbour").first_price) == "13.50"
    # and back out: the export is the same card
    target = tmp_path / "out.csv"
    settings.ask_save = lambda title, name, filter_: str(target)  # type: ignore[method-assign]
    click(qtbot, ui.export_rate_csv_button)
    assert rate_card_from_csv(target.read_bytes()) == desk.services.intake.rate_card()


def test_a_broken_rate_card_csv_is_named_and_the_old_card_kept(
    qtbot, settings: IntakeSettingsPage, desk: Desk, tmp_path: Path
) -> None:
    broken_line = "far,跨区,1,abc,1,8.00"
    text = rate_card_to_csv(sample_rate_card()).decode("utf-8-sig")
    text = text.replace("far,跨区,1,15.00,1,8.00", broken_line)
    data = text.encode("utf-8-sig")
    expected = error_of(lambda: rate_card_from_csv(data))
    assert isinstance(expected, RateCardInvalid)
    line = text.splitlines().index(broken_line) + 1
    assert (expected.section, expected.row, expected.column) == ("zones", line, "first_price")
    source = tmp_path / "broken.csv"
    source.write_bytes(data)
    settings.ask_open = lambda title, filter_: str(source)  # type: ignore[method-assign]
    click(qtbot, settings.ui.import_rate_csv_button)
    ui = settings.ui
    assert ui.message_label.text() == describe(expected)
    assert f"row {line}" in ui.message_label.text()
    assert "first_price" in ui.message_label.text()
    assert desk.services.intake.rate_card() == sample_rate_card()
    assert zone_prices(settings)["跨区"] == "15.00"
    assert not ui.rate_sample_label.isHidden()


def test_a_service_area_csv_is_imported_and_a_broken_one_refused(
    qtbot, settings: IntakeSettingsPage, desk: Desk, tmp_path: Path
) -> None:
    sample = sample_service_area()
    text = service_area_to_csv(sample).decode("utf-8-sig")
    text += "浙江省,宁波市,象山县,超区,海岛\r\n"
    good = tmp_path / "本站范围.csv"
    good.write_bytes(text.encode("utf-8-sig"))
    settings.ask_open = lambda title, filter_: str(good)  # type: ignore[method-assign]
    ui = settings.ui
    ui.settings_tabs.setCurrentWidget(ui.area_tab)
    click(qtbot, ui.import_area_csv_button)
    n = len(sample.rules) + 1
    assert ui.message_label.text() == (
        f"Service area 「本站范围」 imported from 本站范围.csv: {n} rule(s).")
    assert ui.area_count_label.text() == f"{n} rule(s)"
    assert ui.area_table.rowCount() == n
    last = [ui.area_table.item(n - 1, c).text() for c in range(5)]
    assert last == ["浙江省", "宁波市", "象山县", area_status_name(AreaStatus.OUT_OF_AREA), "海岛"]
    assert ui.area_sample_label.isHidden()
    area = desk.services.intake.service_area()
    assert area.name == "本站范围"
    assert len(area.rules) == n
    # a status nobody knows: named, and the table just imported stays
    bad_text = text.replace("浙江省,宁波市,象山县,超区", "浙江省,宁波市,象山县,不送")
    bad = tmp_path / "bad.csv"
    bad.write_bytes(bad_text.encode("utf-8-sig"))
    expected = error_of(lambda: service_area_from_csv(bad.read_bytes(), name="bad"))
    assert isinstance(expected, ServiceAreaInvalid)
    assert expected.column == "状态"
    settings.ask_open = lambda title, filter_: str(bad)  # type: ignore[method-assign]
    click(qtbot, ui.import_area_csv_button)
    assert ui.message_label.text() == describe(expected)
    assert f"row {len(text.splitlines())}, column 状态" in ui.message_label.text()
    assert desk.services.intake.service_area() == area
    assert ui.area_table.rowCount() == n


def test_the_fragile_rule_follows_the_radio_buttons(
    qtbot, settings: IntakeSettingsPage, desk: Desk
) -> None:
    ui = settings.ui
    ui.settings_tabs.setCurrentWidget(ui.contents_tab)
    assert ui.refuse_radio.isChecked()
    click(qtbot, ui.mark_radio)
    assert desk.services.intake.fragile_policy() is FragilePolicy.MARK
    assert "marked 易碎" in ui.message_label.text()
    click(qtbot, ui.refuse_radio)
    assert desk.services.intake.fragile_policy() is FragilePolicy.REFUSE
    assert ui.message_label.text() == "Fragile items are now refused."


def test_the_stations_keywords_are_saved_and_checked(
    qtbot, settings: IntakeSettingsPage, desk: Desk
) -> None:
    ui = settings.ui
    ui.settings_tabs.setCurrentWidget(ui.contents_tab)
    published = [ui.published_list.item(i).text() for i in range(ui.published_list.count())]
    assert len(published) == 19
    assert published[0].startswith("1. ")
    table = ui.additions_table
    click(qtbot, ui.add_addition_button)
    table.item(0, 0).setText("30")
    table.item(0, 1).setText("现金, 银行卡")
    click(qtbot, ui.save_additions_button)  # a new category needs its name
    assert ui.message_label.text() == "Row 1: " + describe(FieldInvalid("category_name",
                                                                        "required"))
    assert (table.currentRow(), table.currentColumn()) == (0, 2)
    assert desk.services.intake.catalogue_additions() == []
    table.item(0, 2).setText("特殊物品")
    click(qtbot, ui.add_addition_button)
    table.item(1, 0).setText("3")
    table.item(1, 1).setText("冷焰火、电子烟花")
    click(qtbot, ui.save_additions_button)
    assert ui.message_label.text() == "The station's keywords saved: 2 row(s)."
    saved = {c.number: c for c in desk.services.intake.catalogue_additions()}
    assert saved[30].keywords == ("现金", "银行卡")
    assert saved[30].name_zh == "特殊物品"
    assert saved[3].keywords == ("冷焰火", "电子烟花")
    verdict = desk.services.intake.check_contents("生日用冷焰火一盒")
    assert [m.number for m in verdict.prohibited] == [3]
    assert ui.published_list.count() == 20
    assert ui.published_list.item(19).text() == "30. 特殊物品 (station's own)"


def test_keywords_saved_meanwhile_on_another_pc_are_not_overwritten_unseen(
    qtbot, settings: IntakeSettingsPage, desk: Desk
) -> None:
    """Issue 13 §2: this page loaded the keywords; another supervisor saved first. The save
    is refused naming who and when, the rows typed here stay, and Save again overwrites."""
    ui = settings.ui
    ui.settings_tabs.setCurrentWidget(ui.contents_tab)
    other = add_clerk(desk.services, desk.boss, Role.SUPERVISOR, job="1002")
    desk.services.intake.save_catalogue_additions(
        other, [ProhibitedCategory(31, "打火机", "lighters", (), ("打火机",))])
    table = ui.additions_table
    click(qtbot, ui.add_addition_button)
    table.item(0, 0).setText("3")
    table.item(0, 1).setText("冷焰火")
    click(qtbot, ui.save_additions_button)
    assert ui.message_label.text() == (
        "Changed by 李明 at 10:00 (prohibited keywords); please reload.")
    assert [c.number for c in desk.services.intake.catalogue_additions()] == [31]
    assert (table.rowCount(), table.item(0, 1).text()) == (1, "冷焰火")  # still as typed
    click(qtbot, ui.save_additions_button)
    assert ui.message_label.text() == "The station's keywords saved: 1 row(s)."
    assert [c.number for c in desk.services.intake.catalogue_additions()] == [3]


def test_a_clerk_sees_the_settings_but_cannot_change_them(
    qtbot, desk: Desk, tmp_path: Path
) -> None:
    page = IntakeSettingsPage(desk.services)
    shown(qtbot, page)
    page.activate(desk.clerk)
    ui = page.ui
    assert not ui.note_label.isHidden()
    assert "Only a supervisor" in ui.note_label.text()
    for widget in (ui.import_rate_csv_button, ui.import_rate_xlsx_button,
                   ui.import_area_csv_button, ui.import_area_xlsx_button, ui.refuse_radio,
                   ui.mark_radio, ui.additions_table, ui.save_additions_button):
        assert not widget.isEnabled(), widget.objectName()
    assert ui.zones_table.rowCount() == len(sample_rate_card().zones)
    page.ask_open = lambda *args: pytest.fail("no file to open")  # type: ignore[method-assign]
    assert page.import_rate_card("csv") is None
    page.set_fragile(FragilePolicy.MARK)
    assert desk.services.intake.fragile_policy() is FragilePolicy.REFUSE
    assert ui.message_label.text() == ""
