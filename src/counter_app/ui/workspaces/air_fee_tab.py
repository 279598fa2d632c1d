"""The register of air-return fees charged in a period, for finance (WH-11, issue 16 §5): a tab
of the warehouse's reports page, shown on screen and saved as CSV."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.atomic import write_atomic
from counter_app.domain.errors import DomainError
from counter_app.domain.staff import StaffMember
from counter_app.services.app import AppServices
from counter_app.services.warehouse_records import AirFeeRegister
from counter_app.ui.deferred import deferred
from counter_app.ui.messages import describe
from counter_app.ui.widgets.tables import fill_table

if TYPE_CHECKING:
    from counter_app.reports.warehouse_lists import air_fee_rows, render_air_fee_csv
else:  # imported on first use: not at start-up (issue 18 §4)
    air_fee_rows = deferred("counter_app.reports.warehouse_lists", "air_fee_rows")
    render_air_fee_csv = deferred("counter_app.reports.warehouse_lists", "render_air_fee_csv")

translate = QCoreApplication.translate


class AirFeeTab(QWidget):
    """From, to, Show, Save CSV; the table of fees and the total."""

    def __init__(self, services: AppServices, operator: Callable[[], StaffMember | None],
                 ask_save: Callable[[str, str, str], str], say: Callable[[str, bool], None],
                 parent: QWidget | None = None) -> None:
        """``operator`` gives who asks; ``ask_save`` the file dialog; ``say`` the page's
        message line (text, is an error)."""
        super().__init__(parent)
        self.setObjectName("air_fee_tab")
        self._services, self._operator, self._ask_save, self._say = (
            services, operator, ask_save, say)
        self.register: AirFeeRegister | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        today = services.clock.now().date()
        self.from_edit = QDateEdit(QDate(today.year, today.month, 1), self)
        self.from_edit.setObjectName("air_from_edit")
        self.to_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.to_edit.setObjectName("air_to_edit")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.show_button = QPushButton(translate("AirFeeTab", "&Show"), self)
        self.show_button.setObjectName("show_air_fees_button")
        self.save_button = QPushButton(translate("AirFeeTab", "Save CS&V…"), self)
        self.save_button.setObjectName("save_air_fees_button")
        bar.addWidget(QLabel(translate("AirFeeTab", "From"), self))
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(translate("AirFeeTab", "to"), self))
        bar.addWidget(self.to_edit)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        self.table = QTableWidget(self)
        self.table.setObjectName("air_fee_table")
        layout.addWidget(self.table, 1)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("air_fee_total_label")
        layout.addWidget(self.total_label)
        self.show_button.clicked.connect(self.show_fees)
        self.save_button.clicked.connect(self.save_csv)

    def load(self) -> AirFeeRegister | None:
        """The register of the chosen period, or None (said in the message line)."""
        operator = self._operator()
        if operator is None:
            return None
        start, end = self.from_edit.date(), self.to_edit.date()
        try:
            self.register = self._services.warehouse.air_fee_register(
                operator, start.toPython(), end.toPython())  # type: ignore[arg-type]
        except DomainError as err:
            self._say(describe(err), True)
            return None
        return self.register

    def show_fees(self) -> None:
        """The register on screen."""
        register = self.load()
        if register is None:
            return
        rows = air_fee_rows(register)[:-1]
        fill_table(self.table, [
            translate("AirFeeTab", "No."), translate("AirFeeTab", "Out on"),
            translate("AirFeeTab", "Waybill"), translate("AirFeeTab", "Returned"),
            translate("AirFeeTab", "Province"), translate("AirFeeTab", "Weight (kg)"),
            translate("AirFeeTab", "Fee"), translate("AirFeeTab", "Clerk")],
            rows, [line.waybill_no for line in register.lines])
        self.total_label.setText(translate(
            "AirFeeTab", "{n} air return(s) charged · {fee} 元").format(
                n=len(register.lines), fee=register.total_fee))

    def save_csv(self) -> None:
        """Save the register as CSV for finance (written whole or not at all)."""
        register = self.load()
        if register is None:
            return
        self.show_fees()
        path = self._ask_save(translate("AirFeeTab", "Save the air-return fees"),
                              f"航空件退回费用_{register.start}_{register.end}.csv",
                              "CSV (*.csv)")
        if not path:
            return
        try:
            write_atomic(Path(path), render_air_fee_csv(register))
        except OSError as err:
            self._say(translate("AirFeeTab", "Could not save {path}: {error}.").format(
                path=path, error=err.strerror or err), True)
            return
        self._say(translate("AirFeeTab", "Saved {path}.").format(path=path), False)
