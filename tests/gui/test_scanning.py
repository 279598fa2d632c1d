"""Scans through the gateway into the window: feedback, cues, serial end to end (issue 3)."""

from __future__ import annotations

import logging

import pytest
import sqlalchemy as sa

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from counter_app.domain.scanning import RawScan, ScanEvent, ScanOutcome
from counter_app.hardware.hub import ScannerHub
from counter_app.paths import DataPaths
from counter_app.services.app import AppServices
from counter_app.ui.app import AppController
from counter_app.ui.i18n import Translations
from counter_app.ui.scanning import Cues
from counter_app.ui.settings import Preferences
from tests.helpers import SUPERVISOR, set_up_station
from tests.serial_fixtures import NullModem

STO = "77316523125896"
ZTO = "75312345678901"


@pytest.fixture
def desk(
    qtbot, services: AppServices, data_paths: DataPaths, translations: Translations
) -> AppController:
    """A logged-in supervisor at the desk, with beeps counted instead of sounded."""
    translations.apply("en")
    set_up_station(services)
    ctl = AppController(services, Preferences(data_paths.settings_file), translations, ScannerHub())
    qtbot.add_widget(ctl.window)
    ctl.window.beeps = []  # type: ignore[attr-defined]
    ctl.window.cues = Cues(beep=lambda: ctl.window.beeps.append(1))  # type: ignore[attr-defined]
    ctl.show_login()
    assert ctl.login is not None
    qtbot.add_widget(ctl.login)
    ctl.login.ui.job_number_edit.setText("1001")
    ctl.login.ui.password_edit.setText(SUPERVISOR.password)
    ctl.login.try_login()
    qtbot.wait_until(ctl.window.isVisible)
    return ctl


def raw(text: str, at: float = 50.0) -> RawScan:
    return RawScan("serial:test", text.encode(), text, at)


def test_accepted_scan_reaches_the_visible_workspace_once_and_flashes_green(
    qtbot, desk: AppController
) -> None:
    received: list[ScanEvent] = []
    desk.gateway.code_scanned.connect(received.append)
    desk.gateway.process(raw(STO))
    assert [e.number for e in received] == [STO]
    ui = desk.window.ui
    assert ui.scan_result_label.text() == "Accepted"
    assert ui.scan_detail_label.text() == f"{STO} · STO Express"
    assert "#2e7d32" in ui.scan_feedback_frame.styleSheet()
    qtbot.wait_until(lambda: desk.window.beeps == [1])  # type: ignore[attr-defined]


def test_other_carrier_is_refused_in_red_with_three_beeps_and_not_delivered(
    qtbot, desk: AppController
) -> None:
    received: list[ScanEvent] = []
    desk.gateway.code_scanned.connect(received.append)
    desk.gateway.process(raw(ZTO))
    assert received == []
    ui = desk.window.ui
    assert ui.scan_result_label.text() == "Rejected"
    assert ui.scan_detail_label.text().startswith(
        "ZTO Express parcel (同行件): this station does not accept"
    )
    assert "#c62828" in ui.scan_feedback_frame.styleSheet()
    qtbot.wait_until(lambda: len(desk.window.beeps) == 3)  # type: ignore[attr-defined]


def test_duplicate_within_two_seconds_is_amber_and_delivered_only_once(
    qtbot, desk: AppController
) -> None:
    received: list[ScanEvent] = []
    desk.gateway.code_scanned.connect(received.append)
    desk.gateway.process(raw(STO, at=10.0))
    desk.gateway.process(raw(STO, at=11.0))
    assert len(received) == 1
    assert desk.window.ui.scan_result_label.text() == "Duplicate"
    assert "#f9a825" in desk.window.ui.scan_feedback_frame.styleSheet()
    assert desk.window.last_feedback is not None
    assert desk.window.last_feedback.outcome is ScanOutcome.DUPLICATE


def test_feedback_colour_fades_to_a_tint_after_the_flash(qtbot, desk: AppController) -> None:
    desk.gateway.process(raw(STO))
    frame = desk.window.ui.scan_feedback_frame
    qtbot.wait_until(lambda: "#e8f5e9" in frame.styleSheet(), timeout=3000)


def _send_keys(target, text: str, gap_ms: int, start: int = 1000) -> None:
    t = start
    for ch in [*text, "\r"]:
        key = Qt.Key.Key_Return if ch == "\r" else Qt.Key(ord(ch))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            ev = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
            ev.setTimestamp(t)
            QApplication.sendEvent(target, ev)
        t += gap_ms


def test_keyboard_wedge_scan_lands_in_the_workspace_not_in_the_focused_field(
    qtbot, desk: AppController
) -> None:
    desk.start_scanners()
    try:
        window = desk.window
        window.show_workspace("settings")
        window.activateWindow()
        qtbot.wait_until(lambda: QApplication.activeWindow() is window)
        field = window.workspaces["settings"].ui.new_name_edit  # type: ignore[attr-defined]
        field.setFocus()
        qtbot.wait_until(field.hasFocus)
        received: list[ScanEvent] = []
        desk.gateway.code_scanned.connect(received.append)
        _send_keys(field, STO, gap_ms=3)
        qtbot.wait_until(lambda: len(received) == 1)
        assert received[0].number == STO
        assert received[0].source == "wedge"
        assert field.text() == ""
        assert window.ui.scan_result_label.text() == "Accepted"
    finally:
        desk.scanners.stop()


