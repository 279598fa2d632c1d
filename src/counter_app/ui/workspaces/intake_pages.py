"""Side pages of the counter intake (前台收寄, issue 4): the shift summary, account customers
with their monthly statements (协议结算, CI-7), the counter's consumables (物料, CI-10) and the
intake settings — rate card (CI-8), service area (CI-6), fragile rule (CI-2) and the station's
own prohibited keywords.

Each page is a tab of the intake workspace, built like the warehouse pages
(``warehouse_pages.Page``): a Designer form, a message line, ``activate(operator)``. Pages
call only ``services.intake`` (and ``services.station`` for the shift times); the rules live
in the service and the domain.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.atomic import write_atomic
from counter_app.domain.errors import DomainError, FieldInvalid, StaleEdit
from counter_app.domain.intake import DEFAULT_CONSUMABLES, Account, Consumable, FragilePolicy
from counter_app.domain.pricing import RateCard
from counter_app.domain.prohibited import ProhibitedCategory, default_catalogue
from counter_app.domain.rate_card_tables import sample_rate_card
from counter_app.domain.scanning import ScanEvent, ScanOutcome
from counter_app.domain.service_area import (
    SAMPLE_SERVICE_AREA_NAME,
    AreaStatus,
    ServiceArea,
)
from counter_app.domain.staff import Role, StaffMember
from counter_app.paths import report_font
from counter_app.services.app import AppServices
from counter_app.services.intake_dto import AccountStatement, ShiftSummary
from counter_app.ui.deferred import deferred
from counter_app.ui.forms.ui_intake_accounts import Ui_AccountsPage
from counter_app.ui.forms.ui_intake_consumables import Ui_ConsumablesPage
from counter_app.ui.forms.ui_intake_settings import Ui_IntakeSettingsPage
from counter_app.ui.forms.ui_intake_shift_summary import Ui_ShiftSummaryPage
from counter_app.ui.look import ERROR_STYLE, WARN_STYLE
from counter_app.ui.messages import describe
from counter_app.ui.messages_intake import area_status_name
from counter_app.ui.people import People
from counter_app.ui.printing import (
    DocKind,
    PrintResult,
    describe_result,
    print_document,
    stack_pages,
)
from counter_app.ui.tasks import Cancelled, save_in_background
from counter_app.ui.widgets.fields import disable_input_method
from counter_app.ui.widgets.pages import Page, pydate, qdate
from counter_app.ui.widgets.tables import fill_table, selected_key
from counter_app.ui.workspaces.base import ScanFeedback

if TYPE_CHECKING:
    from counter_app.reports.intake_lists import write_statement_csv, write_statement_xlsx
    from counter_app.reports.intake_pdf import (
        clerk_row,
        render_shift_summary_pdf,
        render_statement_pdf,
    )
    from counter_app.reports.rate_card_io import (
        rate_card_from_csv,
        rate_card_from_xlsx,
        rate_card_to_csv,
        rate_card_to_xlsx,
    )
    from counter_app.reports.service_area_io import (
        service_area_from_csv,
        service_area_from_xlsx,
        service_area_to_csv,
        service_area_to_xlsx,
    )
else:  # imported on first use: not at start-up (issue 18 §4)
    write_statement_csv = deferred("counter_app.reports.intake_lists", "write_statement_csv")
    write_statement_xlsx = deferred("counter_app.reports.intake_lists", "write_statement_xlsx")
    clerk_row = deferred("counter_app.reports.intake_pdf", "clerk_row")
    render_shift_summary_pdf = deferred(
        "counter_app.reports.intake_pdf", "render_shift_summary_pdf")
    render_statement_pdf = deferred("counter_app.reports.intake_pdf", "render_statement_pdf")
    rate_card_from_csv = deferred("counter_app.reports.rate_card_io", "rate_card_from_csv")
    rate_card_from_xlsx = deferred("counter_app.reports.rate_card_io", "rate_card_from_xlsx")
    rate_card_to_csv = deferred("counter_app.reports.rate_card_io", "rate_card_to_csv")
    rate_card_to_xlsx = deferred("counter_app.reports.rate_card_io", "rate_card_to_xlsx")
    service_area_from_csv = deferred("counter_app.reports.service_area_io", "service_area_from_csv")
    service_area_from_xlsx = deferred(
        "counter_app.reports.service_area_io", "service_area_from_xlsx")
    service_area_to_csv = deferred("counter_app.reports.service_area_io", "service_area_to_csv")
    service_area_to_xlsx = deferred("counter_app.reports.service_area_io", "service_area_to_xlsx")

translate = QCoreApplication.translate
LOW_COLOUR = QColor("#b00020")
EMS_COLOUR = QColor("#9a6700")
KEYWORD_SPLIT = re.compile(r"[,，、;；\s]+")
"""Keywords may be separated by commas (either width), 、, semicolons or spaces."""
HALF_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


# --- shared helpers ------------------------------------------------------------------------


def kg(value: Decimal) -> str:
    """A weight without trailing zeros: 1.000 → 1, 0.50 → 0.5."""
    return f"{value.normalize():f}"


def yuan(value: Decimal) -> str:
    """An amount with two decimals: 12 → 12.00."""
    return f"{value:.2f}"


def yes_no(flag: bool) -> str:
    """A translated yes / no cell."""
    return translate("IntakePages", "yes") if flag else translate("IntakePages", "no")


def align_right(table: QTableWidget, columns: tuple[int, ...]) -> None:
    """Right-align the cells of number columns."""
    for r in range(table.rowCount()):
        for c in columns:
            if (item := table.item(r, c)) is not None:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def fit_columns(table: QTableWidget) -> None:
    """Size the columns to their (now bold) contents again; the last one takes the rest."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setStretchLastSection(True)


def spread_columns(table: QTableWidget) -> None:
    """Share the width among all columns (a table of figures: no column takes the rest)."""
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)


