"""F1 收寄: the counter's intake form in the order of CI-1 (contents → destination → payment →
waybill → fee), keyboard first, with live checks (``intake_form``), and the side pages (shift
summary, accounts, consumables, settings) from ``intake_pages``.

Keys: Enter moves to the next field; Ctrl+Enter accepts; Ctrl+R records a refusal;
Ctrl+N starts the next parcel; Ctrl+P prints the last slip again; Alt+1…5 jump to the five
steps. A scan while the form is shown fills the waybill number.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.errors import (
    AlreadyAccepted,
    DomainError,
    FieldInvalid,
    InvalidWaybill,
    ParcelRefused,
    PermissionDenied,
)
from counter_app.domain.identity import DocumentKind
from counter_app.domain.intake import (
    ContentsVerdict,
    PayMode,
    RefusalReason,
    Transport,
)
from counter_app.domain.receipts import money
from counter_app.domain.scanning import ScanEvent, ScanOutcome
from counter_app.domain.staff import Permission, Role, StaffMember, allowed
from counter_app.hardware.print_log import PrintLogEntry
from counter_app.paths import report_font
from counter_app.services.app import AppServices
from counter_app.services.intake_drafts import Accepted, place
from counter_app.services.intake_dto import CounterSlip
from counter_app.services.intake_ports import AcceptanceRecord
from counter_app.ui.deferred import deferred
from counter_app.ui.forms.ui_intake_workspace import Ui_IntakeWorkspace
from counter_app.ui.look import ERROR_STYLE as RED
from counter_app.ui.look import OK_STYLE as GREEN
from counter_app.ui.look import WARN_STYLE as AMBER
from counter_app.ui.messages import (
    describe,
    document_name,
    pay_mode_name,
    refusal_reason_name,
)
from counter_app.ui.printing import DocKind, ask_print, print_document
from counter_app.ui.raw_printing import RawPrinting
from counter_app.ui.scale import ScalePort, WeightFollower
from counter_app.ui.tasks import run_in_background
from counter_app.ui.widgets.fields import disable_input_method, fit_height
from counter_app.ui.widgets.hold import InputHold
from counter_app.ui.widgets.pages import SupervisorDialog
from counter_app.ui.widgets.tables import fill_table
from counter_app.ui.workspaces.approval import supervisor_approval
from counter_app.ui.workspaces.base import ScanFeedback, Workspace
from counter_app.ui.workspaces.entry_fee_page import EntryFeePage
from counter_app.ui.workspaces.intake_corrections import CorrectionAnswer, ask_correction
from counter_app.ui.workspaces.intake_form import REPRICE_MS, IntakeForm
from counter_app.ui.workspaces.intake_pages import (
    AccountsPage,
    ConsumablesPage,
    IntakeSettingsPage,
    ShiftSummaryPage,
)

if TYPE_CHECKING:
    from counter_app.reports.intake_pdf import render_counter_slip_pdf
else:  # imported on first use: not at start-up (issue 18 §4)
    render_counter_slip_pdf = deferred("counter_app.reports.intake_pdf", "render_counter_slip_pdf")

translate = QCoreApplication.translate
MARK = "border: 2px solid #c62828;"


class RefusalDialog(QDialog):
    """Ctrl+R: why the counter refuses the parcel (同行件, no document, …), recorded (CI-2)."""

    def __init__(self, parent: QWidget | None) -> None:
        """A reason list and a detail line."""
        super().__init__(parent)
        self.setObjectName("refusal_dialog")
        self.setWindowTitle(translate("IntakeWorkspace", "Record a refusal"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.reason_combo = QComboBox(self)
        self.reason_combo.setObjectName("refusal_reason_combo")
        for reason in (RefusalReason.COMPETITOR, RefusalReason.NO_IDENTITY,
                       RefusalReason.AIR_ONLY, RefusalReason.OUT_OF_AREA,
                       RefusalReason.PROHIBITED, RefusalReason.FRAGILE, RefusalReason.OTHER):
            self.reason_combo.addItem(refusal_reason_name(reason), reason.value)
        self.detail_edit = QLineEdit(self)
        self.detail_edit.setObjectName("refusal_detail_edit")
        self.detail_edit.setMaxLength(200)
        form.addRow(translate("IntakeWorkspace", "&Reason"), self.reason_combo)
        form.addRow(translate("IntakeWorkspace", "&Detail"), self.detail_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[RefusalReason, str] | None:
        """Show the dialog; (reason, detail) or None when cancelled."""
        dialog = cls(parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return RefusalReason(dialog.reason_combo.currentData()), dialog.detail_edit.text()
        finally:
            dialog.deleteLater()


class IntakeWorkspace(IntakeForm, Workspace):
    """F1 收寄: accept a parcel, then the shift summary, accounts, consumables, settings."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Build from the Designer form, add the side pages, bind the keys."""
        super().__init__(parent)
        self.ui = Ui_IntakeWorkspace()
        self.ui.setupUi(self)
        self.setObjectName("counter_workspace")
        self._services = services
        self._intake = services.intake
        self._operator: StaffMember | None = None
        self._verdict: ContentsVerdict | None = None
        self._total: Decimal | None = None
        self._marked: list[QWidget] = []
        self._steered = False
        self.last_slip: CounterSlip | None = None
        self._chosen = ""  # a row of 今日收寄 the clerk chose for Ctrl+P since the last parcel
        self._finished = False  # the message says how the last parcel ended
        self.last_print: bytes = b""
        self.raw_printing: RawPrinting | None = None
        ui = self.ui
        self.summary_page = ShiftSummaryPage(services)
        self.accounts_page = AccountsPage(services)
        self.consumables_page = ConsumablesPage(services)
        self.settings_page = IntakeSettingsPage(services)
        self.entry_fee_page = EntryFeePage(services, chargeable=True)  # WH-18 (issue 16 §7)
        self.pages: tuple[Workspace, ...] = (self.summary_page, self.accounts_page,
                                             self.consumables_page, self.settings_page,
                                             self.entry_fee_page)
        for page in self.pages:
            ui.intake_tabs.addTab(page, page.title())
        ui.intake_tabs.currentChanged.connect(self._tab_changed)
        self._reprice_timer = QTimer(self)
        self._reprice_timer.setSingleShot(True)
        self._reprice_timer.setInterval(REPRICE_MS)
        self._reprice_timer.timeout.connect(self.reprice)
        # WH-18 (issue 16 §7): 进仓费 charged with the parcel, below 改价 (the calculator's
        # 「Charge with the parcel」 fills it)
        self.entry_fee_edit = QLineEdit(ui.fee_group)
        self.entry_fee_edit.setObjectName("entry_fee_edit")
        self.entry_fee_edit.setMaxLength(10)
        self.entry_fee_edit.setPlaceholderText(translate("IntakeWorkspace", "进仓费, if charged"))
        entry_label = QLabel(translate("IntakeWorkspace", "进仓费（元）"), ui.fee_group)
        entry_label.setBuddy(self.entry_fee_edit)
        ui.cash_layout.addWidget(entry_label, 2, 0, 1, 1)
        ui.cash_layout.addWidget(self.entry_fee_edit, 2, 1, 1, 1)
        self.entry_fee_page.charge_requested.connect(self.charge_entry_fee)
        self._build_form()
        # issue 17 §1: the weight field follows the scale until the clerk types
        self.weight_follower = WeightFollower(ui.weight_edit, self)
        self._hold = InputHold(ui.accept_tab)  # while a parcel is saved (issue 15 §1)
        self._shortcut("Ctrl+Return", self.accept_parcel)
        self._shortcut("Ctrl+Enter", self.accept_parcel)
        self._shortcut("Ctrl+R", self.refuse)
        self._shortcut("Ctrl+N", self.new_parcel)
        self._shortcut("Ctrl+P", self.reprint)
        self._shortcut("Ctrl+E", self.correct_or_void)  # issue 16 §4
        steps = (ui.contents_edit, ui.recipient_name_edit, ui.pay_mode_combo, ui.waybill_edit,
                 ui.received_edit)
        for n, target in enumerate(steps, 1):
            self._shortcut(f"Alt+{n}", target.setFocus)

    def _shortcut(self, key: str, slot: Callable[[], object]) -> None:
        shortcut = QShortcut(QKeySequence(key), self.ui.accept_tab)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def _build_form(self) -> None:
        ui = self.ui
        for kind in DocumentKind:
            ui.doc_kind_combo.addItem(document_name(kind), kind.value)
        for mode in PayMode:
            ui.pay_mode_combo.addItem(pay_mode_name(mode), mode.value)
        for transport in Transport:
            ui.transport_combo.addItem(
                translate("IntakeWorkspace", "Land (standard)") if transport is Transport.LAND
                else translate("IntakeWorkspace", "Air"), transport.value)
        for edit in (ui.sender_phone_edit, ui.recipient_phone_edit, ui.weight_edit,
                     ui.length_edit, ui.width_edit, ui.height_edit, ui.declared_edit,
                     ui.cod_edit, ui.waybill_edit, ui.received_edit, ui.override_edit,
                     ui.liquid_edit, ui.doc_number_edit):
            disable_input_method(edit)
        ui.total_label.setStyleSheet("font-size: 22pt; font-weight: bold;")
        ui.verdict_label.setVisible(False)
        ui.contents_edit.textChanged.connect(self.check_contents)
        for edit in (ui.contents_edit, ui.sender_phone_edit, ui.recipient_name_edit,
                     ui.waybill_edit):
            edit.textEdited.connect(self._next_parcel_started)
        ui.liquid_edit.textChanged.connect(self.check_contents)
        ui.transport_combo.currentIndexChanged.connect(self._transport_changed)
        ui.pay_mode_combo.currentIndexChanged.connect(self._pay_mode_changed)
        ui.sender_phone_edit.editingFinished.connect(self.recall_sender)
        ui.recipient_address_edit.editingFinished.connect(self.resolve_destination)
        ui.recipient_address_edit.textEdited.connect(self._prepare_addresses)
        self._addresses_prepared = False
        for edit in (ui.weight_edit, ui.length_edit, ui.width_edit, ui.height_edit,
                     ui.declared_edit, ui.cod_edit, ui.recipient_address_edit,
                     self.entry_fee_edit):
            edit.textChanged.connect(self._schedule_reprice)
        ui.packaging_combo.currentIndexChanged.connect(self._schedule_reprice)
        ui.packaging_spin.valueChanged.connect(self._schedule_reprice)
        ui.received_edit.textChanged.connect(self._show_change)
        # Enter moves on, so a clerk never needs the mouse (desk-ux §1)
        for edit in ui.accept_tab.findChildren(QLineEdit):
            if edit is not ui.received_edit:
                edit.returnPressed.connect(self.focusNextChild)
        # From 实收 Enter goes to the inspection tick, not to the supervisor's 改价 below it.
        ui.received_edit.returnPressed.connect(ui.inspected_check.setFocus)
        ui.accept_button.clicked.connect(self.accept_parcel)
        ui.refuse_button.clicked.connect(self.refuse)
        ui.new_button.clicked.connect(self.new_parcel)
        ui.reprint_button.clicked.connect(self.reprint)
        self.correct_button = QPushButton(
            translate("IntakeWorkspace", "Correct or void the chosen parcel… (Ctrl+E)"),
            ui.accept_tab)
        self.correct_button.setObjectName("correct_button")
        # issue 16 §4: below 今日收寄, whose chosen row it acts on
        ui.right_layout.insertWidget(ui.right_layout.indexOf(ui.recent_table) + 1,
                                     self.correct_button)
        self.correct_button.clicked.connect(self.correct_or_void)
        ui.recent_table.cellClicked.connect(lambda _r, _c: self._recent_chosen())
        ui.recent_table.cellActivated.connect(lambda _r, _c: self._recent_chosen())
        self._pay_mode_changed()

    def attach_scale(self, scale: ScalePort) -> None:
        """Let the weight field follow this PC's scale (issue 17 §1)."""
        self.weight_follower.attach(scale)

    def attach_raw_printing(self, raw: RawPrinting) -> None:
        """Print slips and receipts on this PC's raw printers when it has them (issue 17 §2)."""
        self.raw_printing = raw
        raw.printed.connect(self._raw_printed)

    def _raw_printed(self, entry: PrintLogEntry, _latency: float) -> None:
        ok = entry.ok
        if ok or entry.document not in ("slip", "receipt"):
            return
        self._message(translate(
            "IntakeWorkspace", "The printer did not take the {document} of {number} ({error}). "
            "Ctrl+P prints it again.").format(
                document=translate("IntakeWorkspace", "slip")
                if entry.document == "slip"
                else translate("IntakeWorkspace", "receipt"),
                number=entry.key, error=entry.error), RED)

    # --- Workspace ---------------------------------------------------------------------------
    @override
    def title(self) -> str:
        return translate("Workspaces", "Counter")

    @override
    def activate(self, operator: StaffMember) -> None:
        if not allowed(operator.role, Permission.USE_COUNTER):
            self._operator = None
            return
        self._operator = operator
        self._intake.refresh()
        self._fill_choices()
        self._fill_recent()
        self.check_contents()
        self._tab_changed(self.ui.intake_tabs.currentIndex())

    @override
    def handle_scan(self, event: ScanEvent) -> ScanFeedback | None:
        """A scan fills the waybill number (the gateway has already refused other carriers'
        numbers, CI-4) and moves on to the cash received (or the inspection tick)."""
        current = self.ui.intake_tabs.currentWidget()
        if current is self.ui.accept_tab and self.saving:
            # The form is being saved: the number would be cleared with it. Refused, said,
            # and the scanner sounds the error: the clerk scans it again a moment later.
            return ScanFeedback(ScanOutcome.REJECTED,
                                translate("IntakeWorkspace", "Not entered"),
                                translate("IntakeWorkspace", "The last parcel is still being "
                                          "saved: scan {number} again when it is.").format(
                                              number=event.number))
        if current is self.ui.accept_tab:
            self._next_parcel_started()
            self.ui.waybill_edit.setText(event.number)
            next_field = (self.ui.received_edit if self.ui.received_edit.isEnabled()
                          else self.ui.inspected_check)
            next_field.setFocus()
            return None  # the shell's "accepted · number · carrier" says it all
        for page in self.pages:
            if current is page:
                return page.handle_scan(event)
        return None

    def _tab_changed(self, index: int) -> None:
        current = self.ui.intake_tabs.widget(index)
        if self._operator is None or current is None:
            return
        if current is self.ui.accept_tab:
            self._fill_choices()
            self.ui.contents_edit.setFocus()
            return
        for page in self.pages:
            if current is page:
                page.activate(self._operator)

    def _fill_choices(self) -> None:
        ui = self.ui
        account = ui.account_combo.currentData()
        ui.account_combo.clear()
        ui.account_combo.addItem("", "")
        for acct in self._intake.accounts(active_only=True):
            ui.account_combo.addItem(f"{acct.code}  {acct.name}", acct.code)
        ui.account_combo.setCurrentIndex(max(0, ui.account_combo.findData(account)))
        packaging = ui.packaging_combo.currentData()
        ui.packaging_combo.clear()
        ui.packaging_combo.addItem(translate("IntakeWorkspace", "none"), "")
        for item in self._intake.rate_card().packaging:
            ui.packaging_combo.addItem(f"{item.name}  ¥{money(item.price)}", item.code)
        ui.packaging_combo.setCurrentIndex(max(0, ui.packaging_combo.findData(packaging)))

    @property
    def saving(self) -> bool:
        """A parcel's save is on the worker thread: the form takes no input meanwhile."""
        return self._hold.held

    def accept_parcel(self) -> None:
        """Ctrl+Enter: accept the parcel, print its slip, start the next one. On any problem
        the message names the field and everything typed stays.

        The acceptance runs on the worker thread (issue 15 §1: a locked database's wait never
        freezes the window); until it answers the form takes no input, so a second Enter
        cannot accept the parcel twice and nothing typed meanwhile is cleared with it."""
        if self._operator is None or self.saving:
            return
        self._unmark()
        draft = self.draft()
        approver = None
        if draft.override_total.strip() and self._operator.role is not Role.SUPERVISOR:
            approver = self.approver()
            if approver is None:
                self._message(translate("IntakeWorkspace", "The price was not changed: a "
                                        "supervisor must approve another price."), RED)
                self._mark(self.ui.override_edit)
                return
        operator, intake = self._operator, self._intake
        self._hold.hold()
        self._message(translate("IntakeWorkspace", "Saving {number}…").format(
            number=draft.waybill.strip()), AMBER)
        # quiet: the message line says 「Saving …」 and the form holds; a window-modal progress
        # dialog would cost the GUI thread more than the wait it reports
        run_in_background(lambda: intake.accept(operator, draft, approver), self._accepted,
                          self._accept_failed, parent=self, quiet=True)

    def _accept_failed(self, err: BaseException) -> None:
        """The acceptance was refused: say why, mark the field; everything typed stays."""
        self._hold.release()
        if isinstance(err, ParcelRefused):
            self._message(describe(err), RED)
            self._mark(self._refusal_field(err))
            self._fill_recent()
            return
        if not isinstance(err, DomainError):
            self.ui.message_label.clear()
            raise err
        self._message(describe(err), RED)
        self._mark_error(err)

    def _accepted(self, done: Accepted) -> None:
        self._hold.release()
        self.last_slip = done.slip
        text = translate("IntakeWorkspace", "Accepted {number} · ¥ {total} · {mode}").format(
            number=done.record.waybill_no, total=money(done.record.total),
            mode=pay_mode_name(PayMode(done.record.pay_mode)))
        if done.change is not None:
            text += " · " + translate("IntakeWorkspace", "change ¥ {n}").format(
                n=money(done.change))
        if done.low_stock:
            text += "\n" + translate(
                "IntakeWorkspace", "Running low — tell the supervisor: {items}").format(
                    items="、".join(f"{c.name} ({c.stock})" for c in done.low_stock))
        self._message(text, GREEN)
        self.print_slip(done.slip)
        self._clear()
        self._finished = True
        self._fill_recent()
        self._chosen = ""
        self.ui.recent_table.clearSelection()
        self.ui.recent_table.setCurrentCell(-1, -1)

    def _next_parcel_started(self) -> None:
        """The clerk began the next parcel: the last one's result leaves the screen."""
        if self._finished:
            self._finished = False
            self._unmark()
            self.ui.message_label.clear()

    def _refusal_field(self, err: ParcelRefused) -> QWidget:
        if err.reason == RefusalReason.OUT_OF_AREA.value:
            return self.ui.recipient_address_edit
        return self.ui.contents_edit

    def approver(self) -> StaffMember | None:
        """A supervisor who logs in to approve another price (CI-8)."""
        return supervisor_approval(
            self._services.auth, None, translate(
                "IntakeWorkspace", "A supervisor approves charging another price than the "
                "rate card's: job number and password."), self.ask_credentials)

    def ask_credentials(self, error: str, intro: str) -> tuple[str, str] | StaffMember | None:
        """A supervisor who logs in, the password checked in the dialog (replaced in tests
        by one giving a job number and password)."""
        return SupervisorDialog.ask_verified(self, error, intro, self._services.auth.login)

    def _fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "contents": ui.contents_edit, "quantity": ui.quantity_spin,
            "liquid_ml": ui.liquid_edit, "sender_name": ui.sender_name_edit,
            "sender_phone": ui.sender_phone_edit, "sender_address": ui.sender_address_edit,
            "doc_kind": ui.doc_kind_combo, "id_number": ui.doc_number_edit,
            "recipient_name": ui.recipient_name_edit,
            "recipient_phone": ui.recipient_phone_edit,
            "recipient_address": ui.recipient_address_edit,
            "recipient_district": ui.recipient_address_edit,
            "recipient_city": ui.recipient_address_edit,
            "destination": ui.recipient_address_edit, "transport": ui.transport_combo,
            "weight": ui.weight_edit, "dimensions": ui.length_edit,
            "declared_value": ui.declared_edit, "cod_amount": ui.cod_edit,
            "packaging": ui.packaging_combo, "pay_mode": ui.pay_mode_combo,
            "account_code": ui.account_combo, "received": ui.received_edit,
            "inspected": ui.inspected_check, "override_total": ui.override_edit,
            "override_reason": ui.override_reason_edit, "note": ui.contents_edit,
        }

    def _mark_error(self, err: DomainError) -> None:
        target: QWidget | None = None
        match err:
            case FieldInvalid(field=name):
                target = self._fields().get(name)
            case InvalidWaybill() | AlreadyAccepted():
                target = self.ui.waybill_edit
            case PermissionDenied():
                target = self.ui.override_edit
        if target is None:
            return
        self._mark(target)
        target.setFocus()
        if isinstance(target, QLineEdit):
            target.selectAll()

    def _mark(self, widget: QWidget) -> None:
        widget.setStyleSheet(MARK)
        self._marked.append(widget)

    def _unmark(self) -> None:
        for widget in self._marked:
            widget.setStyleSheet("")
        self._marked.clear()

    def _message(self, text: str, style: str) -> None:
        self.ui.message_label.setStyleSheet(style + " font-size: 12pt;")
        self.ui.message_label.setText(text)

    # --- refusal, next parcel, slip ----------------------------------------------------------
    def refuse(self) -> None:
        """Ctrl+R: record a refusal the clerk decided on, with what is in the form."""
        if self._operator is None or self.saving:
            return
        answer = self.ask_refusal()
        if answer is None:
            return
        reason, detail = answer
        operator, intake = self._operator, self._intake
        contents, phone = self.ui.contents_edit.text(), self.ui.sender_phone_edit.text()

        def recorded(_none: object) -> None:
            self._clear()  # the customer leaves with the parcel: a clean desk for the next one
            self._message(translate("IntakeWorkspace", "Refusal recorded: {reason}.").format(
                reason=refusal_reason_name(reason)), AMBER)
            self._finished = True

        def failed(err: BaseException) -> None:  # what was typed stays
            if not isinstance(err, DomainError):
                raise err
            self._message(describe(err), RED)

        # on the worker: a locked database waits there, not in the window (issue 15 §1)
        run_in_background(lambda: intake.refuse(operator, reason, contents, phone, detail),
                          recorded, failed, parent=self, quiet=True)

    def ask_refusal(self) -> tuple[RefusalReason, str] | None:
        """Why the parcel is refused (replaced in tests)."""
        return RefusalDialog.ask(self)

    def new_parcel(self) -> None:
        """Ctrl+N: empty the form for the next customer."""
        if self.saving:
            return
        self._clear()
        self.ui.message_label.clear()

    def _clear(self) -> None:
        ui = self.ui
        self._unmark()
        for edit in ui.accept_tab.findChildren(QLineEdit):
            edit.clear()
        ui.doc_number_edit.setPlaceholderText("")
        ui.quantity_spin.setValue(1)
        ui.packaging_spin.setValue(0)
        ui.packaging_combo.setCurrentIndex(0)
        ui.account_combo.setCurrentIndex(0)
        ui.pay_mode_combo.setCurrentIndex(ui.pay_mode_combo.findData(PayMode.CASH.value))
        ui.doc_kind_combo.setCurrentIndex(0)
        ui.inspected_check.setChecked(False)
        ui.transport_combo.setCurrentIndex(ui.transport_combo.findData(Transport.LAND.value))
        for label in (ui.sender_hint_label, ui.destination_label, ui.change_label):
            label.clear()
            fit_height(label)
        self._total = None
        self.weight_follower.reset()
        self.check_contents()
        self.reprice()
        ui.contents_edit.setFocus()

    def print_slip(self, slip: CounterSlip, *, reprint: bool = False) -> None:
        """The counter slip on this PC's raw label printer without a dialog (and the receipt
        of the price paid on the receipt printer) when it has one (issue 17); else on the slip
        printer of this PC (paper from the slip: 100×150 mm), at once unless the PC asks; a
        reprint is marked 「补打」 and logged (issue 15)."""
        raw = self.raw_printing
        if raw is not None:
            if slip.counter_mark:  # the receipt too, marked 补打 on a reprint
                raw.print_receipt(slip, self._operator)
            if raw.print_slip(slip, self._operator):
                return
        font = report_font()

        def rendered(pdf: bytes) -> None:
            self.last_print = pdf

        print_document(
            self, DocKind.SLIP, translate("IntakeWorkspace", "Slip {number}").format(
                number=slip.waybill_no),
            lambda: render_counter_slip_pdf(slip, font, reprint=reprint),
            ask=self.ask_print, rendered=rendered, reprint=reprint)

    def ask_print(self, printer: QPrinter) -> bool:
        """The system print dialog (replaced in tests)."""
        return ask_print(self, printer)

    def _recent_chosen(self) -> None:
        """The clerk picked a row of 今日收寄 themselves: Ctrl+P now reprints that one."""
        row = self.ui.recent_table.currentRow()
        item = self.ui.recent_table.item(row, 1) if row >= 0 else None
        self._chosen = item.text() if item is not None else ""

    def reprint(self) -> None:
        """Ctrl+P: the slip of the parcel just accepted again, or of the row of 今日收寄 the
        clerk chose explicitly since; marked 「补打」 and logged."""
        if self._operator is None:
            return
        number = self._chosen
        try:  # issue 16: marked 补打, or 更正 after a correction, 作废 after a void
            slip = self._intake.reprint(number or (
                self.last_slip.waybill_no if self.last_slip else "")) if (
                    number or self.last_slip) else None
        except DomainError as err:
            self._message(describe(err), RED)
            return
        if slip is None:
            self._message(translate("IntakeWorkspace", "Nothing accepted yet to print."), RED)
            return
        try:
            self._intake.slip_reprinted(self._operator, slip.waybill_no)
        except DomainError as err:
            self._message(describe(err), RED)
            return
        self.print_slip(slip, reprint=True)

    # --- corrections (issue 16 §4) -----------------------------------------------------------
    def correct_or_void(self) -> None:
        """Ctrl+E: correct or void the parcel just accepted, or the row of 今日收寄 chosen
        since; a money change (and every void) needs a supervisor; a corrected slip is printed
        marked 「更正」."""
        if self._operator is None or self.saving:
            return
        number = self._chosen or (self.last_slip.waybill_no if self.last_slip else "")
        record = next((r for r in self._intake.recent(limit=1000)
                       if r.waybill_no == number), None)
        if record is None:
            self._message(translate("IntakeWorkspace", "Choose a parcel of today's list "
                                    "first (click its row)."), RED)
            return
        approver: StaffMember | None = None
        answer = self.ask_correction(record, None, "")
        while answer is not None:
            try:
                if answer.changes is None:
                    if approver is None and self._operator.role is not Role.SUPERVISOR:
                        raise PermissionDenied(action="void_acceptance",
                                               role=self._operator.role.value)
                    self._intake.void(self._operator, number, answer.reason, approver)
                    self._message(translate(
                        "IntakeWorkspace", "Voided {number} (¥ {total}): it leaves the shift's "
                        "takings.").format(number=number, total=money(record.total)), AMBER)
                else:
                    done = self._intake.correct(self._operator, number, answer.changes,
                                                answer.reason, approver)
                    text = translate(
                        "IntakeWorkspace", "Corrected {number}: ¥ {before} → ¥ {after} · "
                        "{mode}").format(number=number, before=money(record.total),
                                         after=money(done.record.total),
                                         mode=pay_mode_name(PayMode(done.record.pay_mode)))
                    if done.change is not None:
                        text += " · " + translate("IntakeWorkspace", "change ¥ {n}").format(
                            n=money(done.change))
                    self._message(text, GREEN)
                    self.print_slip(done.slip)
                    if self.last_slip is not None and self.last_slip.waybill_no == number:
                        self.last_slip = done.slip
            except PermissionDenied as err:
                if approver is None:
                    approver = supervisor_approval(
                        self._services.auth, self._operator, translate(
                            "IntakeWorkspace", "A supervisor approves voiding a parcel or "
                            "changing its fee or payment: job number and password."),
                        self.ask_credentials)
                    if approver is not None:
                        continue  # the same answer again, approved
                    error = translate("IntakeWorkspace", "A supervisor must approve this.")
                else:
                    error = describe(err)
                answer = self.ask_correction(record, answer, error)
                continue
            except DomainError as err:
                answer = self.ask_correction(record, answer, describe(err))
                continue
            self._fill_recent()
            return

    def ask_correction(self, record: AcceptanceRecord, previous: CorrectionAnswer | None,
                       error: str) -> CorrectionAnswer | None:
        """The correction dialog (replaced in tests)."""
        return ask_correction(self, record, previous, error)

    def _fill_recent(self) -> None:
        recent = self._intake.recent()
        rows = [[r.accepted_at.strftime("%H:%M"), r.waybill_no,
                 place(r.province, r.city, r.district),
                 pay_mode_name(PayMode(r.pay_mode)), money(r.total),
                 f"{r.clerk_name}（{r.by}）"]  # a person by name, the job number in brackets
                for r in recent]
        fill_table(self.ui.recent_table, [
            translate("IntakeWorkspace", "Time"), translate("IntakeWorkspace", "Waybill"),
            translate("IntakeWorkspace", "Destination"), translate("IntakeWorkspace", "Payment"),
            translate("IntakeWorkspace", "元"), translate("IntakeWorkspace", "Clerk")], rows,
            [r.waybill_no for r in recent])

