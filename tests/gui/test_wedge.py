"""Keyboard-wedge detector: bursts become scans, people's typing reaches the field (SC-1)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from counter_app.domain.scanning import RawScan
from counter_app.hardware.wedge import (
    DEFAULT_MAX_GAP_MS,
    DEFAULT_MIN_LENGTH,
    KeyTiming,
    WedgeDetector,
    WedgeSettings,
)

CODE = "773012345678"  # a 12-digit waybill number
SCANNER_GAP_MS = 4.0
HUMAN_GAP_MS = 150.0
NO_MODS = Qt.KeyboardModifier.NoModifier


class Keyboard:
    """Sends synthesised key presses and releases with explicit timestamps.

    QTest events carry timestamp 0, so these are built by hand (platform probe §6): the
    detector then classifies on the timestamps and the test never depends on wall time.
    """

    def __init__(self, target: QObject, start_ms: int = 1_000_000) -> None:
        self.target = target
        self.now_ms = start_ms

    def key(
        self,
        key: Qt.Key,
        text: str = "",
        *,
        gap_ms: float,
        modifiers: Qt.KeyboardModifier = NO_MODS,
        autorepeat: bool = False,
    ) -> None:
        """Press and release one key ``gap_ms`` after the previous press."""
        self.now_ms += round(gap_ms)
        press_stamp = self.now_ms
        release_stamp = self.now_ms + max(1, round(gap_ms) // 2)
        for etype, stamp in (
            (QEvent.Type.KeyPress, press_stamp),
            (QEvent.Type.KeyRelease, release_stamp),
        ):
            event = QKeyEvent(etype, key, modifiers, text, autorepeat)
            event.setTimestamp(stamp)
            QApplication.sendEvent(self.target, event)

    def type(self, text: str, *, gap_ms: float) -> None:
        """Type ``text`` one character every ``gap_ms``, Shift held for upper case."""
        for ch in text:
            modifiers = (
                Qt.KeyboardModifier.ShiftModifier
                if ch.isupper()
                else Qt.KeyboardModifier.NoModifier
            )
            self.key(Qt.Key(ord(ch.upper())), ch, gap_ms=gap_ms, modifiers=modifiers)

    def enter(self, *, gap_ms: float) -> None:
        """Press Return."""
        self.key(Qt.Key.Key_Return, "\r", gap_ms=gap_ms)

    def scan(self, code: str, *, gap_ms: float = SCANNER_GAP_MS) -> None:
        """Type ``code`` and Return at scanner speed, after a pause like a person's."""
        self.now_ms += 500
        self.type(code, gap_ms=gap_ms)
        self.enter(gap_ms=gap_ms)


class RecordingEdit(QLineEdit):
    """A QLineEdit that records every key press it receives, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.presses: list[tuple[int, Qt.KeyboardModifier, str]] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        self.presses.append((event.key(), event.modifiers(), event.text()))
        super().keyPressEvent(event)


class FakeClock:
    """A monotonic clock the test advances by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Desk:
    """A shown window with a line edit and a button, the detector installed."""

    def __init__(self, qtbot: QtBot, detector: WedgeDetector) -> None:
        self.window = QWidget()
        self.window.setWindowTitle("wedge test")
        layout = QVBoxLayout(self.window)
        self.edit = RecordingEdit()
        self.button = QPushButton("确定")
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        qtbot.add_widget(self.window)
        self.qtbot = qtbot
        self.detector = detector
        self.scans: list[RawScan] = []
        self.timings: list[KeyTiming] = []
        detector.raw_scanned.connect(self.scans.append)
        detector.keys_observed.connect(self.timings.append)
        self.window.show()
        qtbot.wait_exposed(self.window)
        self.window.activateWindow()
        self.focus(self.edit)
        self.keyboard = Keyboard(self.edit)

    def focus(self, widget: QWidget) -> None:
        widget.setFocus()
        self.qtbot.wait_until(lambda: QGuiApplication.focusObject() is widget)

    def wait_idle(self) -> None:
        """Wait until every held key has been replayed (the gap timer fired)."""
        self.qtbot.wait_until(lambda: not self.detector.collecting)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def detector(qapp: QApplication, clock: FakeClock) -> Iterator[WedgeDetector]:
    wedge = WedgeDetector(clock=clock)
    wedge.install()
    yield wedge
    wedge.uninstall()


