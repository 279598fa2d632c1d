"""客服 workspace (F6, issue 19): enquiries logged in seconds with the parcel view beside them,
the open list sorted by deadline (its count on the F6 tab for everyone on the desk), the
checklists of 000 第二类, the notebook and the week's exceptions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidgetItem, QWidget

from counter_app.domain.errors import DomainError, FieldInvalid, StaleEdit
from counter_app.domain.scanning import ScanEvent, ScanOutcome
from counter_app.domain.service_desk import (
    CHECKLISTS,
    CallerKind,
    Channel,
    Claim,
    ClaimKind,
    ClaimTooLate,
    Complaint,
    Enquiry,
    EnquiryCase,
    EnquiryKind,
    OfferKind,
    PickupOrder,
    ReplyClock,
    Ruling,
    Urgency,
    branches_text,
    parse_branches,
)
from counter_app.domain.staff import Permission, StaffMember, allowed
from counter_app.paths import report_font
from counter_app.services.app import AppServices
from counter_app.services.desk_ports import DeskNote
from counter_app.services.service_desk import (
    Attention,
    ClaimDraft,
    ComplaintDraft,
    CourierNotice,
    EnquiryBoard,
    EnquiryDraft,
    LetterKind,
    MonthComplaints,
    PickupDraft,
    PickupResult,
    ProblemDraft,
    ProblemLine,
    RulingDraft,
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
from counter_app.ui.tasks import run_in_background, save_in_background
from counter_app.ui.widgets.fields import disable_input_method
from counter_app.ui.widgets.tables import fill_table, selected_key
from counter_app.ui.workspaces.base import ScanFeedback, Workspace

if TYPE_CHECKING:
    from counter_app.reports.claim_letters import render_claim_letter
    from counter_app.reports.service_desk_lists import (
        render_complaints_xlsx,
        render_pickups_pdf,
        render_week_xlsx,
    )
else:  # imported on first use: not at start-up (issue 18 §4)
    render_claim_letter = deferred("counter_app.reports.claim_letters", "render_claim_letter")
    render_complaints_xlsx = deferred("counter_app.reports.service_desk_lists",
                                      "render_complaints_xlsx")
    render_pickups_pdf = deferred("counter_app.reports.service_desk_lists", "render_pickups_pdf")
    render_week_xlsx = deferred("counter_app.reports.service_desk_lists", "render_week_xlsx")

translate = QCoreApplication.translate

URGENCY_COLOURS = {Urgency.OVERDUE: "#ffcdd2", Urgency.NEARLY_DUE: "#fff3c4"}
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


class ServiceDeskWorkspace(Workspace):
    """The customer-service desk.

    Signals:
        title_changed(): the tab title (with the count of enquiries needing an answer) changed.
    """

    title_changed = Signal()

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Build the pages; nothing is read until an operator is named."""
        super().__init__(parent)
        self.ui = Ui_ServiceDeskWorkspace()
        self.ui.setupUi(self)
        self.setObjectName("service_workspace")
        self._services = services
        self._desk = services.service_desk
        self._operator: StaffMember | None = None
        self.attention = Attention(0, 0)
        self.board: EnquiryBoard | None = None
        self.selected: Enquiry | None = None
        self.parcel = ParcelPanel(services.parcels, self.ui.parcel_holder)
        self.ui.parcel_holder_layout.addWidget(self.parcel)
        for edit in (self.ui.waybill_edit, self.ui.caller_phone_edit, self.ui.sender_phone_edit,
                     self.ui.recipient_phone_edit, self.ui.note_waybill_edit):
            disable_input_method(edit)
        self.ui.log_button.clicked.connect(self.log_enquiry)
        self.ui.answer_button.clicked.connect(self.answer_selected)
        self.ui.save_progress_button.clicked.connect(self.save_progress)
        self.ui.open_table.itemSelectionChanged.connect(self._select)
        self.ui.case_combo.currentIndexChanged.connect(self._fill_checklist)
        self.ui.caller_kind_combo.currentIndexChanged.connect(self._caller_kind_changed)
        self.ui.waybill_edit.returnPressed.connect(self._waybill_entered)
        self.ui.add_note_button.clicked.connect(self.add_note)
        self.ui.note_edit.returnPressed.connect(self.add_note)
        self.ui.note_search_button.clicked.connect(self.search_notes)
        self.ui.note_search_edit.returnPressed.connect(self.search_notes)
        self.ui.week_button.clicked.connect(self.show_week)
        self.ui.week_export_button.clicked.connect(self.export_week)
        self.ui.save_clock_button.clicked.connect(self.save_clock)
        self.ui.save_branches_button.clicked.connect(self.save_branches)
        self._clock_version: int | None = None
        self._branches_version: int | None = None
        self.ui.complaints_export_button.clicked.connect(self.export_complaints)
        self.claims: list[Claim] = []
        self.selected_claim: Claim | None = None
        self.complaints: MonthComplaints | None = None
        self.selected_complaint: Complaint | None = None
        today = services.clock.now().date()
        self.problems: list[ProblemLine] = []
        self.selected_problem: ProblemLine | None = None
        self.ui.log_problem_button.clicked.connect(self.log_problem)
        self.ui.problems_table.itemSelectionChanged.connect(self._select_problem)
        self.ui.add_action_button.clicked.connect(self.add_action)
        self.ui.action_edit.returnPressed.connect(self.add_action)
        self.ui.close_problem_button.clicked.connect(self.close_problem)
        disable_input_method(self.ui.problem_waybill_edit)
        disable_input_method(self.ui.problem_deadline_edit)
        self.ui.pickup_button.clicked.connect(self.take_pickup)
        self.ui.pickups_button.clicked.connect(self.show_pickups)
        self.ui.pickups_print_button.clicked.connect(self.export_pickups)
        disable_input_method(self.ui.pickup_phone_edit)
        self.ui.pickup_day_edit.setDate(QDate(today.year, today.month, today.day))
        self.ui.open_claim_button.clicked.connect(self.open_claim)
        self.ui.claims_table.itemSelectionChanged.connect(self._select_claim)
        self.ui.offer_button.clicked.connect(self.record_offer)
        self.ui.agree_button.clicked.connect(self.agree_claim)
        self.ui.finance_button.clicked.connect(self.hand_to_finance)
        self.ui.notice_button.clicked.connect(lambda: self.save_letter(LetterKind.NOTICE))
        self.ui.result_button.clicked.connect(lambda: self.save_letter(LetterKind.RESULT))
        self.ui.log_complaint_button.clicked.connect(self.log_complaint)
        self.ui.complaints_table.itemSelectionChanged.connect(self._select_complaint)
        self.ui.rule_button.clicked.connect(self.rule_complaint)
        for edit in (self.ui.claim_waybill_edit, self.ui.claimant_phone_edit,
                     self.ui.claim_sent_edit, self.ui.amount_edit,
                     self.ui.complaint_waybill_edit, self.ui.complaint_phone_edit,
                     self.ui.fine_edit):
            disable_input_method(edit)
        for keys, target in (("Ctrl+Return", self.ui.question_edit),
                             ("Ctrl+Enter", self.ui.question_edit)):
            shortcut = QShortcut(QKeySequence(keys), target)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.log_enquiry)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.ui.reply_edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.answer_selected)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh_attention)
        monday = today - timedelta(days=today.weekday())
        self.ui.week_start_edit.setDate(QDate(monday.year, monday.month, monday.day))
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
        self.board = board
        self._attention_loaded(Attention(board.overdue, board.nearly_due))
        keep = self.selected.id if self.selected else None
        rows = [[line.enquiry.due_at.strftime("%m-%d %H:%M"), due_text(line.minutes_left),
                 urgency_name(line.urgency), line.enquiry.waybill_no,
                 enquiry_kind_name(line.enquiry.kind),
                 line.enquiry.caller_point or line.enquiry.caller_name,
                 line.enquiry.question.replace("\n", " ")] for line in board.lines]
        fill_table(self.ui.open_table, self._open_headers(), rows,
                   [line.enquiry.id for line in board.lines])
        for row, line in enumerate(board.lines):
            if colour := URGENCY_COLOURS.get(line.urgency):
                for column in range(self.ui.open_table.columnCount()):
                    if (cell := self.ui.open_table.item(row, column)) is not None:
                        cell.setBackground(QColor(colour))
        self.ui.open_count_label.setText(translate(
            "ServiceDesk", "{n} open · {overdue} overdue · {soon} nearly due (sorted by "
            "deadline)").format(n=len(board.lines), overdue=board.overdue,
                                soon=board.nearly_due))
        if keep is not None:
            for row in range(self.ui.open_table.rowCount()):
                cell = self.ui.open_table.item(row, 0)
                if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == keep:
                    self.ui.open_table.selectRow(row)

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
        if self._operator is None:
            return
        try:
            enquiry = self._desk.log(self._operator, self.draft())
        except DomainError as err:
            self._say(self.ui.log_message_label, describe(err), error=True)
            return
        self._say(self.ui.log_message_label, translate(
            "ServiceDesk", "Enquiry #{n} logged: reply due {due}.").format(
            n=enquiry.id, due=enquiry.due_at.strftime("%m-%d %H:%M")))
        for edit in (self.ui.waybill_edit, self.ui.caller_name_edit, self.ui.caller_phone_edit,
                     self.ui.caller_point_edit, self.ui.sender_phone_edit,
                     self.ui.recipient_phone_edit, self.ui.sender_address_edit,
                     self.ui.recipient_address_edit):
            edit.clear()
        self.ui.question_edit.clear()
        self.selected = enquiry
        self.refresh_board()
        self.ui.waybill_edit.setFocus()

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
        if self._operator is None or self.selected is None or self.selected.id is None:
            return
        value = self.ui.case_combo.currentData()
        try:
            self.selected = self._desk.save_progress(
                self._operator, self.selected.id, EnquiryCase(value) if value else None,
                self._checked(), self.selected.version)
        except DomainError as err:
            self._edit_failed(err)
            return
        self._say(self.ui.answer_message_label, translate("ServiceDesk", "Checklist saved."))
        self.refresh_board()

    def answer_selected(self) -> None:
        """Record the reply; the enquiry leaves the open list."""
        if self._operator is None or self.selected is None or self.selected.id is None:
            self._say(self.ui.answer_message_label,
                      translate("ServiceDesk", "Select an enquiry in the open list first."),
                      error=True)
            return
        try:
            answered = self._desk.answer(self._operator, self.selected.id,
                                         self.ui.reply_edit.toPlainText(),
                                         self.selected.version)
        except DomainError as err:
            self._edit_failed(err)
            return
        note = (translate("ServiceDesk", "Enquiry #{n} answered late.") if answered.late()
                else translate("ServiceDesk", "Enquiry #{n} answered in time."))
        self._say(self.ui.answer_message_label, note.format(n=answered.id))
        self.selected = None
        self.ui.reply_edit.clear()
        self.ui.selected_label.clear()
        self.ui.checklist_list.clear()
        self.refresh_board()

    def _edit_failed(self, err: DomainError) -> None:
        self._say(self.ui.answer_message_label, describe(err), error=True)
        if isinstance(err, StaleEdit) and self._operator and self.selected is not None \
                and self.selected.id is not None:
            # keep what was typed; take the newer version so Save again is deliberate
            self.selected = self._desk.enquiry(self._operator, self.selected.id)
            self.refresh_board()

    # --- notebook and week (CS-9, X-3) ---------------------------------------------------

    def add_note(self) -> None:
        """Write the note (with its waybill, if any) into the notebook."""
        if self._operator is None:
            return
        try:
            self._desk.add_note(self._operator, self.ui.note_edit.text(),
                                self.ui.note_waybill_edit.text())
        except DomainError as err:
            self._say(self.ui.note_message_label, describe(err), error=True)
            return
        self.ui.note_edit.clear()
        self.ui.note_waybill_edit.clear()
        self._say(self.ui.note_message_label, translate("ServiceDesk", "Note added."))
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
        rows = [[n.at.strftime("%Y-%m-%d %H:%M"), n.by, n.waybill_no, n.text] for n in notes]
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
            "open ({overdue} overdue), {complaints} complaints.").format(
            start=week.start.isoformat(), end=week.end.isoformat(), n=week.received,
            late=len(week.answered_late), open=len(week.still_open),
            overdue=len(week.overdue_open), complaints=len(week.complaints)))
        rows: list[list[str]] = []
        for what, items in ((translate("ServiceDesk", "Answered late"), week.answered_late),
                            (translate("ServiceDesk", "Overdue, not answered"),
                             week.overdue_open),
                            (translate("ServiceDesk", "Complaint"), week.complaints)):
            rows += [[what, e.waybill_no, e.received_at.strftime("%m-%d %H:%M"),
                      e.due_at.strftime("%m-%d %H:%M"),
                      e.answered_at.strftime("%m-%d %H:%M") if e.answered_at else "—",
                      enquiry_kind_name(e.kind)] for e in items]
        fill_table(self.ui.week_table, [
            translate("ServiceDesk", "Exception"), translate("ServiceDesk", "Waybill"),
            translate("ServiceDesk", "Received"), translate("ServiceDesk", "Due"),
            translate("ServiceDesk", "Answered"), translate("ServiceDesk", "Kind")],
            rows, list(range(len(rows))))

    # --- outgoing problem parcels (CS-4) ----------------------------------------------------

    def log_problem(self) -> None:
        """Record the other point's message; the table shows our 底单 beside it."""
        if self._operator is None:
            return
        ui = self.ui
        typed = ui.problem_deadline_edit.text().strip()
        try:
            try:
                deadline = datetime.fromisoformat(typed) if typed else None
            except ValueError:
                raise FieldInvalid("deadline", "date_time") from None
            line = self._desk.log_problem(self._operator, ProblemDraft(
                ui.problem_waybill_edit.text(), ui.from_point_edit.text(),
                ui.problem_message_edit.text(), deadline))
        except DomainError as err:
            self._say(ui.problem_form_message_label, describe(err), error=True)
            return
        self._say(ui.problem_form_message_label, translate(
            "ServiceDesk", "Problem #{n} recorded: the other side returns it after {due}."
        ).format(n=line.problem.id, due=line.problem.deadline.strftime("%m-%d %H:%M")))
        for edit in (ui.problem_waybill_edit, ui.from_point_edit, ui.problem_deadline_edit,
                     ui.problem_message_edit):
            edit.clear()
        self.selected_problem = line
        self.refresh_problems()

    def refresh_problems(self) -> None:
        """The open outgoing problem parcels, soonest deadline first."""
        if self._operator is None:
            return
        operator = self._operator
        run_in_background(lambda: self._desk.open_problems(operator), self._show_problems,
                          self._claims_failed, parent=self)

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
                for column in range(self.ui.problems_table.columnCount()):
                    if (cell := self.ui.problems_table.item(row, column)) is not None:
                        cell.setBackground(QColor(URGENCY_COLOURS[Urgency.OVERDUE]))
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
        steps = [f"{a.at.strftime('%m-%d %H:%M')} {a.by}: {a.text}"
                 for a in line.problem.actions]
        self.ui.problem_record_label.setText("\n".join([text, *steps]))

    def _problem_edit(self, close: bool) -> None:
        line = self.selected_problem
        if self._operator is None or line is None or line.problem.id is None:
            self._say(self.ui.problem_message_label,
                      translate("ServiceDesk", "Select a problem in the list first."),
                      error=True)
            return
        try:
            if close:
                self._desk.close_problem(self._operator, line.problem.id,
                                         self.ui.outcome_edit.text(), line.problem.version)
                self.ui.outcome_edit.clear()
                text = translate("ServiceDesk", "Problem #{n} closed.")
            else:
                self._desk.add_action(self._operator, line.problem.id,
                                      self.ui.action_edit.text(), line.problem.version)
                self.ui.action_edit.clear()
                text = translate("ServiceDesk", "Step recorded on problem #{n}.")
        except DomainError as err:
            self._say(self.ui.problem_message_label, describe(err), error=True)
            self.refresh_problems()  # a stale edit: take the newer version
            return
        self._say(self.ui.problem_message_label, text.format(n=line.problem.id))
        self.refresh_problems()

    def add_action(self) -> None:
        """Record a step taken on the selected problem."""
        self._problem_edit(close=False)

    def close_problem(self) -> None:
        """Settle the selected problem with its outcome."""
        self._problem_edit(close=True)

    # --- pickup orders (CS-8) ---------------------------------------------------------------

    def take_pickup(self) -> None:
        """Take the order; say which courier, when, and what to tell the caller."""
        if self._operator is None:
            return
        ui = self.ui
        try:
            result = self._desk.log_pickup(self._operator, PickupDraft(
                ui.pickup_caller_edit.text(), ui.pickup_phone_edit.text(),
                ui.pickup_address_edit.text(), ui.pickup_note_edit.text()))
        except DomainError as err:
            self._say(ui.pickup_message_label, describe(err), error=True)
            return
        self._say(ui.pickup_message_label, pickup_text(result), error=result.courier is None)
        for edit in (ui.pickup_caller_edit, ui.pickup_phone_edit, ui.pickup_address_edit,
                     ui.pickup_note_edit):
            edit.clear()
        day = result.order.not_before.date()
        ui.pickup_day_edit.setDate(QDate(day.year, day.month, day.day))
        self.show_pickups()

    def show_pickups(self) -> None:
        """The chosen day's pickups, by courier (the list each courier gets)."""
        if self._operator is None:
            return
        operator, day = self._operator, self.ui.pickup_day_edit.date().toPython()
        assert isinstance(day, date)
        run_in_background(lambda: self._desk.pickups_for(operator, day), self._fill_pickups,
                          self._claims_failed, parent=self)

    def show_courier_notices(self) -> None:
        """Couriers' area and phone changes of the week, above the pickup form (CS-8)."""
        if self._operator is None:
            return
        operator = self._operator
        run_in_background(lambda: self._desk.courier_notices(operator), self._show_notices,
                          self._claims_failed, parent=self)

    def _show_notices(self, notices: list[CourierNotice]) -> None:
        lines = [translate("ServiceDesk", "{at} {courier}: area {before} → {after}")
                 if n.what == "area" else
                 translate("ServiceDesk", "{at} {courier}: phone {before} → {after}")
                 for n in notices]
        self.ui.pickup_message_label.setStyleSheet("color: #8a4b00;")
        self.ui.pickup_message_label.setText("\n".join(
            line.format(at=n.at.strftime("%m-%d"), courier=n.courier, before=n.before,
                        after=n.after) for line, n in zip(lines, notices, strict=True)))

    def _fill_pickups(self, orders: list[PickupOrder]) -> None:
        rows = [[o.courier_name or translate("ServiceDesk", "(no courier: 分点)"),
                 o.not_before.strftime("%H:%M"), o.caller_name, o.caller_phone, o.address,
                 o.note] for o in orders]
        fill_table(self.ui.pickups_table, [
            translate("ServiceDesk", "Courier"), translate("ServiceDesk", "From"),
            translate("ServiceDesk", "Caller"), translate("ServiceDesk", "Phone"),
            translate("ServiceDesk", "Address"), translate("ServiceDesk", "Note")],
            rows, list(range(len(rows))))

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
        if self._operator is None:
            return
        try:
            claim = self._desk.open_claim(self._operator, self.claim_draft())
        except DomainError as err:
            self._say(self.ui.claim_form_message_label, _claim_error(err), error=True)
            return
        self._say(self.ui.claim_form_message_label, translate(
            "ServiceDesk", "Claim #{n} registered: settle by {day}.").format(
            n=claim.id, day=claim.settle_by.isoformat()))
        for edit in (self.ui.claim_waybill_edit, self.ui.claim_sent_edit,
                     self.ui.claimant_name_edit, self.ui.claimant_phone_edit,
                     self.ui.claim_description_edit):
            edit.clear()
        self.refresh_claims()

    def refresh_claims(self) -> None:
        """The open claims, soonest settlement deadline first."""
        if self._operator is None:
            return
        operator = self._operator
        run_in_background(lambda: self._desk.claims(operator), self._show_claims,
                          self._claims_failed, parent=self)

    def _claims_failed(self, err: BaseException) -> None:
        if not isinstance(err, DomainError):
            raise err
        self._say(self.ui.claim_message_label, describe(err), error=True)

    def _show_claims(self, claims: list[Claim]) -> None:
        self.claims = claims
        today = self._services.clock.now().date()
        rows = [[c.settle_by.isoformat(),
                 translate("ServiceDesk", "{n} day(s)").format(n=(c.settle_by - today).days),
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
            late = (c.agreed_on is None and c.settle_by < today) or (
                c.finance_by is not None and c.finance_by < today)
            if late or (c.agreed_on is None and (c.settle_by - today).days <= 3):
                for column in range(self.ui.claims_table.columnCount()):
                    if (cell := self.ui.claims_table.item(row, column)) is not None:
                        cell.setBackground(QColor(URGENCY_COLOURS[
                            Urgency.OVERDUE if late else Urgency.NEARLY_DUE]))
        if self.selected_claim is not None:
            self.selected_claim = next((c for c in claims if c.id == self.selected_claim.id),
                                       None)

    def _select_claim(self) -> None:
        key = selected_key(self.ui.claims_table)
        self.selected_claim = next((c for c in self.claims if c.id == key), None)

    def _claim_action(self, action: str) -> None:
        claim = self.selected_claim
        if self._operator is None or claim is None or claim.id is None:
            self._say(self.ui.claim_message_label,
                      translate("ServiceDesk", "Select a claim in the list first."), error=True)
            return
        try:
            if action == "offer":
                done = self._desk.offer(self._operator, claim.id,
                                        OfferKind(self.ui.offer_combo.currentData()),
                                        self.ui.amount_edit.text(), claim.version)
                text = translate("ServiceDesk", "Offer recorded for claim #{n}.")
            elif action == "agree":
                done = self._desk.agree(self._operator, claim.id, claim.version)
                text = translate("ServiceDesk", "Claim #{n} agreed: letters to finance by "
                                 "{day}.")
            else:
                done = self._desk.hand_to_finance(self._operator, claim.id, claim.version)
                text = translate("ServiceDesk", "Claim #{n} handed to finance.")
        except DomainError as err:
            self._say(self.ui.claim_message_label, describe(err), error=True)
            self.refresh_claims()  # a stale edit: take the newer version
            return
        self.selected_claim = done
        self._say(self.ui.claim_message_label, text.format(
            n=done.id, day=done.finance_by.isoformat() if done.finance_by else ""))
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
            self, translate("ServiceDesk", "Save the letter"), str(Path.home() / name),
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
            parent=self)

    # --- complaints (CS-6) --------------------------------------------------------------------

    def log_complaint(self) -> None:
        """Record the complaint as typed."""
        if self._operator is None:
            return
        ui = self.ui
        try:
            complaint = self._desk.log_complaint(self._operator, ComplaintDraft(
                ui.complaint_waybill_edit.text(), ui.complaint_caller_edit.text(),
                ui.complaint_phone_edit.text(), ui.complaint_content_edit.text(),
                ui.customer_evidence_edit.text()))
        except DomainError as err:
            self._say(ui.complaint_message_label, describe(err), error=True)
            return
        self._say(ui.complaint_message_label, translate(
            "ServiceDesk", "Complaint #{n} recorded.").format(n=complaint.id))
        for edit in (ui.complaint_waybill_edit, ui.complaint_caller_edit,
                     ui.complaint_phone_edit, ui.complaint_content_edit,
                     ui.customer_evidence_edit):
            edit.clear()
        self.refresh_complaints()

    def refresh_complaints(self) -> None:
        """This month's complaints with their rulings."""
        if self._operator is None:
            return
        operator, today = self._operator, self._services.clock.now().date()
        run_in_background(lambda: self._desk.complaints_month(operator, today),
                          self._show_complaints, self._claims_failed, parent=self)

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
        if self._operator is None or complaint is None or complaint.id is None:
            self._say(self.ui.ruling_message_label,
                      translate("ServiceDesk", "Select a complaint in the list first."),
                      error=True)
            return
        ui = self.ui
        try:
            self._desk.rule_complaint(self._operator, complaint.id, RulingDraft(
                Ruling(ui.ruling_combo.currentData()), ui.solution_edit.text(),
                ui.staff_member_edit.text(), ui.staff_evidence_edit.text(),
                fine=ui.fine_edit.text()), complaint.version)
        except DomainError as err:
            self._say(ui.ruling_message_label, describe(err), error=True)
            self.refresh_complaints()
            return
        self._say(ui.ruling_message_label, translate("ServiceDesk", "Ruling recorded."))
        for edit in (ui.solution_edit, ui.staff_member_edit, ui.staff_evidence_edit,
                     ui.fine_edit):
            edit.clear()
        self.refresh_complaints()

    # --- exports for the supervisor (CS-9, CS-6) ---------------------------------------------

    def _export(self, default_name: str, make: Callable[[], bytes], label: QLabel,
                kind: str = "Excel (*.xlsx)") -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("ServiceDesk", "Save the list"), str(Path.home() / default_name),
            kind)
        if not path:
            return
        save_in_background(
            Path(path), lambda target: target.write_bytes(make()),
            lambda saved: self._say(label, translate("ServiceDesk", "Saved {file}.").format(
                file=saved.name)),
            lambda err: self._say(label, translate(
                "ServiceDesk", "The list was not saved: {why}").format(
                why=describe(err) if isinstance(err, DomainError) else type(err).__name__),
                error=True),
            parent=self)

    def export_week(self) -> None:
        """The week's exceptions as XLSX for the supervisor."""
        if self._operator is None:
            return
        operator, start = self._operator, self.ui.week_start_edit.date().toPython()
        assert isinstance(start, date)
        station = self._services.station.profile()
        name = station.name if station else ""
        self._export(f"客服周汇总-{start.isoformat()}.xlsx",
                     lambda: render_week_xlsx(self._desk.week_summary(operator, start), name),
                     self.ui.week_summary_label)

    def export_pickups(self) -> None:
        """The chosen day's pickups, one page per courier, as PDF (CS-8)."""
        if self._operator is None:
            return
        operator, day = self._operator, self.ui.pickup_day_edit.date().toPython()
        assert isinstance(day, date)
        station = self._services.station.profile()
        name = station.name if station else ""
        font = report_font()
        self._export(f"取件清单-{day.isoformat()}.pdf",
                     lambda: render_pickups_pdf(self._desk.pickups_for(operator, day), day,
                                                name, font),
                     self.ui.pickup_message_label, "PDF (*.pdf)")

    def export_complaints(self) -> None:
        """The month's complaints as XLSX for the supervisor."""
        if self._operator is None:
            return
        operator, today = self._operator, self._services.clock.now().date()
        station = self._services.station.profile()
        name = station.name if station else ""
        self._export(f"投诉记录-{today.strftime('%Y-%m')}.xlsx",
                     lambda: render_complaints_xlsx(
                         self._desk.complaints_month(operator, today), name),
                     self.ui.ruling_message_label)

    # --- the desk's settings (CS-2 clocks, CS-8 branches; supervisor) ------------------------

    def load_desk_settings(self) -> None:
        """Show the clocks and the 分点 list with the versions a save names."""
        clock = self._desk.reply_clock_versioned()
        self._clock_version = clock.version
        ui, value = self.ui, clock.value
        ui.customer_minutes_spin.setValue(value.customer_minutes)
        ui.network_minutes_spin.setValue(value.network_minutes)
        ui.warn_minutes_spin.setValue(value.warn_minutes)
        for edit, moment in ((ui.opens_edit, value.opens), (ui.closes_edit, value.closes),
                             (ui.morning_edit, value.morning_deadline)):
            edit.setTime(QTime(moment.hour, moment.minute))
        branches = self._desk.branches_versioned()
        self._branches_version = branches.version
        ui.branches_edit.setPlainText(branches_text(branches.value))

    def save_clock(self) -> None:
        """Save the reply clocks; deadlines already promised do not move."""
        if self._operator is None:
            return
        ui = self.ui
        try:
            clock = ReplyClock(
                customer_minutes=ui.customer_minutes_spin.value(),
                network_minutes=ui.network_minutes_spin.value(),
                opens=_hm(ui.opens_edit.time()), closes=_hm(ui.closes_edit.time()),
                morning_deadline=_hm(ui.morning_edit.time()),
                warn_minutes=ui.warn_minutes_spin.value(),
                open_days=self._desk.reply_clock().open_days)
            self._desk.set_reply_clock(self._operator, clock, self._clock_version)
        except DomainError as err:
            self._say(ui.clock_message_label, describe(err), error=True)
            if isinstance(err, StaleEdit):
                self._clock_version = self._desk.reply_clock_versioned().version
            return
        self._clock_version = self._desk.reply_clock_versioned().version
        self._say(ui.clock_message_label, translate("ServiceDesk", "Reply clocks saved."))

    def save_branches(self) -> None:
        """Save the 分点 list."""
        if self._operator is None:
            return
        try:
            branches = parse_branches(self.ui.branches_edit.toPlainText())
            self._desk.set_branches(self._operator, branches, self._branches_version)
        except FieldInvalid as err:
            self._say(self.ui.branches_message_label, translate(
                "ServiceDesk", "Line {n}: write name | address | phone | district.").format(
                n=err.detail) if err.field == "branches" else describe(err), error=True)
            return
        except DomainError as err:
            self._say(self.ui.branches_message_label, describe(err), error=True)
            if isinstance(err, StaleEdit):
                self._branches_version = self._desk.branches_versioned().version
            return
        self._branches_version = self._desk.branches_versioned().version
        self._say(self.ui.branches_message_label, translate(
            "ServiceDesk", "{n} branch(es) saved.").format(n=len(branches)))

    # --- helpers ---------------------------------------------------------------------------

    def _say(self, label: QLabel, text: str, *, error: bool = False) -> None:
        label.setText(text)
        label.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")

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


def pickup_text(result: PickupResult) -> str:
    """What to tell the caller about a pickup order (CS-8)."""
    when = result.order.not_before.strftime("%m-%d %H:%M")
    if result.courier is None:
        text = translate("ServiceDesk", "No courier serves this address. Order kept for "
                         "{when}; offer the nearest branch:").format(when=when)
        if result.branch is not None:
            text += " " + translate("ServiceDesk", "{name}, {address}, {phone}").format(
                name=result.branch.name, address=result.branch.address,
                phone=result.branch.phone)
        else:
            text += " " + translate("ServiceDesk", "(no branches set)")
        return text
    text = translate("ServiceDesk", "Order for {courier} ({area}), from {when}.").format(
        courier=result.courier.name, area=result.courier.area, when=when)
    if result.morning:
        text += " " + translate("ServiceDesk", "Morning sender: give {courier}'s phone "
                                "{phone}.").format(courier=result.courier.name,
                                                   phone=result.courier.phone)
    return text


def _hm(value: QTime) -> time:
    return time(value.hour(), value.minute())
