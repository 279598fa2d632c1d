"""Issue 20 on the desk: the warehouse's Notices tab (send, copy text / QR code, sent by hand,
reply, consent, today's reminders with hold, the consent register export), the consent question
at scan-in, the board's X-7 flag, and 设置 → 通知 (templates with the SMS length as typed, a
preview with a real parcel, the provider, a test send against the loopback provider)."""

from __future__ import annotations

import csv
import stat
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

from counter_app.domain.notify import (
    ConsentChannel,
    ConsentDecision,
    NoticeKind,
    NoticeStatus,
)
from counter_app.domain.staff import Role, StaffMember
from counter_app.domain.warehouse import PickupPlace, ProblemDetails, Reason
from counter_app.hardware.hub import ScannerHub
from counter_app.paths import DataPaths
from counter_app.services.app import AppServices
from counter_app.services.warehouse import ScanInDraft
from counter_app.ui.app import AppController
from counter_app.ui.i18n import Translations
from counter_app.ui.scanning import Cues
from counter_app.ui.settings import Preferences
from counter_app.ui.workspaces.notify_pages import FLAG_COLOUR, NoticesPage, QrDialog
from counter_app.ui.workspaces.settings import SettingsWorkspace
from counter_app.ui.workspaces.warehouse import WarehouseWorkspace
from counter_app.ui.workspaces.warehouse_texts import event_text
from tests.gui.keys import send_text
from tests.helpers import set_up_station
from tests.sms_fake import KEY_ID, SECRET, fake_aliyun

PHONE = "13800001234"


def no(n: int) -> str:
    return f"7731652312{n:04d}"


def stock(services: AppServices, clerk: StaffMember, n: int, phone: str = PHONE) -> None:
    services.warehouse.scan_in(clerk, ScanInDraft(
        waybill=no(n), reason=Reason.SELF_PICKUP, details=ProblemDetails(
            pickup_at=datetime(2026, 11, 23, 8, 0), pickup_place=PickupPlace.BRANCH),
        recipient="王芳", phone=phone))


def texts(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[table.item(r, c).text() if table.item(r, c) else ""
             for c in range(table.columnCount())] for r in range(table.rowCount())]


@pytest.fixture
def window(qtbot, services: AppServices, data_paths: DataPaths,  # type: ignore[no-untyped-def]
           translations: Translations):
    translations.apply("en")
    boss = set_up_station(services)
    services.staff.add(boss, "4001", "赵敏", Role.WAREHOUSE, "pw-4001")
    services.clock.current = datetime(2026, 11, 23, 9, 0)  # type: ignore[attr-defined]
    ctl = AppController(services, Preferences(data_paths.settings_file), translations,
                        ScannerHub())
    qtbot.add_widget(ctl.window)
    ctl.window.cues = Cues(beep=lambda: None)
    ctl.window.resize(1366, 768)
    return ctl, boss


def log_in(qtbot, ctl: AppController, member: StaffMember) -> None:  # type: ignore[no-untyped-def]
    ctl.window.set_operator(member)
    ctl.window.show()
    ctl.window.activateWindow()
    qtbot.wait_until(lambda: QApplication.activeWindow() is ctl.window)


def notices_page(ctl: AppController) -> tuple[WarehouseWorkspace, NoticesPage]:
    assert ctl.window.show_workspace("warehouse")
    ws = ctl.window.workspaces["warehouse"]
    assert isinstance(ws, WarehouseWorkspace)
    ws.show_tab(ws.ui.warehouse_tabs.indexOf(ws.notices_page))
    return ws, ws.notices_page


