"""设置 → 数据安全 in a real window, the database state in the status bar, start-up dialogs
(issue 12)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from PySide6.QtWidgets import QMessageBox

from counter_app.domain.scanning import RawScan
from counter_app.domain.staff import CourierKind, Role
from counter_app.domain.storage import StorageProblem, StorageUnavailable
from counter_app.hardware.hub import ScannerHub
from counter_app.paths import DataPaths
from counter_app.services.app import AppServices
from counter_app.ui.app import AppController
from counter_app.ui.data_safety import DailyBackups, DatabaseWatch
from counter_app.ui.i18n import Translations
from counter_app.ui.settings import Preferences
from counter_app.ui.workspaces.data_page import DataSafetyPage
from tests.helpers import SUPERVISOR, add_clerk, set_up_station


@pytest.fixture
def page(qtbot, services: AppServices, data_paths: DataPaths,
         translations: Translations) -> DataSafetyPage:
    translations.apply("en")
    widget = DataSafetyPage(services, Preferences(data_paths.settings_file))
    qtbot.add_widget(widget)
    widget.show()
    return widget


def _backup(qtbot, page: DataSafetyPage) -> object:
    with qtbot.wait_signal(page.backup_finished, timeout=20_000) as blocker:
        page.ui.backup_now_button.click()
    return blocker.args[0]


def test_a_clerk_takes_a_backup_without_waiting_and_sees_it_listed(
        qtbot, page: DataSafetyPage, services: AppServices) -> None:
    boss = set_up_station(services)
    clerk = add_clerk(services, boss, Role.COUNTER, job="3001")
    page.activate(clerk)
    assert not page.ui.restore_button.isVisible()  # restoring is a supervisor's
    assert not page.ui.retention_group.isVisible()
    assert page.ui.backup_status_label.text() == "No backup yet."
    _backup(qtbot, page)
    assert page.ui.backup_message_label.text().startswith("Backup written and checked")
    assert page.ui.backups_table.rowCount() == 1
    assert page.ui.backups_table.item(0, 1).text() == "manual"
    assert page.ui.backup_status_label.text().startswith("Last backup:")


def test_a_second_place_gets_a_copy_and_a_missing_stick_is_said(
        qtbot, page: DataSafetyPage, services: AppServices, tmp_path: Path) -> None:
    boss = set_up_station(services)
    page.activate(boss)
    stick = tmp_path / "usb"
    stick.mkdir()
    page.ui.second_place_edit.setText(str(stick))
    run = _backup(qtbot, page)
    assert [p.name for p in stick.iterdir()] == [run.path.name]  # type: ignore[attr-defined]
    page.ui.second_place_edit.setText(str(tmp_path / "unplugged"))
    _backup(qtbot, page)
    text = page.ui.backup_message_label.text()
    assert "Backup written and checked" in text
    assert "No second copy" in text


def test_restore_refuses_a_bad_file_and_restores_a_good_one_after_asking(
        qtbot, page: DataSafetyPage, services: AppServices, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    boss = set_up_station(services)
    page.activate(boss)
    run = _backup(qtbot, page)
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    monkeypatch.setattr(page, "ask_open", lambda: str(empty))
    asked: list[str] = []
    monkeypatch.setattr(page, "ask_confirm", lambda title, text: asked.append(text) or False)
    page.ui.restore_button.click()
    assert "is empty" in page.ui.backup_message_label.text()
    assert asked == []  # a bad file is refused before any question
    services.couriers.add(boss, "张伟", "13905711001", CourierKind.COURIER, "文三路")
    monkeypatch.setattr(page, "ask_open", lambda: str(run.path))  # type: ignore[attr-defined]
    page.ui.restore_button.click()
    assert "1 staff" in asked[0]
    assert page.ui.backup_message_label.text() == "Nothing was changed."
    assert len(services.couriers.all()) == 1
    monkeypatch.setattr(page, "ask_confirm", lambda title, text: True)
    with qtbot.wait_signal(page.restored):
        page.ui.restore_button.click()
    assert services.couriers.all() == []  # the backup was taken before the courier
    assert "kept as" in page.ui.backup_message_label.text()
    kinds = [page.ui.backups_table.item(r, 1).text()
             for r in range(page.ui.backups_table.rowCount())]
    assert "kept at a restore" in kinds


def test_a_supervisor_previews_and_purges_personal_data(
        qtbot, page: DataSafetyPage, services: AppServices, monkeypatch) -> None:
    boss = set_up_station(services)
    page.activate(boss)
    assert page.ui.retention_group.isVisible()
    assert page.ui.retention_table.rowCount() == 7
    assert not page.ui.purge_button.isEnabled()  # nothing is due on a new station
    page.ui.counter_days_spin.setValue(400)
    page.ui.journal_days_spin.setValue(90)
    page.ui.save_retention_button.click()
    assert services.retention.periods().counter == 400
    assert services.retention.periods().journal == 90
    assert page.ui.retention_message_label.text() == "Periods saved."
    # a scan journalled now is due 91 days later; the purge asks first (default No)
    services.scans.process(RawScan("wedge", b"77316523125896", "77316523125896", 1.0))
    services.clock.advance(days=91)  # type: ignore[attr-defined]
    page.ui.refresh_retention_button.click()
    assert page.ui.purge_button.isEnabled()
    scans_row = [page.ui.retention_table.item(r, 0).text()
                 for r in range(page.ui.retention_table.rowCount())].index(
                     "Scan journal (deleted)")
    assert page.ui.retention_table.item(scans_row, 1).text() == "1"
    asked: list[str] = []
    monkeypatch.setattr(page, "ask_confirm", lambda title, text: asked.append(text) or False)
    page.ui.purge_button.click()
    assert "1 records are past their period" in asked[0]
    assert services.retention.preview(boss).total == 1  # said No: nothing purged
    monkeypatch.setattr(page, "ask_confirm", lambda title, text: True)
    page.ui.purge_button.click()
    assert page.ui.retention_message_label.text().startswith("Purged: 1 records")
    assert services.retention.preview(boss).total == 0
    with qtbot.wait_signal(page.sizes_measured, timeout=20_000):
        page.ui.measure_sizes_button.click()
    text = page.ui.sizes_label.text()
    assert text.startswith("Database: ")
    assert "Scan journal " in text
    assert "Backups folder " in text


@pytest.fixture
def ctl(qtbot, services: AppServices, data_paths: DataPaths,
        translations: Translations) -> AppController:
    translations.apply("en")
    controller = AppController(services, Preferences(data_paths.settings_file), translations,
                               ScannerHub())
    qtbot.add_widget(controller.window)
    return controller


def test_the_status_bar_says_when_the_database_is_away_and_back(
        qtbot, ctl: AppController, services: AppServices,
        caplog: pytest.LogCaptureFixture) -> None:
    set_up_station(services)
    ctl.window.set_operator(services.auth.login("1001", SUPERVISOR.password))
    away = [True]

    def check() -> None:
        if away[0]:
            raise StorageUnavailable(StorageProblem.UNREACHABLE, "postgresql")

    watch = DatabaseWatch(check, interval_ms=50)
    watch.state_changed.connect(ctl.window.set_database_state)
    with qtbot.wait_signal(watch.state_changed, timeout=5000) as lost:
        watch.start()
    assert lost.args == [StorageProblem.UNREACHABLE]
    assert "connection lost, retrying" in ctl.window.database_label.text()
    away[0] = False
    with qtbot.wait_signal(watch.state_changed, timeout=5000) as back:
        pass
    watch.stop()
    assert back.args == [None]
    assert "retrying" not in ctl.window.database_label.text()


def test_a_scan_that_was_not_stored_is_red_and_asks_to_scan_again(
        qtbot, ctl: AppController, caplog: pytest.LogCaptureFixture) -> None:
    beeps: list[int] = []
    ctl.window.cues._beep = lambda: beeps.append(1)  # type: ignore[method-assign]
    raw = RawScan("wedge", b"773165231200001", "773165231200001", datetime(2026, 11, 23, 9))
    ctl.gateway.scan_not_stored.emit(raw, StorageUnavailable(StorageProblem.LOCKED, "sqlite"))
    assert ctl.window.ui.scan_result_label.text() == "Not saved"
    assert "773165231200001 was not recorded" in ctl.window.ui.scan_detail_label.text()
    assert "another PC is writing" in ctl.window.database_label.text()
    qtbot.wait_until(lambda: len(beeps) == 3)


def test_daily_backup_runs_once_a_day_in_the_background(
        qtbot, services: AppServices, data_paths: DataPaths) -> None:
    set_up_station(services)
    prefs = Preferences(data_paths.settings_file)
    daily = DailyBackups(services.backups, lambda: prefs.backup_policy)
    with qtbot.wait_signal(daily.finished, timeout=20_000) as done:
        assert daily.run_if_due()
    assert done.args[0].path.name.endswith("-daily.sqlite3")
    assert not daily.run_if_due()  # today's is taken
    services.clock.advance(days=1)  # type: ignore[attr-defined]
    assert services.backups.daily_due(prefs.backup_policy)


def test_a_start_up_failure_is_a_dialog_in_chinese(
        qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    from counter_app.main import main

    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    with sqlite3.connect(data / "counter.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    try:
        assert main(["--data-dir", str(data), "--lang", "zh_CN"]) == 1
    finally:
        Translations().apply("en")
    assert len(shown) == 1
    assert "更新" in shown[0]
    assert "0099" in shown[0]


def test_a_second_desk_on_the_same_data_folder_is_refused_before_it_opens_the_database(
        qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """Two desks on one SQLite file would wait on each other's write lock (issue 12 §6)."""
    from PySide6.QtCore import QLockFile

    from counter_app.main import main

    data = tmp_path / "data"
    data.mkdir()
    first = QLockFile(str(data / "counter-app.lock"))  # the desk already open
    assert first.tryLock(0)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    try:
        assert main(["--data-dir", str(data), "--lang", "en"]) == 1
    finally:
        first.unlock()
    assert "already open on this PC" in shown[0]
    assert not (data / "counter.sqlite3").exists()  # nothing was opened or migrated
