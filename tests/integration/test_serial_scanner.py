"""Serial scanners over real raw-mode pseudo-terminals (socat null modem) (SC-1)."""

from __future__ import annotations

import contextlib
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import serial
from pytestqt.qtbot import QtBot
from serial.tools import list_ports
from serial.tools.list_ports_common import ListPortInfo

from counter_app.domain.scanning import RawScan
from counter_app.hardware.discovery import PortInfo, list_serial_ports
from counter_app.hardware.framing import FramingConfig
from counter_app.hardware.serial_scanner import SerialScanner, SerialSettings
from tests.serial_fixtures import BAUD, NullModem

pytestmark = pytest.mark.skipif(shutil.which("socat") is None, reason="needs socat")

class Recorder:
    """Collects a scanner's signals in the thread that runs the slots."""

    def __init__(self, scanner: SerialScanner) -> None:
        self.scans: list[RawScan] = []
        self.states: list[str] = []
        self.slot_threads: set[int] = set()
        scanner.raw_scanned.connect(self._on_scan)
        scanner.state_changed.connect(self.states.append)

    def _on_scan(self, scan: RawScan) -> None:
        self.slot_threads.add(threading.get_ident())
        self.scans.append(scan)

    @property
    def texts(self) -> list[str]:
        return [scan.text for scan in self.scans]


ScannerFactory = Callable[..., tuple[SerialScanner, Recorder]]


@pytest.fixture
def scanner_factory(
    qtbot: QtBot,
) -> Iterator[ScannerFactory]:
    """Make started scanners with recorders attached; stops every one afterwards."""
    scanners: list[SerialScanner] = []

    def make(
        port: str | Path,
        framing: FramingConfig | None = None,
        reconnect_interval_ms: int = 50,
    ) -> tuple[SerialScanner, Recorder]:
        settings = SerialSettings(
            port=str(port),
            baudrate=BAUD,
            framing=framing or FramingConfig(terminator="CR"),
            name="test scanner",
            reconnect_interval_ms=reconnect_interval_ms,
        )
        scanner = SerialScanner(settings)
        recorder = Recorder(scanner)
        scanners.append(scanner)
        scanner.start()
        return scanner, recorder

    try:
        yield make
    finally:
        for scanner in scanners:
            scanner.stop()
            assert not scanner.is_running()


def _code(i: int) -> str:
    return f"77{i:010d}"


def test_ten_thousand_codes_back_to_back_arrive_complete_unmerged_and_in_order(
    qtbot: QtBot, null_modem: NullModem, scanner_factory: ScannerFactory
) -> None:
    _, recorder = scanner_factory(null_modem.scanner_end)
    qtbot.wait_until(lambda: recorder.states == ["connected"])
    expected = [_code(i) for i in range(10_000)]

    with null_modem.open_device() as device:
        device.write(b"".join(code.encode() + b"\r" for code in expected))
        device.flush()
        qtbot.wait_until(lambda: len(recorder.scans) >= len(expected), timeout=30_000)

    assert recorder.texts == expected
    assert {scan.source for scan in recorder.scans} == {f"serial:{null_modem.scanner_end}"}
    assert all(scan.raw == scan.text.encode("latin-1") for scan in recorder.scans)
    assert all(scan.key_gaps_ms == () for scan in recorder.scans)
    times = [scan.received_at for scan in recorder.scans]
    assert times == sorted(times)
    # Emitted from the reader thread, delivered queued to the Qt (test) thread.
    assert recorder.slot_threads == {threading.get_ident()}


