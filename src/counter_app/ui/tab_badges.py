"""The F6 tab's count while the 客服 workspace is not built yet (issue 18 §4, CS-2).

The window builds a workspace only when it is first shown; the count of enquiries needing an
answer is on the F6 tab for every desk all the same. This watch asks the service desk for the
count every ``REFRESH_MS`` (off the GUI thread, quietly) until the workspace is built, then
hands the last count over to it and stops.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from counter_app.domain.staff import StaffMember
from counter_app.services.app import AppServices
from counter_app.services.service_desk import Attention
from counter_app.ui.tasks import run_in_background

REFRESH_MS = 30_000
"""As often as the 客服 workspace refreshes its own count."""


class Counted(Protocol):
    """A workspace that keeps the F6 count itself."""

    attention: Attention


class AttentionWatch(QObject):
    """The F6 count for a window whose 客服 workspace is not built.

    Signals:
        changed(): the count changed (the window retitles its tabs).
    """

    changed = Signal()

    def __init__(self, services: AppServices, window: QWidget) -> None:
        """Idle until :meth:`watch` names an operator; a count coming back after ``window``
        closed is dropped."""
        super().__init__(window)
        self._window = window
        self._services = services
        self._operator: StaffMember | None = None
        self.attention = Attention(0, 0)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    def watch(self, operator: StaffMember) -> None:
        """Count for ``operator`` now and every ``REFRESH_MS``."""
        self._operator = operator
        self.refresh()
        self._timer.start()

    def stop(self) -> None:
        """No more counting (logout, or the workspace took over); the count is forgotten."""
        self._timer.stop()
        self._operator = None
        if self.attention != Attention(0, 0):
            self.attention = Attention(0, 0)
            self.changed.emit()

    def hand_over(self, workspace: Counted) -> None:
        """The workspace counts from now on; it starts from the last count known here."""
        workspace.attention = self.attention
        self._timer.stop()
        self._operator = None

    def refresh(self) -> None:
        """Reload the count (off the GUI thread; a failure keeps the last one)."""
        if self._operator is None:
            return
        operator = self._operator
        desk = self._services.service_desk
        run_in_background(lambda: desk.attention(operator), self._loaded,
                          lambda _err: None, parent=self._window, quiet=True)

    def _loaded(self, attention: Attention) -> None:
        if self._operator is not None and attention != self.attention:
            self.attention = attention
            self.changed.emit()
