"""仓库 · 交接班表 / EMS登记 (WH-1, WH-12): the shift handover sheet and the EMS register,
previewed, printed and saved (issue 5).

A tab of ``WarehouseWorkspace``; rendering and saving run on the worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from typing_extensions import override

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QWidget

from counter_app.atomic import write_atomic
from counter_app.domain.errors import DomainError
from counter_app.domain.scanning import ScanEvent, ScanOutcome
from counter_app.paths import report_font
from counter_app.services.app import AppServices
from counter_app.services.warehouse_records import EmsRegister, HandoverSheet
from counter_app.ui.deferred import deferred
from counter_app.ui.forms.ui_warehouse_reports import Ui_ReportsPage
from counter_app.ui.messages import describe
from counter_app.ui.printing import (
    DocKind,
    PrintResult,
    describe_result,
    print_document,
    stack_page_images,
)
from counter_app.ui.tasks import Cancelled, run_in_background, save_in_background
from counter_app.ui.widgets.pages import Page, pydate, qdate
from counter_app.ui.widgets.tables import fill_table
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


