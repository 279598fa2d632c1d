"""仓库 · 无头件 (WH-3): parcels without a readable waybill, kept with a description and a
photo until their number is found; the scan-in tab then registers them (issue 5).

A tab of ``WarehouseWorkspace``: it gets the scanner's numbers through ``handle_scan`` while it
is the current tab and calls only the services; nothing here decides a business rule.
"""

from __future__ import annotations

from pathlib import Path

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QWidget

from counter_app.domain.errors import DomainError
from counter_app.domain.scanning import ScanEvent, ScanOutcome
from counter_app.domain.staff import StaffMember
from counter_app.services.app import AppServices
from counter_app.services.warehouse_ports import HeadlessRecord
from counter_app.ui.forms.ui_warehouse_headless import Ui_HeadlessPage
from counter_app.ui.messages import describe, location_kind_name, minute
from counter_app.ui.widgets.pages import Page
from counter_app.ui.widgets.tables import fill_table, selected_key
from counter_app.ui.workspaces.base import ScanFeedback

translate = QCoreApplication.translate


class HeadlessPage(Page):
    """无头件: parcels without a readable waybill, kept with a description until matched.

    Signals:
        match_requested(int, str): the headless id and description whose number was found;
            the scan-in tab registers it (``WarehouseService.match_headless``).
    """

    match_requested = Signal(int, str)

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Build from the Designer form."""
        super().__init__(services, parent)
        self.ui = Ui_HeadlessPage()
        self.ui.setupUi(self)
        self.setObjectName("headless_page")
        self.message_label = self.ui.message_label
        self.photo: Path | None = None
        self.records: list[HeadlessRecord] = []
        ui = self.ui
        ui.description_edit.returnPressed.connect(self.add)
        ui.add_button.clicked.connect(self.add)
        ui.choose_photo_button.clicked.connect(self.choose_photo)
        ui.clear_photo_button.clicked.connect(self.clear_photo)
        ui.match_button.clicked.connect(self.request_match)
        ui.refresh_button.clicked.connect(self.refresh)
        ui.headless_table.itemSelectionChanged.connect(self._show_photo)
        ui.headless_table.itemActivated.connect(lambda _item: self.request_match())

    @override
    def title(self) -> str:
        return translate("WarehousePages", "Headless")

    @override
    def activate(self, operator: StaffMember) -> None:
        super().activate(operator)
        self.ui.description_edit.setFocus()

    @override
    def handle_scan(self, event: ScanEvent) -> ScanFeedback:
        """A headless parcel has no number to scan: say where a scanned parcel goes."""
        return self.show_feedback(ScanFeedback(
            ScanOutcome.DUPLICATE,
            translate("WarehousePages", "Not registered here"),
            translate(
                "WarehousePages",
                "{number}: register a parcel with a number on the scan-in tab. If it is the "
                "number of a headless parcel, select that parcel and press Found its number.",
            ).format(number=event.number),
        ))

    @override
    def refresh(self) -> None:
        if self._operator is None:
            return
        combo = self.ui.location_combo
        current = combo.currentData()
        combo.clear()
        combo.addItem(translate("WarehousePages", "(not shelved)"), "")
        for view in self._services.warehouse.locations():
            if view.location.active:
                combo.addItem(f"{view.location.code} · "
                              f"{location_kind_name(view.location.kind)}", view.location.code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        self.records = self._services.warehouse.headless(self._operator)
        fill_table(
            self.ui.headless_table,
            [
                translate("WarehousePages", "No."),
                translate("WarehousePages", "Registered"),
                translate("WarehousePages", "By"),
                translate("WarehousePages", "Location"),
                translate("WarehousePages", "Photo"),
                translate("WarehousePages", "Description"),
            ],
            [
                [str(r.id), minute(r.at), self._people.label(r.by), r.location,
                 translate("WarehousePages", "yes") if r.photo else "", r.description]
                for r in self.records
            ],
            [r.id for r in self.records],
        )
        self.ui.count_label.setText(
            translate("WarehousePages", "{n} open").format(n=len(self.records)))
        self._show_photo()

    def add(self) -> HeadlessRecord | None:
        """Put the described parcel on the headless list (WH-3)."""
        if self._operator is None:
            return None
        ui = self.ui
        try:
            record = self._services.warehouse.add_headless(
                self._operator,
                ui.description_edit.text(),
                location=str(ui.location_combo.currentData() or ""),
                photo=self.photo,
            )
        except DomainError as err:
            self.error(describe(err))
            ui.description_edit.setFocus()
            return None
        self.ok(translate(
            "WarehousePages",
            "Headless parcel no. {id} listed. Write 「无头件 {id}」 on the parcel.",
        ).format(id=record.id))
        ui.description_edit.clear()
        self.clear_photo()
        self.refresh()
        self._select(record.id)
        ui.description_edit.setFocus()
        return record

    def ask_photo(self) -> str:
        """Choose a photo file (replaced in tests)."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("WarehousePages", "Photo of the parcel"),
            "",
            translate("WarehousePages", "Images (*.jpg *.jpeg *.png *.bmp)"),
        )
        return path

    def choose_photo(self) -> None:
        """Pick the optional photo; the service copies it when the parcel is listed."""
        path = self.ask_photo()
        if path:
            self.photo = Path(path)
            self.ui.photo_edit.setText(self.photo.name)
            self.ui.photo_edit.setToolTip(str(self.photo))
        self.ui.description_edit.setFocus()

    def clear_photo(self) -> None:
        """No photo."""
        self.photo = None
        self.ui.photo_edit.clear()
        self.ui.photo_edit.setToolTip("")

    def selected(self) -> HeadlessRecord | None:
        """The headless parcel selected in the list."""
        key = selected_key(self.ui.headless_table)
        return next((r for r in self.records if r.id == key), None)

    def request_match(self) -> None:
        """Its number was found: hand it to the scan-in tab, which registers it."""
        record = self.selected()
        if record is None or record.id is None:
            self.error(translate("WarehousePages", "Select the parcel whose number was found."))
            self.ui.headless_table.setFocus()
            return
        self.ok(translate(
            "WarehousePages", "Headless parcel no. {id}: scan its number and register it."
        ).format(id=record.id))
        self.match_requested.emit(record.id, record.description)

    def _select(self, record_id: int | None) -> None:
        table = self.ui.headless_table
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == record_id:
                table.selectRow(row)
                return

    def _show_photo(self) -> None:
        label = self.ui.photo_preview_label
        record = self.selected()
        path = Path(record.photo) if record and record.photo else None
        pixmap = QPixmap(str(path)) if path and path.is_file() else QPixmap()
        if pixmap.isNull():
            label.setPixmap(QPixmap())
            label.setText(translate("WarehousePages", "No photo") if record else "")
            return
        label.setPixmap(pixmap.scaled(label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation))


