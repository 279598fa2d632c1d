"""The scan-in's reason details (WH-5, issue 5 §2): one page of the details stack per reason,
showing exactly the fields that reason records now, read into a ``ProblemDetails`` and loaded
back from one (修改原因). Time fields can be empty (「—」): N puts the time now, an arrow from
empty too, Ctrl+Del empties them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QObject, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QDateTimeEdit, QFormLayout, QLineEdit, QWidget

from counter_app.domain.clock import Clock
from counter_app.domain.warehouse import OutOfAreaAnswer, ProblemDetails, Reason
from counter_app.ui.forms.ui_warehouse_workspace import Ui_WarehouseWorkspace
from counter_app.ui.messages import reason_name
from counter_app.ui.workspaces.warehouse_texts import CHOICE_KINDS, choice_names

translate = QCoreApplication.translate

BLANK = QDateTime(QDate(2000, 1, 1), QTime(0, 0))
"""A time field at this value is empty: nothing recorded yet (shown as 「—」)."""

REASON_KEYS = "1234567890"
"""Alt+digit picks the reason in combo order (the last three only from the list)."""


class ReasonForms:
    """The reason combo and the details pages of the scan-in form."""

    def __init__(self, ui: Ui_WarehouseWorkspace, clock: Clock) -> None:
        """Name each reason's page, form and fields (by the ``ProblemDetails`` field)."""
        self.ui = ui
        self._clock = clock
        self.fields: dict[Reason, tuple[QWidget, QFormLayout, dict[str, QWidget]]] = {
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

    def fill_choices(self) -> None:
        """(Re)fill the combos whose items are translated names, keeping the choice."""
        ui = self.ui
        keep = ui.reason_combo.currentData()
        ui.reason_combo.clear()
        ui.reason_combo.addItem(translate("WarehouseWorkspace", "— choose the reason —"), None)
        for n, reason in enumerate(Reason):
            key = f"  (Alt+{REASON_KEYS[n]})" if n < len(REASON_KEYS) else ""
            ui.reason_combo.addItem(reason_name(reason) + key, reason.value)
        ui.reason_combo.setCurrentIndex(max(0, ui.reason_combo.findData(keep)))
        for _page, _form, fields in self.fields.values():
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
        for edit in self.time_edits():
            edit.setToolTip(translate(
                "WarehouseWorkspace",
                "N: now · ↑/↓: change the selected part · Ctrl+Del: clear"))

    def time_edits(self) -> list[QDateTimeEdit]:
        """Every time and date field of the details pages."""
        return [w for _p, _f, fields in self.fields.values() for w in fields.values()
                if isinstance(w, QDateTimeEdit)]

    @staticmethod
    def make_blankable(edit: QDateTimeEdit) -> None:
        """Empty the field (「—」), which it may be."""
        if isinstance(edit, QDateEdit):
            edit.setMinimumDate(BLANK.date())
            edit.setDate(BLANK.date())
        else:
            edit.setMinimumDateTime(BLANK)
            edit.setDateTime(BLANK)
        edit.setSpecialValueText("—")

    def now_in(self, edit: QDateTimeEdit) -> None:
        """Put the time now (to the minute) into the field, its last part selected."""
        now = self._clock.now().replace(second=0, microsecond=0)
        if isinstance(edit, QDateEdit):
            edit.setDate(QDate(now.year, now.month, now.day))
        else:
            edit.setDateTime(QDateTime(QDate(now.year, now.month, now.day),
                                       QTime(now.hour, now.minute)))
        edit.setCurrentSectionIndex(edit.sectionCount() - 1)

    @staticmethod
    def blank(edit: QDateTimeEdit) -> bool:
        """Whether the field is empty."""
        return edit.dateTime() <= edit.minimumDateTime()

    def time_key(self, edit: QDateTimeEdit, event: QKeyEvent) -> bool:
        """N (now), an arrow from empty (now) and Ctrl+Del (empty) in a time field; whether
        the key was taken."""
        key = event.key()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_N and not ctrl:
            self.now_in(edit)
            return True
        if key == Qt.Key.Key_Delete and ctrl:
            self.make_blankable(edit)
            return True
        if self.blank(edit) and key in (Qt.Key.Key_Up, Qt.Key.Key_Down,
                                        Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.now_in(edit)
            return True
        return False

    def reason(self) -> Reason | None:
        """The chosen reason, None before one is."""
        data = self.ui.reason_combo.currentData()
        return Reason(data) if data else None

    def show_page(self) -> None:
        """The chosen reason's page (the hint page before one is chosen)."""
        reason = self.reason()
        ui = self.ui
        ui.details_stack.setCurrentWidget(self.fields[reason][0] if reason else ui.choose_page)

    def update_rows(self, reason: Reason) -> None:
        """Show exactly what the reason records now: address or call, the customer's date."""
        _page, form, fields = self.fields[reason]
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

    def details(self, reason: Reason) -> ProblemDetails:
        """What the reason's page holds (only its visible fields), unchecked."""
        page, _form, fields = self.fields[reason]
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
                value = None if self.blank(widget) else widget.date().toPython()
            elif isinstance(widget, QDateTimeEdit):
                value = None if self.blank(widget) else widget.dateTime().toPython()
            elif isinstance(widget, QLineEdit):
                value = widget.text()
            if value is not None and value != "":
                values[name] = value
        return ProblemDetails(**values)

    def load(self, reason: Reason, details: ProblemDetails) -> None:
        """Put recorded details back into the reason's page (修改原因)."""
        _page, _form, fields = self.fields[reason]
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
        self.update_rows(reason)

    def focus_first(self) -> None:
        """Focus the chosen reason's first field on show (the combo before a reason is)."""
        reason = self.reason()
        if reason is None:
            self.ui.reason_combo.setFocus()
            return
        page, _form, fields = self.fields[reason]
        for widget in fields.values():
            if widget.isVisibleTo(page):
                widget.setFocus()
                return

    def clear(self) -> None:
        """No reason; every page's fields empty."""
        self.ui.reason_combo.setCurrentIndex(0)
        for reason, (_page, _form, fields) in self.fields.items():
            for widget in fields.values():
                if isinstance(widget, QComboBox):
                    widget.setCurrentIndex(0)
                elif isinstance(widget, QDateTimeEdit):
                    self.make_blankable(widget)
                elif isinstance(widget, QLineEdit):
                    widget.clear()
            self.update_rows(reason)

    def wire(self, watcher: QObject, save: Callable[[], object],
             rows_changed: Callable[[Reason], object]) -> None:
        """Enter in a line saves (``save``); the other fields report keys to ``watcher``'s
        event filter; a 'reached' or 'answer' choice calls ``rows_changed(reason)``."""
        for reason, (_page, _form, fields) in self.fields.items():
            for name, widget in fields.items():
                if isinstance(widget, QLineEdit):
                    widget.returnPressed.connect(save)
                elif isinstance(widget, QDateTimeEdit):
                    self.make_blankable(widget)
                    widget.installEventFilter(watcher)
                else:
                    widget.installEventFilter(watcher)
                if isinstance(widget, QComboBox) and name in ("reached", "answer"):
                    widget.currentIndexChanged.connect(lambda _i, r=reason: rows_changed(r))

