"""The board's WH-16 reminder (issue 16 §5): at noon and in the afternoon (station settings)
the desk reads the replies to its messages; a bar on the board says so until someone presses
「已查看回复」. Kept apart from the warehouse workspace, which adds it with one line."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from counter_app.domain.errors import DomainError
from counter_app.domain.staff import StaffMember
from counter_app.services.app import AppServices
from counter_app.ui.messages import describe
from counter_app.ui.tasks import run_in_background

translate = QCoreApplication.translate
REMIND_STYLE = "background: #fff4ce; color: #5c4400; font-weight: bold; padding: 4px;"
CHECK_EVERY_MS = 60_000


class ReplyCheckBar(QWidget):
    """Hidden until a reply-check time has come unanswered; then the sentence and a button."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """The label, the button, and a minute timer that looks again while shown."""
        super().__init__(parent)
        self.setObjectName("reply_check_bar")
        self._services = services
        self._operator: StaffMember | None = None
        self.due: tuple[time, ...] = ()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("reply_check_label")
        self.label.setStyleSheet(REMIND_STYLE)
        self.label.setWordWrap(True)
        self.button = QPushButton(translate("WarehouseReminders", "Replies &read"), self)
        self.button.setObjectName("replies_read_button")
        self.button.clicked.connect(self.mark_read)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(lambda: self.refresh(self._operator))
        self.timer.start()
        self.setVisible(False)

    def refresh(self, operator: StaffMember | None) -> None:
        """Ask the service (off the GUI thread) which reply checks are due now."""
        self._operator = operator
        if operator is None:
            return
        run_in_background(lambda: self._services.warehouse.reply_checks_due(operator),
                          self._show, self._failed, parent=self, quiet=True)

    def _show(self, due: tuple[time, ...]) -> None:
        self.due = due
        if due:
            self.label.setText(translate(
                "WarehouseReminders", "Time to read the replies to our messages ({times}): "
                "answer them, return what the origin asks back today (WH-16).").format(
                    times="、".join(t.strftime("%H:%M") for t in due)))
        self.setVisible(bool(due))

    def _failed(self, err: BaseException) -> None:
        if isinstance(err, DomainError):
            self.label.setText(describe(err))
            self.setVisible(True)
            return
        raise err

    def mark_read(self) -> None:
        """The desk read the replies: audited, the bar hides until the next time."""
        if self._operator is None:
            return
        try:
            self._services.warehouse.replies_checked(self._operator)
        except DomainError as err:
            self.label.setText(describe(err))
            return
        self.refresh(self._operator)