def test_scanner_reconnects_by_itself_when_the_device_comes_back_at_the_same_path(
    qtbot: QtBot, null_modem: NullModem, scanner_factory: ScannerFactory
) -> None:
    scanner, recorder = scanner_factory(null_modem.scanner_end)
    qtbot.wait_until(lambda: recorder.states == ["connected"])

    device = null_modem.open_device()
    try:
        device.write(b"".join(_code(i).encode() + b"\r" for i in range(200)) + b"PART")
        device.flush()
        qtbot.wait_until(lambda: len(recorder.scans) == 200)
        with qtbot.wait_signal(scanner.state_changed, timeout=5000) as blocker:
            null_modem.stop()  # the device vanishes mid-stream, a partial code in flight
        assert blocker.args == ["disconnected"]
    finally:
        # The other end is gone; closing may fail, which is the point.
        with contextlib.suppress(serial.SerialException, OSError):
            device.close()

    assert not null_modem.scanner_end.exists()
    assert scanner.is_running()

    null_modem.start()
    qtbot.wait_until(lambda: recorder.states == ["connected", "disconnected", "connected"])
    with null_modem.open_device() as device:
        device.write(b"AFTER\r")
        device.flush()
        qtbot.wait_until(lambda: len(recorder.scans) == 201)

    # The half code from before the loss does not stick to the first code after it.
    assert recorder.texts[-1] == "AFTER"
    assert recorder.texts[:200] == [_code(i) for i in range(200)]


def test_scanner_started_before_the_device_exists_connects_when_it_appears(
    qtbot: QtBot,
    null_modem_factory: Callable[[str], NullModem],
    scanner_factory: ScannerFactory,
    tmp_path: Path,
) -> None:
    missing = tmp_path / "late" / "ttySCAN"
    _, recorder = scanner_factory(missing)
    qtbot.wait_until(lambda: recorder.states == ["disconnected"])
    modem = null_modem_factory("late")
    assert modem.scanner_end == missing
    qtbot.wait_until(lambda: recorder.states[-1:] == ["connected"])
    with modem.open_device() as device:
        device.write(b"773012345678\r")
        qtbot.wait_until(lambda: recorder.texts == ["773012345678"])


def test_stop_joins_the_reader_thread_promptly(
    qtbot: QtBot, null_modem: NullModem, scanner_factory: ScannerFactory
) -> None:
    scanner, recorder = scanner_factory(null_modem.scanner_end)
    qtbot.wait_until(lambda: recorder.states == ["connected"])

    started = time.monotonic()
    scanner.stop()
    elapsed = time.monotonic() - started

    assert not scanner.is_running()
    assert elapsed < 0.5
    qtbot.wait_until(lambda: recorder.states == ["connected", "disconnected"])


def test_stop_is_prompt_while_waiting_to_reconnect(
    qtbot: QtBot, scanner_factory: ScannerFactory, tmp_path: Path
) -> None:
    scanner, recorder = scanner_factory(tmp_path / "nothing", reconnect_interval_ms=60_000)
    qtbot.wait_until(lambda: recorder.states == ["disconnected"])

    started = time.monotonic()
    scanner.stop()

    assert time.monotonic() - started < 0.5
    assert not scanner.is_running()


def test_unknown_url_scheme_reports_an_error_state(
    qtbot: QtBot, scanner_factory: ScannerFactory
) -> None:
    scanner, recorder = scanner_factory("nosuchscheme://x", reconnect_interval_ms=20)
    qtbot.wait_until(lambda: len(recorder.states) == 1)
    assert recorder.states[0].startswith("error: ")
    assert scanner.is_running()  # keeps trying quietly; the state is reported once


@pytest.mark.parametrize(
    ("framing", "chunks", "expected"),
    [
        pytest.param(FramingConfig(terminator="CR"), [b"A1\rB2\r"], ["A1", "B2"], id="CR"),
        pytest.param(FramingConfig(terminator="LF"), [b"A1\nB2\n"], ["A1", "B2"], id="LF"),
        pytest.param(
            FramingConfig(terminator="CRLF"), [b"A1\r", b"\nB2\r\n"], ["A1", "B2"], id="CRLF"
        ),
        pytest.param(
            FramingConfig(terminator="ANY"),
            [b"A1\r", b"\nB2\nC3\r", b"D4\r\n"],
            ["A1", "B2", "C3", "D4"],
            id="ANY",
        ),
        pytest.param(
            FramingConfig(terminator="LF", prefix=b"\x02", suffix=b"\x03"),
            [b"\x02A1\x03\n\x02B2\x03\n"],
            ["A1", "B2"],
            id="prefix-suffix",
        ),
    ],
)
def test_terminator_framing_over_a_pty(
    qtbot: QtBot,
    null_modem: NullModem,
    scanner_factory: ScannerFactory,
    framing: FramingConfig,
    chunks: list[bytes],
    expected: list[str],
) -> None:
    _, recorder = scanner_factory(null_modem.scanner_end, framing=framing)
    qtbot.wait_until(lambda: recorder.states == ["connected"])
    with null_modem.open_device() as device:
        for chunk in chunks:
            device.write(chunk)
            device.flush()
        qtbot.wait_until(lambda: len(recorder.scans) >= len(expected))
    assert recorder.texts == expected


