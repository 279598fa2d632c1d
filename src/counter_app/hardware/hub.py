"""All of this PC's scanners behind one object: serial readers plus the keyboard-wedge filter.

The UI never imports pyserial; the composition root (main.py) creates the hub and hands it to
the UI, which configures it with plain dicts from its preferences (SC-1).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from counter_app.hardware.discovery import PortInfo, list_serial_ports
from counter_app.hardware.framing import FRAMING_CHOICES, FramingConfig
from counter_app.hardware.serial_scanner import SerialScanner, SerialSettings
from counter_app.hardware.wedge import WedgeDetector, WedgeSettings

log = logging.getLogger(__name__)

def serial_settings_from(entry: dict[str, Any]) -> SerialSettings:
    """Build SerialSettings from a stored preference dict.

    Raises:
        ValueError: the entry cannot describe a usable port (empty port, bad line settings,
            silence-only framing without a gap, non-ASCII prefix/suffix).
    """
    terminator = str(entry.get("terminator", "ANY"))
    if terminator not in FRAMING_CHOICES:
        raise ValueError(f"unknown terminator {terminator!r}")
    gap = float(entry.get("gap_ms", 0) or 0) or None
    try:
        prefix = str(entry.get("prefix", "")).encode("ascii")
        suffix = str(entry.get("suffix", "")).encode("ascii")
    except UnicodeEncodeError:
        raise ValueError("prefix and suffix must be ASCII") from None
    framing = FramingConfig(
        terminator=None if terminator == "GAP" else terminator,  # type: ignore[arg-type]
        gap_ms=gap,
        prefix=prefix,
        suffix=suffix,
    )
    return SerialSettings(
        port=str(entry.get("port", "")),
        baudrate=int(entry.get("baudrate", 9600)),
        bytesize=int(entry.get("bytesize", 8)),
        parity=str(entry.get("parity", "N")),
        stopbits=float(entry.get("stopbits", 1)),
        framing=framing,
        name=str(entry.get("name", entry.get("port", ""))),
    )


class ScannerHub(QObject):
    """Owns the serial readers and the wedge detector; re-emits their reads.

    Signals:
        raw_scanned(RawScan): a read from any scanner (delivered in the GUI thread).
        states_changed(dict): source → "connected" / "disconnected" / "error: …" / "on" / "off".
        keys_observed(KeyTiming): every key the wedge detector looked at (live test area).
    """

    raw_scanned = Signal(object)
    states_changed = Signal(object)
    keys_observed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        """Nothing runs until ``apply()``."""
        super().__init__(parent)
        self.serial: list[SerialScanner] = []
        self.states: dict[str, str] = {}
        self.wedge = WedgeDetector(parent=self)
        self.wedge.raw_scanned.connect(self.raw_scanned)
        self.wedge.keys_observed.connect(self.keys_observed)

    @staticmethod
    def ports() -> list[PortInfo]:
        """The machine's serial ports."""
        return list_serial_ports()

    @staticmethod
    def check_serial_entry(entry: dict[str, Any]) -> None:
        """Raise ValueError when ``entry`` cannot be used."""
        serial_settings_from(entry)

    def apply(
        self,
        serial_entries: list[dict[str, Any]],
        *,
        wedge_enabled: bool,
        wedge_max_gap_ms: float,
        wedge_min_length: int,
    ) -> list[str]:
        """(Re)start every scanner; returns one problem per unusable serial entry."""
        self.stop()
        problems: list[str] = []
        self.wedge.settings = WedgeSettings(
            max_gap_ms=wedge_max_gap_ms, min_length=wedge_min_length
        )
        self.wedge.enabled = wedge_enabled
        self.wedge.install()
        self.states = {"wedge": "on" if wedge_enabled else "off"}
        for entry in serial_entries:
            try:
                settings = serial_settings_from(entry)
            except (ValueError, TypeError) as exc:
                problems.append(f"{entry.get('port', '?')}: {exc}")
                continue
            scanner = SerialScanner(settings, parent=self)
            scanner.raw_scanned.connect(self.raw_scanned)
            source = settings.source
            scanner.state_changed.connect(lambda state, s=source: self._state(s, state))
            self.states[source] = "starting"
            self.serial.append(scanner)
            scanner.start()
        self.states_changed.emit(dict(self.states))
        return problems

    def _state(self, source: str, state: str) -> None:
        if state == "disconnected":
            log.warning("scanner %s disconnected; reconnecting when it returns", source)
        self.states[source] = state
        self.states_changed.emit(dict(self.states))

    def stop(self) -> None:
        """Stop every serial reader (joins the threads) and remove the key filter."""
        for scanner in self.serial:
            scanner.state_changed.disconnect()  # a stopped scanner's last state is not news
            scanner.stop()
            scanner.deleteLater()
        self.serial.clear()
        self.wedge.uninstall()
