"""Yes/no questions whose safe answer is the default (issue 15 item 5): a question that risks
money or data answers 否 to Enter, so a clerk typing ahead never says 是 by accident."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def safe_question(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A Yes/No box with No as the default (Enter) and Escape button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("safe_question_box")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box


def ask_safe(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask; True only for an explicit 是 (Yes)."""
    return safe_question(parent, title, text).exec() == QMessageBox.StandardButton.Yes
