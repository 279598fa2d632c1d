"""One place for unexpected exceptions: log them, show a dialog, keep the application running."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from counter_app.domain.errors import DomainError
from counter_app.domain.redaction import redact

log = logging.getLogger("counter_app.crash")

ShowError = Callable[[str, str], None]


def _show_dialog(summary: str, details: str) -> None:
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Unexpected error"))
    box.setText(
        QCoreApplication.translate(
            "Errors",
            "Something went wrong: {summary}\n\nThe error was written to the log. "
            "Your saved work is safe; you can go on working.",
        ).format(summary=summary)
    )
    box.setDetailedText(details)
    box.exec()


class ExceptionHook:
    """Installed as ``sys.excepthook``; Qt slots' exceptions land here and do not end the app."""

    def __init__(self, show: ShowError = _show_dialog) -> None:
        """``show`` is replaceable in tests."""
        self._show = show
        self._previous = sys.excepthook
        self._showing = False

    def install(self) -> None:
        """Replace sys.excepthook."""
        sys.excepthook = self

    def uninstall(self) -> None:
        """Put the previous hook back."""
        sys.excepthook = self._previous

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """Log, then show (never recursively). Neither carries customers' data (X-2)."""
        details = redact("".join(traceback.format_exception(exc_type, exc, tb)))
        log.error("unexpected exception\n%s", details)
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            self._show(summary_of(exc), details)
        finally:
            self._showing = False


def summary_of(exc: BaseException) -> str:
    """The dialog's one line: a sentence for storage faults, never a statement's values."""
    if isinstance(exc, DomainError):
        from counter_app.ui.messages import describe

        return describe(exc)
    module = type(exc).__module__
    if module.startswith(("sqlalchemy", "psycopg", "sqlite3")):
        # A database error's text quotes the statement and, on PostgreSQL, the failing row.
        return QCoreApplication.translate(
            "Errors", "the database refused the action ({kind}); nothing of it was saved."
        ).format(kind=type(exc).__name__)
    return redact(f"{type(exc).__name__}: {exc}")
