"""Issue 17 in the window: the weight follows the scale, a typed weight is marked, slips and
labels go to raw printers without a dialog, and the 秤与打印机 settings page."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QObject, Qt, Signal

from counter_app.domain.intake import PayMode
from counter_app.hardware.hub import ScannerHub
from counter_app.hardware.scale import ScaleHub
from counter_app.hardware.scale_frames import ScaleReading
from counter_app.paths import DataPaths
from counter_app.services.app import AppServices
from counter_app.ui.app import AppController
from counter_app.ui.i18n import Translations
from counter_app.ui.settings import Preferences
from counter_app.ui.workspaces.hardware_page import HardwarePage
from counter_app.ui.workspaces.settings import SettingsWorkspace
from tests.gui.keys import send_text
from tests.gui.test_intake_workspace import (  # the counter desk fixture and its helpers
    Desk,
    accept,
    desk,  # noqa: F401 - a fixture
    fill_parcel,
    no,
)
from tests.integration.test_raw_printing import Sink
from tests.raw_print_helpers import read_tspl
from tests.serial_fixtures import BAUD, NullModem


class FakeScale(QObject):
    """A scale hub the test drives by emitting readings."""

    weighed = Signal(object)
    frame_seen = Signal(bytes, bool)
    state_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.state = "connected"
        self.applied: list[dict[str, Any] | None] = []

    def apply(self, entry: dict[str, Any] | None) -> str:
        self.applied.append(entry)
        return ""

    def check(self, entry: dict[str, Any]) -> None:
        ScaleHub.check(entry)

    def zero(self) -> bool:
        return False

    def tare(self) -> bool:
        return False

    def stop(self) -> None:
        pass


def stable(grams: int) -> ScaleReading:
    return ScaleReading(grams=grams, stable=True)


def moving(grams: int) -> ScaleReading:
    return ScaleReading(grams=grams, stable=False)


@pytest.fixture
def scale(desk: Desk) -> FakeScale:  # noqa: F811 - the imported fixture
    fake = FakeScale()
    desk.ws.attach_scale(fake)
    return fake


def _last_quote(services: AppServices) -> dict[str, Any]:
    return services.intake.recent()[0].quote


class TestWeightFollowsTheScale:
    def test_only_a_stable_reading_fills_the_weight(self, desk: Desk, scale: FakeScale) -> None:  # noqa: F811
        edit = desk.ws.ui.weight_edit
        scale.weighed.emit(moving(1236))
        assert edit.text() == ""
        assert "1.236" in edit.placeholderText()
        scale.weighed.emit(ScaleReading(grams=500, stable=True, tare=True))
        scale.weighed.emit(ScaleReading(grams=0, stable=False, overload=True))
        scale.weighed.emit(stable(0))
        assert edit.text() == ""
        scale.weighed.emit(stable(1240))
        assert edit.text() == "1.24"
        scale.weighed.emit(moving(2000))  # being lifted: the settled weight stays
        assert edit.text() == "1.24"
        scale.weighed.emit(stable(2050))
        assert edit.text() == "2.05"

    def test_weighed_parcel_is_recorded_as_from_the_scale(
        self, qtbot: QtBot, desk: Desk, scale: FakeScale, services: AppServices  # noqa: F811
    ) -> None:
        fill_parcel(qtbot, desk, weight="")
        scale.weighed.emit(stable(1200))
        assert desk.ws.ui.weight_edit.text() == "1.2"
        desk.scan(no(71))
        accept(qtbot, desk)
        assert "Accepted" in desk.message, desk.message
        quote = _last_quote(services)
        assert quote["weight_source"] == "scale"
        assert quote["scale_grams"] == 1200
        assert quote["actual"] == "1.2"

    def test_typed_weight_stays_and_is_marked_typed(
        self, qtbot: QtBot, desk: Desk, scale: FakeScale, services: AppServices  # noqa: F811
    ) -> None:
        fill_parcel(qtbot, desk, weight="")
        ui = desk.ws.ui
        scale.weighed.emit(stable(1200))
        ui.weight_edit.setFocus()
        ui.weight_edit.selectAll()
        send_text(ui.weight_edit, "3")
        assert ui.weight_edit.text() == "3"
        scale.weighed.emit(stable(1300))
        assert ui.weight_edit.text() == "3"  # the clerk's weight is not overwritten
        desk.scan(no(72))
        accept(qtbot, desk)
        assert "Accepted" in desk.message, desk.message
        quote = _last_quote(services)
        assert quote["weight_source"] == "typed"
        assert "scale_grams" not in quote
        assert quote["actual"] == "3"

    def test_next_parcel_is_not_filled_by_the_one_still_on_the_scale(
        self, desk: Desk, scale: FakeScale  # noqa: F811
    ) -> None:
        edit = desk.ws.ui.weight_edit
        scale.weighed.emit(stable(1240))
        desk.ws.new_parcel()
        assert edit.text() == ""
        scale.weighed.emit(stable(1240))  # the same parcel, still lying there
        assert edit.text() == ""
        scale.weighed.emit(stable(0))  # taken off
        scale.weighed.emit(stable(1240))  # the next parcel happens to weigh the same
        assert edit.text() == "1.24"

    def test_emptying_a_typed_weight_follows_the_scale_again(
        self, desk: Desk, scale: FakeScale  # noqa: F811
    ) -> None:
        ui = desk.ws.ui
        ui.weight_edit.setFocus()
        send_text(ui.weight_edit, "5")
        scale.weighed.emit(stable(800))
        assert ui.weight_edit.text() == "5"
        ui.weight_edit.selectAll()
        ui.weight_edit.del_()
        ui.weight_edit.textEdited.emit("")  # del_() is programmatic: say what a key would
        scale.weighed.emit(stable(800))
        assert ui.weight_edit.text() == "0.8"


class TestRawPrintingAtTheCounter:
    def test_accept_sends_the_slip_and_the_receipt_without_a_dialog(
        self, qtbot: QtBot, desk: Desk, tmp_path: Path  # noqa: F811
    ) -> None:
        sink = Sink()
        receipt = tmp_path / "receipt-printer"
        try:
            desk.ctl.prefs.raw_printers = {
                "slip": {"language": "tspl", "size": "76x130",
                         "target": f"tcp:127.0.0.1:{sink.port}"},
                "receipt": {"language": "escpos", "size": "80mm", "target": f"file:{receipt}"},
            }
            fill_parcel(qtbot, desk)
            desk.scan(no(73))
            with qtbot.wait_signals([desk.ctl.raw_printing.printed] * 2, timeout=10_000):
                accept(qtbot, desk)
            assert "Accepted" in desk.message, desk.message
            assert desk.printed == []  # the system dialog never opened
            assert sink.done.wait(5)
            drawn = read_tspl(sink.received[0])
            assert drawn.size_mm == (76.0, 130.0)
            assert drawn.barcodes == [no(73)]
            assert "寄件收据".encode("gb18030") in receipt.read_bytes()
            # Ctrl+P prints the slip again: the log counts it as a reprint
            sink.done.clear()
            with qtbot.wait_signals([desk.ctl.raw_printing.printed] * 2, timeout=10_000):
                desk.ws.reprint()
            assert sink.done.wait(5)
            log = desk.ctl.raw_printing.log.entries()
            slips = [e for e in log if e.document == "slip"]
            assert [e.reprint for e in slips] == [0, 1]
            assert {e.who for e in log} == {"3001 李明"}
            assert all(e.ok for e in log)
            assert len(sink.received) == 2
        finally:
            desk.ctl.raw_printing.stop()
            sink.close()

    def test_a_printer_that_does_not_answer_is_said_at_the_counter(
        self, qtbot: QtBot, desk: Desk, tmp_path: Path, caplog: pytest.LogCaptureFixture  # noqa: F811
    ) -> None:
        desk.ctl.prefs.raw_printers = {
            "slip": {"language": "zpl", "size": "100x150",
                     "target": f"file:{tmp_path}/missing/lp0"}}
        fill_parcel(qtbot, desk)
        ui = desk.ws.ui
        ui.pay_mode_combo.setCurrentIndex(ui.pay_mode_combo.findData(PayMode.COLLECT.value))
        desk.scan(no(74))
        with qtbot.wait_signal(desk.ctl.raw_printing.printed, timeout=10_000) as blocker:
            accept(qtbot, desk)
        entry = blocker.args[0]
        assert not entry.ok
        assert "did not take the slip" in desk.message
        assert "Ctrl+P" in desk.message
        assert "raw print" in caplog.text
        desk.ctl.raw_printing.stop()


class TestHardwarePage:
    def _page(self, desk: Desk) -> HardwarePage:  # noqa: F811
        desk.ctl.window.show_workspace("settings")
        settings = desk.ctl.window.workspaces["settings"]
        assert isinstance(settings, SettingsWorkspace)
        page = settings.hardware_page
        assert page is not None
        tabs = settings.ui.settings_tabs
        tabs.setCurrentWidget(page)
        assert tabs.tabText(tabs.indexOf(page)).endswith("Scale and printers")  # "6 …": its key
        return page

    @pytest.mark.skipif(shutil.which("socat") is None, reason="needs socat")
    def test_scale_saved_on_the_page_reads_live_through_a_pty(
        self, qtbot: QtBot, desk: Desk, null_modem: NullModem  # noqa: F811
    ) -> None:
        hub = ScaleHub()
        page = HardwarePage(desk.ctl.prefs, hub, desk.ctl.raw_printing)
        qtbot.add_widget(page)
        page.show()
        ui = page.ui
        try:
            ui.scale_port_combo.setEditText(str(null_modem.scanner_end))
            ui.scale_baud_combo.setCurrentIndex(ui.scale_baud_combo.findData(BAUD))
            ui.scale_protocol_combo.setCurrentIndex(ui.scale_protocol_combo.findData("xk3190"))
            qtbot.mouseClick(ui.save_scale_button, Qt.MouseButton.LeftButton)
            assert ui.scale_message_label.text() == "Scale settings saved and applied."
            assert desk.ctl.prefs.scale["protocol"] == "xk3190"
            qtbot.wait_until(lambda: ui.scale_state_label.text() == "Scale connected")
            with null_modem.open_device() as device:
                device.write(b"ww001.500kg\r\n" * 3 + b"garbage\r\n")
                device.flush()
                qtbot.wait_until(lambda: "not understood" in ui.scale_test_log.toPlainText())
            assert ui.scale_weight_label.text() == "1.5 kg  stable"
            assert ui.scale_test_log.toPlainText().count("✓") == 3
            qtbot.mouseClick(ui.zero_button, Qt.MouseButton.LeftButton)
            assert "cannot be zeroed" in ui.scale_message_label.text()
            with qtbot.wait_signal(hub.state_changed, timeout=5000) as blocker:
                null_modem.stop()
            assert blocker.args == ["disconnected"]
            assert "unplugged" in ui.scale_state_label.text()
        finally:
            hub.stop()

    def test_bad_custom_pattern_is_refused_and_not_stored(
        self, desk: Desk, scale: FakeScale  # noqa: F811
    ) -> None:
        page = HardwarePage(desk.ctl.prefs, scale, desk.ctl.raw_printing)
        ui = page.ui
        ui.scale_port_combo.setEditText("COM3")
        ui.scale_protocol_combo.setCurrentIndex(ui.scale_protocol_combo.findData("custom"))
        assert ui.scale_pattern_edit.isEnabled()
        ui.scale_pattern_edit.setText(r"\d+kg")
        page.save_scale()
        assert "(?P<value>" in ui.scale_message_label.text()
        assert desk.ctl.prefs.scale == {}
        assert scale.applied == []

    def test_printers_saved_test_printed_and_logged(
        self, qtbot: QtBot, desk: Desk  # noqa: F811
    ) -> None:
        page = self._page(desk)
        ui = page.ui
        sink = Sink()
        try:
            ui.label_language_combo.setCurrentIndex(ui.label_language_combo.findData("zpl"))
            ui.label_target_edit.setText("usb:1")
            page.save_printers()
            assert "tcp:192.168.1.50:9100" in ui.printers_message_label.text()
            assert desk.ctl.prefs.raw_printers == {}
            ui.label_target_edit.setText(f"tcp:127.0.0.1:{sink.port}")
            page.save_printers()
            assert ui.printers_message_label.text() == "Printers saved."
            assert desk.ctl.prefs.raw_printers["label"]["language"] == "zpl"
            assert desk.ctl.raw_printing.choice_for("label") is not None
            assert desk.ctl.raw_printing.choice_for("slip") is None  # still the dialog
            with qtbot.wait_signal(desk.ctl.raw_printing.printed, timeout=10_000):
                qtbot.mouseClick(ui.label_test_button, Qt.MouseButton.LeftButton)
            assert ui.printers_message_label.text() == "The printer took the test page."
            assert sink.done.wait(5)
            assert sink.received[0].startswith(b"^XA^CI28^PW320^LL240")
            table = ui.print_log_table
            assert table.rowCount() == 1
            assert table.item(0, 2).text() == "Pickup label"
            assert table.item(0, 1).text() == "3001 李明"
        finally:
            desk.ctl.raw_printing.stop()
            sink.close()


def test_status_bar_shows_an_unplugged_scale_and_hides_when_there_is_none(
    qtbot: QtBot, services: AppServices, data_paths: DataPaths, translations: Translations
) -> None:
    translations.apply("en")
    scale = FakeScale()
    ctl = AppController(services, Preferences(data_paths.settings_file), translations,
                        ScannerHub(), scale)
    qtbot.add_widget(ctl.window)
    label = ctl.window.scale_label
    assert label.isHidden()
    ctl.start_scanners()
    assert scale.applied == [None]  # nothing configured on this PC
    scale.state_changed.emit("connected")
    assert not label.isHidden()
    assert label.text() == "Scale: connected"
    scale.state_changed.emit("disconnected")
    assert label.text() == "Scale: unplugged, reconnecting"
    scale.state_changed.emit("")
    assert label.isHidden()
    ctl.stop_devices()
