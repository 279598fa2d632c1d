"""Telling the customer (issue 20) on the desk:

* ``NoticesPage`` — the warehouse's 通知 tab: one parcel's notices (send, copy text / QR code,
  sent by hand, reply, consent), today's reminders timed to WH-8 with hold / release, the
  parcels waiting for collection without consent (X-7) and the consent register export;
* ``ConsentBar`` — asked at scan-in for a 自取 parcel whose recipient has no answer on record;
* ``NotifySettingsPage`` — 设置 → 通知 (supervisor): templates with the SMS length as typed and a
  preview with a real parcel, the provider, this PC's key and a test send;
* ``NoticeSender`` (``notify_background``) — the background sender and the reply reader;
* the replies and the consent register lists are in ``notify_panels``.

Hand-built widgets (no Designer form): the pages are lists and short forms.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from typing_extensions import override

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from counter_app.domain.errors import DomainError, FieldInvalid
from counter_app.domain.json_data import int_of
from counter_app.domain.notify import (
    ConsentChannel,
    ConsentDecision,
    NoticeKind,
    NoticeStatus,
    render,
    sms_length,
)
from counter_app.domain.staff import Permission, StaffMember, allowed, mask_phone
from counter_app.domain.warehouse_stay import StayRecord
from counter_app.services.app import AppServices
from counter_app.services.notify import PlanLine, Sample, TemplateSettings
from counter_app.services.notify_ports import Credentials, NoticeRecord, ProviderSettings
from counter_app.ui.deferred import deferred
from counter_app.ui.forms.ui_notify_notices import Ui_NoticesPage
from counter_app.ui.forms.ui_notify_settings import Ui_NotifySettingsPage
from counter_app.ui.look import ERROR_STYLE, OK_STYLE, WARN_STYLE
from counter_app.ui.messages import describe
from counter_app.ui.messages_notify import (
    channel_name,
    decision_name,
    intent_name,
    kind_name,
    status_name,
)
from counter_app.ui.tasks import run_in_background, save_in_background
from counter_app.ui.widgets.tables import fill_table, selected_key
from counter_app.ui.workspaces.base import ScanFeedback, Workspace
from counter_app.ui.workspaces.notify_background import NoticeSender as NoticeSender
from counter_app.ui.workspaces.notify_panels import (
    INTENT_COLOURS,
    ConsentRegisterPanel,
    QrDialog,
    RepliesPanel,
)
from counter_app.ui.workspaces.notify_panels import (
    ConsentBar as ConsentBar,
)

if TYPE_CHECKING:
    from counter_app.reports.consent_register import write_register_csv, write_register_xlsx
else:  # imported on first use: not at start-up (issue 18 §4)
    write_register_csv = deferred("counter_app.reports.consent_register", "write_register_csv")
    write_register_xlsx = deferred("counter_app.reports.consent_register", "write_register_xlsx")

translate = QCoreApplication.translate

FLAG_COLOUR = "#ffe8b0"


def _say(label: QLabel, text: str, style: str) -> None:
    label.setStyleSheet(style)
    label.setText(text)


def length_text(text: str, signature: str) -> str:
    """「38 characters with the signature: 1 SMS, 32 more fit」 (70 per SMS, 67 when split)."""
    length = sms_length(text, signature)
    return translate(
        "NotifyPages", "{chars} characters with the signature: {parts} SMS, {room} more fit "
        "(70 in one SMS, 67 per part when longer)").format(
        chars=length.chars, parts=length.parts, room=length.room)


# --- the warehouse's 通知 tab ---------------------------------------------------------------


class NoticesPage(Workspace):
    """One parcel's notices and consent; today's reminders; parcels without consent; the
    consent register."""

    changed = Signal()
    """A notice or a consent answer was recorded (the board may refresh)."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Build the page from its Designer form."""
        super().__init__(parent)
        self.ui = Ui_NoticesPage()
        self.ui.setupUi(self)
        self.setObjectName("notices_page")
        self._services = services
        self._notify = services.notify
        self._operator: StaffMember | None = None
        self._stay: StayRecord | None = None
        self._notices: list[NoticeRecord] = []
        self._plan: list[PlanLine] = []
        ui = self.ui
        ui.notice_waybill_edit.returnPressed.connect(self.open_parcel)
        ui.send_notice_button.clicked.connect(self.send)
        ui.copy_text_button.clicked.connect(self.copy_text)
        ui.qr_button.clicked.connect(self.show_qr)
        ui.by_hand_button.clicked.connect(self.sent_by_hand)
        ui.reply_edit.returnPressed.connect(self.record_reply)
        ui.reply_button.clicked.connect(self.record_reply)
        ui.consent_button.clicked.connect(self.record_consent)
        ui.hold_button.clicked.connect(self.hold)
        ui.release_button.clicked.connect(self.release)
        ui.refresh_notices_button.clicked.connect(self.refresh)
        ui.unconsented_table.itemActivated.connect(
            lambda _item: self._open_selected(ui.unconsented_table))
        ui.export_csv_button.clicked.connect(lambda: self.export("csv"))
        ui.export_xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self._add_side_tabs(services)
        self._fill_combos()

    def _add_side_tabs(self, services: AppServices) -> None:
        """Today's reminders, the customers' replies and the consent register share the
        right half as tabs (``notify_panels``); a parcel's latest reply shows under its
        notices."""
        ui = self.ui
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("notices_side_tabs")
        index = ui.notices_top_layout.indexOf(ui.plan_group)
        ui.notices_top_layout.removeWidget(ui.plan_group)
        self.replies_panel = RepliesPanel(services)
        self.register_panel = ConsentRegisterPanel(services)
        for widget in (ui.plan_group, self.replies_panel, self.register_panel):
            self.side_tabs.addTab(widget, "")
        ui.notices_top_layout.insertWidget(index, self.side_tabs, 1)
        self.replies_panel.open_waybill.connect(self._open_waybill)
        self.parcel_reply_label = QLabel()
        self.parcel_reply_label.setObjectName("parcel_reply_label")
        self.parcel_reply_label.setWordWrap(True)
        self.parcel_reply_label.hide()
        insert_below(ui.notices_table, self.parcel_reply_label)
        self._tab_titles()

    def _tab_titles(self) -> None:
        for index, text in enumerate((translate("NotifyPages", "Today's reminders"),
                                      translate("NotifyPages", "Customer replies"),
                                      translate("NotifyPages", "Consent register"))):
            self.side_tabs.setTabText(index, text)

    def _open_waybill(self, waybill: str) -> None:
        self.ui.notice_waybill_edit.setText(waybill)
        self.open_parcel()

    def _fill_combos(self) -> None:
        """The kinds, answers and channels in the current language."""
        ui = self.ui
        for combo, items in ((ui.notice_kind_combo, [(kind_name(k), k) for k in NoticeKind]),
                             (ui.decision_combo,
                              [(decision_name(d), d) for d in ConsentDecision]),
                             (ui.channel_combo,
                              [(channel_name(c), c) for c in ConsentChannel])):
            current = combo.currentData()
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        if ui.channel_combo.currentData() is None or current is None:
            ui.channel_combo.setCurrentIndex(ui.channel_combo.findData(ConsentChannel.PHONE))

    @override
    def title(self) -> str:
        return translate("NotifyPages", "Notices")

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "side_tabs"):
            self.ui.retranslateUi(self)
            self._tab_titles()
            self._fill_combos()
            if self._operator is not None:
                self.refresh()
        super().changeEvent(event)

    @override
    def activate(self, operator: StaffMember) -> None:
        self._operator = operator
        today = self._services.clock.now().date()
        self.ui.consent_until_edit.setDate(QDate(today.year, today.month, today.day).addYears(1))
        self.refresh()

    @override
    def handle_scan(self, event: object) -> ScanFeedback | None:
        number = getattr(event, "number", "")
        self.ui.notice_waybill_edit.setText(number)
        self.open_parcel()
        return None

    def refresh(self) -> None:
        """Reload today's reminders and the parcels without consent."""
        if self._operator is None:
            return
        self._plan = self._notify.plan(self._operator)
        fill_table(self.ui.plan_table, [
            translate("NotifyPages", "Waybill"), translate("NotifyPages", "Notice"),
            translate("NotifyPages", "Due on"), translate("NotifyPages", "Recipient"),
            translate("NotifyPages", "Status"), translate("NotifyPages", "Text")],
            [[line.stay.waybill_no, kind_name(line.planned.kind),
              line.planned.due_on.strftime("%m-%d"), line.masked_phone,
              status_name(line.notice.status) if line.notice
              else translate("NotifyPages", "will be sent"), line.text] for line in self._plan],
            list(range(len(self._plan))))
        flagged = self._notify.unconsented_in_stock(self._operator)
        self.ui.unconsented_label.setText(translate(
            "NotifyPages", "Waiting for collection without consent (X-7): {n}").format(
            n=len(flagged)))
        fill_table(self.ui.unconsented_table, [
            translate("NotifyPages", "Waybill"), translate("NotifyPages", "Code"),
            translate("NotifyPages", "Recipient")],
            [[s.waybill_no, s.pickup_code, mask_phone(s.phone)] for s in flagged],
            [s.waybill_no for s in flagged])
        self.replies_panel.refresh(self._operator)
        self.register_panel.refresh(self._operator)
        can_export = allowed(self._operator.role, Permission.SEE_UNMASKED_IDS)
        self.ui.export_xlsx_button.setEnabled(can_export)
        self.ui.export_csv_button.setEnabled(can_export)
        if self._stay is not None:
            self._show_parcel(self._stay.waybill_no)

    def _open_selected(self, table: QTableWidget) -> None:
        key = selected_key(table)
        if isinstance(key, str):
            self.ui.notice_waybill_edit.setText(key)
            self.open_parcel()

    def open_parcel(self) -> None:
        """Show the typed or scanned parcel's notices and its recipient's consent."""
        if self._operator is None:
            return
        try:
            self._show_parcel(self.ui.notice_waybill_edit.text())
        except DomainError as err:
            self._stay = None
            _say(self.ui.notices_message_label, describe(err), ERROR_STYLE)

    def _show_parcel(self, waybill: str) -> None:
        assert self._operator is not None
        found = self._services.warehouse.lookup(self._operator, waybill)
        stay = found.open_stay or found.last_stay
        self._stay = stay
        if stay is None or stay.id is None:
            self.ui.parcel_label.setText(translate("NotifyPages", "{number} was never in stock.")
                                      .format(number=found.waybill_no))
            fill_table(self.ui.notices_table, [], [], [])
            return
        self._notices = self._notify.notices(self._operator, [stay.id])
        self._show_reply(stay)
        fill_table(self.ui.notices_table, [
            translate("NotifyPages", "Day"), translate("NotifyPages", "Notice"),
            translate("NotifyPages", "Status"), translate("NotifyPages", "Text")],
            [[n.day.strftime("%m-%d"), kind_name(n.kind), status_name(n.status)
              + (f" ({n.reason})" if n.reason and n.status is not NoticeStatus.SENT else ""),
              n.text] for n in self._notices],
            [n.id for n in self._notices])
        self.ui.parcel_label.setText(translate(
            "NotifyPages", "{number} · code {code} · {phone}").format(
            number=stay.waybill_no, code=stay.pickup_code or "—",
            phone=mask_phone(stay.phone) if stay.phone else translate("NotifyPages",
                                                                        "no phone")))
        consent = self._notify.consent_for(self._operator, stay.phone) if stay.phone else None
        self.ui.consent_label.setText(
            translate("NotifyPages", "Consent (X-7): never asked") if consent is None else
            translate("NotifyPages", "Consent (X-7): {decision}, {channel}, {at} by {by}, "
                      "valid until {until}").format(
                decision=decision_name(consent.decision), channel=channel_name(consent.channel),
                at=consent.recorded_at.strftime("%Y-%m-%d %H:%M"), by=consent.recorded_by,
                until=consent.valid_until.isoformat()))

    def _show_reply(self, stay: StayRecord) -> None:
        """The parcel's latest customer reply under its notices, coloured when it asks for
        something (issue 20: highlighted, not acted on)."""
        assert self._operator is not None
        replies = [e for e in self._services.warehouse.timeline(self._operator, stay.waybill_no)
                   if e.kind == "notice_reply" and e.stay_id == stay.id]
        label = self.parcel_reply_label
        if not replies:
            label.hide()
            return
        last = replies[-1]
        intent = str(last.data.get("intent", ""))
        text = translate("NotifyPages", "Customer replied {at}: {text}").format(
            at=last.at.strftime("%m-%d %H:%M"), text=last.data.get("text", ""))
        if asks := intent_name(intent):
            text += f" — {asks}"
        if int_of(last.data, "parcels", 1) > 1:
            text += " " + translate("NotifyPages", "(shown on all {n} parcels of this phone)"
                                    ).format(n=last.data.get("parcels"))
        label.setText(text)
        colour = INTENT_COLOURS.get(intent)
        label.setStyleSheet(f"background: {colour}; padding: 3px;" if colour else
                            "padding: 3px;")
        label.show()

    def _selected_notice(self) -> NoticeRecord | None:
        key = selected_key(self.ui.notices_table)
        chosen = next((n for n in self._notices if n.id == key), None)
        if chosen is None and self._notices:
            chosen = self._notices[-1]
        return chosen

    def _run(self, action: Callable[[StaffMember], object], done: str) -> bool:
        if self._operator is None:
            return False
        try:
            action(self._operator)
        except DomainError as err:
            _say(self.ui.notices_message_label, describe(err), ERROR_STYLE)
            return False
        _say(self.ui.notices_message_label, done, OK_STYLE)
        self.changed.emit()
        self.refresh()
        return True

    def send(self) -> None:
        """Queue the chosen notice (or keep it to copy when there is no provider)."""
        if self._stay is None:
            self.ui.notice_waybill_edit.setFocus()
            return
        kind = NoticeKind(self.ui.notice_kind_combo.currentData())
        number = self._stay.waybill_no
        self._run(lambda op: self._notify.send(op, number, kind),
                  translate("NotifyPages", "{number}: notice queued.").format(number=number))

    def copy_text(self) -> None:
        """Put the notice's text on the clipboard (the clerk sends it from a phone)."""
        notice = self._selected_notice()
        if notice is None:
            return
        QGuiApplication.clipboard().setText(notice.text)
        _say(self.ui.notices_message_label, translate("NotifyPages", "Text copied."), OK_STYLE)

    def show_qr(self) -> None:
        """The notice's text as a QR code."""
        notice = self._selected_notice()
        if notice is None:
            return
        dialog = QrDialog(notice.text, self)
        dialog.setModal(True)
        dialog.show()

    def sent_by_hand(self) -> None:
        """The clerk sent the copied text."""
        notice = self._selected_notice()
        if notice is None or notice.id is None:
            return
        notice_id = notice.id
        self._run(lambda op: self._notify.mark_sent_by_hand(op, notice_id),
                  translate("NotifyPages", "Recorded as sent."))

    def record_reply(self) -> None:
        """The customer's reply on the parcel's timeline."""
        if self._stay is None:
            return
        number, text = self._stay.waybill_no, self.ui.reply_edit.text()
        if self._run(lambda op: self._notify.record_reply(op, number, text),
                     translate("NotifyPages", "Reply recorded.")):
            self.ui.reply_edit.clear()

    def record_consent(self) -> None:
        """Append the recipient's answer to the consent register (X-7)."""
        if self._stay is None or not self._stay.phone:
            return
        stay = self._stay
        decision = ConsentDecision(self.ui.decision_combo.currentData())
        channel = ConsentChannel(self.ui.channel_combo.currentData())
        until: date = self.ui.consent_until_edit.date().toPython()  # type: ignore[assignment]
        self._run(lambda op: self._notify.record_consent(
            op, stay.phone, decision, channel, until, waybill=stay.waybill_no),
            translate("NotifyPages", "Consent recorded."))

    def _plan_line(self) -> PlanLine | None:
        key = selected_key(self.ui.plan_table)
        return self._plan[key] if isinstance(key, int) and key < len(self._plan) else None

    def hold(self) -> None:
        """Hold the selected reminder today."""
        line = self._plan_line()
        if line is None or line.stay.id is None:
            return
        stay_id, kind = line.stay.id, line.planned.kind
        self._run(lambda op: self._notify.hold(op, stay_id, kind),
                  translate("NotifyPages", "Reminder held."))

    def release(self) -> None:
        """Send a held reminder after all."""
        line = self._plan_line()
        if line is None or line.notice is None or line.notice.id is None:
            return
        notice_id = line.notice.id
        self._run(lambda op: self._notify.release(op, notice_id),
                  translate("NotifyPages", "Reminder released."))

    def export(self, kind: str) -> None:
        """The consent register as evidence (CSV or XLSX), written whole in the background."""
        if self._operator is None:
            return
        suffix = f".{kind}"
        path, _ = QFileDialog.getSaveFileName(
            self, translate("NotifyPages", "Save the consent register"),
            f"consent-register-{self._services.clock.now():%Y%m%d}{suffix}", f"*{suffix}")
        if path:
            self.export_to(Path(path), kind)

    def export_to(self, path: Path, kind: str) -> None:
        """Write the register to ``path`` (``kind`` csv or xlsx)."""
        assert self._operator is not None
        try:
            _header, rows = self._notify.register_rows(self._operator)
        except DomainError as err:
            _say(self.ui.notices_message_label, describe(err), ERROR_STYLE)
            return
        station = self._services.station.profile()
        name = station.name if station else ""

        def write(target: Path) -> None:
            if kind == "xlsx":
                write_register_xlsx(rows, target, name)
            else:
                write_register_csv(rows, target)

        save_in_background(
            path, write,
            lambda saved: _say(self.ui.notices_message_label, translate(
                "NotifyPages", "Saved {name}: {n} entries.").format(name=saved.name,
                                                                    n=len(rows)), OK_STYLE),
            lambda err: _say(self.ui.notices_message_label,
                             describe(err) if isinstance(err, DomainError) else str(err),
                             ERROR_STYLE),
            parent=self)


