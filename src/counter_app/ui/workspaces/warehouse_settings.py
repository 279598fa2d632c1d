"""仓库 · 设置 (WH-8, WH-9, WH-11): locations, the deadline periods and the return tariff;
supervisors only (issue 5).

A tab of ``WarehouseWorkspace``; calls only the services, decides no business rule.
"""

from __future__ import annotations

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QTimeEdit,
    QWidget,
)

from counter_app.domain.errors import DomainError, FieldInvalid, StaleEdit
from counter_app.domain.scanning import ScanEvent, ScanOutcome
from counter_app.domain.staff import Role, StaffMember
from counter_app.domain.warehouse import DeadlineRules, Location, LocationKind
from counter_app.domain.warehouse_tariff import tariff_rows
from counter_app.services.app import AppServices
from counter_app.services.warehouse import LocationView
from counter_app.ui.forms.ui_warehouse_settings import Ui_WarehouseSettingsPage
from counter_app.ui.look import WARN_STYLE
from counter_app.ui.messages import describe, location_kind_name
from counter_app.ui.widgets.fields import disable_input_method
from counter_app.ui.widgets.pages import Page
from counter_app.ui.widgets.tables import fill_table, selected_key
from counter_app.ui.workspaces.base import ScanFeedback

translate = QCoreApplication.translate


