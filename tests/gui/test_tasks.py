"""The background facility (issue 15 item 1): results and errors come back on the GUI thread,
the GUI thread keeps running while a 2,000-row report renders, long tasks show progress and
cancellable ones stop when asked."""

from __future__ import annotations

import threading
import time

import pytest
from bench.bench_misroute_report import build_report

from PySide6.QtCore import QElapsedTimer, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from counter_app.paths import fonts_dir
from counter_app.reports.misroute_pdf import render_misroute_pdf
from counter_app.ui import tasks
from counter_app.ui.tasks import Cancelled, TaskControl, run_in_background


@pytest.fixture
def real_thread():
    with tasks.synchronous(False):
        yield
    assert tasks.wait_idle()


@pytest.mark.usefixtures("real_thread")
def test_result_and_error_come_back_on_the_gui_thread(qtbot) -> None:
    seen: list[tuple[object, bool]] = []
    worker: list[bool] = []

    def work() -> int:
        worker.append(QThread.currentThread() is QApplication.instance().thread())
        return 42

    task = run_in_background(work, lambda r: seen.append((r, QThread.isMainThread())))
    with qtbot.wait_signal(task.finished, timeout=5000):
        pass
    assert worker == [False]
    assert seen == [(42, True)]

    errors: list[tuple[str, bool]] = []
    task = run_in_background(lambda: 1 / 0, seen.append,
                             lambda e: errors.append((type(e).__name__, QThread.isMainThread())))
    with qtbot.wait_signal(task.finished, timeout=5000):
        pass
    assert errors == [("ZeroDivisionError", True)]


@pytest.mark.usefixtures("real_thread")
def test_gui_timer_never_stalls_over_100_ms_while_a_2000_row_report_renders(qtbot) -> None:
    report = build_report(2000, 20, 150, 7)
    tasks.settle_heap()  # as run_gui does once the desk is built
    font = fonts_dir() / "wqy-microhei.ttc"
    pdfs: list[bytes] = []
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(tick)
    timer.start()
    task = run_in_background(lambda: render_misroute_pdf(report, font), pdfs.append)
    with qtbot.wait_signal(task.finished, timeout=120_000):
        pass
    timer.stop()
    assert pdfs
    assert pdfs[0].startswith(b"%PDF")
    assert len(gaps) >= 10, "the render was too quick to tell anything"
    assert max(gaps) <= 100, f"longest gap {max(gaps)} ms over {len(gaps)} ticks"


@pytest.mark.usefixtures("real_thread")
def test_a_long_task_shows_progress_and_stops_when_cancelled(qtbot) -> None:
    parent = QWidget()
    qtbot.add_widget(parent)
    parent.show()
    go = threading.Event()
    outcome: list[str] = []

    def export(control: TaskControl) -> str:
        for step in range(1000):
            control.report(step, 1000)
            control.check()
            go.wait(0.01)
        return "done"

    task = run_in_background(export, outcome.append,
                             lambda e: outcome.append(type(e).__name__), parent=parent,
                             label="Exporting", cancellable=True)
    qtbot.wait_until(lambda: parent.findChild(QProgressDialog, "task_progress_dialog")
                     is not None, timeout=5000)
    dialog = parent.findChild(QProgressDialog, "task_progress_dialog")
    assert dialog.labelText() == "Exporting"
    cancel = dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    with qtbot.wait_signal(task.finished, timeout=5000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert outcome == ["Cancelled"]
    assert task.seconds < 10


def test_a_quick_task_shows_no_progress_and_inline_mode_calls_back_at_once(qtbot) -> None:
    parent = QWidget()
    qtbot.add_widget(parent)
    got: list[int] = []
    run_in_background(lambda: 7, got.append, parent=parent, label="x")
    assert got == [7]
    assert parent.findChild(QProgressDialog) is None


def test_cancelled_without_on_error_is_silent_but_other_errors_are_raised(qtbot) -> None:
    def stop() -> None:
        raise Cancelled

    run_in_background(stop, lambda _r: None)
    with pytest.raises(ZeroDivisionError):
        run_in_background(lambda: 1 / 0, lambda _r: None)
    assert time.monotonic() > 0


@pytest.mark.usefixtures("real_thread")
def test_a_result_for_a_closed_widget_is_dropped(qtbot) -> None:
    import shiboken6

    parent = QWidget()
    go = threading.Event()
    got: list[object] = []
    task = run_in_background(lambda: go.wait(5) and 1, got.append, got.append, parent=parent)
    shiboken6.delete(parent)  # the logout replaced the workspace meanwhile
    with qtbot.wait_signal(task.finished, timeout=5000):
        go.set()
    assert got == []
    assert task.done


@pytest.mark.usefixtures("real_thread")
def test_a_quiet_task_shows_no_progress_however_long_it_takes(qtbot) -> None:
    """A list refreshing behind the clerk's work (the deadline board) never takes the window's
    input away with a progress dialog."""
    parent = QWidget()
    qtbot.add_widget(parent)
    parent.show()
    release = threading.Event()
    results: list[object] = []
    task = run_in_background(lambda: release.wait(5), results.append, parent=parent, quiet=True)
    QTimer.singleShot(3 * tasks.PROGRESS_AFTER_MS, release.set)
    with qtbot.wait_signal(task.finished, timeout=5000):
        pass
    assert results == [True]
    assert parent.findChild(QProgressDialog) is None
