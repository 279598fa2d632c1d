"""Issue 15 §1: a warehouse search, a scan-in's write and a scan-out's write run on the worker
thread — while the database is held for about a second (a locked database waits up to 5 s) the
window keeps running (a 50 ms GUI timer never waits anywhere near that long: the bound is
STALL_MS, above the 100 ms goal only by what a shared 2-core test machine adds), a progress
dialog shows after 300 ms, and the answer lands in the window when it comes."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QProgressDialog

from counter_app.domain.warehouse import Reason
from counter_app.services.app import AppServices
from counter_app.ui import tasks
from tests.gui.test_warehouse_workspace import Desk, desk, no, pickup, stock, table_text

__all__ = ["desk"]  # the fixture, imported to be found

HELD_MS = 700  # the database answers this long after the progress dialog shows
STALL_MS = 150  # the longest a GUI timer tick may wait meanwhile


class Gaps:
    """The longest wait between ticks of a 50 ms GUI-thread timer."""

    def __init__(self) -> None:
        tasks.settle_heap()  # as the desk does once built: collector pauses stay short
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = 0
        self.longest = 0
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def stop(self) -> int:
        """Stop watching; the longest wait, in ms."""
        self.timer.stop()
        return self.longest

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last)
        self.last = now


@pytest.fixture
def worker() -> Iterator[None]:
    with tasks.synchronous(False):
        yield
    assert tasks.wait_idle()


def held(release: threading.Event, call: Callable[..., Any]) -> Callable[..., Any]:
    """``call`` that first waits for ``release``: a database busy with another PC's write."""

    def slow(*args: Any, **kwargs: Any) -> Any:
        assert release.wait(10)
        return call(*args, **kwargs)

    return slow


def progress_shown(parent: object) -> bool:
    dialog = parent.findChild(QProgressDialog, "task_progress_dialog")  # type: ignore[attr-defined]
    return dialog is not None and dialog.isVisible()


@pytest.mark.usefixtures("worker")
def test_a_slow_search_leaves_the_window_running_with_progress(
        qtbot, desk: Desk, services: AppServices, monkeypatch: pytest.MonkeyPatch) -> None:
    ui, ws = desk.ws.ui, desk.ws
    stock(services, desk, no(1), Reason.SELF_PICKUP, pickup())
    release = threading.Event()
    monkeypatch.setattr(services.warehouse, "search", held(release, services.warehouse.search))
    ws.show_tab(ui.warehouse_tabs.indexOf(ui.search_tab))
    ui.search_edit.setText(no(1))
    gaps = Gaps()
    assert ws.search_panel.search() is None  # not answered yet: the GUI thread did not wait
    assert ui.search_message_label.text() == "Searching…"
    qtbot.wait_until(lambda: progress_shown(ws), timeout=3000)
    QTimer.singleShot(HELD_MS, release.set)  # the lock is released
    qtbot.wait_until(lambda: ui.search_message_label.text() == "1 parcel(s) found.",
                     timeout=5000)
    longest = gaps.stop()
    assert ui.search_table.item(0, 0).text() == no(1)
    assert not progress_shown(ws)
    assert longest <= STALL_MS, longest


@pytest.mark.usefixtures("worker")
def test_a_scan_in_waiting_for_the_database_keeps_the_window_running(
        qtbot, desk: Desk, services: AppServices, monkeypatch: pytest.MonkeyPatch) -> None:
    ui, ws = desk.ws.ui, desk.ws
    release = threading.Event()
    monkeypatch.setattr(services.warehouse, "scan_in", held(release, services.warehouse.scan_in))
    ws.scan_in_panel.open_parcel(no(2))  # the look-up runs on the worker too
    qtbot.wait_until(ui.in_form.isEnabled)
    ws.scan_in_panel.pick_reason(ui.reason_combo.findData(Reason.SELF_PICKUP.value) - 1)
    ws.scan_in_panel.load_details(Reason.SELF_PICKUP, pickup())
    gaps = Gaps()
    ws.scan_in_panel.save_in()
    qtbot.wait_until(lambda: progress_shown(ws), timeout=3000)  # after 300 ms
    # the next parcel is scanned meanwhile: it waits, the form keeps what was typed
    assert ws.scan_in_panel.open_parcel(no(3)).detail == (
        f"{no(3)} opens as soon as the last parcel is saved.")
    assert ui.in_waybill_edit.text() == no(2)
    QTimer.singleShot(HELD_MS, release.set)
    qtbot.wait_until(lambda: ui.in_waybill_edit.text() == no(3), timeout=5000)
    longest = gaps.stop()
    assert services.warehouse.lookup(desk.clerk, no(2)).open_stay is not None
    assert ui.in_message_label.text() == f"Saved {no(2)}."
    assert ui.in_form.isEnabled()  # the next parcel's form is open
    assert longest <= STALL_MS, longest


@pytest.mark.usefixtures("worker")
def test_a_scan_out_waiting_for_the_database_answers_on_the_result_bar_when_written(
        qtbot, desk: Desk, services: AppServices, monkeypatch: pytest.MonkeyPatch) -> None:
    ui, ws = desk.ws.ui, desk.ws
    stock(services, desk, no(4), Reason.SELF_PICKUP, pickup())
    ws.show_tab(ui.warehouse_tabs.indexOf(ui.scan_out_tab))
    ui.disposition_combo.setCurrentIndex(0)  # 出仓派送
    ui.out_courier_combo.setCurrentIndex(ui.out_courier_combo.findData(desk.courier_id))
    release = threading.Event()
    monkeypatch.setattr(services.warehouse, "scan_out",
                        held(release, services.warehouse.scan_out))
    before = desk.result
    gaps = Gaps()
    desk.scan(no(4))  # through the gateway, as a scanner reads
    assert desk.result == before  # no verdict yet: nothing shown or sounded
    qtbot.wait_until(lambda: progress_shown(ws), timeout=3000)
    QTimer.singleShot(HELD_MS, release.set)
    qtbot.wait_until(lambda: desk.result == "Out for delivery", timeout=5000)
    longest = gaps.stop()
    assert "张伟" in desk.detail
    assert services.warehouse.lookup(desk.clerk, no(4)).open_stay is None
    assert table_text(ui.out_table)[0][1] == no(4)
    assert longest <= STALL_MS, longest
