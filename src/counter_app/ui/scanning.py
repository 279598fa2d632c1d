"""The one scan gateway (issue 3 §1): devices → judged scans → the active workspace, with cues.

Serial scanners and the keyboard-wedge detector (``counter_app.hardware``) emit RawScans; the
gateway has each judged and journalled by ``ScanService`` (SC-2, SC-3) and emits
``code_scanned`` for accepted ones. Workspaces never read devices themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QApplication

from counter_app.domain.scanning import RawScan, ScanOutcome
from counter_app.domain.storage import StorageUnavailable
from counter_app.services.scanning import ScanResult, ScanService
from counter_app.ui.settings import Preferences


class ScannerHubPort(Protocol):
    """What the UI needs of ``counter_app.hardware.hub.ScannerHub`` (made by main.py)."""

    raw_scanned: SignalInstance
    states_changed: SignalInstance
    keys_observed: SignalInstance
    states: dict[str, str]

    def apply(
        self,
        serial_entries: list[dict[str, Any]],
        *,
        wedge_enabled: bool,
        wedge_max_gap_ms: float,
        wedge_min_length: int,
    ) -> list[str]:
        """(Re)start the scanners."""
        ...

    def stop(self) -> None:
        """Stop them."""
        ...

    def ports(self) -> list[Any]:
        """The machine's serial ports (objects with ``device`` and ``description``)."""
        ...

    def check_serial_entry(self, entry: dict[str, Any]) -> None:
        """Raise ValueError when ``entry`` cannot be used."""
        ...


class Cues:
    """Distinct sounds for accepted / rejected / duplicate (issue 3 §4).

    The system beep is what every PC has: one beep = accepted, two = duplicate, three quick
    beeps = rejected, so a clerk need not look at the screen. ``beep`` is replaceable in tests.
    """

    PATTERN: ClassVar[dict[ScanOutcome, int]] = {
        ScanOutcome.ACCEPTED: 1,
        ScanOutcome.DUPLICATE: 2,
        ScanOutcome.REJECTED: 3,
    }
    GAP_MS = 140

    def __init__(self, beep: Callable[[], None] = QApplication.beep) -> None:
        """Use ``beep`` for one tone."""
        self._beep = beep

    def play(self, outcome: ScanOutcome) -> None:
        """Play the outcome's pattern without blocking the event loop."""
        for i in range(self.PATTERN[outcome]):
            if i == 0:
                self._beep()
            else:
                QTimer.singleShot(i * self.GAP_MS, self._beep)


class ScanGateway(QObject):
    """Judges every raw read and hands accepted codes to whoever listens (the main window).

    Signals:
        scan_judged(ScanResult): every read, with its outcome (feedback, the live test area).
        code_scanned(ScanEvent): one per accepted barcode, after it is journalled (SC-3).
    """

    scan_judged = Signal(object)
    code_scanned = Signal(object)
    scan_not_stored = Signal(object, object)  # (RawScan, StorageUnavailable)

    def __init__(self, service: ScanService, parent: QObject | None = None) -> None:
        """Use ``service`` to judge and journal."""
        super().__init__(parent)
        self._service = service

    def process(self, raw: RawScan) -> ScanResult | None:
        """Judge ``raw``; emit scan_judged, and code_scanned when accepted.

        A read that could not be journalled (database unreachable, disk full, locked) is not
        acknowledged (SC-3, issue 12 §6): ``scan_not_stored`` tells the clerk to scan again.
        """
        try:
            result = self._service.process(raw)
        except StorageUnavailable as err:
            self.scan_not_stored.emit(raw, err)
            return None
        self.scan_judged.emit(result)
        if result.event is not None:
            self.code_scanned.emit(result.event)
        return result


class ScannerManager(QObject):
    """Configures this PC's scanner hub from Preferences and feeds the gateway.

    Signals:
        states_changed(dict): source → "connected" / "disconnected" / "error: …".
    """

    states_changed = Signal(object)

    def __init__(
        self,
        hub: ScannerHubPort,
        gateway: ScanGateway,
        prefs: Preferences,
        parent: QObject | None = None,
    ) -> None:
        """Nothing starts until ``apply()``."""
        super().__init__(parent)
        self.hub = hub
        self._prefs = prefs
        hub.raw_scanned.connect(gateway.process)
        hub.states_changed.connect(self.states_changed)

    @property
    def states(self) -> dict[str, str]:
        """The scanners' last known states."""
        return self.hub.states

    def apply(self, service: ScanService) -> list[str]:
        """(Re)start the scanners from the preferences; returns problems with entries."""
        service.guard.window_s = self._prefs.duplicate_window_s
        return self.hub.apply(
            self._prefs.serial_scanners,
            wedge_enabled=self._prefs.wedge_enabled,
            wedge_max_gap_ms=self._prefs.wedge_max_gap_ms,
            wedge_min_length=self._prefs.wedge_min_length,
        )

    def stop(self) -> None:
        """Stop every scanner."""
        self.hub.stop()
