"""Pages of the F2 仓库 workspace: headless parcels, stocktake, driver pickup, printed reports
and the warehouse settings (issue 5; WH-1, WH-3, WH-8, WH-11, WH-12, WH-13).

Each page is a tab of ``WarehouseWorkspace``; it gets the scanner's numbers through
``handle_scan`` while it is the current tab and answers with a ``ScanFeedback`` for the big
result area. Pages call only ``services.warehouse``, ``services.auth``, ``services.couriers``
(and ``services.station`` for the shift times); nothing here decides a business rule.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QTimeEdit,
    QWidget,
)

from counter_app.atomic import write_atomic
from counter_app.domain.errors import DomainError, FieldInvalid, StaleEdit
from counter_app.domain.scanning import ScanEvent, ScanOutcome
from counter_app.domain.staff import Courier, CourierKind, Role, StaffMember
from counter_app.domain.warehouse import (
    DeadlineRules,
    ListCheck,
    Location,
    LocationKind,
    tariff_rows,
)
from counter_app.paths import report_font
from counter_app.services.app import AppServices
from counter_app.services.dto import EmsRegister, HandoverSheet
from counter_app.services.ports import HeadlessRecord, StayRecord
from counter_app.services.warehouse import LocationView, StocktakeResult
from counter_app.ui.deferred import deferred
from counter_app.ui.forms.ui_warehouse_driver import Ui_DriverPage
from counter_app.ui.forms.ui_warehouse_headless import Ui_HeadlessPage
from counter_app.ui.forms.ui_warehouse_reports import Ui_ReportsPage
from counter_app.ui.forms.ui_warehouse_settings import Ui_WarehouseSettingsPage
from counter_app.ui.forms.ui_warehouse_stocktake import Ui_StocktakePage
from counter_app.ui.look import ERROR_STYLE, OK_STYLE, WARN_STYLE
from counter_app.ui.messages import describe, location_kind_name, minute, reason_name
from counter_app.ui.printing import (
    DocKind,
    PrintResult,
    describe_result,
    print_document,
    stack_page_images,
)
from counter_app.ui.tasks import Cancelled, run_in_background, save_in_background
from counter_app.ui.widgets.fields import disable_input_method
from counter_app.ui.widgets.pages import (
    Page,
    SupervisorDialog,
    pydate,
    qdate,
)
from counter_app.ui.widgets.tables import fill_table, selected_key
from counter_app.ui.workspaces.air_fee_tab import AirFeeTab
from counter_app.ui.workspaces.base import ScanFeedback

if TYPE_CHECKING:
    from counter_app.reports.warehouse_lists import ems_rows, write_ems_csv, write_ems_xlsx
    from counter_app.reports.warehouse_pdf import render_ems_register_pdf, render_handover_pdf
else:  # imported on first use: not at start-up (issue 18 §4)
    ems_rows = deferred("counter_app.reports.warehouse_lists", "ems_rows")
    write_ems_csv = deferred("counter_app.reports.warehouse_lists", "write_ems_csv")
    write_ems_xlsx = deferred("counter_app.reports.warehouse_lists", "write_ems_xlsx")
    render_ems_register_pdf = deferred(
        "counter_app.reports.warehouse_pdf", "render_ems_register_pdf")
    render_handover_pdf = deferred("counter_app.reports.warehouse_pdf", "render_handover_pdf")

translate = QCoreApplication.translate


# --- 1. 无头件 (WH-3) ------------------------------------------------------------------------


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


# --- 2. 盘点 --------------------------------------------------------------------------------


class StocktakePage(Page):
    """盘点: count a location or the whole store, compare, recount, post with a supervisor."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Build from the Designer form."""
        super().__init__(services, parent)
        self.ui = Ui_StocktakePage()
        self.ui.setupUi(self)
        self.setObjectName("stocktake_page")
        self.message_label = self.ui.message_label
        self.stocktake_id: int | None = None
        self.result: StocktakeResult | None = None
        self.posted: StocktakeResult | None = None
        self._stays: dict[str, StayRecord] = {}
        ui = self.ui
        disable_input_method(ui.count_edit)
        ui.start_button.clicked.connect(self.start)
        ui.recount_button.clicked.connect(self.recount)
        ui.post_button.clicked.connect(self.post)
        ui.count_edit.returnPressed.connect(self._count_typed)
        self._show()

    @override
    def title(self) -> str:
        return translate("WarehousePages", "Stocktake")

    @override
    def activate(self, operator: StaffMember) -> None:
        super().activate(operator)
        (self.ui.count_edit if self.stocktake_id else self.ui.scope_combo).setFocus()

    @override
    def handle_scan(self, event: ScanEvent) -> ScanFeedback:
        return self.count(event.number)

    @override
    def refresh(self) -> None:
        combo = self.ui.scope_combo
        current = combo.currentData()
        combo.clear()
        combo.addItem(translate("WarehousePages", "the whole store"), "")
        for view in self._services.warehouse.locations():
            combo.addItem(f"{view.location.code} · {location_kind_name(view.location.kind)}",
                          view.location.code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        self._reload()

    def start(self) -> None:
        """Start counting the chosen location (or the whole store)."""
        if self._operator is None:
            return
        if self.result is not None and self._counted() and not self.ask_confirm(
            translate("WarehousePages", "Stocktake"),
            translate("WarehousePages",
                      "The stocktake in progress is not posted. Leave it and start a new one?"),
        ):
            return
        try:
            record = self._services.warehouse.start_stocktake(
                self._operator, str(self.ui.scope_combo.currentData() or ""))
        except DomainError as err:
            self.error(describe(err))
            return
        self.stocktake_id = record.id
        self.posted = None
        self.ui.posted_text.clear()
        self._reload()
        self.ok(translate("WarehousePages", "Stocktake started: scan every parcel there."))
        self.ui.count_edit.setFocus()

    def count(self, text: str) -> ScanFeedback:
        """Count one parcel; green when new, amber when already counted or not expected."""
        if self._operator is None or self.stocktake_id is None:
            return self.show_feedback(ScanFeedback(
                ScanOutcome.REJECTED,
                translate("WarehousePages", "Not counted"),
                translate("WarehousePages", "Start the stocktake first."),
            ))
        before = self._scanned()
        try:
            added = self._services.warehouse.count(self._operator, self.stocktake_id, text)
        except DomainError as err:
            return self.show_feedback(ScanFeedback(
                ScanOutcome.REJECTED, translate("WarehousePages", "Not counted"), describe(err)))
        self._reload()
        new = sorted(self._scanned() - before)
        number = new[0] if new else text.strip().upper()
        counted = translate("WarehousePages", "{n} counted").format(n=self._counted())
        if not added:
            return self.show_feedback(ScanFeedback(
                ScanOutcome.DUPLICATE,
                translate("WarehousePages", "Already counted"),
                f"{number} · {counted}",
            ))
        assert self.result is not None
        if number in self.result.elsewhere:
            return self.show_feedback(ScanFeedback(
                ScanOutcome.DUPLICATE,
                translate("WarehousePages", "Counted, recorded at {location}").format(
                    location=self.result.elsewhere[number]),
                f"{number} · {counted}",
            ))
        if number in self.result.not_in_stock:
            return self.show_feedback(ScanFeedback(
                ScanOutcome.DUPLICATE,
                translate("WarehousePages", "Counted, not in stock"),
                translate("WarehousePages",
                          "{number}: scan it in with a reason · {counted}").format(
                    number=number, counted=counted),
            ))
        return self.show_feedback(ScanFeedback(
            ScanOutcome.ACCEPTED, translate("WarehousePages", "Counted"),
            f"{number} · {counted}"))

    def _count_typed(self) -> None:
        text = self.ui.count_edit.text()
        if text.strip():
            self.count(text)
        self.ui.count_edit.clear()

    def recount(self) -> None:
        """Clear the count and scan again."""
        if self._operator is None or self.stocktake_id is None:
            return
        if self._counted() and not self.ask_confirm(
            translate("WarehousePages", "Recount"),
            translate("WarehousePages", "Clear the {n} parcel(s) counted and count again?")
            .format(n=self._counted()),
        ):
            return
        try:
            self._services.warehouse.recount(self._operator, self.stocktake_id)
        except DomainError as err:
            self.error(describe(err))
            return
        self._reload()
        self.ok(translate("WarehousePages", "Count cleared: scan again."))
        self.ui.count_edit.setFocus()

    def ask_credentials(self, error: str = "") -> tuple[str, str] | None:
        """A supervisor's job number and password (replaced in tests)."""
        return SupervisorDialog.ask(self, error)

    def approver(self) -> StaffMember | None:
        """The operator when a supervisor, else a supervisor who logs in for the approval."""
        if self._operator is not None and self._operator.role is Role.SUPERVISOR:
            return self._operator
        problem = ""
        while (credentials := self.ask_credentials(problem)) is not None:
            try:
                member = self._services.auth.login(*credentials)
            except DomainError as err:
                problem = describe(err)
                continue
            if member.role is not Role.SUPERVISOR:
                problem = translate(
                    "WarehousePages", "{name} ({job}) is not a supervisor."
                ).format(name=member.name, job=member.job_number)
                continue
            return member
        return None

    def post(self) -> None:
        """Post the adjustments with a supervisor's approval and show what was done."""
        if self._operator is None or self.stocktake_id is None:
            self.error(translate("WarehousePages", "Start the stocktake first."))
            return
        approver = self.approver()
        if approver is None:
            self.warn(translate("WarehousePages",
                                "Not posted: a supervisor must approve the adjustments."))
            return
        try:
            result = self._services.warehouse.post_stocktake(
                self._operator, self.stocktake_id, approver)
        except DomainError as err:
            self.error(describe(err))
            return
        self.posted = result
        self.stocktake_id = None
        self._reload(result)
        where = result.stocktake.location or translate("WarehousePages", "the whole store")
        lines = [
            translate("WarehousePages", "Stocktake of {where} posted by {who}, approved by "
                      "{approver} ({job}).").format(
                where=where, who=self._operator.name, approver=approver.name,
                job=approver.job_number),
            translate("WarehousePages", "Written off as missing: {n} {numbers}").format(
                n=len(result.check.missing), numbers="、".join(result.check.missing)),
        ]
        if result.stocktake.location:
            lines.append(translate("WarehousePages", "Moved to {where}: {n} {numbers}").format(
                where=where, n=len(result.elsewhere), numbers="、".join(
                    f"{k}（{v}）" for k, v in result.elsewhere.items())))
        if result.not_in_stock:
            lines.append(translate(
                "WarehousePages", "Not in stock, scan them in with a reason: {n} {numbers}"
            ).format(n=len(result.not_in_stock), numbers="、".join(result.not_in_stock)))
        self.ui.posted_text.setPlainText("\n".join(lines))
        self.ok(translate("WarehousePages", "Stocktake posted."))

    def _scanned(self) -> set[str]:
        if self.result is None:
            return set()
        return set(self.result.check.matched) | set(self.result.check.unexpected)

    def _counted(self) -> int:
        return len(self._scanned())

    def _reload(self, posted: StocktakeResult | None = None) -> None:
        if self._operator is not None and self.stocktake_id is not None:
            self.result = self._services.warehouse.stocktake_result(
                self._operator, self.stocktake_id)
        else:
            self.result = posted
        self._show()

    def _show(self) -> None:
        ui = self.ui
        open_ = self.stocktake_id is not None
        for widget in (ui.count_edit, ui.recount_button, ui.post_button):
            widget.setEnabled(open_)
        result = self.result
        if result is None:
            ui.status_label.setText(translate(
                "WarehousePages", "Choose a location or the whole store and start."))
            ui.counted_label.clear()
            ui.posted_group.setVisible(self.posted is not None)
            for table in (ui.missing_table, ui.elsewhere_table, ui.absent_table):
                fill_table(table, [], [], [])
            return
        ui.posted_group.setVisible(self.posted is not None)
        st = result.stocktake
        where = st.location or translate("WarehousePages", "the whole store")
        state = (translate("WarehousePages", "posted") if st.closed_at
                 else translate("WarehousePages", "counting"))
        ui.status_label.setText(translate(
            "WarehousePages", "Stocktake no. {id} of {where} · started {when} by {who} · {state}"
        ).format(id=st.id, where=where, when=minute(st.started_at),
                 who=self._people.label(st.started_by),
                 state=state))
        expected = len(result.check.matched) + len(result.check.missing)
        ui.counted_label.setText(f"{len(result.check.matched) + len(result.check.unexpected)}"
                                 f" / {expected}")
        if self._operator is not None and st.closed_at is None:
            self._stays = {s.waybill_no: s for s in self._services.warehouse.in_stock(
                self._operator, st.location or None)}
        stays = self._stays  # once posted: as they were before the write-off
        missing = list(result.check.missing)
        fill_table(
            ui.missing_table,
            [translate("WarehousePages", "Waybill"), translate("WarehousePages", "Pickup code"),
             translate("WarehousePages", "In since")],
            [[n, stays[n].pickup_code if n in stays else "",
              minute(stays[n].in_at) if n in stays else ""] for n in missing],
            list(missing),
        )
        fill_table(
            ui.elsewhere_table,
            [translate("WarehousePages", "Waybill"),
             translate("WarehousePages", "Recorded at")],
            [[n, loc] for n, loc in result.elsewhere.items()],
            list(result.elsewhere),
        )
        fill_table(
            ui.absent_table,
            [translate("WarehousePages", "Waybill")],
            [[n] for n in result.not_in_stock],
            list(result.not_in_stock),
        )
        ui.missing_group.setTitle(translate(
            "WarehousePages", "Expected, not counted ({n})").format(n=len(missing)))
        ui.elsewhere_group.setTitle(translate(
            "WarehousePages", "Counted here, recorded elsewhere ({n})").format(
            n=len(result.elsewhere)))
        ui.absent_group.setTitle(translate(
            "WarehousePages", "Counted, not in stock ({n})").format(n=len(result.not_in_stock)))


# --- 3. 司机提货 (WH-13) ----------------------------------------------------------------------


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


# --- 4. 交接班表 / EMS登记 (WH-1, WH-12) -------------------------------------------------------


class ReportsPage(Page):
    """The shift handover sheet and the EMS register: preview, print, save."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Build from the Designer form; the current shift by default."""
        super().__init__(services, parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.setObjectName("reports_page")
        self.message_label = self.ui.message_label
        self.last_pdf: bytes | None = None
        self.register: EmsRegister | None = None
        self.sheet: HandoverSheet | None = None
        ui = self.ui
        day, shift = self.current_shift()
        ui.day_edit.setDate(qdate(day))
        self._fill_shifts()
        ui.shift_combo.setCurrentIndex(max(0, ui.shift_combo.findData(shift)))
        today = services.clock.now().date()
        ui.from_edit.setDate(qdate(today.replace(day=1)))
        ui.to_edit.setDate(qdate(today))
        ui.preview_button.clicked.connect(self.preview_handover)
        ui.print_handover_button.clicked.connect(self.print_handover)
        ui.save_handover_button.clicked.connect(self.save_handover)
        ui.show_ems_button.clicked.connect(self.show_ems)
        ui.save_ems_pdf_button.clicked.connect(lambda: self.save_ems("pdf"))
        ui.save_ems_xlsx_button.clicked.connect(lambda: self.save_ems("xlsx"))
        ui.save_ems_csv_button.clicked.connect(lambda: self.save_ems("csv"))
        ui.print_ems_button.clicked.connect(self.print_ems)
        # WH-11 (issue 16 §5): the air-return fees charged, for finance
        self.air_fee_tab = AirFeeTab(
            services, lambda: self._operator,
            lambda title, name, filter_: self.ask_save(title, name, filter_),
            lambda text, bad: (self.error if bad else self.ok)(text), ui.reports_tabs)
        ui.reports_tabs.addTab(self.air_fee_tab,
                               translate("WarehousePages", "Air-return fees"))

    @override
    def title(self) -> str:
        return translate("WarehousePages", "Reports")

    @override
    def handle_scan(self, event: ScanEvent) -> ScanFeedback:
        return self.show_feedback(ScanFeedback(
            ScanOutcome.DUPLICATE, translate("WarehousePages", "Not taken here"),
            translate("WarehousePages",
                      "{number}: scan parcels on the scan-in or scan-out tab.").format(
                number=event.number)))

    def current_shift(self) -> tuple[date, str]:
        """The shift being worked (or just ended): before the early shift, yesterday's late
        shift; between the shifts, the early one (it is being handed over)."""
        now = self._services.clock.now()
        shifts = self._services.station.shift_times()
        if now.time() < shifts.early_start:
            return now.date() - timedelta(days=1), "late"
        if now.time() < shifts.late_start:
            return now.date(), "early"
        return now.date(), "late"

    def _fill_shifts(self) -> None:
        shifts = self._services.station.shift_times()
        combo = self.ui.shift_combo
        current = combo.currentData()
        combo.clear()
        combo.addItem(translate("WarehousePages", "Early shift {start}–{end}").format(
            start=shifts.early_start.strftime("%H:%M"), end=shifts.early_end.strftime("%H:%M")),
            "early")
        combo.addItem(translate("WarehousePages", "Late shift {start}–{end}").format(
            start=shifts.late_start.strftime("%H:%M"), end=shifts.late_end.strftime("%H:%M")),
            "late")
        if current is not None:
            combo.setCurrentIndex(max(0, combo.findData(current)))

    @override
    def refresh(self) -> None:
        self._fill_shifts()

    # handover sheet
    def handover_sheet(self) -> HandoverSheet | None:
        """The handover sheet of the chosen day and shift, summarised on screen (rendering it
        is left to the worker thread)."""
        if self._operator is None:
            return None
        try:
            self.sheet = self._services.warehouse.handover(
                self._operator, pydate(self.ui.day_edit.date()),
                str(self.ui.shift_combo.currentData()))
        except DomainError as err:
            self.error(describe(err))
            return None
        s = self.sheet
        self.ui.handover_summary_label.setText(translate(
            "WarehousePages",
            "{shift} · stock {start} → {end} · in {came_in} · out {went_out} · due today {due} · "
            "overdue {overdue} · open problems {open} · headless {headless}",
        ).format(shift=s.shift, start=s.stock_start, end=s.stock_end, came_in=len(s.came_in),
                 went_out=len(s.went_out), due=len(s.due_today), overdue=len(s.overdue),
                 open=len(s.open_problems), headless=s.headless_open))
        return s

    def _render_handover(self, sheet: HandoverSheet) -> Callable[[], bytes]:
        font = report_font()
        notes = self._services.service_desk.shift_notes  # 客服 notebook (CS-9, X-3, issue 19)
        who, day, shift = self._operator, pydate(self.ui.day_edit.date()), str(
            self.ui.shift_combo.currentData())

        def render() -> bytes:
            pdf = render_handover_pdf(sheet, font, notes(who, day, shift) if who else None)
            self.last_pdf = pdf  # a bytes reference, set atomically; read on the GUI thread
            return pdf

        return render

    def preview_handover(self) -> None:
        """Show the printed sheet inside the app (rendered on the worker thread)."""
        sheet = self.handover_sheet()
        if sheet is None:
            return
        render = self._render_handover(sheet)

        def shown(result: tuple[QImage | None, int]) -> None:
            image, _count = result
            if image is not None:
                self.ui.handover_preview_label.setPixmap(QPixmap.fromImage(image))

        run_in_background(lambda: stack_page_images(render()), shown, self._failed,
                          parent=self, label=translate("WarehousePages", "Preparing the "
                                                       "handover sheet…"))
        self.message_label.clear()

    def print_handover(self) -> None:
        """Print the sheet (this PC's A4 printer; asks unless set to print at once)."""
        sheet = self.handover_sheet()
        if sheet is not None:
            self._print(translate("WarehousePages", "Handover sheet"),
                        self._render_handover(sheet))

    def save_handover(self) -> None:
        """Save the sheet as a PDF file."""
        sheet = self.handover_sheet()
        if sheet is None:
            return
        render = self._render_handover(sheet)
        name = f"交接班表_{sheet.shift.replace(' ', '_')}.pdf"
        self._save(translate("WarehousePages", "Save the handover sheet"), name, "PDF (*.pdf)",
                   lambda path: write_atomic(path, render()))

    def _failed(self, err: BaseException) -> None:
        if isinstance(err, DomainError):
            self.error(describe(err))
        elif not isinstance(err, Cancelled):
            raise err

    # EMS register
    def ems_register(self) -> EmsRegister | None:
        """The EMS register of the chosen period."""
        if self._operator is None:
            return None
        try:
            self.register = self._services.warehouse.ems_register(
                self._operator, pydate(self.ui.from_edit.date()), pydate(self.ui.to_edit.date()))
        except DomainError as err:
            self.error(describe(err))
            return None
        return self.register

    def show_ems(self) -> None:
        """The register on screen."""
        register = self.ems_register()
        if register is None:
            return
        fill_table(
            self.ui.ems_table,
            [translate("WarehousePages", "No."), translate("WarehousePages", "Out on"),
             translate("WarehousePages", "Waybill"), translate("WarehousePages", "EMS no."),
             translate("WarehousePages", "Destination"),
             translate("WarehousePages", "Weight (kg)"), translate("WarehousePages", "EMS fee"),
             translate("WarehousePages", "Freight paid"), translate("WarehousePages", "Payment"),
             translate("WarehousePages", "To collect"),
             translate("WarehousePages", "Collected by"), translate("WarehousePages", "Clerk")],
            ems_rows(register),
            [line.waybill_no for line in register.lines],
        )
        self.ui.ems_totals_label.setText(translate(
            "WarehousePages", "{n} parcel(s) · EMS fees {fee} 元 · to collect {short} 元"
        ).format(n=len(register.lines), fee=register.total_fee, short=register.total_shortfall))
        self.message_label.clear()

    def save_ems(self, kind: str) -> None:
        """Save the register as PDF, XLSX or CSV."""
        register = self.ems_register()
        if register is None:
            return
        self.show_ems()
        base = f"转发EMS登记表_{register.start}_{register.end}"
        title = translate("WarehousePages", "Save the EMS register")
        if kind == "pdf":
            font = report_font()
            self._save(title, base + ".pdf", "PDF (*.pdf)",
                       lambda p: write_atomic(p, render_ems_register_pdf(register, font)))
        elif kind == "xlsx":
            self._save(title, base + ".xlsx", "Excel (*.xlsx)",
                       lambda p: write_ems_xlsx(register, p))
        else:
            self._save(title, base + ".csv", "CSV (*.csv)", lambda p: write_ems_csv(register, p))

    def print_ems(self) -> None:
        """Print the register."""
        register = self.ems_register()
        if register is None:
            return
        self.show_ems()
        font = report_font()

        def render() -> bytes:
            pdf = render_ems_register_pdf(register, font)
            self.last_pdf = pdf
            return pdf

        self._print(translate("WarehousePages", "EMS register"), render)

    # files and printer
    def ask_save(self, title: str, suggested: str, filter_: str) -> str:
        """Where to save (replaced in tests)."""
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, filter_)
        return path

    def _save(self, title: str, suggested: str, filter_: str,
              write: Callable[[Path], object]) -> None:
        path = self.ask_save(title, suggested, filter_)
        if not path:
            return

        def failed(err: BaseException) -> None:
            if isinstance(err, Cancelled):
                self.error(translate("WarehousePages", "Cancelled; {path} was not saved.").format(
                    path=path))
            elif isinstance(err, OSError):
                self.error(translate("WarehousePages", "Could not save {path}: {error}. An "
                                     "earlier file of that name is unchanged.").format(
                    path=path, error=err.strerror or str(err)))
            else:
                self._failed(err)

        save_in_background(Path(path), write, lambda p: self.ok(
            translate("WarehousePages", "Saved {path}.").format(path=p)), failed, parent=self)

    def _print(self, title: str, pdf: bytes | Callable[[], bytes]) -> None:
        def done(result: PrintResult) -> None:
            if result.ok:
                self.ok(translate("WarehousePages", "Printed {n} page(s).").format(
                    n=result.pages))
            else:
                self.error(describe_result(result))

        print_document(self, DocKind.A4, title, pdf, ask=self.ask_print, done=done)


# --- 5. 仓库设置 (WH-8, WH-9, WH-11) ----------------------------------------------------------


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
                self._operator, whole_weight=bool(self.basis_combo.currentData()))
        except DomainError as err:
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