def test_gap_framing_over_a_pty_ends_a_code_on_silence(
    qtbot: QtBot, null_modem: NullModem, scanner_factory: ScannerFactory
) -> None:
    framing = FramingConfig(terminator=None, gap_ms=100)
    _, recorder = scanner_factory(null_modem.scanner_end, framing=framing)
    qtbot.wait_until(lambda: recorder.states == ["connected"])
    with null_modem.open_device() as device:
        device.write(b"7730")
        device.write(b"12345678")
        qtbot.wait_until(lambda: recorder.texts == ["773012345678"])
        written_at = time.monotonic()
        device.write(b"SECOND")
        qtbot.wait_until(lambda: recorder.texts == ["773012345678", "SECOND"])
    # Stamped with the arrival of the last byte, not with the end of the silence.
    assert recorder.scans[1].received_at - written_at < 0.1


def test_several_scanners_at_once_each_deliver_their_own_codes(
    qtbot: QtBot,
    null_modem_factory: Callable[[str], NullModem],
    scanner_factory: ScannerFactory,
) -> None:
    modems = [null_modem_factory(f"m{i}") for i in range(3)]
    pairs = [scanner_factory(modem.scanner_end) for modem in modems]
    qtbot.wait_until(lambda: all(rec.states == ["connected"] for _, rec in pairs))

    devices = [modem.open_device() for modem in modems]
    try:
        for round_ in range(50):
            for i, device in enumerate(devices):
                device.write(f"S{i}-{round_}\r".encode())
        qtbot.wait_until(lambda: all(len(rec.scans) == 50 for _, rec in pairs))
    finally:
        for device in devices:
            device.close()

    for i, (modem, (_, rec)) in enumerate(zip(modems, pairs, strict=True)):
        assert rec.texts == [f"S{i}-{r}" for r in range(50)]
        assert {scan.source for scan in rec.scans} == {f"serial:{modem.scanner_end}"}


class TestDiscovery:
    def test_list_serial_ports_returns_plain_port_infos(self) -> None:
        ports = list_serial_ports()
        assert isinstance(ports, list)
        for port in ports:
            assert isinstance(port, PortInfo)
            assert isinstance(port.device, str)
            assert port.device
            assert isinstance(port.description, str)
            assert isinstance(port.hwid, str)
        devices = [port.device for port in ports]
        assert devices == sorted(set(devices))

    def test_list_serial_ports_fills_missing_fields_and_sorts(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        usb = ListPortInfo("/dev/ttyUSB0", skip_link_detection=True)
        usb.description = "Honeywell 1900"
        usb.hwid = "USB VID:PID=0C2E:0B61"
        bare = ListPortInfo("/dev/ttyACM0", skip_link_detection=True)
        bare.description = None
        bare.hwid = None
        monkeypatch.setattr(list_ports, "comports", lambda include_links=False: [usb, bare])

        assert list_serial_ports() == [
            PortInfo("/dev/ttyACM0", "n/a", "n/a"),
            PortInfo("/dev/ttyUSB0", "Honeywell 1900", "USB VID:PID=0C2E:0B61"),
        ]


def test_settings_source_names_the_port() -> None:
    settings = SerialSettings(port="/dev/ttyUSB0", framing=FramingConfig(terminator="CRLF"))
    assert settings.source == "serial:/dev/ttyUSB0"


@pytest.mark.parametrize(
    "kwargs",
    [{"port": ""}, {"baudrate": 0}, {"bytesize": 9}, {"parity": "X"}, {"stopbits": 3}],
)
def test_settings_reject_impossible_line_settings(kwargs: dict[str, object]) -> None:
    values: dict[str, object] = {"port": "/dev/ttyUSB0", **kwargs}
    with pytest.raises(ValueError, match="must"):
        SerialSettings(**values)  # type: ignore[arg-type]