@pytest.fixture
def desk(qtbot: QtBot, detector: WedgeDetector) -> Desk:
    return Desk(qtbot, detector)


class TestScannerBursts:
    def test_scanner_speed_burst_is_one_scan_and_leaves_field_empty(self, desk: Desk) -> None:
        desk.keyboard.scan(CODE)

        assert [scan.text for scan in desk.scans] == [CODE]
        assert desk.edit.text() == ""
        assert not desk.detector.collecting

    def test_scan_fills_raw_scan_fields(self, desk: Desk, clock: FakeClock) -> None:
        clock.now = 4242.5
        desk.keyboard.scan("YT1234567890123")

        (scan,) = desk.scans
        assert scan.source == "wedge"
        assert scan.raw == b"YT1234567890123"
        assert scan.text == "YT1234567890123"
        assert scan.received_at == 4242.5
        # One gap per key after the first, the terminator included.
        assert scan.key_gaps_ms == (SCANNER_GAP_MS,) * 15

    def test_scan_keeps_earlier_field_text_unchanged(self, desk: Desk) -> None:
        desk.edit.setText("备注")
        desk.keyboard.scan(CODE)

        assert desk.edit.text() == "备注"
        assert len(desk.scans) == 1

    def test_scan_with_tab_terminator_is_swallowed_and_focus_stays(self, desk: Desk) -> None:
        desk.keyboard.now_ms += 500
        desk.keyboard.type(CODE, gap_ms=SCANNER_GAP_MS)
        desk.keyboard.key(Qt.Key.Key_Tab, "\t", gap_ms=SCANNER_GAP_MS)

        assert [scan.text for scan in desk.scans] == [CODE]
        assert desk.edit.text() == ""
        assert QGuiApplication.focusObject() is desk.edit

    def test_scan_with_keypad_enter_terminator(self, desk: Desk) -> None:
        desk.keyboard.now_ms += 500
        desk.keyboard.type(CODE, gap_ms=SCANNER_GAP_MS)
        desk.keyboard.key(
            Qt.Key.Key_Enter,
            "\r",
            gap_ms=SCANNER_GAP_MS,
            modifiers=Qt.KeyboardModifier.KeypadModifier,
        )

        assert [scan.text for scan in desk.scans] == [CODE]
        assert desk.edit.text() == ""

    def test_scan_is_delivered_when_focus_is_on_a_button(self, desk: Desk) -> None:
        clicks: list[bool] = []
        desk.button.setAutoDefault(True)
        desk.button.clicked.connect(clicks.append)
        desk.focus(desk.button)

        Keyboard(desk.button).scan(CODE)

        assert [scan.text for scan in desk.scans] == [CODE]
        assert clicks == []

    def test_hundred_back_to_back_bursts_give_hundred_separate_scans(self, desk: Desk) -> None:
        codes = [f"77301234{i:04d}" for i in range(100)]
        for code in codes:
            desk.keyboard.type(code, gap_ms=1)
            desk.keyboard.enter(gap_ms=1)

        assert [scan.text for scan in desk.scans] == codes
        assert desk.edit.text() == ""

    def test_doubled_digits_flagged_as_autorepeat_still_scan(self, desk: Desk) -> None:
        # At 0-1 ms per key Qt's xcb backend marks the second "7" of "77" as auto-repeat
        # (its press shares a millisecond with the first one's release).
        desk.keyboard.now_ms += 500
        previous = ""
        for ch in "7730012345":
            key = Qt.Key(ord(ch))
            desk.keyboard.key(key, ch, gap_ms=1, autorepeat=ch == previous)
            previous = ch
        desk.keyboard.enter(gap_ms=1)

        assert [scan.text for scan in desk.scans] == ["7730012345"]
        assert desk.edit.text() == ""

    def test_gui_thread_stall_does_not_split_a_burst_already_queued(self, desk: Desk) -> None:
        # After a stall Qt runs due timers before the queued key events; the rest of the burst
        # comes from a later timer here, due in the same pass as the detector's gap timer.
        desk.keyboard.now_ms += 500
        desk.keyboard.type(CODE[:6], gap_ms=SCANNER_GAP_MS)

        def rest_of_burst() -> None:
            desk.keyboard.type(CODE[6:], gap_ms=SCANNER_GAP_MS)
            desk.keyboard.enter(gap_ms=SCANNER_GAP_MS)

        later = QTimer(desk.window)
        later.setSingleShot(True)
        later.setTimerType(Qt.TimerType.PreciseTimer)
        later.timeout.connect(rest_of_burst)
        later.start(round(DEFAULT_MAX_GAP_MS) + 5)
        stall_until = time.monotonic() + 3 * DEFAULT_MAX_GAP_MS / 1000
        while time.monotonic() < stall_until:  # a busy GUI thread, not a wait
            pass

        desk.qtbot.wait_until(lambda: len(desk.scans) == 1)
        assert desk.scans[0].text == CODE
        assert desk.edit.text() == ""

    @pytest.mark.parametrize("gap_ms", [1.0, 4.0, 10.0, DEFAULT_MAX_GAP_MS])
    def test_burst_up_to_max_gap_is_a_scan(self, desk: Desk, gap_ms: float) -> None:
        desk.keyboard.scan(CODE, gap_ms=gap_ms)

        assert [scan.text for scan in desk.scans] == [CODE]

    def test_burst_timed_by_clock_when_events_have_no_timestamp(
        self, desk: Desk, clock: FakeClock
    ) -> None:
        # QTest-style events carry timestamp 0: the injected clock times them instead.
        keys = [(Qt.Key(ord(ch)), ch) for ch in CODE] + [(Qt.Key.Key_Return, "\r")]
        for key, text in keys:
            clock.now += SCANNER_GAP_MS / 1000
            for etype in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(desk.edit, QKeyEvent(etype, key, NO_MODS, text))

        assert [scan.text for scan in desk.scans] == [CODE]
        assert desk.scans[0].key_gaps_ms == pytest.approx((SCANNER_GAP_MS,) * len(CODE))
        assert desk.edit.text() == ""


