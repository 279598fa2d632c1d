"""One serial device read in a background thread, reopened by itself when it comes back.

The scanner (``serial_scanner``) and the scale (``scale``) share this life cycle: a plain
Python thread opens the port, reads until the device goes away, reports ``"disconnected"``,
waits, and opens it again; ``stop()`` ends it within one read timeout. Subclasses say how to
open their port (``_connect``) and what to do with its bytes (``_read_until_lost``).
"""

from __future__ import annotations

import errno
import logging
import threading
from typing import Any

import serial

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

_ABSENT_ERRNOS = frozenset({errno.ENOENT, errno.ENODEV, errno.ENXIO})


class SerialLineReader(QObject):
    """The reader thread and its states.

    Signals:
        state_changed(str): ``"connected"``, ``"disconnected"`` or ``"error: <message>"``,
            emitted only when the state changes (from the reader thread, delivered queued).
    """

    state_changed = Signal(str)

    def __init__(self, port: str, source: str, retry_ms: int,
                 parent: QObject | None = None) -> None:
        """A stopped reader of ``port``; ``source`` names it in logs and states."""
        super().__init__(parent)
        self._port_name = port
        self._source = source
        self._retry_s = retry_ms / 1000.0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._state = ""  # not started: the first outcome is always reported

    @property
    def state(self) -> str:
        """The last state emitted, ``""`` before the first (set by the reader thread)."""
        return self._state

    def is_running(self) -> bool:
        """Return whether the reader thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start the reader thread; it opens the port and keeps it open. No-op if running."""
        if self.is_running():
            return
        self._stop.clear()
        self._state = ""
        self._thread = threading.Thread(target=self._run, name=f"{self._source}",
                                        daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 2.0) -> None:
        """Stop the reader thread, close the port and wait for the thread to end.

        Returns within about one read timeout. What was already emitted may still wait in
        the receiver's event queue and is delivered afterwards.
        """
        thread = self._thread
        if thread is None:
            return
        self._stop.set()
        thread.join(timeout_s)
        if thread.is_alive():
            log.error("reader thread for %s did not stop", self._port_name)
            return
        self._thread = None

    # --- for subclasses ---------------------------------------------------------------
    def _connect(self) -> Any:
        """Open and return the port (``serial.serial_for_url``); raise as pyserial does."""
        raise NotImplementedError

    def _read_until_lost(self, port: Any) -> None:
        """Read until ``self._stop`` is set or the device goes away (then return)."""
        raise NotImplementedError

    # --- reader thread ----------------------------------------------------------------
    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            log.info("%s: %s", self._source, state)
            self.state_changed.emit(state)

    def _run(self) -> None:
        try:
            self._loop()
        except Exception as exc:  # the thread must not die silently
            log.exception("%s failed", self._source)
            self._set_state(f"error: {exc}")

    def _loop(self) -> None:
        while not self._stop.is_set():
            port = self._open()
            if port is None:
                if self._stop.wait(self._retry_s):
                    break
                continue
            try:
                self._set_state("connected")
                self._read_until_lost(port)
            finally:
                close_quietly(port)
            if not self._stop.is_set():
                self._set_state("disconnected")
                # Wait before reopening: a vanishing device may still be listed for a moment.
                self._stop.wait(self._retry_s)
        if self._state == "connected":
            self._set_state("disconnected")

    def _open(self) -> Any:
        try:
            return self._connect()
        except ValueError as exc:
            # Bad settings or an unknown URL scheme: reported once (state changes only);
            # the quiet retries that follow cost little and need no special case.
            self._set_state(f"error: {exc}")
        except (serial.SerialException, OSError) as exc:
            self._set_state("disconnected" if is_absent(exc) else f"error: {exc}")
        return None


def is_absent(exc: BaseException) -> bool:
    """Whether an open failed because the device is not there (as opposed to refused)."""
    if getattr(exc, "errno", None) in _ABSENT_ERRNOS:
        return True
    text = str(exc)
    return "FileNotFoundError" in text or "No such file" in text


def close_quietly(port: Any) -> None:
    """Close ``port``; a failure is logged, not raised (the device may be gone)."""
    try:
        port.close()
    except (serial.SerialException, OSError) as exc:
        log.info("closing %s failed: %s", getattr(port, "port", port), exc)