def select_key(table: QTableWidget, key: object) -> bool:
    """Select the row whose first cell carries ``key``; whether one did."""
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
            table.selectRow(row)
            return True
    return False


def emphasise_row(table: QTableWidget, row: int, colour: QColor | None = None) -> None:
    """Bold (and optionally colour) every cell of a row."""
    for c in range(table.columnCount()):
        item = table.item(row, c)
        if item is None:
            continue
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        if colour is not None:
            item.setForeground(colour)


class _IntakePage(Page):
    """What the intake pages share besides ``Page``: files, printing, scans answered."""

    @override
    def handle_scan(self, event: ScanEvent) -> ScanFeedback:
        return self.show_feedback(ScanFeedback(
            ScanOutcome.DUPLICATE, translate("IntakePages", "Not taken here"),
            translate("IntakePages", "{number}: scan waybills on the intake form.").format(
                number=event.number)))

    def editable(self) -> bool:
        """Whether the operator is a supervisor (who may change settings and accounts)."""
        return self._operator is not None and self._operator.role is Role.SUPERVISOR

    def ask_save(self, title: str, suggested: str, filter_: str) -> str:
        """Where to save (replaced in tests)."""
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, filter_)
        return path

    def ask_open(self, title: str, filter_: str) -> str:
        """Which file to read (replaced in tests)."""
        path, _ = QFileDialog.getOpenFileName(self, title, "", filter_)
        return path

    def save_file(self, title: str, suggested: str, filter_: str,
                  write: Callable[[Path], object]) -> Path | None:
        """Ask where, write on the worker thread (cancellable), and say how it went; None when
        no file was chosen."""
        path = self.ask_save(title, suggested, filter_)
        if not path:
            return None

        def failed(err: BaseException) -> None:
            if isinstance(err, Cancelled):
                self.error(translate("IntakePages", "Cancelled; {path} was not saved.").format(
                    path=path))
            elif isinstance(err, OSError):
                self.error(translate("IntakePages", "Could not save {path}: {error}. An "
                                     "earlier file of that name is unchanged.").format(
                    path=path, error=err.strerror or str(err)))
            else:
                raise err

        save_in_background(Path(path), write,
                           lambda p: self.ok(translate("IntakePages", "Saved {path}.").format(
                               path=p)), failed, parent=self)
        return Path(path)

    def read_file(self, title: str, filter_: str) -> tuple[Path, bytes] | None:
        """Ask for a file and read it; None when cancelled or unreadable (said)."""
        path = self.ask_open(title, filter_)
        if not path:
            return None
        try:
            return Path(path), Path(path).read_bytes()
        except OSError as err:
            self.error(translate("IntakePages", "Could not read {path}: {error}").format(
                path=path, error=err.strerror or str(err)))
            return None

    def send_to_printer(self, title: str, pdf: bytes | Callable[[], bytes]) -> None:
        """Render (when ``pdf`` is a function) and print on the worker thread, on this PC's A4
        printer; the outcome is said here and on the result bar."""

        def done(result: PrintResult) -> None:
            if result.ok:
                self.ok(translate("IntakePages", "Printed {n} page(s).").format(n=result.pages))
            else:
                self.error(describe_result(result))

        print_document(self, DocKind.A4, title, pdf, ask=self.ask_print, done=done)


# --- 1. 交班汇总 (issue 4 §10) ---------------------------------------------------------------


