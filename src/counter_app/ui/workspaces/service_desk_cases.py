"""The 客服 workspace's claims (CS-7: the 15-day window, the 30 / 15-day settlement, the offer,
the letters, finance within 3 days) and complaints (CS-6: the supervisor's ruling, the month's
report as PDF or XLSX) pages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog

from counter_app.domain.errors import DomainError, FieldInvalid
from counter_app.domain.service_desk import (
    Claim,
    ClaimKind,
    ClaimTooLate,
    Complaint,
    OfferKind,
    Ruling,
    claim_urgency,
)
from counter_app.domain.staff import StaffMember
from counter_app.paths import report_font
from counter_app.services.service_desk_cases import (
    ClaimDraft,
    ComplaintDraft,
    LetterKind,
    MonthComplaints,
    RulingDraft,
)
from counter_app.ui.deferred import deferred
from counter_app.ui.messages import describe
from counter_app.ui.messages_desk import claim_kind_name, offer_name, ruling_name
from counter_app.ui.tasks import run_in_background, save_in_background
from counter_app.ui.widgets.tables import fill_table, selected_key
from counter_app.ui.workspaces.service_desk_base import DeskPage, days_text

if TYPE_CHECKING:
    from counter_app.reports.claim_letters import render_claim_letter
    from counter_app.reports.service_desk_lists import render_complaints_xlsx
    from counter_app.reports.service_desk_pdf import render_complaints_pdf
else:  # imported on first use: not at start-up (issue 18 §4)
    render_claim_letter = deferred("counter_app.reports.claim_letters", "render_claim_letter")
    render_complaints_xlsx = deferred("counter_app.reports.service_desk_lists",
                                      "render_complaints_xlsx")
    render_complaints_pdf = deferred("counter_app.reports.service_desk_pdf",
                                     "render_complaints_pdf")

translate = QCoreApplication.translate


class DeskCasesPage(DeskPage):
    """Claims and complaints."""

    claims: list[Claim]
    selected_claim: Claim | None
    complaints: MonthComplaints | None
    selected_complaint: Complaint | None

    def _connect_cases(self) -> None:
        ui = self.ui
        self.claims, self.selected_claim = [], None
        self.complaints, self.selected_complaint = None, None
        ui.open_claim_button.clicked.connect(self.open_claim)
        ui.claims_table.itemSelectionChanged.connect(self._select_claim)
        ui.offer_button.clicked.connect(self.record_offer)
        ui.agree_button.clicked.connect(self.agree_claim)
        ui.finance_button.clicked.connect(self.hand_to_finance)
        ui.notice_button.clicked.connect(lambda: self.save_letter(LetterKind.NOTICE))
        ui.result_button.clicked.connect(lambda: self.save_letter(LetterKind.RESULT))
        ui.log_complaint_button.clicked.connect(self.log_complaint)
        ui.complaints_table.itemSelectionChanged.connect(self._select_complaint)
        ui.rule_button.clicked.connect(self.rule_complaint)
        ui.complaints_export_button.clicked.connect(self.export_complaints)
        ui.complaints_pdf_button.clicked.connect(self.export_complaints_pdf)

    # --- claims (CS-7) ----------------------------------------------------------------------

    def claim_draft(self) -> ClaimDraft:
        """The claim form as typed; a bad date names the field (the form keeps it)."""
        ui = self.ui
        typed = ui.claim_sent_edit.text().strip()
        try:
            sent_on = date.fromisoformat(typed) if typed else None
        except ValueError:
            raise FieldInvalid("sent_on", "date") from None
        return ClaimDraft(
            waybill=ui.claim_waybill_edit.text(), kind=ClaimKind(ui.claim_kind_combo.currentData()),
            claimant_name=ui.claimant_name_edit.text(),
            claimant_phone=ui.claimant_phone_edit.text(),
            description=ui.claim_description_edit.text(), sent_on=sent_on)

    def open_claim(self) -> None:
        """Register the written claim (refused after the 15-day window)."""
        ui = self.ui
        if self._submit(
                ui.claim_form_message_label,
                lambda op: self._desk.open_claim(op, self.claim_draft()),
                lambda claim: translate(
                    "ServiceDesk", "Claim #{n} registered: settle by {day}.").format(
                    n=claim.id, day=claim.settle_by.isoformat()),
                (ui.claim_waybill_edit, ui.claim_sent_edit, ui.claimant_name_edit,
                 ui.claimant_phone_edit, ui.claim_description_edit),
                explain=_claim_error) is not None:
            self.refresh_claims()

    def refresh_claims(self) -> None:
        """The open claims, soonest settlement deadline first."""
        if self._operator is None:
            return
        operator = self._operator
        run_in_background(lambda: self._desk.claims(operator), self._show_claims,
                          self._claims_failed, parent=self._widget)

    def _claims_failed(self, err: BaseException) -> None:
        if not isinstance(err, DomainError):
            raise err
        self._say(self.ui.claim_message_label, describe(err), error=True)

    def _show_claims(self, claims: list[Claim]) -> None:
        self.claims = claims
        today = self._services.clock.now().date()
        rows = [[c.settle_by.isoformat(),
                 days_text((c.settle_by - today).days),
                 c.waybill_no, claim_kind_name(c.kind), c.claimant_name,
                 _offer_text(c), c.agreed_on.isoformat() if c.agreed_on else "—",
                 c.finance_by.isoformat() if c.finance_by else "—"] for c in claims]
        fill_table(self.ui.claims_table, [
            translate("ServiceDesk", "Settle by"), translate("ServiceDesk", "Left"),
            translate("ServiceDesk", "Waybill"), translate("ServiceDesk", "Kind"),
            translate("ServiceDesk", "Claimant"), translate("ServiceDesk", "Offer"),
            translate("ServiceDesk", "Agreed"), translate("ServiceDesk", "To finance by")],
            rows, [c.id for c in claims])
        for row, c in enumerate(claims):
            self._paint(self.ui.claims_table, row, claim_urgency(c, today))
        if self.selected_claim is not None:
            self.selected_claim = next((c for c in claims if c.id == self.selected_claim.id),
                                       None)

    def _select_claim(self) -> None:
        key = selected_key(self.ui.claims_table)
        self.selected_claim = next((c for c in self.claims if c.id == key), None)

    def show_claim(self, claim_id: int) -> None:
        """Open the claims page on one claim (from the desk's deadline list)."""
        self.ui.pages.setCurrentWidget(self.ui.claims_tab)
        table = self.ui.claims_table
        for row in range(table.rowCount()):
            cell = table.item(row, 0)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == claim_id:
                table.selectRow(row)
                table.setFocus()

    def _claim_action(self, action: str) -> None:
        claim = self.selected_claim
        if claim is None or claim.id is None:
            self._say(self.ui.claim_message_label,
                      translate("ServiceDesk", "Select a claim in the list first."), error=True)
            return
        claim_id, version = claim.id, claim.version
        offer, amount = OfferKind(self.ui.offer_combo.currentData()), self.ui.amount_edit.text()
        runs: dict[str, tuple[str, Callable[[StaffMember], Claim]]] = {
            "offer": (translate("ServiceDesk", "Offer recorded for claim #{n}."),
                      lambda op: self._desk.offer(op, claim_id, offer, amount, version)),
            "agree": (translate("ServiceDesk", "Claim #{n} agreed: letters to finance by "
                                "{day}."),
                      lambda op: self._desk.agree(op, claim_id, version)),
            "finance": (translate("ServiceDesk", "Claim #{n} handed to finance."),
                        lambda op: self._desk.hand_to_finance(op, claim_id, version)),
        }
        text, run = runs[action]
        done = self._submit(
            self.ui.claim_message_label, run,
            lambda c: text.format(n=c.id, day=c.finance_by.isoformat() if c.finance_by else ""),
            failed=lambda _err: self.refresh_claims())  # a stale edit: take the newer version
        if done is not None:
            self.selected_claim = done
            self.refresh_claims()

    def record_offer(self) -> None:
        """Record the offer (a free re-send, or an amount)."""
        self._claim_action("offer")

    def agree_claim(self) -> None:
        """The customer agreed to the offer."""
        self._claim_action("agree")

    def hand_to_finance(self) -> None:
        """The letters went to finance."""
        self._claim_action("finance")

    def save_letter(self, kind: LetterKind) -> None:
        """Render a claim letter to a PDF file the clerk names (off the GUI thread)."""
        claim = self.selected_claim
        if self._operator is None or claim is None or claim.id is None:
            self._say(self.ui.claim_message_label,
                      translate("ServiceDesk", "Select a claim in the list first."), error=True)
            return
        try:
            letter = self._desk.claim_letter(self._operator, claim.id, kind)
        except DomainError as err:
            self._say(self.ui.claim_message_label, describe(err), error=True)
            return
        title = "理赔通知函" if kind is LetterKind.NOTICE else "理赔结果回复函"
        name = f"{title}-{claim.waybill_no}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self._widget, translate("ServiceDesk", "Save the letter"), str(Path.home() / name),
            "PDF (*.pdf)")
        if not path:
            return
        font = report_font()
        save_in_background(
            Path(path), lambda target: target.write_bytes(render_claim_letter(letter, font)),
            lambda saved: self._say(self.ui.claim_message_label, translate(
                "ServiceDesk", "Saved {file}.").format(file=saved.name)),
            lambda err: self._say(self.ui.claim_message_label, translate(
                "ServiceDesk", "The letter was not saved: {why}").format(
                why=type(err).__name__), error=True),
            parent=self._widget)

    # --- complaints (CS-6) ------------------------------------------------------------------

    def log_complaint(self) -> None:
        """Record the complaint as typed."""
        ui = self.ui
        if self._submit(
                ui.complaint_message_label,
                lambda op: self._desk.log_complaint(op, ComplaintDraft(
                    ui.complaint_waybill_edit.text(), ui.complaint_caller_edit.text(),
                    ui.complaint_phone_edit.text(), ui.complaint_content_edit.text(),
                    ui.customer_evidence_edit.text())),
                lambda c: translate("ServiceDesk", "Complaint #{n} recorded.").format(n=c.id),
                (ui.complaint_waybill_edit, ui.complaint_caller_edit, ui.complaint_phone_edit,
                 ui.complaint_content_edit, ui.customer_evidence_edit)) is not None:
            self.refresh_complaints()

    def refresh_complaints(self) -> None:
        """This month's complaints with their rulings."""
        if self._operator is None:
            return
        operator, today = self._operator, self._services.clock.now().date()
        run_in_background(lambda: self._desk.complaints_month(operator, today),
                          self._show_complaints, self._claims_failed, parent=self._widget)

    def _show_complaints(self, month: MonthComplaints) -> None:
        self.complaints = month
        rows = [[c.received_at.strftime("%m-%d %H:%M"), c.waybill_no, c.caller_name,
                 c.content, ruling_name(c.ruling) if c.ruling else "—", c.staff_member,
                 str(c.fine) if c.fine is not None else ""] for c in month.complaints]
        fill_table(self.ui.complaints_table, [
            translate("ServiceDesk", "Received"), translate("ServiceDesk", "Waybill"),
            translate("ServiceDesk", "Caller"), translate("ServiceDesk", "Complaint"),
            translate("ServiceDesk", "Ruling"), translate("ServiceDesk", "Staff member"),
            translate("ServiceDesk", "Fine")], rows, [c.id for c in month.complaints])
        self.ui.complaint_group.setTitle(translate(
            "ServiceDesk", "New complaint (CS-6) · {month}: {n} complaints, {upheld} upheld, "
            "{open} not ruled, fines {fines} 元").format(
            month=month.month, n=len(month.complaints), upheld=month.upheld,
            open=month.unruled, fines=month.fines))

    def _select_complaint(self) -> None:
        key = selected_key(self.ui.complaints_table)
        found = self.complaints.complaints if self.complaints else ()
        self.selected_complaint = next((c for c in found if c.id == key), None)

    def rule_complaint(self) -> None:
        """The supervisor's ruling on the selected complaint."""
        complaint = self.selected_complaint
        ui = self.ui
        if complaint is None or complaint.id is None:
            self._say(ui.ruling_message_label,
                      translate("ServiceDesk", "Select a complaint in the list first."),
                      error=True)
            return
        complaint_id, version = complaint.id, complaint.version
        draft = RulingDraft(Ruling(ui.ruling_combo.currentData()), ui.solution_edit.text(),
                            ui.staff_member_edit.text(), ui.staff_evidence_edit.text(),
                            fine=ui.fine_edit.text())
        if self._submit(
                ui.ruling_message_label,
                lambda op: self._desk.rule_complaint(op, complaint_id, draft, version),
                lambda _c: translate("ServiceDesk", "Ruling recorded."),
                (ui.solution_edit, ui.staff_member_edit, ui.staff_evidence_edit, ui.fine_edit),
                failed=lambda _err: self.refresh_complaints()) is not None:
            self.refresh_complaints()

    def _month_report(self, suffix: str,
                      render: Callable[[MonthComplaints, str], bytes]) -> None:
        if self._operator is None:
            return
        operator, today = self._operator, self._services.clock.now().date()
        name = self._station_name()
        self._export(f"投诉记录-{today.strftime('%Y-%m')}.{suffix}",
                     lambda: render(self._desk.complaints_month(operator, today), name),
                     self.ui.ruling_message_label,
                     "PDF (*.pdf)" if suffix == "pdf" else "Excel (*.xlsx)")

    def export_complaints(self) -> None:
        """The month's complaints as XLSX for the supervisor."""
        self._month_report("xlsx", render_complaints_xlsx)

    def export_complaints_pdf(self) -> None:
        """The month's complaints as PDF for the supervisor (CS-6)."""
        font = report_font()
        self._month_report("pdf", lambda month, _name: render_complaints_pdf(month, font))


def _offer_text(claim: Claim) -> str:
    if claim.offer is None:
        return "—"
    if claim.offer is OfferKind.AMOUNT:
        return translate("ServiceDesk", "{amount} 元").format(amount=claim.amount)
    return offer_name(claim.offer)


def _claim_error(err: DomainError) -> str:
    if isinstance(err, ClaimTooLate):
        return translate(
            "ServiceDesk", "Too late: a written claim must come within 15 days of sending "
            "({sent}), that is by {last}. The customer has waived the claim (CS-7).").format(
            sent=err.sent_on.isoformat(), last=err.last_day.isoformat())
    return describe(err)
