"""Two lists of the 通知 tab (issue 20), beside today's reminders:

* ``RepliesPanel`` — the customers' replies read from the provider (the last 7 days), each
  with the parcels it was shown on; a reply asking for a return, a door delivery or no more
  messages is highlighted for the clerk to read and decide (nothing is done automatically);
* ``QrDialog`` — a notice's text as a QR code (the copy-text fallback);
* ``ConsentBar`` — asked at scan-in for a 自取 parcel whose recipient has no answer on record;
* ``ConsentRegisterPanel`` — the whole consent register (X-7), newest first: search by the
  phone's tail, filter by answer and by state (valid, expired, superseded); phones in full only
  for a supervisor.

Hand-built widgets: a search row and a table each.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.errors import DomainError
from counter_app.domain.notify import ConsentChannel, ConsentDecision, ReplyIntent
from counter_app.domain.staff import StaffMember, mask_phone
from counter_app.domain.warehouse_stay import StayRecord
from counter_app.services.app import AppServices
from counter_app.services.notify_register import EntryState
from counter_app.ui.deferred import deferred
from counter_app.ui.look import ERROR_STYLE, WARN_STYLE
from counter_app.ui.messages import describe
from counter_app.ui.messages_notify import (
    channel_name,
    decision_name,
    entry_state_name,
    intent_name,
)
from counter_app.ui.widgets.tables import fill_table, selected_key

if TYPE_CHECKING:
    from counter_app.reports.qr import qr_matrix
else:  # imported on first use: not at start-up (issue 18 §4)
    qr_matrix = deferred("counter_app.reports.qr", "qr_matrix")

translate = QCoreApplication.translate

INTENT_COLOURS = {ReplyIntent.RETURN.value: "#ffc8c8", ReplyIntent.DOOR.value: "#ffe8b0",
                  ReplyIntent.STOP.value: "#dddddd"}
"""Highlight of a reply by what it asks."""
EXPIRED_COLOUR = "#eeeeee"


def _combo(items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _table() -> QTableWidget:
    table = QTableWidget()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    return table


def _paint_row(table: QTableWidget, row: int, colour: str, tip: str = "") -> None:
    for col in range(table.columnCount()):
        if (item := table.item(row, col)) is not None:
            item.setBackground(QColor(colour))
            if tip:
                item.setToolTip(tip)


class RepliesPanel(QWidget):
    """The customers' replies of the last days (see the module)."""

    open_waybill = Signal(str)
    """The clerk opened a reply: show its (main) parcel."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """An empty list until ``refresh``."""
        super().__init__(parent)
        self.setObjectName("replies_panel")
        self._services = services
        self._operator: StaffMember | None = None
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.reader_label = QLabel()
        self.reader_label.setObjectName("reply_reader_label")
        self.reader_label.setWordWrap(True)
        self.table = _table()
        self.table.setObjectName("replies_table")
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refresh_replies_button")
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.reader_label, 1)
        row.addWidget(self.refresh_button)
        layout.addLayout(row)
        self.refresh_button.clicked.connect(lambda: self.refresh(self._operator))
        self.table.itemActivated.connect(lambda _item: self._open())
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.hint_label.setText(translate(
            "NotifyPanels", "Replies to the station's SMS, last 7 days. Coloured ones ask for a "
            "return, a door delivery or no more messages: read them and decide — nothing is "
            "done automatically."))
        self.refresh_button.setText(translate("NotifyPanels", "Refresh"))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "table"):
            self.retranslate()
            if self._operator is not None:
                self.refresh(self._operator)
        super().changeEvent(event)

    def refresh(self, operator: StaffMember | None) -> None:
        """Reload the replies (and say whether this PC reads them)."""
        self._operator = operator
        if operator is None:
            return
        notify = self._services.notify
        try:
            views = notify.replies(operator)
            reads = notify.reads_replies()
        except DomainError as err:
            self.reader_label.setText(describe(err))
            self.reader_label.setStyleSheet(ERROR_STYLE)
            return
        self.reader_label.setStyleSheet("")
        self.reader_label.setText(
            translate("NotifyPanels", "This PC reads the replies from the SMS provider.")
            if reads else translate(
                "NotifyPanels", "Replies are read by the PC that holds the provider's key "
                "(with a reply queue set in Settings → Notices)."))
        rows: list[list[str]] = []
        for view in views:
            reply = view.reply
            rows.append([
                reply.received_at.strftime("%m-%d %H:%M"), view.phone,
                intent_name(reply.intent),
                " ".join(reply.waybills) if reply.waybills
                else translate("NotifyPanels", "no notice in the last 7 days"),
                reply.text])
        fill_table(self.table, [
            translate("NotifyPanels", "Received"), translate("NotifyPanels", "From"),
            translate("NotifyPanels", "Asks"), translate("NotifyPanels", "Parcels"),
            translate("NotifyPanels", "Reply")], rows,
            [v.reply.waybills[0] if v.reply.waybills else "" for v in views])
        tip = translate("NotifyPanels", "Read it and decide: nothing is done automatically.")
        for index, view in enumerate(views):
            if colour := INTENT_COLOURS.get(view.reply.intent):
                _paint_row(self.table, index, colour, tip)

    def _open(self) -> None:
        key = selected_key(self.table)
        if isinstance(key, str) and key:
            self.open_waybill.emit(key)


class ConsentRegisterPanel(QWidget):
    """The consent register on screen (see the module)."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """An empty list until ``refresh``."""
        super().__init__(parent)
        self.setObjectName("consent_register_panel")
        self._services = services
        self._operator: StaffMember | None = None
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("register_search_edit")
        self.search_edit.setMaxLength(20)
        self.decision_combo = QComboBox()
        self.decision_combo.setObjectName("register_decision_combo")
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("register_state_combo")
        for combo in (self.decision_combo, self.state_combo):  # never widen the window
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.count_label = QLabel()
        self.count_label.setObjectName("register_count_label")
        self.table = _table()
        self.table.setObjectName("register_table")
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.decision_combo)
        row.addWidget(self.state_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(lambda: self.refresh(self._operator))
        self.search_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.decision_combo.currentIndexChanged.connect(lambda _i: self.refresh(self._operator))
        self.state_combo.currentIndexChanged.connect(lambda _i: self.refresh(self._operator))
        self.retranslate()

    def retranslate(self) -> None:
        """Texts and choices in the current language (the choice made is kept)."""
        self.search_edit.setPlaceholderText(translate(
            "NotifyPanels", "Phone: last digits as shown, or the whole number"))
        for combo, items in (
                (self.decision_combo, [(translate("NotifyPanels", "All answers"), None)]
                 + [(decision_name(d), d) for d in ConsentDecision]),
                (self.state_combo, [(translate("NotifyPanels", "All states"), None)]
                 + [(entry_state_name(s.value), s) for s in EntryState])):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "table"):
            self.retranslate()
            if self._operator is not None:
                self.refresh(self._operator)
        super().changeEvent(event)

    def refresh(self, operator: StaffMember | None) -> None:
        """Reload the register with the search and filters."""
        self._operator = operator
        if operator is None:
            return
        decision = self.decision_combo.currentData()
        state = self.state_combo.currentData()
        try:
            lines = self._services.notify.register_lines(  # Qt keeps enum values as str
                operator, self.search_edit.text(),
                ConsentDecision(decision) if decision else None,
                EntryState(state) if state else None)
        except DomainError as err:
            self.count_label.setText(describe(err))
            self.count_label.setStyleSheet(ERROR_STYLE)
            return
        self.count_label.setStyleSheet("")
        self.count_label.setText(translate("NotifyPanels", "{n} entries").format(n=len(lines)))
        fill_table(self.table, [
            translate("NotifyPanels", "Phone"), translate("NotifyPanels", "State"),
            translate("NotifyPanels", "Answer"), translate("NotifyPanels", "Channel"),
            translate("NotifyPanels", "Valid until"), translate("NotifyPanels", "Recorded"),
            translate("NotifyPanels", "By"), translate("NotifyPanels", "Waybill"),
            translate("NotifyPanels", "Note")],
            [[line.phone, entry_state_name(line.state.value),
              decision_name(line.consent.decision), channel_name(line.consent.channel),
              line.consent.valid_until.isoformat(),
              line.consent.recorded_at.strftime("%Y-%m-%d %H:%M"), line.consent.recorded_by,
              line.consent.waybill_no, line.consent.note] for line in lines],
            [line.consent.id for line in lines])
        for index, line in enumerate(lines):
            if line.state is not EntryState.VALID:
                _paint_row(self.table, index, EXPIRED_COLOUR)


def qr_pixmap(text: str, module: int = 6) -> QPixmap:
    """The text as a QR code the customer's or the clerk's phone scans (copy-text fallback)."""
    matrix = qr_matrix(text)
    border = 4
    side = (len(matrix) + 2 * border) * module
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                painter.fillRect((c + border) * module, (r + border) * module, module, module,
                                 QColor("black"))
    painter.end()
    return QPixmap.fromImage(image)


class QrDialog(QDialog):
    """The notice's text and its QR code, for a station without an SMS provider."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        """Show ``text`` and its QR code."""
        super().__init__(parent)
        self.setObjectName("notice_qr_dialog")
        self.setWindowTitle(translate("NotifyPages", "Notice as QR code"))
        layout = QVBoxLayout(self)
        self.code_label = QLabel()
        self.code_label.setPixmap(qr_pixmap(text))
        layout.addWidget(self.code_label)
        body = QLabel(text)
        body.setWordWrap(True)
        layout.addWidget(body)
        close = QPushButton(translate("NotifyPages", "Close"))
        close.clicked.connect(self.accept)
        layout.addWidget(close)


