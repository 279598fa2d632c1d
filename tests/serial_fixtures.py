"""socat null-modem pairs (real raw-mode ptys) for serial scanner tests (SC-1)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import serial
from pytestqt.qtbot import QtBot

BAUD = 115200


class NullModem:
    """A socat pty pair: bytes written to ``device_end`` come out of ``scanner_end``.

    The scanner reads ``scanner_end``; the test plays the scanner hardware on
    ``device_end``. ``stop()`` makes both paths vanish, as an unplugged USB scanner does.
    """

    def __init__(self, folder: Path, qtbot: QtBot) -> None:
        self.device_end = folder / "ttyDEV"
        self.scanner_end = folder / "ttySCAN"
        self._qtbot = qtbot
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        assert self._proc is None
        self._proc = subprocess.Popen(
            [
                "socat",
                f"pty,raw,echo=0,link={self.device_end}",
                f"pty,raw,echo=0,link={self.scanner_end}",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._qtbot.wait_until(
            lambda: self.device_end.exists() and self.scanner_end.exists(), timeout=5000
        )

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        # socat removes its links on SIGTERM; make sure, so the path really vanishes.
        for link in (self.device_end, self.scanner_end):
            link.unlink(missing_ok=True)

    def open_device(self) -> serial.Serial:
        """Open the hardware end the way a scanner's UART would be: raw, 115200 8N1."""
        return serial.Serial(str(self.device_end), BAUD, timeout=1, write_timeout=10)


@pytest.fixture
def null_modem_factory(tmp_path: Path, qtbot: QtBot) -> Iterator[Callable[[str], NullModem]]:
    """Make started socat pairs in folders under ``tmp_path``; kills every one afterwards."""
    modems: list[NullModem] = []

    def make(name: str = "modem") -> NullModem:
        folder = tmp_path / name
        folder.mkdir()
        modem = NullModem(folder, qtbot)
        modems.append(modem)
        modem.start()
        return modem

    try:
        yield make
    finally:
        for modem in modems:
            modem.stop()


@pytest.fixture
def null_modem(null_modem_factory: Callable[[str], NullModem]) -> NullModem:
    """One started socat pty pair."""
    return null_modem_factory("modem")


