"""Side pages of the counter intake (前台收寄, issue 4): the shift summary, account customers
with their monthly statements (协议结算, CI-7), the counter's consumables (物料, CI-10) and the
intake settings — rate card (CI-8), service area (CI-6), fragile rule (CI-2) and the station's
own prohibited keywords.

Each page is a tab of the intake workspace, built like the warehouse pages
(``warehouse_pages.Page``): a Designer form, a message line, ``activate(operator)``. Pages
call only ``services.intake`` (and ``services.station`` for the shift times); the rules live
in the service and the domain. This module holds the shift summary and the accounts; the
consumables (``intake_consumables``) and settings (``intake_settings_page``) pages live beside
it, their shared helpers in ``intake_page_base``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.atomic import write_atomic
from counter_app.domain.errors import DomainError, FieldInvalid
from counter_app.domain.intake import Account
from counter_app.domain.staff import StaffMember
from counter_app.paths import report_font
from counter_app.services.app import AppServices
from counter_app.services.intake_dto import AccountStatement, ShiftSummary
from counter_app.ui.deferred import deferred
from counter_app.ui.forms.ui_intake_accounts import Ui_AccountsPage
from counter_app.ui.forms.ui_intake_shift_summary import Ui_ShiftSummaryPage
from counter_app.ui.look import WARN_STYLE
from counter_app.ui.messages import describe
from counter_app.ui.people import People
from counter_app.ui.printing import (
    stack_pages,
)
from counter_app.ui.widgets.fields import disable_input_method
from counter_app.ui.widgets.pages import pydate, qdate
from counter_app.ui.widgets.tables import fill_table, selected_key
from counter_app.ui.workspaces.intake_consumables import ConsumablesPage
from counter_app.ui.workspaces.intake_page_base import (
    _IntakePage,
    align_right,
    emphasise_row,
    select_key,
    spread_columns,
    yes_no,
)
from counter_app.ui.workspaces.intake_settings_page import IntakeSettingsPage

if TYPE_CHECKING:
    from counter_app.reports.intake_lists import write_statement_csv, write_statement_xlsx
    from counter_app.reports.intake_pdf import (
        clerk_row,
        render_shift_summary_pdf,
        render_statement_pdf,
    )
else:  # imported on first use: not at start-up (issue 18 §4)
    write_statement_csv = deferred("counter_app.reports.intake_lists", "write_statement_csv")
    write_statement_xlsx = deferred("counter_app.reports.intake_lists", "write_statement_xlsx")
    clerk_row = deferred("counter_app.reports.intake_pdf", "clerk_row")
    render_shift_summary_pdf = deferred(
        "counter_app.reports.intake_pdf", "render_shift_summary_pdf")
    render_statement_pdf = deferred("counter_app.reports.intake_pdf", "render_statement_pdf")

translate = QCoreApplication.translate

__all__ = ["AccountsPage", "ConsumablesPage", "IntakeSettingsPage", "ShiftSummaryPage"]


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


