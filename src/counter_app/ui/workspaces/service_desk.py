"""客服 workspace (F6, issue 19): enquiries logged in seconds with the parcel view beside them,
the deadline list (open enquiries and the claims due, their count on the F6 tab for everyone
on the desk), the checklists of 000 第二类, problem parcels, the notebook and the week's
exceptions. Claims and complaints (``service_desk_cases``), pickups, drivers and the desk's
settings (``service_desk_pickups``) are pages of the same workspace."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QWidget

from counter_app.domain.errors import DomainError, FieldInvalid, StaleEdit
from counter_app.domain.scanning import ScanEvent, ScanOutcome
from counter_app.domain.service_desk import (
    CHECKLISTS,
    CallerKind,
    Channel,
    ClaimKind,
    Enquiry,
    EnquiryCase,
    EnquiryKind,
    OfferKind,
    Ruling,
    Urgency,
)
from counter_app.domain.staff import Permission, StaffMember, allowed
from counter_app.paths import report_font
from counter_app.services.app import AppServices
from counter_app.services.desk_ports import DeskNote
from counter_app.services.service_desk import (
    Attention,
    EnquiryBoard,
    EnquiryDraft,
    ProblemDraft,
    ProblemLine,
    WeekSummary,
)
from counter_app.ui.deferred import deferred
from counter_app.ui.forms.ui_service_desk_workspace import Ui_ServiceDeskWorkspace
from counter_app.ui.messages import describe, field_label
from counter_app.ui.messages_desk import (
    caller_kind_name,
    case_name,
    channel_name,
    claim_kind_name,
    enquiry_kind_name,
    offer_name,
    ruling_name,
    step_name,
    urgency_name,
)
from counter_app.ui.parcel_view import ParcelPanel
from counter_app.ui.people import People
from counter_app.ui.tasks import run_in_background
from counter_app.ui.widgets.fields import disable_input_method
from counter_app.ui.widgets.tables import fill_table, selected_key
from counter_app.ui.workspaces.base import ScanFeedback, Workspace
from counter_app.ui.workspaces.service_desk_base import days_text
from counter_app.ui.workspaces.service_desk_cases import DeskCasesPage
from counter_app.ui.workspaces.service_desk_pickups import DeskPickupsPage

if TYPE_CHECKING:
    from counter_app.reports.service_desk_lists import render_week_xlsx
    from counter_app.reports.service_desk_pdf import render_week_pdf
else:  # imported on first use: not at start-up (issue 18 §4)
    render_week_xlsx = deferred("counter_app.reports.service_desk_lists", "render_week_xlsx")
    render_week_pdf = deferred("counter_app.reports.service_desk_pdf", "render_week_pdf")

translate = QCoreApplication.translate

REFRESH_MS = 30_000

def due_text(minutes_left: int) -> str:
    """"in 12 min" / "overdue 5 min" / "in 3 h 10 min"."""
    if minutes_left < 0:
        late = -minutes_left
        return (translate("ServiceDesk", "overdue {h} h {m} min").format(h=late // 60, m=late % 60)
                if late >= 60 else
                translate("ServiceDesk", "overdue {m} min").format(m=late))
    return (translate("ServiceDesk", "in {h} h {m} min").format(h=minutes_left // 60,
                                                                 m=minutes_left % 60)
            if minutes_left >= 60 else
            translate("ServiceDesk", "in {m} min").format(m=minutes_left))


class ServiceDeskWorkspace(DeskCasesPage, DeskPickupsPage, Workspace):
    """The customer-service desk.

    Signals:
        title_changed(): the tab title (with the count of enquiries needing an answer) changed.
    """

    title_changed = Signal()

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Build the pages; nothing is read until an operator is named."""
        super().__init__(parent)
        self.ui = ui = Ui_ServiceDeskWorkspace()
        ui.setupUi(self)
        self.setObjectName("service_workspace")
        self._services = services
        self._people = People(services.staff.names)
        self._desk = services.service_desk
        self._operator: StaffMember | None = None
        self.attention = Attention(0, 0)
        self.board: EnquiryBoard | None = None
        self.selected: Enquiry | None = None
        self.parcel = ParcelPanel(services.parcels, ui.parcel_holder)
        ui.parcel_holder_layout.addWidget(self.parcel)
        for edit in (ui.waybill_edit, ui.caller_phone_edit, ui.sender_phone_edit,
                     ui.recipient_phone_edit, ui.note_waybill_edit, ui.problem_waybill_edit,
                     ui.problem_deadline_edit, ui.pickup_phone_edit, ui.claim_waybill_edit,
                     ui.claimant_phone_edit, ui.claim_sent_edit, ui.amount_edit,
                     ui.complaint_waybill_edit, ui.complaint_phone_edit, ui.fine_edit):
            disable_input_method(edit)
        ui.log_button.clicked.connect(self.log_enquiry)
        ui.answer_button.clicked.connect(self.answer_selected)
        ui.save_progress_button.clicked.connect(self.save_progress)
        ui.open_table.itemSelectionChanged.connect(self._select)
        ui.open_table.cellActivated.connect(lambda _row, _col: self._open_claim_line())
        ui.case_combo.currentIndexChanged.connect(self._fill_checklist)
        ui.caller_kind_combo.currentIndexChanged.connect(self._caller_kind_changed)
        ui.waybill_edit.returnPressed.connect(self._waybill_entered)
        ui.add_note_button.clicked.connect(self.add_note)
        ui.note_edit.returnPressed.connect(self.add_note)
        ui.note_search_button.clicked.connect(self.search_notes)
        ui.note_search_edit.returnPressed.connect(self.search_notes)
        ui.week_button.clicked.connect(self.show_week)
        ui.week_export_button.clicked.connect(self.export_week)
        ui.week_pdf_button.clicked.connect(self.export_week_pdf)
        self.problems: list[ProblemLine] = []
        self.selected_problem: ProblemLine | None = None
        ui.log_problem_button.clicked.connect(self.log_problem)
        ui.problems_table.itemSelectionChanged.connect(self._select_problem)
        ui.add_action_button.clicked.connect(self.add_action)
        ui.action_edit.returnPressed.connect(self.add_action)
        ui.close_problem_button.clicked.connect(self.close_problem)
        today = services.clock.now().date()
        self._connect_cases()
        self._connect_pickups(today)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            for target, slot in ((ui.question_edit, self.log_enquiry),
                                 (ui.reply_edit, self.answer_selected)):
                shortcut = QShortcut(QKeySequence(keys), target)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(slot)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh_attention)
        monday = today - timedelta(days=today.weekday())
        ui.week_start_edit.setDate(QDate(monday.year, monday.month, monday.day))
        self._retranslate()

    # --- workspace --------------------------------------------------------------------------

    @override
    def title(self) -> str:
        base = translate("Workspaces", "Service desk")
        return f"{base} ({self.attention.total})" if self.attention.total else base

    def watch(self, operator: StaffMember) -> None:
        """Keep the F6 count current for everyone logged in on this PC (CS-2)."""
        self._operator = operator
        self.parcel.activate(operator)
        self.refresh_attention()
        self._timer.start()

    @override
    def activate(self, operator: StaffMember) -> None:
        self._operator = operator
        self._people.refresh()
        self.parcel.activate(operator)
        if allowed(operator.role, Permission.USE_SERVICE_DESK):
            self.refresh_board()
            self.search_notes()
            self.refresh_claims()
            self.refresh_complaints()
            self.refresh_problems()
            self.show_pickups()
            self.show_courier_notices()
        self.ui.rule_button.setEnabled(allowed(operator.role, Permission.RULE_COMPLAINTS))
        settings = allowed(operator.role, Permission.EDIT_STATION_SETTINGS)
        self.ui.pages.setTabVisible(self.ui.pages.indexOf(self.ui.desk_settings_tab), settings)
        if settings:
            self.load_desk_settings()
        self.ui.waybill_edit.setFocus()

    @override
    def handle_scan(self, event: ScanEvent) -> ScanFeedback:
        """A scan on the desk: the waybill of the next enquiry (or of a note), and its view."""
        page = self.ui.pages.currentWidget()
        if page is self.ui.notebook_tab:
            self.ui.note_waybill_edit.setText(event.number)
            self.ui.note_edit.setFocus()
        elif page is self.ui.problems_tab:
            self.ui.problem_waybill_edit.setText(event.number)
            self.ui.from_point_edit.setFocus()
        elif page is self.ui.claims_tab:
            self.ui.claim_waybill_edit.setText(event.number)
            self.ui.claimant_name_edit.setFocus()
        elif page is self.ui.complaints_tab:
            self.ui.complaint_waybill_edit.setText(event.number)
            self.ui.complaint_caller_edit.setFocus()
        else:
            self.ui.waybill_edit.setText(event.number)
            self.parcel.show_number(event.number)
            self.ui.caller_name_edit.setFocus()
        return ScanFeedback(ScanOutcome.ACCEPTED, translate("ServiceDesk", "Waybill read"),
                            event.number)

    # --- the count and the board ---------------------------------------------------------

    def refresh_attention(self) -> None:
        """Reload the counts on the tab (off the GUI thread)."""
        if self._operator is None:
            return
        operator = self._operator
        # a count refreshed behind the clerk's work: no progress dialog takes the input
        run_in_background(lambda: self._desk.attention(operator), self._attention_loaded,
                          lambda _err: None, parent=self, quiet=True)

    def _attention_loaded(self, attention: Attention) -> None:
        if attention != self.attention:
            self.attention = attention
            self.title_changed.emit()

    def refresh_board(self) -> None:
        """Reload the open enquiries, soonest deadline first."""
        if self._operator is None:
            return
        operator = self._operator
        run_in_background(lambda: self._desk.board(operator), self._show_board,
                          self._board_failed, parent=self)

    def _show_board(self, board: EnquiryBoard) -> None:
        """Enquiries and claims due on one list by deadline (a claim's day ends at 24:00)."""
        self.board = board
        self._attention_loaded(Attention(board.overdue, board.nearly_due, len(board.claims)))
        keep = self.selected.id if self.selected else None
        today = board.as_of.date()
        rows: list[tuple[datetime, list[str], object, Urgency]] = [
            (line.enquiry.due_at,
             [line.enquiry.due_at.strftime("%m-%d %H:%M"), due_text(line.minutes_left),
              urgency_name(line.urgency), line.enquiry.waybill_no,
              enquiry_kind_name(line.enquiry.kind),
              line.enquiry.caller_point or line.enquiry.caller_name,
              line.enquiry.question.replace("\n", " ")], line.enquiry.id, line.urgency)
            for line in board.lines]
        rows += [
            (datetime.combine(line.due, time.max),
             [line.due.strftime("%m-%d"), days_text((line.due - today).days),
              urgency_name(line.urgency), line.claim.waybill_no,
              translate("ServiceDesk", "Claim: {kind}").format(
                  kind=claim_kind_name(line.claim.kind)),
              line.claim.claimant_name,
              (translate("ServiceDesk", "settle by {day}") if line.claim.agreed_on is None
               else translate("ServiceDesk", "letters to finance by {day}")).format(
                  day=line.due.isoformat())],
             f"claim:{line.claim.id}", line.urgency)
            for line in board.claims]
        rows.sort(key=lambda row: row[0])
        fill_table(self.ui.open_table, self._open_headers(), [row[1] for row in rows],
                   [row[2] for row in rows])
        for index, row in enumerate(rows):
            self._paint(self.ui.open_table, index, row[3])
        self.ui.open_count_label.setText(translate(
            "ServiceDesk", "{n} open · {overdue} overdue · {soon} nearly due · {claims} claim(s) "
            "due (sorted by deadline; Enter on a claim opens it)").format(
            n=len(board.lines), overdue=board.overdue, soon=board.nearly_due,
            claims=len(board.claims)))
        if keep is not None:
            for row_index in range(self.ui.open_table.rowCount()):
                cell = self.ui.open_table.item(row_index, 0)
                if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == keep:
                    self.ui.open_table.selectRow(row_index)

    def _open_claim_line(self) -> None:
        """Enter (or a double click) on a claim of the deadline list opens it on its page."""
        key = selected_key(self.ui.open_table)
        if isinstance(key, str) and key.startswith("claim:"):
            self.show_claim(int(key.removeprefix("claim:")))

    def _board_failed(self, err: BaseException) -> None:
        if not isinstance(err, DomainError):
            raise err
        self.ui.open_count_label.setText(describe(err))

    # --- logging an enquiry (CS-1) -------------------------------------------------------

    def _waybill_entered(self) -> None:
        self.parcel.show_number(self.ui.waybill_edit.text())
        self.ui.caller_name_edit.setFocus()

    def _caller_kind_changed(self) -> None:
        point = self.ui.caller_kind_combo.currentData() == CallerKind.NETWORK_POINT.value
        self.ui.caller_point_edit.setEnabled(point)

    def draft(self) -> EnquiryDraft:
        """The enquiry form as typed."""
        ui = self.ui
        return EnquiryDraft(
            waybill=ui.waybill_edit.text(), kind=EnquiryKind(ui.kind_combo.currentData()),
            channel=Channel(ui.channel_combo.currentData()),
            caller_kind=CallerKind(ui.caller_kind_combo.currentData()),
            caller_name=ui.caller_name_edit.text(), caller_phone=ui.caller_phone_edit.text(),
            question=ui.question_edit.toPlainText(),
            caller_point=ui.caller_point_edit.text() if ui.caller_point_edit.isEnabled() else "",
            sender_phone=ui.sender_phone_edit.text(),
            recipient_phone=ui.recipient_phone_edit.text(),
            sender_address=ui.sender_address_edit.text(),
            recipient_address=ui.recipient_address_edit.text())

    def log_enquiry(self) -> None:
        """Log the enquiry; the form empties only once it is stored."""
        ui = self.ui
        enquiry = self._submit(
            ui.log_message_label, lambda op: self._desk.log(op, self.draft()),
            lambda e: translate("ServiceDesk", "Enquiry #{n} logged: reply due {due}.").format(
                n=e.id, due=e.due_at.strftime("%m-%d %H:%M")),
            (ui.waybill_edit, ui.caller_name_edit, ui.caller_phone_edit, ui.caller_point_edit,
             ui.sender_phone_edit, ui.recipient_phone_edit, ui.sender_address_edit,
             ui.recipient_address_edit, ui.question_edit))
        if enquiry is not None:
            self.selected = enquiry
            self.refresh_board()
            ui.waybill_edit.setFocus()

    # --- the selected enquiry (CS-5 checklist, the answer) -------------------------------

    def _select(self) -> None:
        key = selected_key(self.ui.open_table)
        if self.board is None or key is None:
            return
        line = next((x for x in self.board.lines if x.enquiry.id == key), None)
        if line is None:
            return
        if self.selected is None or self.selected.id != key:
            self.ui.reply_edit.clear()
        self.selected = enquiry = line.enquiry
        missing = ", ".join(field_label(name) for name in enquiry.missing())
        text = translate("ServiceDesk", "#{n} {number} · {caller} {phone} · received {at} · "
                         "due {due}").format(
            n=enquiry.id, number=enquiry.waybill_no,
            caller=enquiry.caller_point or enquiry.caller_name, phone=enquiry.caller_phone,
            at=enquiry.received_at.strftime("%m-%d %H:%M"),
            due=enquiry.due_at.strftime("%m-%d %H:%M"))
        if missing:
            text += "\n" + translate("ServiceDesk", "Still to ask (X-4): {fields}").format(
                fields=missing)
        self.ui.selected_label.setText(text)
        index = self.ui.case_combo.findData(enquiry.case.value if enquiry.case else "")
        self.ui.case_combo.setCurrentIndex(max(index, 0))
        self._fill_checklist()
        if self.parcel.view is None or self.parcel.view.waybill_no != enquiry.waybill_no:
            self.parcel.show_number(enquiry.waybill_no)

    def _fill_checklist(self) -> None:
        checklist = self.ui.checklist_list
        checklist.clear()
        value = self.ui.case_combo.currentData()
        if not value:
            return
        done = set(self.selected.checked) if self.selected else set()
        for step in CHECKLISTS[EnquiryCase(value)]:
            entry = QListWidgetItem(step_name(step), checklist)
            entry.setData(Qt.ItemDataRole.UserRole, step)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if step in done
                                else Qt.CheckState.Unchecked)

    def _checked(self) -> tuple[str, ...]:
        checklist = self.ui.checklist_list
        return tuple(
            str(checklist.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(checklist.count())
            if checklist.item(i).checkState() == Qt.CheckState.Checked)

    def save_progress(self) -> None:
        """Store the case and the checklist steps done."""
        selected = self.selected
        if selected is None or selected.id is None:
            return
        value = self.ui.case_combo.currentData()
        done = self._submit(
            self.ui.answer_message_label,
            lambda op: self._desk.save_progress(op, selected.id or 0,
                                                EnquiryCase(value) if value else None,
                                                self._checked(), selected.version),
            lambda _e: translate("ServiceDesk", "Checklist saved."), failed=self._edit_failed)
        if done is not None:
            self.selected = done
            self.refresh_board()

    def answer_selected(self) -> None:
        """Record the reply; the enquiry leaves the open list."""
        selected, ui = self.selected, self.ui
        if selected is None or selected.id is None:
            self._say(ui.answer_message_label,
                      translate("ServiceDesk", "Select an enquiry in the open list first."),
                      error=True)
            return
        enquiry_id, version, reply = selected.id, selected.version, ui.reply_edit.toPlainText()
        if self._submit(
                ui.answer_message_label,
                lambda op: self._desk.answer(op, enquiry_id, reply, version),
                lambda e: (translate("ServiceDesk", "Enquiry #{n} answered late.") if e.late()
                           else translate("ServiceDesk", "Enquiry #{n} answered in time.")
                           ).format(n=e.id),
                (ui.reply_edit,), failed=self._edit_failed) is not None:
            self.selected = None
            ui.selected_label.clear()
            ui.checklist_list.clear()
            self.refresh_board()

    def _edit_failed(self, err: DomainError) -> None:
        if isinstance(err, StaleEdit) and self._operator and self.selected is not None \
                and self.selected.id is not None:
            # keep what was typed; take the newer version so Save again is deliberate
            self.selected = self._desk.enquiry(self._operator, self.selected.id)
            self.refresh_board()

    # --- notebook and week (CS-9, X-3) ---------------------------------------------------

    def add_note(self) -> None:
        """Write the note (with its waybill, if any) into the notebook."""
        ui = self.ui
        if self._submit(ui.note_message_label,
                        lambda op: self._desk.add_note(op, ui.note_edit.text(),
                                                       ui.note_waybill_edit.text()),
                        lambda _n: translate("ServiceDesk", "Note added."),
                        (ui.note_edit, ui.note_waybill_edit)) is not None:
            self.search_notes()

    def search_notes(self) -> None:
        """Show the notebook, filtered by the search field."""
        if self._operator is None or not allowed(self._operator.role,
                                                 Permission.USE_SERVICE_DESK):
            return
        operator, text = self._operator, self.ui.note_search_edit.text()
        run_in_background(lambda: self._desk.notes(operator, text), self._show_notes,
                          lambda err: self._say(self.ui.note_message_label,
                                                describe(err) if isinstance(err, DomainError)
                                                else str(type(err).__name__), error=True),
                          parent=self)

    def _show_notes(self, notes: list[DeskNote]) -> None:
        rows = [[n.at.strftime("%Y-%m-%d %H:%M"), self._people.label(n.by), n.waybill_no, n.text]
                for n in notes]
        fill_table(self.ui.notes_table, [translate("ServiceDesk", "When"),
                                         translate("ServiceDesk", "Who"),
                                         translate("ServiceDesk", "Waybill"),
                                         translate("ServiceDesk", "Note")],
                   rows, list(range(len(rows))))

    def show_week(self) -> None:
        """The week's exceptions for the supervisor (CS-9)."""
        if self._operator is None:
            return
        operator, start = self._operator, self.ui.week_start_edit.date().toPython()
        assert isinstance(start, date)
        run_in_background(lambda: self._desk.week_summary(operator, start), self._show_week,
                          lambda err: self.ui.week_summary_label.setText(
                              describe(err) if isinstance(err, DomainError) else ""),
                          parent=self)

    def _show_week(self, week: WeekSummary) -> None:
        self.ui.week_summary_label.setText(translate(
            "ServiceDesk", "{start} – {end}: {n} enquiries, {late} answered late, {open} still "
            "open ({overdue} overdue), {complaints} complaints, {problems} problem parcels "
            "open, {claims} claims due.").format(
            start=week.start.isoformat(), end=week.end.isoformat(), n=week.received,
            late=len(week.answered_late), open=len(week.still_open),
            overdue=len(week.overdue_open),
            complaints=len(week.complaints) + len(week.complaint_records),
            problems=len(week.open_problems), claims=len(week.claims_due)))
        rows: list[list[str]] = []
        for what, items in ((translate("ServiceDesk", "Answered late"), week.answered_late),
                            (translate("ServiceDesk", "Overdue, not answered"),
                             week.overdue_open),
                            (translate("ServiceDesk", "Complaint"), week.complaints)):
            rows += [[what, e.waybill_no, e.received_at.strftime("%m-%d %H:%M"),
                      e.due_at.strftime("%m-%d %H:%M"),
                      e.answered_at.strftime("%m-%d %H:%M") if e.answered_at else "—",
                      enquiry_kind_name(e.kind)] for e in items]
        rows += [[translate("ServiceDesk", "Complaint"), c.waybill_no,
                  c.received_at.strftime("%m-%d %H:%M"), "—",
                  c.ruled_at.strftime("%m-%d %H:%M") if c.ruled_at else "—",
                  ruling_name(c.ruling) if c.ruling else translate("ServiceDesk", "not ruled")]
                 for c in week.complaint_records]
        rows += [[translate("ServiceDesk", "Problem parcel open"), p.waybill_no,
                  p.received_at.strftime("%m-%d %H:%M"), p.deadline.strftime("%m-%d %H:%M"),
                  "—", p.from_point] for p in week.open_problems]
        rows += [[translate("ServiceDesk", "Claim due"), line.claim.waybill_no,
                  line.claim.claimed_on.strftime("%m-%d"), line.due.strftime("%m-%d"), "—",
                  claim_kind_name(line.claim.kind)] for line in week.claims_due]
        fill_table(self.ui.week_table, [
            translate("ServiceDesk", "Exception"), translate("ServiceDesk", "Waybill"),
            translate("ServiceDesk", "Received"), translate("ServiceDesk", "Due"),
            translate("ServiceDesk", "Answered"), translate("ServiceDesk", "Kind")],
            rows, list(range(len(rows))))

    def _export_week(self, suffix: str, render: Callable[[WeekSummary, str], bytes]) -> None:
        if self._operator is None:
            return
        operator, start = self._operator, self.ui.week_start_edit.date().toPython()
        assert isinstance(start, date)
        name = self._station_name()
        self._export(f"客服周汇总-{start.isoformat()}.{suffix}",
                     lambda: render(self._desk.week_summary(operator, start), name),
                     self.ui.week_summary_label,
                     "PDF (*.pdf)" if suffix == "pdf" else "Excel (*.xlsx)")

    def export_week(self) -> None:
        """The week's exceptions as XLSX for the supervisor."""
        self._export_week("xlsx", render_week_xlsx)

    def export_week_pdf(self) -> None:
        """The week's exceptions as PDF for the supervisor (CS-9)."""
        font = report_font()
        self._export_week("pdf", lambda week, _name: render_week_pdf(week, font))

    # --- outgoing problem parcels (CS-4) ----------------------------------------------------

    def log_problem(self) -> None:
        """Record the other point's message; the table shows our 底单 beside it."""
        ui = self.ui

        def log(op: StaffMember) -> ProblemLine:
            typed = ui.problem_deadline_edit.text().strip()
            try:
                deadline = datetime.fromisoformat(typed) if typed else None
            except ValueError:
                raise FieldInvalid("deadline", "date_time") from None
            return self._desk.log_problem(op, ProblemDraft(
                ui.problem_waybill_edit.text(), ui.from_point_edit.text(),
                ui.problem_message_edit.text(), deadline))

        line = self._submit(
            ui.problem_form_message_label, log,
            lambda x: translate(
                "ServiceDesk", "Problem #{n} recorded: the other side returns it after {due}."
            ).format(n=x.problem.id, due=x.problem.deadline.strftime("%m-%d %H:%M")),
            (ui.problem_waybill_edit, ui.from_point_edit, ui.problem_deadline_edit,
             ui.problem_message_edit))
        if line is not None:
            self.selected_problem = line
            self.refresh_problems()

    def refresh_problems(self) -> None:
        """The open outgoing problem parcels, soonest deadline first."""
        if self._operator is None:
            return
        operator = self._operator
        run_in_background(lambda: self._desk.open_problems(operator), self._show_problems,
                          self._problems_failed, parent=self)

    def _problems_failed(self, err: BaseException) -> None:
        if not isinstance(err, DomainError):
            raise err
        self._say(self.ui.problem_message_label, describe(err), error=True)

    def _show_problems(self, lines: list[ProblemLine]) -> None:
        self.problems = lines
        rows = [[x.problem.deadline.strftime("%m-%d %H:%M"),
                 translate("ServiceDesk", "Overdue") if x.overdue else "",
                 x.problem.waybill_no, x.problem.from_point, x.problem.message,
                 str(len(x.problem.actions)),
                 translate("ServiceDesk", "yes") if x.counter_record else
                 translate("ServiceDesk", "no 底单")] for x in lines]
        fill_table(self.ui.problems_table, [
            translate("ServiceDesk", "Their deadline"), translate("ServiceDesk", "State"),
            translate("ServiceDesk", "Waybill"), translate("ServiceDesk", "From"),
            translate("ServiceDesk", "Message"), translate("ServiceDesk", "Steps"),
            translate("ServiceDesk", "Our record")], rows, [x.problem.id for x in lines])
        for row, x in enumerate(lines):
            if x.overdue:
                self._paint(self.ui.problems_table, row, Urgency.OVERDUE)
        keep = self.selected_problem.problem.id if self.selected_problem else None
        self.selected_problem = next((x for x in lines if x.problem.id == keep), None)
        self._show_problem_record()

    def _select_problem(self) -> None:
        key = selected_key(self.ui.problems_table)
        self.selected_problem = next((x for x in self.problems if x.problem.id == key), None)
        self._show_problem_record()

    def _show_problem_record(self) -> None:
        line = self.selected_problem
        if line is None:
            self.ui.problem_record_label.clear()
            return
        if line.counter_record is None:
            text = translate("ServiceDesk", "#{n}: no counter record (底单) here: ask the "
                             "courier who collected it.").format(n=line.problem.id)
        else:
            r = line.counter_record
            text = translate("ServiceDesk", "#{n} 底单: sender {sender} {phone}, {address}; "
                             "contents {contents}; to {recipient} {recipient_phone}").format(
                n=line.problem.id, sender=r["sender_name"], phone=r["sender_phone"],
                address=r["sender_address"], contents=r["contents"],
                recipient=r["recipient_name"], recipient_phone=r["recipient_phone"])
        steps = [f"{a.at.strftime('%m-%d %H:%M')} {self._people.label(a.by)}: {a.text}"
                 for a in line.problem.actions]
        self.ui.problem_record_label.setText("\n".join([text, *steps]))

    def _problem_edit(self, close: bool) -> None:
        line, ui = self.selected_problem, self.ui
        if line is None or line.problem.id is None:
            self._say(ui.problem_message_label,
                      translate("ServiceDesk", "Select a problem in the list first."),
                      error=True)
            return
        problem_id, version = line.problem.id, line.problem.version
        outcome, step = ui.outcome_edit.text(), ui.action_edit.text()
        if self._submit(
                ui.problem_message_label,
                (lambda op: self._desk.close_problem(op, problem_id, outcome, version)) if close
                else (lambda op: self._desk.add_action(op, problem_id, step, version)),
                lambda p: (translate("ServiceDesk", "Problem #{n} closed.") if close else
                           translate("ServiceDesk", "Step recorded on problem #{n}.")
                           ).format(n=p.id),
                (ui.outcome_edit if close else ui.action_edit,),
                failed=lambda _err: self.refresh_problems()) is not None:  # stale: reload
            self.refresh_problems()

    def add_action(self) -> None:
        """Record a step taken on the selected problem."""
        self._problem_edit(close=False)

    def close_problem(self) -> None:
        """Settle the selected problem with its outcome."""
        self._problem_edit(close=True)

    # --- helpers ---------------------------------------------------------------------------

    def _open_headers(self) -> list[str]:
        return [translate("ServiceDesk", "Due"), translate("ServiceDesk", "Left"),
                translate("ServiceDesk", "State"), translate("ServiceDesk", "Waybill"),
                translate("ServiceDesk", "Kind"), translate("ServiceDesk", "Caller"),
                translate("ServiceDesk", "Question")]

    def _fill_combos(self) -> None:
        for combo, items in (
            (self.ui.kind_combo, [(enquiry_kind_name(k), k.value) for k in EnquiryKind]),
            (self.ui.channel_combo, [(channel_name(c), c.value) for c in Channel]),
            (self.ui.caller_kind_combo, [(caller_kind_name(c), c.value) for c in CallerKind]),
            (self.ui.claim_kind_combo, [(claim_kind_name(k), k.value) for k in ClaimKind]),
            (self.ui.offer_combo, [(offer_name(o), o.value) for o in OfferKind]),
            (self.ui.ruling_combo, [(ruling_name(r), r.value) for r in Ruling]),
            (self.ui.case_combo, [(translate("ServiceDesk", "— choose the case —"), ""),
                                  *[(case_name(c), c.value) for c in EnquiryCase]]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        self._caller_kind_changed()

    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_combos()
        if self.board is not None:
            self._show_board(self.board)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

