"""The 设置 workspace's audit tab (issue 15 §6): the newest entries read off the GUI thread,
filtered by person, kind, dates and a search, shown in the UI language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QWidget

from counter_app.domain.staff import StaffMember
from counter_app.services.app import AppServices
from counter_app.services.audit_ports import AuditEntry
from counter_app.ui.forms.ui_settings_workspace import Ui_SettingsWorkspace
from counter_app.ui.tasks import run_in_background
from counter_app.ui.widgets.tables import fill_table
from counter_app.ui.workspaces.settings_texts import action_name, compact, entity_name, readable

translate = QCoreApplication.translate

AUDIT_READ = 2000  # the newest entries the audit tab reads and filters


class AuditLogPanel:
    """Drives the audit tab's widgets of the settings form."""

    def __init__(self, owner: QWidget, ui: Ui_SettingsWorkspace, services: AppServices,
                 me: Callable[[], StaffMember]) -> None:
        self._owner, self.ui, self._services, self._me = owner, ui, services, me
        self._audit: list[AuditEntry] = []
        self._names: dict[str, str] = {}
        self._audit_dated = False
        ui.refresh_audit_button.clicked.connect(self.load)
        for combo in (ui.audit_person_combo, ui.audit_kind_combo):
            combo.currentIndexChanged.connect(self.show)
        for edit in (ui.audit_from_edit, ui.audit_to_edit):
            edit.dateChanged.connect(self.show)
        ui.audit_search_edit.textChanged.connect(self.show)

    def load(self) -> None:
        """Read the newest entries on the worker thread (issue 15 §1: a large log or a locked
        database never freezes the window), then fill the filters and show what they pass."""
        me, audit, staff = self._me(), self._services.audit, self._services.staff
        run_in_background(lambda: (audit.entries(me, limit=AUDIT_READ), staff.names()),
                          self._audit_read, parent=self._owner,
                          label=translate("SettingsWorkspace", "Reading the audit log…"))

    def _audit_read(self, read: tuple[list[AuditEntry], dict[str, str]]) -> None:
        ui = self.ui
        self._audit, self._names = read
        today = self._services.clock.now().date()
        for combo, values in (
            (ui.audit_person_combo, sorted({e.actor for e in self._audit})),
            (ui.audit_kind_combo, sorted({e.entity for e in self._audit}, key=entity_name)),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("SettingsWorkspace", "All"), None)
            for value in values:
                text = (entity_name(value) if combo is ui.audit_kind_combo
                        else self._who(value))
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        if not self._audit_dated:
            self._audit_dated = True
            oldest = min((e.at.date() for e in self._audit), default=today)
            ui.audit_from_edit.setDate(QDate(oldest.year, oldest.month, oldest.day))
            ui.audit_to_edit.setDate(QDate(today.year, today.month, today.day))
        self.show()

    def _who(self, job: str) -> str:
        if job == "system":
            return translate("SettingsWorkspace", "the system")
        name = self._names.get(job)
        return f"{name}（{job}）" if name else job

    def show(self) -> None:
        """The entries the filters pass, newest first."""
        ui = self.ui
        person, kind = ui.audit_person_combo.currentData(), ui.audit_kind_combo.currentData()
        start, end = ui.audit_from_edit.date(), ui.audit_to_edit.date()
        first = date(start.year(), start.month(), start.day())
        last = date(end.year(), end.month(), end.day())
        needle = ui.audit_search_edit.text().strip().lower()
        shown = [
            e for e in self._audit
            if (person is None or e.actor == person) and (kind is None or e.entity == kind)
            and first <= e.at.date() <= last
            and (not needle or needle in e.entity_id.lower()
                 or needle in compact(e.before).lower() or needle in compact(e.after).lower())
        ]
        fill_table(
            ui.audit_table,
            [
                translate("SettingsWorkspace", "Time"),
                translate("SettingsWorkspace", "Who"),
                translate("SettingsWorkspace", "What"),
                translate("SettingsWorkspace", "Record"),
                translate("SettingsWorkspace", "Action"),
                translate("SettingsWorkspace", "Before"),
                translate("SettingsWorkspace", "After"),
            ],
            [
                [
                    e.at.strftime("%Y-%m-%d %H:%M:%S"),
                    self._who(e.actor),
                    entity_name(e.entity),
                    e.entity_id,
                    action_name(e.action),
                    readable(e.before),
                    readable(e.after),
                ]
                for e in shown
            ],
            [e.id for e in shown],
        )
