"""Issue 20 on the desk: the customers' replies read by the reply reader on its own thread
(never the GUI thread) from the loopback provider's queue, listed and highlighted on the Notices
tab and under the parcel; the consent register list with its search and filters; the queue
names in 设置 → 通知."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import Qt

from counter_app.domain.notify import ConsentChannel, ConsentDecision, NoticeKind
from counter_app.domain.staff import StaffMember
from counter_app.services.app import AppServices
from counter_app.services.notify_ports import Credentials, ProviderSettings
from counter_app.services.notify_replies import InboxSummary
from counter_app.ui.workspaces.notify_background import ReplyReader
from counter_app.ui.workspaces.notify_panels import INTENT_COLOURS
from counter_app.ui.workspaces.settings import SettingsWorkspace
from tests.gui.keys import send_text
from tests.gui.test_notify_pages import (  # the same desk and parcels
    PHONE,
    log_in,
    no,
    notices_page,
    stock,
    texts,
    window,
)
from tests.sms_fake import KEY_ID, SECRET, fake_aliyun

__all__ = ["window"]
UP = "Alicom-Queue-9-SmsUp"


def configure(services: AppServices, boss: StaffMember, url: str) -> None:
    codes = {k.value: f"SMS_{i}" for i, k in enumerate(NoticeKind)}
    services.notify.set_provider_settings(boss, ProviderSettings(
        provider="aliyun", sign_name="五亭龙驿站", templates=codes, endpoint=url,
        queue_endpoint=url, reply_queue=UP))
    services.notify.save_credentials(boss, Credentials(KEY_ID, SECRET))


def test_reply_reader_thread_stores_replies_that_the_notices_tab_highlights(
        qtbot, window, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    ctl, boss = window
    clerk = services.auth.login("4001", "pw-4001")
    stock(services, clerk, 11)
    stock(services, clerk, 12, phone="13900005678")
    with fake_aliyun() as fake:
        fake.wait_cap = 0.2
        configure(services, boss, fake.url)
        services.notify.send(clerk, no(11), NoticeKind.ARRIVED)
        services.notify.send(clerk, no(12), NoticeKind.ARRIVED)
        assert services.notify.run_once().sent == 2
        fake.put_reply(UP, PHONE, "不要了，退回", "2026-11-23 09:30:00")
        fake.put_reply(UP, "13900005678", "好的，明天取", "2026-11-23 09:31:00")
        gui = threading.get_ident()
        seen: list[int] = []
        reader = ReplyReader(services, wait_seconds=1, pause=0.1)
        reader.read.connect(lambda _r: seen.append(threading.get_ident()))
        with qtbot.waitSignal(reader.read, timeout=10_000,
                              check_params_cb=lambda r: isinstance(r, InboxSummary)
                              and r.replies == 2):
            assert reader.start()
        assert reader.running()
        reader.stop()
        qtbot.wait_until(lambda: not reader.running(), timeout=10_000)
        assert len(fake.deleted) == 2
        assert fake.mns_bad_signatures == 0
        assert seen
        assert all(ident == gui for ident in seen)
    log_in(qtbot, ctl, clerk)
    _ws, page = notices_page(ctl)
    page.refresh()
    page.side_tabs.setCurrentWidget(page.replies_panel)
    rows = texts(page.replies_panel.table)
    assert [r[4] for r in rows] == ["好的，明天取", "不要了，退回"]
    assert rows[1][1] == "138******34"  # masked for a clerk
    assert rows[1][3] == no(11)
    assert rows[1][2] == "asks to return it"
    returned = page.replies_panel.table.item(1, 0).background().color().name()
    assert returned == INTENT_COLOURS["return"]
    assert page.replies_panel.table.item(0, 0).background().style() == Qt.BrushStyle.NoBrush
    # opening the reply shows its parcel with the reply under the notices
    page.replies_panel.table.selectRow(1)
    page.replies_panel._open()
    assert page.ui.notice_waybill_edit.text() == no(11)
    label = page.parcel_reply_label
    assert label.isVisibleTo(page)
    assert "不要了，退回" in label.text()
    assert "asks to return it" in label.text()
    assert INTENT_COLOURS["return"] in label.styleSheet()


def test_consent_register_list_search_and_filters(
        qtbot, window, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    ctl, boss = window
    clerk = services.auth.login("4001", "pw-4001")
    notify = services.notify
    notify.record_consent(clerk, PHONE, ConsentDecision.DOOR_DELIVERY, ConsentChannel.PHONE)
    services.clock.current = datetime(2026, 11, 23, 9, 5)  # type: ignore[attr-defined]
    notify.record_consent(clerk, PHONE, ConsentDecision.STATION_PICKUP, ConsentChannel.COUNTER)
    notify.record_consent(clerk, "13900005678", ConsentDecision.REFUSED, ConsentChannel.SMS,
                          valid_until=date(2026, 11, 24))
    services.clock.current = datetime(2026, 11, 26, 9, 0)  # type: ignore[attr-defined]
    log_in(qtbot, ctl, clerk)
    _ws, page = notices_page(ctl)
    panel = page.register_panel
    page.side_tabs.setCurrentWidget(panel)
    page.refresh()
    rows = texts(panel.table)
    assert [(r[0], r[2], r[1]) for r in rows] == [
        ("139******78", "Refused", "expired"),
        ("138******34", "Agrees to station pickup", "valid"),
        ("138******34", "Wants door delivery", "superseded")]
    assert panel.count_label.text() == "3 entries"
    send_text(panel.search_edit, "34")
    qtbot.wait_until(lambda: panel.table.rowCount() == 2)
    panel.state_combo.setCurrentIndex(panel.state_combo.findText("valid"))
    assert [r[1] for r in texts(panel.table)] == ["valid"]
    panel.search_edit.clear()
    panel.state_combo.setCurrentIndex(0)
    panel.decision_combo.setCurrentIndex(
        panel.decision_combo.findData(ConsentDecision.REFUSED))
    qtbot.wait_until(lambda: panel.table.rowCount() == 1)
    assert texts(panel.table)[0][0] == "139******78"
    # a supervisor sees the numbers whole
    log_in(qtbot, ctl, boss)
    page.activate(boss)
    panel.decision_combo.setCurrentIndex(0)
    assert texts(panel.table)[0][0] == "13900005678"


def test_settings_keep_the_queue_names(
        qtbot, window, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    ctl, boss = window
    log_in(qtbot, ctl, boss)
    assert ctl.window.show_workspace("settings")
    settings = ctl.window.workspaces["settings"]
    assert isinstance(settings, SettingsWorkspace)
    page = settings.notify_page
    settings.ui.settings_tabs.setCurrentWidget(page)
    page.ui.provider_combo.setCurrentIndex(page.ui.provider_combo.findData("aliyun"))
    send_text(page.ui.sign_name_edit, "五亭龙驿站")
    send_text(page.reply_queue_edit, UP)
    page.ui.save_provider_button.click()
    assert page.ui.notify_settings_message_label.text() == "Provider saved."
    assert services.notify.provider_settings().value.reply_queue == UP
    current = services.notify.provider_settings()
    services.notify.set_provider_settings(
        boss, replace(current.value, report_queue="Q-Report"), current.version)
    page.activate(boss)
    assert page.report_queue_edit.text() == "Q-Report"
    assert page.reply_queue_edit.text() == UP