class ShiftSummaryPage(_IntakePage):
    """交班汇总: per clerk the parcels and money of a shift, the refusals and price overrides;
    preview, print, save as PDF."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Build from the Designer form: today and the shift being worked."""
        super().__init__(services, parent)
        self.ui = Ui_ShiftSummaryPage()
        self.ui.setupUi(self)
        self.setObjectName("shift_summary_page")
        self.message_label = self.ui.message_label
        self._people = People(services.staff.names)
        self.summary: ShiftSummary | None = None
        self.last_pdf: bytes | None = None
        ui = self.ui
        ui.day_edit.setDate(qdate(services.clock.now().date()))
        self._fill_shifts(self.current_shift())
        ui.day_edit.dateChanged.connect(lambda _d: self.show_summary())
        ui.shift_combo.currentIndexChanged.connect(lambda _i: self.show_summary())
        ui.refresh_button.clicked.connect(self.show_summary)
        ui.preview_button.clicked.connect(self.preview)
        ui.print_button.clicked.connect(self.print_summary)
        ui.save_pdf_button.clicked.connect(self.save_pdf)
        # issue 16 §4: voided and corrected parcels, beside the refusals and overrides
        self.changes_group = QGroupBox(ui.tables_tab)
        self.changes_group.setObjectName("changes_group")
        changes_layout = QVBoxLayout(self.changes_group)
        self.changes_table = QTableWidget(self.changes_group)
        self.changes_table.setObjectName("changes_table")
        self.changes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        changes_layout.addWidget(self.changes_table)
        ui.lists_layout.addWidget(self.changes_group)

    @override
    def title(self) -> str:
        return translate("IntakePages", "Shift summary")

    def current_shift(self) -> str:
        """The shift being worked: early until the late shift starts, then late."""
        now = self._services.clock.now()
        shifts = self._services.station.shift_times()
        return "early" if now.time() < shifts.late_start else "late"

    def _fill_shifts(self, select: str | None = None) -> None:
        shifts = self._services.station.shift_times()
        combo = self.ui.shift_combo
        current = select or combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("IntakePages", "Early shift {start}–{end}").format(
            start=shifts.early_start.strftime("%H:%M"), end=shifts.early_end.strftime("%H:%M")),
            "early")
        combo.addItem(translate("IntakePages", "Late shift {start}–{end}").format(
            start=shifts.late_start.strftime("%H:%M"), end=shifts.late_end.strftime("%H:%M")),
            "late")
        combo.addItem(translate("IntakePages", "Whole day"), "day")
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    @override
    def refresh(self) -> None:
        self._fill_shifts()
        self.show_summary()

    def load(self) -> ShiftSummary | None:
        """The summary of the chosen day and shift."""
        if self._operator is None:
            return None
        try:
            self.summary = self._services.intake.shift_summary(
                pydate(self.ui.day_edit.date()), str(self.ui.shift_combo.currentData()))
        except DomainError as err:
            self.error(describe(err))
            return None
        return self.summary

    def show_summary(self) -> None:
        """The summary on screen."""
        summary = self.load()
        if summary is None:
            return
        ui = self.ui
        clerks = [*summary.clerks, summary.total]
        fill_table(
            ui.clerks_table,
            [translate("IntakePages", "Clerk"), translate("IntakePages", "Parcels"),
             translate("IntakePages", "Cash (n / 元)"), translate("IntakePages", "QR (n / 元)"),
             translate("IntakePages", "Collect (n / 元)"),
             translate("IntakePages", "Account (n / 元)"),
             translate("IntakePages", "Refusals"), translate("IntakePages", "Overrides")],
            [clerk_row(c) for c in summary.clerks]
            + [clerk_row(summary.total, translate("IntakePages", "Total"))],
            [c.clerk for c in clerks],
        )
        align_right(ui.clerks_table, (1, 2, 3, 4, 5, 6, 7))
        spread_columns(ui.clerks_table)
        emphasise_row(ui.clerks_table, ui.clerks_table.rowCount() - 1)
        fill_table(
            ui.refusals_table,
            [translate("IntakePages", "Time"), translate("IntakePages", "Clerk"),
             translate("IntakePages", "Contents"), translate("IntakePages", "Reason"),
             translate("IntakePages", "Sender phone")],
            [[x.at, x.clerk, x.contents, x.reason, x.sender_phone] for x in summary.refusals],
            list(range(len(summary.refusals))),
        )
        fill_table(
            ui.overrides_table,
            [translate("IntakePages", "Time"), translate("IntakePages", "Waybill"),
             translate("IntakePages", "Clerk"), translate("IntakePages", "Quoted"),
             translate("IntakePages", "Charged"), translate("IntakePages", "Reason"),
             translate("IntakePages", "Approved by")],
            [[x.at, x.waybill_no, x.clerk, x.quoted, x.charged, x.reason,
              self._people.label(x.approved_by)]  # 王丽（1001）, not 1001 (issue 15 §6)
             for x in summary.overrides],
            [x.waybill_no for x in summary.overrides],
        )
        align_right(ui.overrides_table, (3, 4))
        ui.refusals_group.setTitle(translate("IntakePages", "Refusals ({n})").format(
            n=len(summary.refusals)))
        ui.overrides_group.setTitle(translate("IntakePages", "Price overrides ({n})").format(
            n=len(summary.overrides)))
        changes = ([[x.at, x.waybill_no, x.clerk, x.amount,
                     translate("IntakePages", "voided"), x.reason, x.approved_by]
                    for x in summary.voids]
                   + [[x.at, x.waybill_no, x.clerk, x.before, x.after, x.reason,
                       x.approved_by] for x in summary.corrections])
        fill_table(
            self.changes_table,
            [translate("IntakePages", "Time"), translate("IntakePages", "Waybill"),
             translate("IntakePages", "By"), translate("IntakePages", "Was"),
             translate("IntakePages", "Now"), translate("IntakePages", "Reason"),
             translate("IntakePages", "Approved by")],
            changes, list(range(len(changes))))
        self.changes_group.setTitle(translate(
            "IntakePages", "Voided {v} · corrected {c}").format(
                v=len(summary.voids), c=len(summary.corrections)))
        t = summary.total
        ui.totals_label.setText(translate(
            "IntakePages",
            "{day} {period}: {n} parcel(s) · cash {cash} 元 · QR {qr} 元 · collect {collect} 元 "
            "· account {account} 元 · {refusals} refused · {overrides} price override(s)",
        ).format(day=summary.day, period=summary.period, n=t.accepted, cash=t.cash_total,
                 qr=t.qr_total, collect=t.collect_total, account=t.account_total,
                 refusals=t.refusals, overrides=t.overrides))
        self.message_label.clear()

    def summary_pdf(self) -> bytes | None:
        """The printed summary of the chosen day and shift (shown on screen too)."""
        self.show_summary()
        if self.summary is None:
            return None
        self.last_pdf = render_shift_summary_pdf(self.summary, report_font())
        return self.last_pdf

    def preview(self) -> None:
        """Show the printed sheet inside the app."""
        pdf = self.summary_pdf()
        if pdf is None:
            return
        pixmap, _count = stack_pages(pdf)
        if pixmap is not None:
            self.ui.preview_label.setPixmap(pixmap)
        self.ui.summary_tabs.setCurrentWidget(self.ui.preview_tab)

    def print_summary(self) -> None:
        """Print the sheet."""
        pdf = self.summary_pdf()
        if pdf is not None:
            self.send_to_printer(translate("IntakePages", "Shift summary"), pdf)

    def save_pdf(self) -> None:
        """Save the sheet as a PDF file."""
        pdf = self.summary_pdf()
        if pdf is None or self.summary is None:
            return
        name = f"收寄交班汇总_{self.summary.day}_{self.summary.shift}.pdf"
        self.save_file(translate("IntakePages", "Save the shift summary"), name, "PDF (*.pdf)",
                       lambda path: write_atomic(path, pdf))


# --- 2. 协议客户 (CI-7) -----------------------------------------------------------------------


