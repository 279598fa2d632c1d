"""The GUI's start: QApplication, translations, error hook, then wizard → login → main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from counter_app.domain.errors import ActorRevoked, DomainError
from counter_app.hardware.print_log import FILE_NAME as PRINT_LOG_FILE
from counter_app.hardware.print_log import PrintLog
from counter_app.paths import DataPaths, report_font
from counter_app.services.app import AppServices
from counter_app.ui import printing
from counter_app.ui.data_safety import DailyBackups, DatabaseWatch
from counter_app.ui.dialogs.login import LoginDialog
from counter_app.ui.dialogs.setup_wizard import SetupWizard
from counter_app.ui.errors import ExceptionHook
from counter_app.ui.i18n import Translations
from counter_app.ui.look import apply_desk_look
from counter_app.ui.main_window import MainWindow, WorkspaceFactory
from counter_app.ui.messages import describe
from counter_app.ui.raw_printing import RawPrinting
from counter_app.ui.scale import ScalePort
from counter_app.ui.scanning import ScanGateway, ScannerHubPort, ScannerManager
from counter_app.ui.settings import Preferences
from counter_app.ui.tasks import settle_heap
from counter_app.ui.workspaces.notify_pages import NoticeSender

if TYPE_CHECKING:
    from counter_app.ui.workspaces.base import Workspace
    from counter_app.ui.workspaces.intake import IntakeWorkspace
    from counter_app.ui.workspaces.warehouse import WarehouseWorkspace

log = logging.getLogger(__name__)


class AppController(QObject):
    """Drives the session: first-run wizard, login, main window, logout.

    Signals:
        _revoked_signal(ActorRevoked): relays a revocation found by any service call (from
            whatever thread) to the GUI thread.
    """

    _revoked_signal = Signal(object)

    def __init__(
        self,
        services: AppServices,
        prefs: Preferences,
        translations: Translations,
        hub: ScannerHubPort,
        scale: ScalePort | None = None,
    ) -> None:
        """Create the main window (hidden until someone logs in); ``scale`` is this PC's
        scale hub (issue 17), None where none is wired (tests)."""
        super().__init__()
        self.services = services
        self.prefs = prefs
        self.translations = translations
        printing.SETUPS.load(prefs)
        # issue 17: the scale and the raw label / receipt printers (before the workspaces,
        # which are attached to them, again after every logout)
        self.scale = scale
        self.raw_printing = RawPrinting(
            prefs, PrintLog(prefs.folder / PRINT_LOG_FILE), report_font(), parent=self)
        workspaces: dict[str, WorkspaceFactory] = self.job_workspaces()
        self.gateway = ScanGateway(services.scans, self)
        self.scanners = ScannerManager(hub, self.gateway, prefs, self)
        self._hub_ports = getattr(hub, "ports", None)
        workspaces["settings"] = self._settings_workspace
        self.window = MainWindow(services, prefs, workspaces)
        self.window.logout_requested.connect(self.logout)
        # issue 13 §4: deactivated or demoted on another PC → logged out at the next action
        self._revoked_signal.connect(self._revoked, Qt.ConnectionType.QueuedConnection)
        services.revocations.subscribe(self._revoked_signal.emit)
        if scale is not None:
            scale.state_changed.connect(self.window.set_scale_state)
        self.gateway.code_scanned.connect(self.window.deliver_scan)
        self.gateway.scan_judged.connect(self.window.show_scan_result)
        self.scanners.states_changed.connect(self.window.set_scanner_states)
        # issue 12: the database's reachability in the status bar, daily backups, restore
        self.database_watch = DatabaseWatch(services.check_database, parent=self)
        self.database_watch.state_changed.connect(self.window.set_database_state)
        self.gateway.scan_not_stored.connect(self.window.show_scan_not_stored)
        self.gateway.scan_not_stored.connect(
            lambda _raw, err: self.database_watch.report(err))
        self.daily_backups = DailyBackups(
            services.backups, lambda: prefs.backup_policy, parent=self)
        # issue 20: the background SMS sender, every minute while someone is logged in
        self.notice_sender = NoticeSender(services, parent=self)
        self.wizard: SetupWizard | None = None
        self.login: LoginDialog | None = None

    def job_workspaces(self) -> dict[str, WorkspaceFactory]:
        """Fresh F1–F4 and F6 workspaces, each built when its tab is first shown (issue 18
        §4): empty forms, today's dates, first pages; the counter and the warehouse attached to
        the scale and the raw printers (issue 17)."""
        return {"counter": self._counter_workspace, "warehouse": self._warehouse_workspace,
                "receipts": self._receipts_workspace, "misroute": self._misroute_workspace,
                "service": self._service_workspace}

    def _attached(self, workspace: IntakeWorkspace | WarehouseWorkspace) -> Workspace:
        workspace.attach_raw_printing(self.raw_printing)
        if self.scale is not None:
            workspace.attach_scale(self.scale)
        return workspace

    # The workspaces' modules are imported when first built: the login window comes sooner.
    def _counter_workspace(self) -> Workspace:
        from counter_app.ui.workspaces.intake import IntakeWorkspace

        return self._attached(IntakeWorkspace(self.services))

    def _warehouse_workspace(self) -> Workspace:
        from counter_app.ui.workspaces.warehouse import WarehouseWorkspace

        return self._attached(WarehouseWorkspace(self.services))

    def _receipts_workspace(self) -> Workspace:
        from counter_app.ui.workspaces.receipts import ReceiptsWorkspace

        return ReceiptsWorkspace(self.services)

    def _misroute_workspace(self) -> Workspace:
        from counter_app.ui.workspaces.misroute import MisrouteWorkspace

        return MisrouteWorkspace(self.services)

    def _service_workspace(self) -> Workspace:
        from counter_app.ui.workspaces.service_desk import ServiceDeskWorkspace

        return ServiceDeskWorkspace(self.services)

    def _settings_workspace(self) -> Workspace:
        from counter_app.ui.workspaces.hardware_page import HardwarePage
        from counter_app.ui.workspaces.settings import SettingsWorkspace

        hardware = HardwarePage(self.prefs, self.scale, self.raw_printing, ports=self._hub_ports)
        settings = SettingsWorkspace(self.services, self.prefs, self.set_language, self.scanners,
                                     self.gateway, hardware=hardware)
        settings.data_page.restored.connect(lambda _result: self.logout())
        return settings

    def start_scanners(self) -> list[str]:
        """Start this PC's scanners (and its scale) from its preferences."""
        if self.scale is not None:
            self.scale.apply(self.prefs.scale or None)
        return self.scanners.apply(self.services.scans)

    def stop_devices(self) -> None:
        """Stop the scanners, the scale and the print thread (at quit)."""
        self.scanners.stop()
        if self.scale is not None:
            self.scale.stop()
        self.raw_printing.stop()

    def start(self) -> None:
        """Open the wizard on first run, else the login dialog."""
        if self.services.station.is_set_up():
            self.show_login()
        else:
            self.wizard = SetupWizard(self.services.station)
            self.wizard.finished.connect(self._wizard_finished)
            self.wizard.open()

    def _wizard_finished(self, result: int) -> None:
        assert self.wizard is not None
        supervisor = self.wizard.supervisor
        if supervisor is None:
            QApplication.quit()
            return
        self.prefs.last_job_number = supervisor.job_number
        self.show_login()

    def show_login(self) -> None:
        """Ask for job number and password."""
        profile = self.services.station.profile()
        self.login = LoginDialog(
            self.services.auth,
            station_name=profile.name if profile else "",
            job_number=self.prefs.last_job_number,
            language=self.translations.language,
        )
        self.login.language_chosen.connect(self.set_language)
        self.login.finished.connect(self._login_finished)
        self.login.open()

    def _login_finished(self, _result: int) -> None:
        assert self.login is not None
        member = self.login.member
        if member is None:
            if not self.window.isVisible():
                QApplication.quit()
            return
        self.prefs.last_job_number = member.job_number
        self.prefs.sync()
        self.window.set_operator(member)
        self.notice_sender.start()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _revoked(self, revoked: ActorRevoked) -> None:
        """Tell the operator why, then ask for a login (queued: the failing slot ends first)."""
        if self.window.operator is None:
            return
        self.tell_revoked(describe(revoked))
        self.logout()

    def tell_revoked(self, text: str) -> None:
        """Say why the session ended (replaced in tests)."""
        QMessageBox.warning(
            self.window, QCoreApplication.translate("Session", "Logged out"), text)

    def logout(self) -> None:
        """Hide the desk and ask for the next operator, who finds a clean desk: fresh
        workspaces (nothing typed, marked, chosen or dated by the last clerk), the first page of
        every workspace, a neutral result bar (issue 15)."""
        self.window.hide()
        self.notice_sender.stop()
        self.window.operator = None
        self.window.clean_desk(self.job_workspaces())
        self.show_login()

    def set_language(self, language: str) -> None:
        """Switch the UI language now (widgets retranslate on LanguageChange)."""
        self.translations.apply(language)
        self.prefs.language = language
        self.prefs.sync()


