"""An electronic scale on a serial port (RS-232 / USB virtual COM), read off the GUI thread.

Same shape as ``serial_scanner``: a plain Python thread reads the port, frames the bytes
(``framing.FrameSplitter``), parses each frame (``scale_frames.parse_frame``) and emits the
readings; when the device goes away it reports ``"disconnected"`` and reopens it by itself.
Polled scales get their request on a timer inside the same thread; zero and tare commands
are queued and written by the thread, so the port is only ever touched there.
"""

from __future__ import annotations

import logging
import os
import queue
import time
from dataclasses import dataclass
from typing import Any

import serial

from PySide6.QtCore import QObject, Signal

from counter_app.hardware.framing import FrameSplitter, FramingConfig
from counter_app.hardware.scale_frames import (
    PROTOCOLS,
    ScaleProtocol,
    StabilityJudge,
    custom_protocol,
    parse_frame,
)
from counter_app.hardware.serial_line import SerialLineReader
from counter_app.hardware.serial_scanner import SerialSettings

log = logging.getLogger(__name__)

_READ_TIMEOUT_S = 0.02


@dataclass(frozen=True)
class ScaleSettings:
    """Where the scale is, how it talks, and how often to ask a polled one.

    Attributes:
        line: port and line settings (the framing inside is derived from the protocol).
        protocol: how frames look and which commands the scale knows.
        poll_ms: how often a polled scale is asked (ignored for streaming scales).
        settle_count: equal readings in a row that make a stable one, for protocols without
            a stability flag.
    """

    line: SerialSettings
    protocol: ScaleProtocol
    poll_ms: int = 200
    settle_count: int = 3

    @property
    def source(self) -> str:
        """``"scale:<port>"``."""
        return f"scale:{self.line.port}"


def scale_settings_from(entry: dict[str, Any]) -> ScaleSettings:
    """Build ScaleSettings from a stored preference dict (``ui.settings.Preferences.scale``).

    Keys: port, baudrate, bytesize, parity, stopbits, protocol (a ``PROTOCOLS`` key or
    ``"custom"``), pattern, unit, request, poll_ms, settle_count. ``request`` overrides the
    protocol's; ``\\r`` and ``\\n`` in it are written as escapes.

    Raises:
        ValueError: the entry cannot describe a usable scale.
    """
    key = str(entry.get("protocol", "ascii"))
    request = _unescape(str(entry.get("request", "")))
    if key == "custom":
        protocol = custom_protocol(
            str(entry.get("pattern", "")),
            default_unit=str(entry.get("unit", "kg")) or "kg",
            request=request,
        )
    elif key in PROTOCOLS:
        protocol = PROTOCOLS[key]
        if request:
            protocol = ScaleProtocol(**{**_fields(protocol), "request": request})
    else:
        raise ValueError(f"unknown scale protocol {key!r}")
    line = SerialSettings(
        port=str(entry.get("port", "")),
        baudrate=int(entry.get("baudrate", 9600)),
        bytesize=int(entry.get("bytesize", 8)),
        parity=str(entry.get("parity", "N")),
        stopbits=float(entry.get("stopbits", 1)),
        framing=FramingConfig(terminator=protocol.terminator, max_length=128),
        name=str(entry.get("name", "")),
    )
    poll_ms = int(entry.get("poll_ms", 200))
    if poll_ms < 20:
        raise ValueError("poll_ms must be at least 20")
    settle = int(entry.get("settle_count", 3))
    if settle < 1:
        raise ValueError("settle_count must be at least 1")
    return ScaleSettings(line=line, protocol=protocol, poll_ms=poll_ms, settle_count=settle)


def _fields(protocol: ScaleProtocol) -> dict[str, Any]:
    return {
        name: getattr(protocol, name)
        for name in protocol.__dataclass_fields__
        if not name.startswith("_")
    }


def _unescape(text: str) -> bytes:
    return text.replace("\\r", "\r").replace("\\n", "\n").encode("latin-1", "replace")