class AccountsPage(_IntakePage):
    """协议结算 customers: the list, the form (supervisors) and the monthly statement."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Build from the Designer form; the statement month is the current one."""
        super().__init__(services, parent)
        self.ui = Ui_AccountsPage()
        self.ui.setupUi(self)
        self.setObjectName("accounts_page")
        self.message_label = self.ui.message_label
        self.accounts: list[Account] = []
        self.editing: int | None = None
        """The id of the account in the form; None for a new one."""
        self.statement: AccountStatement | None = None
        ui = self.ui
        for edit in (ui.code_edit, ui.phone_edit, ui.credit_code_edit):
            disable_input_method(edit)
        for edit in (ui.code_edit, ui.name_edit, ui.contact_edit, ui.phone_edit,
                     ui.credit_code_edit, ui.account_note_edit):
            edit.returnPressed.connect(self.save_account)
        ui.month_edit.setDate(qdate(services.clock.now().date().replace(day=1)))
        ui.accounts_table.itemSelectionChanged.connect(self._account_selected)
        ui.new_button.clicked.connect(self.new_account)
        ui.save_button.clicked.connect(self.save_account)
        ui.print_statement_button.clicked.connect(self.print_statement)
        ui.export_xlsx_button.clicked.connect(lambda: self.export_statement("xlsx"))
        ui.export_csv_button.clicked.connect(lambda: self.export_statement("csv"))
        ui.form_group.setEnabled(False)

    @override
    def title(self) -> str:
        return translate("IntakePages", "Accounts")

    @override
    def activate(self, operator: StaffMember) -> None:
        super().activate(operator)
        (self.ui.code_edit if self.editable() else self.ui.accounts_table).setFocus()

    @override
    def refresh(self) -> None:
        editable = self.editable()
        ui = self.ui
        ui.form_group.setEnabled(editable)
        ui.note_label.setVisible(not editable)
        ui.note_label.setStyleSheet(WARN_STYLE)
        ui.note_label.setText(translate(
            "IntakePages",
            "Only a supervisor can add or change account customers; statements can be printed "
            "by anyone."))
        self.load_accounts()

    def load_accounts(self, select: int | None = None) -> None:
        """The account customers in the list and in the statement's choice."""
        self.accounts = self._services.intake.accounts()
        ui = self.ui
        fill_table(
            ui.accounts_table,
            [translate("IntakePages", "Code"), translate("IntakePages", "Name"),
             translate("IntakePages", "Contact"), translate("IntakePages", "Phone"),
             translate("IntakePages", "Credit code"), translate("IntakePages", "Active")],
            [[a.code, a.name, a.contact, a.phone, a.credit_code, yes_no(a.active)]
             for a in self.accounts],
            [a.id for a in self.accounts],
        )
        for row, account in enumerate(self.accounts):
            if not account.active:
                for c in range(ui.accounts_table.columnCount()):
                    if (item := ui.accounts_table.item(row, c)) is not None:
                        item.setForeground(Qt.GlobalColor.gray)
        combo = ui.statement_account_combo
        current = combo.currentData()
        combo.clear()
        for a in self.accounts:
            text = f"{a.code} · {a.name}"
            if not a.active:
                text += " " + translate("IntakePages", "(closed)")
            combo.addItem(text, a.id)
        combo.setCurrentIndex(max(0, combo.findData(select if select is not None else current)))
        if select is not None:
            select_key(ui.accounts_table, select)

    def _account_selected(self) -> None:
        key = selected_key(self.ui.accounts_table)
        account = next((a for a in self.accounts if a.id == key), None)
        if account is None:
            return
        ui = self.ui
        self.editing = account.id
        ui.code_edit.setText(account.code)
        ui.name_edit.setText(account.name)
        ui.contact_edit.setText(account.contact)
        ui.phone_edit.setText(account.phone)
        ui.credit_code_edit.setText(account.credit_code)
        ui.account_note_edit.setText(account.note)
        ui.active_check.setChecked(account.active)
        ui.statement_account_combo.setCurrentIndex(
            max(0, ui.statement_account_combo.findData(account.id)))

    def new_account(self) -> None:
        """Empty the form for a new account customer."""
        ui = self.ui
        ui.accounts_table.clearSelection()
        self.editing = None
        for edit in (ui.code_edit, ui.name_edit, ui.contact_edit, ui.phone_edit,
                     ui.credit_code_edit, ui.account_note_edit):
            edit.clear()
        ui.active_check.setChecked(True)
        ui.code_edit.setFocus()

    def form_account(self) -> Account:
        """The account as typed in the form."""
        ui = self.ui
        return Account(
            code=ui.code_edit.text(), name=ui.name_edit.text(),
            contact=ui.contact_edit.text(), phone=ui.phone_edit.text(),
            credit_code=ui.credit_code_edit.text(), active=ui.active_check.isChecked(),
            note=ui.account_note_edit.text(), id=self.editing,
        )

    def save_account(self) -> Account | None:
        """Add or change the account in the form (supervisor); a bad field is focused."""
        if not self.editable():
            return None
        assert self._operator is not None
        ui = self.ui
        try:
            saved = self._services.intake.save_account(self._operator, self.form_account())
        except DomainError as err:
            self.error(describe(err))
            field = err.field if isinstance(err, FieldInvalid) else ""
            at_fault: dict[str, QWidget] = {
                "account_name": ui.name_edit, "contact": ui.contact_edit,
                "account_phone": ui.phone_edit, "id_number": ui.credit_code_edit,
                "note": ui.account_note_edit}
            at_fault.get(field, ui.code_edit).setFocus()
            return None
        self.load_accounts(select=saved.id)
        self.editing = saved.id
        self.ok(translate("IntakePages", "Account {code} {name} saved.").format(
            code=saved.code, name=saved.name))
        return saved

    # the monthly statement
    def load_statement(self) -> AccountStatement | None:
        """The chosen account's statement of the chosen month."""
        key = self.ui.statement_account_combo.currentData()
        if key is None:
            self.error(translate("IntakePages",
                                 "There is no account customer yet: add one first."))
            return None
        try:
            self.statement = self._services.intake.statement(
                int(key), pydate(self.ui.month_edit.date()))
        except DomainError as err:
            self.error(describe(err))
            return None
        s = self.statement
        self.ui.statement_label.setText(translate(
            "IntakePages", "{code} {name}, {month}: {n} parcel(s), {total} 元").format(
            code=s.account_code, name=s.account_name, month=s.month, n=len(s.lines),
            total=s.total))
        return self.statement

    def print_statement(self) -> None:
        """Print the monthly statement."""
        statement = self.load_statement()
        if statement is not None:
            font = report_font()
            self.send_to_printer(
                translate("IntakePages", "Statement {code} {month}").format(
                    code=statement.account_code, month=statement.month),
                lambda: render_statement_pdf(statement, font))

    def export_statement(self, kind: str) -> None:
        """Save the monthly statement as XLSX or CSV (the same rows as the printed one)."""
        statement = self.load_statement()
        if statement is None:
            return
        name = f"月结对账单_{statement.account_code}_{statement.month}.{kind}"
        title = translate("IntakePages", "Save the monthly statement")
        if kind == "xlsx":
            self.save_file(title, name, "Excel (*.xlsx)",
                           lambda path: write_statement_xlsx(statement, path))
        else:
            self.save_file(title, name, "CSV (*.csv)",
                           lambda path: write_statement_csv(statement, path))