def make_application() -> QApplication:
    """Return the QApplication (created once) with the desk's base font."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("counter-app")
    app.setOrganizationName("counter-app")
    apply_desk_look(app)
    return app


def lock_data_folder(root: Path) -> QLockFile | None:
    """Hold this data folder for this run; None when another desk process holds it.

    Two desks on one SQLite file would make each wait on the other's write lock (issue 12
    §6). A lock left by a crashed run is stale once its process is gone, and is taken over.
    """
    lock = QLockFile(str(root / "counter-app.lock"))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    return lock if lock.tryLock(200) else None


def run_gui(
    services: AppServices,
    paths: DataPaths,
    hub_factory: Callable[[], ScannerHubPort],
    *,
    lang: str | None = None,
    quit_after: float | None = None,
    scale_factory: Callable[[], ScalePort] | None = None,
) -> int:
    """Run the desktop application until the last window closes."""
    app = make_application()
    prefs = Preferences(paths.settings_file)
    translations = Translations()
    translations.apply(lang or prefs.language)
    hook = ExceptionHook()
    hook.install()
    controller = AppController(services, prefs, translations, hub_factory(),
                               scale_factory() if scale_factory is not None else None)
    controller.start_scanners()
    controller.start()
    controller.database_watch.start()
    controller.daily_backups.start()
    settle_heap()
    app.aboutToQuit.connect(controller.stop_devices)
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), app.quit)
    try:
        return app.exec()
    finally:
        hook.uninstall()


def _message_translations(lang: str | None) -> Translations:
    """The application and its translators for one start-up dialog (removed after it)."""
    make_application()
    translations = Translations()
    translations.apply(lang or "zh_CN")
    return translations


def _start_box(err: DomainError, folder: str, *, retry: bool) -> QMessageBox:
    from counter_app.ui.messages_storage import describe_storage

    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning if retry else QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("StartUp", "The station desk cannot start"))
    box.setText(describe_storage(err, folder=folder))
    if retry:
        box.setStandardButtons(
            QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close)
        box.setDefaultButton(QMessageBox.StandardButton.Retry)
    return box


def show_start_error(err: DomainError, folder: str, *, lang: str | None = None) -> None:
    """Why the desk cannot start, as a dialog in the UI language (issue 12 §6)."""
    translations = _message_translations(lang)
    try:
        _start_box(err, folder, retry=False).exec()
    finally:
        translations.apply("en")  # the source language: no translator left installed


def ask_start_retry(err: DomainError, *, lang: str | None = None) -> bool:
    """The database server cannot be reached at start: try again, or quit?"""
    translations = _message_translations(lang)
    try:
        return _start_box(err, "", retry=True).exec() == QMessageBox.StandardButton.Retry.value
    finally:
        translations.apply("en")
