"""The shell in a real window: wizard, login, F-keys, roles, language switch, error hook."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from counter_app.domain.errors import ActorRevoked
from counter_app.domain.staff import Role
from counter_app.hardware.hub import ScannerHub
from counter_app.paths import DataPaths
from counter_app.services.app import AppServices
from counter_app.ui.app import AppController
from counter_app.ui.dialogs.setup_wizard import SetupWizard
from counter_app.ui.errors import ExceptionHook
from counter_app.ui.i18n import Translations
from counter_app.ui.settings import Preferences
from tests.helpers import PROFILE, SUPERVISOR, add_clerk, set_up_station

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def controller(
    qtbot, services: AppServices, data_paths: DataPaths, translations: Translations
) -> AppController:
    translations.apply("en")
    ctl = AppController(services, Preferences(data_paths.settings_file), translations, ScannerHub())
    qtbot.add_widget(ctl.window)
    return ctl


def _login(qtbot, ctl: AppController, job: str, password: str) -> None:
    ctl.show_login()
    assert ctl.login is not None
    qtbot.add_widget(ctl.login)
    ctl.login.ui.job_number_edit.setText(job)
    ctl.login.ui.password_edit.setText(password)
    qtbot.mouseClick(ctl.login.ui.login_button, Qt.MouseButton.LeftButton)


class TestWizard:
    def fill_station_page(
        self, wizard: SetupWizard, *, qq: str = PROFILE.qq, carrier: str | None = "STO"
    ) -> None:
        ui = wizard.ui
        for i in range(ui.carriers_list.count()):
            item = ui.carriers_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == carrier:
                item.setCheckState(Qt.CheckState.Checked)
        ui.station_name_edit.setText(PROFILE.name)
        ui.station_code_edit.setText(PROFILE.code)
        ui.province_combo.setCurrentText(PROFILE.province)
        ui.city_edit.setText(PROFILE.city)
        ui.contact_person_edit.setText(PROFILE.contact_person)
        ui.station_phone_edit.setText(PROFILE.phone)
        ui.qq_edit.setText(qq)

    def test_missing_qq_stops_on_the_page_names_the_field_and_keeps_what_was_typed(
        self, qtbot, services: AppServices
    ) -> None:
        wizard = SetupWizard(services.station)
        qtbot.add_widget(wizard)
        wizard.show()
        self.fill_station_page(wizard, qq="")
        wizard.next()
        assert wizard.currentPage() is wizard.ui.station_page
        assert wizard.ui.station_message_label.text() == "QQ is required."
        assert wizard.focusWidget() is wizard.ui.qq_edit
        assert wizard.ui.station_name_edit.text() == PROFILE.name
        assert services.station.is_set_up() is False

    def test_a_station_without_a_carrier_is_refused_with_a_hint(
        self, qtbot, services: AppServices
    ) -> None:
        wizard = SetupWizard(services.station)
        qtbot.add_widget(wizard)
        wizard.show()
        self.fill_station_page(wizard, carrier=None)
        wizard.next()
        assert wizard.currentPage() is wizard.ui.station_page
        assert wizard.ui.station_message_label.text() == (
            "Tick at least one carrier this station works for."
        )

    def test_completing_both_pages_creates_station_and_supervisor(
        self, qtbot, services: AppServices
    ) -> None:
        wizard = SetupWizard(services.station)
        qtbot.add_widget(wizard)
        wizard.show()
        self.fill_station_page(wizard)
        wizard.next()
        assert wizard.currentPage() is wizard.ui.supervisor_page
        ui = wizard.ui
        ui.sup_job_number_edit.setText(SUPERVISOR.job_number)
        ui.sup_name_edit.setText(SUPERVISOR.name)
        ui.sup_password_edit.setText(SUPERVISOR.password)
        ui.sup_password_repeat_edit.setText("different")
        assert wizard.validateCurrentPage() is False
        assert "differ" in ui.supervisor_message_label.text()
        ui.sup_password_repeat_edit.setText(SUPERVISOR.password)
        with qtbot.wait_signal(wizard.finished):
            wizard.accept()
        assert wizard.supervisor is not None
        assert wizard.supervisor.role is Role.SUPERVISOR
        assert services.station.profile() == PROFILE

    def test_controller_opens_the_wizard_on_first_run(
        self, controller: AppController, qtbot
    ) -> None:
        controller.start()
        assert controller.wizard is not None
        qtbot.add_widget(controller.wizard)
        assert controller.wizard.isVisible()
        assert controller.login is None


class TestLogin:
    def test_wrong_password_says_so_keeps_job_number_and_clears_password(
        self, qtbot, controller: AppController, services: AppServices
    ) -> None:
        set_up_station(services)
        _login(qtbot, controller, "1001", "wrong")
        assert controller.login is not None
        ui = controller.login.ui
        assert ui.message_label.text() == (
            "Job number or password is wrong. 4 attempts left before the account is locked."
        )
        assert ui.job_number_edit.text() == "1001"
        assert ui.password_edit.text() == ""
        assert not controller.window.isVisible()

    def test_unknown_job_number_is_refused(
        self, qtbot, controller: AppController, services: AppServices
    ) -> None:
        set_up_station(services)
        _login(qtbot, controller, "7777", SUPERVISOR.password)
        assert controller.login is not None
        assert controller.login.ui.message_label.text() == "Job number or password is wrong."
        assert controller.login.member is None

    def test_lock_out_after_five_failures_is_explained(
        self, qtbot, controller: AppController, services: AppServices
    ) -> None:
        set_up_station(services)
        _login(qtbot, controller, "1001", "wrong")
        assert controller.login is not None
        for _ in range(4):
            controller.login.ui.password_edit.setText("wrong")
            controller.login.try_login()
        assert "locked until 09:15" in controller.login.ui.message_label.text()

    def test_right_password_opens_the_main_window_with_the_operator(
        self, qtbot, controller: AppController, services: AppServices
    ) -> None:
        set_up_station(services)
        _login(qtbot, controller, "1001", SUPERVISOR.password)
        qtbot.wait_until(controller.window.isVisible)
        label = controller.window.operator_label.text()
        assert label == "Operator: 王丽 (1001) · Supervisor"
        assert "SQLite" in controller.window.database_label.text()
        assert controller.window.shift_label.text() == "Early shift 07:30–14:30"


class TestMainWindow:
    def test_f_keys_switch_workspaces(
        self, qtbot, controller: AppController, services: AppServices
    ) -> None:
        set_up_station(services)
        _login(qtbot, controller, "1001", SUPERVISOR.password)
        window = controller.window
        qtbot.wait_until(window.isVisible)
        window.activateWindow()
        qtbot.wait_until(lambda: QApplication.activeWindow() is window)
        for key, expected in (
            (Qt.Key.Key_F5, "settings"),
            (Qt.Key.Key_F2, "warehouse"),
            (Qt.Key.Key_F4, "misroute"),
            (Qt.Key.Key_F1, "counter"),
        ):
            qtbot.keyClick(window.ui.workspace_tabs, key)
            assert window.current_key() == expected

    def test_f6_is_the_service_desk_except_at_the_night_desk_where_it_is_a_scrawl(
        self, qtbot, controller: AppController, services: AppServices
    ) -> None:
        """Issue 19's F6 and the night desk's F6 草签 (one key never means two things)."""
        set_up_station(services)
        _login(qtbot, controller, "1001", SUPERVISOR.password)
        window = controller.window
        qtbot.wait_until(window.isVisible)
        window.activateWindow()
        qtbot.wait_until(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window.ui.workspace_tabs, Qt.Key.Key_F1)
        qtbot.keyClick(window.ui.workspace_tabs, Qt.Key.Key_F6)
        assert window.current_key() == "service"
        qtbot.keyClick(window.ui.workspace_tabs, Qt.Key.Key_F3)
        assert window.current_key() == "receipts"
        receipts = window.workspaces["receipts"]
        receipts.ui.signer_edit.setFocus()  # type: ignore[attr-defined]
        qtbot.keyClick(receipts.ui.signer_edit, Qt.Key.Key_F6)  # type: ignore[attr-defined]
        assert window.current_key() == "receipts"
        qtbot.keyClick(window.ui.workspace_tabs, Qt.Key.Key_F1)
        qtbot.keyClick(window.ui.workspace_tabs, Qt.Key.Key_F6)
        assert window.current_key() == "service"

    def test_counter_clerk_gets_only_counter_misroute_and_settings(
        self, qtbot, controller: AppController, services: AppServices
    ) -> None:
        boss = set_up_station(services)
        add_clerk(services, boss, Role.COUNTER, job="2001")
        _login(qtbot, controller, "2001", "pw-2001")
        window = controller.window
        qtbot.wait_until(window.isVisible)
        tabs = window.ui.workspace_tabs
        assert [tabs.isTabEnabled(i) for i in range(tabs.count())] == [
            True,
            False,
            False,
            True,
            True,
            False,  # F6 客服 (issue 19)
        ]
        assert window.show_workspace("warehouse") is False
        assert window.current_key() == "counter"
        window.show_workspace("settings")
        settings = window.workspaces["settings"].ui  # type: ignore[attr-defined]
        visible = [
            settings.settings_tabs.isTabVisible(i) for i in range(settings.settings_tabs.count())
        ]
        # station, staff, couriers, shifts, scanners, scale and printers (issue 17), this PC,
        # audit, data safety, notices (issue 20, supervisor): a clerk sees only the four that
        # belong to the PC in front of them (backups of this PC's file; restoring and purging
        # stay hidden inside that page, issue 12)
        assert visible == [False, False, False, False, True, True, True, False, True, False]

    def test_supervisor_adds_a_clerk_from_the_settings_form(
        self, qtbot, controller: AppController, services: AppServices
    ) -> None:
        boss = set_up_station(services)
        _login(qtbot, controller, "1001", SUPERVISOR.password)
        controller.window.show_workspace("settings")
        ws = controller.window.workspaces["settings"]
        ui = ws.ui  # type: ignore[attr-defined]
        ui.new_job_number_edit.setText("2002")
        ui.new_name_edit.setText("孙悦")
        ui.new_role_combo.setCurrentIndex(ui.new_role_combo.findData(Role.WAREHOUSE.value))
        ui.new_password_edit.setText("123")
        qtbot.mouseClick(ui.add_staff_button, Qt.MouseButton.LeftButton)
        assert ui.staff_message_label.text() == ("Password is too short: at least 6 characters.")
        assert ui.new_name_edit.text() == "孙悦"  # nothing typed is lost
        ui.new_password_edit.setText("123456")
        qtbot.mouseClick(ui.add_staff_button, Qt.MouseButton.LeftButton)
        assert ui.staff_message_label.text() == "Staff member added."
        assert ui.staff_table.rowCount() == 2
        assert [m.job_number for m in services.staff.all(boss)] == ["1001", "2002"]

    def test_logout_hides_the_desk_and_asks_for_the_next_operator(
        self, qtbot, controller: AppController, services: AppServices
    ) -> None:
        set_up_station(services)
        _login(qtbot, controller, "1001", SUPERVISOR.password)
        qtbot.wait_until(controller.window.isVisible)
        first_login = controller.login
        controller.window.logout_requested.emit()
        assert not controller.window.isVisible()
        assert controller.login is not None
        assert controller.login is not first_login
        qtbot.add_widget(controller.login)
        assert controller.login.isVisible()


    def test_a_clerk_deactivated_on_another_pc_is_logged_out_at_the_next_change(
        self, qtbot, controller: AppController, services: AppServices, monkeypatch
    ) -> None:
        """Issue 13 §4: the deactivation happens elsewhere; this desk's next mutating call
        is refused, the operator is told why and the login dialog comes back."""
        boss = set_up_station(services)
        clerk = add_clerk(services, boss, Role.WAREHOUSE, job="2001")
        _login(qtbot, controller, "2001", "pw-2001")
        qtbot.wait_until(controller.window.isVisible)
        told: list[str] = []
        monkeypatch.setattr(controller, "tell_revoked", told.append)
        services.staff.update(boss, clerk.id, active=False)  # "another PC"
        with pytest.raises(ActorRevoked):
            services.warehouse.add_headless(clerk, "蓝色纸箱，约 3 kg")
        qtbot.wait_until(lambda: not controller.window.isVisible())
        assert told == ["Your account (2001) was deactivated on another PC: you have been "
                        "logged out."]
        assert controller.window.operator is None
        assert controller.login is not None
        qtbot.add_widget(controller.login)
        assert controller.login.isVisible()


class TestLanguage:
    def test_switching_to_chinese_and_back_retranslates_the_open_window(
        self, qtbot, controller: AppController, services: AppServices
    ) -> None:
        set_up_station(services)
        _login(qtbot, controller, "1001", SUPERVISOR.password)
        tabs = controller.window.ui.workspace_tabs
        assert tabs.tabText(0) == "F1 Counter"
        controller.set_language("zh_CN")
        # Qt delivers LanguageChange through the event loop.
        qtbot.wait_until(lambda: tabs.tabText(0) == "F1 收寄")
        assert [tabs.tabText(i) for i in range(tabs.count())] == [
            "F1 收寄",
            "F2 仓库",
            "F3 回单",
            "F4 错写大字",
            "F5 设置",
            "F6 客服",
        ]
        assert controller.window.operator_label.text() == "操作员：王丽（1001）· 主管"
        assert controller.prefs.language == "zh_CN"
        controller.set_language("en")
        qtbot.wait_until(lambda: tabs.tabText(4) == "F5 Settings")
        assert tabs.tabText(0) == "F1 Counter"

    def test_chinese_is_the_default_language(self, data_paths: DataPaths) -> None:
        assert Preferences(data_paths.settings_file).language == "zh_CN"


class TestErrorHook:
    def test_unexpected_exception_is_logged_and_shown_and_the_app_goes_on(
        self, qtbot, caplog: pytest.LogCaptureFixture
    ) -> None:
        shown: list[str] = []
        hook = ExceptionHook(show=lambda summary, _details: shown.append(summary))
        hook.install()
        try:
            button = QLineEdit()
            qtbot.add_widget(button)

            def boom() -> None:
                raise RuntimeError("printer on fire")

            button.textChanged.connect(boom)
            with caplog.at_level(logging.ERROR, logger="counter_app.crash"):
                button.setText("x")
            assert shown == ["RuntimeError: printer on fire"]
            assert "printer on fire" in caplog.text
            button.textChanged.disconnect(boom)
            button.setText("still alive")
            assert button.text() == "still alive"
        finally:
            hook.uninstall()


def test_every_object_name_in_the_ui_contract_exists(
    qtbot, controller: AppController, services: AppServices
) -> None:
    """docs/ui-contract.md lists the names tests and tools rely on; each must exist."""
    import re

    set_up_station(services)
    _login(qtbot, controller, "1001", SUPERVISOR.password)
    contract = (ROOT / "docs" / "ui-contract.md").read_text(encoding="utf-8")
    names = re.findall(r"^\| `(\w+)` \|", contract, flags=re.MULTILINE)
    assert len(names) > 40
    wizard = SetupWizard(services.station)
    qtbot.add_widget(wizard)
    controller.window.build_all()  # workspaces are built when first shown (issue 18 §4)
    roots: list[QWidget] = [controller.window, wizard]
    assert controller.login is not None
    roots.append(controller.login)
    missing = [
        n for n in names if not any(r.objectName() == n or r.findChild(QWidget, n) for r in roots)
    ]
    assert missing == []


def test_supervisor_sets_the_report_and_receipt_deadlines(
        qtbot, controller: AppController, services: AppServices) -> None:
    from datetime import time

    set_up_station(services)
    _login(qtbot, controller, "1001", SUPERVISOR.password)
    controller.window.show_workspace("settings")
    ui = controller.window.workspaces["settings"].ui  # type: ignore[attr-defined]
    assert (ui.misroute_due_day_spin.value(), ui.receipt_keep_spin.value()) == (15, 180)
    ui.misroute_due_day_spin.setValue(10)
    ui.misroute_remind_spin.setValue(3)
    ui.receipt_deadline_edit.setTime(ui.receipt_deadline_edit.time().addSecs(1800))
    ui.receipt_keep_spin.setValue(200)
    qtbot.mouseClick(ui.save_deadlines_button, Qt.MouseButton.LeftButton)
    assert ui.deadlines_message_label.text() == "Deadlines saved."
    assert services.misroutes.due_settings() == (10, 3)
    assert services.receipts.settings() == (time(10, 30), 200)


def test_qt_own_dialogs_speak_chinese(translations: Translations) -> None:
    """Qt's own translations (qtbase) are installed with ours: file and print dialogs and the
    是/否 of a question are Chinese (issue 15)."""
    from PySide6.QtCore import QCoreApplication

    assert translations.apply("zh_CN")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "是(&Y)"
    translations.apply("en")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