def test_notice_copy_text_qr_by_hand_reply_and_consent(qtbot, window, services: AppServices,
                                                       tmp_path: Path) -> None:
    ctl, _boss = window
    clerk = services.auth.login("4001", "pw-4001")
    stock(services, clerk, 1)
    log_in(qtbot, ctl, clerk)
    ws, page = notices_page(ctl)
    assert ws.ui.warehouse_tabs.tabText(ws.ui.warehouse_tabs.indexOf(page)) == "Notices"
    send_text(page.ui.notice_waybill_edit, no(1))
    page.open_parcel()
    assert "138******34" in page.ui.parcel_label.text()
    assert page.ui.consent_label.text() == "Consent (X-7): never asked"
    page.ui.send_notice_button.click()  # no provider: kept for copying
    assert page.ui.notices_message_label.text() == f"{no(1)}: notice queued."
    assert texts(page.ui.notices_table)[0][2] == "to copy by hand"
    page.ui.copy_text_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "取件码" in copied
    assert copied == services.notify.notices(clerk, [1])[0].text
    dialog = QrDialog(copied)
    qtbot.add_widget(dialog)
    png = tmp_path / "qr.png"
    assert dialog.code_label.pixmap().save(str(png))
    decoded = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True,
                             text=True, check=True).stdout.strip()
    assert decoded == copied
    page.ui.by_hand_button.click()
    assert texts(page.ui.notices_table)[0][2] == "sent"
    send_text(page.ui.reply_edit, "明天来取")
    page.ui.reply_button.click()
    assert page.ui.reply_edit.text() == ""
    page.ui.decision_combo.setCurrentIndex(page.ui.decision_combo.findData(
        ConsentDecision.STATION_PICKUP))
    page.ui.consent_button.click()
    assert page.ui.consent_label.text().startswith("Consent (X-7): Agrees to station pickup")
    kinds = [e.kind for e in services.warehouse.timeline(clerk, no(1))]
    assert kinds[-4:] == ["notice_manual", "notice_sent", "notice_reply", "consent"]
    lines = [event_text(e) for e in services.warehouse.timeline(clerk, no(1))][-4:]
    assert lines[0] == "SMS Arrived (pickup code): to copy by hand"
    assert lines[1] == "SMS Arrived (pickup code): sent · by hand"
    assert lines[2] == "Customer replied: 明天来取"
    assert lines[3].startswith("Consent recorded: Agrees to station pickup (Telephone), valid "
                               "until 2027-11-2")


