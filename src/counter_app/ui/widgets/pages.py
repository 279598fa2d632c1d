"""What the desks' side pages share (issue 14 §1): the page base class with its coloured
message line, the supervisor's approval dialog, date conversions and the safe yes/no question.
Every desk imports these from here, never from another desk's module."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, QDate, QEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.errors import DomainError
from counter_app.domain.scanning import ScanOutcome
from counter_app.domain.staff import StaffMember
from counter_app.services.app import AppServices
from counter_app.ui.look import ERROR_STYLE, OK_STYLE, WARN_STYLE
from counter_app.ui.people import People
from counter_app.ui.printing import ask_print
from counter_app.ui.tasks import run_in_background
from counter_app.ui.widgets.fields import disable_input_method
from counter_app.ui.widgets.questions import ask_safe
from counter_app.ui.workspaces.base import ScanFeedback, Workspace

translate = QCoreApplication.translate


def qdate(day: date) -> QDate:
    """A QDate of a date."""
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    """A date of a QDate."""
    return date(value.year(), value.month(), value.day())


def show_message(label: QLabel, text: str, style: str) -> None:
    """Put a coloured sentence in a page's message line."""
    label.setStyleSheet(style)
    label.setText(text)


def feedback_style(outcome: ScanOutcome) -> str:
    """The message colour that goes with a scan outcome."""
    return {
        ScanOutcome.ACCEPTED: OK_STYLE,
        ScanOutcome.DUPLICATE: WARN_STYLE,
        ScanOutcome.REJECTED: ERROR_STYLE,
    }[outcome]


def ask_confirm(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question (pages wrap it in a method that tests replace)."""
    return ask_safe(parent, title, text)


class SupervisorDialog(QDialog):
    """Asks a supervisor's job number and password to approve an action. The password lives
    only in the field and is handed straight to the login check; nothing keeps it."""

    def __init__(self, parent: QWidget | None, error: str = "", intro: str = "") -> None:
        """Build the two fields, an error line and OK/Cancel; ``intro`` says what is approved
        (the stocktake by default)."""
        super().__init__(parent)
        self.setObjectName("supervisor_dialog")
        self.setWindowTitle(translate("WarehousePages", "Supervisor approval"))
        layout = QVBoxLayout(self)
        intro_label = QLabel(intro or translate(
            "WarehousePages",
            "A supervisor approves posting the stocktake: job number and password."))
        intro_label.setWordWrap(True)
        layout.addWidget(intro_label)
        form = QFormLayout()
        self.job_edit = QLineEdit(self)
        self.job_edit.setObjectName("job_edit")
        self.job_edit.setMaxLength(16)
        disable_input_method(self.job_edit)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        disable_input_method(self.password_edit)
        form.addRow(translate("WarehousePages", "Supervisor's &job number"), self.job_edit)
        form.addRow(translate("WarehousePages", "&Password"), self.password_edit)
        layout.addLayout(form)
        self.error_label = QLabel(error, self)
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setVisible(bool(error))
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.job_edit.setFocus()
        self._login: Callable[[str, str], StaffMember] | None = None
        self.member: StaffMember | None = None
        """Who logged in, when the dialog checks the password itself (``ask_verified``)."""

    def _ok(self) -> None:
        login = self._login
        if login is None:
            self.accept()
            return
        # The password check is slow on purpose (argon2, ~0.2 s): it runs on the worker while
        # the dialog stays up, so the window keeps painting (issue 15 §1).
        job, password = self.job_edit.text(), self.password_edit.text()
        self._busy(True)
        run_in_background(lambda: login(job, password), self._logged_in, self._refused,
                          parent=self, quiet=True)

    def _busy(self, busy: bool) -> None:
        for widget in (self.job_edit, self.password_edit, self.buttons):
            widget.setEnabled(not busy)
        if busy:
            self.error_label.setStyleSheet("")
            self.error_label.setText(translate("WarehousePages", "Checking the password…"))
            self.error_label.setVisible(True)

    def _logged_in(self, member: StaffMember) -> None:
        self.member = member
        self.accept()

    def _refused(self, err: BaseException) -> None:
        self._busy(False)
        self.password_edit.clear()
        if not isinstance(err, DomainError):
            self.error_label.setVisible(False)
            raise err
        from counter_app.ui.messages import describe  # the desks' sentences

        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setText(describe(err))
        self.password_edit.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, error: str = "",
            intro: str = "") -> tuple[str, str] | None:
        """Show the dialog; (job number, password) or None when cancelled."""
        dialog = cls(parent, error, intro)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.job_edit.text(), dialog.password_edit.text()
        finally:
            dialog.password_edit.clear()
            dialog.deleteLater()

    @classmethod
    def ask_verified(cls, parent: QWidget | None, error: str, intro: str,
                     login: Callable[[str, str], StaffMember]) -> StaffMember | None:
        """Show the dialog and check the password in it (on the worker): who logged in, or
        None when cancelled. A wrong password is said in the dialog, which stays up."""
        dialog = cls(parent, error, intro)
        dialog._login = login
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.member
        finally:
            dialog.password_edit.clear()
            dialog.deleteLater()


class Page(Workspace):
    """What a side page of any desk shares: the services, the operator, the message line."""

    message_label: QLabel

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Keep the services; the subclass builds its form."""
        super().__init__(parent)
        self._services = services
        self._operator: StaffMember | None = None
        self._people = People(services.staff.names)  # 王丽（1001） for a job number

    @override
    def activate(self, operator: StaffMember) -> None:
        self._operator = operator
        self._people.refresh()
        self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows."""

    def ok(self, text: str) -> None:
        """A green sentence in the message line."""
        show_message(self.message_label, text, OK_STYLE)

    def warn(self, text: str) -> None:
        """An amber sentence in the message line."""
        show_message(self.message_label, text, WARN_STYLE)

    def error(self, text: str) -> None:
        """A red sentence in the message line."""
        show_message(self.message_label, text, ERROR_STYLE)

    def show_feedback(self, feedback: ScanFeedback) -> ScanFeedback:
        """Repeat a scan's result in the page's own message line; return it."""
        text = feedback.headline + (f" — {feedback.detail}" if feedback.detail else "")
        show_message(self.message_label, text, feedback_style(feedback.outcome))
        return feedback

    def ask_confirm(self, title: str, text: str) -> bool:
        """A yes/no question (replaced in tests)."""
        return ask_confirm(self, title, text)

    def ask_print(self, printer: QPrinter) -> bool:
        """The system print dialog (replaced in tests)."""
        return ask_print(self, printer)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "ui"):
            self.ui.retranslateUi(self)  # every page sets ``ui`` from its Designer form
            if self._operator is not None:
                self.refresh()
        super().changeEvent(event)