class TestPersonTyping:
    def test_human_speed_typing_reaches_field_and_is_no_scan(self, desk: Desk) -> None:
        desk.keyboard.type("773012345678", gap_ms=HUMAN_GAP_MS)
        desk.keyboard.enter(gap_ms=HUMAN_GAP_MS)

        desk.wait_idle()
        assert desk.edit.text() == "773012345678"
        assert desk.scans == []

    def test_last_held_key_is_replayed_after_the_gap(self, desk: Desk) -> None:
        desk.keyboard.type("Hello", gap_ms=HUMAN_GAP_MS)

        desk.qtbot.wait_until(lambda: desk.edit.text() == "Hello")
        assert desk.scans == []
        assert [text for _, _, text in desk.edit.presses] == list("Hello")

    @pytest.mark.parametrize("gap_ms", [DEFAULT_MAX_GAP_MS + 1, 60.0, HUMAN_GAP_MS, 400.0])
    def test_typing_slower_than_max_gap_then_enter_is_no_scan(
        self, desk: Desk, gap_ms: float
    ) -> None:
        with desk.qtbot.wait_signal(desk.edit.returnPressed, timeout=2000):
            desk.keyboard.type(CODE, gap_ms=gap_ms)
            desk.keyboard.enter(gap_ms=gap_ms)

        assert desk.edit.text() == CODE
        assert desk.scans == []

    def test_held_key_autorepeat_reaches_field(self, desk: Desk) -> None:
        desk.keyboard.key(Qt.Key.Key_0, "0", gap_ms=HUMAN_GAP_MS)
        for _ in range(9):  # 500 ms repeat delay, then 30 repeats a second
            desk.keyboard.key(Qt.Key.Key_0, "0", gap_ms=33, autorepeat=True)
        desk.keyboard.enter(gap_ms=HUMAN_GAP_MS)

        desk.wait_idle()
        assert desk.edit.text() == "0" * 10
        assert desk.scans == []

    def test_burst_shorter_than_min_length_is_replayed_as_text(self, desk: Desk) -> None:
        short = CODE[: DEFAULT_MIN_LENGTH - 1]
        with desk.qtbot.wait_signal(desk.edit.returnPressed, timeout=2000):
            desk.keyboard.scan(short)

        assert desk.edit.text() == short
        assert desk.scans == []

    def test_one_slow_key_in_a_burst_makes_it_typing(self, desk: Desk) -> None:
        desk.keyboard.now_ms += 500
        desk.keyboard.type(CODE[:6], gap_ms=SCANNER_GAP_MS)
        desk.keyboard.type(CODE[6:], gap_ms=HUMAN_GAP_MS)
        desk.keyboard.enter(gap_ms=SCANNER_GAP_MS)

        desk.wait_idle()
        assert desk.edit.text() == CODE
        assert desk.scans == []

    def test_human_scan_human_keeps_only_human_text_in_order(self, desk: Desk) -> None:
        desk.keyboard.type("ab", gap_ms=HUMAN_GAP_MS)
        desk.keyboard.scan(CODE)
        desk.keyboard.type("cd", gap_ms=HUMAN_GAP_MS)

        desk.qtbot.wait_until(lambda: desk.edit.text() == "abcd")
        assert [scan.text for scan in desk.scans] == [CODE]
        assert [text for _, _, text in desk.edit.presses] == list("abcd")

    def test_ctrl_c_copies_and_is_not_swallowed(self, desk: Desk) -> None:
        desk.edit.setText("773012345678")
        QGuiApplication.clipboard().clear()
        desk.keyboard.key(
            Qt.Key.Key_A, "\x01", gap_ms=5, modifiers=Qt.KeyboardModifier.ControlModifier
        )
        desk.keyboard.key(
            Qt.Key.Key_C, "\x03", gap_ms=5, modifiers=Qt.KeyboardModifier.ControlModifier
        )

        # Delivered at once, not held: no waiting needed.
        assert desk.edit.selectedText() == "773012345678"
        assert QGuiApplication.clipboard().text() == "773012345678"
        assert not desk.detector.collecting
        assert desk.scans == []

    def test_command_key_releases_held_typing_first_in_order(self, desk: Desk) -> None:
        desk.keyboard.type("xy", gap_ms=HUMAN_GAP_MS)
        assert desk.detector.collecting  # "y" is held
        desk.keyboard.key(Qt.Key.Key_Backspace, "\b", gap_ms=5)

        assert desk.edit.text() == "x"
        assert not desk.detector.collecting
        assert [key for key, _, _ in desk.edit.presses] == [
            Qt.Key.Key_X,
            Qt.Key.Key_Y,
            Qt.Key.Key_Backspace,
        ]

    @pytest.mark.parametrize(
        ("key", "modifiers"),
        [
            (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier),
            (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier),
            (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier),
        ],
    )
    def test_command_keys_pass_through_unchanged_and_at_once(
        self, desk: Desk, key: Qt.Key, modifiers: Qt.KeyboardModifier
    ) -> None:
        desk.keyboard.key(key, "", gap_ms=SCANNER_GAP_MS, modifiers=modifiers)

        assert desk.edit.presses == [(key, modifiers, "")]
        assert not desk.detector.collecting

    def test_fast_command_keys_between_chars_break_a_burst(self, desk: Desk) -> None:
        desk.keyboard.now_ms += 500
        desk.keyboard.type("7730", gap_ms=SCANNER_GAP_MS)
        desk.keyboard.key(Qt.Key.Key_Left, gap_ms=SCANNER_GAP_MS)
        desk.keyboard.type("12345678", gap_ms=SCANNER_GAP_MS)
        desk.keyboard.enter(gap_ms=SCANNER_GAP_MS)

        # "7730" was replayed before Left; the rest is a full-length burst after it.
        assert [scan.text for scan in desk.scans] == ["12345678"]
        assert desk.edit.text() == "7730"
        assert desk.edit.cursorPosition() == 3