class SerialScale(SerialLineReader):
    """Reads one scale in a background thread and emits its readings (the thread, its
    states and reconnecting are ``serial_line.SerialLineReader``'s).

    Signals:
        weighed(ScaleReading): every reading parsed, stable or not (delivered queued).
        frame_seen(bytes, bool): every frame, and whether it parsed (the live test area).
        state_changed(str): ``"connected"``, ``"disconnected"`` or ``"error: <message>"``.

    Attributes:
        settings: the scale's settings.
        frames: frames received so far; ``misread``: frames that did not parse.
    """

    weighed = Signal(object)
    frame_seen = Signal(bytes, bool)

    def __init__(self, settings: ScaleSettings, parent: QObject | None = None) -> None:
        """Create a stopped scale reader."""
        super().__init__(settings.line.port, settings.source,
                         settings.line.reconnect_interval_ms, parent)
        self.settings = settings
        self.frames = 0
        self.misread = 0
        self._commands: queue.SimpleQueue[bytes] = queue.SimpleQueue()

    def zero(self) -> bool:
        """Queue the zero command; False when the protocol has none."""
        return self._queue(self.settings.protocol.zero)

    def tare(self) -> bool:
        """Queue the tare command; False when the protocol has none."""
        return self._queue(self.settings.protocol.tare_command)

    def _queue(self, command: bytes) -> bool:
        if not command:
            return False
        self._commands.put(command)
        return True

    def _connect(self) -> Any:
        line = self.settings.line
        return serial.serial_for_url(
            line.port,
            baudrate=line.baudrate,
            bytesize=line.bytesize,
            parity=line.parity,
            stopbits=line.stopbits,
            timeout=_READ_TIMEOUT_S,
            write_timeout=1,
        )

    def _read_until_lost(self, port: Any) -> None:
        settings = self.settings
        protocol = settings.protocol
        splitter = FrameSplitter(settings.line.framing)
        judge = StabilityJudge(protocol, settings.settle_count)
        path = settings.line.port if settings.line.port.startswith("/") else None
        poll_s = settings.poll_ms / 1000.0
        next_poll = time.monotonic()
        while not self._stop.is_set():
            try:
                while not self._commands.empty():
                    port.write(self._commands.get_nowait())
                if protocol.polled and time.monotonic() >= next_poll:
                    port.write(protocol.request)
                    next_poll = time.monotonic() + poll_s
                data = port.read(port.in_waiting or 1)
            except (serial.SerialException, OSError) as exc:
                log.info("%s lost: %s", settings.source, exc)
                return
            if data:
                for frame in splitter.feed(data, time.monotonic()):
                    self.frames += 1
                    reading = parse_frame(protocol, frame)
                    self.frame_seen.emit(frame, reading is not None)
                    if reading is None:
                        self.misread += 1
                        continue
                    self.weighed.emit(judge.judge(reading))
            elif path is not None and not os.path.exists(path):
                log.info("%s lost: %s no longer exists", settings.source, path)
                return


class ScaleHub(QObject):
    """This PC's scale (at most one), configured from a preference dict; made by main.py.

    Signals:
        weighed(ScaleReading): every reading (GUI thread).
        frame_seen(bytes, bool): every frame and whether it parsed.
        state_changed(str): ``""`` (none configured), ``"connected"``, ``"disconnected"``,
            ``"error: …"``.
    """

    weighed = Signal(object)
    frame_seen = Signal(bytes, bool)
    state_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        """No scale until ``apply()``."""
        super().__init__(parent)
        self.scale: SerialScale | None = None

    @property
    def state(self) -> str:
        """The scale's last state, ``""`` when none is configured."""
        return self.scale.state if self.scale is not None else ""

    @staticmethod
    def check(entry: dict[str, Any]) -> None:
        """Raise ValueError when ``entry`` cannot be used."""
        scale_settings_from(entry)

    def apply(self, entry: dict[str, Any] | None) -> str:
        """(Re)start the scale from ``entry`` (None or no port: no scale); returns a problem."""
        self.stop()
        if not entry or not entry.get("port"):
            self.state_changed.emit("")
            return ""
        try:
            settings = scale_settings_from(entry)
        except (ValueError, TypeError) as exc:
            self.state_changed.emit(f"error: {exc}")
            return str(exc)
        scale = SerialScale(settings, parent=self)
        scale.weighed.connect(self.weighed)
        scale.frame_seen.connect(self.frame_seen)
        scale.state_changed.connect(self.state_changed)
        self.scale = scale
        scale.start()
        return ""

    def zero(self) -> bool:
        """Zero the scale; False when there is none or it has no zero command."""
        return self.scale.zero() if self.scale is not None else False

    def tare(self) -> bool:
        """Tare the scale; False when there is none or it has no tare command."""
        return self.scale.tare() if self.scale is not None else False

    def stop(self) -> None:
        """Stop the scale's thread."""
        scale, self.scale = self.scale, None
        if scale is not None:
            scale.state_changed.disconnect()
            scale.stop()
            scale.deleteLater()