# --- 3. 物料 (CI-10) --------------------------------------------------------------------------


class ConsumablesPage(_IntakePage):
    """The counter's consumables: stock, count in, take out, recount, the low-stock mark; the
    items running low are named so the supervisor is told (「材料缺少时,要及时向主管反应」)."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Build from the Designer form."""
        super().__init__(services, parent)
        self.ui = Ui_ConsumablesPage()
        self.ui.setupUi(self)
        self.setObjectName("consumables_page")
        self.message_label = self.ui.message_label
        self.items: list[Consumable] = []
        ui = self.ui
        disable_input_method(ui.quantity_edit)
        disable_input_method(ui.low_mark_edit)
        ui.consumables_table.itemSelectionChanged.connect(self._item_selected)
        ui.count_in_button.clicked.connect(self.count_in)
        ui.take_out_button.clicked.connect(self.take_out)
        ui.recount_button.clicked.connect(self.recount)
        ui.set_low_mark_button.clicked.connect(self.set_low_mark)
        ui.low_mark_edit.returnPressed.connect(self.set_low_mark)
        ui.low_mark_group.setEnabled(False)

    @override
    def title(self) -> str:
        return translate("IntakePages", "Consumables")

    @override
    def activate(self, operator: StaffMember) -> None:
        super().activate(operator)
        self.ui.consumables_table.setFocus()

    @override
    def refresh(self) -> None:
        self.ui.low_mark_group.setEnabled(self.editable())
        self.load()

    def load(self, select: str | None = None) -> None:
        """The consumables with their stock; the low ones highlighted and named."""
        ui = self.ui
        table = ui.consumables_table
        current = select or selected_key(table)
        order = {c.code: i for i, c in enumerate(DEFAULT_CONSUMABLES)}
        self.items = sorted(self._services.intake.consumables(),
                            key=lambda c: (order.get(c.code, len(order)), c.name))
        fill_table(
            table,
            [translate("IntakePages", "Name"), translate("IntakePages", "Unit"),
             translate("IntakePages", "Stock"), translate("IntakePages", "Low mark"),
             translate("IntakePages", "Status")],
            [[c.name, c.unit, str(c.stock), str(c.low_mark),
              translate("IntakePages", "low") if c.low else translate("IntakePages", "ok")]
             for c in self.items],
            [c.code for c in self.items],
        )
        align_right(table, (2, 3))
        for row, item in enumerate(self.items):
            if item.low:
                emphasise_row(table, row, LOW_COLOUR)
        fit_columns(table)
        if not (current and select_key(table, current)) and self.items:
            table.selectRow(0)
        self._item_selected()
        low = [c for c in self.items if c.low]
        ui.low_warning_label.setVisible(bool(low))
        ui.low_warning_label.setStyleSheet(ERROR_STYLE)
        ui.low_warning_label.setText(translate(
            "IntakePages", "Tell the supervisor: {items} are running low.").format(
            items="、".join(c.name for c in low)) if low else "")

    def selected(self) -> Consumable | None:
        """The consumable selected in the list."""
        key = selected_key(self.ui.consumables_table)
        return next((c for c in self.items if c.code == key), None)

    def _item_selected(self) -> None:
        item = self.selected()
        ui = self.ui
        if item is None:
            ui.selected_label.setText(translate("IntakePages", "Select a consumable."))
            return
        ui.selected_label.setText(translate(
            "IntakePages", "{name}: {stock} {unit} in stock, warn at {mark} or below").format(
            name=item.name, stock=item.stock, unit=item.unit, mark=item.low_mark))
        ui.low_mark_edit.setText(str(item.low_mark))

    def _act(self, action: Callable[[StaffMember, Consumable], Consumable],
             done: str) -> Consumable | None:
        """Run a stock action on the selected item; say what happened or what is wrong."""
        item = self.selected()
        if self._operator is None or item is None:
            self.error(translate("IntakePages", "Select a consumable in the list first."))
            self.ui.consumables_table.setFocus()
            return None
        try:
            after = action(self._operator, item)
        except DomainError as err:
            self.error(describe(err))
            field = err.field if isinstance(err, FieldInvalid) else ""
            (self.ui.low_mark_edit if field == "low_mark" else self.ui.quantity_edit).setFocus()
            return None
        self.load(select=after.code)
        text = done.format(name=after.name, stock=after.stock, unit=after.unit,
                           mark=after.low_mark)
        if after.low:
            self.warn(text + " " + translate(
                "IntakePages", "It is running low: tell the supervisor."))
        else:
            self.ok(text)
        return after

    def _moved(self) -> None:
        self.ui.quantity_edit.clear()
        self.ui.move_note_edit.clear()
        self.ui.quantity_edit.setFocus()

    def count_in(self) -> Consumable | None:
        """Add delivered stock."""
        ui = self.ui
        after = self._act(
            lambda who, item: self._services.intake.count_in(
                who, item.code, ui.quantity_edit.text(), ui.move_note_edit.text()),
            translate("IntakePages", "{name} counted in: {stock} {unit} in stock."))
        if after is not None:
            self._moved()
        return after

    def take_out(self) -> Consumable | None:
        """Take stock out (used, spoilt)."""
        ui = self.ui
        after = self._act(
            lambda who, item: self._services.intake.take_out(
                who, item.code, ui.quantity_edit.text(), ui.move_note_edit.text()),
            translate("IntakePages", "{name} taken out: {stock} {unit} left."))
        if after is not None:
            self._moved()
        return after

    def recount(self) -> Consumable | None:
        """Set the stock to what was counted."""
        ui = self.ui
        after = self._act(
            lambda who, item: self._services.intake.recount(
                who, item.code, ui.quantity_edit.text()),
            translate("IntakePages", "{name} recounted: {stock} {unit} in stock."))
        if after is not None:
            self._moved()
        return after

    def set_low_mark(self) -> Consumable | None:
        """Change the low-stock mark (supervisor)."""
        if not self.editable():
            return None
        ui = self.ui
        return self._act(
            lambda who, item: self._services.intake.set_low_mark(
                who, item.code, ui.low_mark_edit.text()),
            translate("IntakePages", "{name}: warned at {mark} {unit} or below."))