class TestSettingsAndToggle:
    def test_disabled_detector_lets_bursts_through_as_text(self, desk: Desk) -> None:
        desk.detector.enabled = False
        with desk.qtbot.wait_signal(desk.edit.returnPressed, timeout=2000):
            desk.keyboard.scan(CODE)

        assert desk.edit.text() == CODE
        assert desk.scans == []

    def test_disabling_mid_burst_replays_the_held_keys(self, desk: Desk) -> None:
        desk.keyboard.type("7730", gap_ms=SCANNER_GAP_MS)
        desk.detector.enabled = False

        assert desk.edit.text() == "7730"
        desk.detector.enabled = True
        desk.keyboard.scan(CODE)
        assert [scan.text for scan in desk.scans] == [CODE]

    def test_updated_settings_apply_to_next_burst(self, desk: Desk) -> None:
        desk.detector.settings = WedgeSettings(max_gap_ms=200, min_length=3, terminators=("Tab",))

        desk.keyboard.now_ms += 500
        desk.keyboard.type("A12", gap_ms=HUMAN_GAP_MS)
        desk.keyboard.key(Qt.Key.Key_Tab, "\t", gap_ms=HUMAN_GAP_MS)
        with desk.qtbot.wait_signal(desk.edit.returnPressed, timeout=2000):
            desk.keyboard.scan("B34")  # Return is no longer a terminator

        assert [scan.text for scan in desk.scans] == ["A12"]
        assert desk.edit.text() == "B34"

    def test_keys_observed_reports_each_gap(self, desk: Desk) -> None:
        desk.keyboard.scan("1234567")

        assert [t.text for t in desk.timings] == [*"1234567", "Return"]
        assert [t.gap_ms for t in desk.timings[1:]] == [SCANNER_GAP_MS] * 7
        assert all(t.within_gap and t.from_event for t in desk.timings[1:])
        assert desk.timings[-1].is_terminator

    def test_uninstalled_detector_sees_nothing(self, desk: Desk) -> None:
        desk.detector.uninstall()
        with desk.qtbot.wait_signal(desk.edit.returnPressed, timeout=2000):
            desk.keyboard.scan(CODE)

        assert desk.edit.text() == CODE
        assert desk.scans == []
        assert desk.timings == []

    @pytest.mark.parametrize(
        "kwargs",
        [
            {"max_gap_ms": 0},
            {"max_gap_ms": -5},
            {"min_length": 0},
            {"terminators": ()},
            {"terminators": ("Return", "NoSuchKey")},
        ],
    )
    def test_settings_reject_bad_values(self, kwargs: dict[str, object]) -> None:
        with pytest.raises(ValueError, match=r"max_gap_ms|min_length|terminator"):
            WedgeSettings(**kwargs)  # type: ignore[arg-type]

    def test_settings_resolve_terminator_names(self) -> None:
        settings = WedgeSettings()
        assert settings.terminator_keys == {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}
        assert settings == WedgeSettings(terminators=("Return", "Enter", "Tab"))
