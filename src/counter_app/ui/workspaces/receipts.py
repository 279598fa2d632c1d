"""回单 workspace: the night desk keys signed receipts batch by batch (issue 6, RE-1..RE-8).

Keyboard only. Scan (or type + Enter) → signer → Enter saves. 到付 adds the amount field, several
pieces the pieces field; F6 草签, F7 已收, F8 邮件签收章 fill the signer in one stroke, F9 toggles
到付, F10 takes the recipient's name from the delivery list, 「张2」 becomes 「张,,」, Esc clears.
The save and its questions live in ``receipts_save``, the morning tab in ``receipts_morning``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from counter_app.domain.errors import (
    BatchClosed,
    CodAmountRequired,
    CodAmountZero,
    CodSignerRequired,
    DomainError,
    FieldInvalid,
    NotFound,
    ReceiptAlreadyEntered,
    SignerInvalid,
)
from counter_app.domain.receipts import ExpectedParcel, money
from counter_app.domain.scanning import ScanEvent, ScanOutcome
from counter_app.domain.signer import (
    NO_SIGNATURE,
    SCRAWL,
    STAMP,
    SignerKind,
    SignerRejected,
    expand_helper,
    parse_signer,
)
from counter_app.domain.staff import StaffMember
from counter_app.domain.waybills import WaybillRejected
from counter_app.paths import report_font
from counter_app.services.app import AppServices
from counter_app.services.receipt_dto import BatchCover, CodList
from counter_app.services.receipts import BatchView, ParcelLookup
from counter_app.ui import formats
from counter_app.ui.deferred import deferred
from counter_app.ui.forms.ui_receipts_workspace import Ui_ReceiptsWorkspace
from counter_app.ui.look import ERROR_STYLE, OK_STYLE, WARN_STYLE
from counter_app.ui.messages import describe, describe_signer
from counter_app.ui.people import People
from counter_app.ui.printing import DocKind, ask_print, print_document
from counter_app.ui.tasks import run_in_background
from counter_app.ui.widgets.fields import disable_input_method
from counter_app.ui.widgets.hold import InputHold
from counter_app.ui.widgets.questions import ask_safe
from counter_app.ui.widgets.tables import fill_table, selected_key
from counter_app.ui.workspaces.base import ScanFeedback, Workspace
from counter_app.ui.workspaces.receipts_morning import MorningCheck
from counter_app.ui.workspaces.receipts_save import ReceiptSaving

if TYPE_CHECKING:
    from counter_app.reports.receipts_pdf import render_batch_close_pdf
else:  # imported on first use: not at start-up (issue 18 §4)
    render_batch_close_pdf = deferred("counter_app.reports.receipts_pdf", "render_batch_close_pdf")

translate = QCoreApplication.translate
T = TypeVar("T")


def kind_name(kind: str) -> str:
    """Translated signer kind."""
    return {
        SignerKind.FULL.value: translate("ReceiptsWorkspace", "full name"),
        SignerKind.SURNAME_ONLY.value: translate("ReceiptsWorkspace", "surname only"),
        SignerKind.GIVEN_ONLY.value: translate("ReceiptsWorkspace", "given name only"),
        SignerKind.SCRAWL.value: translate("ReceiptsWorkspace", "scrawl"),
        SignerKind.NO_SIGNATURE.value: translate("ReceiptsWorkspace", "no signature"),
        SignerKind.STAMP.value: translate("ReceiptsWorkspace", "stamp"),
    }.get(kind, kind)


class ReceiptsWorkspace(ReceiptSaving, MorningCheck, Workspace):
    """F3: batches, the entry line, set-aside receipts, the morning check."""

    claimed_keys = frozenset({"F6"})  # F6 草签 here, per receipt; the 客服 desk's key elsewhere

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Build from the Designer form and bind the keys."""
        super().__init__(parent)
        self.ui = Ui_ReceiptsWorkspace()
        self.ui.setupUi(self)
        self.setObjectName("receipts_workspace")
        self._services = services
        self._people = People(services.staff.names)
        self._operator: StaffMember | None = None
        self.batch: BatchView | None = None
        self._lookup: ParcelLookup | None = None
        self._correcting: str | None = None
        ui = self.ui
        for field in (ui.waybill_edit, ui.cod_amount_edit, ui.partial_edit, ui.printed_edit):
            disable_input_method(field)  # codes and amounts: IME off; the signer keeps it
        today = services.clock.now().date()
        yesterday = QDate(today.year, today.month, today.day).addDays(-1)
        ui.delivery_date_edit.setDate(yesterday)
        ui.report_date_edit.setDate(yesterday)
        ui.open_batch_button.clicked.connect(self.open_batch)
        ui.close_batch_button.clicked.connect(self.close_batch)
        ui.waybill_edit.returnPressed.connect(self.waybill_entered)
        ui.signer_edit.returnPressed.connect(self.signer_entered)
        ui.signer_edit.textEdited.connect(self._signer_typed)
        ui.cod_amount_edit.returnPressed.connect(self.amount_entered)
        ui.save_receipt_button.clicked.connect(self.save)
        ui.cod_check.toggled.connect(self._cod_toggled)
        ui.complete_button.clicked.connect(self.complete_number)
        ui.set_aside_button.clicked.connect(self.set_aside)
        ui.refresh_morning_button.clicked.connect(self.refresh_morning)
        ui.import_list_button.clicked.connect(self.import_list)
        ui.print_cod_button.clicked.connect(self.print_cod)
        ui.find_edit.returnPressed.connect(self.find_receipt)
        ui.find_button.clicked.connect(self.find_receipt)
        ui.print_receipt_button.clicked.connect(self.print_receipt)
        disable_input_method(ui.find_edit)
        ui.receipts_table.itemDoubleClicked.connect(lambda _item: self.start_correction())
        ui.pieces_spin.installEventFilter(self)
        for key, slot in (
            ("F6", lambda: self.quick_signer(SCRAWL)),
            ("F7", lambda: self.quick_signer(NO_SIGNATURE)),
            ("F8", lambda: self.quick_signer(STAMP)),
            ("F9", ui.cod_check.toggle),
            ("F10", self.use_recipient),
            ("Ctrl+B", self.open_batch),
            ("Escape", self.clear_entry),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._cod_toggled(False)
        self._show_batch()
        self._hold = InputHold(ui.entry_tab)  # while a receipt is saved (issue 15 §1)

    # --- Workspace
    @override
    def title(self) -> str:
        return translate("Workspaces", "Receipts")

    @override
    def activate(self, operator: StaffMember) -> None:
        self._operator = operator
        self._people.refresh()
        combo = self.ui.courier_combo
        current = combo.currentData()
        combo.clear()
        for courier in self._services.couriers.all():
            kind = (
                translate("ReceiptsWorkspace", "driver")
                if courier.kind.value == "driver"
                else translate("ReceiptsWorkspace", "courier")
            )
            combo.addItem(f"{courier.name}（{kind}）", courier.id)
        if current is not None:
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.refresh_morning()
        (self.ui.waybill_edit if self.batch else combo).setFocus()

    @override
    def handle_scan(self, event: ScanEvent) -> ScanFeedback:
        """A scanned receipt starts its entry line, wherever the focus was."""
        if self.saving:
            # The entry line is being saved: this scan would be cleared with it. Refused,
            # said, and the scanner sounds the error: the clerk scans the receipt again.
            return ScanFeedback(
                ScanOutcome.REJECTED, translate("ReceiptsWorkspace", "Not entered"),
                translate("ReceiptsWorkspace", "The last receipt is still being saved: scan "
                          "{number} again when it is.").format(number=event.number))
        if self.batch is None:
            self._error(translate("ReceiptsWorkspace", "Open the courier's batch first "
                                  "(Ctrl+B); the scan was not entered."))
            return ScanFeedback(ScanOutcome.REJECTED,
                                translate("ReceiptsWorkspace", "Not entered"),
                                self.ui.entry_message_label.text())
        self.clear_entry()
        self.ui.waybill_edit.setText(event.number)
        ok = self.waybill_entered()
        if not ok:
            return ScanFeedback(
                ScanOutcome.REJECTED,
                translate("ReceiptsWorkspace", "Not entered"),
                self.ui.entry_message_label.text(),
            )
        return ScanFeedback(
            ScanOutcome.ACCEPTED,
            translate("ReceiptsWorkspace", "Receipt"),
            self.ui.entry_hint_label.text(),
        )

    # --- batch (RE-6)
    def open_batch(self) -> None:
        """Open or resume the batch of the chosen courier and day."""
        if self._operator is None or self.ui.courier_combo.currentData() is None:
            self._error(translate("ReceiptsWorkspace", "Choose the courier or driver first."))
            return
        qd = self.ui.delivery_date_edit.date()
        operator, receipts = self._operator, self._services.receipts
        courier, day = int(self.ui.courier_combo.currentData()), date(qd.year(), qd.month(),
                                                                      qd.day())

        def opened(view: BatchView) -> None:
            self.batch = view
            self.ui.entry_message_label.clear()
            self._show_batch()
            self.clear_entry()

        self._off_gui(lambda: receipts.open_batch(operator, courier, day), opened)

    def _off_gui(self, work: Callable[[], T], done: Callable[[T], None]) -> None:
        """``work`` on the worker (a locked database waits there, not in the window, issue 15
        §1), then ``done`` on the GUI thread; a refusal is said on the entry line."""
        def failed(err: BaseException) -> None:
            if not isinstance(err, DomainError):
                raise err
            self._error(self._describe(err))

        run_in_background(work, done, failed, parent=self, quiet=True)

    def _show_batch(self) -> None:
        ui = self.ui
        has = self.batch is not None
        for widget in (
            ui.waybill_edit,
            ui.signer_edit,
            ui.save_receipt_button,
            ui.close_batch_button,
            ui.set_aside_button,
        ):
            widget.setEnabled(has)
        if self.batch is None:
            ui.batch_label.setText(
                translate(
                    "ReceiptsWorkspace", "Open a batch: courier or driver, delivery day, Ctrl+B."
                )
            )
            fill_table(ui.receipts_table, [], [], [])
            return
        view = self.batch
        ui.batch_label.setText(
            translate(
                "ReceiptsWorkspace",
                "{courier} · {day} · {count} receipt(s), {pieces} piece(s) · "
                "到付 {cod} totalling {total}",
            ).format(
                courier=view.courier.name,
                day=view.batch.delivery_date,
                count=view.count,
                pieces=view.pieces,
                cod=len(view.cod),
                total=money(view.cod_total),
            )
        )
        rows = list(reversed(view.receipts))
        fill_table(
            ui.receipts_table,
            [
                translate("ReceiptsWorkspace", "Waybill"),
                translate("ReceiptsWorkspace", "Signer"),
                translate("ReceiptsWorkspace", "Kind"),
                translate("ReceiptsWorkspace", "Pieces"),
                translate("ReceiptsWorkspace", "到付"),
                translate("ReceiptsWorkspace", "Entered"),
                translate("ReceiptsWorkspace", "Late"),
            ],
            [
                [
                    r.waybill_no,
                    r.signer,
                    kind_name(r.signer_kind),
                    str(r.pieces),
                    money(r.cod_amount) + (" ≠ " + money(r.cod_expected) if r.cod_flagged else ""),
                    r.entered_at.strftime("%H:%M"),
                    translate("ReceiptsWorkspace", "late") if r.late else "",
                ]
                for r in rows
            ],
            [r.waybill_no for r in rows],
        )
        ui.set_aside_list.clear()
        for s in view.set_asides:
            ui.set_aside_list.addItem(
                f"{s.partial_barcode or '—'} / {s.printed_digits or '—'} {s.note}"
            )

    def close_batch(self) -> None:
        """Close the batch; print its cover and the courier's COD list (RE-6, RE-7) on this
        PC's A5 printer, off the GUI thread. Parcels of the delivery list without a receipt
        are asked about first (the safe answer, 否, keeps the batch open)."""
        if self.batch is None or self._operator is None:
            return
        operator, receipts, batch_id = self._operator, self._services.receipts, self.batch.batch.id

        def checked(missing: tuple[str, ...]) -> None:
            if missing and not self.ask_close_with_missing(missing):
                self._error(translate("ReceiptsWorkspace",
                                      "The batch stays open: {n} parcel(s) of the list have no "
                                      "receipt yet ({first}…).").format(n=len(missing),
                                                                       first=missing[0]))
                return
            self._off_gui(lambda: receipts.close_batch(operator, batch_id), self._closed)

        self._off_gui(lambda: receipts.missing_from_batch(batch_id), checked)

    def _closed(self, closed: tuple[BatchCover, CodList | None]) -> None:
        cover, cod = closed
        font = report_font()

        def rendered(pdf: bytes) -> None:
            self.last_print = pdf

        print_document(
            self, DocKind.A5,
            translate("ReceiptsWorkspace", "Batch cover {courier} {day}").format(
                courier=cover.courier, day=cover.delivery_date),
            lambda: render_batch_close_pdf(cover, cod, font),
            ask=self.ask_print, rendered=rendered)
        self.ui.entry_message_label.setStyleSheet(OK_STYLE)
        self.ui.entry_message_label.setText(
            translate(
                "ReceiptsWorkspace",
                "Batch closed: {count} receipt(s). Write on the first receipt: "
                "{courier}, {count}, {day}.",
            ).format(count=cover.count, courier=cover.courier, day=cover.delivery_date)
        )
        self.batch = None
        self._show_batch()
        self.refresh_morning()

    def ask_close_with_missing(self, missing: tuple[str, ...]) -> bool:
        """Close although parcels of the list have no receipt? 否 by default (replaced in
        tests)."""
        shown = "、".join(missing[:5]) + ("…" if len(missing) > 5 else "")
        return ask_safe(
            self, translate("ReceiptsWorkspace", "Parcels of the list not entered"),
            translate("ReceiptsWorkspace",
                      "{n} parcel(s) of the delivery list have no receipt: {numbers}. Close "
                      "the batch anyway? The cover prints the list's count.").format(
                n=len(missing), numbers=shown))

    def ask_print(self, printer: QPrinter) -> bool:
        """The system print dialog (replaced in tests)."""
        return ask_print(self, printer)

    # --- the entry line
    def waybill_entered(self) -> bool:
        """Check the number; say what the delivery list knows; go to the signer."""
        ui = self.ui
        try:
            self._lookup = self._services.receipts.lookup(ui.waybill_edit.text())
        except DomainError as err:
            self._error(self._describe(err))
            ui.waybill_edit.selectAll()
            ui.waybill_edit.setFocus()
            return False
        found = self._lookup
        ui.waybill_edit.setText(found.waybill_no)
        if found.existing is not None:
            r = found.existing
            self._error(
                translate(
                    "ReceiptsWorkspace",
                    "Already entered by {who} at {when}: "
                    "signer {signer}. Double-click it in the list to correct it.",
                ).format(
                    who=self._people.label(r.entered_by),
                    when=r.entered_at.strftime("%Y-%m-%d %H:%M"), signer=r.signer,
                )
            )
            ui.waybill_edit.selectAll()
            return False
        expected = found.expected
        hint = []
        if expected is not None:
            if expected.recipient:
                hint.append(
                    translate("ReceiptsWorkspace", "recipient {name} (F10)").format(
                        name=expected.recipient
                    )
                )
            if expected.cod_amount is not None:
                hint.append(translate("ReceiptsWorkspace", "到付: type the amount collected"))
            if expected.pieces > 1:
                hint.append(translate("ReceiptsWorkspace", "{n} pieces").format(n=expected.pieces))
        else:
            hint.append(translate("ReceiptsWorkspace", "not on the delivery list"))
        warning = self._list_warning(expected)
        if warning:  # stays in the hint while the clerk types the signer
            hint.append(warning)
        ui.entry_hint_label.setText(f"{found.waybill_no}: " + " · ".join(hint))
        ui.cod_check.setChecked(expected is not None and expected.cod_amount is not None)
        ui.pieces_spin.setValue(expected.pieces if expected else 1)
        ui.entry_message_label.clear()
        if warning:
            ui.entry_message_label.setStyleSheet(WARN_STYLE)
            ui.entry_message_label.setText(warning)
        ui.signer_edit.setFocus()
        return True

    def _list_warning(self, expected: ExpectedParcel | None) -> str:
        """X-6 before the signer: the list gives the parcel to another courier, or to another
        day than this batch's (lateness counts from the list's day, RE-1)."""
        if expected is None or self.batch is None:
            return ""
        batch = self.batch.batch
        if expected.courier_id != batch.courier_id:
            name = next((c.name for c in self._services.couriers.all()
                         if c.id == expected.courier_id), f"#{expected.courier_id}")
            return translate(
                "ReceiptsWorkspace", "On the delivery list of {courier} ({day}), not of this "
                "batch's courier (X-6).").format(
                    courier=name, day=expected.delivery_date.isoformat())
        if expected.delivery_date != batch.delivery_date:
            return translate(
                "ReceiptsWorkspace", "The delivery list has it on {day}, this batch is of "
                "{batch}: lateness counts from {day} (X-6, RE-1).").format(
                    day=expected.delivery_date.isoformat(),
                    batch=batch.delivery_date.isoformat())
        return ""

    def _signer_typed(self, text: str) -> None:
        """RE-2 as the clerk types: the helper 「张2 → 张,,」 and a live warning."""
        if (expanded := expand_helper(text)) is not None:
            self.ui.signer_edit.setText(expanded)
            text = expanded
        result = parse_signer(text)
        label = self.ui.entry_message_label
        if isinstance(result, SignerRejected) and text.strip():
            label.setStyleSheet(WARN_STYLE)
            label.setText(describe_signer(result, self._recipient()))
        else:
            label.clear()

    def signer_entered(self) -> None:
        """Enter in the signer: on to the amount (到付), the pieces (several), or save."""
        result = parse_signer(
            expand_helper(self.ui.signer_edit.text()) or self.ui.signer_edit.text()
        )
        if isinstance(result, SignerRejected):
            self._error(describe_signer(result, self._recipient()))
            return
        self.ui.signer_edit.setText(result.text)
        if self.ui.cod_check.isChecked():
            self.ui.cod_amount_edit.setFocus()
        elif self._expected_pieces() > 1:
            self.ui.pieces_spin.setFocus()
            self.ui.pieces_spin.selectAll()
        else:
            self.save()

    def amount_entered(self) -> None:
        """Enter in the amount: on to the pieces when there are several, else save."""
        if self._expected_pieces() > 1:
            self.ui.pieces_spin.setFocus()
            self.ui.pieces_spin.selectAll()
        else:
            self.save()

    def quick_signer(self, text: str) -> None:
        """F6/F7/F8: 草签, 已收 or 邮件签收章 in one stroke, then on as with Enter."""
        if not self.ui.signer_edit.isEnabled():
            return
        self.ui.signer_edit.setText(text)
        self.signer_entered()

    def use_recipient(self) -> None:
        """F10: the recipient's name from the delivery list (instead of 「本人」)."""
        if name := self._recipient():
            self.ui.signer_edit.setText(name)
            self.ui.signer_edit.setFocus()


    def start_correction(self) -> None:
        """Load the selected receipt into the entry line for a correction (with a reason)."""
        key = selected_key(self.ui.receipts_table)
        if key is None or self.batch is None:
            return
        receipt = next((r for r in self.batch.receipts if r.waybill_no == key), None)
        if receipt is None:
            return
        ui = self.ui
        self._correcting = receipt.waybill_no
        ui.waybill_edit.setText(receipt.waybill_no)
        ui.waybill_edit.setReadOnly(True)
        ui.signer_edit.setText(receipt.signer)
        ui.cod_check.setChecked(receipt.cod_amount is not None)
        ui.cod_amount_edit.setText(money(receipt.cod_amount))
        ui.pieces_spin.setValue(receipt.pieces)
        ui.entry_hint_label.setText(
            translate(
                "ReceiptsWorkspace",
                "Correcting {number} (entered by {who} at {when}); Enter "
                "saves and asks for the reason, Esc cancels.",
            ).format(
                number=receipt.waybill_no,
                who=self._people.label(receipt.entered_by),
                when=receipt.entered_at.strftime("%H:%M"),
            )
        )
        ui.signer_edit.setFocus()
        ui.signer_edit.selectAll()

    def clear_entry(self, keep_message: bool = False) -> None:
        """Esc: empty the entry line and return to the scan field."""
        ui = self.ui
        self._lookup = None
        self._correcting = None
        ui.waybill_edit.setReadOnly(False)
        for edit in (ui.waybill_edit, ui.signer_edit, ui.cod_amount_edit):
            edit.clear()
        ui.cod_check.setChecked(False)
        ui.pieces_spin.setValue(1)
        ui.entry_hint_label.clear()
        if not keep_message:
            ui.entry_message_label.clear()
        ui.waybill_edit.setFocus()

    def _cod_toggled(self, on: bool) -> None:
        self.ui.cod_amount_edit.setEnabled(on)
        if not on:
            self.ui.cod_amount_edit.clear()

    # --- RE-5
    def complete_number(self) -> None:
        """Build the number from the barcode part and the printed digits."""
        check = self._services.receipts.complete(
            self.ui.partial_edit.text(), self.ui.printed_edit.text()
        )
        if isinstance(check, WaybillRejected):
            self._error(
                translate(
                    "ReceiptsWorkspace", "No single number fits both parts: set the receipt aside."
                )
            )
            return
        self.clear_entry()
        self.ui.waybill_edit.setText(check.number)
        self.waybill_entered()

    def set_aside(self) -> None:
        """List a receipt whose number cannot be read; it is not entered (RE-5)."""
        if self.batch is None or self._operator is None:
            return
        operator, receipts, batch_id = self._operator, self._services.receipts, self.batch.batch.id
        partial, printed = self.ui.partial_edit.text(), self.ui.printed_edit.text()

        def work() -> BatchView:
            receipts.set_aside(operator, batch_id, partial, printed)
            return receipts.view(batch_id)

        def done(view: BatchView) -> None:  # a refusal keeps what was typed
            self.ui.partial_edit.clear()
            self.ui.printed_edit.clear()
            self.batch = view
            self._show_batch()

        self._off_gui(work, done)


    # --- helpers
    def _recipient(self) -> str:
        expected = self._lookup.expected if self._lookup else None
        return expected.recipient if expected else ""

    def _expected_pieces(self) -> int:
        expected = self._lookup.expected if self._lookup else None
        return expected.pieces if expected else 1

    def _error(self, text: str) -> None:
        self.ui.entry_message_label.setStyleSheet(ERROR_STYLE)
        self.ui.entry_message_label.setText(text)

    def _focus_field(self, err: DomainError) -> None:
        ui = self.ui
        match err:
            case SignerInvalid() | CodSignerRequired():
                ui.signer_edit.setFocus()
                ui.signer_edit.selectAll()
            case CodAmountRequired() | CodAmountZero() | FieldInvalid(field="cod_amount"):
                ui.cod_check.setChecked(True)
                ui.cod_amount_edit.setFocus()
                ui.cod_amount_edit.selectAll()
            case FieldInvalid(field="pieces"):
                ui.pieces_spin.setFocus()
            case _:
                ui.waybill_edit.setFocus()
                ui.waybill_edit.selectAll()

    def _describe(self, err: DomainError) -> str:
        match err:
            case SignerInvalid(rejected=SignerRejected() as rejected):
                return describe_signer(rejected, err.recipient)
            case CodAmountRequired():
                return translate(
                    "ReceiptsWorkspace", "到付 receipt: type the amount collected (RE-3)."
                )
            case ReceiptAlreadyEntered():
                return translate(
                    "ReceiptsWorkspace",
                    "{number} was already entered by {who} at {when} (signer {signer}).",
                ).format(
                    number=err.waybill_no,
                    who=self._people.label(err.entered_by),
                    when=formats.when(err.entered_at),
                    signer=err.signer,
                )
            case NotFound(entity="receipt"):
                return translate("ReceiptsWorkspace", "No receipt entered for {number}.").format(
                    number=err.key)
            case BatchClosed(closed_by=who, closed_at=at) if who:
                return translate(
                    "ReceiptsWorkspace",
                    "The batch of {courier} for {day} was closed by {who} at {at}; no second "
                    "cover is printed. Correct single receipts from the list.",
                ).format(courier=err.courier, day=formats.day(err.delivery_date), who=who,
                         at=formats.when(at))
            case BatchClosed():
                return translate(
                    "ReceiptsWorkspace",
                    "The batch of {courier} for {day} is "
                    "closed; correct single receipts from the list.",
                ).format(courier=err.courier, day=formats.day(err.delivery_date))
        return describe(err)

    @override
    def eventFilter(self, watched: object, event: QEvent) -> bool:
        # Enter in the pieces box saves (a spin box does not emit returnPressed).
        if (
            watched is self.ui.pieces_spin
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.save()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_batch()
        super().changeEvent(event)
