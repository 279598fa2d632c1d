"""The parcel view on Ctrl+F from any desk (issue 16 §1) and the F6 客服 desk (issue 19), driven
by real key events on the real controller over a demo station."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counter_app.domain.staff import Role
from counter_app.hardware.hub import ScannerHub
from counter_app.paths import DataPaths
from counter_app.services.app import AppServices
from counter_app.services.demo import DEMO_PASSWORD, fill_demo
from counter_app.ui.app import AppController
from counter_app.ui.i18n import Translations
from counter_app.ui.parcel_view import ParcelDialog
from counter_app.ui.settings import Preferences
from counter_app.ui.workspaces.service_desk import ServiceDeskWorkspace


@pytest.fixture
def desk(qtbot, services: AppServices, data_paths: DataPaths,
         translations: Translations) -> AppController:
    fill_demo(services)  # with two open enquiries
    boss = services.auth.login("1001", DEMO_PASSWORD)
    services.staff.add(boss, "5001", "何敏", Role.SERVICE, DEMO_PASSWORD)
    ctl = AppController(services, Preferences(data_paths.settings_file), translations,
                        ScannerHub())
    qtbot.add_widget(ctl.window)
    ctl.window.resize(1366, 728)
    ctl.window.show()
    qtbot.wait_exposed(ctl.window)
    return ctl


def cells(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[table.item(r, c).text() if table.item(r, c) else ""
             for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_ctrl_f_on_the_counter_shows_one_parcel_from_every_desk_masked(
        qtbot, desk: AppController, services: AppServices) -> None:
    window = desk.window
    window.set_operator(services.auth.login("2001", DEMO_PASSWORD))  # a warehouse clerk
    window.workspaces[window.current_key()].setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.parcel_dialog
    assert isinstance(dialog, ParcelDialog)
    qtbot.wait_until(dialog.isVisible)
    qtbot.wait_until(dialog.panel.number_edit.hasFocus)
    qtbot.keyClicks(dialog.panel.number_edit, "77316523170011")
    qtbot.keyClick(dialog.panel.number_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter looked up; it did not close the dialog
    rows = cells(dialog.panel.table)
    assert len(rows) == 1
    when, where, who, what = rows[0]
    assert when.startswith("2026-11-23")
    assert where == "Counter"
    assert who == "李明 (1002)"
    assert "张**" in what
    assert "张三丰" not in what  # a warehouse clerk does not see the sender's name
    assert "accepted at our counter" in dialog.panel.summary_label.text()
    # a parcel known to the warehouse: its stay and events, in time order
    dialog.panel.number_edit.selectAll()
    qtbot.keyClicks(dialog.panel.number_edit, "77316523130001")
    qtbot.keyClick(dialog.panel.number_edit, Qt.Key.Key_Return)
    rows = cells(dialog.panel.table)
    assert [r[1] for r in rows][:3] == ["Warehouse"] * 3
    assert rows[-1][1] == "Service desk"  # the 客服 desk's enquiry about it, on the same line
    assert "李*" in rows[-1][3]
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert "in the warehouse now" in dialog.panel.summary_label.text()
    # a typo is explained, and what was typed stays
    dialog.panel.number_edit.selectAll()
    qtbot.keyClicks(dialog.panel.number_edit, "12345")
    qtbot.keyClick(dialog.panel.number_edit, Qt.Key.Key_Return)
    assert dialog.panel.number_edit.text() == "12345"
    assert dialog.panel.summary_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_f6_logs_an_enquiry_by_keyboard_and_the_tab_counts_it_when_nearly_due(
        qtbot, desk: AppController, services: AppServices) -> None:
    window = desk.window
    window.set_operator(services.auth.login("5001", DEMO_PASSWORD))
    assert window.current_key() == "service"  # the only job desk of the 客服 role
    workspace = window.workspaces["service"]
    assert isinstance(workspace, ServiceDeskWorkspace)
    ui = workspace.ui
    ui.waybill_edit.setFocus()
    assert ui.open_table.rowCount() == 2  # the demo's open enquiries, soonest first
    qtbot.keyClicks(ui.waybill_edit, "77316523130003")
    qtbot.keyClick(ui.waybill_edit, Qt.Key.Key_Return)
    # the parcel view beside the enquiry shows where it is in the station, contacts in clear
    assert "in the warehouse now" in workspace.parcel.summary_label.text()
    assert any("陈刚" in row[3] for row in cells(workspace.parcel.table))
    assert ui.caller_name_edit.hasFocus()
    ui.caller_name_edit.insert("陈刚")  # Chinese comes from the input method, not keys
    ui.caller_phone_edit.setFocus()
    qtbot.keyClicks(ui.caller_phone_edit, "13700002468")
    ui.question_edit.setFocus()
    ui.question_edit.insertPlainText("到付太贵了，能不能改寄付")
    qtbot.keyClick(ui.question_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "logged" in ui.log_message_label.text()
    assert ui.open_table.rowCount() == 3
    assert ui.waybill_edit.text() == ""
    due = [row[0] for row in cells(ui.open_table)]
    assert due == sorted(due)  # sorted by deadline
    tabs = window.ui.workspace_tabs
    assert tabs.tabText(5) == "F6 Service desk"
    services.clock.advance(minutes=25)  # type: ignore[attr-defined]
    workspace.refresh_attention()
    # 09:25: the two customer enquiries (due 09:30) are nearly due; the point's is not
    qtbot.wait_until(lambda: tabs.tabText(5) == "F6 Service desk (2)")
    # answer ours: select it, type the reply, Ctrl+Enter
    mine = next(r for r, row in enumerate(cells(ui.open_table)) if row[3] == "77316523130003")
    ui.open_table.selectRow(mine)
    assert "77316523130003" in ui.selected_label.text()
    ui.reply_edit.setFocus()
    ui.reply_edit.insertPlainText("到付件不能改寄付，已告知可拒收退回")
    qtbot.keyClick(ui.reply_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "answered in time" in ui.answer_message_label.text()
    assert "77316523130003" not in [row[3] for row in cells(ui.open_table)]
    qtbot.wait_until(lambda: tabs.tabText(5) == "F6 Service desk (1)")


def test_bad_enquiry_keeps_what_was_typed(qtbot, desk: AppController,
                                          services: AppServices) -> None:
    window = desk.window
    window.set_operator(services.auth.login("5001", DEMO_PASSWORD))
    ui = window.workspaces["service"].ui  # type: ignore[attr-defined]
    qtbot.keyClicks(ui.waybill_edit, "77316523130001")
    ui.caller_name_edit.insert("李娜")
    qtbot.keyClicks(ui.caller_phone_edit, "1380000")
    ui.question_edit.insertPlainText("到哪了")
    qtbot.mouseClick(ui.log_button, Qt.MouseButton.LeftButton)
    assert "Caller's phone" in ui.log_message_label.text()
    assert ui.caller_phone_edit.text() == "1380000"
    assert ui.question_edit.toPlainText() == "到哪了"
    assert ui.open_table.rowCount() == 2  # the demo's two, nothing added


def test_logout_closes_the_parcel_view_for_the_next_clerk(
        qtbot, desk: AppController, services: AppServices) -> None:
    window = desk.window
    window.set_operator(services.auth.login("1001", DEMO_PASSWORD))
    window.open_parcel_view("77316523170011")
    assert window.parcel_dialog is not None
    assert "张三丰" in cells(window.parcel_dialog.panel.table)[0][3]  # the supervisor sees all
    window.clean_desk(desk.job_workspaces())
    QApplication.processEvents()
    assert window.parcel_dialog is None


def test_claims_page_refuses_a_late_claim_and_saves_the_letter_as_pdf(
        qtbot, desk: AppController, services: AppServices, tmp_path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    from PySide6.QtWidgets import QFileDialog

    from tests.pdf_helpers import need

    window = desk.window
    window.set_operator(services.auth.login("5001", DEMO_PASSWORD))
    workspace = window.workspaces["service"]
    ui = workspace.ui  # type: ignore[attr-defined]
    ui.pages.setCurrentWidget(ui.claims_tab)
    qtbot.keyClicks(ui.claim_waybill_edit, "77316523170011")  # sent from our counter today
    ui.claimant_name_edit.insert("张三丰")
    qtbot.keyClicks(ui.claimant_phone_edit, "13812345678")
    ui.claim_description_edit.insert("外包装完好，内物破损")
    ui.claim_kind_combo.setCurrentIndex(ui.claim_kind_combo.findData("damage"))
    qtbot.keyClicks(ui.claim_sent_edit, "2026-11-01")  # typed: 22 days ago
    qtbot.mouseClick(ui.open_claim_button, Qt.MouseButton.LeftButton)
    assert "Too late" in ui.claim_form_message_label.text()
    assert "2026-11-16" in ui.claim_form_message_label.text()
    assert ui.claim_waybill_edit.text() == "77316523170011"  # nothing typed is lost
    ui.claim_sent_edit.clear()  # empty: the date of our counter record
    qtbot.mouseClick(ui.open_claim_button, Qt.MouseButton.LeftButton)
    assert "settle by 2026-12-08" in ui.claim_form_message_label.text()
    assert ui.claims_table.rowCount() == 1
    ui.claims_table.selectRow(0)
    ui.offer_combo.setCurrentIndex(ui.offer_combo.findData("resend"))
    qtbot.mouseClick(ui.offer_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.agree_button, Qt.MouseButton.LeftButton)
    assert "2026-11-26" in ui.claim_message_label.text()
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "PDF (*.pdf)")))
    qtbot.mouseClick(ui.result_button, Qt.MouseButton.LeftButton)
    assert target.is_file()
    text = subprocess.run([need("pdftotext", "poppler-utils"), str(target), "-"],
                          check=True, capture_output=True, text=True).stdout
    assert "理赔结果回复函" in text
    assert "免费补寄" in text


def test_complaints_page_clerk_records_supervisor_rules(
        qtbot, desk: AppController, services: AppServices) -> None:
    window = desk.window
    window.set_operator(services.auth.login("5001", DEMO_PASSWORD))
    ui = window.workspaces["service"].ui  # type: ignore[attr-defined]
    ui.pages.setCurrentWidget(ui.complaints_tab)
    assert not ui.rule_button.isEnabled()  # the clerk records, the supervisor rules
    qtbot.keyClicks(ui.complaint_waybill_edit, "77316523130001")
    ui.complaint_caller_edit.insert("李娜")
    qtbot.keyClicks(ui.complaint_phone_edit, "13800001234")
    ui.complaint_content_edit.insert("派件员态度差")
    qtbot.mouseClick(ui.log_complaint_button, Qt.MouseButton.LeftButton)
    assert "recorded" in ui.complaint_message_label.text()
    assert ui.complaints_table.rowCount() == 1
    window.clean_desk(desk.job_workspaces())
    window.set_operator(services.auth.login("1001", DEMO_PASSWORD))
    window.show_workspace("service")
    ui = window.workspaces["service"].ui  # type: ignore[attr-defined]
    ui.pages.setCurrentWidget(ui.complaints_tab)
    assert ui.rule_button.isEnabled()
    ui.complaints_table.selectRow(0)
    ui.ruling_combo.setCurrentIndex(ui.ruling_combo.findData("upheld"))
    ui.staff_member_edit.insert("黄磊")
    ui.solution_edit.insert("道歉，罚款")
    qtbot.mouseClick(ui.rule_button, Qt.MouseButton.LeftButton)
    assert "Fine" in ui.ruling_message_label.text()  # an upheld complaint needs its fine
    qtbot.keyClicks(ui.fine_edit, "100")
    qtbot.mouseClick(ui.rule_button, Qt.MouseButton.LeftButton)
    assert ui.ruling_message_label.text() == "Ruling recorded."
    assert "fines 100.00" in ui.complaint_group.title()


def test_outgoing_problem_shows_our_counter_record_and_takes_steps(
        qtbot, desk: AppController, services: AppServices) -> None:
    window = desk.window
    window.set_operator(services.auth.login("5001", DEMO_PASSWORD))
    ui = window.workspaces["service"].ui  # type: ignore[attr-defined]
    ui.pages.setCurrentWidget(ui.problems_tab)
    qtbot.keyClicks(ui.problem_waybill_edit, "77316523170012")
    ui.from_point_edit.insert("北京朝阳")
    ui.problem_message_edit.insert("收件人电话空号")
    qtbot.keyClicks(ui.problem_deadline_edit, "2026-11-2")  # not a time yet
    qtbot.mouseClick(ui.log_problem_button, Qt.MouseButton.LeftButton)
    assert ui.problem_waybill_edit.text() == "77316523170012"  # kept
    assert ui.problem_form_message_label.text()
    ui.problem_deadline_edit.clear()
    qtbot.mouseClick(ui.log_problem_button, Qt.MouseButton.LeftButton)
    assert "11-26 09:00" in ui.problem_form_message_label.text()
    assert ui.problems_table.rowCount() == 1
    ui.problems_table.selectRow(0)
    assert "13812345678" in ui.problem_record_label.text()  # the sender, to call
    assert "茶叶 礼盒" in ui.problem_record_label.text()
    ui.action_edit.insert("已联系寄件人，提供新电话")
    qtbot.keyClick(ui.action_edit, Qt.Key.Key_Return)
    assert "已联系寄件人" in ui.problem_record_label.text()
    ui.outcome_edit.insert("对方已派送")
    qtbot.mouseClick(ui.close_problem_button, Qt.MouseButton.LeftButton)
    assert ui.problems_table.rowCount() == 0


def test_pickup_call_names_the_area_courier_and_lists_the_day(
        qtbot, desk: AppController, services: AppServices, tmp_path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = desk.window
    window.set_operator(services.auth.login("5001", DEMO_PASSWORD))
    ui = window.workspaces["service"].ui  # type: ignore[attr-defined]
    ui.pages.setCurrentWidget(ui.pickups_tab)
    ui.pickup_caller_edit.insert("王五")
    qtbot.keyClicks(ui.pickup_phone_edit, "13611112222")
    ui.pickup_address_edit.insert("杭州市西湖区文三路259号5楼")
    qtbot.mouseClick(ui.pickup_button, Qt.MouseButton.LeftButton)
    text = ui.pickup_message_label.text()
    assert "张伟" in text
    assert "13905711001" in text  # 09:00: a morning sender gets the courier's phone
    assert ui.pickups_table.rowCount() == 1
    assert ui.pickups_table.item(0, 0).text() == "张伟"
    # the couriers' lists, one page each, as PDF
    import subprocess

    from PySide6.QtWidgets import QFileDialog

    from tests.pdf_helpers import need

    target = tmp_path / "pickups.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "PDF (*.pdf)")))
    qtbot.mouseClick(ui.pickups_print_button, Qt.MouseButton.LeftButton)
    text = subprocess.run([need("pdftotext", "poppler-utils"), str(target), "-"],
                          check=True, capture_output=True, text=True).stdout
    assert "取件清单 2026-11-23 · 张伟 · 1 单" in text
    assert "杭州市西湖区文三路259号5楼" in text


def test_week_exported_as_xlsx(qtbot, desk: AppController, services: AppServices, tmp_path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import load_workbook

    from PySide6.QtWidgets import QFileDialog

    window = desk.window
    window.set_operator(services.auth.login("1001", DEMO_PASSWORD))
    window.show_workspace("service")
    ui = window.workspaces["service"].ui  # type: ignore[attr-defined]
    ui.pages.setCurrentWidget(ui.week_tab)
    target = tmp_path / "week.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "Excel (*.xlsx)")))
    qtbot.mouseClick(ui.week_export_button, Qt.MouseButton.LeftButton)
    assert "week.xlsx" in ui.week_summary_label.text()
    ws = load_workbook(target).active
    assert ws is not None
    assert str(ws.cell(1, 1).value).startswith("杭州五亭龙营业部 客服周异常汇总")


def test_supervisor_sets_the_reply_clocks_and_branches_on_f6(
        qtbot, desk: AppController, services: AppServices) -> None:
    from datetime import datetime

    from counter_app.domain.service_desk import CallerKind, Channel, EnquiryKind
    from counter_app.services.service_desk import EnquiryDraft

    window = desk.window
    window.set_operator(services.auth.login("5001", DEMO_PASSWORD))
    ui = window.workspaces["service"].ui  # type: ignore[attr-defined]
    assert not ui.pages.isTabVisible(ui.pages.indexOf(ui.desk_settings_tab))
    window.clean_desk(desk.job_workspaces())
    window.set_operator(services.auth.login("1001", DEMO_PASSWORD))
    window.show_workspace("service")
    ui = window.workspaces["service"].ui  # type: ignore[attr-defined]
    assert ui.pages.isTabVisible(ui.pages.indexOf(ui.desk_settings_tab))
    ui.pages.setCurrentWidget(ui.desk_settings_tab)
    assert ui.customer_minutes_spin.value() == 30
    ui.customer_minutes_spin.setValue(20)
    qtbot.mouseClick(ui.save_clock_button, Qt.MouseButton.LeftButton)
    assert ui.clock_message_label.text() == "Reply clocks and open days saved."
    boss = services.auth.login("1001", DEMO_PASSWORD)
    logged = services.service_desk.log(boss, EnquiryDraft(
        waybill="77316523130002", kind=EnquiryKind.OTHER, channel=Channel.PHONE,
        caller_kind=CallerKind.CUSTOMER, caller_name="王芳", caller_phone="13900005678",
        question="问"))
    assert logged.due_at == datetime(2026, 11, 23, 9, 20)
    ui.branches_edit.setPlainText("三墩分点 | 振华路1号")
    qtbot.mouseClick(ui.save_branches_button, Qt.MouseButton.LeftButton)
    assert "Line 1" in ui.branches_message_label.text()
    ui.branches_edit.setPlainText("三墩分点 | 振华路1号 | 057188880001 | 西湖区")
    qtbot.mouseClick(ui.save_branches_button, Qt.MouseButton.LeftButton)
    assert ui.branches_message_label.text() == "1 branch(es) saved."
    assert services.service_desk.branches()[0].name == "三墩分点"
