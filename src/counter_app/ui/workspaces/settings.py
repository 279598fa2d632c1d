"""设置 workspace: station profile, staff, couriers and drivers, shifts, this PC, audit log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTime
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QWidget

from counter_app.domain.errors import DomainError
from counter_app.domain.staff import (
    CourierKind,
    Permission,
    Role,
    StaffMember,
    allowed,
    mask_phone,
)
from counter_app.domain.station import PROVINCES, ShiftTimes, StationProfile
from counter_app.services.app import AppServices
from counter_app.ui.dialogs.login import LANGUAGE_NAMES
from counter_app.ui.forms.ui_settings_workspace import Ui_SettingsWorkspace
from counter_app.ui.messages import describe
from counter_app.ui.settings import Preferences
from counter_app.ui.widgets.fields import disable_input_method
from counter_app.ui.workspaces.base import Workspace

translate = QCoreApplication.translate


def role_name(role: Role) -> str:
    """Translated role name."""
    return {
        Role.COUNTER: translate("SettingsWorkspace", "Counter clerk"),
        Role.WAREHOUSE: translate("SettingsWorkspace", "Warehouse clerk"),
        Role.RECEIPTS: translate("SettingsWorkspace", "Receipt clerk (night desk)"),
        Role.SUPERVISOR: translate("SettingsWorkspace", "Supervisor"),
    }[role]


def kind_name(kind: CourierKind) -> str:
    """Translated courier kind."""
    return {
        CourierKind.COURIER: translate("SettingsWorkspace", "Courier"),
        CourierKind.DRIVER: translate("SettingsWorkspace", "Driver"),
    }[kind]


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _fill(
    table: QTableWidget, headers: list[str], rows: list[list[str]], keys: list[object]
) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, (row, key) in enumerate(zip(rows, keys, strict=True)):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)


def _selected_key(table: QTableWidget) -> object | None:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(Qt.ItemDataRole.UserRole) if item else None


class SettingsWorkspace(Workspace):
    """Supervisors manage the station here; everyone can set this PC's language."""

    def __init__(
        self,
        services: AppServices,
        prefs: Preferences,
        set_language: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        """Build the tabs and connect the buttons."""
        super().__init__(parent)
        self.ui = Ui_SettingsWorkspace()
        self.ui.setupUi(self)
        self.setObjectName("settings_workspace")
        self._services = services
        self._prefs = prefs
        self._set_language = set_language
        self._operator: StaffMember | None = None
        ui = self.ui
        ui.province_combo.addItems(list(PROVINCES))
        for field in (
            ui.station_code_edit,
            ui.station_phone_edit,
            ui.qq_edit,
            ui.new_job_number_edit,
            ui.courier_phone_edit,
            ui.database_url_edit,
        ):
            disable_input_method(field)
        ui.save_station_button.clicked.connect(self.save_station)
        ui.add_staff_button.clicked.connect(self.add_staff)
        ui.change_role_button.clicked.connect(self.change_role)
        ui.toggle_staff_button.clicked.connect(self.toggle_staff)
        ui.reset_password_button.clicked.connect(self.reset_password)
        ui.add_courier_button.clicked.connect(self.add_courier)
        ui.change_area_button.clicked.connect(self.change_area)
        ui.toggle_courier_button.clicked.connect(self.toggle_courier)
        ui.show_inactive_check.toggled.connect(self._load_couriers)
        ui.save_shifts_button.clicked.connect(self.save_shifts)
        ui.save_preferences_button.clicked.connect(self.save_preferences)
        ui.backup_button.clicked.connect(self.backup)
        ui.refresh_audit_button.clicked.connect(self._load_audit)
        self._fill_combos()

    @override
    def title(self) -> str:
        return translate("SettingsWorkspace", "Settings")

    def _fill_combos(self) -> None:
        ui = self.ui
        for combo, items in (
            (ui.new_role_combo, [(role_name(r), r.value) for r in Role]),
            (ui.courier_kind_combo, [(kind_name(k), k.value) for k in CourierKind]),
            (ui.language_combo, [(name, code) for code, name in LANGUAGE_NAMES]),
        ):
            current = combo.currentIndex()
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, current))
        ui.language_combo.setCurrentIndex(max(0, ui.language_combo.findData(self._prefs.language)))

    @override
    def activate(self, operator: StaffMember) -> None:
        self._operator = operator
        ui = self.ui
        supervisor = {
            ui.station_tab: allowed(operator.role, Permission.EDIT_STATION),
            ui.staff_tab: allowed(operator.role, Permission.MANAGE_STAFF),
            ui.couriers_tab: allowed(operator.role, Permission.MANAGE_COURIERS),
            ui.shifts_tab: allowed(operator.role, Permission.EDIT_STATION_SETTINGS),
            ui.audit_tab: allowed(operator.role, Permission.VIEW_AUDIT),
        }
        for tab, visible in supervisor.items():
            ui.settings_tabs.setTabVisible(ui.settings_tabs.indexOf(tab), visible)
        ui.database_value_label.setText(self._services.database_description)
        ui.database_url_edit.setText(self._prefs.database_url)
        self.reload()

    def reload(self) -> None:
        """Re-read everything this operator may see."""
        if self._operator is None:
            return
        role = self._operator.role
        if allowed(role, Permission.EDIT_STATION):
            self._load_station()
        if allowed(role, Permission.MANAGE_STAFF):
            self._load_staff()
        if allowed(role, Permission.MANAGE_COURIERS):
            self._load_couriers()
        if allowed(role, Permission.EDIT_STATION_SETTINGS):
            self._load_shifts()
        if allowed(role, Permission.VIEW_AUDIT):
            self._load_audit()

    # --- helpers
    def _run(self, label: QLabel, action: Callable[[], object], done: str) -> bool:
        try:
            action()
        except DomainError as err:
            label.setStyleSheet("color: #b00020;")
            label.setText(describe(err))
            return False
        label.setStyleSheet("color: #1b5e20;")
        label.setText(done)
        return True

    def _me(self) -> StaffMember:
        assert self._operator is not None
        return self._operator

    # --- station
    def _load_station(self) -> None:
        profile = self._services.station.profile()
        if profile is None:
            return
        ui = self.ui
        ui.station_name_edit.setText(profile.name)
        ui.station_code_edit.setText(profile.code)
        ui.province_combo.setCurrentText(profile.province)
        ui.city_edit.setText(profile.city)
        ui.contact_person_edit.setText(profile.contact_person)
        ui.station_phone_edit.setText(profile.phone)
        ui.qq_edit.setText(profile.qq)
        self._own_carriers = profile.own_carriers

    def save_station(self) -> None:
        """Save the profile form."""
        ui = self.ui
        profile = StationProfile(
            name=ui.station_name_edit.text(),
            code=ui.station_code_edit.text(),
            province=ui.province_combo.currentText(),
            city=ui.city_edit.text(),
            contact_person=ui.contact_person_edit.text(),
            phone=ui.station_phone_edit.text(),
            qq=ui.qq_edit.text(),
            own_carriers=getattr(self, "_own_carriers", ()),
        )
        self._run(
            ui.station_message_label,
            lambda: self._services.station.update_profile(self._me(), profile),
            translate("SettingsWorkspace", "Station profile saved."),
        )

    # --- staff
    def _load_staff(self) -> None:
        members = self._services.staff.all(self._me())
        _fill(
            self.ui.staff_table,
            [
                translate("SettingsWorkspace", "Job number"),
                translate("SettingsWorkspace", "Name"),
                translate("SettingsWorkspace", "Role"),
                translate("SettingsWorkspace", "Status"),
            ],
            [
                [
                    m.job_number,
                    m.name,
                    role_name(m.role),
                    translate("SettingsWorkspace", "Active")
                    if m.active
                    else translate("SettingsWorkspace", "Deactivated"),
                ]
                for m in members
            ],
            [m.id for m in members],
        )
        self._staff = {m.id: m for m in members}

    def add_staff(self) -> None:
        """Create an account from the form; the form is cleared only on success."""
        ui = self.ui
        if self._run(
            ui.staff_message_label,
            lambda: self._services.staff.add(
                self._me(),
                ui.new_job_number_edit.text(),
                ui.new_name_edit.text(),
                Role(ui.new_role_combo.currentData()),
                ui.new_password_edit.text(),
            ),
            translate("SettingsWorkspace", "Staff member added."),
        ):
            for edit in (ui.new_job_number_edit, ui.new_name_edit, ui.new_password_edit):
                edit.clear()
            self._load_staff()

    def _selected_staff(self) -> StaffMember | None:
        key = _selected_key(self.ui.staff_table)
        if key is None:
            self.ui.staff_message_label.setText(
                translate("SettingsWorkspace", "Select a staff member in the list first.")
            )
            return None
        return self._staff.get(int(str(key)))

    def change_role(self) -> None:
        """Give the selected member the role chosen in the form."""
        if (member := self._selected_staff()) is None:
            return
        role = Role(self.ui.new_role_combo.currentData())
        if self._run(
            self.ui.staff_message_label,
            lambda: self._services.staff.update(self._me(), member.id, role=role),
            translate("SettingsWorkspace", "Role changed."),
        ):
            self._load_staff()

    def toggle_staff(self) -> None:
        """Deactivate or reactivate the selected member (never deleted, WH-2)."""
        if (member := self._selected_staff()) is None:
            return
        if self._run(
            self.ui.staff_message_label,
            lambda: self._services.staff.update(self._me(), member.id, active=not member.active),
            translate("SettingsWorkspace", "Account deactivated.")
            if member.active
            else translate("SettingsWorkspace", "Account reactivated."),
        ):
            self._load_staff()

    def reset_password(self) -> None:
        """Set the selected member's password to the one typed in the form."""
        if (member := self._selected_staff()) is None:
            return
        if self._run(
            self.ui.staff_message_label,
            lambda: self._services.staff.reset_password(
                self._me(), member.id, self.ui.new_password_edit.text()
            ),
            translate("SettingsWorkspace", "Password set; the account is unlocked."),
        ):
            self.ui.new_password_edit.clear()

    # --- couriers
    def _load_couriers(self) -> None:
        couriers = self._services.couriers.all(
            include_inactive=self.ui.show_inactive_check.isChecked()
        )
        _fill(
            self.ui.courier_table,
            [
                translate("SettingsWorkspace", "Name"),
                translate("SettingsWorkspace", "Kind"),
                translate("SettingsWorkspace", "Phone"),
                translate("SettingsWorkspace", "Area served"),
                translate("SettingsWorkspace", "Status"),
            ],
            [
                [
                    c.name,
                    kind_name(c.kind),
                    mask_phone(c.phone),
                    c.area,
                    translate("SettingsWorkspace", "Active")
                    if c.active
                    else translate("SettingsWorkspace", "Deactivated"),
                ]
                for c in couriers
            ],
            [c.id for c in couriers],
        )
        self._couriers = {c.id: c for c in couriers}

    def add_courier(self) -> None:
        """Create a courier or driver from the form."""
        ui = self.ui
        if self._run(
            ui.courier_message_label,
            lambda: self._services.couriers.add(
                self._me(),
                ui.courier_name_edit.text(),
                ui.courier_phone_edit.text(),
                CourierKind(ui.courier_kind_combo.currentData()),
                ui.courier_area_edit.text(),
            ),
            translate("SettingsWorkspace", "Courier added."),
        ):
            for edit in (ui.courier_name_edit, ui.courier_phone_edit, ui.courier_area_edit):
                edit.clear()
            self._load_couriers()

    def _selected_courier_id(self) -> int | None:
        key = _selected_key(self.ui.courier_table)
        if key is None:
            self.ui.courier_message_label.setText(
                translate("SettingsWorkspace", "Select a courier in the list first.")
            )
            return None
        return int(str(key))

    def change_area(self) -> None:
        """Move the selected courier to the area typed in the form, from today."""
        if (courier_id := self._selected_courier_id()) is None:
            return
        if self._run(
            self.ui.courier_message_label,
            lambda: self._services.couriers.change_area(
                self._me(), courier_id, self.ui.courier_area_edit.text()
            ),
            translate(
                "SettingsWorkspace", "Area changed; the old area stays in the courier's history."
            ),
        ):
            self._load_couriers()

    def toggle_courier(self) -> None:
        """Deactivate or reactivate the selected courier."""
        if (courier_id := self._selected_courier_id()) is None:
            return
        c = self._couriers[courier_id]
        if self._run(
            self.ui.courier_message_label,
            lambda: self._services.couriers.update(
                self._me(), c.id, name=c.name, phone=c.phone, kind=c.kind, active=not c.active
            ),
            translate("SettingsWorkspace", "Courier deactivated.")
            if c.active
            else translate("SettingsWorkspace", "Courier reactivated."),
        ):
            self._load_couriers()

    # --- shifts
    def _load_shifts(self) -> None:
        shifts = self._services.station.shift_times()
        ui = self.ui
        ui.early_start_edit.setTime(_qtime(shifts.early_start))
        ui.early_end_edit.setTime(_qtime(shifts.early_end))
        ui.late_start_edit.setTime(_qtime(shifts.late_start))
        ui.late_end_edit.setTime(_qtime(shifts.late_end))

    def save_shifts(self) -> None:
        """Save the four shift times (WH-1)."""
        ui = self.ui

        def t(edit: QWidget) -> time:
            value = edit.time()  # type: ignore[attr-defined]
            return time(value.hour(), value.minute())

        shifts = ShiftTimes(
            t(ui.early_start_edit), t(ui.early_end_edit), t(ui.late_start_edit), t(ui.late_end_edit)
        )
        self._run(
            ui.shifts_message_label,
            lambda: self._services.station.set_shift_times(self._me(), shifts),
            translate("SettingsWorkspace", "Shift times saved."),
        )

    # --- this PC
    def save_preferences(self) -> None:
        """Store language and database URL for this PC; the language applies at once."""
        ui = self.ui
        self._prefs.database_url = ui.database_url_edit.text()
        language = ui.language_combo.currentData()
        self._prefs.language = language
        self._prefs.sync()
        self._set_language(language)
        ui.preferences_message_label.setStyleSheet("color: #1b5e20;")
        ui.preferences_message_label.setText(translate("SettingsWorkspace", "Preferences saved."))

    def backup(self) -> None:
        """Copy the database into the backups folder now."""
        label = self.ui.preferences_message_label
        try:
            path = self._services.backup_database()
        except Exception as exc:
            label.setStyleSheet("color: #b00020;")
            label.setText(
                translate("SettingsWorkspace", "Backup failed: {error}").format(error=exc)
            )
            return
        label.setStyleSheet("color: #1b5e20;")
        label.setText(translate("SettingsWorkspace", "Backup written to {path}").format(path=path))

    # --- audit
    def _load_audit(self) -> None:
        entries = self._services.audit.entries(self._me(), limit=300)
        _fill(
            self.ui.audit_table,
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
                    e.actor,
                    e.entity,
                    e.entity_id,
                    e.action,
                    _compact(e.before),
                    _compact(e.after),
                ]
                for e in entries
            ],
            [e.id for e in entries],
        )

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_combos()
            self.reload()
        super().changeEvent(event)


def _compact(values: dict[str, object] | None) -> str:
    if not values:
        return ""
    hidden = {"password_hash"}
    return ", ".join(f"{k}={v}" for k, v in values.items() if k not in hidden)
