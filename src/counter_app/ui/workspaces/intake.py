"""F1 收寄: the counter's intake form in the order of CI-1 (contents → destination → payment →
waybill → fee), keyboard first, with live checks, and the side pages (shift summary, accounts,
consumables, settings) from ``intake_pages``.

Keys: Enter moves to the next field; Ctrl+Enter accepts; Ctrl+R records a refusal;
Ctrl+N starts the next parcel; Ctrl+P prints the last slip again; Alt+1…5 jump to the five
steps. A scan while the form is shown fills the waybill number.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

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
    needs_packing_advice,
)
from counter_app.domain.receipts import money
from counter_app.domain.scanning import ScanEvent
from counter_app.domain.service_area import AreaStatus
from counter_app.domain.staff import Permission, Role, StaffMember, allowed
from counter_app.hardware.print_log import PrintLogEntry
from counter_app.paths import report_font
from counter_app.services.app import AppServices
from counter_app.services.intake_drafts import AcceptDraft, SenderView, place
from counter_app.services.intake_dto import CounterSlip
from counter_app.services.intake_ports import AcceptanceRecord
from counter_app.ui.deferred import deferred
from counter_app.ui.forms.ui_intake_workspace import Ui_IntakeWorkspace
from counter_app.ui.look import ERROR_STYLE as RED
from counter_app.ui.look import OK_STYLE as GREEN
from counter_app.ui.look import WARN_STYLE as AMBER
from counter_app.ui.messages import (
    air_kind_name,
    area_status_name,
    describe,
    document_name,
    fee_line_name,
    pay_mode_name,
    refusal_reason_name,
)
from counter_app.ui.printing import DocKind, ask_print, print_document
from counter_app.ui.raw_printing import RawPrinting
from counter_app.ui.scale import ScalePort, WeightFollower
from counter_app.ui.tasks import run_in_background
from counter_app.ui.widgets.fields import disable_input_method, fit_height
from counter_app.ui.widgets.pages import SupervisorDialog
from counter_app.ui.widgets.tables import fill_table
from counter_app.ui.workspaces.approval import supervisor_approval
from counter_app.ui.workspaces.base import ScanFeedback, Workspace
from counter_app.ui.workspaces.entry_fee_page import EntryFeePage
from counter_app.ui.workspaces.intake_corrections import CorrectionAnswer, ask_correction
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
BANNER_RED = "background: #fdecea; color: #b00020; font-weight: bold; padding: 4px;"
BANNER_AMBER = "background: #fff4d6; color: #7a5200; font-weight: bold; padding: 4px;"
MARK = "border: 2px solid #c62828;"
REPRICE_MS = 150
"""Typing pauses this long before the fee is recomputed."""


_E = TypeVar("_E", bound=StrEnum)


def _enum(kind: type[_E], value: object) -> _E | None:
    """A combo's item data back as its enum (Qt hands a StrEnum back as a plain str)."""
    return None if value is None or value == "" else kind(str(value))


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