# --- 4. 收寄设置: rate card, service area, fragile rule, prohibited keywords --------------------


@dataclass(eq=False)
class _BadCell(Exception):
    """A row of the keyword table that cannot be saved: which cell, and why."""

    row: int
    column: int
    error: FieldInvalid


ADDITION_COLUMNS = 3


def parse_additions(rows: list[list[str]]) -> list[ProhibitedCategory]:
    """The station's catalogue entries from the rows as typed (number, keywords, name).

    Blank rows are skipped; rows with the same number are merged (the stored data may not
    repeat a number). A new category (a number not published) needs a name; the stored data
    needs both names, so an entry for a published category carries the published ones and a
    new category its name twice.

    Raises:
        _BadCell: the first cell that is wrong, with the FieldInvalid the service would raise.
    """
    published = {c.number: c for c in default_catalogue().categories}
    merged: dict[int, ProhibitedCategory] = {}
    for r, cells in enumerate(rows):
        number_text, keywords_text, name = (c.strip() for c in cells[:ADDITION_COLUMNS])
        if not (number_text or keywords_text or name):
            continue
        number_text = number_text.translate(HALF_WIDTH_DIGITS)
        if not number_text.isdigit() or int(number_text) <= 0:
            raise _BadCell(r, 0, FieldInvalid("category", "range", "1-"))
        number = int(number_text)
        keywords = tuple(dict.fromkeys(k for k in KEYWORD_SPLIT.split(keywords_text) if k))
        if not keywords:
            raise _BadCell(r, 1, FieldInvalid("keywords", "required"))
        before = merged.get(number)
        if before is not None:
            merged[number] = replace(before, keywords=tuple(dict.fromkeys(
                before.keywords + keywords)))
            continue
        if number in published:
            base = published[number]
            merged[number] = ProhibitedCategory(number, base.name_zh, base.name_en, (), keywords)
            continue
        if not name:
            raise _BadCell(r, 2, FieldInvalid("category_name", "required"))
        merged[number] = ProhibitedCategory(number, name, name, (), keywords)
    return [merged[n] for n in sorted(merged)]


