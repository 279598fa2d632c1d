"""客服 workspace (F6, issue 19): enquiries logged in seconds with the parcel view beside them,
the open list sorted by deadline (its count on the F6 tab for everyone on the desk), the
checklists of 000 第二类, the notebook and the week's exceptions."""

from __future__ import annotations

from datetime import date, timedelta

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QListWidgetItem, QWidget

from counter_app.domain.errors import DomainError, StaleEdit
from counter_app.domain.scanning import ScanEvent, ScanOutcome
from counter_app.domain.service_desk import (
    CHECKLISTS,
    CallerKind,
    Channel,
    Enquiry,
    EnquiryCase,
    EnquiryKind,
    Urgency,
)
from counter_app.domain.staff import Permission, StaffMember, allowed
from counter_app.services.app import AppServices
from counter_app.services.desk_ports import DeskNote
from counter_app.services.service_desk import (
    Attention,
    EnquiryBoard,
    EnquiryDraft,
    WeekSummary,
)
from counter_app.ui.forms.ui_service_desk_workspace import Ui_ServiceDeskWorkspace
from counter_app.ui.messages import describe, field_label
from counter_app.ui.messages_desk import (
    caller_kind_name,
    case_name,
    channel_name,
    enquiry_kind_name,
    step_name,
    urgency_name,
)
from counter_app.ui.parcel_view import ParcelPanel
from counter_app.ui.tasks import run_in_background
from counter_app.ui.widgets.fields import disable_input_method
from counter_app.ui.widgets.tables import fill_table, selected_key
from counter_app.ui.workspaces.base import ScanFeedback, Workspace

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
        today = services.clock.now().date()
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
        self.ui.waybill_edit.setFocus()

    @override
    def handle_scan(self, event: ScanEvent) -> ScanFeedback:
        """A scan on the desk: the waybill of the next enquiry (or of a note), and its view."""
        if self.ui.pages.currentWidget() is self.ui.notebook_tab:
            self.ui.note_waybill_edit.setText(event.number)
            self.ui.note_edit.setFocus()
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
        run_in_background(lambda: self._desk.attention(operator), self._attention_loaded,
                          lambda _err: None, parent=self)

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