class IntakeWorkspace(Workspace):
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

    def _pay_mode(self) -> PayMode | None:
        return _enum(PayMode, self.ui.pay_mode_combo.currentData())

    def _transport(self) -> Transport | None:
        return _enum(Transport, self.ui.transport_combo.currentData())

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

    # --- (1) contents ------------------------------------------------------------------------
    def check_contents(self) -> None:
        """Live check of the declared contents (CI-2, CI-3) as the clerk types."""
        ui = self.ui
        try:
            verdict = self._intake.check_contents(ui.contents_edit.text(), ui.liquid_edit.text())
        except DomainError as err:
            self._banner(describe(err), BANNER_AMBER)
            return
        self._verdict = verdict
        lines: list[str] = []
        style = BANNER_AMBER
        for match in verdict.prohibited:
            style = BANNER_RED
            lines.append(translate(
                "IntakeWorkspace", "PROHIBITED — category {n} {name} ({words}): refuse the "
                "parcel; pressing Accept records the refusal.").format(
                    n=match.number, name=match.category.name_zh,
                    words="、".join(match.keywords)))
        if verdict.refused_fragile:
            style = BANNER_RED
            lines.append(translate(
                "IntakeWorkspace", "Fragile ({words}): this station does not accept fragile "
                "items.").format(words="、".join(verdict.fragile)))
        elif verdict.fragile_mark:
            lines.append(translate(
                "IntakeWorkspace", "Fragile ({words}): accept with the 易碎 mark; pack it with "
                "padding in a carton.").format(words="、".join(verdict.fragile)))
        if verdict.air and not verdict.prohibited:
            # A prohibited parcel is refused: "goes by land" beside "refuse" would contradict it.
            kinds = "、".join(air_kind_name(r.kind) for r in verdict.air)
            lines.append(translate(
                "IntakeWorkspace", "No air ({kinds}): goes by land; the slip says 航空禁运."
            ).format(kinds=kinds))
        self._steer(verdict)
        if lines:
            self._banner("\n".join(lines), style)
        else:
            ui.verdict_label.setVisible(False)
            ui.verdict_label.clear()

    def _banner(self, text: str, style: str) -> None:
        self.ui.verdict_label.setStyleSheet(style)
        self.ui.verdict_label.setText(text)
        self.ui.verdict_label.setVisible(True)

    def _steer(self, verdict: ContentsVerdict) -> None:
        """An air-restricted parcel is switched to land and air is not offered (CI-3)."""
        ui = self.ui
        model = ui.transport_combo.model()
        air = ui.transport_combo.findData(Transport.AIR.value)
        item = model.item(air) if hasattr(model, "item") else None
        if item is not None:
            item.setEnabled(not verdict.air_banned)
        if verdict.air_banned and self._transport() is Transport.AIR:
            self._steered = True
            ui.transport_combo.setCurrentIndex(ui.transport_combo.findData(Transport.LAND.value))
        self._transport_changed()

    def _transport_changed(self) -> None:
        ui = self.ui
        if (self._verdict is not None and self._verdict.air_banned
                and not self._verdict.prohibited):
            text = translate("IntakeWorkspace", "航空禁运: by land only.")
            if self._steered:
                text = translate("IntakeWorkspace",
                                 "Changed to land: 航空禁运 (tell the customer).")
            ui.transport_hint_label.setStyleSheet(AMBER)
            ui.transport_hint_label.setText(text)
        else:
            self._steered = False
            ui.transport_hint_label.clear()

    # --- sender (real name) ------------------------------------------------------------------
    def recall_sender(self) -> None:
        """A known phone number fills the sender and shows the registered document masked.
        The look-up runs on the worker thread (issue 15 §1: a locked database's wait never
        freezes the counter); the clerk types on meanwhile and nothing typed is replaced."""
        ui = self.ui
        phone = ui.sender_phone_edit.text().strip()
        ui.sender_hint_label.clear()
        ui.doc_number_edit.setPlaceholderText("")
        fit_height(ui.sender_hint_label)
        operator = self._operator
        if operator is None or not phone:
            return

        def recalled(sender: SenderView | None) -> None:
            if ui.sender_phone_edit.text().strip() != phone:
                return  # the phone changed meanwhile: its own look-up answers
            try:
                self._recalled(sender)
            finally:
                fit_height(ui.sender_hint_label)

        def failed(err: BaseException) -> None:
            if not isinstance(err, DomainError):
                raise err
            ui.sender_hint_label.setStyleSheet(RED)
            ui.sender_hint_label.setText(describe(err))
            fit_height(ui.sender_hint_label)

        run_in_background(lambda: self._intake.recall_sender(operator, phone), recalled,
                          failed, parent=self)

    def _recalled(self, sender: SenderView | None) -> None:
        ui = self.ui
        if sender is None:
            ui.sender_hint_label.setStyleSheet(AMBER)
            ui.sender_hint_label.setText(translate(
                "IntakeWorkspace", "New sender: check the identity document and type its "
                "number (实名收寄)."))
            return
        if not ui.sender_name_edit.text().strip():
            ui.sender_name_edit.setText(sender.name)
        if not ui.sender_address_edit.text().strip():
            ui.sender_address_edit.setText(sender.address)
        if sender.doc_kind is not None:
            ui.doc_kind_combo.setCurrentIndex(ui.doc_kind_combo.findData(sender.doc_kind.value))
        ui.doc_number_edit.setPlaceholderText(sender.doc_shown)
        ui.sender_hint_label.setStyleSheet(GREEN)
        ui.sender_hint_label.setText(translate(
            "IntakeWorkspace", "Known sender ({doc} {number}): leave the number empty to use "
            "it.").format(doc=document_name(sender.doc_kind)
                                       if sender.doc_kind else "", number=sender.doc_shown))

    # --- (2) destination ---------------------------------------------------------------------
    def _prepare_addresses(self) -> None:
        """The first keystroke of an address loads the address library on the worker thread
        (not at start-up: issue 18 §4)."""
        if not self._addresses_prepared:
            self._addresses_prepared = True
            run_in_background(self._intake.prepare_addresses, lambda _none: None)

    def resolve_destination(self) -> None:
        """Resolve the address and say what the service area says (CI-6)."""
        try:
            self._resolve_destination()
        finally:
            fit_height(self.ui.destination_label)

    def _resolve_destination(self) -> None:
        ui = self.ui
        if not ui.recipient_address_edit.text().strip():
            ui.destination_label.clear()
            return
        try:
            destination = self._intake.resolve_destination(ui.recipient_address_edit.text())
        except DomainError as err:
            ui.destination_label.setStyleSheet(RED)
            ui.destination_label.setText(describe(err))
            return
        decision = destination.decision
        style = {AreaStatus.SERVED: GREEN, AreaStatus.EMS: AMBER,
                 AreaStatus.OUT_OF_AREA: RED}[decision.status]
        text = f"{destination.text} · {area_status_name(decision.status)}"
        if decision.rule is not None and decision.rule.note:
            text += f"（{decision.rule.note}）"
        if decision.missing:
            style = RED
            text += " · " + (translate("IntakeWorkspace", "which district? Add it to the address.")
                             if decision.missing == "district"
                             else translate("IntakeWorkspace", "which city? Add it to the "
                                            "address."))
        ui.destination_label.setStyleSheet(style)
        ui.destination_label.setText(text)

    # --- (3) payment and (5) fee -------------------------------------------------------------
    def _pay_mode_changed(self) -> None:
        ui = self.ui
        mode = self._pay_mode()
        ui.account_combo.setEnabled(mode is PayMode.ACCOUNT)
        ui.received_edit.setEnabled(mode is PayMode.CASH)
        if mode is not PayMode.CASH:
            ui.received_edit.clear()
        self._schedule_reprice()

    def _schedule_reprice(self) -> None:
        self._reprice_timer.start()

    def reprice(self) -> None:
        """Show the fee and its breakdown for what is typed so far (CI-8)."""
        ui = self.ui
        self._reprice_timer.stop()
        try:
            priced = self._intake.price(self.draft())
        except DomainError as err:
            self._total = None
            fill_table(ui.fee_table, [translate("IntakeWorkspace", "Item"),
                                      translate("IntakeWorkspace", "元")], [], [])
            ui.total_label.setStyleSheet("font-size: 12pt; color: #555;")
            ui.total_label.setText(describe(err))
            ui.total_label.setWordWrap(True)
            self._show_change()
            return
        q = priced.quote
        rows = [[fee_line_name(line.kind.value)
                 + (f" {priced.quote.zone.name}" if line.kind.value == "freight" else "")
                 + (f" ×{line.quantity}" if line.quantity != 1 else ""), money(line.amount)]
                for line in q.lines]
        keys: list[object] = [line.kind.value for line in q.lines]
        total = q.total
        entry = self._entry_fee()
        if entry:  # WH-18 (issue 16 §7): the 进仓费 as its own line, in the total
            rows.append([translate("IntakeWorkspace", "进仓费"), money(entry)])
            keys.append("entry_fee")
            total += entry
        fill_table(ui.fee_table, [translate("IntakeWorkspace", "Item"),
                                  translate("IntakeWorkspace", "元")], rows, keys)
        weight = translate("IntakeWorkspace", "{kg} kg chargeable").format(
            kg=f"{q.chargeable_weight.normalize():f}")
        self._total = total
        if needs_packing_advice(q.chargeable_weight, self._dimensions()):
            weight += " · " + translate(
                "IntakeWorkspace", "large or heavy: pack it in a carton (sold here)")
        ui.total_label.setStyleSheet("font-size: 22pt; font-weight: bold;")
        ui.total_label.setText(f"¥ {money(total)}   <small>{weight}</small>")
        self._show_change()

    def _entry_fee(self) -> Decimal | None:
        """The 进仓费 typed for this parcel, when it is a number above 0."""
        try:
            value = Decimal(self.entry_fee_edit.text().strip() or "0")
        except ArithmeticError:
            return None
        return value if value.is_finite() and value > 0 else None

    def charge_entry_fee(self, total: Decimal) -> None:
        """WH-18: the calculator's 进仓费 is charged with the parcel being accepted."""
        self.entry_fee_edit.setText(money(total))
        self.ui.intake_tabs.setCurrentWidget(self.ui.accept_tab)
        self.entry_fee_edit.setFocus()

    def _dimensions(self) -> tuple[Decimal, Decimal, Decimal] | None:
        ui = self.ui
        try:
            sides = tuple(Decimal(e.text().strip()) for e in (ui.length_edit, ui.width_edit,
                                                              ui.height_edit))
        except ArithmeticError:
            return None
        return (sides[0], sides[1], sides[2])

    def _show_change(self) -> None:
        ui = self.ui
        text = ui.received_edit.text().strip()
        if self._total is None or not text or not ui.received_edit.isEnabled():
            ui.change_label.clear()
            return
        try:
            received = Decimal(text)
        except ArithmeticError:
            ui.change_label.setStyleSheet(RED)
            ui.change_label.setText(translate("IntakeWorkspace", "not an amount"))
            return
        if received < self._total:
            ui.change_label.setStyleSheet(RED)
            ui.change_label.setText(translate("IntakeWorkspace", "short by ¥ {n}").format(
                n=money(self._total - received)))
            return
        ui.change_label.setStyleSheet("font-size: 14pt; font-weight: bold; color: #1b5e20;")
        ui.change_label.setText(translate("IntakeWorkspace", "Change ¥ {n}").format(
            n=money(received - self._total)))

    # --- accept ------------------------------------------------------------------------------
    def draft(self) -> AcceptDraft:
        """The form as it stands."""
        ui = self.ui
        packaging: tuple[tuple[str, int], ...] = ()
        if ui.packaging_combo.currentData() and ui.packaging_spin.value() > 0:
            packaging = ((ui.packaging_combo.currentData(), ui.packaging_spin.value()),)
        return AcceptDraft(
            waybill=ui.waybill_edit.text(), contents=ui.contents_edit.text(),
            quantity=str(ui.quantity_spin.value()), liquid_ml=ui.liquid_edit.text(),
            sender_name=ui.sender_name_edit.text(), sender_phone=ui.sender_phone_edit.text(),
            sender_address=ui.sender_address_edit.text(),
            doc_kind=_enum(DocumentKind, ui.doc_kind_combo.currentData()),
            doc_number=ui.doc_number_edit.text(),
            recipient_name=ui.recipient_name_edit.text(),
            recipient_phone=ui.recipient_phone_edit.text(),
            recipient_address=ui.recipient_address_edit.text(),
            transport=self._transport() or Transport.LAND, weight=ui.weight_edit.text(),
            length=ui.length_edit.text(), width=ui.width_edit.text(),
            height=ui.height_edit.text(), declared_value=ui.declared_edit.text(),
            cod_amount=ui.cod_edit.text(), packaging=packaging,
            pay_mode=self._pay_mode(),
            account_code=ui.account_combo.currentData() or "",
            received=ui.received_edit.text(), inspected=ui.inspected_check.isChecked(),
            override_total=ui.override_edit.text(),
            override_reason=ui.override_reason_edit.text(),
            weighed_grams=self.weight_follower.weighed_grams(),
            entry_fee=self.entry_fee_edit.text(),
        )

    def accept_parcel(self) -> None:
        """Ctrl+Enter: accept the parcel, print its slip, start the next one. On any problem
        the message names the field and everything typed stays."""
        if self._operator is None:
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
        try:
            done = self._intake.accept(self._operator, draft, approver)
        except ParcelRefused as err:
            self._message(describe(err), RED)
            self._mark(self._refusal_field(err))
            self._fill_recent()
            return
        except DomainError as err:
            self._message(describe(err), RED)
            self._mark_error(err)
            return
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
        problem = ""
        intro = translate("IntakeWorkspace", "A supervisor approves charging another price "
                          "than the rate card's: job number and password.")
        while (credentials := self.ask_credentials(problem, intro)) is not None:
            try:
                member = self._services.auth.login(*credentials)
            except DomainError as err:
                problem = describe(err)
                continue
            if member.role is not Role.SUPERVISOR:
                problem = translate("IntakeWorkspace", "{name} ({job}) is not a supervisor."
                                    ).format(name=member.name, job=member.job_number)
                continue
            return member
        return None

    def ask_credentials(self, error: str, intro: str) -> tuple[str, str] | None:
        """A supervisor's job number and password (replaced in tests)."""
        return SupervisorDialog.ask(self, error, intro)

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
        if self._operator is None:
            return
        answer = self.ask_refusal()
        if answer is None:
            return
        reason, detail = answer
        try:
            self._intake.refuse(self._operator, reason, self.ui.contents_edit.text(),
                                self.ui.sender_phone_edit.text(), detail)
        except DomainError as err:
            self._message(describe(err), RED)
            return
        self._clear()  # the customer leaves with the parcel: a clean desk for the next one
        self._message(translate("IntakeWorkspace", "Refusal recorded: {reason}.").format(
            reason=refusal_reason_name(reason)), AMBER)
        self._finished = True

    def ask_refusal(self) -> tuple[RefusalReason, str] | None:
        """Why the parcel is refused (replaced in tests)."""
        return RefusalDialog.ask(self)

    def new_parcel(self) -> None:
        """Ctrl+N: empty the form for the next customer."""
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
        if self._operator is None:
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