class ConsentBar(QWidget):
    """Under the scan-in result: "no consent on record for this recipient — ask now"; the
    clerk picks the answer and the channel and records it, or ignores it (the parcel is then
    flagged on the board and the 通知 tab). Never takes the focus from the scan field."""

    recorded = Signal()

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Build the bar, hidden."""
        super().__init__(parent)
        self.setObjectName("consent_bar")
        self._services = services
        self._operator: StaffMember | None = None
        self._stay: StayRecord | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.question_label = QLabel()
        self.question_label.setStyleSheet(WARN_STYLE)
        self.question_label.setWordWrap(True)
        self.decision_combo = _combo([(decision_name(d), d) for d in ConsentDecision])
        self.channel_combo = _combo([(channel_name(c), c) for c in ConsentChannel])
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(ConsentChannel.PHONE))
        self.record_button = QPushButton()
        self.record_button.setObjectName("consent_record_button")
        self.record_button.clicked.connect(self.record)
        row.addWidget(self.question_label, 1)
        for w in (self.decision_combo, self.channel_combo, self.record_button):
            row.addWidget(w)
        self.hide()

    def after_scan_in(self, operator: StaffMember, stay: StayRecord) -> bool:
        """Issue 20 after a saved scan-in: the arrival notice when the station sends it at
        scan-in, then the consent question; True when the question is shown."""
        with suppress(DomainError):  # the notice can still be sent from the Notices tab
            self._services.notify.after_scan_in(operator, stay)
        return self.offer(operator, stay)

    def offer(self, operator: StaffMember, stay: StayRecord) -> bool:
        """After a scan-in: show the question when the parcel waits for collection and its
        recipient has no valid answer on record; True when shown."""
        from counter_app.domain.notify import collected_by_customer

        self._operator, self._stay = operator, stay
        ask = self._services.notify.needs_consent_question(
            operator, stay.phone, collected_by_customer(stay.reason, stay.details))
        if ask:
            self.question_label.setText(translate(
                "NotifyPages", "X-7: {phone} has not agreed to collect at the station. Ask "
                "and record the answer:").format(phone=mask_phone(stay.phone)))
            self.record_button.setText(translate("NotifyPages", "Record"))
        self.setVisible(ask)
        return ask

    def record(self) -> None:
        """Record the answer for the last scanned-in parcel."""
        if self._operator is None or self._stay is None:
            return
        try:
            self._services.notify.record_consent(
                self._operator, self._stay.phone,
                ConsentDecision(self.decision_combo.currentData()),
                ConsentChannel(self.channel_combo.currentData()),
                waybill=self._stay.waybill_no)
        except DomainError as err:
            self.question_label.setText(describe(err))
            return
        self.hide()
        self.recorded.emit()
