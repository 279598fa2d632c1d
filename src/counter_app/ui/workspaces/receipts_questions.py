"""The night desk's X-6 question for a waybill on another courier's list (issue 16): move the
receipt to that courier's batch, or keep it in this one with a reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.errors import OnOtherCouriersList
from counter_app.ui import formats
from counter_app.ui.look import ERROR_STYLE

translate = QCoreApplication.translate

MOVE = "\x00move"
"""The answer "enter it in the other courier's batch" (no reason can be this text)."""


class MoveOrKeepDialog(QDialog):
    """X-6: 「在吴婷的派件清单上」 — move it there (the default) or keep it here with a reason."""

    def __init__(self, parent: QWidget | None, err: OnOtherCouriersList) -> None:
        """The question, the reason field and the three buttons."""
        super().__init__(parent)
        self.setObjectName("move_or_keep_dialog")
        self.setMinimumWidth(520)
        self.setWindowTitle(translate("ReceiptsQuestions", "On another courier's list"))
        self.answer: str | None = None
        layout = QVBoxLayout(self)
        question = QLabel(translate(
            "ReceiptsQuestions",
            "{number} is on {courier}'s delivery list of {day}. Enter it in {courier}'s "
            "batch, or keep it in this batch and say why (X-6).").format(
                number=err.waybill_no, courier=err.courier,
                day=formats.day(err.delivery_date)), self)
        question.setWordWrap(True)
        layout.addWidget(question)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setMaxLength(100)  # the service checks keep_reason at 100
        self.reason_edit.setPlaceholderText(translate(
            "ReceiptsQuestions", "Reason to keep it here, e.g. handed over to this courier"))
        layout.addWidget(self.reason_edit)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.move_button = QPushButton(translate(
            "ReceiptsQuestions", "&Move to {courier}'s batch").format(courier=err.courier))
        self.move_button.setObjectName("move_button")
        self.keep_button = QPushButton(translate("ReceiptsQuestions", "&Keep here"))
        self.keep_button.setObjectName("keep_button")
        buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.move_button.setDefault(True)
        self.move_button.clicked.connect(self._move)
        self.keep_button.clicked.connect(self._keep)
        self.reason_edit.returnPressed.connect(self._keep)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.move_button.setFocus()

    def _move(self) -> None:
        self.answer = MOVE
        self.accept()

    def _keep(self) -> None:
        reason = self.reason_edit.text().strip()
        if not reason:
            self.error_label.setText(translate(
                "ReceiptsQuestions", "Type the reason to keep it in this batch."))
            self.error_label.setVisible(True)
            self.reason_edit.setFocus()
            return
        self.answer = reason
        self.accept()


def ask_move_or_keep(parent: QWidget | None, err: OnOtherCouriersList) -> str | None:
    """Show the question; ``MOVE``, the reason to keep it, or None when cancelled."""
    dialog = MoveOrKeepDialog(parent, err)
    try:
        dialog.exec()
        return dialog.answer
    finally:
        dialog.deleteLater()
