"""What the keyboard-wedge detector must never read (issue 21 §1, X-2).

A password typed at machine speed (a password manager's auto-type: 2 ms a key) into the login
dialog, into the settings' new-password field or into the set-up wizard never becomes a read:
nothing in the scan journal, on the result bar or in the log, and the password field gets every
character. Words typed fast elsewhere are journalled as "not a code" with their length only.
"""

from __future__ import annotations

import logging

import pytest
import sqlalchemy as sa

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from counter_app.domain.scanning import RawScan, could_be_code
from counter_app.hardware.hub import ScannerHub
from counter_app.hardware.wedge import NO_SCANS_PROPERTY, takes_scans
from counter_app.paths import DataPaths
from counter_app.services.app import AppServices
from counter_app.ui.app import AppController
from counter_app.ui.dialogs.setup_wizard import SetupWizard
from counter_app.ui.i18n import Translations
from counter_app.ui.scanning import Cues
from counter_app.ui.settings import Preferences
from tests.helpers import SUPERVISOR, set_up_station

SECRET = "demo1234"


def type_fast(target: QWidget, text: str, *, gap_ms: int = 2, enter: bool = True) -> None:
    """Key presses and releases with X-server-like timestamps ``gap_ms`` apart."""
    t = 5_000_000
    for ch in [*text, "\r"] if enter else text:
        key = Qt.Key.Key_Return if ch == "\r" else Qt.Key(ord(ch.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            ev = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
            ev.setTimestamp(t)
            QApplication.sendEvent(target, ev)
        t += gap_ms


@pytest.fixture
def controller(qtbot, services: AppServices, data_paths: DataPaths,
               translations: Translations) -> AppController:
    translations.apply("en")
    set_up_station(services)
    ctl = AppController(services, Preferences(data_paths.settings_file), translations,
                        ScannerHub())
    qtbot.add_widget(ctl.window)
    ctl.window.cues = Cues(beep=lambda: None)
    ctl.start_scanners()  # the wedge detector is on by default
    yield ctl
    ctl.scanners.stop()


def focus(qtbot, field: QWidget) -> None:
    """Make ``field`` the application's focus object (the detector reads only that)."""
    window = field.window()
    window.show()
    window.activateWindow()
    qtbot.wait_until(lambda: QApplication.activeWindow() is window)
    field.setFocus()
    qtbot.wait_until(lambda: QGuiApplication.focusObject() is field)


def journal(services: AppServices) -> list[tuple[str, str, str | None]]:
    with services.scans._uow_factory() as uow:
        session = uow.scan_journal._s  # type: ignore[attr-defined]
        # a read taken as a number stores its text once, as ``number`` (issue 21 §4)
        rows = session.execute(sa.text("SELECT text, number, outcome, reason FROM scan_journal"))
        return [(text or (number if outcome != "rejected" else None) or "", outcome, reason)
                for text, number, outcome, reason in rows]


def nothing_leaked(services: AppServices, ctl: AppController,
                   caplog: pytest.LogCaptureFixture) -> None:
    assert journal(services) == []
    assert SECRET not in ctl.window.ui.scan_detail_label.text()
    assert ctl.window.ui.scan_result_label.text() == ""
    assert SECRET not in caplog.text


def test_a_password_typed_at_machine_speed_into_the_login_dialog_is_not_a_scan(
        qtbot, controller: AppController, services: AppServices,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    controller.show_login()
    login = controller.login
    assert login is not None
    qtbot.add_widget(login)
    field = login.ui.password_edit
    focus(qtbot, field)
    type_fast(field, SECRET, enter=False)  # Enter would try to log in (and clear the field)
    assert field.text() == SECRET  # every key reached the password field
    nothing_leaked(services, controller, caplog)


def test_the_login_job_number_and_any_dialog_are_not_read_either(
        qtbot, controller: AppController, services: AppServices,
        caplog: pytest.LogCaptureFixture) -> None:
    controller.show_login()
    login = controller.login
    assert login is not None
    qtbot.add_widget(login)
    focus(qtbot, login.ui.job_number_edit)
    type_fast(login.ui.job_number_edit, "100120021003", enter=False)
    assert login.ui.job_number_edit.text() == "100120021003"
    nothing_leaked(services, controller, caplog)


def test_the_new_password_field_of_the_settings_is_not_read(
        qtbot, controller: AppController, services: AppServices,
        caplog: pytest.LogCaptureFixture) -> None:
    window = controller.window
    window.set_operator(services.auth.login("1001", SUPERVISOR.password))
    window.show_workspace("settings")
    field = window.workspaces["settings"].ui.new_password_edit  # type: ignore[attr-defined]
    assert field.echoMode() is not QLineEdit.EchoMode.Normal
    focus(qtbot, field)
    type_fast(field, SECRET)
    assert field.text() == SECRET
    nothing_leaked(services, controller, caplog)


def test_the_wizards_password_is_not_read(qtbot, services: AppServices,
                                          caplog: pytest.LogCaptureFixture) -> None:
    wizard = SetupWizard(services.station)
    qtbot.add_widget(wizard)
    assert not takes_scans(wizard.ui.sup_password_edit)
    assert not takes_scans(wizard.ui.sup_job_number_edit)  # a dialog, not a workspace


def test_a_field_can_say_it_takes_no_scans() -> None:
    parent = QWidget()
    field = QLineEdit(parent)
    assert takes_scans(field)
    parent.setProperty(NO_SCANS_PROPERTY, True)
    assert not takes_scans(field)


def test_fast_words_are_journalled_as_not_a_code_with_their_length_only(
        qtbot, controller: AppController, services: AppServices,
        caplog: pytest.LogCaptureFixture) -> None:
    result = controller.gateway.process(RawScan("wedge", SECRET.encode(), SECRET, 10.0))
    assert result is not None
    assert result.raw.text == ""
    assert journal(services) == [("", "rejected", "not_a_code:8")]
    detail = controller.window.ui.scan_detail_label.text()
    assert "not a barcode (8 characters" in detail
    assert SECRET not in detail
    # a misread barcode is still kept as read, for the supervisor
    controller.gateway.process(RawScan("wedge", b"77316523125897", "77316523125897", 20.0))
    assert journal(services)[-1][0] == "77316523125897"


@pytest.mark.parametrize(("text", "kept"), [
    ("77316523125896", True), ("SF1234567890123", True), ("JD0012-3456789", True),
    ("demo1234", False), ("password", False), ("张伟的包裹", False), ("12345", False),
    ("abc 123456", False),
])
def test_only_code_like_text_is_kept(text: str, kept: bool) -> None:
    assert could_be_code(text) is kept
