"""Issue 15 §1: a supervisor's approval checks the password (argon2, slow on purpose) on the
worker thread while the dialog stays up; a wrong password is said in the dialog."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer

from counter_app.domain.errors import LoginFailed
from counter_app.domain.staff import Role, StaffMember
from counter_app.ui.widgets.pages import SupervisorDialog
from tests.gui.keys import send_text
from tests.gui.test_saves_off_gui import worker_thread

__all__ = ["worker_thread"]  # the fixture, imported to be found

BOSS = StaffMember(1, "1001", "王丽", Role.SUPERVISOR)


def test_the_password_is_checked_off_the_gui_thread_and_a_wrong_one_keeps_the_dialog(
        qtbot, worker_thread, translations) -> None:
    translations.apply("en")
    gate = threading.Event()
    on_gui_thread: list[bool] = []

    def login(job: str, password: str) -> StaffMember:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        assert gate.wait(10)
        if password != "right":
            raise LoginFailed(job_number=job, attempts_left=2)
        return BOSS

    dialog = SupervisorDialog(None, "", "Approve it.")
    qtbot.add_widget(dialog)
    dialog._login = login
    dialog.show()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    send_text(dialog.job_edit, "1001")
    send_text(dialog.password_edit, "wrong")
    dialog._ok()
    assert not dialog.password_edit.isEnabled()  # held while the check runs
    qtbot.waitUntil(lambda: len(ticks) >= 3)  # the GUI thread keeps running meanwhile
    gate.set()
    qtbot.waitUntil(lambda: dialog.password_edit.isEnabled())
    assert on_gui_thread == [False]
    assert dialog.isVisible()
    assert "2 attempts left" in dialog.error_label.text()
    assert dialog.password_edit.text() == ""  # typed again, never kept
    assert dialog.job_edit.text() == "1001"
    send_text(dialog.password_edit, "right")
    with qtbot.waitSignal(dialog.accepted):
        dialog._ok()
    assert dialog.member == BOSS
    timer.stop()
