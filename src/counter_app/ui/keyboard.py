"""Keyboard everywhere (issue 15 item 4), for every form of a workspace:

- date and time fields take what a clerk types: "13:05", "1305", "0923" (a time), "1123" or
  "2026-11-23" (a date), T / 今天 (today), Y / 昨天 (yesterday), 前天, N (now); what is typed
  is committed as soon as it reads as a whole value, and on Enter, Tab or leaving the field;
- a stray arrow, Page Up/Down or mouse wheel never changes a date (a blank field keeps its own
  rule: an arrow there fills in now);
- Enter in a combo box moves on to the next field, as in a line edit (unless the form saves on
  Enter, marked with the dynamic property ``enter_saves``);
- tables that load a row into the form when the selection moves are left out of the Tab order,
  so Tab and ↓ never replace what is being typed.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from typing_extensions import override

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateTimeEdit, QWidget

# Tables whose selection loads a row into the form beside them (docs/ui-contract.md names).
LOADING_TABLES = frozenset({"accounts_table", "consumables_table", "entries_table",
                            "search_table", "headless_table", "locations_table"})

STEP_KEYS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})
TYPED = re.compile(r"[0-9:：.\-/ ]")
WORDS = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2}


def parse_typed(text: str, today: date, *, has_date: bool, has_time: bool
                ) -> tuple[date | None, time | None] | None:
    """What a clerk typed into a date/time field, or None while it does not read as a whole
    value yet. Returns (date or None, time or None) for the parts typed."""
    text = text.strip().replace("：", ":")
    if text in WORDS:
        return (today - timedelta(days=WORDS[text]), None) if has_date else None
    if has_time and (m := re.fullmatch(r"(\d{1,2}):(\d{2})", text)):
        hour, minute = int(m[1]), int(m[2])
    elif has_time and re.fullmatch(r"\d{4}", text) and int(text[:2]) < 24 and int(text[2:]) < 60:
        hour, minute = int(text[:2]), int(text[2:])
    elif has_date and (m := re.fullmatch(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})", text)):
        try:
            return date(int(m[1]), int(m[2]), int(m[3])), None
        except ValueError:
            return None
    elif has_date and not has_time and re.fullmatch(r"\d{4}", text):
        try:
            return today.replace(month=int(text[:2]), day=int(text[2:])), None
        except ValueError:
            return None
    elif has_date and re.fullmatch(r"\d{8}", text):
        try:
            return date(int(text[:4]), int(text[4:6]), int(text[6:])), None
        except ValueError:
            return None
    else:
        return None
    if hour > 23 or minute > 59:
        return None
    return None, time(hour, minute)


class DateTimeTyping(QObject):
    """The event filter behind the date and time fields' typed entry and arrow guard."""

    def __init__(self, today: object = None, parent: QObject | None = None) -> None:
        """``today`` is a callable returning the current datetime (the services' clock)."""
        super().__init__(parent)
        self._now = today if callable(today) else datetime.now
        self._typed: dict[int, str] = {}

    def _today(self) -> datetime:
        value = self._now()
        assert isinstance(value, datetime)
        return value

    def _commit(self, edit: QDateTimeEdit, text: str) -> bool:
        sections = edit.displayedSections()
        has_date = bool(sections & QDateTimeEdit.Section.DateSections_Mask)
        has_time = bool(sections & QDateTimeEdit.Section.TimeSections_Mask)
        now = self._today()
        parsed = parse_typed(text, now.date(), has_date=has_date, has_time=has_time)
        if parsed is None:
            return False
        day, clock = parsed
        current = edit.dateTime()
        if current == edit.minimumDateTime() and edit.specialValueText():
            current = QDateTime(QDate(now.year, now.month, now.day), QTime(0, 0))
        if day is not None:
            current = QDateTime(QDate(day.year, day.month, day.day), current.time())
        if clock is not None:
            current = QDateTime(current.date(), QTime(clock.hour, clock.minute))
        edit.setDateTime(current)
        return True

    def _now_in(self, edit: QDateTimeEdit) -> None:
        now = self._today()
        edit.setDateTime(QDateTime(QDate(now.year, now.month, now.day),
                                   QTime(now.hour, now.minute)))

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QDateTimeEdit):
            return False
        kind = event.type()
        key_id = id(watched)
        if kind == QEvent.Type.Wheel:
            return True  # a wheel over a date never changes it
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._typed.pop(key_id, None)
            return False
        if kind == QEvent.Type.InputMethod and isinstance(event, QInputMethodEvent):
            word = event.commitString().strip()
            if word:
                if not self._commit(watched, word):
                    return True
                self._typed.pop(key_id, None)
                return True
            return False
        if kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        blank = watched.dateTime() == watched.minimumDateTime() and bool(
            watched.specialValueText())
        if key in STEP_KEYS:
            # A blank field's own rule (an arrow there fills in now) stays with its form.
            return not blank
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            typed = self._typed.pop(key_id, "")
            if typed:
                self._commit(watched, typed)
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not mods & (
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                # Tab leaves the field (a date field's own Tab walks its sections and traps
                # the keyboard).
                move_focus(watched, forward=key == Qt.Key.Key_Tab and not (
                    mods & Qt.KeyboardModifier.ShiftModifier))
                return True
            return False
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        text = event.text()
        letter = text.upper()
        sections = watched.displayedSections()
        has_date = bool(sections & QDateTimeEdit.Section.DateSections_Mask)
        has_time = bool(sections & QDateTimeEdit.Section.TimeSections_Mask)
        if letter == "N" and has_time:
            self._now_in(watched)
            return True
        if letter in ("T", "Y") and has_date:
            return self._commit(watched, "今天" if letter == "T" else "昨天") or True
        if text and TYPED.fullmatch(text):
            typed = self._typed.get(key_id, "") + text
            self._typed[key_id] = typed
            if self._commit(watched, typed):
                self._typed.pop(key_id, None)
            return True
        if key == Qt.Key.Key_Backspace:
            typed = self._typed.get(key_id, "")[:-1]
            self._typed[key_id] = typed
            return True
        return False


class EnterMovesOn(QObject):
    """Enter in a closed combo box moves to the next field, like a line edit's."""

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(watched, QComboBox) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and not watched.view().isVisible() and not _saves_on_enter(watched)):
            watched.focusNextChild()
            return True
        return False


