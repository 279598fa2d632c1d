"""The main window: one workspace per job behind F-keys, and a status bar (operator, shift,
database, scanner)."""

from __future__ import annotations

import re
from typing import ClassVar

from typing_extensions import override

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from counter_app.domain.errors import DomainError
from counter_app.domain.scanning import RawScan, ScanEvent, ScanOutcome
from counter_app.domain.staff import Permission, StaffMember, allowed
from counter_app.domain.storage import StorageProblem, StorageUnavailable
from counter_app.domain.waybills import WaybillRejected
from counter_app.services.app import AppServices
from counter_app.services.scanning import ScanResult
from counter_app.ui import printing
from counter_app.ui.forms.ui_main_window import Ui_MainWindow
from counter_app.ui.keyboard import DateTimeTyping, EnterMovesOn, arm_keyboard
from counter_app.ui.messages import carrier_names, describe_waybill
from counter_app.ui.parcel_view import ParcelDialog
from counter_app.ui.printing import PrintResult
from counter_app.ui.scanning import Cues
from counter_app.ui.settings import Preferences
from counter_app.ui.workspaces.base import PENDING, ScanFeedback, Workspace
from counter_app.ui.workspaces.settings_texts import role_name

translate = QCoreApplication.translate
PAGE_NUMBER = re.compile(r"^[1-9] ")