def test_serial_scanner_end_to_end_journals_delivers_and_reports_unplugging(
    qtbot,
    desk: AppController,
    null_modem: NullModem,
    services: AppServices,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Issue 14 §5: each step waits for the signal that ends it (a generous timeout is only a
    # ceiling, the wait returns when the signal comes), not for a polled label within 5 s.
    desk.prefs.serial_scanners = [
        {"port": str(null_modem.scanner_end), "baudrate": 115200, "terminator": "CRLF"}
    ]
    desk.prefs.wedge_enabled = False
    with qtbot.waitSignal(
        desk.scanners.states_changed,
        timeout=30_000,
        check_params_cb=lambda states: "connected" in states.values(),
    ):
        assert desk.start_scanners() == []
    try:
        status = desk.window.scanner_label
        assert status.text() == "Scanner: 1 serial connected"
        received: list[ScanEvent] = []
        judged: list[object] = []
        desk.gateway.code_scanned.connect(received.append)
        desk.gateway.scan_judged.connect(judged.append)
        device = null_modem.open_device()
        with qtbot.waitSignal(
            desk.gateway.scan_judged, timeout=30_000, check_params_cb=lambda _r: len(judged) == 2
        ):
            device.write(f"{STO}\r\n{ZTO}\r\n".encode())
            device.flush()
        assert desk.window.ui.scan_result_label.text() == "Rejected"
        assert [e.number for e in received] == [STO]
        counts = services.scans.counts()
        assert [(c.accepted, c.rejected) for c in counts] == [(1, 1)]
        device.close()
        with caplog.at_level(logging.WARNING), qtbot.waitSignal(
            desk.scanners.states_changed,
            timeout=30_000,
            check_params_cb=lambda states: "disconnected" in states.values()
            or any(s.startswith("error") for s in states.values()),
        ):
            null_modem.stop()
        assert "unplugged" in status.text()
        assert "ttySCAN" in status.text()
    finally:
        desk.scanners.stop()


def test_settings_page_adds_a_serial_scanner_and_shows_the_live_test_area(
    qtbot, desk: AppController, null_modem: NullModem
) -> None:
    window = desk.window
    window.show_workspace("settings")
    ws = window.workspaces["settings"]
    ui = ws.ui  # type: ignore[attr-defined]
    ui.settings_tabs.setCurrentWidget(ui.scanners_tab)
    ui.serial_port_combo.setEditText("")
    qtbot.mouseClick(ui.add_serial_button, Qt.MouseButton.LeftButton)
    assert ui.scanners_message_label.text() == "Choose or type the scanner's port first."
    ui.serial_port_combo.setEditText(str(null_modem.scanner_end))
    ui.serial_baud_combo.setCurrentIndex(ui.serial_baud_combo.findData(115200))
    qtbot.mouseClick(ui.add_serial_button, Qt.MouseButton.LeftButton)
    assert ui.serial_table.rowCount() == 1
    ui.wedge_enabled_check.setChecked(False)
    qtbot.mouseClick(ui.save_scanners_button, Qt.MouseButton.LeftButton)
    try:
        assert ui.scanners_message_label.text() == "Scanner settings saved and applied."
        assert desk.prefs.serial_scanners[0]["baudrate"] == 115200
        qtbot.wait_until(lambda: ui.serial_table.item(0, 3).text() == "connected")
        device = null_modem.open_device()
        device.write(b"7731652312589\r\n")  # one digit short
        device.flush()
        log = ui.scan_test_log
        qtbot.wait_until(lambda: "rejected" in log.toPlainText())
        assert "hex 37 37 33" in log.toPlainText()
        assert "STO Express numbers have 14/15/16/17 characters; this one has 13" in (
            log.toPlainText()
        )
        qtbot.wait_until(lambda: ui.scan_counts_table.rowCount() == 1)
        device.close()
    finally:
        desk.scanners.stop()


def test_rejected_scan_is_never_stored_as_accepted(
    desk: AppController, services: AppServices, tmp_path
) -> None:
    desk.gateway.process(raw("SF1311458896823"))
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'counter.sqlite3'}")
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT outcome FROM scan_journal")).scalars().all()
    engine.dispose()
    assert rows == ["rejected"]


@pytest.mark.parametrize(
    ("outcome", "expected"),
    [(ScanOutcome.ACCEPTED, 1), (ScanOutcome.DUPLICATE, 2), (ScanOutcome.REJECTED, 3)],
)
def test_each_outcome_has_its_own_number_of_beeps(
    qtbot, outcome: ScanOutcome, expected: int
) -> None:
    beeps: list[int] = []
    Cues(beep=lambda: beeps.append(1)).play(outcome)
    qtbot.wait_until(lambda: len(beeps) == expected)