def move_focus(widget: QWidget, *, forward: bool) -> None:
    """Focus the next (or previous) widget of the Tab chain that takes Tab focus."""
    node: QWidget | None = widget
    for _ in range(1000):
        assert node is not None
        node = node.nextInFocusChain() if forward else node.previousInFocusChain()
        if node is None or node is widget:
            return
        if (node.focusPolicy() & Qt.FocusPolicy.TabFocus and node.isVisible()
                and node.isEnabled() and node.focusProxy() is None
                and not widget.isAncestorOf(node)):
            node.setFocus(Qt.FocusReason.TabFocusReason if forward
                          else Qt.FocusReason.BacktabFocusReason)
            return


def _saves_on_enter(widget: QWidget) -> bool:
    node: QWidget | None = widget
    while node is not None:
        if node.property("enter_saves"):
            return True
        node = node.parentWidget()
    return False


def arm_keyboard(root: QWidget, typing: DateTimeTyping, enter: EnterMovesOn) -> None:
    """Give every date/time field, combo box and loading table under ``root`` the desk's
    keyboard rules."""
    for edit in root.findChildren(QDateTimeEdit):
        edit.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no focus (and no change) by wheel
        edit.installEventFilter(typing)
    for combo in root.findChildren(QComboBox):
        if not combo.isEditable():
            combo.installEventFilter(enter)
    for table in root.findChildren(QAbstractItemView):
        if table.objectName() in LOADING_TABLES:
            table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