# (workspace key, F-key, permission needed to work in it; None = everyone)
WORKSPACE_KEYS: tuple[tuple[str, str, Permission | None], ...] = (
    ("counter", "F1", Permission.USE_COUNTER),
    ("warehouse", "F2", Permission.USE_WAREHOUSE),
    ("receipts", "F3", Permission.USE_RECEIPTS),
    ("misroute", "F4", Permission.USE_MISROUTE),
    ("settings", "F5", None),
    ("service", "F6", Permission.USE_SERVICE_DESK),  # 客服 (issue 19)
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
        self._typing = DateTimeTyping(services.clock.now, self)
        self._enter = EnterMovesOn(self)
        self._desk_keys: dict[str, QShortcut] = {}
        for key, fkey, _perm in WORKSPACE_KEYS:
            self.ui.workspace_tabs.addTab(workspaces[key], "")
            arm_keyboard(workspaces[key], self._typing, self._enter)
            workspaces[key].scan_answered.connect(self.show_feedback)
            shortcut = QShortcut(QKeySequence(fkey), self)
            # Window context: F-keys act wherever the focus is inside the desk window.
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda k=key: self.show_workspace(k))
            self._desk_keys[fkey] = shortcut
        # The pages of the visible workspace (issue 15): Ctrl+Tab / Ctrl+PgDown onwards,
        # Ctrl+Shift+Tab / Ctrl+PgUp back, Ctrl+1…9 straight to one; the keys are on the tabs.
        for keys, step in (("Ctrl+Tab", 1), ("Ctrl+PgDown", 1), ("Ctrl+Shift+Tab", -1),
                           ("Ctrl+Shift+Backtab", -1), ("Ctrl+PgUp", -1)):
            page_key = QShortcut(QKeySequence(keys), self)
            page_key.setContext(Qt.ShortcutContext.WindowShortcut)
            page_key.activated.connect(lambda s=step: self.step_page(s))
        for n in range(1, 10):
            page_key = QShortcut(QKeySequence(f"Ctrl+{n}"), self)
            page_key.setContext(Qt.ShortcutContext.WindowShortcut)
            page_key.activated.connect(lambda i=n - 1: self.show_page(i))
        # issue 16 §1: the parcel view over any desk
        self.parcel_dialog: ParcelDialog | None = None
        find = QShortcut(QKeySequence("Ctrl+F"), self)
        find.setContext(Qt.ShortcutContext.WindowShortcut)
        find.activated.connect(self.open_parcel_view)
        for workspace in workspaces.values():
            self._follow_title(workspace)
        logout = QShortcut(QKeySequence("Ctrl+Shift+L"), self)
        logout.activated.connect(self.logout_requested)
        self.ui.workspace_tabs.currentChanged.connect(self._tab_changed)
        self.operator_label = self._status_label("operator_label")
        self.shift_label = self._status_label("shift_label")
        self.database_label = self._status_label("database_label")
        self.scanner_label = self._status_label("scanner_label")
        self.scale_label = self._status_label("scale_label")  # issue 17: hidden without a scale
        self._scale_state = ""
        self._scanner_state = ""
        self._database_problem: StorageProblem | None = None
        self._shift_text = ""
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(30_000)
        self._clock_timer.timeout.connect(self.refresh_status)
        self._clock_timer.start()
        self.cues = Cues()
        self.last_feedback: ScanFeedback | None = None
        self._pale = ("#eeeeee", "#333333")
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        self.ui.scan_result_label.setText("")
        self.ui.scan_detail_label.setText("")
        printing.events().print_finished.connect(self.show_print_result)
        if geometry := prefs.window_geometry:
            self.restoreGeometry(geometry)
        self._retranslate()

    def clean_desk(self, fresh: dict[str, Workspace]) -> None:
        """Put fresh workspaces in place of the old ones (logout), every other workspace on
        its first page, and the result bar back to neutral."""
        tabs = self.ui.workspace_tabs
        tabs.blockSignals(True)
        try:
            for index, (key, _fkey, _perm) in enumerate(WORKSPACE_KEYS):
                if key not in fresh:
                    for inner in self.workspaces[key].findChildren(QTabWidget):
                        inner.setCurrentIndex(0)
                    continue
                old = self.workspaces[key]
                tabs.removeTab(index)
                tabs.insertTab(index, fresh[key], "")
                arm_keyboard(fresh[key], self._typing, self._enter)
                self._follow_title(fresh[key])
                fresh[key].scan_answered.connect(self.show_feedback)
                self.workspaces[key] = fresh[key]
                old.deleteLater()
            tabs.setCurrentIndex(0)
        finally:
            tabs.blockSignals(False)
        if self.parcel_dialog is not None:  # the next clerk starts without the last one's parcel
            self.parcel_dialog.close()
            self.parcel_dialog.deleteLater()
            self.parcel_dialog = None
        self._retranslate()
        self._flash_timer.stop()
        self.last_feedback = None
        self.ui.scan_result_label.setText("")
        self.ui.scan_detail_label.setText("")
        self.ui.scan_feedback_frame.setStyleSheet("")
        self.ui.status_bar.clearMessage()

    def _status_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setContentsMargins(8, 0, 8, 0)
        self.ui.status_bar.addPermanentWidget(label)
        return label

    def set_operator(self, operator: StaffMember) -> None:
        """Show who works here now; enable the workspaces their role allows."""
        self.operator = operator
        usable = []
        for index, (key, _fkey, perm) in enumerate(WORKSPACE_KEYS):
            ok = perm is None or allowed(operator.role, perm)
            self.ui.workspace_tabs.setTabEnabled(index, ok)
            if ok:
                usable.append((key, perm))
        # the role's own desk first: a desk every role shares (错写大字) or settings only when
        # there is no other (the 客服 role opens on F6, issue 19)
        own = [k for k, p in usable if p is not None and p is not Permission.USE_MISROUTE]
        first_allowed = own[0] if own else usable[0][0] if usable else None
        self.refresh_status()
        for workspace in self.workspaces.values():
            if (watch := getattr(workspace, "watch", None)) is not None:
                watch(operator)  # counts every desk sees (the F6 tab, CS-2)
        if first_allowed:
            self.show_workspace(first_allowed)
        self.workspaces[self.current_key()].activate(operator)

    def _follow_title(self, workspace: Workspace) -> None:
        """Workspaces whose title carries a count (F6) tell the window when it changes."""
        if (changed := getattr(workspace, "title_changed", None)) is not None:
            changed.connect(self._retitle)

    def _retitle(self) -> None:
        for index, (key, fkey, _perm) in enumerate(WORKSPACE_KEYS):
            self.ui.workspace_tabs.setTabText(index, f"{fkey} {self.workspaces[key].title()}")

    def open_parcel_view(self, number: str = "") -> None:
        """Ctrl+F: everything the station knows about one waybill (issue 16 §1)."""
        if self.operator is None or not allowed(self.operator.role, Permission.VIEW_PARCEL):
            return
        if self.parcel_dialog is None:
            self.parcel_dialog = ParcelDialog(self._services.parcels, self)
        self.parcel_dialog.open_for(self.operator, number)

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

    def page_tabs(self, key: str | None = None) -> QTabWidget | None:
        """The outermost tab widget of a workspace (its pages), if it has pages."""
        workspace = self.workspaces[key or self.current_key()]
        if not shiboken6.isValid(workspace):  # closing down
            return None
        every = workspace.findChildren(QTabWidget)
        outer = [t for t in every if not any(o is not t and o.isAncestorOf(t) for o in every)]
        return outer[0] if outer else None

    def step_page(self, step: int) -> None:
        """Ctrl+Tab / Ctrl+Shift+Tab: the next or previous page of the visible workspace."""
        if (tabs := self.page_tabs()) is None or tabs.count() == 0:
            return
        index = tabs.currentIndex()
        for _ in range(tabs.count()):
            index = (index + step) % tabs.count()
            if tabs.isTabEnabled(index) and tabs.isTabVisible(index):
                tabs.setCurrentIndex(index)
                return

    def show_page(self, index: int) -> None:
        """Ctrl+digit: a page of the visible workspace."""
        tabs = self.page_tabs()
        if tabs is not None and index < tabs.count() and tabs.isTabEnabled(index):
            tabs.setCurrentIndex(index)

    def _decorate_page_tabs(self) -> None:
        """Put each page's key on its tab: "1 收寄", tool tip "Ctrl+1"."""
        for key, _fkey, _perm in WORKSPACE_KEYS:
            if (tabs := self.page_tabs(key)) is None:
                continue
            for index in range(tabs.count()):
                text = PAGE_NUMBER.sub("", tabs.tabText(index))
                if index < 9:
                    tabs.setTabText(index, f"{index + 1} {text}")
                    tabs.setTabToolTip(index, translate(
                        "MainWindow", "Ctrl+{n} · Ctrl+Tab: next page").format(n=index + 1))

    def _tab_changed(self, index: int) -> None:
        if index >= 0:  # a key the visible desk uses itself is not a desk key meanwhile
            claimed = self.workspaces[WORKSPACE_KEYS[index][0]].claimed_keys
            for fkey, shortcut in self._desk_keys.items():
                shortcut.setEnabled(fkey not in claimed)
        if self.operator is not None and index >= 0:
            self.workspaces[WORKSPACE_KEYS[index][0]].activate(self.operator)

    # --- scans (issue 3): the gateway's verdicts and the big colour-coded result area
    FEEDBACK_STYLE: ClassVar[dict[ScanOutcome, tuple[str, str]]] = {
        ScanOutcome.ACCEPTED: ("#2e7d32", "#e8f5e9"),
        ScanOutcome.REJECTED: ("#c62828", "#ffebee"),
        ScanOutcome.DUPLICATE: ("#f9a825", "#fff8e1"),
    }
    FLASH_MS = 1200

    def deliver_scan(self, event: ScanEvent) -> None:
        """Hand an accepted code to the visible workspace and show what it says."""
        if self.operator is None:
            return
        if self.parcel_dialog is not None and self.parcel_dialog.isActiveWindow():
            self.parcel_dialog.handle_scan(event)  # a serial scan into the parcel view
            return
        feedback = self.workspaces[self.current_key()].handle_scan(event)
        if feedback is PENDING:
            return  # the workspace answers through scan_answered
        self.show_feedback(
            feedback
            or ScanFeedback(
                ScanOutcome.ACCEPTED,
                translate("MainWindow", "Accepted"),
                f"{event.number} · {carrier_names(event.carriers)}",
            )
        )

    def show_scan_result(self, result: ScanResult) -> None:
        """Show a rejected or duplicate read (accepted ones come through deliver_scan)."""
        if result.outcome is ScanOutcome.REJECTED:
            assert isinstance(result.check, WaybillRejected)
            self.show_feedback(
                ScanFeedback(
                    result.outcome,
                    translate("MainWindow", "Rejected"),
                    describe_waybill(result.check)
                    + (f"  [{result.raw.text}]" if result.raw.text else ""),
                )
            )
        elif result.outcome is ScanOutcome.DUPLICATE:
            self.show_feedback(
                ScanFeedback(
                    result.outcome,
                    translate("MainWindow", "Duplicate"),
                    translate(
                        "MainWindow", "{number} was just scanned; it was not recorded again."
                    ).format(number=result.check.number),
                )
            )

    def show_scan_not_stored(self, raw: RawScan, err: StorageUnavailable) -> None:
        """A read that could not be journalled: red, three beeps, "scan again" (SC-3)."""
        self.set_database_state(err.problem)
        self.show_feedback(
            ScanFeedback(
                ScanOutcome.REJECTED,
                translate("MainWindow", "Not saved"),
                translate(
                    "MainWindow", "{number} was not recorded: the database cannot be written. "
                    "Scan it again when the status bar says the database is back."
                ).format(number=raw.text[:40] or "—"),
            )
        )

    def set_database_state(self, problem: StorageProblem | None) -> None:
        """Show in the status bar whether the database can be reached (issue 12 §6)."""
        if problem is self._database_problem:
            return
        self._database_problem = problem
        self.refresh_status()

    def show_feedback(self, feedback: ScanFeedback, *, sound: bool = True) -> None:
        """Flash the result area in the outcome's colour, then keep a pale tint."""
        strong, pale = self.FEEDBACK_STYLE[feedback.outcome]
        self.ui.scan_result_label.setText(feedback.headline)
        self.ui.scan_detail_label.setText(feedback.detail)
        self.last_feedback = feedback
        frame = self.ui.scan_feedback_frame
        frame.setStyleSheet(
            f"#scan_feedback_frame {{ background: {strong}; }} "
            f"#scan_feedback_frame QLabel {{ color: white; }}"
        )
        self._flash_timer.start(self.FLASH_MS)
        self._pale = (pale, strong)
        if sound:
            self.cues.play(feedback.outcome)

    def show_print_result(self, result: PrintResult) -> None:
        """A print's outcome on the result bar: printed (green), cancelled (amber), failed
        (red), so the clerk never wonders whether the slip came out."""
        if result.ok:
            outcome, headline = ScanOutcome.ACCEPTED, translate("MainWindow", "Printed")
        elif result.cancelled:
            outcome, headline = ScanOutcome.DUPLICATE, translate("MainWindow", "Not printed")
        else:
            outcome, headline = ScanOutcome.REJECTED, translate("MainWindow", "Print failed")
        self.show_feedback(ScanFeedback(outcome, headline, printing.describe_result(result)),
                           sound=not result.ok)

    def _end_flash(self) -> None:
        pale, strong = self._pale
        self.ui.scan_feedback_frame.setStyleSheet(
            f"#scan_feedback_frame {{ background: {pale}; }} "
            f"#scan_feedback_frame QLabel {{ color: {strong}; }}"
        )

    def set_scanner_states(self, states: dict[str, str]) -> None:
        """Summarise the scanners for the status bar; an unplugged one is named."""
        down = [
            s.removeprefix("serial:")
            for s, st in states.items()
            if st == "disconnected" or st.startswith("error")
        ]
        serial = [s for s in states if s.startswith("serial:")]
        if down:
            text = translate("MainWindow", "{ports} unplugged, reconnecting").format(
                ports=", ".join(down)
            )
        elif serial:
            text = translate("MainWindow", "{n} serial connected").format(n=len(serial))
        else:
            text = ""
        if states.get("wedge") == "on":
            text = (text + " · " if text else "") + translate("MainWindow", "USB keyboard")
        self.set_scanner_state(text)

    def set_scale_state(self, state: str) -> None:
        """Show the scale's state ("" = no scale: the label is hidden) (issue 17)."""
        self._scale_state = state
        self.refresh_status()

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
        try:
            shifts = self._services.station.shift_times()
        except DomainError:  # the database is away: keep the last text, say so below
            shifts = None
        now = self._services.clock.now().time()
        which = shifts.shift_at(now) if shifts is not None else None
        if shifts is None:
            text = self._shift_text
        elif which == "early":
            text = translate("MainWindow", "Early shift {start}–{end}").format(
                start=shifts.early_start.strftime("%H:%M"), end=shifts.early_end.strftime("%H:%M")
            )
        elif which == "late":
            text = translate("MainWindow", "Late shift {start}–{end}").format(
                start=shifts.late_start.strftime("%H:%M"), end=shifts.late_end.strftime("%H:%M")
            )
        else:
            text = translate("MainWindow", "Outside shift hours")
        self._shift_text = text
        self.shift_label.setText(text)
        db_text = translate("MainWindow", "Database: {db}").format(
            db=self._services.database_description
        )
        problem = self._database_problem
        if problem is StorageProblem.UNREACHABLE:
            db_text += translate("MainWindow", " — connection lost, retrying…")
        elif problem is StorageProblem.LOCKED:
            db_text += translate("MainWindow", " — another PC is writing, waiting…")
        elif problem is StorageProblem.DISK_FULL:
            db_text += translate("MainWindow", " — disk full")
        elif problem is StorageProblem.READ_ONLY:
            db_text += translate("MainWindow", " — cannot be written")
        self.database_label.setText(db_text)
        self.database_label.setStyleSheet(
            "" if problem is None else "color: white; background: #c62828; font-weight: bold;"
        )
        self.scanner_label.setText(
            translate("MainWindow", "Scanner: {state}").format(
                state=self._scanner_state or translate("MainWindow", "none configured")
            )
        )
        scale = self._scale_state
        self.scale_label.setVisible(bool(scale))
        down = scale == "disconnected" or scale.startswith("error")
        self.scale_label.setText(
            translate("MainWindow", "Scale: unplugged, reconnecting") if down
            else translate("MainWindow", "Scale: connected"))
        self.scale_label.setStyleSheet(
            "color: white; background: #c62828; font-weight: bold;" if down else "")

    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._retitle()
        self.refresh_status()
        self._decorate_page_tabs()
        # The workspaces retranslate their own tabs on the same LanguageChange; number them
        # again once they have.
        QTimer.singleShot(0, self, self._decorate_page_tabs)

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