# --- asked at scan-in (X-7) -------------------------------------------------------------------


# --- the background sender --------------------------------------------------------------------


# --- 设置 → 通知 (supervisor) -------------------------------------------------------------------


class NotifySettingsPage(QWidget):
    """Templates with their SMS length while typing and a preview with a real parcel; the
    provider; this PC's key; a test send."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Build the page from its Designer form."""
        super().__init__(parent)
        self.ui = Ui_NotifySettingsPage()
        self.ui.setupUi(self)
        self.setObjectName("notify_settings_page")
        self._services = services
        self._notify = services.notify
        self._operator: StaffMember | None = None
        self._settings = TemplateSettings()
        self._templates_version: int | None = None
        self._provider_version: int | None = None
        self._sample = Sample({}, "", "")
        self._editing = NoticeKind.ARRIVED
        self._queue_endpoint = ""
        ui = self.ui
        self.code_edits = {
            NoticeKind.ARRIVED: ui.code_arrived_edit, NoticeKind.REMINDER: ui.code_reminder_edit,
            NoticeKind.LAST_DAY: ui.code_last_day_edit, NoticeKind.PROBLEM: ui.code_problem_edit,
            NoticeKind.PICKUP_ORDER: ui.code_pickup_order_edit}
        ui.provider_combo.addItem("—", "")
        ui.provider_combo.addItem("阿里云短信 Aliyun SMS", "aliyun")
        ui.provider_combo.addItem("腾讯云短信 Tencent Cloud SMS", "tencent")
        ui.template_kind_combo.currentIndexChanged.connect(self._kind_changed)
        for edit in (ui.station_address_edit, ui.opening_hours_edit,
                     ui.template_signature_edit):
            edit.textChanged.connect(self._text_changed)
        ui.template_edit.textChanged.connect(self._text_changed)
        ui.preview_waybill_edit.returnPressed.connect(self.load_sample)
        ui.save_templates_button.clicked.connect(self.save_templates)
        ui.save_provider_button.clicked.connect(self.save_provider)
        ui.test_send_button.clicked.connect(self.test_send)
        self._add_queue_row()
        self.retranslate()

    def _add_queue_row(self) -> None:
        """The SMS console's reply and receipt queue names (Aliyun MNS), under the endpoint."""
        self.reply_queue_edit = QLineEdit()
        self.reply_queue_edit.setObjectName("reply_queue_edit")
        self.report_queue_edit = QLineEdit()
        self.report_queue_edit.setObjectName("report_queue_edit")
        for edit in (self.reply_queue_edit, self.report_queue_edit):
            edit.setMaxLength(100)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.reply_queue_edit)
        row.addWidget(self.report_queue_edit)
        self.queues_label = QLabel()
        self.queues_label.setBuddy(self.reply_queue_edit)
        self.app_id_edit = QLineEdit()
        self.app_id_edit.setObjectName("app_id_edit")
        self.app_id_edit.setMaxLength(40)
        self.app_id_label = QLabel()
        self.app_id_label.setBuddy(self.app_id_edit)
        form = self.ui.provider_form
        position: tuple[int, object] = form.getWidgetPosition(self.ui.endpoint_edit)  # type: ignore[assignment]
        form.insertRow(position[0] + 1, self.queues_label, box)
        form.insertRow(position[0] + 2, self.app_id_label, self.app_id_edit)

    def retranslate(self) -> None:
        """The kinds' names in the current language (the form's texts retranslate
        themselves)."""
        combo = self.ui.template_kind_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for kind in NoticeKind:
            combo.addItem(kind_name(kind), kind)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        self.queues_label.setText(translate("NotifyPages", "Reply / receipt queues"))
        self.app_id_label.setText(translate("NotifyPages", "SDK AppID (Tencent)"))
        self.app_id_edit.setPlaceholderText(translate(
            "NotifyPages", "Tencent Cloud only: the SMS application's SdkAppId"))
        self.reply_queue_edit.setPlaceholderText(translate(
            "NotifyPages", "SmsUp queue, e.g. Alicom-Queue-…-SmsUp (empty: replies not read)"))
        self.report_queue_edit.setPlaceholderText(translate(
            "NotifyPages", "SmsReport queue (optional)"))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "queues_label"):
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    def _tell(self, text: str, style: str) -> None:
        _say(self.ui.notify_settings_message_label, text, style)

    def activate(self, operator: StaffMember) -> None:
        """Load the settings (supervisor)."""
        self._operator = operator
        if not allowed(operator.role, Permission.EDIT_STATION_SETTINGS):
            return
        versioned = self._notify.template_settings()
        self._settings, self._templates_version = versioned.value, versioned.version
        self.ui.station_address_edit.setText(self._settings.address)
        self.ui.opening_hours_edit.setText(self._settings.hours)
        self.ui.template_signature_edit.setText(self._settings.signature)
        self._editing = NoticeKind(self.ui.template_kind_combo.currentData())
        self.ui.template_edit.setPlainText(self._settings.templates[self._editing])
        provider = self._notify.provider_settings()
        self._provider_version = provider.version
        s = provider.value
        self.ui.provider_combo.setCurrentIndex(max(0, self.ui.provider_combo.findData(s.provider)))
        self.ui.sign_name_edit.setText(s.sign_name)
        self.ui.endpoint_edit.setText(s.endpoint)
        self.reply_queue_edit.setText(s.reply_queue)
        self.app_id_edit.setText(s.app_id)
        self.report_queue_edit.setText(s.report_queue)
        self._queue_endpoint = s.queue_endpoint
        self.ui.daily_cap_spin.setValue(s.daily_cap)
        self.ui.reminders_at_edit.setTime(QTime.fromString(s.send_reminders_at, "HH:mm"))
        self.ui.arrival_check.setChecked(s.arrival_at_scan_in)
        for kind, edit in self.code_edits.items():
            edit.setText(s.templates.get(kind.value, ""))
        self.ui.key_id_edit.setText(self._notify.credential_key_id())
        self.ui.secret_edit.clear()
        self.ui.key_where_label.setText(translate(
            "NotifyPages", "This PC keeps the AccessKey in {path} (readable by this Windows/"
            "Linux user only), not in the database or settings.ini.").format(
            path=self._notify.credentials_where()))
        self.load_sample()

    def load_sample(self) -> None:
        """Fetch a real parcel's values for the preview (in the background)."""
        if self._operator is None:
            return
        operator, waybill = self._operator, self.ui.preview_waybill_edit.text()
        run_in_background(lambda: self._notify.sample(operator, waybill), self._got_sample,
                          self._failed, parent=self)

    def _got_sample(self, sample: Sample) -> None:
        self._sample = sample
        self._text_changed()

    def _failed(self, err: BaseException) -> None:
        self._tell(describe(err) if isinstance(err, DomainError) else str(err), ERROR_STYLE)

    def _kind_changed(self) -> None:
        self._settings.templates[self._editing] = self.ui.template_edit.toPlainText()
        self._editing = NoticeKind(self.ui.template_kind_combo.currentData())
        self.ui.template_edit.setPlainText(self._settings.templates[self._editing])

    def _text_changed(self) -> None:
        """As the supervisor types: the rendered text of the sample parcel and its length."""
        values = dict(self._sample.values)
        values.setdefault("address", self.ui.station_address_edit.text())
        values["address"] = self.ui.station_address_edit.text() or values["address"]
        values["hours"] = self.ui.opening_hours_edit.text() or values.get("hours", "")
        text = render(self.ui.template_edit.toPlainText(), values)
        sig = self.ui.template_signature_edit.text().strip()
        self.ui.template_length_label.setText(length_text(text, sig))
        parts = sms_length(text, sig).parts
        self.ui.template_length_label.setStyleSheet(OK_STYLE if parts <= 1 else WARN_STYLE)
        parcel = (translate("NotifyPages", "Parcel {number} ({phone})").format(
            number=self._sample.waybill_no, phone=self._sample.masked_phone)
            if self._sample.waybill_no else translate("NotifyPages", "No parcel in stock"))
        self.ui.template_preview_label.setText(
            f"{parcel}:\n" + (f"【{sig}】" if sig else "") + text)

    def save_templates(self) -> None:
        """Save every kind's wording, the address, the hours and the signature."""
        if self._operator is None:
            return
        self._settings.templates[self._editing] = self.ui.template_edit.toPlainText()
        ui = self.ui
        wanted = TemplateSettings(dict(self._settings.templates), ui.station_address_edit.text(),
                                  ui.opening_hours_edit.text(), ui.template_signature_edit.text())
        try:
            saved = self._notify.set_template_settings(self._operator, wanted,
                                                       self._templates_version)
        except DomainError as err:
            if isinstance(err, FieldInvalid) and err.field == "template":
                self.ui.template_edit.setFocus()
            self._tell(describe(err), ERROR_STYLE)
            return
        self._settings = saved
        self._templates_version = self._notify.template_settings().version
        self._tell(translate("NotifyPages", "Templates saved."), OK_STYLE)

    def save_provider(self) -> None:
        """Save the provider settings (every PC) and this PC's key."""
        if self._operator is None:
            return
        settings = ProviderSettings(
            provider=str(self.ui.provider_combo.currentData() or ""),
            sign_name=self.ui.sign_name_edit.text().strip(),
            templates={k.value: e.text().strip() for k, e in self.code_edits.items()
                       if e.text().strip()},
            endpoint=self.ui.endpoint_edit.text().strip(), daily_cap=self.ui.daily_cap_spin.value(),
            send_reminders_at=self.ui.reminders_at_edit.time().toString("HH:mm"),
            arrival_at_scan_in=self.ui.arrival_check.isChecked(),
            reply_queue=self.reply_queue_edit.text().strip(),
            app_id=self.app_id_edit.text().strip(),
            report_queue=self.report_queue_edit.text().strip(),
            queue_endpoint=self._queue_endpoint)
        try:
            self._notify.set_provider_settings(self._operator, settings, self._provider_version)
            if settings.provider and (self.ui.key_id_edit.text().strip()
                                      or self.ui.secret_edit.text()):
                self._notify.save_credentials(self._operator, Credentials(
                    self.ui.key_id_edit.text(), self.ui.secret_edit.text()))
        except DomainError as err:
            self._tell(describe(err), ERROR_STYLE)
            return
        finally:
            self.ui.secret_edit.clear()
        self._provider_version = self._notify.provider_settings().version
        self._tell(translate("NotifyPages", "Provider saved."), OK_STYLE)

    def test_send(self) -> None:
        """One SMS to the typed phone, in the background."""
        if self._operator is None:
            return
        operator, phone = self._operator, self.ui.test_phone_edit.text()
        kind = NoticeKind(self.ui.template_kind_combo.currentData())
        run_in_background(lambda: self._notify.test_send(operator, phone, kind),
                          lambda code: self._tell(translate(
                              "NotifyPages", "Test SMS accepted by the provider ({code}).")
                              .format(code=code), OK_STYLE),
                          self._failed, parent=self,
                          label=translate("NotifyPages", "Sending a test SMS…"))



