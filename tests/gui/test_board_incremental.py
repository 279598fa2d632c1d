"""Issue 21 §5 / issue 15 §1: after a warehouse scan-in or scan-out the deadline board and the
problem list change only the scanned parcel's rows (fetched off the GUI thread), never a full
reload; a later full load finds nothing left to change."""

from __future__ import annotations

import random
from datetime import datetime

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from counter_app.domain.warehouse import NobodyHome, ProblemDetails, Reason
from counter_app.services.app import AppServices
from counter_app.ui.widgets.tables import KeyedRows, Row, selected_key
from tests.gui.keys import press
from tests.gui.test_warehouse_workspace import (
    ALT,
    CTRL,
    Desk,
    choose,
    desk,
    no,
    pickup,
    stock,
    table_text,
    type_text,
)

__all__ = ["desk"]  # the fixture, imported to be found


@pytest.fixture
def counted(desk: Desk, services: AppServices, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every full load of the board (the service's whole-board read)."""
    loads: list[int] = []
    board = services.warehouse.board
    monkeypatch.setattr(services.warehouse, "board",
                        lambda actor, today=None: loads.append(1) or board(actor, today))
    return loads


def test_scan_in_and_out_change_only_that_parcels_rows_without_a_full_reload(
        qtbot, desk: Desk, services: AppServices, counted: list[int]) -> None:
    ui, ws = desk.ws.ui, desk.ws
    stock(services, desk, no(1), Reason.SELF_PICKUP, pickup())
    stock(services, desk, no(2), Reason.NOBODY_HOME, ProblemDetails(
        nobody_home=NobodyHome.TOMORROW, attempt_at=datetime(2026, 11, 22, 17, 5)))
    press(qtbot, Qt.Key.Key_4, CTRL)  # the board, loaded once
    assert ui.warehouse_tabs.currentWidget() is ui.board_tab
    assert counted == [1]
    assert [r[0] for r in table_text(ui.problems_table)] == [no(1), no(2)]
    first_item = ui.problems_table.item(0, 0)
    # a scan-in on the scan-in tab (the board hidden): its row appears, nothing reloads
    press(qtbot, Qt.Key.Key_1, CTRL)
    desk.scan(no(3))
    press(qtbot, Qt.Key.Key_1, ALT)  # 地址不详, reached
    type_text(ui.recipient_edit, "李娜")
    type_text(ui.phone_edit, "13812345678")
    ui.unclear_reached_combo.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    ui.unclear_call_at_edit.setFocus()
    press(qtbot, Qt.Key.Key_N)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert ui.in_message_label.text() == f"Saved {no(3)}."
    assert counted == [1]  # no full reload
    assert [r[0] for r in table_text(ui.problems_table)] == [no(1), no(2), no(3)]
    assert ui.problems_table.item(0, 0) is first_item  # the other rows were not rebuilt
    assert ui.board_title_label.text() == "2026-11-23: 0 overdue, 0 due today, 3 in stock"
    # a scan-out: its row leaves the list, nothing reloads
    press(qtbot, Qt.Key.Key_2, CTRL)
    press(qtbot, Qt.Key.Key_1, ALT)  # 出仓派送
    choose(qtbot, ui.out_courier_combo, desk.courier_id)
    desk.scan(no(2))
    assert desk.result == "Out for delivery"
    assert counted == [1]
    assert [r[0] for r in table_text(ui.problems_table)] == [no(1), no(3)]
    assert ui.board_title_label.text() == "2026-11-23: 0 overdue, 0 due today, 2 in stock"
    # shown again, the board is read in full (another PC may have changed stock): the rows
    # kept up to date one by one are exactly what a full load shows — nothing to change
    board = ws.board_panel
    applied = board.problem_rows.applied + board.overdue_rows.applied + board.due_rows.applied
    press(qtbot, Qt.Key.Key_4, CTRL)
    assert counted == [1, 1]
    assert (board.problem_rows.applied + board.overdue_rows.applied
            + board.due_rows.applied) == applied
    # days later the self-pickup is overdue (WH-8): a new day reloads, the line appears
    services.clock.current = datetime(2026, 11, 27, 8, 0)  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_R, CTRL)
    assert [r[0] for r in table_text(ui.overdue_table)] == [no(1)]
    assert ui.board_title_label.text() == "2026-11-27: 1 overdue, 0 due today, 2 in stock"
    # a scan-out of the overdue parcel takes its line off the overdue list too
    press(qtbot, Qt.Key.Key_2, CTRL)
    desk.scan(no(1))
    assert desk.result == "Out for delivery"
    assert ui.overdue_table.rowCount() == 0
    assert counted == [1, 1, 1]
    assert ui.board_title_label.text() == "2026-11-27: 0 overdue, 0 due today, 1 in stock"


def test_keyed_rows_replace_reaches_any_list_changing_only_what_differs(qtbot) -> None:
    table = QTableWidget()
    qtbot.add_widget(table)
    rows = KeyedRows(table)
    rows.set_headers(["no", "text"])
    pick = random.Random(21)

    def make(n: int, text: str) -> Row:
        return Row(f"W{n:05d}", (n % 7, f"W{n:05d}"), [f"W{n:05d}", text], n)

    current: dict[int, str] = {}
    for _ in range(30):
        wanted = {n: current.get(n, "a") if pick.random() < 0.8 else pick.choice("abc")
                  for n in pick.sample(range(400), pick.randint(0, 300))}
        before = rows.applied
        rows.replace([make(n, t) for n, t in wanted.items()])
        qtbot.wait_until(lambda: not rows.busy)
        expected = sorted(wanted, key=lambda n: (n % 7, f"W{n:05d}"))
        assert table_text(table) == [[f"W{n:05d}", wanted[n]] for n in expected]
        changed = (len(set(wanted) ^ set(current))
                   + sum(1 for n in wanted if n in current and current[n] != wanted[n]))
        assert rows.applied - before == changed
        current = wanted
    table.selectRow(0)
    assert selected_key(table) == (expected[0] if expected else None)
