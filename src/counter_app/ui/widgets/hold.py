"""A form that holds still while its save runs on the worker thread (issue 15 §1).

The save of a parcel or a receipt waits for the database off the GUI thread (a locked SQLite
file waits up to 5 s), so the window keeps painting. Meanwhile the form must not take a second
submit (a second Enter would store the parcel twice) nor let the clerk type into fields that
the save's success is about to clear. :class:`InputHold` eats the keys, shortcuts and clicks
aimed at the form's widgets while it is held; the window's other widgets, the scanner's
gateway (an application-wide filter, which runs before it) and dialogs opened meanwhile are
not affected.
"""

from __future__ import annotations

from typing_extensions import override

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

_EATEN = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel, QEvent.Type.InputMethod,
})


class InputHold(QObject):
    """Eats input to ``root`` and every widget under it (at construction) while held."""

    def __init__(self, root: QWidget) -> None:
        """Watch ``root`` and its children; not held."""
        super().__init__(root)
        self.held = False
        self._focus: QWidget | None = None
        self.eaten = 0
        """Input events refused while held (tests read it)."""
        root.installEventFilter(self)
        for widget in root.findChildren(QWidget):
            widget.installEventFilter(self)

    def hold(self) -> None:
        """Refuse input from now on (the field with the focus gets it back on release)."""
        self.held = True
        focus = QApplication.focusWidget()
        root = self.parent()
        self._focus = focus if isinstance(root, QWidget) and focus is not None and (
            root.isAncestorOf(focus)) else None

    def release(self) -> None:
        """Take input again; the window and field that had the keyboard have it again (the
        progress dialog shown meanwhile may have taken it)."""
        self.held = False
        focus, self._focus = self._focus, None
        if focus is None or not shiboken6.isValid(focus) or not focus.isVisible():
            return
        if QApplication.activeWindow() is None:
            focus.window().activateWindow()
        if QApplication.focusWidget() is None:
            focus.setFocus()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.held or event.type() not in _EATEN:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            # Claimed by the field, so no shortcut (Ctrl+Enter, F-keys) fires; the key press
            # that follows is eaten below.
            event.accept()
        self.eaten += 1
        return True
