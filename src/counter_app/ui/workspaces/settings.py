"""设置 workspace: station profile, staff, couriers and drivers, shifts, this PC, audit log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTime
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from counter_app.domain.errors import DomainError, StaleEdit
from counter_app.domain.staff import (
    CourierKind,
    Permission,
    Role,
    StaffMember,
    allowed,
    mask_phone,
)
from counter_app.domain.station import PROVINCES, ShiftTimes
from counter_app.domain.waybills import WaybillRejected
from counter_app.hardware.framing import FRAMING_CHOICES
from counter_app.hardware.wedge import KeyTiming
from counter_app.services.app import AppServices
from counter_app.services.scanning import ScanResult
from counter_app.ui import printing
from counter_app.ui.dialogs.login import LANGUAGE_NAMES
from counter_app.ui.forms.ui_settings_workspace import Ui_SettingsWorkspace
from counter_app.ui.look import ERROR_STYLE, OK_STYLE
from counter_app.ui.messages import describe, describe_waybill
from counter_app.ui.printing import DocKind, PrintSetup
from counter_app.ui.scanning import (
    ScanGateway,
    ScannerManager,
)
from counter_app.ui.settings import Preferences
from counter_app.ui.widgets.fields import disable_input_method, fill_carriers, read_station_form
from counter_app.ui.widgets.tables import fill_table, selected_key
from counter_app.ui.workspaces.base import Workspace
from counter_app.ui.workspaces.data_page import DataSafetyPage
from counter_app.ui.workspaces.hardware_page import HardwarePage
from counter_app.ui.workspaces.notify_pages import NotifySettingsPage
from counter_app.ui.workspaces.settings_audit import AuditLogPanel
from counter_app.ui.workspaces.settings_texts import (
    kind_name,
    outcome_name,
    role_name,
    scanner_problem,
    terminator_name,
)

translate = QCoreApplication.translate


BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


class SettingsWorkspace(Workspace):
    """Supervisors manage the station here; everyone can set this PC's language."""

    def __init__(
        self,
        services: AppServices,
        prefs: Preferences,
        set_language: Callable[[str], None],
        scanners: ScannerManager | None = None,
        gateway: ScanGateway | None = None,
        parent: QWidget | None = None,
        hardware: HardwarePage | None = None,
    ) -> None:
        """Build the tabs and connect the buttons (``hardware``: the scale and printers tab)."""
        super().__init__(parent)
        self.ui = Ui_SettingsWorkspace()
        self.ui.setupUi(self)
        self.setObjectName("settings_workspace")
        self._services = services
        self._prefs = prefs
        self._set_language = set_language
        self._operator: StaffMember | None = None
        self._station_version: int | None = None
        self._last_error: DomainError | None = None
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
        ui.save_deadlines_button.clicked.connect(self.save_deadlines)
        ui.save_preferences_button.clicked.connect(self.save_preferences)
        ui.backup_button.clicked.connect(self.backup)
        self.audit_panel = AuditLogPanel(self, ui, services, self._me)
        self._fill_combos()
        self._scanners = scanners
        ui.add_serial_button.clicked.connect(self.add_serial)
        ui.remove_serial_button.clicked.connect(self.remove_serial)
        ui.refresh_ports_button.clicked.connect(self.refresh_ports)
        ui.save_scanners_button.clicked.connect(self.save_scanners)
        ui.clear_test_log_button.clicked.connect(ui.scan_test_log.clear)
        disable_input_method(ui.serial_prefix_edit)
        disable_input_method(ui.serial_suffix_edit)
        if gateway is not None:
            gateway.scan_judged.connect(self.show_test_result)
        if scanners is not None:
            scanners.hub.keys_observed.connect(self.show_key_timing)
            scanners.states_changed.connect(lambda _states: self._load_serial())
        self._load_scanner_prefs()
        self.data_page = DataSafetyPage(services, prefs, self)
        ui.settings_tabs.addTab(self.data_page, "")
        self.notify_page = NotifySettingsPage(services, self)  # issue 20 (supervisor)
        ui.settings_tabs.addTab(self.notify_page, "")
        self.hardware_page = hardware
        if hardware is not None:
            # issue 17: this PC's scale and raw printers, next to the scanners
            ui.settings_tabs.insertTab(ui.settings_tabs.indexOf(ui.scanners_tab) + 1, hardware, "")
        self._retitle_data_tab()

    def _retitle_data_tab(self) -> None:
        index = self.ui.settings_tabs.indexOf(self.data_page)
        self.ui.settings_tabs.setTabText(index, translate("SettingsWorkspace", "Data safety"))
        self.ui.settings_tabs.setTabText(self.ui.settings_tabs.indexOf(self.notify_page),
                                         translate("SettingsWorkspace", "Notices"))
        self.notify_page.retranslate()
        if self.hardware_page is not None:
            self.ui.settings_tabs.setTabText(
                self.ui.settings_tabs.indexOf(self.hardware_page),
                translate("SettingsWorkspace", "Scale and printers"))

    @override
    def title(self) -> str:
        return translate("SettingsWorkspace", "Settings")

    def _fill_combos(self) -> None:
        ui = self.ui
        for combo, items in (
            (ui.new_role_combo, [(role_name(r), r.value) for r in Role]),
            (ui.courier_kind_combo, [(kind_name(k), k.value) for k in CourierKind]),
            (ui.language_combo, [(name, code) for code, name in LANGUAGE_NAMES]),
            (ui.serial_baud_combo, [(str(b), b) for b in BAUD_RATES]),
            (ui.serial_data_bits_combo, [(str(b), b) for b in (8, 7, 6, 5)]),
            (
                ui.serial_parity_combo,
                [
                    (translate("SettingsWorkspace", "None"), "N"),
                    (translate("SettingsWorkspace", "Even"), "E"),
                    (translate("SettingsWorkspace", "Odd"), "O"),
                    (translate("SettingsWorkspace", "Mark"), "M"),
                    (translate("SettingsWorkspace", "Space"), "S"),
                ],
            ),
            (ui.serial_stop_bits_combo, [("1", 1.0), ("1.5", 1.5), ("2", 2.0)]),
            (ui.serial_terminator_combo, [(terminator_name(t), t) for t in FRAMING_CHOICES]),
        ):
            current = combo.currentIndex()
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, current))
        ui.language_combo.setCurrentIndex(max(0, ui.language_combo.findData(self._prefs.language)))
        self._fill_printers()
        if ui.serial_baud_combo.currentData() is None or ui.serial_baud_combo.currentIndex() == 0:
            ui.serial_baud_combo.setCurrentIndex(ui.serial_baud_combo.findData(9600))

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
            self.notify_page: allowed(operator.role, Permission.EDIT_STATION_SETTINGS),
        }
        for tab, visible in supervisor.items():
            ui.settings_tabs.setTabVisible(ui.settings_tabs.indexOf(tab), visible)
        ui.database_value_label.setText(self._services.database_description)
        ui.database_url_edit.setText(self._prefs.database_url)
        self.data_page.activate(operator)
        self.notify_page.activate(operator)
        if self.hardware_page is not None:
            self.hardware_page.activate(operator)
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
            self._load_deadlines()
        if allowed(role, Permission.VIEW_AUDIT):
            self._load_audit()
        self._load_serial()
        self._load_counts()

    # --- helpers
    def _run(self, label: QLabel, action: Callable[[], object], done: str) -> bool:
        self._last_error = None
        try:
            action()
        except DomainError as err:
            self._last_error = err
            label.setStyleSheet(ERROR_STYLE)
            label.setText(describe(err))
            if isinstance(err, StaleEdit) and err.entity == "staff":
                self._load_staff()  # show the newer record; the message names who
            elif isinstance(err, StaleEdit) and err.entity == "courier":
                self._load_couriers()
            return False
        label.setStyleSheet(OK_STYLE)
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
        self._station_version = profile.version  # a save names it (issue 13 §2)
        ui = self.ui
        ui.station_name_edit.setText(profile.name)
        ui.station_code_edit.setText(profile.code)
        ui.province_combo.setCurrentText(profile.province)
        ui.city_edit.setText(profile.city)
        ui.contact_person_edit.setText(profile.contact_person)
        ui.station_phone_edit.setText(profile.phone)
        ui.qq_edit.setText(profile.qq)
        fill_carriers(ui.carriers_list, profile.own_carriers)

    def save_station(self) -> None:
        """Save the profile form."""
        ui = self.ui
        profile = read_station_form(ui)
        if self._run(
            ui.station_message_label,
            lambda: self._services.station.update_profile(
                self._me(), profile, self._station_version),
            translate("SettingsWorkspace", "Station profile saved."),
        ):
            current = self._services.station.profile()
            self._station_version = current.version if current else 0
        elif isinstance(self._last_error, StaleEdit):
            # the form keeps what was typed; the next Save overwrites the newer profile
            current = self._services.station.profile()
            self._station_version = current.version if current else 0

    # --- staff
    def _load_staff(self) -> None:
        members = self._services.staff.all(self._me())
        fill_table(
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
        key = selected_key(self.ui.staff_table)
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
            lambda: self._services.staff.update(self._me(), member.id, role=role,
                                                version=member.version),
            translate("SettingsWorkspace", "Role changed."),
        ):
            self._load_staff()

    def toggle_staff(self) -> None:
        """Deactivate or reactivate the selected member (never deleted, WH-2)."""
        if (member := self._selected_staff()) is None:
            return
        if self._run(
            self.ui.staff_message_label,
            lambda: self._services.staff.update(self._me(), member.id, active=not member.active,
                                                version=member.version),
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
        fill_table(
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
        key = selected_key(self.ui.courier_table)
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
                self._me(), c.id, name=c.name, phone=c.phone, kind=c.kind, active=not c.active,
                version=c.version,
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

    def _load_deadlines(self) -> None:
        ui = self.ui
        due_day, remind = self._services.misroutes.due_settings()
        deadline_at, keep_days = self._services.receipts.settings()
        ui.misroute_due_day_spin.setValue(due_day)
        ui.misroute_remind_spin.setValue(remind)
        ui.receipt_deadline_edit.setTime(_qtime(deadline_at))
        ui.receipt_keep_spin.setValue(keep_days)

    def save_deadlines(self) -> None:
        """Save the misroute due day and reminder (MR-5) and the receipt deadlines (RE-1, 8)."""
        ui = self.ui
        qt = ui.receipt_deadline_edit.time()

        def save() -> None:
            self._services.misroutes.set_due_settings(
                self._me(), ui.misroute_due_day_spin.value(), ui.misroute_remind_spin.value()
            )
            self._services.receipts.set_settings(
                self._me(), time(qt.hour(), qt.minute()), ui.receipt_keep_spin.value()
            )

        self._run(
            ui.deadlines_message_label, save, translate("SettingsWorkspace", "Deadlines saved.")
        )

    # --- this PC: printers per document kind (issue 15)
    def _printer_rows(self) -> list[tuple[DocKind, QComboBox, QCheckBox]]:
        ui = self.ui
        return [(DocKind.SLIP, ui.printer_slip_combo, ui.printer_slip_direct_check),
                (DocKind.LABEL, ui.printer_label_combo, ui.printer_label_direct_check),
                (DocKind.A5, ui.printer_a5_combo, ui.printer_a5_direct_check),
                (DocKind.A4, ui.printer_a4_combo, ui.printer_a4_direct_check)]

    def _fill_printers(self) -> None:
        names = self.printer_names()
        for kind, combo, check in self._printer_rows():
            setup = printing.SETUPS.get(kind)
            combo.clear()
            combo.addItem(translate("SettingsWorkspace", "This PC's default printer"), "")
            for name in names:
                combo.addItem(name, name)
            if setup.printer and combo.findData(setup.printer) < 0:
                combo.addItem(translate("SettingsWorkspace", "{name} (not found)").format(
                    name=setup.printer), setup.printer)
            combo.setCurrentIndex(max(0, combo.findData(setup.printer)))
            check.setChecked(setup.direct)

    @staticmethod
    def printer_names() -> list[str]:
        """The printers this PC knows (replaced in tests)."""
        return QPrinterInfo.availablePrinterNames()

    def _save_printers(self) -> None:
        for kind, combo, check in self._printer_rows():
            printing.SETUPS.set(kind, PrintSetup(str(combo.currentData() or ""),
                                                 check.isChecked()))

    # --- this PC
    def save_preferences(self) -> None:
        """Store language and database URL for this PC; the language applies at once."""
        ui = self.ui
        self._save_printers()
        self._prefs.database_url = ui.database_url_edit.text()
        language = ui.language_combo.currentData()
        self._prefs.language = language
        self._prefs.sync()
        self._set_language(language)
        ui.preferences_message_label.setStyleSheet(OK_STYLE)
        ui.preferences_message_label.setText(translate("SettingsWorkspace", "Preferences saved."))

    def backup(self) -> None:
        """Back up now: the data-safety tab shows the progress and the list of backups."""
        self.ui.settings_tabs.setCurrentWidget(self.data_page)
        self.data_page.backup_now()

    # --- scanners (this PC's devices, issue 3)
    def _load_scanner_prefs(self) -> None:
        ui, prefs = self.ui, self._prefs
        ui.wedge_enabled_check.setChecked(prefs.wedge_enabled)
        ui.wedge_gap_spin.setValue(int(prefs.wedge_max_gap_ms))
        ui.wedge_min_length_spin.setValue(prefs.wedge_min_length)
        ui.duplicate_window_spin.setValue(prefs.duplicate_window_s)
        self._serial_entries = list(prefs.serial_scanners)
        self._load_serial()
        self.refresh_ports()

    def _load_serial(self) -> None:
        states = self._scanners.states if self._scanners else {}
        entries = getattr(self, "_serial_entries", [])
        fill_table(
            self.ui.serial_table,
            [
                translate("SettingsWorkspace", "Port"),
                translate("SettingsWorkspace", "Line"),
                translate("SettingsWorkspace", "Code ends with"),
                translate("SettingsWorkspace", "State"),
            ],
            [
                [
                    str(e.get("port")),
                    f"{e.get('baudrate')} {e.get('bytesize')}{e.get('parity')}{e.get('stopbits')}",
                    terminator_name(str(e.get("terminator", "ANY"))),
                    self._state_name(states.get(f"serial:{e.get('port')}", "")),
                ]
                for e in entries
            ],
            list(range(len(entries))),
        )

    @staticmethod
    def _state_name(state: str) -> str:
        if state == "connected":
            return translate("SettingsWorkspace", "connected")
        if state == "disconnected":
            return translate("SettingsWorkspace", "unplugged — waiting for it")
        if state.startswith("error"):
            return translate("SettingsWorkspace", "cannot open: {error}").format(
                error=state.partition(":")[2].strip()
            )
        return translate("SettingsWorkspace", "not started")

    def refresh_ports(self) -> None:
        """List the machine's serial ports in the port box (typing another path is allowed)."""
        combo = self.ui.serial_port_combo
        typed = combo.currentText()
        combo.clear()
        for port in self._scanners.hub.ports() if self._scanners else []:
            combo.addItem(f"{port.device}", port.device)
            combo.setItemData(combo.count() - 1, port.description, Qt.ItemDataRole.ToolTipRole)
        combo.setEditText(typed)

    def add_serial(self) -> None:
        """Add the scanner described by the form to the list (saved with Save and apply)."""
        ui = self.ui
        entry = {
            "port": ui.serial_port_combo.currentText().strip(),
            "baudrate": int(ui.serial_baud_combo.currentData()),
            "bytesize": int(ui.serial_data_bits_combo.currentData()),
            "parity": str(ui.serial_parity_combo.currentData()),
            "stopbits": float(ui.serial_stop_bits_combo.currentData()),
            "terminator": str(ui.serial_terminator_combo.currentData()),
            "gap_ms": ui.serial_gap_spin.value(),
            "prefix": ui.serial_prefix_edit.text(),
            "suffix": ui.serial_suffix_edit.text(),
        }
        label = ui.scanners_message_label
        try:
            if self._scanners is not None:
                self._scanners.hub.check_serial_entry(entry)
            elif not entry["port"]:
                raise ValueError("port must not be empty")
        except ValueError as exc:
            label.setStyleSheet(ERROR_STYLE)
            label.setText(scanner_problem(exc))
            return
        if any(e.get("port") == entry["port"] for e in self._serial_entries):
            label.setStyleSheet(ERROR_STYLE)
            label.setText(
                translate("SettingsWorkspace", "{port} is already in the list.").format(
                    port=entry["port"]
                )
            )
            return
        self._serial_entries.append(entry)
        label.clear()
        self._load_serial()

    def remove_serial(self) -> None:
        """Remove the selected scanner from the list."""
        key = selected_key(self.ui.serial_table)
        if key is not None:
            del self._serial_entries[int(str(key))]
            self._load_serial()

    def save_scanners(self) -> None:
        """Store this PC's scanner settings and restart the scanners with them."""
        ui, prefs = self.ui, self._prefs
        prefs.serial_scanners = self._serial_entries
        prefs.wedge_enabled = ui.wedge_enabled_check.isChecked()
        prefs.wedge_max_gap_ms = float(ui.wedge_gap_spin.value())
        prefs.wedge_min_length = ui.wedge_min_length_spin.value()
        prefs.duplicate_window_s = ui.duplicate_window_spin.value()
        prefs.sync()
        problems = self._scanners.apply(self._services.scans) if self._scanners else []
        label = ui.scanners_message_label
        if problems:
            label.setStyleSheet(ERROR_STYLE)
            label.setText("; ".join(problems))
        else:
            label.setStyleSheet(OK_STYLE)
            label.setText(translate("SettingsWorkspace", "Scanner settings saved and applied."))
        self._load_serial()

    def _load_counts(self) -> None:
        counts = self._services.scans.counts()
        fill_table(
            self.ui.scan_counts_table,
            [
                translate("SettingsWorkspace", "Scanner"),
                translate("SettingsWorkspace", "Good"),
                translate("SettingsWorkspace", "Rejected"),
                translate("SettingsWorkspace", "Duplicate"),
            ],
            [[c.source, str(c.accepted), str(c.rejected), str(c.duplicate)] for c in counts],
            [c.source for c in counts],
        )

    def show_test_result(self, result: ScanResult) -> None:
        """Live test area: raw bytes, key gaps and the verdict of every read."""
        raw = result.raw
        gaps = ", ".join(f"{g:.0f}" for g in raw.key_gaps_ms)
        lines = [
            f"[{raw.source}] {raw.raw!r}  hex {raw.raw.hex(' ')}",
            translate("SettingsWorkspace", "  key gaps (ms): {gaps}").format(gaps=gaps)
            if gaps
            else "",
            "  → "
            + outcome_name(result.outcome)
            + ": "
            + (
                describe_waybill(result.check)
                if isinstance(result.check, WaybillRejected)
                else result.check.number
            ),
        ]
        self.ui.scan_test_log.appendPlainText("\n".join(line for line in lines if line))
        if self.isVisible():
            self._load_counts()

    def show_key_timing(self, timing: KeyTiming) -> None:
        """Live test area: each key the wedge detector looked at, with its gap."""
        if not self.ui.scanners_tab.isVisible():
            return
        gap = "—" if timing.gap_ms is None else f"{timing.gap_ms:.0f} ms"
        self.ui.scan_test_log.appendPlainText(f"    key {timing.text!r}  +{gap}")

    # --- audit: readable, in the UI language, filtered by person, kind, dates and record
    def _load_audit(self) -> None:
        self.audit_panel.load()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_combos()
            self._retitle_data_tab()
            self.reload()
        super().changeEvent(event)

