"""Slow work off the GUI thread (issue 15 item 1, house style F).

``run_in_background(fn, on_success, on_error)`` runs ``fn`` on one worker thread (a
``QThreadPool`` of one thread, so database writes are serialised as Anki's ``max_workers=1``)
and relays its result or exception to the GUI thread through a QObject's queued signals; the
callbacks therefore always run on the GUI thread, where widgets may be touched.

Anything still running after ``PROGRESS_AFTER_MS`` shows a progress dialog over ``parent``
(with 取消 when the task is ``cancellable``). A cancellable ``fn`` takes a :class:`TaskControl`
and should call ``control.check()`` between steps (raises :class:`Cancelled`) and may call
``control.report(done, total)``.

GUI tests make the facility synchronous (``synchronous(True)``, house style J, Picard's
``FakeThreadPool``); the responsiveness tests run it on the real thread.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from typing_extensions import override

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from counter_app.atomic import replace_atomic, temp_name

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

PROGRESS_AFTER_MS = 300


class Cancelled(Exception):
    """The clerk cancelled the task (raised by :meth:`TaskControl.check`)."""


class TaskControl:
    """What a running task may ask: was it cancelled; how far it is."""

    def __init__(self) -> None:
        """Not cancelled, no progress yet."""
        self._cancel = threading.Event()
        self._relay: _Relay | None = None

    def cancel(self) -> None:
        """Ask the task to stop at its next :meth:`check`."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """True once cancelled."""
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the clerk cancelled."""
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int) -> None:
        """Tell the progress dialog how far the task is (thread-safe)."""
        if self._relay is not None:
            self._relay.progressed.emit(done, total)


class _Relay(QObject):
    """Lives on the GUI thread; its signals are emitted from the worker (queued delivery)."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class Task(QObject):
    """One background call; keeps itself alive until its callbacks have run.

    Signals:
        finished(): after on_success or on_error has run (on the GUI thread).
    """

    finished = Signal()
    _running: set[Task] = set()  # noqa: RUF012 - keeps Python wrappers alive while queued

    def __init__(
        self,
        fn: Callable[..., Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
        *,
        parent: QWidget | None,
        label: str | None,
        cancellable: bool,
    ) -> None:
        """Prepare; :func:`run_in_background` starts it."""
        super().__init__()
        self.control = TaskControl()
        self._fn = fn
        self._cancellable = cancellable
        self._on_success = on_success
        self._on_error = on_error
        self._parent = parent
        self._label = label
        self._relay = _Relay()
        self.control._relay = self._relay
        self._relay.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._relay.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._dialog: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_progress)
        self.done = False
        self.started_at = 0.0
        self.seconds = 0.0

    def cancel(self) -> None:
        """Ask the task to stop (it ends with :class:`Cancelled`)."""
        self.control.cancel()

    def work(self) -> None:
        """The worker side: call fn, relay its result or exception."""
        try:
            result = self._call()
        except BaseException as err:
            self._relay.failed.emit(err)
        else:
            self._relay.succeeded.emit(result)

    def _call(self) -> Any:
        return self._fn(self.control) if self._cancellable else self._fn()

    def work_inline(self) -> None:
        """Synchronous mode: call fn and the callbacks right here."""
        try:
            result = self._call()
        except BaseException as err:
            self._failed(err)
        else:
            self._succeeded(result)

    def _show_progress(self) -> None:
        if self.done or self._parent is None:
            return
        dialog = QProgressDialog(self._parent)
        dialog.setObjectName("task_progress_dialog")
        dialog.setWindowTitle(translate("Tasks", "Please wait"))
        dialog.setLabelText(self._label or translate("Tasks", "Working…"))
        dialog.setRange(0, 0)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        if self._cancellable:
            dialog.setCancelButtonText(translate("Tasks", "Cancel"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        dialog.show()
        self._dialog = dialog

    def _progressed(self, done: int, total: int) -> None:
        if self._dialog is not None and total > 0:
            self._dialog.setRange(0, total)
            self._dialog.setValue(min(done, total))

    def _end(self) -> None:
        self.done = True
        self.seconds = time.perf_counter() - self.started_at
        self._timer.stop()
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    def _gone(self) -> bool:
        """The widget the task works for was deleted meanwhile (a logout replaces workspaces):
        its callbacks must not run."""
        if self._parent is not None and not shiboken6.isValid(self._parent):
            log.info("task finished after its widget was closed; result dropped")
            return True
        return False

    def _succeeded(self, result: object) -> None:
        self._end()
        try:
            if self._gone():
                return
            self._on_success(result)
        finally:
            Task._running.discard(self)
            self.finished.emit()

    def _failed(self, err: BaseException) -> None:
        self._end()
        try:
            if self._gone():
                return
            if self._on_error is not None:
                self._on_error(err)
            elif not isinstance(err, Cancelled):
                raise err
        finally:
            Task._running.discard(self)
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    @override
    def run(self) -> None:
        self._task.work()


_pool: QThreadPool | None = None
_synchronous = False


def pool() -> QThreadPool:
    """The one worker thread (created on first use)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)
    return _pool


