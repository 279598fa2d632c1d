"""仓库 · 查询 (F2 search, issue 5 §5, WH-6, WH-7, WH-8): waybill (or part), phone tail or name
→ parcels, newest first, with the selected one's timeline; the actions on a parcel in stock
(通知客户, 留言, 备注, 派件扫描, 移位, 修改原因)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from counter_app.domain.errors import DomainError, FieldInvalid
from counter_app.domain.staff import StaffMember
from counter_app.domain.warehouse_stay import StayRecord
from counter_app.ui.forms.ui_warehouse_workspace import Ui_WarehouseWorkspace
from counter_app.ui.look import ERROR_STYLE as RED
from counter_app.ui.look import OK_STYLE as GREEN
from counter_app.ui.messages import minute, reason_name
from counter_app.ui.tasks import run_in_background
from counter_app.ui.widgets.fields import disable_input_method
from counter_app.ui.widgets.tables import selected_key, show_rows
from counter_app.ui.workspaces.warehouse_context import Panel, WarehouseContext
from counter_app.ui.workspaces.warehouse_texts import event_text, out_text

translate = QCoreApplication.translate


class SearchPanel(Panel):
    """The search tab: the results, the selected parcel's timeline, the actions.

    Signals:
        stock_changed(str): an action changed a parcel in stock.
        edit_requested(StayRecord): 修改原因 on the selected parcel (the scan-in form does it).
    """

    stock_changed = Signal(str)
    edit_requested = Signal(object)

    def __init__(self, context: WarehouseContext, ui: Ui_WarehouseWorkspace,
                 host: QWidget) -> None:
        """Bind the search field, the results and the action buttons."""
        super().__init__(context, ui, host)
        self._results: list[StayRecord] = []
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

    def activate(self) -> None:
        """Fill the couriers of the delivery scan (the operator just changed)."""
        self._ctx.fill_couriers(self.ui.action_courier_combo)

    def retranslate(self) -> None:
        """The translated choices and the results again (after a language change)."""
        self._fill_directions()
        self._show_results(keep=(s.id if (s := self.selected_stay()) else None))

    def focus(self) -> None:
        """The tab was shown: the search field, its text selected."""
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def find(self, number: str) -> bool | None:
        """Search for ``number`` on this tab (a board line, a scan); see :meth:`search`."""
        self.ui.search_edit.setText(number)
        self.tab_wanted.emit()
        return self.search()

    def recorded(self, number: str) -> None:
        """New details of ``number`` were saved on the scan-in form: say so, search again."""
        self._search_message(translate("WarehouseWorkspace", "New details of {number} "
                                       "recorded.").format(number=number), GREEN)
        self._refresh_search()

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
        if self._ctx.operator is None:
            return False
        operator, text = self._ctx.operator, ui.search_edit.text()
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
            self._search_message(self._ctx.describe(err), RED)
            self._results = []
            self._show_results()
            outcome.append(False)

        self._search_message(translate("WarehouseWorkspace", "Searching…"), "")
        run_in_background(lambda: self._wh.search(operator, text), found, failed,
                          parent=self._host,
                          label=translate("WarehouseWorkspace", "Searching {text}…").format(
                              text=text.strip()))
        return outcome[0] if outcome else None

    def _show_results(self, keep: int | None = None) -> None:
        ui = self.ui
        label = self._ctx.people.label
        stock = translate("WarehouseWorkspace", "in stock")
        show_rows(
            ui.search_table,
            [translate("WarehouseWorkspace", "Waybill"),
             translate("WarehouseWorkspace", "Recipient"),
             translate("WarehouseWorkspace", "Reason"),
             translate("WarehouseWorkspace", "Location / code"),
             translate("WarehouseWorkspace", "In"),
             translate("WarehouseWorkspace", "Out")],
            [[s.waybill_no, " ".join(x for x in (s.recipient, s.phone) if x),  # masked
              reason_name(s.reason),  # by the service, by permission
              f"{s.location} / {s.pickup_code}", f"{minute(s.in_at)} {label(s.in_by)}",
              f"{minute(s.out_at)} {label(s.out_by)} · "
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
        operator = self._ctx.operator
        if stay is None or operator is None:
            show_rows(self.ui.timeline_table, [], [], [])
            return
        label = self._ctx.people.label
        events = self._wh.timeline(operator, stay.waybill_no)
        show_rows(
            self.ui.timeline_table,
            [translate("WarehouseWorkspace", "Time"), translate("WarehouseWorkspace", "Who"),
             translate("WarehouseWorkspace", "What")],
            [[e.at.strftime("%Y-%m-%d %H:%M"), label(e.by), event_text(e, label)]
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
        operator, text = self._ctx.operator, self.ui.search_edit.text()
        if operator is None or not text.strip():
            return

        def found(results: list[StayRecord]) -> None:
            self._results = results
            self._show_results(keep=stay.id if stay else None)
            self._show_selected()

        def failed(err: BaseException) -> None:
            if not isinstance(err, DomainError):
                raise err

        run_in_background(lambda: self._wh.search(operator, text), found, failed,
                          parent=self._host)

    def _act(self, action: Callable[[StaffMember, str], None], done: str,
             field_widgets: dict[str, QWidget]) -> None:
        """Run one action on the selected parcel; say what was recorded or what is wrong."""
        stay = self.selected_stay()
        operator = self._ctx.operator
        if stay is None or operator is None:
            return
        try:
            action(operator, stay.waybill_no)
        except DomainError as err:
            self._search_message(self._ctx.describe(err), RED)
            if isinstance(err, FieldInvalid) and err.field in field_widgets:
                field_widgets[err.field].setFocus()
            return
        self._search_message(done.format(number=stay.waybill_no), GREEN)
        self.ui.action_text_edit.clear()
        self._refresh_search()
        self.stock_changed.emit(stay.waybill_no)

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
            self.edit_requested.emit(stay)

    def _search_message(self, text: str, style: str) -> None:
        self.ui.search_message_label.setStyleSheet(style)
        self.ui.search_message_label.setText(text)
