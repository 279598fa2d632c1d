"""Hand printer-language bytes (TSPL, ZPL, ESC/POS) to a printer without a dialog (issue 17 §2).

Three ways to reach a printer, written as one target text each:

- ``tcp:HOST:PORT`` — a network printer's raw port (9100, "JetDirect");
- ``queue:NAME`` — a system print queue, raw (``lp -d NAME -o raw``; on Windows a shared
  queue is reached by its device file instead, e.g. ``file://HOST/NAME``);
- ``file:PATH`` — a device file (``/dev/usb/lp0``, a serial port, ``COM3``) or any file.

Jobs run one after the other in one worker thread (``RawPrintQueue``), so rendering and slow
printers never block the GUI and two documents never interleave on one printer.
"""

from __future__ import annotations

import logging
import queue
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

SEND_TIMEOUT_S = 10.0


class PrintFailed(Exception):
    """The bytes did not reach the printer; ``str()`` says why in a few words."""


@dataclass(frozen=True)
class PrinterTarget:
    """Where raw bytes go: ``kind`` is ``tcp``, ``queue`` or ``file``."""

    kind: str
    address: str
    port: int = 9100

    def __str__(self) -> str:
        """The target as typed in the settings."""
        if self.kind == "tcp":
            return f"tcp:{self.address}:{self.port}"
        return f"{self.kind}:{self.address}"


def parse_target(text: str) -> PrinterTarget:
    """Read a target as typed in the settings (see the module docstring).

    Raises:
        ValueError: not one of the three forms.
    """
    kind, _, rest = text.strip().partition(":")
    kind = kind.lower()
    if not rest:
        raise ValueError(f"no printer address in {text!r}")
    if kind == "tcp":
        host, _, port = rest.rpartition(":")
        if not host:
            host, port = rest, "9100"
        if not port.isdigit() or not 0 < int(port) < 65536:
            raise ValueError(f"bad port in {text!r}")
        return PrinterTarget("tcp", host.strip("[]"), int(port))
    if kind in ("queue", "file"):
        return PrinterTarget(kind, rest)
    raise ValueError(f"unknown printer connection {kind!r}")


def send_raw(data: bytes, target: PrinterTarget, timeout_s: float = SEND_TIMEOUT_S) -> None:
    """Write ``data`` to the printer and return when it has taken all of it.

    Raises:
        PrintFailed: the printer could not be reached or refused the data.
    """
    try:
        if target.kind == "tcp":
            with socket.create_connection((target.address, target.port), timeout=timeout_s) as s:
                s.sendall(data)
                s.shutdown(socket.SHUT_WR)
        elif target.kind == "file":
            with open(target.address, "ab", buffering=0) as device:
                device.write(data)
        elif target.kind == "queue":
            lp = shutil.which("lp")
            if lp is None:
                raise PrintFailed("no lp command (CUPS) on this PC")
            done = subprocess.run(
                [lp, "-d", target.address, "-o", "raw", "-s", "-"],
                input=data, capture_output=True, timeout=timeout_s, check=False,
            )
            if done.returncode != 0:
                message = done.stderr.decode(errors="replace").strip() or "lp failed"
                raise PrintFailed(message)
        else:
            raise PrintFailed(f"unknown target kind {target.kind!r}")
    except PrintFailed:
        raise
    except (OSError, subprocess.SubprocessError) as exc:
        raise PrintFailed(str(exc) or type(exc).__name__) from exc


@dataclass(frozen=True)
class PrintOutcome:
    """How one job ended.

    Attributes:
        job: the caller's job description (passed through untouched).
        ok: the printer took every byte.
        error: why not, when not ok.
        size: bytes sent.
        render_ms: time to make the bytes; ``handed_at``: ``time.perf_counter()`` when the
            printer had them.
    """

    job: object
    ok: bool
    error: str = ""
    size: int = 0
    render_ms: float = 0.0
    handed_at: float = 0.0


class RawPrintQueue(QObject):
    """One worker thread that renders and sends raw print jobs in order.

    Signals:
        finished(PrintOutcome): a job ended (delivered queued to the receiver's thread).
    """

    finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        """The thread starts with the first job."""
        super().__init__(parent)
        self._jobs: queue.SimpleQueue[tuple[object, Callable[[], bytes], PrinterTarget] | None]
        self._jobs = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, job: object, render: Callable[[], bytes], target: PrinterTarget) -> None:
        """Render with ``render()`` and send to ``target`` in the worker thread."""
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="raw-print", daemon=True)
                self._thread.start()
        self._jobs.put((job, render, target))

    def stop(self, timeout_s: float = 5.0) -> None:
        """Finish the queued jobs, then end the thread."""
        thread = self._thread
        if thread is None:
            return
        self._jobs.put(None)
        thread.join(timeout_s)
        self._thread = None

    def _run(self) -> None:
        while (item := self._jobs.get()) is not None:
            job, render, target = item
            started = time.perf_counter()
            try:
                data = render()
                rendered = time.perf_counter()
                send_raw(data, target)
            except PrintFailed as exc:
                log.warning("raw print to %s failed: %s", target, exc)
                self.finished.emit(PrintOutcome(job, ok=False, error=str(exc)))
                continue
            except Exception as exc:  # a rendering bug must not kill the print thread
                log.exception("raw print job failed")
                self.finished.emit(PrintOutcome(job, ok=False, error=str(exc)))
                continue
            self.finished.emit(PrintOutcome(
                job, ok=True, size=len(data), render_ms=(rendered - started) * 1000,
                handed_at=time.perf_counter()))


def target_exists(target: PrinterTarget) -> bool:
    """For a device file: whether it is there now (others are not checked)."""
    return target.kind != "file" or Path(target.address).exists()
