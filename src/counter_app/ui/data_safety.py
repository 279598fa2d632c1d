"""Watching over the data while the desk works (issue 12 §1, §6).

``DatabaseWatch`` checks the database off the GUI thread every few seconds and tells the status
bar when it is away and when it is back. ``DailyBackups`` takes the day's automatic backup in a
worker thread while the clerks go on working, then rotates the old copies.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from counter_app.domain.errors import DomainError
from counter_app.domain.storage import StorageProblem, StorageUnavailable
from counter_app.services.backups import BackupPolicy, BackupRun, BackupService

log = logging.getLogger(__name__)


class DatabaseWatch(QObject):
    """Pings the database in a worker thread; reports changes of reachability.

    Signals:
        state_changed(object): a StorageProblem, or None when the database is fine again.
    """

    state_changed = Signal(object)
    _checked = Signal(object)

    def __init__(
        self, check: Callable[[], None], *, interval_ms: int = 10_000,
        parent: QObject | None = None,
    ) -> None:
        """``check`` raises StorageUnavailable when the database cannot be used."""
        super().__init__(parent)
        self._check = check
        self.problem: StorageProblem | None = None
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check_now)
        self._checked.connect(self._on_checked)

    def start(self) -> None:
        """Check now and then every interval."""
        self._timer.start()
        self.check_now()

    def stop(self) -> None:
        """Stop checking."""
        self._timer.stop()

    def check_now(self) -> None:
        """Start one check in the background (at most one at a time)."""
        if self._busy:
            return
        self._busy = True
        threading.Thread(target=self._run, name="database-watch", daemon=True).start()

    def report(self, err: StorageUnavailable) -> None:
        """A failure seen elsewhere (a scan, a save): show it now; the next check says when
        it is over."""
        self._show(err.problem)

    def _run(self) -> None:
        problem: StorageProblem | None = None
        try:
            self._check()
        except StorageUnavailable as err:
            problem = err.problem
        except Exception:  # an unexpected fault is not a reachability answer; log it
            log.exception("database check failed")
            problem = StorageProblem.OTHER
        self._checked.emit(problem)

    def _on_checked(self, problem: object) -> None:
        self._busy = False  # only a check's own answer ends the check
        self._show(problem if isinstance(problem, StorageProblem) else None)

    def _show(self, value: StorageProblem | None) -> None:
        if value is not self.problem:
            if value is None:
                log.info("database reachable again")
            else:
                log.warning("database problem: %s", value.value)
            self.problem = value
            self.state_changed.emit(value)


class DailyBackups(QObject):
    """Takes the day's automatic backup in a worker thread (SQLite stations only).

    Signals:
        finished(object): a BackupRun, the DomainError that stopped it, or None (not due).
    """

    finished = Signal(object)

    def __init__(
        self, service: BackupService, policy: Callable[[], BackupPolicy], *,
        interval_ms: int = 3_600_000, parent: QObject | None = None,
    ) -> None:
        """``policy`` is read each time (the settings page may change it)."""
        super().__init__(parent)
        self._service = service
        self._policy = policy
        self._running = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.run_if_due)
        self.finished.connect(self._done)

    def start(self, first_delay_ms: int = 60_000) -> None:
        """First check after ``first_delay_ms`` (let the desk start), then every interval."""
        self._timer.start()
        QTimer.singleShot(first_delay_ms, self.run_if_due)

    def stop(self) -> None:
        """No more automatic backups."""
        self._timer.stop()

    def run_if_due(self) -> bool:
        """Start today's backup in the background when it is due; True if started."""
        policy = self._policy()
        if self._running or not self._service.daily_due(policy):
            return False
        self._running = True
        threading.Thread(target=self._run, args=(policy,), name="daily-backup",
                         daemon=True).start()
        return True

    def _run(self, policy: BackupPolicy) -> None:
        result: BackupRun | DomainError | None
        try:
            result = self._service.daily_if_due(policy)
        except DomainError as err:
            result = err
        self.finished.emit(result)

    def _done(self, result: object) -> None:
        self._running = False
        if isinstance(result, DomainError):
            log.warning("the daily backup failed: %s", result)
        elif isinstance(result, BackupRun):
            log.info("daily backup %s; removed %d old copies", result.path.name,
                     len(result.removed))
