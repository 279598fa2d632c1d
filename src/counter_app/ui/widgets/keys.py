"""Keys of a part of a window (issue 14 §1): a tab's own Alt+digit, Ctrl+P, Esc …, live while
the focus is inside it, so the same key can mean something else on another tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def bind_key(parent: QWidget, key: str, slot: Callable[[], object]) -> QShortcut:
    """``key`` calls ``slot`` while the focus is in ``parent`` or one of its children."""
    shortcut = QShortcut(QKeySequence(key), parent)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut
