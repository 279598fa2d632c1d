"""仓库 workspace (F2): scan-in with a reason, scan-out, search with the timeline, the deadline
board (issue 5, WH-1..WH-13); the headless, stocktake, driver, reports and settings tabs come
from ``warehouse_pages``.

Keyboard first. Scan-in: scan (or type + Enter), Alt+1…9/0 picks the reason, Tab through exactly
the details that reason needs, Enter or Ctrl+Enter saves, Ctrl+P prints the pickup label, Esc
clears. Scan-out: the disposition (Alt+1…5) stays set between scans; each scan leaves at once.
Ctrl+1…9 switch the tabs; a scan goes to the visible tab.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import partial
from typing import TYPE_CHECKING, Any

from typing_extensions import override

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, Qt, QTime
from PySide6.QtGui import QBrush, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from counter_app.domain.errors import (
    AlreadyInStock,
    AlreadyOut,
    DetailsMissing,
    DomainError,
    FieldInvalid,
    NoDeliveryScan,
    PickupCheckFailed,
    ReasonNotAccepted,
    StoreFull,
)
from counter_app.domain.identity import mask_contact, mask_name
from counter_app.domain.scanning import ScanEvent, ScanOutcome
from counter_app.domain.staff import CourierKind, Permission, StaffMember, allowed, mask_phone
from counter_app.domain.station import PROVINCES
from counter_app.domain.warehouse import (
    DETAIL_CHOICES,
    CallOutcome,
    CodRefusal,
    Disposition,
    DueKind,
    NobodyHome,
    OutOfAreaAnswer,
    Payment,
    PickupPlace,
    ProblemDetails,
    Reason,
    RefusalKind,
    Requester,
    ReturnTariff,
    ems_shortfall,
    return_fee,
)
from counter_app.hardware.print_log import PrintLogEntry
from counter_app.paths import report_font
from counter_app.services.app import AppServices
from counter_app.services.ports import StayRecord, WarehouseEvent
from counter_app.services.warehouse import (
    BoardEntry,
    BoardLine,
    Lookup,
    OpenProblem,
    Proposal,
    ScanInDraft,
    ScanOutDraft,
    ScanOutResult,
)
from counter_app.ui.deferred import deferred
from counter_app.ui.forms.ui_warehouse_workspace import Ui_WarehouseWorkspace
from counter_app.ui.look import ERROR_STYLE as RED
from counter_app.ui.look import OK_STYLE as GREEN
from counter_app.ui.look import WARN_STYLE as AMBER
from counter_app.ui.messages import (
    describe,
    disposition_name,
    field_label,
    location_kind_name,
    minute,
    reason_name,
)
from counter_app.ui.messages_notify import notice_event_text
from counter_app.ui.people import People
from counter_app.ui.printing import (
    DocKind,
    PrintResult,
    ask_print,
    describe_result,
    print_document,
)
from counter_app.ui.raw_printing import RawPrinting
from counter_app.ui.scale import ScalePort, WeightFollower
from counter_app.ui.tasks import run_in_background
from counter_app.ui.widgets.fields import disable_input_method
from counter_app.ui.widgets.tables import KeyedRows, Row, fill_table, selected_key
from counter_app.ui.workspaces.base import PENDING, ScanFeedback, Workspace
from counter_app.ui.workspaces.entry_fee_page import EntryFeePage
from counter_app.ui.workspaces.notify_pages import (
    ConsentBar,
    NoticesPage,
    flag_unconsented,
    insert_below,
)
from counter_app.ui.workspaces.warehouse_cross_desk import OriginCityField, signed_warning
from counter_app.ui.workspaces.warehouse_driver import DriverPage
from counter_app.ui.workspaces.warehouse_ems import EmsFields, ReturnCityField
from counter_app.ui.workspaces.warehouse_headless import HeadlessPage
from counter_app.ui.workspaces.warehouse_reminders import ReplyCheckBar
from counter_app.ui.workspaces.warehouse_reports import ReportsPage
from counter_app.ui.workspaces.warehouse_settings import WarehouseSettingsPage
from counter_app.ui.workspaces.warehouse_stocktake import StocktakePage

if TYPE_CHECKING:
    from counter_app.reports.warehouse_pdf import render_pickup_labels_pdf
else:  # imported on first use: not at start-up (issue 18 §4)
    render_pickup_labels_pdf = deferred(
        "counter_app.reports.warehouse_pdf", "render_pickup_labels_pdf")

translate = QCoreApplication.translate
LABEL_MM = (60.0, 40.0)
"""The pickup label's page (render_pickup_labels_pdf draws 60 × 40 mm)."""

BLANK = QDateTime(QDate(2000, 1, 1), QTime(0, 0))
"""A time field at this value is empty: nothing recorded yet (shown as 「—」)."""


SCAN_OUT_CHOICES = (
    Disposition.DELIVERY,
    Disposition.COLLECTED,
    Disposition.RETURN_COURIER,
    Disposition.RETURN_COMPANY,
    Disposition.EMS,
)

"""What the scan-out tab offers (driver pickups have their own tab; write-offs need a
stocktake)."""

REASON_KEYS = "1234567890"
"""Alt+digit picks the reason in combo order (the last three only from the list)."""

CHOICE_KINDS: dict[str, Any] = dict(DETAIL_CHOICES)


# --- names of the domain's codes ------------------------------------------------------------


def choice_names(field: str) -> list[tuple[str, str]]:
    """(value, translated name) of every choice a detail combo offers."""
    match field:
        case "reached":
            return [
                ("yes", translate("WarehouseWorkspace", "Reached")),
                ("no", translate("WarehouseWorkspace", "Not reached")),
            ]
        case "call_outcome":
            return [
                (CallOutcome.NO_ANSWER, translate("WarehouseWorkspace", "No answer")),
                (CallOutcome.LINE_FAULT, translate("WarehouseWorkspace", "Line fault")),
                (CallOutcome.UNREACHABLE, translate("WarehouseWorkspace", "Cannot get through")),
                (CallOutcome.BUSY, translate("WarehouseWorkspace", "Busy")),
                (CallOutcome.SUSPENDED, translate("WarehouseWorkspace", "Number suspended")),
                (CallOutcome.SWITCHED_OFF, translate("WarehouseWorkspace", "Switched off")),
                (CallOutcome.EMPTY_NUMBER, translate("WarehouseWorkspace", "Number not in use")),
            ]
        case "nobody_home":
            return [
                (NobodyHome.TOMORROW,
                 translate("WarehouseWorkspace", "Nobody home, called: deliver tomorrow")),
                (NobodyHome.PHONE_UNREACHABLE,
                 translate("WarehouseWorkspace", "Nobody home, phone unreachable")),
                (NobodyHome.NO_ANSWER, translate("WarehouseWorkspace", "Phone not answered")),
                (NobodyHome.SUSPENDED, translate("WarehouseWorkspace", "Phone suspended")),
                (NobodyHome.SWITCHED_OFF, translate("WarehouseWorkspace", "Phone switched off")),
            ]
        case "cod_refusal":
            return [
                (CodRefusal.TOO_EXPENSIVE,
                 translate("WarehouseWorkspace", "COD too expensive, refused")),
                (CodRefusal.NEVER_COD, translate("WarehouseWorkspace", "Never accepts COD")),
                (CodRefusal.NO_INVOICE,
                 translate("WarehouseWorkspace", "No invoice, refused (counts against us)")),
            ]
        case "answer":
            return [
                (OutOfAreaAnswer.WILL_COLLECT, translate("WarehouseWorkspace", "Will collect")),
                (OutOfAreaAnswer.WONT_COLLECT,
                 translate("WarehouseWorkspace", "Will not collect")),
                (OutOfAreaAnswer.NOT_TODAY, translate("WarehouseWorkspace", "Not today")),
                (OutOfAreaAnswer.ON_DATE, translate("WarehouseWorkspace", "Comes on a date")),
            ]
        case "pickup_place":
            return [
                (PickupPlace.BRANCH, translate("WarehouseWorkspace", "Branch office")),
                (PickupPlace.HEAD_OFFICE, translate("WarehouseWorkspace", "Head office")),
            ]
        case "requested_by":
            return [
                (Requester.SENDER_COMPANY,
                 translate("WarehouseWorkspace", "The sending company")),
                (Requester.RECIPIENT, translate("WarehouseWorkspace", "The recipient")),
            ]
        case "refusal":
            return [
                (RefusalKind.NOT_ORDERED, translate("WarehouseWorkspace", "Never ordered it")),
                (RefusalKind.WRONG_GOODS,
                 translate("WarehouseWorkspace", "Goods not as ordered")),
                (RefusalKind.LATE, translate("WarehouseWorkspace", "Took too long, not wanted")),
                (RefusalKind.OTHER, translate("WarehouseWorkspace", "Other (write why)")),
                (RefusalKind.UPSTAIRS,
                 translate("WarehouseWorkspace", "Courier would not carry it upstairs")),
                (RefusalKind.RUDE, translate("WarehouseWorkspace", "Courier was rude")),
            ]
    return []


def choice_name(field: str, value: object) -> str:
    """The translated name of one stored choice."""
    key = "yes" if value is True else "no" if value is False else str(value)
    return dict(choice_names(field)).get(key, key)


def payment_name(payment: Payment) -> str:
    """Translated way the freight was paid (WH-12)."""
    return {
        Payment.PREPAID: translate("WarehouseWorkspace", "Prepaid"),
        Payment.COLLECT: translate("WarehouseWorkspace", "Freight collect"),
        Payment.ACCOUNT: translate("WarehouseWorkspace", "Account customer"),
    }[payment]


def due_text(kind: DueKind) -> str:
    """What to do when a deadline falls due (WH-8)."""
    return {
        DueKind.SELF_PICKUP_RETURN: translate(
            "WarehouseWorkspace", "Self-pickup not collected: message the origin company, return"
        ),
        DueKind.NOTIFIED_MESSAGE: translate(
            "WarehouseWorkspace", "Notified, not collected: message the origin company"
        ),
        DueKind.ORIGIN_SILENT_RETURN: translate(
            "WarehouseWorkspace", "Origin company silent: return it directly"
        ),
        DueKind.RETURN_TODAY: translate(
            "WarehouseWorkspace", "Return requested by message: it leaves today"
        ),
        DueKind.CUSTOMER_DATE: translate(
            "WarehouseWorkspace", "The customer said they come today"
        ),
        DueKind.RETURN_NEXT_DAY: translate(
            "WarehouseWorkspace", "Return: it leaves the next day at the latest (WH-10)"
        ),
        DueKind.DAMAGED_MESSAGE: translate(
            "WarehouseWorkspace", "Damaged contents: message the origin company today (WH-15)"
        ),
        DueKind.MISSORTED_MESSAGE: translate(
            "WarehouseWorkspace", "Mis-sorted: message the sending company today (WH-16)"
        ),
        DueKind.SELF_PICKUP_MESSAGE: translate(
            "WarehouseWorkspace", "Changed to self-pickup: message the origin company today "
            "(WH-16)"
        ),
    }[kind]


def details_text(details: ProblemDetails) -> str:
    """The recorded details in words (for the timeline and the lists)."""
    parts = []
    for name, value in details.as_dict().items():
        shown: str
        if name in CHOICE_KINDS or name == "reached":
            shown = choice_name(name, value)
        elif name in ("call_at", "attempt_at", "pickup_at"):
            shown = str(value).replace("T", " ")[5:]
        else:
            shown = str(value)
        parts.append(translate("WarehouseWorkspace", "{field}: {value}").format(
            field=field_label(name), value=shown))
    return translate("WarehouseWorkspace", "; ").join(parts)


def event_text(event: WarehouseEvent, who: Callable[[str], str] = str) -> str:
    """One timeline line in words: what happened."""
    d = event.data
    match event.kind:
        case "in":
            text = translate("WarehouseWorkspace", "Scanned in: {reason}, {code}").format(
                reason=reason_name(Reason(d["reason"])), code=d.get("pickup_code", ""))
            details = ProblemDetails.from_dict(d.get("details", {}))
            if details.as_dict():
                text += " · " + details_text(details)
            if d.get("note"):
                text += " · " + d["note"]
            if d.get("headless_id"):
                text += " · " + translate("WarehouseWorkspace", "was headless #{n}").format(
                    n=d["headless_id"])
            return text
        case "details":
            return translate("WarehouseWorkspace", "Reason recorded again: {reason}; {details}"
                             ).format(reason=reason_name(Reason(d["reason"])),
                                      details=details_text(
                                          ProblemDetails.from_dict(d.get("details", {}))))
        case "moved":
            return translate("WarehouseWorkspace", "Moved from {old} to {new} ({code})").format(
                old=d.get("from", ""), new=d.get("location", ""), code=d.get("pickup_code", ""))
        case "notified":
            text = translate("WarehouseWorkspace", "Customer told to collect it")
            return f"{text}: {d['note']}" if d.get("note") else text
        case "message_out":
            return translate("WarehouseWorkspace", "Message to {company}: {text}").format(
                company=d.get("company", ""), text=d.get("text", ""))
        case "message_in":
            text = translate("WarehouseWorkspace", "Reply from {company}: {text}").format(
                company=d.get("company", ""), text=d.get("text", ""))
            if d.get("return_requested"):
                text += " · " + translate("WarehouseWorkspace", "return requested")
            return text
        case "delivery_scan":
            return translate("WarehouseWorkspace", "Delivery scan for {courier}").format(
                courier=d.get("courier", ""))
        case "planned":
            return translate("WarehouseWorkspace", "On {driver}'s pickup list").format(
                driver=d.get("driver", ""))
        case "out":
            return translate("WarehouseWorkspace", "Scanned out: {how}").format(
                how=out_text(Disposition(d["disposition"]), d))
        case "note":
            return translate("WarehouseWorkspace", "Note: {text}").format(text=d.get("text", ""))
        case "already_in":
            return translate("WarehouseWorkspace", "Scanned again while in stock")
        case "stocktake_missing":
            return translate(
                "WarehouseWorkspace", "Missing at the stocktake, written off (approved by {who})"
            ).format(who=who(d.get("approved_by", "")))
        case "stocktake_found":
            return translate(
                "WarehouseWorkspace", "Found at the stocktake in {location}, now {code}"
            ).format(location=d.get("location", ""), code=d.get("pickup_code", ""))
    if (notice := notice_event_text(event.kind, d)) is not None:  # issue 20
        return notice
    return event.kind


def out_text(disposition: Disposition, d: dict[str, Any]) -> str:
    """How a parcel left, with whom, and any money involved."""
    parts = [disposition_name(disposition)]
    extra = d.get("label") or d.get("courier") or d.get("company")
    if extra:
        parts.append(str(extra))
    if d.get("fee"):
        parts.append(translate("WarehouseWorkspace", "return fee {fee} 元").format(fee=d["fee"]))
    if d.get("shortfall") and Decimal(d["shortfall"]) > 0:
        parts.append(translate("WarehouseWorkspace", "{courier} collects {amount} 元").format(
            courier=d.get("courier", ""), amount=d["shortfall"]))
    return " · ".join(parts)


def show_rows(table: QTableWidget, headers: list[str], rows: list[list[str]], keys: list[object],
              *, wrap_last: bool = False) -> None:
    """``fill_table``, with the last column filling the width (wrapped for long texts such as
    a timeline's 'what'), also when the table is filled again."""
    fill_table(table, headers, rows, keys)
    if not headers:
        return
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    if wrap_last:
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        table.resizeRowsToContents()
    else:
        header.resizeSection(len(headers) - 1, header.minimumSectionSize())
        header.setStretchLastSection(True)


SESSION_LINES = 200
"""The scan-out tab lists the newest 200 parcels of the session: a busy session (3,000 scans)
made every scan refill and re-measure an ever longer table (issue 21 §2)."""


@dataclass(frozen=True)
class _BoardRows:
    """The board's three lists as rows, built on the worker thread."""

    today: date
    overdue: list[Row]
    due_today: list[Row]
    problems: list[Row]
    stays: list[StayRecord]  # in stock, for the X-7 consent flags (issue 20)


def board_row(line: BoardLine, *, overdue: bool) -> Row:
    """A deadline line (WH-8): most overdue first on the overdue list, by arrival on today's."""
    stay, due = line.stay, line.due
    key = (stay.waybill_no, due.kind.value)
    sort = ((due.due_on, stay.in_at) if overdue else (stay.in_at,)) + key
    return Row(key, sort, [stay.waybill_no, due.due_on.strftime("%m-%d"), due_text(due.kind),
                           reason_name(stay.reason), stay.pickup_code, minute(stay.in_at)],
               stay.waybill_no)


def problem_row(p: OpenProblem, who: Callable[[str], str] = str) -> Row:
    """A parcel in stock (WH-4), oldest first; ``who`` names a job number."""
    against = translate("WarehouseWorkspace", "counts against us")
    return Row(p.stay.waybill_no, (p.stay.in_at, p.stay.waybill_no), [
        p.stay.waybill_no, str(p.days), reason_name(p.stay.reason), p.stay.pickup_code,
        str(p.messages), against if p.counts_against_station else "",
        f"{minute(p.last_event.at)} {event_text(p.last_event, who)}" if p.last_event else ""],
        p.stay.waybill_no)


@dataclass(frozen=True)
class _OutLine:
    """A parcel scanned out during this session (the scan-out tab's list)."""

    at: datetime
    result: ScanOutResult