# --- hooks into the warehouse workspace (kept here so its module changes by a few lines) -----


def insert_below(anchor: QWidget, widget: QWidget) -> None:
    """Put ``widget`` right under ``anchor`` in the anchor's box layout (or at its end)."""
    parent = anchor.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is None:
        return
    from PySide6.QtWidgets import QBoxLayout

    for box in [layout, *layout.findChildren(QBoxLayout)]:
        if isinstance(box, QBoxLayout) and (index := box.indexOf(anchor)) >= 0:
            box.insertWidget(index + 1, widget)
            return
    layout.addWidget(widget)


def flag_unconsented(services: AppServices, operator: StaffMember, stays: list[StayRecord],
                     tables: list[QTableWidget], title: QLabel) -> int:
    """X-7 on the board: the rows (keyed by waybill) of parcels waiting for collection without
    the recipient's consent turn amber with a tool tip, and a line under ``title`` counts them;
    the cells' texts stay as they are. Returns how many parcels are flagged."""
    flagged_ids = services.notify.unconsented(operator, stays)
    flagged = {s.waybill_no for s in stays if s.id in flagged_ids}
    tip = translate("NotifyPages", "X-7: kept for collection without the recipient's consent; "
                    "ask and record it on the Notices tab.")
    for table in tables:
        for row in range(table.rowCount()):
            first = table.item(row, 0)
            if first is None or first.data(Qt.ItemDataRole.UserRole) not in flagged:
                continue
            for col in range(table.columnCount()):
                if (item := table.item(row, col)) is not None:
                    item.setBackground(QColor(FLAG_COLOUR))
                    item.setToolTip(tip)
    parent = title.parentWidget()
    note = parent.findChild(QLabel, "consent_flag_label") if parent is not None else None
    if note is None:
        note = QLabel()
        note.setObjectName("consent_flag_label")
        note.setStyleSheet(f"background: {FLAG_COLOUR}; padding: 2px;")
        insert_below(title, note)
    note.setText(translate(
        "NotifyPages", "X-7: {n} parcel(s) kept for collection without the recipient's "
        "consent (amber rows): ask and record it on the Notices tab.").format(n=len(flagged)))
    note.setVisible(bool(flagged))
    return len(flagged)
