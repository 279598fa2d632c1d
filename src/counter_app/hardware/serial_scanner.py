"""Serial (RS-232 / USB virtual COM) barcode scanner read off the GUI thread (SC-1)."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from typing import Any

import serial

from PySide6.QtCore import QObject, Signal

from counter_app.domain.scanning import RawScan
from counter_app.hardware.framing import FrameSplitter, FramingConfig
from counter_app.hardware.serial_line import SerialLineReader

log = logging.getLogger(__name__)

_PARITIES = frozenset("NEOMS")
_MAX_READ_TIMEOUT_S = 0.05
"""Upper bound on one blocking read, so ``stop()`` is seen within this time."""


@dataclass(frozen=True)
class SerialSettings:
    """Where a serial scanner is and how to talk to it (SC-1).

    Attributes:
        port: a device name (``/dev/ttyUSB0``, ``COM3``) or any pyserial URL (``loop://``).
        baudrate: line speed in baud.
        bytesize: data bits, 5 to 8.
        parity: ``"N"``, ``"E"``, ``"O"``, ``"M"`` or ``"S"``.
        stopbits: 1, 1.5 or 2.
        framing: how the byte stream is split into codes.
        name: a human name for the device, for settings screens and logs.
        reconnect_interval_ms: how long to wait between attempts to (re)open the port.
    """

    port: str
    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1
    framing: FramingConfig = field(default_factory=FramingConfig)
    name: str = ""
    reconnect_interval_ms: int = 1000

    def __post_init__(self) -> None:
        """Reject settings pyserial would refuse later, in a worker thread.

        Raises:
            ValueError: for an empty port or an out-of-range line setting.
        """
        if not self.port:
            raise ValueError("port must not be empty")
        if self.baudrate <= 0:
            raise ValueError(f"baudrate must be positive, got {self.baudrate!r}")
        if self.bytesize not in (5, 6, 7, 8):
            raise ValueError(f"bytesize must be 5..8, got {self.bytesize!r}")
        if self.parity not in _PARITIES:
            raise ValueError(f"parity must be one of N E O M S, got {self.parity!r}")
        if self.stopbits not in (1, 1.5, 2):
            raise ValueError(f"stopbits must be 1, 1.5 or 2, got {self.stopbits!r}")
        if self.reconnect_interval_ms <= 0:
            raise ValueError("reconnect_interval_ms must be positive")

    @property
    def source(self) -> str:
        """The ``RawScan.source`` for scans from this port, ``"serial:<port>"``."""
        return f"serial:{self.port}"


class SerialScanner(SerialLineReader):
    """Reads one serial scanner in a background thread and emits each framed code.

    The read loop runs in a plain Python thread; signals emitted from it reach receivers in
    other threads queued, so slots run in the receiver's (GUI) thread and never block the
    reads. The scanner reconnects by itself: when the device goes away it reports
    ``"disconnected"`` and retries every ``reconnect_interval_ms`` until it is back
    (``serial_line.SerialLineReader``).

    Several scanners at once are several instances, one thread each.

    Signals:
        raw_scanned(RawScan): one code as framed, before validation (SC-1). Nothing is
            acknowledged to the clerk here; that happens only after the scan is stored (SC-3).
        state_changed(str): ``"connected"``, ``"disconnected"`` or ``"error: <message>"``,
            emitted only when the state changes.

    Attributes:
        settings: the port settings this scanner was created with.
    """

    raw_scanned = Signal(object)

    def __init__(self, settings: SerialSettings, parent: QObject | None = None) -> None:
        """Create a stopped scanner.

        Args:
            settings: which port and how to frame its bytes.
            parent: the Qt parent. ``stop()`` must run before the parent deletes this object.
        """
        super().__init__(settings.port, f"scanner {settings.source}",
                         settings.reconnect_interval_ms, parent)
        self.settings = settings

    def _connect(self) -> Any:
        settings = self.settings
        framing = settings.framing
        timeout = _MAX_READ_TIMEOUT_S
        if framing.gap_ms is not None:
            # Read often enough to notice the end of a gap-framed code promptly.
            timeout = min(timeout, framing.gap_ms / 2000.0)
        # serial_for_url takes COM3, /dev/ttyUSB0 and loop:// alike (SC-1).
        return serial.serial_for_url(
            settings.port,
            baudrate=settings.baudrate,
            bytesize=settings.bytesize,
            parity=settings.parity,
            stopbits=settings.stopbits,
            timeout=timeout,
        )

    def _read_until_lost(self, port: Any) -> None:
        """Read and emit frames until stop() or the device goes away."""
        settings = self.settings
        source = settings.source
        splitter = FrameSplitter(settings.framing)
        path = settings.port if settings.port.startswith("/") else None
        emit = self.raw_scanned.emit
        while not self._stop.is_set():
            try:
                # Bulk reads: one byte at a time is ~10x slower on a busy line (probe §5).
                data = port.read(port.in_waiting or 1)
            except (serial.SerialException, OSError) as exc:
                log.info("scanner %s lost: %s", source, exc)
                return
            now = time.monotonic()
            # Frames completed by silence arrived when their last byte did, not now.
            silent_at = splitter.last_data_at
            for frame in splitter.flush_if_silent(now):
                emit(_raw_scan(source, frame, silent_at if silent_at is not None else now))
            if data:
                for frame in splitter.feed(data, now):
                    emit(_raw_scan(source, frame, now))
            elif path is not None and not os.path.exists(path):
                # Some drivers keep a vanished device's fd quiet instead of failing reads.
                log.info("scanner %s lost: %s no longer exists", source, path)
                return


def _raw_scan(source: str, frame: bytes, received_at: float) -> RawScan:
    # latin-1 maps every byte, so decoding never fails; validation rejects junk (SC-2).
    return RawScan(source=source, raw=frame, text=frame.decode("latin-1"), received_at=received_at)
