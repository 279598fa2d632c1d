"""Field helpers: code and number fields take input with the Chinese input method off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def disable_input_method(widget: QWidget) -> None:
    """Turn the input method off for a field that takes codes, numbers or phone numbers.

    An active pinyin IME swallows or splits keyboard-wedge input (peer-systems.md), and a clerk
    typing a job number never needs it.
    """
    widget.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    widget.setInputMethodHints(
        Qt.InputMethodHint.ImhLatinOnly | Qt.InputMethodHint.ImhNoPredictiveText
    )