class WarehouseSettingsPage(Page):
    """Locations, the deadline periods and the return tariff; supervisors only."""

    TARIFF_COLUMNS = 4

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Build from the Designer form."""
        super().__init__(services, parent)
        self.ui = Ui_WarehouseSettingsPage()
        self.ui.setupUi(self)
        self.setObjectName("warehouse_settings_page")
        self.message_label = self.ui.message_label
        self._basis_version: int | None = None
        self.views: list[LocationView] = []
        self.versions: dict[str, int] = {}
        """Versions as loaded (issue 13 §2): "deadlines", "tariff", "location:<code>"."""
        ui = self.ui
        disable_input_method(ui.code_edit)
        for spin in (ui.capacity_spin, ui.layers_spin, ui.self_pickup_spin, ui.notified_spin,
                     ui.origin_spin):
            disable_input_method(spin)
        for kind in LocationKind:
            ui.kind_combo.addItem(location_kind_name(kind), kind.value)
        ui.locations_table.itemSelectionChanged.connect(self._location_selected)
        ui.new_location_button.clicked.connect(self.new_location)
        ui.save_location_button.clicked.connect(self.save_location)
        ui.code_edit.returnPressed.connect(self.save_location)
        ui.save_deadlines_button.clicked.connect(self.save_deadlines)
        # WH-16 (issue 16 §5): the noon and afternoon reply-check times, below the periods
        self.noon_edit, self.afternoon_edit = QTimeEdit(ui.deadlines_group), QTimeEdit(
            ui.deadlines_group)
        grid = ui.deadlines_layout
        for row, (edit, name, text) in enumerate((
                (self.noon_edit, "noon_edit",
                 translate("WarehousePages", "Read replies at (noon)")),
                (self.afternoon_edit, "afternoon_edit",
                 translate("WarehousePages", "Read replies at (afternoon)"))), start=3):
            edit.setObjectName(name)
            edit.setDisplayFormat("HH:mm")
            grid.addWidget(QLabel(text, ui.deadlines_group), row, 0)
            grid.addWidget(edit, row, 1)
        grid.addWidget(ui.save_deadlines_button, 5, 1)
        ui.add_tariff_row_button.clicked.connect(self.add_tariff_row)
        ui.remove_tariff_row_button.clicked.connect(self.remove_tariff_row)
        ui.save_tariff_button.clicked.connect(self.save_tariff)
        # WH-11 (issue 16 §6): the shipped reading of 「江浙沪皖鲁西南」, the 5 kg basis, confirm
        self.reading_label = QLabel(ui.tariff_group)
        self.reading_label.setObjectName("tariff_reading_label")
        self.reading_label.setWordWrap(True)
        self.basis_combo = QComboBox(ui.tariff_group)
        self.basis_combo.setObjectName("tariff_basis_combo")
        self.basis_combo.addItem(translate(
            "WarehousePages", "Above the free weight, charge the kilograms above it"), False)
        self.basis_combo.addItem(translate(
            "WarehousePages", "Above the free weight, charge the whole weight"), True)
        self.confirm_tariff_button = QPushButton(
            translate("WarehousePages", "Con&firm reading and basis"), ui.tariff_group)
        self.confirm_tariff_button.setObjectName("confirm_tariff_button")
        self.confirm_tariff_button.clicked.connect(self.confirm_tariff)
        basis_row = QHBoxLayout()
        basis_row.addWidget(self.basis_combo, 1)
        basis_row.addWidget(self.confirm_tariff_button)
        ui.tariff_layout.insertWidget(1, self.reading_label)
        ui.tariff_layout.insertLayout(2, basis_row)
        ui.settings_body.setEnabled(False)

    @override
    def title(self) -> str:
        return translate("WarehousePages", "Warehouse settings")

    @override
    def activate(self, operator: StaffMember) -> None:
        super().activate(operator)
        editable = operator.role is Role.SUPERVISOR
        self.ui.settings_body.setEnabled(editable)
        self.ui.note_label.setVisible(not editable)
        self.ui.note_label.setStyleSheet(WARN_STYLE)
        self.ui.note_label.setText(translate(
            "WarehousePages",
            "Only a supervisor can change the warehouse settings; they are shown for reference."))

    @override
    def handle_scan(self, event: ScanEvent) -> ScanFeedback:
        return self.show_feedback(ScanFeedback(
            ScanOutcome.DUPLICATE, translate("WarehousePages", "Not taken here"),
            translate("WarehousePages",
                      "{number}: scan parcels on the scan-in or scan-out tab.").format(
                number=event.number)))

    def editable(self) -> bool:
        """Whether the operator may change the settings."""
        return self._operator is not None and self._operator.role is Role.SUPERVISOR

    @override
    def refresh(self) -> None:
        self.load_locations()
        loaded = self._services.warehouse.deadline_rules_versioned()
        rules, self.versions["deadlines"] = loaded.value, loaded.version
        self.ui.self_pickup_spin.setValue(rules.self_pickup_days)
        self.ui.notified_spin.setValue(rules.notified_days)
        self.ui.origin_spin.setValue(rules.origin_silence_days)
        noon, afternoon = rules.reply_check_times()
        self.noon_edit.setTime(QTime(noon.hour, noon.minute))
        self.afternoon_edit.setTime(QTime(afternoon.hour, afternoon.minute))
        self.load_tariff()
        self.show_reading()

    def show_reading(self) -> None:
        """WH-11: which reading the tariff took, and whether the station confirmed it."""
        reading = self._services.warehouse.tariff_reading()
        self._basis_version = reading.version
        self.basis_combo.setCurrentIndex(self.basis_combo.findData(reading.whole_weight))
        if reading.own_rows:
            text = translate("WarehousePages", "The station's own tariff rows are in use.")
        elif reading.confirmed:
            text = translate(
                "WarehousePages", "「江浙沪皖鲁西南」 read as {reading}: confirmed by {who} on "
                "{when}.").format(reading=reading.reading, who=reading.confirmed_by,
                                  when=reading.confirmed_at)
        else:
            text = translate(
                "WarehousePages", "Please confirm: the shipped tariff reads 「江浙沪皖鲁西南」 as "
                "{reading}. The seed may also mean 江浙沪皖鲁 + 西南 (四川、重庆、贵州、云南): "
                "then edit the rows. Cities may be rows of their own (山东省菏泽市).").format(
                    reading=reading.reading)
        self.reading_label.setText(text)
        self.reading_label.setStyleSheet("" if reading.confirmed else WARN_STYLE)

    def confirm_tariff(self) -> None:
        """Save the 5 kg basis and confirm the reading (supervisor, audited)."""
        if not self.editable():
            return
        assert self._operator is not None
        try:
            self._services.warehouse.set_tariff_basis(
                self._operator, whole_weight=bool(self.basis_combo.currentData()),
                version=self._basis_version)
        except DomainError as err:  # StaleEdit names who saved in between; the choice stays
            self.error(describe(err))
            return
        self.show_reading()
        self.ok(translate("WarehousePages", "Return tariff reading and basis confirmed."))

    # locations
    def load_locations(self, select: str | None = None) -> None:
        """The locations with their fill."""
        self.views = self._services.warehouse.locations()
        for view in self.views:
            self.versions[f"location:{view.location.code}"] = view.location.version
        yes, no = translate("WarehousePages", "yes"), translate("WarehousePages", "no")
        fill_table(
            self.ui.locations_table,
            [translate("WarehousePages", "Code"), translate("WarehousePages", "Kind"),
             translate("WarehousePages", "Capacity"), translate("WarehousePages", "Layers"),
             translate("WarehousePages", "In use"), translate("WarehousePages", "Fill")],
            [[v.location.code, location_kind_name(v.location.kind), str(v.location.capacity),
              str(v.location.layers), yes if v.location.active else no,
              f"{v.occupancy} ({v.occupancy * 100 // max(1, v.location.capacity)}%)"]
             for v in self.views],
            [v.location.code for v in self.views],
        )
        if select is not None:
            table = self.ui.locations_table
            for row in range(table.rowCount()):
                item = table.item(row, 0)
                if item is not None and item.text() == select:
                    table.selectRow(row)

    def _location_selected(self) -> None:
        key = selected_key(self.ui.locations_table)
        view = next((v for v in self.views if v.location.code == key), None)
        if view is None:
            return
        ui, loc = self.ui, view.location
        ui.code_edit.setText(loc.code)
        ui.kind_combo.setCurrentIndex(max(0, ui.kind_combo.findData(loc.kind.value)))
        ui.capacity_spin.setValue(loc.capacity)
        ui.layers_spin.setValue(loc.layers)
        ui.active_check.setChecked(loc.active)

    def new_location(self) -> None:
        """Empty the form for a new location."""
        ui = self.ui
        ui.locations_table.clearSelection()
        ui.code_edit.clear()
        ui.kind_combo.setCurrentIndex(0)
        ui.capacity_spin.setValue(100)
        ui.layers_spin.setValue(1)
        ui.active_check.setChecked(True)
        ui.code_edit.setFocus()

    def save_location(self) -> None:
        """Add or change the location in the form."""
        if not self.editable():
            return
        assert self._operator is not None
        ui = self.ui
        location = Location(
            code=ui.code_edit.text(),
            kind=LocationKind(str(ui.kind_combo.currentData())),
            capacity=ui.capacity_spin.value(),
            layers=ui.layers_spin.value(),
            active=ui.active_check.isChecked(),
        )
        try:
            saved = self._services.warehouse.save_location(
                self._operator, location,
                self.versions.get(f"location:{location.code.strip().upper()}", 0))
        except DomainError as err:
            self.error(describe(err))
            if isinstance(err, StaleEdit):
                self.load_locations()  # the list shows the newer record; the form keeps ours
            field = err.field if isinstance(err, FieldInvalid) else ""
            at_fault: dict[str, QWidget] = {
                "capacity": ui.capacity_spin, "layers": ui.layers_spin, "active": ui.active_check}
            at_fault.get(field, ui.code_edit).setFocus()
            return
        self.load_locations(select=saved.code)
        self.ok(translate("WarehousePages", "Location {code} saved.").format(code=saved.code))

    # deadlines
    def save_deadlines(self) -> None:
        """Save the WH-8 periods."""
        if not self.editable():
            return
        assert self._operator is not None
        ui = self.ui
        rules = DeadlineRules(ui.self_pickup_spin.value(), ui.notified_spin.value(),
                              ui.origin_spin.value(),
                              self.noon_edit.time().toString("HH:mm"),
                              self.afternoon_edit.time().toString("HH:mm"))
        try:
            self._services.warehouse.set_deadline_rules(self._operator, rules,
                                                        self.versions.get("deadlines"))
        except DomainError as err:
            self.error(describe(err))
            if isinstance(err, StaleEdit):  # keep the spins as typed; Save again overwrites
                self.versions["deadlines"] = (
                    self._services.warehouse.deadline_rules_versioned().version)
            return
        self.ok(translate("WarehousePages", "Deadlines saved."))

    # return tariff
    def load_tariff(self) -> None:
        """The tariff as editable rows; the default row (no provinces) last."""
        loaded = self._services.warehouse.return_tariff_versioned()
        rows = tariff_rows(loaded.value)
        self.versions["tariff"] = loaded.version
        table = self.ui.tariff_table
        table.setColumnCount(self.TARIFF_COLUMNS)
        table.setHorizontalHeaderLabels([
            translate("WarehousePages", "Name"), translate("WarehousePages", "Provinces, cities"),
            translate("WarehousePages", "Free kg"), translate("WarehousePages", "元/kg")])
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.setColumnWidth(1, max(table.columnWidth(1), 260))
        table.horizontalHeader().setStretchLastSection(False)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        table.resizeRowsToContents()

    def tariff_table_rows(self) -> list[list[str]]:
        """The rows as typed."""
        table = self.ui.tariff_table
        return [[item.text() if (item := table.item(r, c)) is not None else ""
                 for c in range(self.TARIFF_COLUMNS)] for r in range(table.rowCount())]

    def add_tariff_row(self) -> None:
        """A new empty row, ready to type."""
        table = self.ui.tariff_table
        row = max(0, table.rowCount() - 1)  # before the default row
        table.insertRow(row)
        for c in range(self.TARIFF_COLUMNS):
            table.setItem(row, c, QTableWidgetItem(""))
        table.setCurrentCell(row, 0)
        table.setFocus()

    def remove_tariff_row(self) -> None:
        """Remove the current row (saved only with Save tariff)."""
        table = self.ui.tariff_table
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())

    def save_tariff(self) -> None:
        """Save the edited tariff; a bad row is selected and named in the message."""
        if not self.editable():
            return
        assert self._operator is not None
        table = self.ui.tariff_table
        try:
            self._services.warehouse.set_return_tariff(
                self._operator, self.tariff_table_rows(), self.versions.get("tariff"))
        except DomainError as err:
            self.error(describe(err))
            if isinstance(err, StaleEdit):  # keep the rows as typed; Save again overwrites
                self.versions["tariff"] = (
                    self._services.warehouse.return_tariff_versioned().version)
                return
            if isinstance(err, FieldInvalid) and err.detail.split(":")[0].isdigit():
                row = int(err.detail.split(":")[0]) - 1
                if 0 <= row < table.rowCount():
                    table.setCurrentCell(row, 1)
                    table.setFocus()
            return
        self.load_tariff()
        self.ok(translate("WarehousePages", "Return tariff saved."))
