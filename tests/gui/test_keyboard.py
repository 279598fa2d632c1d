"""Keyboard everywhere (issue 15 item 4): typed dates and times, no stray arrows, Enter through
combo boxes, every page reachable by keys shown on its tab, Tab kept out of loading tables, and
no two controls on screen sharing an Alt key."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, time

import pytest

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.hardware.hub import ScannerHub
from counter_app.paths import DataPaths
from counter_app.services.app import AppServices
from counter_app.services.demo import DEMO_PASSWORD, fill_demo
from counter_app.ui.app import AppController
from counter_app.ui.i18n import Translations
from counter_app.ui.keyboard import DateTimeTyping, EnterMovesOn, arm_keyboard, parse_typed
from counter_app.ui.settings import Preferences
from tests.gui.keys import press
from tests.gui.test_intake_workspace import desk

__all__ = ["desk"]  # the fixture, imported to be found

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0)


@pytest.mark.parametrize(("typed", "expected"), [
    ("13:05", (None, time(13, 5))), ("1305", (None, time(13, 5))),
    ("0923", (None, time(9, 23))), ("9:23", (None, time(9, 23))),
    ("13：05", (None, time(13, 5))), ("今天", (TODAY, None)), ("昨天", (date(2026, 11, 22), None)),
    ("前天", (date(2026, 11, 21), None)), ("2026-11-02", (date(2026, 11, 2), None)),
])
def test_typed_date_times_are_read(typed: str, expected: tuple[object, object]) -> None:
    assert parse_typed(typed, TODAY, has_date=True, has_time=True) == expected


@pytest.mark.parametrize("typed", ["13", "130", "2561", "25:00", "13:5", "1399", "abc"])
def test_partial_or_impossible_times_are_not_read_yet(typed: str) -> None:
    assert parse_typed(typed, TODAY, has_date=True, has_time=True) is None


def test_a_date_field_reads_month_and_day_and_eight_digits() -> None:
    assert parse_typed("1102", TODAY, has_date=True, has_time=False) == (date(2026, 11, 2), None)
    assert parse_typed("20251231", TODAY, has_date=True, has_time=False) == (
        date(2025, 12, 31), None)
    assert parse_typed("1305", TODAY, has_date=True, has_time=False) is None  # month 13


@pytest.fixture
def form(qtbot) -> tuple[QWidget, QDateTimeEdit, QDateEdit, QComboBox, QLineEdit]:
    host = QWidget()
    layout = QVBoxLayout(host)
    call_at = QDateTimeEdit(QDateTime(QDate(2026, 11, 23), QTime(8, 0)))
    call_at.setDisplayFormat("yyyy-MM-dd HH:mm")
    found_on = QDateEdit(QDate(2026, 11, 20))
    combo = QComboBox()
    combo.addItems(["现付", "到付"])
    after = QLineEdit()
    for w in (call_at, found_on, combo, after):
        layout.addWidget(w)
    arm_keyboard(host, DateTimeTyping(lambda: NOW, host), EnterMovesOn(host))
    qtbot.add_widget(host)
    host.show()
    qtbot.wait_exposed(host)
    return host, call_at, found_on, combo, after


def type_keys(qtbot, widget: QWidget, text: str) -> None:
    for ch in text:
        qtbot.keyClick(widget, ch)


def test_a_call_time_typed_as_13_05_is_kept(qtbot, form) -> None:
    _host, call_at, _found, _combo, _after = form
    call_at.setFocus()
    type_keys(qtbot, call_at, "13:05")
    assert call_at.dateTime() == QDateTime(QDate(2026, 11, 23), QTime(13, 5))
    type_keys(qtbot, call_at, "0923")
    assert call_at.time() == QTime(9, 23)
    qtbot.keyClick(call_at, "n")
    assert call_at.time() == QTime(9, 0)


def test_arrows_page_keys_and_tab_never_change_a_date(qtbot, form) -> None:
    _host, _call, found_on, combo, _after = form
    found_on.setFocus()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
        press(qtbot, key)
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert found_on.date() == QDate(2026, 11, 20)
    press(qtbot, Qt.Key.Key_Tab)  # leaves the field instead of walking its sections
    assert combo.hasFocus()
    found_on.setFocus()
    qtbot.keyClick(found_on, "y")
    assert found_on.date() == QDate(2026, 11, 22)
    qtbot.keyClick(found_on, "t")
    assert found_on.date() == QDate(2026, 11, 23)


def test_enter_in_a_combo_box_moves_on(qtbot, form) -> None:
    _host, _call, _found, combo, after = form
    combo.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert after.hasFocus()
    assert combo.currentIndex() == 0


# --- the whole desk ---------------------------------------------------------------------------

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic_of(widget: QWidget) -> str | None:
    if isinstance(widget, QLabel):
        if widget.buddy() is None:
            return None
        text = widget.text()
    elif isinstance(widget, (QAbstractButton, QGroupBox)):
        text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
    else:
        return None
    m = MNEMONIC.search(text.replace("&&", ""))
    return m[1].upper() if m else None


def visible_mnemonics(window: QWidget) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = defaultdict(list)
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and (letter := mnemonic_of(widget)):
            seen[letter].append(widget.objectName())
    return {k: v for k, v in seen.items() if len(v) > 1}


@pytest.fixture
def demo_desk(qtbot, services: AppServices, data_paths: DataPaths, translations: Translations,
              request: pytest.FixtureRequest) -> AppController:
    translations.apply(request.param)
    fill_demo(services)
    ctl = AppController(services, Preferences(data_paths.settings_file), translations,
                        ScannerHub())
    qtbot.add_widget(ctl.window)
    ctl.window.set_operator(services.auth.login("1001", DEMO_PASSWORD))
    ctl.window.resize(1366, 728)
    ctl.window.show()
    qtbot.wait_exposed(ctl.window)
    return ctl


def every_state(window: QWidget, check: Callable[[str], None]) -> list[str]:
    """Visit every page of every tab widget, calling ``check(state)`` in each; return the
    states visited."""
    states = []

    def visit(tabs: list[QTabWidget], path: str) -> None:
        if not tabs:
            states.append(path)
            check(path)
            return
        first, rest = tabs[0], tabs[1:]
        for i in range(first.count()):
            first.setCurrentIndex(i)
            QApplication.processEvents()
            inner = [t for t in first.widget(i).findChildren(QTabWidget) if t.isVisible()]
            visit([t for t in inner if not any(o is not t and o.isAncestorOf(t) for o in inner)]
                  + rest,
                  f"{path}/{first.widget(i).objectName()}")

    visit([window.ui.workspace_tabs], "")  # type: ignore[attr-defined]
    return states


@pytest.mark.parametrize("demo_desk", ["zh_CN", "en"], indirect=True)
def test_no_two_controls_on_screen_share_an_alt_key(demo_desk: AppController) -> None:
    window = demo_desk.window
    clashes = {}

    def check(state: str) -> None:
        if found := visible_mnemonics(window):
            clashes[state] = found

    states = every_state(window, check)
    assert "/misroute_workspace/register_tab" in states
    assert len(states) >= 30
    assert clashes == {}, "\n".join(f"{s}: {c}" for s, c in clashes.items())


@pytest.mark.parametrize("demo_desk", ["en"], indirect=True)
def test_every_page_is_reached_by_keys_shown_on_its_tab(qtbot, demo_desk: AppController) -> None:
    window = demo_desk.window
    for key in ("counter", "warehouse", "receipts", "misroute", "settings"):
        window.show_workspace(key)
        workspace = window.workspaces[key]
        every = workspace.findChildren(QTabWidget)
        pages = next(t for t in every if not any(o is not t and o.isAncestorOf(t) for o in every))
        pages.setCurrentIndex(0)
        focus = QApplication.focusWidget() or window
        for n in range(1, pages.count()):
            qtbot.keyClick(focus, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
            assert pages.currentIndex() == n, (key, n)
            focus = QApplication.focusWidget() or window
        qtbot.keyClick(focus, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert pages.currentIndex() == 0  # round again
        for n in range(min(pages.count(), 9)):
            qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_1 + n,
                           Qt.KeyboardModifier.ControlModifier)
            assert pages.currentIndex() == n
            assert pages.tabText(n).startswith(f"{n + 1} "), pages.tabText(n)
            assert f"Ctrl+{n + 1}" in pages.tabToolTip(n)


def test_a_focused_combo_box_has_a_ring_one_can_see(qtbot) -> None:
    from PySide6.QtGui import QColor

    from counter_app.ui.look import FOCUS_COLOUR, DeskStyle

    host = QWidget()
    style = DeskStyle("Fusion")
    layout = QVBoxLayout(host)
    combo, other = QComboBox(), QComboBox()
    for box in (combo, other):
        box.setStyle(style)
        box.addItems(["现付", "到付"])
        layout.addWidget(box)
    qtbot.add_widget(host)
    host.show()
    qtbot.wait_exposed(host)
    combo.setFocus()
    qtbot.wait_until(combo.hasFocus)

    def ring_pixels(box: QComboBox) -> int:
        image = box.grab().toImage()
        return sum(1 for x in range(image.width()) for y in (1, 2)
                   if QColor(image.pixel(x, y)).blue() > 150
                   and QColor(image.pixel(x, y)).red() < 60)

    assert FOCUS_COLOUR.name() == "#1565c0"
    assert ring_pixels(combo) > combo.width() // 2
    assert ring_pixels(other) == 0


def test_enter_from_cash_received_goes_to_the_inspection_tick(qtbot, desk) -> None:
    ui = desk.ws.ui
    ui.received_edit.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert ui.inspected_check.hasFocus()
    assert not ui.override_edit.hasFocus()
