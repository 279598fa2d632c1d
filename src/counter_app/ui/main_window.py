"""The main window: one workspace per job behind F-keys, and a status bar (operator, shift,
database, scanner)."""

from __future__ import annotations

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from counter_app.domain.staff import Permission, StaffMember, allowed
from counter_app.services.app import AppServices
from counter_app.ui.forms.ui_main_window import Ui_MainWindow
from counter_app.ui.settings import Preferences
from counter_app.ui.workspaces.base import Workspace
from counter_app.ui.workspaces.settings import role_name

translate = QCoreApplication.translate


# (workspace key, F-key, permission needed to work in it; None = everyone)
WORKSPACE_KEYS: tuple[tuple[str, str, Permission | None], ...] = (
    ("counter", "F1", Permission.USE_COUNTER),
    ("warehouse", "F2", Permission.USE_WAREHOUSE),
    ("receipts", "F3", Permission.USE_RECEIPTS),
    ("misroute", "F4", Permission.USE_MISROUTE),
    ("settings", "F5", None),
)


class MainWindow(QMainWindow):
    """Hosts the workspaces. Workspaces a role may not use are shown disabled.

    Signals:
        logout_requested(): the operator chose to log out (shift change).
    """

    logout_requested = Signal()

    def __init__(
        self,
        services: AppServices,
        prefs: Preferences,
        workspaces: dict[str, Workspace],
        parent: QWidget | None = None,
    ) -> None:
        """Place the workspaces in F-key order and build the status bar."""
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._services = services
        self._prefs = prefs
        self.workspaces = workspaces
        self.operator: StaffMember | None = None
        for key, fkey, _perm in WORKSPACE_KEYS:
            self.ui.workspace_tabs.addTab(workspaces[key], "")
            shortcut = QShortcut(QKeySequence(fkey), self)
            # Window context: F-keys act wherever the focus is inside the desk window.
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda k=key: self.show_workspace(k))
        logout = QShortcut(QKeySequence("Ctrl+Shift+L"), self)
        logout.activated.connect(self.logout_requested)
        self.ui.workspace_tabs.currentChanged.connect(self._tab_changed)
        self.operator_label = self._status_label("operator_label")
        self.shift_label = self._status_label("shift_label")
        self.database_label = self._status_label("database_label")
        self.scanner_label = self._status_label("scanner_label")
        self._scanner_state = ""
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(30_000)
        self._clock_timer.timeout.connect(self.refresh_status)
        self._clock_timer.start()
        if geometry := prefs.window_geometry:
            self.restoreGeometry(geometry)
        self._retranslate()

    def _status_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setContentsMargins(8, 0, 8, 0)
        self.ui.status_bar.addPermanentWidget(label)
        return label

    def set_operator(self, operator: StaffMember) -> None:
        """Show who works here now; enable the workspaces their role allows."""
        self.operator = operator
        first_allowed = None
        for index, (key, _fkey, perm) in enumerate(WORKSPACE_KEYS):
            ok = perm is None or allowed(operator.role, perm)
            self.ui.workspace_tabs.setTabEnabled(index, ok)
            if ok and first_allowed is None:
                first_allowed = key
        self.refresh_status()
        if first_allowed:
            self.show_workspace(first_allowed)
        self.workspaces[self.current_key()].activate(operator)

    def current_key(self) -> str:
        """Key of the visible workspace."""
        return WORKSPACE_KEYS[self.ui.workspace_tabs.currentIndex()][0]

    def show_workspace(self, key: str) -> bool:
        """Switch to a workspace (F-key); refused (False) if the role may not use it."""
        index = [k for k, _f, _p in WORKSPACE_KEYS].index(key)
        if not self.ui.workspace_tabs.isTabEnabled(index):
            self.ui.status_bar.showMessage(
                translate("MainWindow", "Your role may not use this workspace."), 4000
            )
            return False
        self.ui.workspace_tabs.setCurrentIndex(index)
        return True

    def _tab_changed(self, index: int) -> None:
        if self.operator is not None and index >= 0:
            self.workspaces[WORKSPACE_KEYS[index][0]].activate(self.operator)

    def set_scanner_state(self, text: str) -> None:
        """Show the scanners' state (set by the scanner gateway)."""
        self._scanner_state = text
        self.refresh_status()

    def refresh_status(self) -> None:
        """Update operator, shift, database and scanner labels."""
        op = self.operator
        self.operator_label.setText(
            translate("MainWindow", "Operator: {name} ({job}) · {role}").format(
                name=op.name, job=op.job_number, role=role_name(op.role)
            )
            if op
            else translate("MainWindow", "Not logged in")
        )
        shifts = self._services.station.shift_times()
        now = self._services.clock.now().time()
        which = shifts.shift_at(now)
        if which == "early":
            text = translate("MainWindow", "Early shift {start}–{end}").format(
                start=shifts.early_start.strftime("%H:%M"), end=shifts.early_end.strftime("%H:%M")
            )
        elif which == "late":
            text = translate("MainWindow", "Late shift {start}–{end}").format(
                start=shifts.late_start.strftime("%H:%M"), end=shifts.late_end.strftime("%H:%M")
            )
        else:
            text = translate("MainWindow", "Outside shift hours")
        self.shift_label.setText(text)
        self.database_label.setText(
            translate("MainWindow", "Database: {db}").format(db=self._services.database_description)
        )
        self.scanner_label.setText(
            translate("MainWindow", "Scanner: {state}").format(
                state=self._scanner_state or translate("MainWindow", "none configured")
            )
        )

    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for index, (key, fkey, _perm) in enumerate(WORKSPACE_KEYS):
            self.ui.workspace_tabs.setTabText(index, f"{fkey} {self.workspaces[key].title()}")
        self.refresh_status()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self._prefs.window_geometry = self.saveGeometry()
        self._prefs.sync()
        super().closeEvent(event)
