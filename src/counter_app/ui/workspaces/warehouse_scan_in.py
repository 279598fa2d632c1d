"""仓库 · 入仓 (F2 scan-in, issue 5 §1-§3, WH-4, WH-5, WH-9): scan (or type + Enter), Alt+1…9/0
picks the reason, Tab through exactly the details that reason needs, Enter or Ctrl+Enter saves,
Ctrl+P prints the pickup label, Esc clears. The same form matches a headless parcel (WH-3) and
records new details of a parcel in stock (修改原因)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QWidget

from counter_app.domain.errors import (
    AlreadyInStock,
    DetailsMissing,
    DomainError,
    FieldInvalid,
    ReasonNotAccepted,
    StoreFull,
)
from counter_app.domain.identity import mask_name
from counter_app.domain.scanning import ScanOutcome
from counter_app.domain.staff import mask_phone
from counter_app.domain.station import PROVINCES
from counter_app.domain.warehouse import ProblemDetails, Reason
from counter_app.domain.warehouse_stay import StayRecord
from counter_app.hardware.print_log import PrintLogEntry
from counter_app.paths import report_font
from counter_app.services.warehouse import Lookup, Proposal, ScanInDraft
from counter_app.ui import printing
from counter_app.ui.deferred import deferred
from counter_app.ui.forms.ui_warehouse_workspace import Ui_WarehouseWorkspace
from counter_app.ui.look import ERROR_STYLE as RED
from counter_app.ui.look import OK_STYLE as GREEN
from counter_app.ui.look import WARN_STYLE as AMBER
from counter_app.ui.messages import disposition_name, location_kind_name, minute, reason_name
from counter_app.ui.printing import DocKind, PrintResult, ask_print, describe_result, print_document
from counter_app.ui.raw_printing import RawPrinting
from counter_app.ui.tasks import run_in_background
from counter_app.ui.widgets.fields import disable_input_method
from counter_app.ui.widgets.keys import bind_key
from counter_app.ui.workspaces.base import PENDING, ScanFeedback
from counter_app.ui.workspaces.notify_pages import ConsentBar, insert_below
from counter_app.ui.workspaces.warehouse_context import Panel, WarehouseContext
from counter_app.ui.workspaces.warehouse_cross_desk import OriginCityField, signed_warning
from counter_app.ui.workspaces.warehouse_details import REASON_KEYS, ReasonForms

if TYPE_CHECKING:
    from counter_app.reports.warehouse_pdf import render_pickup_labels_pdf
else:  # imported on first use: not at start-up (issue 18 §4)
    render_pickup_labels_pdf = deferred(
        "counter_app.reports.warehouse_pdf", "render_pickup_labels_pdf")

translate = QCoreApplication.translate


class ScanInPanel(Panel):
    """The scan-in tab: the parcel's number, its reason and details, the location.

    Signals:
        answered(ScanFeedback): the verdict of a scan answered :data:`PENDING`.
        stock_changed(str): a parcel was scanned in or its details changed.
        details_recorded(str): new details of a parcel in stock were saved (修改原因 is done).
        edit_left(): Esc left 修改原因 without saving.
    """

    answered = Signal(object)
    stock_changed = Signal(str)
    details_recorded = Signal(str)
    edit_left = Signal()

    def __init__(self, context: WarehouseContext, ui: Ui_WarehouseWorkspace,
                 host: QWidget) -> None:
        """Bind the form's fields, keys and buttons; the consent bar goes below the result."""
        super().__init__(context, ui, host)
        self._found: Lookup | None = None
        self._match: tuple[int, str] | None = None
        self._editing: StayRecord | None = None
        self._last_in: str | None = None
        self._saving = False  # a scan-in's write is on the worker thread
        self._queued_scan: str | None = None  # scanned meanwhile: opened once it is saved
        self._proposals = 0  # location questions asked (the newest answer is shown)
        self.raw_printing: RawPrinting | None = None
        self._labels_printed: set[str] = set()  # waybills whose label this desk printed
        self._proposed = ""
        self._marked: list[QWidget] = []
        self.last_print: bytes = b""
        # issue 20: the arrival notice's consent is asked right after a scan-in
        self.consent_bar = ConsentBar(context.services)
        insert_below(ui.in_result_label, self.consent_bar)
        self.forms = ReasonForms(ui, context.services.clock)
        self._build()
        # WH-16 same-city (issue 16): where the parcel was sent from, below the province
        self.origin_city = OriginCityField(ui.parcel_form, ui.parcel_box, ui.province_combo)
        ui.in_form.setProperty("enter_saves", True)  # Enter in its combos saves (keyboard.py)

    def _build(self) -> None:
        ui = self.ui
        self._common = {
            "recipient": ui.recipient_edit, "recipient_phone": ui.phone_edit,
            "destination_province": ui.province_combo, "location": ui.location_edit,
            "note": ui.note_edit, "reason": ui.reason_combo,
        }
        for edit in (ui.in_waybill_edit, ui.phone_edit, ui.location_edit, ui.change_phone_edit):
            disable_input_method(edit)
        ui.province_combo.addItem("—", "")
        for province in PROVINCES:
            ui.province_combo.addItem(province, province)
        self.forms.fill_choices()
        ui.in_waybill_edit.returnPressed.connect(
            lambda: self.open_parcel(ui.in_waybill_edit.text()))
        ui.reason_combo.currentIndexChanged.connect(self._reason_changed)
        ui.bulky_check.toggled.connect(lambda _on: self._propose())
        ui.save_in_button.clicked.connect(self.save_in)
        ui.in_cancel_button.clicked.connect(self.clear_in)
        ui.print_label_button.clicked.connect(self.print_label)
        ui.location_edit.textEdited.connect(lambda _t: self._propose(show_only=True))
        self.forms.wire(self, self.save_in, self._rows_changed)
        for edit in (ui.recipient_edit, ui.phone_edit, ui.location_edit, ui.note_edit):
            edit.returnPressed.connect(self.save_in)
        for widget in (ui.reason_combo, ui.province_combo, ui.bulky_check):
            widget.installEventFilter(self)
        tab = ui.scan_in_tab
        for n, key in enumerate(REASON_KEYS):
            bind_key(tab, f"Alt+{key}", partial(self.pick_reason, n))
        bind_key(tab, "Ctrl+Return", self.save_in)
        bind_key(tab, "Ctrl+Enter", self.save_in)
        bind_key(tab, "Ctrl+P", self.print_label)
        bind_key(tab, "Escape", self.clear_in)
        for reason in Reason:
            self.forms.update_rows(reason)

    def retranslate(self) -> None:
        """The translated choices and the mode line again (after a language change)."""
        self.forms.fill_choices()
        self._show_mode()

    def focus(self) -> None:
        """The tab was shown: the reason (while a parcel is open) or the number."""
        ui = self.ui
        (ui.reason_combo if ui.in_form.isEnabled() else ui.in_waybill_edit).setFocus()

    def pick_reason(self, index: int) -> None:
        """Alt+digit: choose the index-th reason and go to its first detail."""
        if not self.ui.in_form.isEnabled() or index >= len(Reason):
            return
        self.ui.reason_combo.setCurrentIndex(index + 1)
        self.forms.focus_first()

    def load_details(self, reason: Reason, details: ProblemDetails) -> None:
        """Put details into the reason's page (修改原因; tests and benchmarks fill it so)."""
        self.forms.load(reason, details)

    def _reason_changed(self, _index: int) -> None:
        self.forms.show_page()
        self._propose()

    def _rows_changed(self, reason: Reason) -> None:
        self.forms.update_rows(reason)
        self._propose()  # a reached customer's parcel goes to the next-round area (WH-9)

    def _propose(self, *, show_only: bool = False) -> None:
        """Ask where this parcel belongs (WH-9) and show it; fill the location unless the
        clerk typed one. Asked on the worker thread (it counts the stock by location); only
        the newest question's answer is shown, and only while its parcel is on the form."""
        ui = self.ui
        found = self._found
        if found is None or not ui.in_form.isEnabled():
            return
        reason = self.forms.reason()
        details = self.forms.details(reason) if reason else ProblemDetails()
        bulky = ui.bulky_check.isChecked()
        self._proposals += 1
        asked = self._proposals

        def answered(proposal: Proposal) -> None:
            if asked != self._proposals or self._found is not found:
                return  # a newer question, or another parcel
            self._show_proposal(proposal, show_only=show_only)

        run_in_background(lambda: self._wh.propose(reason, details, bulky=bulky), answered,
                          parent=self._host, quiet=True)

    def _show_proposal(self, proposal: Proposal, *, show_only: bool) -> None:
        ui = self.ui
        if proposal.location is None:
            ui.location_hint_label.setText(translate(
                "WarehouseWorkspace", "No room left in the {area}: type a location.").format(
                area=location_kind_name(proposal.kind)))
            return
        code = proposal.location.code
        ui.location_hint_label.setText(translate(
            "WarehouseWorkspace", "Suggested: {code} {kind} ({n}/{capacity})").format(
            code=code, kind=location_kind_name(proposal.location.kind), n=proposal.occupancy,
            capacity=proposal.location.capacity))
        if not show_only and ui.location_edit.text().strip().upper() in ("", self._proposed):
            ui.location_edit.setText(code)
        self._proposed = code

    def open_parcel(self, text: str, *, note: str = "") -> ScanFeedback:
        """A scan or a typed number: in stock already (where, since when), or open the form
        (with ``note`` on its message line: the last parcel's "saved")."""
        ui = self.ui
        if self._ctx.operator is None:
            return ScanFeedback(ScanOutcome.REJECTED, translate("WarehouseWorkspace", "Log in"))
        if self._saving:  # the last parcel's write has not answered yet: this one follows
            self._queued_scan = text
            return ScanFeedback(ScanOutcome.ACCEPTED,
                                translate("WarehouseWorkspace", "Scan in"),
                                translate("WarehouseWorkspace", "{number} opens as soon as the "
                                          "last parcel is saved.").format(number=text.strip()))
        if self._editing is not None:
            self._editing = None
            self.close_form()
        unsaved = (self._found.waybill_no if self._found and self.forms.reason() is not None
                   and ui.in_form.isEnabled() else None)
        operator = self._ctx.operator
        answers: list[ScanFeedback] = []
        waiting = [False]

        def answer(outcome: Lookup | BaseException) -> None:
            if isinstance(outcome, BaseException) and not isinstance(outcome, DomainError):
                raise outcome
            feedback = self._opened(outcome, unsaved)
            if note and not self.ui.in_message_label.text():
                self.in_message(note, GREEN)
            if waiting[0]:
                self.answered.emit(feedback)
            else:
                answers.append(feedback)

        # The look-up runs on the worker thread (issue 15 §1): a busy database never holds
        # the window; the verdict follows through scan_answered when it is not known at once.
        run_in_background(lambda: self._wh.lookup(operator, text), answer, answer,
                          parent=self._host)
        if answers:
            return answers[0]
        waiting[0] = True
        return PENDING

    def _opened(self, outcome: Lookup | DomainError, unsaved: str | None) -> ScanFeedback:
        """Show what the store knows of a scanned number: in stock already, or its form."""
        ui = self.ui
        try:
            if isinstance(outcome, DomainError):
                raise outcome
            found = outcome
        except DomainError as err:
            self.in_message(self._ctx.describe(err), RED)
            ui.in_waybill_edit.selectAll()
            ui.in_waybill_edit.setFocus()
            return ScanFeedback(ScanOutcome.REJECTED,
                                translate("WarehouseWorkspace", "Not taken in"),
                                ui.in_message_label.text())
        ui.in_waybill_edit.setText(found.waybill_no)
        stay = found.open_stay
        if stay is not None:
            self.close_form()
            self._found = None
            text = translate(
                "WarehouseWorkspace",
                "{number} is already in stock: {code} at {location}, since {since}, scanned in "
                "by {by}. Nothing was recorded twice.").format(
                number=stay.waybill_no, code=stay.pickup_code, location=stay.location,
                since=stay.in_at.strftime("%Y-%m-%d %H:%M"),
                by=self._ctx.people.label(stay.in_by))
            self.in_message(text, AMBER)
            ui.pickup_code_label.setText(stay.pickup_code)
            ui.in_result_label.setText(reason_name(stay.reason))
            self._last_in = stay.waybill_no
            ui.in_waybill_edit.selectAll()
            ui.in_waybill_edit.setFocus()
            return ScanFeedback(ScanOutcome.DUPLICATE,
                                translate("WarehouseWorkspace", "Already in stock"), text)
        self._open_form(found)
        if unsaved and unsaved != found.waybill_no:
            self.in_message(translate(
                "WarehouseWorkspace", "{number} was not saved: scan it again.").format(
                number=unsaved), AMBER)
        if warning := signed_warning(found, self._ctx.people.label):  # X-6 (issue 16)
            self.in_message(warning, AMBER)
        return ScanFeedback(ScanOutcome.ACCEPTED, translate("WarehouseWorkspace", "Scan in"),
                            ui.in_status_label.text())

    def _open_form(self, found: Lookup) -> None:
        ui = self.ui
        self._found = None
        self._clear_fields()
        self._found = found
        ui.in_form.setEnabled(True)
        ui.in_message_label.clear()
        ui.pickup_code_label.clear()  # the last parcel's big code must not be taken for this one
        ui.in_result_label.clear()
        lines = []
        expected = found.expected
        if expected is not None:
            courier = self._ctx.courier_name(expected.courier_id)
            lines.append(translate(
                "WarehouseWorkspace", "On {courier}'s delivery list of {day}, recipient "
                "{name}").format(courier=courier or expected.courier_id,
                                 day=expected.delivery_date, name=expected.recipient or "—"))
            ui.recipient_edit.setText(expected.recipient)
        else:
            lines.append(translate("WarehouseWorkspace", "Not on a delivery list"))
        last = found.last_stay
        if last is not None and last.out_at is not None:
            lines.append(translate(
                "WarehouseWorkspace", "here before: {reason}, {start} – {end}, {how}").format(
                reason=reason_name(last.reason), start=minute(last.in_at),
                end=minute(last.out_at),
                how=disposition_name(last.disposition) if last.disposition else ""))
            ui.recipient_edit.setText(ui.recipient_edit.text() or last.recipient)
            ui.phone_edit.setText(last.phone)
        ui.in_status_label.setText(f"{found.waybill_no}: " + " · ".join(lines) + " · " + translate(
            "WarehouseWorkspace", "choose the reason (Alt+1…9, Alt+0)"))
        self._propose()
        ui.reason_combo.setFocus()

    def _clear_fields(self) -> None:
        ui = self.ui
        self._unmark()
        self.forms.clear()
        for edit in (ui.recipient_edit, ui.phone_edit, ui.location_edit, ui.note_edit):
            edit.clear()
        ui.bulky_check.setChecked(False)
        ui.province_combo.setCurrentIndex(0)
        self.origin_city.edit.clear()
        ui.location_hint_label.clear()
        self._proposed = ""

    def close_form(self) -> None:
        """No parcel open: the form empty and off, the number field on."""
        ui = self.ui
        self._clear_fields()
        ui.in_form.setEnabled(False)
        ui.parcel_box.setEnabled(True)
        ui.in_status_label.setText(self._mode_text())
        self._show_mode()

    def _mode_text(self) -> str:
        if self._match is not None:
            return translate("WarehouseWorkspace",
                             "Scan or type the number found on headless parcel #{n}.").format(
                n=self._match[0])
        return translate("WarehouseWorkspace",
                         "Scan the parcel (or type its number and press Enter).")

    def _show_mode(self) -> None:
        ui = self.ui
        if self._match is not None:
            ui.in_mode_label.setText(translate(
                "WarehouseWorkspace", "Matching headless #{n}: {description}").format(
                n=self._match[0], description=self._match[1]))
        elif self._editing is not None:
            ui.in_mode_label.setText(translate(
                "WarehouseWorkspace", "Changing the reason of {number} ({code})").format(
                number=self._editing.waybill_no, code=self._editing.pickup_code))
        else:
            ui.in_mode_label.clear()

    def start_match(self, headless_id: int, description: str) -> None:
        """The headless tab found the number of a headless parcel: scan it in here."""
        self._editing = None
        self._match = (headless_id, description)
        self._found = None
        self.close_form()
        self.tab_wanted.emit()
        self.ui.in_waybill_edit.clear()
        self.ui.in_waybill_edit.setFocus()

    def start_edit(self, stay: StayRecord) -> None:
        """修改原因: the scan-in form, loaded with the parcel's reason and details."""
        ui = self.ui
        self._match = None
        self._found = None
        self._clear_fields()
        self._editing = stay
        self.tab_wanted.emit()
        ui.in_form.setEnabled(True)
        ui.parcel_box.setEnabled(False)
        ui.in_waybill_edit.setText(stay.waybill_no)
        ui.reason_combo.setCurrentIndex(max(0, ui.reason_combo.findData(stay.reason.value)))
        self.forms.load(stay.reason, stay.details)
        ui.recipient_edit.setText(mask_name(stay.recipient))
        ui.phone_edit.setText(mask_phone(stay.phone) if stay.phone else "")
        ui.location_edit.setText(stay.location)
        ui.in_status_label.setText(translate(
            "WarehouseWorkspace", "Record what changed and press Enter; Esc goes back."))
        ui.in_message_label.clear()
        self._show_mode()
        self.forms.focus_first()

    def save_in(self) -> None:
        """Enter: scan in (or match the headless parcel, or record the new details). The write
        runs on the worker thread (issue 15 §1, issue 21 §5: a scan-in's transaction, or a
        locked database's wait, no longer holds the window); Enter again meanwhile does
        nothing, and the form stays as typed until the answer comes."""
        ui = self.ui
        operator = self._ctx.operator
        if not ui.in_form.isEnabled() or operator is None or self._saving:
            return
        self._unmark()
        reason = self.forms.reason()
        details = self.forms.details(reason) if reason else ProblemDetails()
        details = self.origin_city.into(details)  # WH-16 same-city (issue 16)
        draft = ScanInDraft(
            waybill=ui.in_waybill_edit.text(),
            reason=reason,
            details=details,
            recipient=ui.recipient_edit.text(),
            phone=ui.phone_edit.text(),
            bulky=ui.bulky_check.isChecked(),
            location=ui.location_edit.text(),
            destination_province=str(ui.province_combo.currentData() or ""),
            note=ui.note_edit.text(),
        )
        editing, match = self._editing, self._match

        def write() -> StayRecord | None:
            if editing is not None:
                if reason is None:
                    raise FieldInvalid("reason", "required")
                self._wh.update_details(operator, editing.waybill_no, reason, details)
                return None
            if match is not None:
                return self._wh.match_headless(operator, match[0], draft)
            return self._wh.scan_in(operator, draft)

        def failed(err: BaseException) -> None:
            self._saving = False
            queued, self._queued_scan = self._queued_scan, None
            if not isinstance(err, DomainError):
                raise err
            message = self._ctx.describe(err)
            if queued:  # the form stays on the parcel at fault; the next one waits
                message += " " + translate("WarehouseWorkspace", "{number} was not opened: "
                                           "scan it again.").format(number=queued.strip())
            self.in_message(message, AMBER if isinstance(err, AlreadyInStock) else RED)
            self._focus_in_error(err, reason)

        def saved(stay: StayRecord | None) -> None:
            self._saving = False
            self._saved(stay)
            queued, self._queued_scan = self._queued_scan, None
            if queued:  # still saying the last one was saved
                self.open_parcel(queued, note=self.ui.in_message_label.text())

        self._saving = True
        run_in_background(write, saved, failed, parent=self._host,
                          label=translate("WarehouseWorkspace", "Saving {number}…").format(
                              number=draft.waybill.strip()))

    def _saved(self, stay: StayRecord | None) -> None:
        ui = self.ui
        if self._editing is not None:
            number = self._editing.waybill_no
            self._editing = None
            self.close_form()
            self.details_recorded.emit(number)
            return
        if stay is None:  # only an edit of details returns nothing
            return
        self._match = None
        self._found = None
        self._last_in = stay.waybill_no
        ui.pickup_code_label.setText(stay.pickup_code)
        ui.in_result_label.setText(translate(
            "WarehouseWorkspace", "{number} in stock: {reason}, {location}. Write the code on "
            "the parcel or print its label (Ctrl+P).").format(
            number=stay.waybill_no, reason=reason_name(stay.reason), location=stay.location))
        self.close_form()
        self.in_message(translate("WarehouseWorkspace", "Saved {number}.").format(
            number=stay.waybill_no), GREEN)
        ui.in_waybill_edit.clear()
        ui.in_waybill_edit.setFocus()
        if self._ctx.operator is not None:  # arrival notice, X-7 (issue 20)
            self.consent_bar.after_scan_in(self._ctx.operator, stay)
        self.stock_changed.emit(stay.waybill_no)

    def _focus_in_error(self, err: DomainError, reason: Reason | None) -> None:
        """Mark and focus the field at fault; for missing details, every missing one."""
        fields = self.forms.fields[reason][2] if reason else {}
        targets: list[QWidget] = []
        match err:
            case DetailsMissing(missing=missing):
                targets = [fields[name] for name in missing if name in fields]
            case ReasonNotAccepted():
                targets = [self.ui.refused_kind_combo]
            case StoreFull():
                targets = [self.ui.location_edit]
            case FieldInvalid(field=name) if name in fields:
                targets = [fields[name]]
            case FieldInvalid(field=name) if name in self._common:
                targets = [self._common[name]]
        if not targets:
            self.ui.in_waybill_edit.setFocus()
            self.ui.in_waybill_edit.selectAll()
            return
        for widget in targets:
            self._mark(widget)
        targets[0].setFocus()
        if isinstance(targets[0], QLineEdit):
            targets[0].selectAll()

    def _mark(self, widget: QWidget) -> None:
        widget.setStyleSheet("border: 2px solid #c62828;")
        self._marked.append(widget)

    def _unmark(self) -> None:
        for widget in self._marked:
            widget.setStyleSheet("")
        self._marked.clear()

    def clear_in(self) -> None:
        """Esc: empty the form and go back to the scan field (or back to the search)."""
        ui = self.ui
        if self._editing is not None:
            self._editing = None
            self.close_form()
            ui.in_waybill_edit.clear()
            self.edit_left.emit()
            return
        if not ui.in_form.isEnabled():
            self._match = None
        self._found = None
        self.close_form()
        ui.in_waybill_edit.clear()
        ui.in_message_label.clear()
        ui.in_waybill_edit.setFocus()

    def in_message(self, text: str, style: str) -> None:
        """A coloured sentence on the scan-in's message line."""
        self.ui.in_message_label.setStyleSheet(style)
        self.ui.in_message_label.setText(text)

    def print_label(self) -> None:
        """Ctrl+P: the pickup label of the parcel just scanned in (code, barcode, masked
        recipient)."""
        operator = self._ctx.operator
        if operator is None or not self._last_in:
            self.in_message(translate("WarehouseWorkspace",
                                      "Scan a parcel in first; then Ctrl+P prints its label."),
                            RED)
            return
        try:
            labels = self._wh.labels(operator, [self._last_in])
        except DomainError as err:
            self.in_message(self._ctx.describe(err), RED)
            return
        raw = self.raw_printing
        if raw is not None and raw.print_labels(labels, operator):
            # issue 17 §2: the label printer, no dialog; a failure comes back via `printed`
            self.in_message(translate("WarehouseWorkspace", "Label of {number} sent to the "
                                      "label printer.").format(number=self._last_in), GREEN)
            return
        number = self._last_in
        reprint = number in self._labels_printed
        if reprint:
            try:
                self._wh.label_reprinted(operator, number)
            except DomainError as err:
                self.in_message(self._ctx.describe(err), RED)
                return
        font, stock = report_font(), printing.SETUPS.label_stock()

        def rendered(pdf: bytes) -> None:
            self.last_print = pdf

        def done(result: PrintResult) -> None:
            if result.ok:
                self._labels_printed.add(number)
                self.in_message(translate("WarehouseWorkspace",
                                          "Label of {number} printed.").format(number=number),
                                GREEN)
            else:
                self.in_message(describe_result(result), RED)

        print_document(
            self._host, DocKind.LABEL,
            translate("WarehouseWorkspace", "Label {code}").format(code=labels[0].pickup_code),
            lambda: render_pickup_labels_pdf(labels, font, reprint=reprint, size=stock),
            ask=self.ask_print, rendered=rendered, done=done, reprint=reprint)

    def ask_print(self, printer: QPrinter) -> bool:
        """The system print dialog (replaced in tests)."""
        return ask_print(self._host, printer)

    def attach_raw_printing(self, raw: RawPrinting) -> None:
        """Print pickup labels on this PC's label printer when it has one (issue 17 §2)."""
        self.raw_printing = raw
        raw.printed.connect(self._raw_printed)

    def _raw_printed(self, entry: PrintLogEntry, _latency: float) -> None:
        if entry.ok or entry.document != "label":
            return
        self.in_message(translate(
            "WarehouseWorkspace", "The label printer did not take the label ({error}). "
            "Ctrl+P prints it again.").format(error=entry.error), RED)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in a combo, check box or time field of the scan-in form saves; time fields
        # take N (now), arrows from empty (now) and Ctrl+Del (empty).
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                    isinstance(watched, QComboBox) and watched.view().isVisible()):
                self.save_in()
                return True
            if isinstance(watched, QDateTimeEdit) and self.forms.time_key(watched, event):
                return True
        return super().eventFilter(watched, event)
