"""Electronic scales over real raw-mode pseudo-terminals (socat null modem) (issue 17 §1)."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import serial
from pytestqt.qtbot import QtBot

from counter_app.hardware.scale import ScaleHub, SerialScale, scale_settings_from
from counter_app.hardware.scale_frames import ScaleReading
from tests.serial_fixtures import BAUD, NullModem

pytestmark = pytest.mark.skipif(shutil.which("socat") is None, reason="needs socat")


class Recorder:
    def __init__(self, scale: SerialScale | ScaleHub) -> None:
        self.readings: list[ScaleReading] = []
        self.states: list[str] = []
        self.frames: list[tuple[bytes, bool]] = []
        scale.weighed.connect(self.readings.append)
        scale.state_changed.connect(self.states.append)
        scale.frame_seen.connect(lambda frame, ok: self.frames.append((frame, ok)))

    @property
    def stable_grams(self) -> list[int]:
        return [r.grams for r in self.readings if r.usable]


ScaleFactory = Callable[..., tuple[SerialScale, Recorder]]


@pytest.fixture
def scale_factory() -> Iterator[ScaleFactory]:
    scales: list[SerialScale] = []

    def make(port: object, **entry: Any) -> tuple[SerialScale, Recorder]:
        settings = scale_settings_from({"port": str(port), "baudrate": BAUD, **entry})
        settings = type(settings)(
            line=type(settings.line)(**{**settings.line.__dict__, "reconnect_interval_ms": 50}),
            protocol=settings.protocol,
            poll_ms=settings.poll_ms,
            settle_count=settings.settle_count,
        )
        scale = SerialScale(settings)
        recorder = Recorder(scale)
        scales.append(scale)
        scale.start()
        return scale, recorder

    try:
        yield make
    finally:
        for scale in scales:
            scale.stop()
            assert not scale.is_running()


def test_streaming_scale_with_noise_partial_and_unstable_frames_yields_only_true_readings(
    qtbot: QtBot, null_modem: NullModem, scale_factory: ScaleFactory
) -> None:
    scale, recorder = scale_factory(null_modem.scanner_end, protocol="ascii")
    qtbot.wait_until(lambda: recorder.states == ["connected"])
    with null_modem.open_device() as device:
        # The reader starts in the middle of a frame; junk on the line; frames split anywhere.
        for chunk in (
            b"0kg\r\n",  # tail of a frame from before the port opened
            b"US,GS,+  0.4",
            b"00kg\r\nUS,GS,+  1.180kg\r\n\x00\xff\xfe\r\n",
            b"ST,GS,+  1.2",
            b"40kg\r\nST,GS,+  1.240kg\r\nST,NT,+  0.850kg\r\n",
        ):
            device.write(chunk)
            device.flush()
        qtbot.wait_until(lambda: len(recorder.readings) == 5)
    assert [(r.grams, r.stable, r.net) for r in recorder.readings] == [
        (400, False, False),
        (1180, False, False),
        (1240, True, False),
        (1240, True, False),
        (850, True, True),
    ]
    assert recorder.stable_grams == [1240, 1240, 850]
    assert scale.misread == 2  # the tail "0kg" and the junk line
    assert [ok for _frame, ok in recorder.frames].count(False) == 2


def test_repeat_stability_scale_xk3190_over_a_pty(
    qtbot: QtBot, null_modem: NullModem, scale_factory: ScaleFactory
) -> None:
    _, recorder = scale_factory(null_modem.scanner_end, protocol="xk3190", settle_count=3)
    qtbot.wait_until(lambda: recorder.states == ["connected"])
    with null_modem.open_device() as device:
        device.write(b"ww001.100kg\r\nww002.050kg\r\nww002.050kg\r\nww002.050kg\r\n")
        device.flush()
        qtbot.wait_until(lambda: len(recorder.readings) == 4)
    assert [r.stable for r in recorder.readings] == [False, False, False, True]
    assert recorder.stable_grams == [2050]


def test_polled_sics_scale_is_asked_on_a_timer_and_answers_become_readings(
    qtbot: QtBot, null_modem: NullModem, scale_factory: ScaleFactory
) -> None:
    scale, recorder = scale_factory(null_modem.scanner_end, protocol="sics", poll_ms=50)
    qtbot.wait_until(lambda: recorder.states == ["connected"])
    with null_modem.open_device() as device:
        device.timeout = 2
        assert device.read_until(b"\r\n") == b"SI\r\n"
        device.write(b"S D     1.238 kg\r\n")
        assert device.read_until(b"\r\n") == b"SI\r\n"
        device.write(b"S S     1.240 kg\r\n")
        qtbot.wait_until(lambda: len(recorder.readings) == 2)
        assert scale.zero()
        assert scale.tare()
        seen = b""
        while b"Z\r\n" not in seen or b"T\r\n" not in seen:
            chunk = device.read_until(b"\r\n")
            assert chunk, "zero and tare commands never arrived"
            seen += chunk
    assert [(r.grams, r.stable) for r in recorder.readings] == [(1238, False), (1240, True)]


def test_protocol_without_zero_command_says_so() -> None:
    settings = scale_settings_from({"port": "loop://", "protocol": "xk3190"})
    scale = SerialScale(settings)
    assert not scale.zero()
    assert not scale.tare()


def test_scale_unplugged_mid_frame_reconnects_and_the_half_frame_does_not_stick(
    qtbot: QtBot, null_modem: NullModem, scale_factory: ScaleFactory
) -> None:
    scale, recorder = scale_factory(null_modem.scanner_end, protocol="ascii")
    qtbot.wait_until(lambda: recorder.states == ["connected"])
    device = null_modem.open_device()
    try:
        device.write(b"ST,GS,+  1.240kg\r\nST,GS,+  2.")
        device.flush()
        qtbot.wait_until(lambda: len(recorder.readings) == 1)
        with qtbot.wait_signal(scale.state_changed, timeout=5000) as blocker:
            null_modem.stop()
        assert blocker.args == ["disconnected"]
    finally:
        with contextlib.suppress(serial.SerialException, OSError):
            device.close()
    assert scale.is_running()
    null_modem.start()
    qtbot.wait_until(lambda: recorder.states == ["connected", "disconnected", "connected"])
    with null_modem.open_device() as device:
        device.write(b"500kg\r\nST,GS,+  3.000kg\r\n")
        device.flush()
        qtbot.wait_until(lambda: len(recorder.readings) == 2)
    assert recorder.stable_grams == [1240, 3000]
    assert scale.misread == 1  # "500kg" is not glued to "ST,GS,+  2."


def test_hub_applies_and_replaces_the_scale_and_reports_bad_entries(
    qtbot: QtBot, null_modem: NullModem
) -> None:
    hub = ScaleHub()
    recorder = Recorder(hub)
    try:
        assert hub.apply({"port": "COM1", "protocol": "morse"}).startswith("unknown")
        assert hub.scale is None
        assert hub.apply({"port": str(null_modem.scanner_end), "baudrate": BAUD}) == ""
        qtbot.wait_until(lambda: hub.state == "connected")
        with null_modem.open_device() as device:
            device.write(b"ST,GS,+  0.777kg\r\n")
            device.flush()
            qtbot.wait_until(lambda: recorder.stable_grams == [777])
        assert hub.apply(None) == ""
        assert hub.scale is None
        assert hub.state == ""
    finally:
        hub.stop()
