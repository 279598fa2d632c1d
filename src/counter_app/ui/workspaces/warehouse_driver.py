"""仓库 · 司机提货 (WH-13): the driver's pickup list, planned from stock, checked scan by scan,
handed over with only the parcels that are on the list (issue 5).

A tab of ``WarehouseWorkspace``; calls only the services, decides no business rule.
"""

from __future__ import annotations

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from counter_app.domain.errors import DomainError
from counter_app.domain.scanning import ScanEvent, ScanOutcome
from counter_app.domain.staff import Courier, CourierKind, StaffMember
from counter_app.domain.warehouse import ListCheck
from counter_app.domain.warehouse_stay import StayRecord
from counter_app.services.app import AppServices
from counter_app.ui.forms.ui_warehouse_driver import Ui_DriverPage
from counter_app.ui.look import ERROR_STYLE, OK_STYLE, WARN_STYLE
from counter_app.ui.messages import describe, minute, reason_name
from counter_app.ui.widgets.fields import disable_input_method
from counter_app.ui.widgets.pages import Page
from counter_app.ui.widgets.tables import fill_table
from counter_app.ui.workspaces.base import ScanFeedback

translate = QCoreApplication.translate


class DriverPage(Page):
    """司机提货: the driver's pickup list, planned from stock, checked scan by scan, handed
    over with only the parcels that are on the list."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Build from the Designer form."""
        super().__init__(services, parent)
        self.ui = Ui_DriverPage()
        self.ui.setupUi(self)
        self.setObjectName("driver_page")
        self.message_label = self.ui.message_label
        self.drivers: list[Courier] = []
        self.pickup: list[StayRecord] = []
        self.scanned: list[str] = []
        self.wrong: list[str] = []
        self.check: ListCheck | None = None
        ui = self.ui
        disable_input_method(ui.number_edit)
        ui.number_edit.returnPressed.connect(self._number_typed)
        ui.driver_combo.currentIndexChanged.connect(lambda _i: self._driver_changed())
        ui.plan_radio.toggled.connect(lambda _on: self._mode_changed())
        ui.refresh_button.clicked.connect(self.refresh)
        ui.add_selected_button.clicked.connect(self.add_selected)
        ui.stock_table.itemActivated.connect(lambda _item: self.add_selected())
        ui.clear_scans_button.clicked.connect(self.clear_scans)
        ui.hand_over_button.clicked.connect(self.hand_over)
        self._mode_changed()

    @override
    def title(self) -> str:
        return translate("WarehousePages", "Driver pickup")

    @override
    def activate(self, operator: StaffMember) -> None:
        self._operator = operator
        combo = self.ui.driver_combo
        current = combo.currentData()
        self.drivers = [c for c in self._services.couriers.all() if c.kind is CourierKind.DRIVER]
        combo.blockSignals(True)
        combo.clear()
        for driver in self.drivers:
            combo.addItem(driver.name, driver.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        if combo.currentData() != current:
            self.clear_scans()
        self.refresh()
        (self.ui.number_edit if self.drivers else combo).setFocus()

    @override
    def handle_scan(self, event: ScanEvent) -> ScanFeedback:
        return self.take(event.number)

    def planning(self) -> bool:
        """Plan mode (parcels go onto the list) rather than check mode (scans are compared)."""
        return self.ui.plan_radio.isChecked()

    def driver(self) -> Courier | None:
        """The chosen driver."""
        key = self.ui.driver_combo.currentData()
        return next((d for d in self.drivers if d.id == key), None)

    def take(self, text: str) -> ScanFeedback:
        """A scanned or typed number: onto the list, or checked against it."""
        driver = self.driver()
        if self._operator is None or driver is None:
            return self.show_feedback(ScanFeedback(
                ScanOutcome.REJECTED, translate("WarehousePages", "No driver"),
                translate("WarehousePages", "Choose the driver first; add drivers in Settings.")))
        if self.planning():
            return self.add_to_list([text])
        return self.check_number(text)

    def add_to_list(self, numbers: list[str]) -> ScanFeedback:
        """Put parcels in stock on the driver's list."""
        driver = self.driver()
        assert self._operator is not None
        if driver is None:
            return self.take("")
        on_list = {s.waybill_no for s in self.pickup}
        fresh = [n for n in numbers if n.strip().upper() not in on_list]
        if not fresh:
            return self.show_feedback(ScanFeedback(
                ScanOutcome.DUPLICATE, translate("WarehousePages", "Already on the list"),
                "、".join(numbers)))
        try:
            added = self._services.warehouse.plan_pickup(self._operator, driver.id, fresh)
        except DomainError as err:
            return self.show_feedback(ScanFeedback(
                ScanOutcome.REJECTED, translate("WarehousePages", "Not added"), describe(err)))
        self.refresh()
        return self.show_feedback(ScanFeedback(
            ScanOutcome.ACCEPTED,
            translate("WarehousePages", "On {driver}'s list").format(driver=driver.name),
            translate("WarehousePages", "{added} added · {n} on the list").format(
                added=added, n=len(self.pickup)),
        ))

    def add_selected(self) -> None:
        """Add the parcels selected in the stock table."""
        table = self.ui.stock_table
        rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
        numbers = [item.text() for r in rows if (item := table.item(r, 0)) is not None]
        if not numbers:
            self.error(translate("WarehousePages", "Select parcels in the stock list first."))
            return
        self.add_to_list(numbers)

    def check_number(self, text: str) -> ScanFeedback:
        """Compare a scan with the list at once; a parcel not on it is refused (red)."""
        driver = self.driver()
        assert self._operator is not None
        assert driver is not None
        warehouse = self._services.warehouse
        try:
            number = warehouse.lookup(self._operator, text).waybill_no
        except DomainError as err:
            return self.show_feedback(ScanFeedback(
                ScanOutcome.REJECTED, translate("WarehousePages", "Not checked"), describe(err)))
        check = warehouse.check_pickup(self._operator, driver.id, [*self.scanned, number])
        if number in check.unexpected:
            if number not in self.wrong:
                self.wrong.append(number)
            self._show_check(warehouse.check_pickup(self._operator, driver.id, self.scanned))
            return self.show_feedback(ScanFeedback(
                ScanOutcome.REJECTED,
                translate("WarehousePages", "Wrong parcel"),
                translate("WarehousePages",
                          "{number} is not on {driver}'s list: keep it here.").format(
                    number=number, driver=driver.name),
            ))
        if number in self.scanned:
            self._show_check(check)
            return self.show_feedback(ScanFeedback(
                ScanOutcome.DUPLICATE, translate("WarehousePages", "Already scanned"), number))
        self.scanned.append(number)
        self._show_check(check)
        return self.show_feedback(ScanFeedback(
            ScanOutcome.ACCEPTED,
            translate("WarehousePages", "On the list: {done} of {total}").format(
                done=len(check.matched), total=len(check.matched) + len(check.missing)),
            number,
        ))

    def _number_typed(self) -> None:
        text = self.ui.number_edit.text()
        if text.strip():
            self.take(text)
        self.ui.number_edit.clear()

    def clear_scans(self) -> None:
        """Start the check again."""
        self.scanned = []
        self.wrong = []
        self.check = None
        self.ui.wrong_list.clear()
        self._show_list()

    def hand_over(self) -> None:
        """交接: scan out the listed parcels the driver has; missing ones stay listed."""
        driver = self.driver()
        if self._operator is None or driver is None:
            self.take("")
            return
        if not self.scanned:
            self.error(translate("WarehousePages",
                                 "Check the pickup first: scan every parcel the driver takes."))
            return
        warehouse = self._services.warehouse
        check = warehouse.check_pickup(self._operator, driver.id, self.scanned)
        if check.missing and not self.ask_confirm(
            translate("WarehousePages", "Parcels missing"),
            translate(
                "WarehousePages",
                "{n} parcel(s) on the list were not scanned; they stay here on the list. "
                "Hand over the {m} scanned?",
            ).format(n=len(check.missing), m=len(check.matched)),
        ):
            return
        try:
            done = warehouse.hand_to_driver(self._operator, driver.id, self.scanned)
        except DomainError as err:
            self.error(describe(err))
            return
        self.clear_scans()
        self.refresh()
        text = translate("WarehousePages", "Handed {n} parcel(s) over to {driver}.").format(
            n=len(done.matched), driver=driver.name)
        if done.missing:
            self.warn(text + " " + translate(
                "WarehousePages", "Still on the list: {numbers}").format(
                numbers="、".join(done.missing)))
        else:
            self.ok(text)

    @override
    def refresh(self) -> None:
        if self._operator is None:
            return
        driver = self.driver()
        warehouse = self._services.warehouse
        self.pickup = warehouse.pickup_list(self._operator, driver.id) if driver else []
        stock = warehouse.in_stock(self._operator)
        names = {d.id: d.name for d in self.drivers}
        fill_table(
            self.ui.stock_table,
            [translate("WarehousePages", "Waybill"), translate("WarehousePages", "Pickup code"),
             translate("WarehousePages", "Reason"), translate("WarehousePages", "In since"),
             translate("WarehousePages", "Listed for")],
            [[s.waybill_no, s.pickup_code, reason_name(s.reason), minute(s.in_at),
              names.get(s.planned_driver_id or 0, "")] for s in stock],
            [s.waybill_no for s in stock],
        )
        if driver and self.scanned:
            self.check = warehouse.check_pickup(self._operator, driver.id, self.scanned)
        self._show_list()

    def _driver_changed(self) -> None:
        self.clear_scans()
        self.refresh()

    def _mode_changed(self) -> None:
        ui = self.ui
        planning = self.planning()
        ui.stock_group.setVisible(planning)
        ui.wrong_group.setVisible(not planning)
        ui.clear_scans_button.setVisible(not planning)
        ui.hand_over_button.setVisible(not planning)
        ui.number_edit.setPlaceholderText(
            translate("WarehousePages", "scan or type: the parcel goes on the list")
            if planning else
            translate("WarehousePages", "scan each parcel the driver takes"))
        self.message_label.clear()
        self._show_list()
        ui.number_edit.setFocus()

    def _show_check(self, check: ListCheck) -> None:
        self.check = check
        self.ui.wrong_list.clear()
        self.ui.wrong_list.addItems(self.wrong)
        self._show_list()

    def _show_list(self) -> None:
        ui = self.ui
        matched = set(self.check.matched) if self.check else set()
        checking = not self.planning()
        headers = [translate("WarehousePages", "Waybill"),
                   translate("WarehousePages", "Pickup code"),
                   translate("WarehousePages", "Reason")]
        rows = [[s.waybill_no, s.pickup_code, reason_name(s.reason)] for s in self.pickup]
        if checking:
            headers.append(translate("WarehousePages", "Check"))
            for row in rows:
                row.append(translate("WarehousePages", "✓ scanned") if row[0] in matched
                           else translate("WarehousePages", "missing"))
        fill_table(ui.pickup_table, headers, rows, [s.waybill_no for s in self.pickup])
        for r, s in enumerate(self.pickup):
            if checking and s.waybill_no not in matched and (item := ui.pickup_table.item(r, 3)):
                item.setForeground(Qt.GlobalColor.red)
        ui.list_group.setTitle(translate("WarehousePages", "Pickup list ({n})").format(
            n=len(self.pickup)))
        ui.wrong_group.setTitle(translate(
            "WarehousePages", "Wrong: not on the list, keep them here ({n})").format(
            n=len(self.wrong)))
        if not checking:
            ui.summary_label.setStyleSheet("")
            ui.summary_label.setText(translate("WarehousePages", "{n} on the list").format(
                n=len(self.pickup)))
            return
        missing = len(self.pickup) - len(matched & {s.waybill_no for s in self.pickup})
        ui.summary_label.setStyleSheet(
            ERROR_STYLE if self.wrong else (WARN_STYLE if missing else OK_STYLE))
        ui.summary_label.setText(translate(
            "WarehousePages", "Scanned {done} of {total} · missing {missing} · wrong {wrong}"
        ).format(done=len(matched), total=len(self.pickup), missing=missing,
                 wrong=len(self.wrong)))


