"""设置 → 数据安全: backups of this PC's database, restore, and personal-data retention (issue 12).

Everyone sees the backups and may take one; restoring and purging are a supervisor's
(``Permission.MANAGE_DATA``). A backup runs in a worker thread, so the desk keeps working.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from counter_app.domain.errors import DomainError, StaleEdit
from counter_app.domain.staff import Permission, StaffMember, allowed
from counter_app.domain.storage import BackupInfo
from counter_app.services.app import AppServices
from counter_app.services.backups import BackupPolicy, BackupRun, RestoreResult
from counter_app.services.retention import PARTS, SIZE_PARTS, RetentionPreview
from counter_app.ui.forms.ui_data_safety_page import Ui_DataSafetyPage
from counter_app.ui.look import ERROR_STYLE, OK_STYLE
from counter_app.ui.messages import describe
from counter_app.ui.messages_storage import describe_backup_info, describe_storage, size_text
from counter_app.ui.settings import Preferences
from counter_app.ui.tasks import run_in_background
from counter_app.ui.widgets.tables import fill_table

translate = QCoreApplication.translate



def kind_name(kind: str) -> str:
    """Translated backup kind."""
    return {
        "daily": translate("DataSafetyPage", "daily"),
        "manual": translate("DataSafetyPage", "manual"),
        "pre-upgrade": translate("DataSafetyPage", "before an upgrade"),
        "before-restore": translate("DataSafetyPage", "kept at a restore"),
    }.get(kind, kind)


def part_name(part: str) -> str:
    """Translated retention part."""
    return {
        "receipts": translate("DataSafetyPage", "Signed receipts (deleted)"),
        "delivery_lists": translate("DataSafetyPage", "Delivery lists (deleted)"),
        "senders": translate("DataSafetyPage", "Sender register for recall (deleted)"),
        "acceptances": translate("DataSafetyPage", "Counter parcels (masked)"),
        "stays": translate("DataSafetyPage", "Warehouse parcels (masked)"),
        "scans": translate("DataSafetyPage", "Scan journal (deleted)"),
        "audit": translate("DataSafetyPage", "Audit log entries (deleted)"),
    }.get(part, part)


def size_part_name(part: str) -> str:
    """Translated part of the database for the sizes table."""
    return {
        "scan_journal": translate("DataSafetyPage", "Scan journal"),
        "audit_log": translate("DataSafetyPage", "Audit log"),
        "warehouse": translate("DataSafetyPage", "Warehouse"),
        "counter": translate("DataSafetyPage", "Counter"),
        "receipts": translate("DataSafetyPage", "Receipts"),
        "other": translate("DataSafetyPage", "Other"),
    }.get(part, part)


class DataSafetyPage(QWidget):
    """Backups, restore and retention.

    Signals:
        backup_finished(object): a BackupRun or the DomainError that stopped it.
        restored(object): a RestoreResult; the desk logs out so the next login reads it.
    """

    backup_finished = Signal(object)
    restored = Signal(object)
    sizes_measured = Signal(object)

    def __init__(
        self, services: AppServices, prefs: Preferences, parent: QWidget | None = None
    ) -> None:
        """Build the page; nothing is read until ``activate``."""
        super().__init__(parent)
        self.ui = Ui_DataSafetyPage()
        self.ui.setupUi(self)
        self.setObjectName("data_safety_page")
        self._services = services
        self._prefs = prefs
        self._operator: StaffMember | None = None
        self._retention_version: int | None = None
        self._backing_up = False
        ui = self.ui
        ui.backup_now_button.clicked.connect(self.backup_now)
        ui.save_backup_settings_button.clicked.connect(self.save_backup_settings)
        ui.second_place_button.clicked.connect(self.choose_second_place)
        ui.restore_button.clicked.connect(self.restore)
        ui.refresh_retention_button.clicked.connect(self.load_retention)
        ui.save_retention_button.clicked.connect(self.save_retention)
        ui.purge_button.clicked.connect(self.purge)
        ui.measure_sizes_button.clicked.connect(self.measure_sizes)
        self.backup_finished.connect(self._backup_done)
        self.sizes_measured.connect(self._show_sizes)

    # --- replaceable in tests
    def ask_open(self) -> str:
        """Which backup file to restore."""
        path, _ = QFileDialog.getOpenFileName(
            self, translate("DataSafetyPage", "Restore from a backup"),
            str(Path(self._backup_folder())),
            translate("DataSafetyPage", "Database backups (*.sqlite3);;All files (*)"),
        )
        return path

    def ask_folder(self) -> str:
        """Where the second copy goes."""
        return QFileDialog.getExistingDirectory(
            self, translate("DataSafetyPage", "Second place for backups"))

    def ask_confirm(self, title: str, text: str) -> bool:
        """A yes/no question whose default is No (it replaces or deletes data)."""
        answer = QMessageBox.question(
            self, title, text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- loading
    def activate(self, operator: StaffMember) -> None:
        """Show what this operator may see and do."""
        self._operator = operator
        ui = self.ui
        manage = allowed(operator.role, Permission.MANAGE_DATA)
        ui.restore_button.setVisible(manage)
        ui.retention_group.setVisible(manage)
        supported = self._services.backups.supported
        for widget in (ui.backup_now_button, ui.backups_table, ui.daily_backup_check,
                       ui.keep_days_spin, ui.keep_count_spin, ui.second_place_edit,
                       ui.second_place_button, ui.save_backup_settings_button,
                       ui.restore_button):
            widget.setEnabled(supported)
        policy = self._prefs.backup_policy
        ui.daily_backup_check.setChecked(policy.daily)
        ui.keep_days_spin.setValue(policy.keep_days)
        ui.keep_count_spin.setValue(policy.keep_count)
        ui.second_place_edit.setText(policy.second_place)
        self.load_backups()
        if manage:
            self.load_retention()

    def _backup_folder(self) -> str:
        listing = self._services.backups.listing()
        return str(Path(listing[0].path).parent) if listing else ""

    def load_backups(self) -> None:
        """List the backups with their dates and sizes; say when the last one was taken."""
        ui = self.ui
        if not self._services.backups.supported:
            ui.backup_status_label.setText(describe_storage(_unsupported()))
            fill_table(ui.backups_table, [], [], [])
            return
        files = self._services.backups.listing()
        fill_table(
            ui.backups_table,
            [translate("DataSafetyPage", "Taken"), translate("DataSafetyPage", "Kind"),
             translate("DataSafetyPage", "Size"), translate("DataSafetyPage", "File")],
            [[f.taken_at.strftime("%Y-%m-%d %H:%M"), kind_name(f.kind), size_text(f.size),
              f.name] for f in files],
            [f.path for f in files],
        )
        if files:
            ui.backup_status_label.setText(
                translate("DataSafetyPage", "Last backup: {when} ({n} backups, {size} in all).")
                .format(when=files[0].taken_at.strftime("%Y-%m-%d %H:%M"), n=len(files),
                        size=size_text(sum(f.size for f in files))))
        else:
            ui.backup_status_label.setText(translate("DataSafetyPage", "No backup yet."))

    # --- backups
    def policy(self) -> BackupPolicy:
        """The policy as the page shows it."""
        ui = self.ui
        return BackupPolicy(
            daily=ui.daily_backup_check.isChecked(),
            keep_days=ui.keep_days_spin.value(),
            keep_count=ui.keep_count_spin.value(),
            second_place=ui.second_place_edit.text().strip(),
        )

    def save_backup_settings(self) -> None:
        """Keep the policy in this PC's settings."""
        self._prefs.backup_policy = self.policy()
        if self._prefs.sync():
            self._say(self.ui.backup_message_label, True,
                      translate("DataSafetyPage", "Backup settings saved."))
        else:
            self._say(self.ui.backup_message_label, False,
                      translate("DataSafetyPage", "The settings file could not be written: "
                                "the data folder is read-only or the disk is full."))

    def choose_second_place(self) -> None:
        """Pick the folder for a second copy."""
        if folder := self.ask_folder():
            self.ui.second_place_edit.setText(folder)

    def backup_now(self) -> None:
        """Start a backup in a worker thread (the desk keeps working)."""
        if self._backing_up:
            return
        self._backing_up = True
        self.ui.backup_now_button.setEnabled(False)
        self._say(self.ui.backup_message_label, True,
                  translate("DataSafetyPage", "Backing up… you can go on working."))
        policy = self.policy()
        # the desk's one background facility (ui/tasks): the copy of a big station takes seconds
        run_in_background(lambda: self._services.backups.backup_now(policy),
                          self.backup_finished.emit, self._failed(self.backup_finished.emit),
                          parent=self)

    def _backup_done(self, result: object) -> None:
        self._backing_up = False
        self.ui.backup_now_button.setEnabled(self._services.backups.supported)
        label = self.ui.backup_message_label
        if isinstance(result, DomainError):
            self._say(label, False, describe(result))
        elif isinstance(result, BackupRun):
            text = translate("DataSafetyPage", "Backup written and checked: {path}").format(
                path=result.path)
            if result.second_copy is not None:
                text += " " + translate("DataSafetyPage", "Second copy: {path}.").format(
                    path=result.second_copy)
            elif isinstance(result.second_copy_error, DomainError):
                text += " " + translate("DataSafetyPage", "No second copy: {why}").format(
                    why=describe(result.second_copy_error))
            self._say(label, result.second_copy_error is None, text)
        self.load_backups()

    # --- restore
    def restore(self) -> None:
        """Check a file, show what it holds, ask, then replace the database with it; the check
        and the copy run on the worker thread (seconds for a big station)."""
        path = self.ask_open()
        if not path:
            return
        run_in_background(lambda: self._services.backups.inspect(Path(path)),
                          lambda info: self._confirm_restore(Path(path), info),
                          self._failed(self._restore_failed), parent=self)

    def _confirm_restore(self, path: Path, info: BackupInfo) -> None:
        label = self.ui.backup_message_label
        question = translate(
            "DataSafetyPage", "{info}\n\nReplace the station's database with this backup? "
            "Everything entered since it was taken is no longer shown (the current database is "
            "kept as a copy). Everyone is logged out."
        ).format(info=describe_backup_info(info))
        if not self.ask_confirm(translate("DataSafetyPage", "Restore a backup"), question):
            self._say(label, True, translate("DataSafetyPage", "Nothing was changed."))
            return
        operator = self._operator
        run_in_background(lambda: self._services.backups.restore(operator, path),
                          self._restore_done, self._failed(self._restore_failed), parent=self)

    def _restore_done(self, result: RestoreResult) -> None:
        self._say(self.ui.backup_message_label, True, translate(
            "DataSafetyPage", "Restored {file}. The replaced database was kept as {kept}."
        ).format(file=result.info.name, kept=result.kept_as))
        self.load_backups()
        self.restored.emit(result)

    def _restore_failed(self, err: object) -> None:
        self._say(self.ui.backup_message_label, False, describe(err))  # type: ignore[arg-type]

    @staticmethod
    def _failed(deliver: Callable[[object], object]) -> Callable[[BaseException], None]:
        """An on_error that hands an expected DomainError to ``deliver``; others are bugs."""
        def failed(err: BaseException) -> None:
            if not isinstance(err, DomainError):
                raise err
            deliver(err)
        return failed

    # --- retention
    def load_retention(self) -> None:
        """Show the periods and what is due now."""
        if self._operator is None:
            return
        try:
            preview = self._services.retention.preview(self._operator)
        except DomainError as err:
            self._say(self.ui.retention_message_label, False, describe(err))
            return
        self._show_preview(preview)

    def _show_preview(self, preview: RetentionPreview) -> None:
        ui = self.ui
        ui.counter_days_spin.setValue(preview.periods.counter)
        self._retention_version = preview.periods.version
        ui.warehouse_days_spin.setValue(preview.periods.warehouse)
        ui.journal_days_spin.setValue(preview.periods.journal)
        ui.audit_days_spin.setValue(preview.periods.audit)
        ui.receipts_days_label.setText(
            translate("DataSafetyPage", "{n} days (night-desk settings)").format(
                n=preview.periods.receipts))
        cut = preview.cutoffs
        before = {
            "receipts": cut.receipts_before, "delivery_lists": cut.receipts_before,
            "senders": cut.counter_before.date(), "acceptances": cut.counter_before.date(),
            "stays": cut.warehouse_before.date(), "scans": cut.journal_before.date(),
            "audit": cut.audit_before.date(),
        }
        fill_table(
            ui.retention_table,
            [translate("DataSafetyPage", "What"), translate("DataSafetyPage", "Due"),
             translate("DataSafetyPage", "Older than")],
            [[part_name(p), str(preview.counts.get(p, 0)), before[p].isoformat()]
             for p in PARTS],
            list(PARTS),
        )
        ui.purge_button.setEnabled(preview.total > 0)

    def save_retention(self) -> None:
        """Store the counter and warehouse periods."""
        ui = self.ui
        try:
            self._services.retention.set_periods(
                self._me(), counter=ui.counter_days_spin.value(),
                warehouse=ui.warehouse_days_spin.value(), journal=ui.journal_days_spin.value(),
                audit_days=ui.audit_days_spin.value(), version=self._retention_version)
        except DomainError as err:
            self._say(ui.retention_message_label, False, describe(err))
            if isinstance(err, StaleEdit):  # keep what was typed; Save again overwrites
                self._retention_version = self._services.retention.periods().version
            return
        self._say(ui.retention_message_label, True,
                  translate("DataSafetyPage", "Periods saved."))
        self.load_retention()

    def purge(self) -> None:
        """After a question (default No), delete and mask what is due."""
        ui = self.ui
        try:
            preview = self._services.retention.preview(self._me())
        except DomainError as err:
            self._say(ui.retention_message_label, False, describe(err))
            return
        if preview.total == 0:
            self._say(ui.retention_message_label, True,
                      translate("DataSafetyPage", "Nothing is due."))
            return
        text = translate(
            "DataSafetyPage", "{n} records are past their period and will be deleted or masked. "
            "This cannot be undone (take a backup first if in doubt). Purge now?"
        ).format(n=preview.total)
        if not self.ask_confirm(translate("DataSafetyPage", "Purge personal data"), text):
            return
        try:
            done = self._services.retention.purge(self._me())
        except DomainError as err:
            self._say(ui.retention_message_label, False, describe(err))
            return
        self._say(ui.retention_message_label, True, translate(
            "DataSafetyPage", "Purged: {n} records deleted or masked; the audit log records "
            "the counts.").format(n=done.total))
        self.load_retention()

    # --- sizes (issue 21 §3)
    def measure_sizes(self) -> None:
        """Measure each part of the database in a worker thread (reads every page)."""
        ui = self.ui
        ui.measure_sizes_button.setEnabled(False)
        ui.sizes_label.setText(translate("DataSafetyPage", "Measuring… you can go on working."))
        actor = self._me()
        run_in_background(lambda: self._services.retention.sizes(actor),
                          self.sizes_measured.emit, self._failed(self.sizes_measured.emit),
                          parent=self)

    def _show_sizes(self, result: object) -> None:
        ui = self.ui
        ui.measure_sizes_button.setEnabled(True)
        if isinstance(result, DomainError):
            ui.sizes_label.setText(describe(result))
            return
        assert isinstance(result, dict)
        backups = sum(f.size for f in self._services.backups.listing())
        parts = [f"{size_part_name(part)} {size_text(result.get(part, 0))}"
                 for part in SIZE_PARTS]
        folder = translate("DataSafetyPage", "Backups folder")
        parts.append(f"{folder} {size_text(backups)}")
        ui.sizes_label.setText(
            translate("DataSafetyPage", "Database: {size} in all.").format(
                size=size_text(sum(result.values())))
            + "\n" + " · ".join(parts))

    # --- helpers
    def _me(self) -> StaffMember:
        assert self._operator is not None
        return self._operator

    @staticmethod
    def _say(label: QWidget, ok: bool, text: str) -> None:
        label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        label.setText(text)  # type: ignore[attr-defined]

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            if self._operator is not None:
                self.activate(self._operator)
        super().changeEvent(event)


def _unsupported() -> DomainError:
    from counter_app.domain.storage import BackupsUnsupported

    return BackupsUnsupported("postgresql")