def set_synchronous(on: bool) -> bool:
    """Run tasks inline on the calling thread (tests); returns the previous mode."""
    global _synchronous
    before, _synchronous = _synchronous, on
    return before


@contextmanager
def synchronous(on: bool = True) -> Iterator[None]:
    """Temporarily run tasks inline (or, with ``on=False``, on the real worker thread)."""
    before = set_synchronous(on)
    try:
        yield
    finally:
        set_synchronous(before)


def run_in_background(
    fn: Callable[..., Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    *,
    parent: QWidget | None = None,
    label: str | None = None,
    cancellable: bool = False,
    quiet: bool = False,
) -> Task:
    """Run ``fn`` on the worker thread; call ``on_success(result)`` or ``on_error(exc)`` on the
    GUI thread. ``fn`` takes a :class:`TaskControl` when ``cancellable``. Without ``on_error``
    an exception (other than :class:`Cancelled`) reaches ``sys.excepthook``. ``quiet`` tasks
    show no progress dialog (a list refreshing behind the clerk's work must not take the
    window's input away); ``parent`` still drops their result once it is closed."""
    task = Task(fn, on_success, on_error, parent=parent, label=label, cancellable=cancellable)
    Task._running.add(task)
    task.started_at = time.perf_counter()
    if _synchronous:
        task.work_inline()
        return task
    if not quiet:
        task._timer.start(PROGRESS_AFTER_MS)
    pool().start(_Runnable(task))
    return task


def settle_heap() -> None:
    """Move every object alive now (modules, widgets, services) out of the collector's reach.

    Called once the desk is built: a full collection then walks only what the day creates, so
    the collector's pauses, which hold the GIL and so stop the GUI thread while a worker renders
    a report, stay short (a 2,000-row report: 116 ms without, none over 50 ms with).
    """
    gc.collect()
    gc.freeze()


def wait_idle(timeout_ms: int = 30_000) -> bool:
    """Block until the worker is idle (shutdown and benchmarks only, never from a slot)."""
    return pool().waitForDone(timeout_ms)


def save_in_background(
    path: Path,
    write: Callable[[Path], object],
    on_saved: Callable[[Path], None],
    on_error: Callable[[BaseException], None],
    *,
    parent: QWidget | None = None,
    label: str | None = None,
) -> Task:
    """Write a file on the worker thread through a temporary file next to it, so a cancelled
    (取消) or failed export leaves nothing half-written; ``on_error`` gets :class:`Cancelled`
    when the clerk cancelled."""

    def run(control: TaskControl) -> Path:
        control.check()
        partial = temp_name(path)  # the one temporary-name rule (counter_app.atomic)
        try:
            write(partial)
            control.check()
            replace_atomic(partial, path)  # fsync, rename, fsync the folder (issue 12 §4)
        finally:
            partial.unlink(missing_ok=True)
        return path

    return run_in_background(run, on_saved, on_error, parent=parent,
                             label=label or translate("Tasks", "Saving {name}…").format(
                                 name=path.name), cancellable=True)