class IntakeSettingsPage(_IntakePage):
    """收寄设置 (supervisors): the rate card and the service-area table (imported and exported
    as CSV or XLSX), the fragile rule, and the station's own prohibited keywords."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Build from the Designer form."""
        super().__init__(services, parent)
        self.ui = Ui_IntakeSettingsPage()
        self.ui.setupUi(self)
        self.setObjectName("intake_settings_page")
        self.message_label = self.ui.message_label
        self.card: RateCard | None = None
        self.area: ServiceArea | None = None
        self.versions: dict[str, int] = {}
        """The version of each setting as this page loaded it: a save names it, so a change
        made meanwhile on another PC is refused instead of lost (issue 13 §2)."""
        ui = self.ui
        ui.import_rate_csv_button.clicked.connect(lambda: self.import_rate_card("csv"))
        ui.import_rate_xlsx_button.clicked.connect(lambda: self.import_rate_card("xlsx"))
        ui.export_rate_csv_button.clicked.connect(lambda: self.export_rate_card("csv"))
        ui.export_rate_xlsx_button.clicked.connect(lambda: self.export_rate_card("xlsx"))
        ui.import_area_csv_button.clicked.connect(lambda: self.import_service_area("csv"))
        ui.import_area_xlsx_button.clicked.connect(lambda: self.import_service_area("xlsx"))
        ui.export_area_csv_button.clicked.connect(lambda: self.export_service_area("csv"))
        ui.export_area_xlsx_button.clicked.connect(lambda: self.export_service_area("xlsx"))
        ui.refuse_radio.clicked.connect(lambda: self.set_fragile(FragilePolicy.REFUSE))
        ui.mark_radio.clicked.connect(lambda: self.set_fragile(FragilePolicy.MARK))
        ui.add_addition_button.clicked.connect(self.add_addition_row)
        ui.remove_addition_button.clicked.connect(self.remove_addition_row)
        ui.save_additions_button.clicked.connect(self.save_additions)
        self._set_editable(False)

    @override
    def title(self) -> str:
        return translate("IntakePages", "Intake settings")

    def edit_widgets(self) -> list[QWidget]:
        """What only a supervisor may use."""
        ui = self.ui
        return [ui.import_rate_csv_button, ui.import_rate_xlsx_button,
                ui.import_area_csv_button, ui.import_area_xlsx_button, ui.refuse_radio,
                ui.mark_radio, ui.additions_table, ui.add_addition_button,
                ui.remove_addition_button, ui.save_additions_button]

    def _set_editable(self, editable: bool) -> None:
        for widget in self.edit_widgets():
            widget.setEnabled(editable)

    @override
    def refresh(self) -> None:
        editable = self.editable()
        ui = self.ui
        self._set_editable(editable)
        ui.note_label.setVisible(not editable)
        ui.note_label.setStyleSheet(WARN_STYLE)
        ui.note_label.setText(translate(
            "IntakePages",
            "Only a supervisor can change the intake settings; they are shown for reference."))
        self._services.intake.refresh()
        self.load_rate_card()
        self.load_service_area()
        self.load_contents_rules()

    # (a) rate card
    def load_rate_card(self) -> None:
        """The current card: name, a warning if it is the demo card, zones, provinces."""
        loaded = self._services.intake.rate_card_versioned()
        card = self.card = loaded.value
        self.versions["rate_card"] = loaded.version
        ui = self.ui
        ui.rate_name_label.setText(translate("IntakePages", "Rate card: {name}").format(
            name=card.name))
        sample = card.name == sample_rate_card().name
        ui.rate_sample_label.setVisible(sample)
        ui.rate_sample_label.setStyleSheet(ERROR_STYLE)
        ui.rate_sample_label.setText(translate(
            "IntakePages",
            "This is the demo rate card: its prices are invented. Import the station's own "
            "rate card before charging customers.") if sample else "")
        info = translate(
            "IntakePages",
            "From {province} {city} · weight rounded up to {unit} kg · at most {most} kg · "
            "{zones} zone(s), {provinces} province(s)",
        ).format(province=card.origin_province, city=card.origin_city, unit=kg(card.weight_unit),
                 most=kg(card.max_weight), zones=len(card.zones),
                 provinces=len(card.province_zones))
        ui.rate_info_label.setText(info + (f"\n{card.note}" if card.note else ""))
        fill_table(
            ui.zones_table,
            [translate("IntakePages", "Zone"), translate("IntakePages", "First kg"),
             translate("IntakePages", "First price (元)"), translate("IntakePages", "Step kg"),
             translate("IntakePages", "Step price (元)")],
            [[z.name, kg(z.first_weight), yuan(z.first_price), kg(z.step_weight),
              yuan(z.step_price)] for z in card.zones],
            [z.code for z in card.zones],
        )
        align_right(ui.zones_table, (1, 2, 3, 4))
        spread_columns(ui.zones_table)
        names = {z.code: z.name for z in card.zones}
        fill_table(
            ui.provinces_table,
            [translate("IntakePages", "Province"), translate("IntakePages", "Zone")],
            [[province, names.get(code, code)] for province, code in card.province_zones],
            [province for province, _code in card.province_zones],
        )

    def import_rate_card(self, kind: str) -> RateCard | None:
        """Read a rate card file; a bad file is named and the current card kept."""
        if not self.editable():
            return None
        assert self._operator is not None
        got = self.read_file(translate("IntakePages", "Import a rate card"),
                             "CSV (*.csv)" if kind == "csv" else "Excel (*.xlsx)")
        if got is None:
            return None
        path, data = got
        try:
            card = rate_card_from_csv(data) if kind == "csv" else rate_card_from_xlsx(data)
            self._services.intake.save_rate_card(self._operator, card,
                                                 self.versions.get("rate_card"))
        except DomainError as err:
            self.error(describe(err))
            if isinstance(err, StaleEdit):
                self.load_rate_card()  # show the newer card; the file can be imported again
            return None
        self.load_rate_card()
        self.ok(translate(
            "IntakePages", "Rate card 「{name}」 imported from {file}: {zones} zone(s).").format(
            name=card.name, file=path.name, zones=len(card.zones)))
        return card

    def export_rate_card(self, kind: str) -> None:
        """Save the current card as CSV or XLSX, to edit in a spreadsheet."""
        card = self.card or self._services.intake.rate_card()
        data = rate_card_to_csv(card) if kind == "csv" else rate_card_to_xlsx(card)
        self.save_file(translate("IntakePages", "Save the rate card"), f"价目表.{kind}",
                       "CSV (*.csv)" if kind == "csv" else "Excel (*.xlsx)",
                       lambda path: write_atomic(path, data))

    # (b) service area
    def load_service_area(self) -> None:
        """The current table: name, a warning if it is the demo table, the rules."""
        loaded = self._services.intake.service_area_versioned()
        area = self.area = loaded.value
        self.versions["service_area"] = loaded.version
        ui = self.ui
        ui.area_name_label.setText(translate("IntakePages", "Service area table: {name}").format(
            name=area.name or "—"))
        sample = area.name == SAMPLE_SERVICE_AREA_NAME
        ui.area_sample_label.setVisible(sample)
        ui.area_sample_label.setStyleSheet(ERROR_STYLE)
        ui.area_sample_label.setText(translate(
            "IntakePages",
            "This is the demo service-area table. Import the station's own table so that "
            "out-of-area destinations are refused correctly.") if sample else "")
        ui.area_count_label.setText(translate("IntakePages", "{n} rule(s)").format(
            n=len(area.rules)))
        fill_table(
            ui.area_table,
            [translate("IntakePages", "Province"), translate("IntakePages", "City"),
             translate("IntakePages", "District"), translate("IntakePages", "Status"),
             translate("IntakePages", "Note")],
            [[r.province, r.city, r.district, area_status_name(r.status), r.note]
             for r in area.rules],
            list(range(len(area.rules))),
        )
        colours = {AreaStatus.OUT_OF_AREA: LOW_COLOUR, AreaStatus.EMS: EMS_COLOUR}
        for row, rule in enumerate(area.rules):
            if rule.status in colours and (item := ui.area_table.item(row, 3)) is not None:
                item.setForeground(colours[rule.status])

    def import_service_area(self, kind: str) -> ServiceArea | None:
        """Read a service-area file; a bad file is named and the current table kept."""
        if not self.editable():
            return None
        assert self._operator is not None
        got = self.read_file(translate("IntakePages", "Import a service-area table"),
                             "CSV (*.csv)" if kind == "csv" else "Excel (*.xlsx)")
        if got is None:
            return None
        path, data = got
        try:
            if kind == "csv":
                area = service_area_from_csv(data, name=path.stem)
            else:
                area = service_area_from_xlsx(data)
                if not area.name:
                    area = replace(area, name=path.stem)
            self._services.intake.save_service_area(self._operator, area,
                                                    self.versions.get("service_area"))
        except DomainError as err:
            self.error(describe(err))
            if isinstance(err, StaleEdit):
                self.load_service_area()
            return None
        self.load_service_area()
        self.ok(translate(
            "IntakePages", "Service area 「{name}」 imported from {file}: {n} rule(s).").format(
            name=area.name, file=path.name, n=len(area.rules)))
        return area

    def export_service_area(self, kind: str) -> None:
        """Save the current table as CSV or XLSX."""
        area = self.area or self._services.intake.service_area()
        data = service_area_to_csv(area) if kind == "csv" else service_area_to_xlsx(area)
        self.save_file(translate("IntakePages", "Save the service-area table"),
                       f"服务范围表.{kind}",
                       "CSV (*.csv)" if kind == "csv" else "Excel (*.xlsx)",
                       lambda path: write_atomic(path, data))

    # (c) fragile rule, (d) the station's keywords
    def load_contents_rules(self) -> None:
        """The fragile rule, the station's keyword rows and the categories for reference."""
        ui = self.ui
        policy = self._services.intake.fragile_policy()
        ui.refuse_radio.setChecked(policy is FragilePolicy.REFUSE)
        ui.mark_radio.setChecked(policy is FragilePolicy.MARK)
        self.load_additions()
        published = {c.number for c in default_catalogue().categories}
        ui.published_list.clear()
        for category in self._services.intake.catalogue().categories:
            text = f"{category.number}. {category.name_zh}"
            if category.number not in published:
                text += " " + translate("IntakePages", "(station's own)")
            item = QListWidgetItem(text)
            item.setToolTip("、".join(category.keywords))
            ui.published_list.addItem(item)

    def set_fragile(self, policy: FragilePolicy) -> None:
        """Apply the fragile rule chosen with the radio buttons."""
        if not self.editable():
            return
        assert self._operator is not None
        if policy is self._services.intake.fragile_policy():
            return
        try:
            self._services.intake.set_fragile_policy(self._operator, policy)
        except DomainError as err:
            self.error(describe(err))
            self.load_contents_rules()
            return
        self.ok(translate("IntakePages", "Fragile items are now refused.")
                if policy is FragilePolicy.REFUSE else
                translate("IntakePages",
                          "Fragile items are now accepted, marked 易碎, with packing advice."))

    def load_additions(self) -> None:
        """The station's entries as editable rows."""
        table = self.ui.additions_table
        loaded = self._services.intake.catalogue_additions_versioned()
        additions = loaded.value
        self.versions["catalogue"] = loaded.version
        table.setColumnCount(ADDITION_COLUMNS)
        table.setHorizontalHeaderLabels([
            translate("IntakePages", "Category no."),
            translate("IntakePages", "Keywords, separated by commas"),
            translate("IntakePages", "Name (new category only)")])
        published = {c.number for c in default_catalogue().categories}
        table.setRowCount(len(additions))
        for r, entry in enumerate(additions):
            name = "" if entry.number in published else entry.name_zh
            for c, text in enumerate((str(entry.number), ", ".join(entry.keywords), name)):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.setColumnWidth(1, max(table.columnWidth(1), 260))
        table.horizontalHeader().setStretchLastSection(True)

    def addition_rows(self) -> list[list[str]]:
        """The keyword rows as typed."""
        table = self.ui.additions_table
        return [[item.text() if (item := table.item(r, c)) is not None else ""
                 for c in range(ADDITION_COLUMNS)] for r in range(table.rowCount())]

    def add_addition_row(self) -> None:
        """A new empty row, ready to type."""
        table = self.ui.additions_table
        row = table.rowCount()
        table.insertRow(row)
        for c in range(ADDITION_COLUMNS):
            table.setItem(row, c, QTableWidgetItem(""))
        table.setCurrentCell(row, 0)
        table.setFocus()

    def remove_addition_row(self) -> None:
        """Remove the current row (saved only with Save keywords)."""
        table = self.ui.additions_table
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())

    def save_additions(self) -> list[ProhibitedCategory] | None:
        """Save the station's keywords; a bad cell is selected and named."""
        if not self.editable():
            return None
        assert self._operator is not None
        table = self.ui.additions_table
        try:
            additions = parse_additions(self.addition_rows())
        except _BadCell as bad:
            self.error(translate("IntakePages", "Row {row}: {problem}").format(
                row=bad.row + 1, problem=describe(bad.error)))
            table.setCurrentCell(bad.row, bad.column)
            table.setFocus()
            return None
        try:
            self._services.intake.save_catalogue_additions(self._operator, additions,
                                                           self.versions.get("catalogue"))
        except DomainError as err:
            self.error(describe(err))
            if isinstance(err, StaleEdit):
                # keep the rows as typed; take the newer version, so that Save again is a
                # deliberate overwrite after reading who changed what
                self.versions["catalogue"] = (
                    self._services.intake.catalogue_additions_versioned().version)
            return None
        self.load_contents_rules()
        self.ok(translate("IntakePages", "The station's keywords saved: {n} row(s).").format(
            n=len(additions)))
        return additions