class WarehouseWorkspace(Workspace):
    """F2: scan-in, scan-out, search, deadlines, then the headless, stocktake, driver, reports
    and settings tabs."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Build from the Designer form, add the other tabs, bind the keys."""
        super().__init__(parent)
        self.ui = Ui_WarehouseWorkspace()
        self.ui.setupUi(self)
        self.setObjectName("warehouse_workspace")
        self._services = services
        self._people = People(services.staff.names)
        self._wh = services.warehouse
        self._operator: StaffMember | None = None
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
        self._pending_return: str | None = None
        self._session: list[_OutLine] = []
        self._results: list[StayRecord] = []
        self._tariff: ReturnTariff | None = None
        self.last_print: bytes = b""
        ui = self.ui
        # The board's lists change row by row after a scan (issue 21 §5).
        self._overdue_rows = KeyedRows(ui.overdue_table)
        self._due_rows = KeyedRows(ui.due_today_table)
        self._problem_rows = KeyedRows(ui.problems_table, wrap_last=True)
        self._board_today: date | None = None  # the day the lists were loaded for
        self._flag_stays: list[StayRecord] | None = None  # to flag once the lists settle
        self.headless_page = HeadlessPage(services)
        self.stocktake_page = StocktakePage(services)
        self.driver_page = DriverPage(services)
        self.reports_page = ReportsPage(services)
        self.settings_page = WarehouseSettingsPage(services)
        self.entry_fee_page = EntryFeePage(services)  # WH-18 (issue 16 §7)
        self.pages: tuple[Workspace, ...] = (
            self.headless_page, self.stocktake_page, self.driver_page, self.reports_page,
            self.settings_page, self.entry_fee_page)
        for page in self.pages:
            ui.warehouse_tabs.addTab(page, page.title())
        # issue 20: notices, reminders and consent in their own tab; asked at scan-in
        self.notices_page = NoticesPage(services)
        self.pages = (*self.pages, self.notices_page)
        ui.warehouse_tabs.addTab(self.notices_page, self.notices_page.title())
        self.consent_bar = ConsentBar(services)
        insert_below(ui.in_result_label, self.consent_bar)
        self.headless_page.match_requested.connect(self.start_match)
        ui.warehouse_tabs.currentChanged.connect(self._tab_changed)
        self._build_scan_in()
        ui.in_form.setProperty("enter_saves", True)  # Enter in its combos saves (keyboard.py)
        self._build_scan_out()
        self._build_search()
        ui.refresh_board_button.clicked.connect(self.refresh_board)
        self.reply_bar = ReplyCheckBar(services, ui.board_tab)  # WH-16 (issue 16)
        ui.board_layout.insertWidget(1, self.reply_bar)
        for table in (ui.overdue_table, ui.due_today_table, ui.problems_table):
            table.itemActivated.connect(lambda _item, t=table: self._open_from(t))
        self._shortcut(self, "Ctrl+R", self.refresh_board, ui.board_tab)
        # Ctrl+1…9 and Ctrl+Tab switch the tabs: the main window's keys for every workspace.
        self._close_form()

    @staticmethod
    def _shortcut(parent: QWidget, key: str, slot: Callable[[], object],
                  on: QWidget | None = None) -> None:
        shortcut = QShortcut(QKeySequence(key), on or parent)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # --- Workspace ---------------------------------------------------------------------------
    @override
    def title(self) -> str:
        return translate("Workspaces", "Warehouse")

    @override
    def activate(self, operator: StaffMember) -> None:
        # The main window may pass through this tab while it disables it for a role that
        # may not use the warehouse: then nothing is loaded.
        if not allowed(operator.role, Permission.USE_WAREHOUSE):
            self._operator = None
            return
        self._operator = operator
        self._people.refresh()
        self._fill_couriers()
        self._tariff = self._wh.return_tariff()
        self._tab_changed(self.ui.warehouse_tabs.currentIndex())

    @override
    def handle_scan(self, event: ScanEvent) -> ScanFeedback | None:
        """A scan goes to the visible tab."""
        current = self.ui.warehouse_tabs.currentWidget()
        if current is self.ui.scan_in_tab:
            return self.open_parcel(event.number)
        if current is self.ui.scan_out_tab:
            return self.scan_out(event.number)
        if current in (self.ui.search_tab, self.ui.board_tab):
            self.show_tab(self.ui.warehouse_tabs.indexOf(self.ui.search_tab))
            self.ui.search_edit.setText(event.number)
            found = self.search()
            if found is None:  # the answer comes on the search tab
                return ScanFeedback(ScanOutcome.ACCEPTED,
                                    translate("WarehouseWorkspace", "Searching"), event.number)
            return ScanFeedback(
                ScanOutcome.ACCEPTED if found else ScanOutcome.REJECTED,
                translate("WarehouseWorkspace", "Found") if found
                else translate("WarehouseWorkspace", "Not found"),
                self.ui.search_message_label.text() or event.number,
            )
        for page in self.pages:
            if current is page:
                result: ScanFeedback | None = page.handle_scan(event)
                return result
        return None

    def show_tab(self, index: int) -> None:
        """Ctrl+1…9: switch to a tab."""
        if 0 <= index < self.ui.warehouse_tabs.count():
            self.ui.warehouse_tabs.setCurrentIndex(index)

    def _tab_changed(self, index: int) -> None:
        ui = self.ui
        current = ui.warehouse_tabs.widget(index)
        if self._operator is None or current is None:
            return
        if current is ui.scan_in_tab:
            (ui.reason_combo if ui.in_form.isEnabled() else ui.in_waybill_edit).setFocus()
        elif current is ui.scan_out_tab:
            ui.out_waybill_edit.setFocus()
        elif current is ui.search_tab:
            ui.search_edit.setFocus()
            ui.search_edit.selectAll()
        elif current is ui.board_tab:
            self.refresh_board()
        else:
            for page in self.pages:
                if current is page:
                    page.activate(self._operator)

    def _fill_couriers(self) -> None:
        couriers = [c for c in self._wh.couriers(CourierKind.COURIER) if c.active]
        for combo in (self.ui.out_courier_combo, self.ui.area_courier_combo,
                      self.ui.action_courier_combo):
            current = combo.currentData()
            combo.clear()
            combo.addItem("—", None)
            for courier in couriers:
                combo.addItem(f"{courier.name}（{courier.area}）" if courier.area
                              else courier.name, courier.id)
            if current is not None:
                combo.setCurrentIndex(max(0, combo.findData(current)))

    # --- scan-in -----------------------------------------------------------------------------
    def _build_scan_in(self) -> None:
        ui = self.ui
        self._fields: dict[Reason, tuple[QWidget, QFormLayout, dict[str, QWidget]]] = {
            Reason.ADDRESS_UNCLEAR: (ui.unclear_page, ui.unclear_page_form, {
                "reached": ui.unclear_reached_combo, "address": ui.unclear_address_edit,
                "wanted_time": ui.unclear_wanted_edit, "call_at": ui.unclear_call_at_edit,
                "call_outcome": ui.unclear_outcome_combo, "detail": ui.unclear_detail_edit}),
            Reason.MOVED: (ui.moved_page, ui.moved_page_form, {
                "reached": ui.moved_reached_combo, "address": ui.moved_address_edit,
                "call_at": ui.moved_call_at_edit, "call_outcome": ui.moved_outcome_combo,
                "detail": ui.moved_detail_edit}),
            Reason.ADDRESS_CHANGE: (ui.change_page, ui.change_page_form, {
                "address": ui.change_address_edit, "new_name": ui.change_name_edit,
                "new_phone": ui.change_phone_edit, "detail": ui.change_detail_edit}),
            Reason.NOBODY_HOME: (ui.nobody_page, ui.nobody_page_form, {
                "nobody_home": ui.nobody_kind_combo, "attempt_at": ui.nobody_at_edit,
                "detail": ui.nobody_detail_edit}),
            Reason.COD_REFUSED: (ui.cod_page, ui.cod_page_form, {
                "cod_refusal": ui.cod_kind_combo, "detail": ui.cod_detail_edit}),
            Reason.OUT_OF_AREA: (ui.area_page, ui.area_page_form, {
                "answer": ui.area_answer_combo, "answer_date": ui.area_date_edit,
                "detail": ui.area_detail_edit}),
            Reason.OPENED: (ui.opened_page, ui.opened_page_form, {
                "detail": ui.opened_detail_edit}),
            Reason.SELF_PICKUP: (ui.pickup_page, ui.pickup_page_form, {
                "pickup_at": ui.pickup_at_edit, "pickup_place": ui.pickup_place_combo,
                "detail": ui.pickup_detail_edit}),
            Reason.MISSORTED: (ui.missorted_page, ui.missorted_page_form, {
                "detail": ui.missorted_detail_edit}),
            Reason.RETURN: (ui.return_page, ui.return_page_form, {
                "requested_by": ui.return_by_combo, "detail": ui.return_detail_edit}),
            Reason.REFUSED: (ui.refused_page, ui.refused_page_form, {
                "refusal": ui.refused_kind_combo, "detail": ui.refused_detail_edit}),
            Reason.DAMAGED: (ui.damaged_page, ui.damaged_page_form, {
                "detail": ui.damaged_detail_edit}),
            Reason.MISROUTE: (ui.misroute_page, ui.misroute_page_form, {
                "detail": ui.misroute_detail_edit}),
        }
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
        self._fill_choices()
        ui.in_waybill_edit.returnPressed.connect(
            lambda: self.open_parcel(ui.in_waybill_edit.text()))
        ui.reason_combo.currentIndexChanged.connect(self._reason_changed)
        ui.bulky_check.toggled.connect(lambda _on: self._propose())
        ui.save_in_button.clicked.connect(self.save_in)
        ui.in_cancel_button.clicked.connect(self.clear_in)
        ui.print_label_button.clicked.connect(self.print_label)
        ui.location_edit.textEdited.connect(lambda _t: self._propose(show_only=True))
        for reason, (_page, _form, fields) in self._fields.items():
            for name, widget in fields.items():
                if isinstance(widget, QLineEdit):
                    widget.returnPressed.connect(self.save_in)
                elif isinstance(widget, QDateTimeEdit):
                    self._make_blankable(widget)
                    widget.installEventFilter(self)
                else:
                    widget.installEventFilter(self)
                if isinstance(widget, QComboBox) and name in ("reached", "answer"):
                    widget.currentIndexChanged.connect(lambda _i, r=reason: self._rows_changed(r))
        for edit in (ui.recipient_edit, ui.phone_edit, ui.location_edit, ui.note_edit):
            edit.returnPressed.connect(self.save_in)
        for widget in (ui.reason_combo, ui.province_combo, ui.bulky_check):
            widget.installEventFilter(self)
        tab = ui.scan_in_tab
        for n, key in enumerate(REASON_KEYS):
            self._shortcut(tab, f"Alt+{key}", partial(self.pick_reason, n))
        self._shortcut(tab, "Ctrl+Return", self.save_in)
        self._shortcut(tab, "Ctrl+Enter", self.save_in)
        self._shortcut(tab, "Ctrl+P", self.print_label)
        self._shortcut(tab, "Escape", self.clear_in)
        for reason in Reason:
            self._update_rows(reason)

    def _fill_choices(self) -> None:
        """(Re)fill the combos whose items are translated names, keeping the choice."""
        ui = self.ui
        keep = ui.reason_combo.currentData()
        ui.reason_combo.clear()
        ui.reason_combo.addItem(translate("WarehouseWorkspace", "— choose the reason —"), None)
        for n, reason in enumerate(Reason):
            key = f"  (Alt+{REASON_KEYS[n]})" if n < len(REASON_KEYS) else ""
            ui.reason_combo.addItem(reason_name(reason) + key, reason.value)
        ui.reason_combo.setCurrentIndex(max(0, ui.reason_combo.findData(keep)))
        for _page, _form, fields in self._fields.values():
            for name, widget in fields.items():
                if isinstance(widget, QComboBox):
                    keep = widget.currentData()
                    widget.blockSignals(True)
                    widget.clear()
                    widget.addItem("—", None)
                    for value, text in choice_names(name):
                        widget.addItem(text, str(value))
                    widget.setCurrentIndex(max(0, widget.findData(keep)))
                    widget.blockSignals(False)
        for edit in self._time_edits():
            edit.setToolTip(translate(
                "WarehouseWorkspace",
                "N: now · ↑/↓: change the selected part · Ctrl+Del: clear"))

    def _time_edits(self) -> list[QDateTimeEdit]:
        return [w for _p, _f, fields in self._fields.values() for w in fields.values()
                if isinstance(w, QDateTimeEdit)]

    @staticmethod
    def _make_blankable(edit: QDateTimeEdit) -> None:
        if isinstance(edit, QDateEdit):
            edit.setMinimumDate(BLANK.date())
            edit.setDate(BLANK.date())
        else:
            edit.setMinimumDateTime(BLANK)
            edit.setDateTime(BLANK)
        edit.setSpecialValueText("—")

    def _now_in(self, edit: QDateTimeEdit) -> None:
        now = self._services.clock.now().replace(second=0, microsecond=0)
        if isinstance(edit, QDateEdit):
            edit.setDate(QDate(now.year, now.month, now.day))
        else:
            edit.setDateTime(QDateTime(QDate(now.year, now.month, now.day),
                                       QTime(now.hour, now.minute)))
        edit.setCurrentSectionIndex(edit.sectionCount() - 1)

    @staticmethod
    def _blank(edit: QDateTimeEdit) -> bool:
        return edit.dateTime() <= edit.minimumDateTime()

    def pick_reason(self, index: int) -> None:
        """Alt+digit: choose the index-th reason and go to its first detail."""
        if not self.ui.in_form.isEnabled() or index >= len(Reason):
            return
        self.ui.reason_combo.setCurrentIndex(index + 1)
        self._focus_first_detail()

    def _reason(self) -> Reason | None:
        data = self.ui.reason_combo.currentData()
        return Reason(data) if data else None

    def _reason_changed(self, _index: int) -> None:
        reason = self._reason()
        ui = self.ui
        ui.details_stack.setCurrentWidget(self._fields[reason][0] if reason else ui.choose_page)
        self._propose()

    def _update_rows(self, reason: Reason) -> None:
        """Show exactly what the reason records now: address or call, the customer's date."""
        _page, form, fields = self._fields[reason]
        if "reached" in fields:
            reached = fields["reached"]
            assert isinstance(reached, QComboBox)
            value = reached.currentData()
            for name in ("address", "wanted_time"):
                if name in fields:
                    form.setRowVisible(fields[name], value == "yes")
            for name in ("call_at", "call_outcome"):
                form.setRowVisible(fields[name], value == "no")
        if "answer" in fields:
            answer = fields["answer"]
            assert isinstance(answer, QComboBox)
            form.setRowVisible(fields["answer_date"],
                               answer.currentData() == OutOfAreaAnswer.ON_DATE)

    def _rows_changed(self, reason: Reason) -> None:
        self._update_rows(reason)
        self._propose()  # a reached customer's parcel goes to the next-round area (WH-9)

    def _details(self, reason: Reason) -> ProblemDetails:
        """What the reason's page holds (only its visible fields), unchecked."""
        page, _form, fields = self._fields[reason]
        values: dict[str, Any] = {}
        for name, widget in fields.items():
            if not widget.isVisibleTo(page):
                continue
            value: Any = None
            if isinstance(widget, QComboBox):
                data = widget.currentData()
                if data is not None:
                    value = data == "yes" if name == "reached" else CHOICE_KINDS[name](data)
            elif isinstance(widget, QDateEdit):
                value = None if self._blank(widget) else widget.date().toPython()
            elif isinstance(widget, QDateTimeEdit):
                value = None if self._blank(widget) else widget.dateTime().toPython()
            elif isinstance(widget, QLineEdit):
                value = widget.text()
            if value is not None and value != "":
                values[name] = value
        return ProblemDetails(**values)

    def _load_details(self, reason: Reason, details: ProblemDetails) -> None:
        """Put recorded details back into the reason's page (修改原因)."""
        _page, _form, fields = self._fields[reason]
        for name, widget in fields.items():
            value = getattr(details, name)
            if isinstance(widget, QComboBox):
                key = None if value is None else ("yes" if value is True else "no"
                                                  if value is False else str(value))
                widget.setCurrentIndex(max(0, widget.findData(key)) if key else 0)
            elif isinstance(widget, QDateEdit):
                if isinstance(value, date):
                    widget.setDate(QDate(value.year, value.month, value.day))
            elif isinstance(widget, QDateTimeEdit):
                if isinstance(value, datetime):
                    widget.setDateTime(QDateTime(QDate(value.year, value.month, value.day),
                                                 QTime(value.hour, value.minute)))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value or ""))
        self._update_rows(reason)

    def _focus_first_detail(self) -> None:
        reason = self._reason()
        if reason is None:
            self.ui.reason_combo.setFocus()
            return
        page, _form, fields = self._fields[reason]
        for widget in fields.values():
            if widget.isVisibleTo(page):
                widget.setFocus()
                return

    def _propose(self, *, show_only: bool = False) -> None:
        """Ask where this parcel belongs (WH-9) and show it; fill the location unless the
        clerk typed one. Asked on the worker thread (it counts the stock by location); only
        the newest question's answer is shown, and only while its parcel is on the form."""
        ui = self.ui
        found = self._found
        if found is None or not ui.in_form.isEnabled():
            return
        reason = self._reason()
        details = self._details(reason) if reason else ProblemDetails()
        bulky = ui.bulky_check.isChecked()
        self._proposals += 1
        asked = self._proposals

        def answered(proposal: Proposal) -> None:
            if asked != self._proposals or self._found is not found:
                return  # a newer question, or another parcel
            self._show_proposal(proposal, show_only=show_only)

        run_in_background(lambda: self._wh.propose(reason, details, bulky=bulky), answered,
                          parent=self, quiet=True)

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
        if self._operator is None:
            return ScanFeedback(ScanOutcome.REJECTED, translate("WarehouseWorkspace", "Log in"))
        if self._saving:  # the last parcel's write has not answered yet: this one follows
            self._queued_scan = text
            return ScanFeedback(ScanOutcome.ACCEPTED,
                                translate("WarehouseWorkspace", "Scan in"),
                                translate("WarehouseWorkspace", "{number} opens as soon as the "
                                          "last parcel is saved.").format(number=text.strip()))
        if self._editing is not None:
            self._editing = None
            self._close_form()
        unsaved = (self._found.waybill_no if self._found and self._reason() is not None
                   and ui.in_form.isEnabled() else None)
        operator = self._operator
        answers: list[ScanFeedback] = []
        waiting = [False]

        def answer(outcome: Lookup | BaseException) -> None:
            if isinstance(outcome, BaseException) and not isinstance(outcome, DomainError):
                raise outcome
            feedback = self._opened(outcome, unsaved)
            if note and not self.ui.in_message_label.text():
                self._in_message(note, GREEN)
            if waiting[0]:
                self.scan_answered.emit(feedback)
            else:
                answers.append(feedback)

        # The look-up runs on the worker thread (issue 15 §1): a busy database never holds
        # the window; the verdict follows through scan_answered when it is not known at once.
        run_in_background(lambda: self._wh.lookup(operator, text), answer, answer, parent=self)
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
            self._in_message(self._describe(err), RED)
            ui.in_waybill_edit.selectAll()
            ui.in_waybill_edit.setFocus()
            return ScanFeedback(ScanOutcome.REJECTED,
                                translate("WarehouseWorkspace", "Not taken in"),
                                ui.in_message_label.text())
        ui.in_waybill_edit.setText(found.waybill_no)
        stay = found.open_stay
        if stay is not None:
            self._close_form()
            self._found = None
            text = translate(
                "WarehouseWorkspace",
                "{number} is already in stock: {code} at {location}, since {since}, scanned in "
                "by {by}. Nothing was recorded twice.").format(
                number=stay.waybill_no, code=stay.pickup_code, location=stay.location,
                since=stay.in_at.strftime("%Y-%m-%d %H:%M"), by=self._people.label(stay.in_by))
            self._in_message(text, AMBER)
            ui.pickup_code_label.setText(stay.pickup_code)
            ui.in_result_label.setText(reason_name(stay.reason))
            self._last_in = stay.waybill_no
            ui.in_waybill_edit.selectAll()
            ui.in_waybill_edit.setFocus()
            return ScanFeedback(ScanOutcome.DUPLICATE,
                                translate("WarehouseWorkspace", "Already in stock"), text)
        self._open_form(found)
        if unsaved and unsaved != found.waybill_no:
            self._in_message(translate(
                "WarehouseWorkspace", "{number} was not saved: scan it again.").format(
                number=unsaved), AMBER)
        if warning := signed_warning(found, self._people.label):  # X-6 (issue 16)
            self._in_message(warning, AMBER)
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
            courier = next((ui.out_courier_combo.itemText(i)
                            for i in range(ui.out_courier_combo.count())
                            if ui.out_courier_combo.itemData(i) == expected.courier_id), "")
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
        ui.reason_combo.setCurrentIndex(0)
        for reason, (_page, _form, fields) in self._fields.items():
            for widget in fields.values():
                if isinstance(widget, QComboBox):
                    widget.setCurrentIndex(0)
                elif isinstance(widget, QDateTimeEdit):
                    self._make_blankable(widget)
                elif isinstance(widget, QLineEdit):
                    widget.clear()
            self._update_rows(reason)
        for edit in (ui.recipient_edit, ui.phone_edit, ui.location_edit, ui.note_edit):
            edit.clear()
        ui.bulky_check.setChecked(False)
        ui.province_combo.setCurrentIndex(0)
        self.origin_city.edit.clear()
        ui.location_hint_label.clear()
        self._proposed = ""

    def _close_form(self) -> None:
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
        self._close_form()
        self.show_tab(self.ui.warehouse_tabs.indexOf(self.ui.scan_in_tab))
        self.ui.in_waybill_edit.clear()
        self.ui.in_waybill_edit.setFocus()

    def start_edit(self, stay: StayRecord) -> None:
        """修改原因: the scan-in form, loaded with the parcel's reason and details."""
        ui = self.ui
        self._match = None
        self._found = None
        self._clear_fields()
        self._editing = stay
        self.show_tab(ui.warehouse_tabs.indexOf(ui.scan_in_tab))
        ui.in_form.setEnabled(True)
        ui.parcel_box.setEnabled(False)
        ui.in_waybill_edit.setText(stay.waybill_no)
        ui.reason_combo.setCurrentIndex(max(0, ui.reason_combo.findData(stay.reason.value)))
        self._load_details(stay.reason, stay.details)
        ui.recipient_edit.setText(mask_name(stay.recipient))
        ui.phone_edit.setText(mask_phone(stay.phone) if stay.phone else "")
        ui.location_edit.setText(stay.location)
        ui.in_status_label.setText(translate(
            "WarehouseWorkspace", "Record what changed and press Enter; Esc goes back."))
        ui.in_message_label.clear()
        self._show_mode()
        self._focus_first_detail()

    def save_in(self) -> None:
        """Enter: scan in (or match the headless parcel, or record the new details). The write
        runs on the worker thread (issue 15 §1, issue 21 §5: a scan-in's transaction, or a
        locked database's wait, no longer holds the window); Enter again meanwhile does
        nothing, and the form stays as typed until the answer comes."""
        ui = self.ui
        operator = self._operator
        if not ui.in_form.isEnabled() or operator is None or self._saving:
            return
        self._unmark()
        reason = self._reason()
        details = self._details(reason) if reason else ProblemDetails()
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
            message = self._describe(err)
            if queued:  # the form stays on the parcel at fault; the next one waits
                message += " " + translate("WarehouseWorkspace", "{number} was not opened: "
                                           "scan it again.").format(number=queued.strip())
            self._in_message(message, AMBER if isinstance(err, AlreadyInStock) else RED)
            self._focus_in_error(err, reason)

        def saved(stay: StayRecord | None) -> None:
            self._saving = False
            self._saved(stay)
            queued, self._queued_scan = self._queued_scan, None
            if queued:  # still saying the last one was saved
                self.open_parcel(queued, note=self.ui.in_message_label.text())

        self._saving = True
        run_in_background(write, saved, failed, parent=self,
                          label=translate("WarehouseWorkspace", "Saving {number}…").format(
                              number=draft.waybill.strip()))

    def _saved(self, stay: StayRecord | None) -> None:
        ui = self.ui
        if self._editing is not None:
            number = self._editing.waybill_no
            self._editing = None
            self._close_form()
            self.show_tab(ui.warehouse_tabs.indexOf(ui.search_tab))
            self._search_message(translate("WarehouseWorkspace", "New details of {number} "
                                           "recorded.").format(number=number), GREEN)
            self._refresh_search()
            self._board_changed(number)
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
        self._close_form()
        self._in_message(translate("WarehouseWorkspace", "Saved {number}.").format(
            number=stay.waybill_no), GREEN)
        ui.in_waybill_edit.clear()
        ui.in_waybill_edit.setFocus()
        if self._operator is not None:  # arrival notice, X-7 (issue 20)
            self.consent_bar.after_scan_in(self._operator, stay)
        self._board_changed(stay.waybill_no)

    def _focus_in_error(self, err: DomainError, reason: Reason | None) -> None:
        """Mark and focus the field at fault; for missing details, every missing one."""
        fields = self._fields[reason][2] if reason else {}
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
            self._close_form()
            ui.in_waybill_edit.clear()
            self.show_tab(ui.warehouse_tabs.indexOf(ui.search_tab))
            return
        if not ui.in_form.isEnabled():
            self._match = None
        self._found = None
        self._close_form()
        ui.in_waybill_edit.clear()
        ui.in_message_label.clear()
        ui.in_waybill_edit.setFocus()

    def _in_message(self, text: str, style: str) -> None:
        self.ui.in_message_label.setStyleSheet(style)
        self.ui.in_message_label.setText(text)

    def print_label(self) -> None:
        """Ctrl+P: the pickup label of the parcel just scanned in (code, barcode, masked
        recipient)."""
        if self._operator is None or not self._last_in:
            self._in_message(translate("WarehouseWorkspace",
                                       "Scan a parcel in first; then Ctrl+P prints its label."),
                             RED)
            return
        try:
            labels = self._wh.labels(self._operator, [self._last_in])
        except DomainError as err:
            self._in_message(self._describe(err), RED)
            return
        raw = self.raw_printing
        if raw is not None and raw.print_labels(labels, self._operator):
            # issue 17 §2: the label printer, no dialog; a failure comes back via `printed`
            self._in_message(translate("WarehouseWorkspace", "Label of {number} sent to the "
                                       "label printer.").format(number=self._last_in), GREEN)
            return
        number = self._last_in
        reprint = number in self._labels_printed
        if reprint:
            try:
                self._wh.label_reprinted(self._operator, number)
            except DomainError as err:
                self._in_message(self._describe(err), RED)
                return
        font = report_font()

        def rendered(pdf: bytes) -> None:
            self.last_print = pdf

        def done(result: PrintResult) -> None:
            if result.ok:
                self._labels_printed.add(number)
                self._in_message(translate("WarehouseWorkspace",
                                           "Label of {number} printed.").format(number=number),
                                 GREEN)
            else:
                self._in_message(describe_result(result), RED)

        print_document(
            self, DocKind.LABEL,
            translate("WarehouseWorkspace", "Label {code}").format(code=labels[0].pickup_code),
            lambda: render_pickup_labels_pdf(labels, font, reprint=reprint),
            ask=self.ask_print, rendered=rendered, done=done, reprint=reprint)

    def ask_print(self, printer: QPrinter) -> bool:
        """The system print dialog (replaced in tests)."""
        return ask_print(self, printer)

    def attach_raw_printing(self, raw: RawPrinting) -> None:
        """Print pickup labels on this PC's label printer when it has one (issue 17 §2)."""
        self.raw_printing = raw
        raw.printed.connect(self._raw_printed)

    def _raw_printed(self, entry: PrintLogEntry, _latency: float) -> None:
        if entry.ok or entry.document != "label":
            return
        self._in_message(translate(
            "WarehouseWorkspace", "The label printer did not take the label ({error}). "
            "Ctrl+P prints it again.").format(error=entry.error), RED)

    def attach_scale(self, scale: ScalePort) -> None:
        """Let the scan-out weight (EMS, air return fee) follow this PC's scale (issue 17)."""
        self.weight_follower.attach(scale)

    # --- scan-out ----------------------------------------------------------------------------
    def _build_scan_out(self) -> None:
        ui = self.ui
        for edit in (ui.out_waybill_edit, ui.out_check_edit, ui.out_weight_edit,
                     ui.out_ems_fee_edit, ui.out_paid_edit):
            disable_input_method(edit)
        ui.out_province_combo.addItem("—", "")
        for province in PROVINCES:
            ui.out_province_combo.addItem(province, province)
        self._fill_out_choices()
        ui.disposition_combo.currentIndexChanged.connect(lambda _i: self._disposition_changed())
        ui.out_air_check.toggled.connect(lambda _on: self._disposition_changed(focus=False))
        for edit in (ui.out_weight_edit, ui.out_ems_fee_edit, ui.out_paid_edit):
            edit.textChanged.connect(lambda _t: self._preview_fee())
        for combo in (ui.out_province_combo, ui.out_payment_combo):
            combo.currentIndexChanged.connect(lambda _i: self._preview_fee())
        for edit in (ui.out_check_edit, ui.out_company_edit, ui.out_weight_edit,
                     ui.out_ems_fee_edit, ui.out_paid_edit):
            edit.returnPressed.connect(ui.out_waybill_edit.setFocus)
        ui.out_waybill_edit.returnPressed.connect(self._out_entered)
        self.ems_fields = EmsFields(ui.out_form, ui.disposition_box, ui.out_payment_combo)
        self.origin_city = OriginCityField(ui.parcel_form, ui.parcel_box, ui.province_combo)
        self.city_field = ReturnCityField(ui.out_form, ui.disposition_box, ui.out_province_combo)
        self.city_field.edit.textChanged.connect(lambda _t: self._preview_fee())
        for edit in (self.ems_fields.number_edit, self.ems_fields.destination_edit):
            edit.returnPressed.connect(ui.out_waybill_edit.setFocus)  # WH-17 (issue 16)
        # issue 17 §1: EMS forwarding and the air return fee weigh on the scale too
        self.weight_follower = WeightFollower(ui.out_weight_edit, self)
        ui.out_button.clicked.connect(self._out_entered)
        ui.delivery_scan_button.clicked.connect(self.delivery_scan_and_out)
        tab = ui.scan_out_tab
        for n in range(len(SCAN_OUT_CHOICES)):
            self._shortcut(tab, f"Alt+{n + 1}", partial(self.pick_disposition, n))
        self._shortcut(tab, "Ctrl+D", self.delivery_scan_and_out)
        self._shortcut(tab, "Escape", self.clear_out)
        ui.no_scan_frame.setVisible(False)
        self._disposition_changed(focus=False)
        self._show_session()

    def _fill_out_choices(self) -> None:
        ui = self.ui
        keep = ui.disposition_combo.currentIndex()
        ui.disposition_combo.blockSignals(True)
        ui.disposition_combo.clear()
        for n, disposition in enumerate(SCAN_OUT_CHOICES):
            ui.disposition_combo.addItem(f"{disposition_name(disposition)}  (Alt+{n + 1})",
                                         disposition.value)
        ui.disposition_combo.setCurrentIndex(max(0, keep))
        ui.disposition_combo.blockSignals(False)
        keep_payment = ui.out_payment_combo.currentData()
        ui.out_payment_combo.clear()
        ui.out_payment_combo.addItem("—", None)
        for payment in Payment:
            ui.out_payment_combo.addItem(payment_name(payment), payment.value)
        ui.out_payment_combo.setCurrentIndex(max(0, ui.out_payment_combo.findData(keep_payment)))

    def pick_disposition(self, index: int) -> None:
        """Alt+1…5: how the next parcels leave; focus goes to what it needs."""
        if self.ui.disposition_combo.currentIndex() == index:
            self._disposition_changed()
        else:
            self.ui.disposition_combo.setCurrentIndex(index)

    def disposition(self) -> Disposition:
        """The disposition chosen for the next scans."""
        return Disposition(self.ui.disposition_combo.currentData() or Disposition.DELIVERY)

    def _disposition_changed(self, *, focus: bool = True) -> None:
        ui = self.ui
        d = self.disposition()
        returns = d in (Disposition.RETURN_COURIER, Disposition.RETURN_COMPANY)
        air = returns and ui.out_air_check.isChecked()
        form = ui.out_form
        form.setRowVisible(ui.out_courier_combo, d in (Disposition.DELIVERY,
                                                       Disposition.RETURN_COURIER,
                                                       Disposition.EMS))
        form.setRowVisible(ui.out_check_edit, d is Disposition.COLLECTED)
        form.setRowVisible(ui.out_company_edit, d is Disposition.RETURN_COMPANY)
        form.setRowVisible(ui.out_air_check, returns)
        form.setRowVisible(ui.out_province_combo, air)
        self.city_field.show(air)  # WH-11 city rows (issue 16)
        form.setRowVisible(ui.out_weight_edit, air or d is Disposition.EMS)
        for widget in (ui.out_ems_fee_edit, ui.out_paid_edit, ui.out_payment_combo):
            form.setRowVisible(widget, d is Disposition.EMS)
        self.ems_fields.show(d is Disposition.EMS)
        ui.out_courier_label.setText({
            Disposition.DELIVERY: translate("WarehouseWorkspace", "&Courier"),
            Disposition.RETURN_COURIER: translate("WarehouseWorkspace", "Back to &courier"),
            Disposition.EMS: translate("WarehouseWorkspace", "&Courier to collect a shortfall"),
        }.get(d, translate("WarehouseWorkspace", "&Courier")))
        self._preview_fee()
        if focus:
            first = {
                Disposition.DELIVERY: ui.out_courier_combo,
                Disposition.COLLECTED: ui.out_check_edit,
                Disposition.RETURN_COURIER: ui.out_courier_combo,
                Disposition.RETURN_COMPANY: ui.out_company_edit,
                Disposition.EMS: ui.out_weight_edit,
            }.get(d, ui.out_waybill_edit)
            first.setFocus()

    def _preview_fee(self) -> None:
        """WH-11 return fee / WH-12 shortfall as the clerk types (the service decides)."""
        ui = self.ui
        d = self.disposition()
        text = ""
        try:
            weight = Decimal(ui.out_weight_edit.text().strip() or "0")
            if (d in (Disposition.RETURN_COURIER, Disposition.RETURN_COMPANY)
                    and ui.out_air_check.isChecked() and self._tariff is not None
                    and ui.out_province_combo.currentData() and weight > 0):
                fee = return_fee(self._tariff, str(ui.out_province_combo.currentData()), weight,
                                 self.city_field.edit.text().strip())
                text = translate("WarehouseWorkspace", "Return fee: {fee} 元").format(fee=fee)
            elif d is Disposition.EMS and ui.out_payment_combo.currentData():
                shortfall = ems_shortfall(
                    Payment(ui.out_payment_combo.currentData()),
                    Decimal(ui.out_paid_edit.text().strip() or "0"),
                    Decimal(ui.out_ems_fee_edit.text().strip() or "0"))
                text = (translate("WarehouseWorkspace",
                                  "Short by {amount} 元: the courier collects it").format(
                    amount=shortfall) if shortfall > 0 else translate(
                    "WarehouseWorkspace", "The paid freight covers the EMS fee"))
        except (InvalidOperation, DomainError, ArithmeticError):
            text = ""
        ui.out_fee_label.setText(text)

    def _out_draft(self) -> ScanOutDraft:
        ui = self.ui
        courier = ui.out_courier_combo.currentData()
        payment = ui.out_payment_combo.currentData()
        return ScanOutDraft(
            disposition=self.disposition(),
            courier_id=int(courier) if courier is not None else None,
            check=ui.out_check_edit.text(),
            company=ui.out_company_edit.text(),
            air=ui.out_air_check.isChecked(),
            province=str(ui.out_province_combo.currentData() or ""),
            city=self.city_field.edit.text(),
            weight=ui.out_weight_edit.text(),
            ems_fee=ui.out_ems_fee_edit.text(),
            paid_freight=ui.out_paid_edit.text(),
            payment=Payment(payment) if payment else None,
            ems_no=self.ems_fields.number_edit.text(),
            ems_destination=self.ems_fields.destination_edit.text(),
        )

    def _out_entered(self) -> None:
        if self.ui.out_waybill_edit.text().strip():
            self.scan_out(self.ui.out_waybill_edit.text())

    def scan_out(self, text: str) -> ScanFeedback:
        """One parcel leaves with the chosen disposition (WH-4). The write runs on the worker
        thread (issue 15 §1, issue 21 §5: a scan-out's transaction, or a locked database's
        wait, no longer holds the window); the verdict is returned when already known (tasks
        inline), else :data:`PENDING` and it follows through ``scan_answered``."""
        ui = self.ui
        ui.out_waybill_edit.setText(text.strip().upper())
        operator = self._operator
        if operator is None:
            return ScanFeedback(ScanOutcome.REJECTED, translate("WarehouseWorkspace", "Log in"))
        try:
            draft = self._out_draft()
        except DomainError as err:
            return self._scan_out_answer(err)
        answers: list[ScanFeedback] = []
        waiting = [False]

        def answer(outcome: ScanOutResult | BaseException) -> None:
            if isinstance(outcome, BaseException) and not isinstance(outcome, DomainError):
                raise outcome
            feedback = self._scan_out_answer(outcome)
            if waiting[0]:
                self.scan_answered.emit(feedback)
            else:
                answers.append(feedback)

        run_in_background(lambda: self._wh.scan_out(operator, text, draft), answer, answer,
                          parent=self)
        if answers:
            return answers[0]
        waiting[0] = True
        return PENDING

    def _scan_out_answer(self, outcome: ScanOutResult | DomainError) -> ScanFeedback:
        """Show how a scan-out ended and say it for the result bar."""
        ui = self.ui
        not_out = translate("WarehouseWorkspace", "Not scanned out")
        try:
            if isinstance(outcome, DomainError):
                raise outcome
            result = outcome
        except NoDeliveryScan as err:
            self._pending_return = err.waybill_no
            ui.no_scan_frame.setVisible(True)
            courier = ui.out_courier_combo.currentData()
            if courier is not None and ui.area_courier_combo.currentData() is None:
                ui.area_courier_combo.setCurrentIndex(ui.area_courier_combo.findData(courier))
            message = translate(
                "WarehouseWorkspace",
                "{message} Ctrl+D does it with the area courier and scans it out.").format(
                message=self._describe(err))
            self._out_result(translate("WarehouseWorkspace", "Delivery scan first"), message,
                             RED)
            ui.area_courier_combo.setFocus()
            return ScanFeedback(ScanOutcome.REJECTED,
                                translate("WarehouseWorkspace", "Delivery scan first"), message)
        except AlreadyOut as err:
            self._out_result(translate("WarehouseWorkspace", "Already out"),
                             self._describe(err), RED)
            ui.out_waybill_edit.selectAll()
            ui.out_waybill_edit.setFocus()
            return ScanFeedback(ScanOutcome.REJECTED,
                                translate("WarehouseWorkspace", "Already out"), self._describe(err))
        except PickupCheckFailed as err:
            self._out_result(translate("WarehouseWorkspace", "Do not hand over"),
                             self._describe(err),
                             RED)
            ui.out_check_edit.selectAll()
            ui.out_check_edit.setFocus()
            return ScanFeedback(ScanOutcome.REJECTED,
                                translate("WarehouseWorkspace", "Do not hand over"),
                                self._describe(err))
        except DomainError as err:
            message = self._describe(err)
            self._out_result(not_out, message, RED)
            self._focus_out_error(err)
            return ScanFeedback(ScanOutcome.REJECTED, not_out, message)
        self._pending_return = None
        ui.no_scan_frame.setVisible(False)
        stay = result.stay
        headline = result.label or disposition_name(stay.disposition or self.disposition())
        detail = f"{stay.waybill_no} · " + out_text(stay.disposition or self.disposition(),
                                                    stay.out_details)
        self._out_result(headline, detail, GREEN)
        self.remember_out(_OutLine(self._services.clock.now(), result))
        self._board_changed(result.stay.waybill_no)
        ui.out_check_edit.clear()
        ui.out_waybill_edit.clear()
        if ui.out_weight_edit.text() and self.weight_follower.weighed_grams() is not None:
            ui.out_weight_edit.clear()  # the next parcel is weighed afresh
        self.weight_follower.reset()
        if self.disposition() is Disposition.COLLECTED:
            ui.out_check_edit.setFocus()
        else:
            ui.out_waybill_edit.setFocus()
        return ScanFeedback(ScanOutcome.ACCEPTED, headline, detail)

    def delivery_scan_and_out(self) -> None:
        """WH-7: the area's delivery scan, then the return that was refused."""
        ui = self.ui
        number = self._pending_return
        if number is None or self._operator is None:
            return
        courier = ui.area_courier_combo.currentData()
        try:
            if courier is None:
                raise FieldInvalid("courier", "required")
            self._wh.delivery_scan(self._operator, number, int(courier))
        except DomainError as err:
            self._out_result(translate("WarehouseWorkspace", "Not scanned out"),
                             self._describe(err), RED)
            ui.area_courier_combo.setFocus()
            return
        self.scan_out(number)

    def _focus_out_error(self, err: DomainError) -> None:
        ui = self.ui
        widgets: dict[str, QWidget] = {
            "courier": ui.out_courier_combo, "check": ui.out_check_edit,
            "company": ui.out_company_edit, "province": ui.out_province_combo,
            "weight": ui.out_weight_edit, "ems_fee": ui.out_ems_fee_edit,
            "paid_freight": ui.out_paid_edit, "payment": ui.out_payment_combo,
            **self.ems_fields.fields(),
        }
        target = widgets.get(err.field) if isinstance(err, FieldInvalid) else None
        (target or ui.out_waybill_edit).setFocus()

    def _out_result(self, headline: str, detail: str, style: str) -> None:
        ui = self.ui
        ui.out_result_label.setStyleSheet(style)
        ui.out_result_label.setText(headline)
        ui.out_message_label.setText(detail)

    def clear_out(self) -> None:
        """Esc: clear the number and the result, back to the scan field."""
        ui = self.ui
        ui.out_waybill_edit.clear()
        ui.out_result_label.clear()
        ui.out_message_label.clear()
        ui.no_scan_frame.setVisible(False)
        self._pending_return = None
        ui.out_waybill_edit.setFocus()

    def remember_out(self, line: _OutLine) -> None:
        """Put a parcel just scanned out at the top of the session's list: one row inserted,
        the oldest dropped past SESSION_LINES, nothing re-measured (issue 21 §2)."""
        self._session.insert(0, line)
        del self._session[SESSION_LINES:]
        table = self.ui.out_table
        if table.columnCount() != len(self._session_headers()) or table.rowCount() == 0:
            self._show_session()
            return
        table.insertRow(0)
        for column, text in enumerate(self._session_cells(line)):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, line.result.stay.waybill_no)
            table.setItem(0, column, item)
        while table.rowCount() > SESSION_LINES:
            table.removeRow(table.rowCount() - 1)

    @staticmethod
    def _session_headers() -> list[str]:
        return [translate("WarehouseWorkspace", "Time"),
                translate("WarehouseWorkspace", "Waybill"),
                translate("WarehouseWorkspace", "How it left"),
                translate("WarehouseWorkspace", "Pickup code")]

    @staticmethod
    def _session_cells(line: _OutLine) -> list[str]:
        stay = line.result.stay
        return [line.at.strftime("%H:%M"), stay.waybill_no,
                out_text(stay.disposition or Disposition.DELIVERY, stay.out_details),
                stay.pickup_code]

    def _show_session(self) -> None:
        show_rows(self.ui.out_table, self._session_headers(),
                  [self._session_cells(line) for line in self._session],
                  [line.result.stay.waybill_no for line in self._session])

    # --- search ------------------------------------------------------------------------------
    def _build_search(self) -> None:
        ui = self.ui
        disable_input_method(ui.relocate_edit)
        self._fill_directions()
        ui.search_edit.returnPressed.connect(self.search)
        ui.search_button.clicked.connect(self.search)
        ui.search_table.itemSelectionChanged.connect(self._show_selected)
        ui.notify_button.clicked.connect(self.notify)
        ui.message_button.clicked.connect(self.log_message)
        ui.note_button.clicked.connect(self.add_note)
        ui.search_delivery_scan_button.clicked.connect(self.search_delivery_scan)
        ui.relocate_button.clicked.connect(self.relocate)
        ui.update_details_button.clicked.connect(self.change_reason)
        ui.relocate_edit.returnPressed.connect(self.relocate)
        self._enable_actions(None)

    def _fill_directions(self) -> None:
        combo = self.ui.msg_direction_combo
        keep = combo.currentIndex()
        combo.clear()
        combo.addItem(translate("WarehouseWorkspace", "We sent it (to the company)"), True)
        combo.addItem(translate("WarehouseWorkspace", "Their reply (from the company)"), False)
        combo.setCurrentIndex(max(0, keep))

    def search(self) -> bool | None:
        """Waybill (or part), phone tail or name → parcels, newest first; the first one's
        timeline. The search runs on the worker thread (issue 15 §1: a search, or a locked
        database's wait, never freezes the window; progress after 300 ms); returns whether
        something was found, or None while the answer is still coming."""
        ui = self.ui
        if self._operator is None:
            return False
        operator, text = self._operator, ui.search_edit.text()
        outcome: list[bool] = []

        def found(results: list[StayRecord]) -> None:
            self._results = results
            self._show_results()
            if not results:
                self._search_message(translate("WarehouseWorkspace", "Nothing found for "
                                               "{text}.").format(text=text.strip()), RED)
                outcome.append(False)
                return
            self._search_message(translate("WarehouseWorkspace", "{n} parcel(s) found."
                                           ).format(n=len(results)), GREEN)
            ui.search_table.selectRow(0)
            outcome.append(True)

        def failed(err: BaseException) -> None:
            if not isinstance(err, DomainError):
                raise err
            self._search_message(self._describe(err), RED)
            self._results = []
            self._show_results()
            outcome.append(False)

        self._search_message(translate("WarehouseWorkspace", "Searching…"), "")
        run_in_background(lambda: self._wh.search(operator, text), found, failed, parent=self,
                          label=translate("WarehouseWorkspace", "Searching {text}…").format(
                              text=text.strip()))
        return outcome[0] if outcome else None

    def _show_results(self, keep: int | None = None) -> None:
        ui = self.ui
        stock = translate("WarehouseWorkspace", "in stock")
        show_rows(
            ui.search_table,
            [translate("WarehouseWorkspace", "Waybill"),
             translate("WarehouseWorkspace", "Recipient"),
             translate("WarehouseWorkspace", "Reason"),
             translate("WarehouseWorkspace", "Location / code"),
             translate("WarehouseWorkspace", "In"),
             translate("WarehouseWorkspace", "Out")],
            [[s.waybill_no, mask_contact(s.recipient, s.phone), reason_name(s.reason),
              f"{s.location} / {s.pickup_code}", f"{minute(s.in_at)} {self._people.label(s.in_by)}",
              f"{minute(s.out_at)} {self._people.label(s.out_by)} · "
              + out_text(s.disposition, s.out_details) if s.out_at and s.disposition
              else stock] for s in self._results],
            [s.id for s in self._results],
        )
        if keep is not None:
            for row, s in enumerate(self._results):
                if s.id == keep:
                    ui.search_table.selectRow(row)

    def selected_stay(self) -> StayRecord | None:
        """The parcel selected in the results."""
        key = selected_key(self.ui.search_table)
        return next((s for s in self._results if s.id == key), None)

    def _show_selected(self) -> None:
        stay = self.selected_stay()
        self._enable_actions(stay)
        if stay is None or self._operator is None:
            show_rows(self.ui.timeline_table, [], [], [])
            return
        events = self._wh.timeline(self._operator, stay.waybill_no)
        show_rows(
            self.ui.timeline_table,
            [translate("WarehouseWorkspace", "Time"), translate("WarehouseWorkspace", "Who"),
             translate("WarehouseWorkspace", "What")],
            [[e.at.strftime("%Y-%m-%d %H:%M"), self._people.label(e.by),
              event_text(e, self._people.label)]
             for e in events],
            [e.id for e in events],
            wrap_last=True,
        )
        self.ui.timeline_table.scrollToBottom()

    def _enable_actions(self, stay: StayRecord | None) -> None:
        in_stock = stay is not None and stay.out_at is None
        self.ui.actions_box.setEnabled(in_stock)

    def _refresh_search(self) -> None:
        """Search again with the same text, keeping the selected parcel."""
        stay = self.selected_stay()
        operator, text = self._operator, self.ui.search_edit.text()
        if operator is None or not text.strip():
            return

        def found(results: list[StayRecord]) -> None:
            self._results = results
            self._show_results(keep=stay.id if stay else None)
            self._show_selected()

        def failed(err: BaseException) -> None:
            if not isinstance(err, DomainError):
                raise err

        run_in_background(lambda: self._wh.search(operator, text), found, failed, parent=self)

    def _act(self, action: Callable[[StaffMember, str], None], done: str,
             field_widgets: dict[str, QWidget]) -> None:
        """Run one action on the selected parcel; say what was recorded or what is wrong."""
        stay = self.selected_stay()
        if stay is None or self._operator is None:
            return
        try:
            action(self._operator, stay.waybill_no)
        except DomainError as err:
            self._search_message(self._describe(err), RED)
            if isinstance(err, FieldInvalid) and err.field in field_widgets:
                field_widgets[err.field].setFocus()
            return
        self._search_message(done.format(number=stay.waybill_no), GREEN)
        self.ui.action_text_edit.clear()
        self._refresh_search()
        self._board_changed(stay.waybill_no)

    def notify(self) -> None:
        """通知客户: the customer was told to collect (starts the WH-8 period)."""
        text = self.ui.action_text_edit.text()
        self._act(lambda op, wb: self._wh.notify_customer(op, wb, text),
                  translate("WarehouseWorkspace", "{number}: customer notified."),
                  {"note": self.ui.action_text_edit})

    def log_message(self) -> None:
        """留言 to or from another company, with its time (WH-8)."""
        ui = self.ui
        outgoing = bool(ui.msg_direction_combo.currentData())
        company, text = ui.msg_company_edit.text(), ui.action_text_edit.text()
        requested = ui.msg_return_check.isChecked()
        self._act(lambda op, wb: self._wh.log_message(
            op, wb, outgoing=outgoing, company=company, text=text,
            return_requested=requested),
            translate("WarehouseWorkspace", "{number}: message recorded."),
            {"company": ui.msg_company_edit, "message": ui.action_text_edit})
        ui.msg_return_check.setChecked(False)

    def add_note(self) -> None:
        """备注: a work-log note."""
        text = self.ui.action_text_edit.text()
        self._act(lambda op, wb: self._wh.add_note(op, wb, text),
                  translate("WarehouseWorkspace", "{number}: note added."),
                  {"note": self.ui.action_text_edit})

    def search_delivery_scan(self) -> None:
        """派件扫描: the area's delivery scan (needed before a return, WH-7)."""
        courier = self.ui.action_courier_combo.currentData()

        def run(op: StaffMember, wb: str) -> None:
            if courier is None:
                raise FieldInvalid("courier", "required")
            self._wh.delivery_scan(op, wb, int(courier))

        self._act(run, translate("WarehouseWorkspace", "{number}: delivery scan recorded."),
                  {"courier": self.ui.action_courier_combo})

    def relocate(self) -> None:
        """移位: move to another location (new pickup code)."""
        code = self.ui.relocate_edit.text()

        def run(op: StaffMember, wb: str) -> None:
            if not code.strip():
                raise FieldInvalid("location", "required")
            self._wh.relocate(op, wb, code)

        self._act(run, translate("WarehouseWorkspace", "{number}: moved."),
                  {"location": self.ui.relocate_edit})
        self.ui.relocate_edit.clear()

    def change_reason(self) -> None:
        """修改原因: edit the reason and details on the scan-in form."""
        stay = self.selected_stay()
        if stay is not None and stay.out_at is None:
            self.start_edit(stay)

    def _search_message(self, text: str, style: str) -> None:
        self.ui.search_message_label.setStyleSheet(style)
        self.ui.search_message_label.setText(text)

    # --- deadline board (WH-8) and open problems (WH-4) ---------------------------------------
    def _describe(self, err: DomainError) -> str:
        """The error in words, the clerk it names by name and job number."""
        if isinstance(err, AlreadyOut | AlreadyInStock):
            err = dataclasses.replace(err, by=self._people.label(err.by))
        return describe(err)

    def _board_changed(self, waybill_no: str | None = None) -> None:
        """Stock changed. One parcel: once the board has been loaded its rows are fetched on
        the worker thread and only they are inserted, updated or removed (issue 21 §5, a
        scan-in reloaded 3,000 rows). Otherwise the board reloads if it is on screen (off the
        GUI thread), or when its tab is next shown."""
        operator = self._operator
        if operator is None:
            return
        if waybill_no is not None and self._board_today is not None:
            run_in_background(lambda: self._wh.board_entry(operator, waybill_no),
                              self._apply_entry, self._board_failed, parent=self, quiet=True)
        elif self.ui.warehouse_tabs.currentWidget() is self.ui.board_tab:
            self.refresh_board()
        else:
            self._board_today = None  # stale: reloaded when shown

    def _apply_entry(self, entry: BoardEntry) -> None:
        if entry.today != self._board_today:
            self._board_today = None  # a new day: everything may fall due
            if self.ui.warehouse_tabs.currentWidget() is self.ui.board_tab:
                self.refresh_board()
            return
        number = entry.waybill_no
        for rows in (self._overdue_rows, self._due_rows):
            rows.remove_where(lambda key: isinstance(key, tuple) and key[0] == number)
        for line in entry.lines:
            overdue = line.due.due_on < entry.today
            (self._overdue_rows if overdue else self._due_rows).put(
                board_row(line, overdue=overdue))
        if entry.problem is None:
            self._problem_rows.remove(number)
        else:
            self._problem_rows.put(problem_row(entry.problem, self._people.label))
        self._show_board_title()

    def refresh_board(self) -> None:
        """What falls due today, what is overdue, and every parcel still here: read and laid
        out on the worker thread, then only the rows that differ change (issue 21 §5)."""
        operator = self._operator
        if operator is None:
            return
        self.reply_bar.refresh(operator)  # WH-16 reminders (issue 16)
        self._set_board_headers()
        if self._board_today is None:  # first load (or stale): say so where the lists are
            self.ui.board_title_label.setText(
                translate("WarehouseWorkspace", "Loading the board…"))
        run_in_background(lambda: self._board_rows(operator), self._show_board,
                          self._board_failed, parent=self, quiet=True)

    def _board_rows(self, operator: StaffMember) -> _BoardRows:
        """Worker thread: the board and the problem list as rows."""
        board = self._wh.board(operator)
        problems = self._wh.open_problems(operator)
        return _BoardRows(board.today,
                          [board_row(b, overdue=True) for b in board.overdue],
                          [board_row(b, overdue=False) for b in board.due_today],
                          [problem_row(p, self._people.label) for p in problems],
                          [p.stay for p in problems])

    def _show_board(self, rows: _BoardRows) -> None:
        self._board_today = rows.today
        self._overdue_rows.replace(rows.overdue)
        self._due_rows.replace(rows.due_today)
        self._problem_rows.replace(rows.problems)
        self._show_board_title()
        self._flag_stays = rows.stays
        self._flag_when_settled()

    def _flag_when_settled(self) -> None:
        """X-7 (issue 20): once the lists are shown, the parcels kept without consent turn
        amber (each full load starts from unflagged rows)."""
        lists = (self._overdue_rows, self._due_rows, self._problem_rows)
        busy = next((rows for rows in lists if rows.busy), None)
        if busy is not None:
            busy.settled.connect(self._flag_when_settled, Qt.ConnectionType.SingleShotConnection)
            return
        stays, self._flag_stays = self._flag_stays, None
        if stays is None or self._operator is None:
            return
        ui = self.ui
        tables = [ui.overdue_table, ui.due_today_table, ui.problems_table]
        for table in tables:
            for row in range(table.rowCount()):
                for col in range(table.columnCount()):
                    if (item := table.item(row, col)) is not None and item.toolTip():
                        item.setBackground(QBrush())
                        item.setToolTip("")
        flag_unconsented(self._services, self._operator, stays, tables, ui.board_title_label)

    def _board_failed(self, err: BaseException) -> None:
        if not isinstance(err, DomainError):
            raise err
        self._board_today = None
        self.ui.board_title_label.setText(self._describe(err))

    def _show_board_title(self) -> None:
        if self._board_today is None:
            return
        self.ui.board_title_label.setText(translate(
            "WarehouseWorkspace", "{day}: {overdue} overdue, {due} due today, {stock} in stock"
        ).format(day=self._board_today.isoformat(), overdue=len(self._overdue_rows),
                 due=len(self._due_rows), stock=len(self._problem_rows)))

    def _set_board_headers(self) -> None:
        headers = [translate("WarehouseWorkspace", "Waybill"),
                   translate("WarehouseWorkspace", "Due on"),
                   translate("WarehouseWorkspace", "What to do"),
                   translate("WarehouseWorkspace", "Reason"),
                   translate("WarehouseWorkspace", "Code"),
                   translate("WarehouseWorkspace", "In since")]
        self._overdue_rows.set_headers(headers)
        self._due_rows.set_headers(headers)
        self._problem_rows.set_headers([
            translate("WarehouseWorkspace", "Waybill"),
            translate("WarehouseWorkspace", "Days here"),
            translate("WarehouseWorkspace", "Reason"),
            translate("WarehouseWorkspace", "Code"),
            translate("WarehouseWorkspace", "Messages"),
            translate("WarehouseWorkspace", "Station at fault"),
            translate("WarehouseWorkspace", "Last event"),
        ])

    def _open_from(self, table: QTableWidget) -> None:
        """Enter or double-click on a board line: the parcel on the search tab."""
        key = selected_key(table)
        if key is None:
            return
        self.ui.search_edit.setText(str(key))
        self.show_tab(self.ui.warehouse_tabs.indexOf(self.ui.search_tab))
        self.search()

    # --- helpers -----------------------------------------------------------------------------
    @override
    def eventFilter(self, watched: object, event: QEvent) -> bool:
        # Enter in a combo, check box or time field of the scan-in form saves; time fields
        # take N (now), arrows from empty (now) and Ctrl+Del (empty).
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                    isinstance(watched, QComboBox) and watched.view().isVisible()):
                self.save_in()
                return True
            if isinstance(watched, QDateTimeEdit):
                ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
                if key == Qt.Key.Key_N and not ctrl:
                    self._now_in(watched)
                    return True
                if key == Qt.Key.Key_Delete and ctrl:
                    self._make_blankable(watched)
                    return True
                if self._blank(watched) and key in (Qt.Key.Key_Up, Qt.Key.Key_Down,
                                                    Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                    self._now_in(watched)
                    return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            ui = self.ui
            ui.retranslateUi(self)
            for page in self.pages:
                ui.warehouse_tabs.setTabText(ui.warehouse_tabs.indexOf(page), page.title())
            self._fill_choices()
            self._fill_out_choices()
            self._fill_directions()
            self._disposition_changed(focus=False)
            self._show_session()
            self._show_results(keep=(s.id if (s := self.selected_stay()) else None))
            self._show_mode()
            self._board_changed()
        super().changeEvent(event)

