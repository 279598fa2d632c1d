"""The GUI's start: QApplication, translations, error hook, then wizard → login → main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from counter_app.paths import DataPaths
from counter_app.services.app import AppServices
from counter_app.ui import printing
from counter_app.ui.dialogs.login import LoginDialog
from counter_app.ui.dialogs.setup_wizard import SetupWizard
from counter_app.ui.errors import ExceptionHook
from counter_app.ui.i18n import Translations
from counter_app.ui.look import apply_desk_look
from counter_app.ui.main_window import MainWindow
from counter_app.ui.scanning import ScanGateway, ScannerHubPort, ScannerManager
from counter_app.ui.settings import Preferences
from counter_app.ui.tasks import settle_heap
from counter_app.ui.workspaces.base import Workspace
from counter_app.ui.workspaces.intake import IntakeWorkspace
from counter_app.ui.workspaces.misroute import MisrouteWorkspace
from counter_app.ui.workspaces.receipts import ReceiptsWorkspace
from counter_app.ui.workspaces.settings import SettingsWorkspace
from counter_app.ui.workspaces.warehouse import WarehouseWorkspace

log = logging.getLogger(__name__)


class AppController(QObject):
    """Drives the session: first-run wizard, login, main window, logout."""

    def __init__(
        self,
        services: AppServices,
        prefs: Preferences,
        translations: Translations,
        hub: ScannerHubPort,
    ) -> None:
        """Create the main window (hidden until someone logs in)."""
        super().__init__()
        self.services = services
        self.prefs = prefs
        self.translations = translations
        printing.SETUPS.load(prefs)
        workspaces: dict[str, Workspace] = self.job_workspaces()
        self.gateway = ScanGateway(services.scans, self)
        self.scanners = ScannerManager(hub, self.gateway, prefs, self)
        workspaces["settings"] = SettingsWorkspace(
            services, prefs, self.set_language, self.scanners, self.gateway
        )
        self.window = MainWindow(services, prefs, workspaces)
        self.window.logout_requested.connect(self.logout)
        self.gateway.code_scanned.connect(self.window.deliver_scan)
        self.gateway.scan_judged.connect(self.window.show_scan_result)
        self.scanners.states_changed.connect(self.window.set_scanner_states)
        self.wizard: SetupWizard | None = None
        self.login: LoginDialog | None = None

    def job_workspaces(self) -> dict[str, Workspace]:
        """Fresh F1–F4 workspaces: empty forms, today's dates, first pages."""
        services = self.services
        return {"counter": IntakeWorkspace(services), "warehouse": WarehouseWorkspace(services),
                "receipts": ReceiptsWorkspace(services), "misroute": MisrouteWorkspace(services)}

    def start_scanners(self) -> list[str]:
        """Start this PC's scanners from its preferences."""
        return self.scanners.apply(self.services.scans)

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
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def logout(self) -> None:
        """Hide the desk and ask for the next operator, who finds a clean desk: fresh
        workspaces (nothing typed, marked, chosen or dated by the last clerk), the first page of
        every workspace, a neutral result bar (issue 15)."""
        self.window.hide()
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


def run_gui(
    services: AppServices,
    paths: DataPaths,
    hub_factory: Callable[[], ScannerHubPort],
    *,
    lang: str | None = None,
    quit_after: float | None = None,
) -> int:
    """Run the desktop application until the last window closes."""
    app = make_application()
    prefs = Preferences(paths.settings_file)
    translations = Translations()
    translations.apply(lang or prefs.language)
    hook = ExceptionHook()
    hook.install()
    controller = AppController(services, prefs, translations, hub_factory())
    controller.start_scanners()
    controller.start()
    settle_heap()
    app.aboutToQuit.connect(controller.scanners.stop)
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), app.quit)
    try:
        return app.exec()
    finally:
        hook.uninstall()