def test_board_flags_self_pickup_without_consent_and_scan_in_asks(
        qtbot, window, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    ctl, _boss = window
    clerk = services.auth.login("4001", "pw-4001")
    stock(services, clerk, 2)
    log_in(qtbot, ctl, clerk)
    ws = ctl.window.workspaces["warehouse"]
    assert isinstance(ws, WarehouseWorkspace)
    ws.show_tab(ws.ui.warehouse_tabs.indexOf(ws.ui.board_tab))
    ws.board_panel.refresh()
    first = ws.ui.problems_table.item(0, 0)
    assert first.text() == no(2)
    assert first.background().color().name() == FLAG_COLOUR
    assert "X-7" in first.toolTip()
    flag = ws.findChild(QLabel, "consent_flag_label")
    assert flag is not None
    assert flag.isVisibleTo(ws)
    assert flag.text().startswith("X-7: 1 parcel(s) kept for collection without")
    # the question at scan-in (the hook after a saved scan-in offers it)
    stay = services.warehouse.lookup(clerk, no(2)).open_stay
    assert stay is not None
    assert ws.scan_in_panel.consent_bar.offer(clerk, stay)
    # placed under the result line
    assert ws.scan_in_panel.consent_bar.isVisibleTo(ws.ui.scan_in_tab)
    assert "138******34" in ws.scan_in_panel.consent_bar.question_label.text()
    ws.scan_in_panel.consent_bar.record_button.click()  # first answer: agrees to station pickup
    assert not ws.scan_in_panel.consent_bar.isVisibleTo(ws.ui.scan_in_tab)
    ws.board_panel.refresh()
    assert ws.ui.problems_table.item(0, 0).background().color().name() != FLAG_COLOUR
    assert not flag.isVisibleTo(ws)


def test_todays_reminders_hold_and_register_export(qtbot, window, services: AppServices,
                                                   tmp_path: Path) -> None:
    ctl, boss = window
    clerk = services.auth.login("4001", "pw-4001")
    stock(services, clerk, 3)
    services.notify.record_consent(clerk, PHONE, ConsentDecision.STATION_PICKUP,
                                   ConsentChannel.COUNTER)
    services.clock.current = datetime(2026, 11, 24, 8, 0)  # type: ignore[attr-defined]
    log_in(qtbot, ctl, boss)
    _ws, page = notices_page(ctl)
    (line,) = texts(page.ui.plan_table)
    assert line[:5] == [no(3), "Reminder", "11-25", "138******34", "will be sent"]
    assert "11月25日" in line[5]  # what will be sent, with the deadline it names
    page.ui.plan_table.selectRow(0)
    page.ui.hold_button.click()
    assert texts(page.ui.plan_table)[0][4] == "held"
    target = tmp_path / "register.xlsx"
    page.export_to(target, "xlsx")
    sheet = load_workbook(target).active
    assert [c.value for c in sheet[3]][:3] == ["收件人电话", "意愿", "渠道"]
    assert [c.value for c in sheet[4]][:3] == [PHONE, "同意驿站自取", "当面"]
    page.export_to(tmp_path / "register.csv", "csv")
    with open(tmp_path / "register.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][:2] == [PHONE, "同意驿站自取"]
    assert not list(tmp_path.glob("*.part"))


def test_settings_page_length_preview_provider_and_test_send(
        qtbot, window, services: AppServices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, boss = window
    clerk = services.auth.login("4001", "pw-4001")
    stock(services, clerk, 4)
    log_in(qtbot, ctl, boss)
    assert ctl.window.show_workspace("settings")
    settings = ctl.window.workspaces["settings"]
    assert isinstance(settings, SettingsWorkspace)
    page = settings.notify_page
    tabs = settings.ui.settings_tabs
    assert tabs.isTabVisible(tabs.indexOf(page))
    tabs.setCurrentWidget(page)
    assert no(4) in page.ui.template_preview_label.text()  # a real parcel
    page.ui.template_edit.setPlainText("")
    send_text(page.ui.template_edit, "快递{waybill}到了")
    chars = len("快递到了") + len(no(4))
    assert page.ui.template_length_label.text().startswith(f"{chars} characters")
    assert ": 1 SMS" in page.ui.template_length_label.text()
    page.ui.template_edit.setPlainText("字" * 71)
    assert ": 2 SMS, 63 more fit" in page.ui.template_length_label.text()
    page.ui.template_edit.setPlainText("取件码{code}，{waybill}")
    page.ui.save_templates_button.click()
    assert page.ui.notify_settings_message_label.text() == "Templates saved."
    saved = services.notify.template_settings().value.templates[NoticeKind.ARRIVED]
    assert saved == "取件码{code}，{waybill}"
    with fake_aliyun() as fake:
        page.ui.provider_combo.setCurrentIndex(page.ui.provider_combo.findData("aliyun"))
        send_text(page.ui.sign_name_edit, "五亭龙驿站")
        page.ui.endpoint_edit.setText(fake.url)
        page.code_edits[NoticeKind.ARRIVED].setText("SMS_1")
        page.ui.key_id_edit.setText(KEY_ID)
        page.ui.secret_edit.setText(SECRET)
        page.ui.save_provider_button.click()
        assert page.ui.notify_settings_message_label.text() == "Provider saved."
        assert page.ui.secret_edit.text() == ""
        key_file = Path(services.notify.credentials_where())
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        ini = tmp_path / "data" / "settings.ini"
        assert not ini.exists() or SECRET not in ini.read_text()
        send_text(page.ui.test_phone_edit, PHONE)
        page.ui.test_send_button.click()
        said = page.ui.notify_settings_message_label.text()
        assert said == "Test SMS accepted by the provider (OK)."
        assert fake.requests[-1]["TemplateCode"] == "SMS_1"
        assert fake.bad_signatures == 0
    # the clerk queues, the background sender sends through the configured provider
    with fake_aliyun() as fake:
        current = services.notify.provider_settings().value
        services.notify.set_provider_settings(boss, replace(current, endpoint=fake.url))
        notice = services.notify.send(clerk, no(4), NoticeKind.ARRIVED)
        ctl.notice_sender.run_now()
        (after,) = services.notify.notices(clerk, [notice.stay_id])
        assert after.status in (NoticeStatus.SENT, NoticeStatus.DELIVERED)


def test_scan_in_of_a_self_pickup_parcel_sends_the_arrival_notice_and_asks_consent(
        qtbot, window, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    ctl, boss = window
    current = services.notify.provider_settings()
    services.notify.set_provider_settings(boss, replace(current.value, arrival_at_scan_in=True),
                                          current.version)
    clerk = services.auth.login("4001", "pw-4001")
    log_in(qtbot, ctl, clerk)
    ws = ctl.window.workspaces["warehouse"]
    assert isinstance(ws, WarehouseWorkspace)
    ui = ws.ui
    ws.show_tab(ui.warehouse_tabs.indexOf(ui.scan_in_tab))
    ws.scan_in_panel.open_parcel(no(5))
    ui.reason_combo.setCurrentIndex(ui.reason_combo.findData(Reason.SELF_PICKUP))
    ui.pickup_place_combo.setCurrentIndex(ui.pickup_place_combo.findData(PickupPlace.BRANCH))
    ui.pickup_at_edit.setDateTime(datetime(2026, 11, 23, 8, 30))
    send_text(ui.phone_edit, PHONE)
    ws.scan_in_panel.save_in()
    assert ui.in_message_label.text() == f"Saved {no(5)}."
    assert ws.scan_in_panel.consent_bar.isVisibleTo(ui.scan_in_tab)
    assert ui.in_waybill_edit.hasFocus()  # the question does not take the scan field's focus
    stay = services.warehouse.lookup(clerk, no(5)).open_stay
    assert stay is not None
    assert stay.id is not None
    (notice,) = services.notify.notices(clerk, [stay.id])
    assert (notice.kind, notice.status) == (NoticeKind.ARRIVED, NoticeStatus.MANUAL)
