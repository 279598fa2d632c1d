"""Telling the customer in the background (issue 20), never on the GUI thread:

* ``NoticeSender`` — every minute while someone is logged in, one pass of the sender
  (``NotifyService.run_once``) on the desk's worker thread;
* ``ReplyReader`` — on the PC that holds the provider's key, a thread of its own that
  long-polls the provider's reply queue (``NotifyService.read_replies``): a reply is stored the
  moment it arrives instead of waiting for the minute, and the long wait never holds the desk's
  one worker thread. The sender's minute tick starts it when the station configures a queue and
  this PC has the key; it ends by itself when that is no longer so, and at logout.
"""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QObject, QTimer, Signal

from counter_app.services.app import AppServices
from counter_app.services.notify import SendSummary
from counter_app.ui.tasks import run_in_background

log = logging.getLogger(__name__)

SEND_EVERY_MS = 60_000
WAIT_SECONDS = 20
"""The long poll (Aliyun MNS allows up to 30 seconds)."""
PAUSE_SECONDS = 30.0
"""After a queue or storage fault, wait this long before reading again."""


class ReplyReader(QObject):
    """Reads the provider's reply and receipt queues on its own thread (see the module)."""

    read = Signal(object)
    """An ``InboxSummary`` after each pass, or the exception a pass ended with."""

    def __init__(self, services: AppServices, parent: QObject | None = None, *,
                 wait_seconds: int = WAIT_SECONDS, pause: float = PAUSE_SECONDS) -> None:
        """Not running until ``start``."""
        super().__init__(parent)
        self._services = services
        self._wait = wait_seconds
        self._pause = pause
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.destroyed.connect(self._stop.set)

    def running(self) -> bool:
        """Whether the reading thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> bool:
        """Start reading if this PC should (a queue configured, the key here); True if it
        reads now."""
        if self.running():
            return True
        if not self._services.notify.reads_replies():
            return False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, args=(self._stop,),
                                        name="sms-replies", daemon=True)
        self._thread.start()
        return True

    def stop(self) -> None:
        """Stop after the current long poll (the GUI never waits for it)."""
        self._stop.set()

    def _loop(self, stop: threading.Event) -> None:
        notify = self._services.notify
        while not stop.is_set():
            started = time.monotonic()
            try:
                result: object = notify.read_replies(self._wait)
            except Exception as err:  # a storage fault: say it, wait, try again
                log.warning("reading SMS replies: %s", type(err).__name__)
                result = err
            if stop.is_set():
                return
            try:
                self.read.emit(result)
            except RuntimeError:  # the desk is gone
                return
            if getattr(result, "idle", False):
                return  # no longer this PC's job; the sender's tick starts it again
            if isinstance(result, Exception) or str(getattr(result, "error", "")):
                stop.wait(self._pause)
            elif time.monotonic() - started < 1.0 and not any(
                    getattr(result, name, 0) for name in ("replies", "duplicates", "receipts",
                                                          "unreadable")):
                stop.wait(1.0)  # a queue that answers "empty" at once: do not spin


class NoticeSender(QObject):
    """Runs ``NotifyService.run_once`` on the worker thread every minute while someone is
    logged in; a provider fault never reaches the clerk (the notice says it). Also keeps the
    ``ReplyReader`` running on the PC that should read replies."""

    ran = Signal(object)

    def __init__(self, services: AppServices, parent: QObject | None = None) -> None:
        """Not running until ``start``."""
        super().__init__(parent)
        self._services = services
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(SEND_EVERY_MS)
        self._timer.timeout.connect(self.run_now)
        self.replies = ReplyReader(services, self)

    def start(self) -> None:
        """Every minute from now; replies read from now on this PC if it holds the key."""
        self._timer.start()
        self._start_replies()

    def stop(self) -> None:
        """No more runs (logout)."""
        self._timer.stop()
        self.replies.stop()

    def run_now(self) -> None:
        """One pass, unless the last one is still running."""
        self._start_replies()
        if self._busy:
            return
        self._busy = True
        run_in_background(self._services.notify.run_once, self._done, self._failed)

    def _start_replies(self) -> None:
        try:
            self.replies.start()
        except Exception as err:  # a storage fault: the next minute tries again
            log.warning("SMS reply reader not started: %s", type(err).__name__)

    def _done(self, summary: SendSummary) -> None:
        self._busy = False
        self.ran.emit(summary)

    def _failed(self, err: BaseException) -> None:
        self._busy = False  # a storage fault: the next minute tries again
        self.ran.emit(err)
