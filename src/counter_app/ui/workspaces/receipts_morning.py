"""The night desk's morning check (RE-1, RE-6, RE-7, RE-8): the day's batches, couriers
without one, receipts missing or late, the delivery list's import, the COD list and a kept
receipt's record. A mixin of ``ReceiptsWorkspace``."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from counter_app.domain.errors import (
    DomainError,
)
from counter_app.domain.staff import StaffMember
from counter_app.paths import report_font
from counter_app.services.app import AppServices
from counter_app.services.receipt_dto import ReceiptSheet
from counter_app.services.receipts import BatchView
from counter_app.ui.deferred import deferred
from counter_app.ui.forms.ui_receipts_workspace import Ui_ReceiptsWorkspace
from counter_app.ui.people import People
from counter_app.ui.printing import DocKind, print_document
from counter_app.ui.tasks import run_in_background
from counter_app.ui.widgets.tables import fill_table, selected_key

if TYPE_CHECKING:
    from counter_app.reports.receipts_pdf import render_cod_list_pdf, render_receipt_sheet_pdf
else:  # imported on first use: not at start-up (issue 18 §4)
    render_cod_list_pdf = deferred("counter_app.reports.receipts_pdf", "render_cod_list_pdf")
    render_receipt_sheet_pdf = deferred(
        "counter_app.reports.receipts_pdf", "render_receipt_sheet_pdf")

translate = QCoreApplication.translate


class MorningCheck:
    """The morning tab (mixed into ``ReceiptsWorkspace``)."""

    ui: Ui_ReceiptsWorkspace
    _services: AppServices
    _operator: StaffMember | None
    _people: People
    batch: BatchView | None
    last_print: bytes
    _sheet: ReceiptSheet

    if TYPE_CHECKING:
        def _describe(self, err: DomainError) -> str: ...
        def ask_print(self, printer: QPrinter) -> bool: ...

    def _widget(self) -> QWidget:
        return cast(QWidget, self)  # the workspace: the dialogs' parent

    # --- morning check (RE-1, RE-6, RE-7)
    def report_date(self) -> date:
        """The delivery day the morning tab looks at."""
        qd = self.ui.report_date_edit.date()
        return date(qd.year(), qd.month(), qd.day())

    def refresh_morning(self) -> None:
        """Batches of the day, couriers without one, receipts missing, late entries."""
        day = self.report_date()
        receipts = self._services.receipts
        views = receipts.batches_on(day)
        fill_table(
            self.ui.batches_table,
            [
                translate("ReceiptsWorkspace", "Courier"),
                translate("ReceiptsWorkspace", "Count"),
                translate("ReceiptsWorkspace", "到付"),
                translate("ReceiptsWorkspace", "Late"),
                translate("ReceiptsWorkspace", "State"),
            ],
            [
                [
                    v.courier.name,
                    str(v.count),
                    str(len(v.cod)),
                    str(sum(1 for r in v.receipts if r.late)),
                    translate("ReceiptsWorkspace", "closed")
                    if v.closed
                    else translate("ReceiptsWorkspace", "open"),
                ]
                for v in views
            ],
            [v.batch.id for v in views],
        )
        report = receipts.morning_report(day)
        lines = [translate("ReceiptsWorkspace", "Delivery day {day}").format(day=day)]
        lines += [
            translate(
                "ReceiptsWorkspace", "No receipts handed in: {courier} ({n} parcels on the list)"
            ).format(courier=c, n=n)
            for c, n in report.couriers_without_batch
        ]
        lines += [
            translate("ReceiptsWorkspace", "Missing from {courier}'s batch: {number}").format(
                courier=c, number=w
            )
            for c, w in report.missing_receipts
        ]
        lines += [
            translate("ReceiptsWorkspace", "Late (after the deadline): {number} by {who}").format(
                number=r.waybill_no, who=self._people.label(r.entered_by)
            )
            for r in report.late
        ]
        lines += [
            translate("ReceiptsWorkspace", "Batch still open: {courier}").format(courier=c)
            for c in report.open_batches
        ]
        lines += [  # WH-5 (issue 16 §8)
            translate("ReceiptsWorkspace", "Arrived, no receipt and no reason in the "
                      "warehouse: {number} ({courier})").format(number=w, courier=c)
            for c, w in report.unaccounted
        ]
        if len(lines) == 1:
            lines.append(translate("ReceiptsWorkspace", "Nothing missing."))
        self.ui.morning_text.setPlainText("\n".join(lines))

    def import_list(self) -> None:
        """Load a delivery list CSV (日期,派件员,运单号,收件人,到付金额,件数), read and stored on
        the worker (issue 15 §1: a day's list of thousands of lines never freezes the desk)."""
        path = self.ask_open_csv()
        if not path or self._operator is None:
            return
        operator, receipts = self._operator, self._services.receipts

        def load() -> int:
            with open(path, encoding="utf-8-sig") as fh:
                return receipts.import_delivery_csv(operator, fh.read())

        def failed(err: BaseException) -> None:
            if isinstance(err, DomainError):
                self.ui.morning_text.setPlainText(self._describe(err))
            elif isinstance(err, OSError | UnicodeDecodeError):
                self.ui.morning_text.setPlainText(translate(
                    "ReceiptsWorkspace", "The file could not be read as a UTF-8 CSV: {error}"
                ).format(error=type(err).__name__))
            else:
                raise err

        run_in_background(load, lambda count: self.ui.morning_text.setPlainText(translate(
            "ReceiptsWorkspace", "Imported {n} delivery-list line(s).").format(n=count)),
            failed, parent=self._widget(),
            label=translate("ReceiptsWorkspace", "Importing the delivery list…"))

    def ask_open_csv(self) -> str:
        """Choose a CSV file (replaced in tests)."""
        path, _ = QFileDialog.getOpenFileName(
            self._widget(), translate("ReceiptsWorkspace", "Delivery list"), "", "CSV (*.csv)"
        )
        return path

    def print_cod(self) -> None:
        """Print the COD list of the batch selected in the morning table (RE-7)."""
        key = selected_key(self.ui.batches_table)
        if key is None:
            self.ui.morning_text.appendPlainText(
                translate("ReceiptsWorkspace", "Select a batch first.")
            )
            return
        cod = self._services.receipts.cod_list(int(str(key)))
        font = report_font()

        def rendered(pdf: bytes) -> None:
            self.last_print = pdf

        print_document(self._widget(), DocKind.A5,
                       translate("ReceiptsWorkspace", "COD list {courier}").format(
                           courier=cod.courier),
                       lambda: render_cod_list_pdf(cod, font), ask=self.ask_print,
                       rendered=rendered)

    def find_receipt(self) -> bool:
        """RE-8: show a receipt's record while it is kept."""
        try:
            sheet = self._services.receipts.sheet(self.ui.find_edit.text())
        except DomainError as err:
            self.ui.morning_text.setPlainText(self._describe(err))
            return False
        self.ui.morning_text.setPlainText("\n".join(f"{label}：{value}"
                                                    for label, value in sheet.fields))
        self._sheet = sheet
        return True

    def print_receipt(self) -> None:
        """Print the record of the receipt found."""
        if not self.find_receipt():
            return
        self.last_print = render_receipt_sheet_pdf(self._sheet, report_font())
        print_document(self._widget(), DocKind.A4, translate("ReceiptsWorkspace", "Receipt record"),
                       self.last_print, ask=self.ask_print)
