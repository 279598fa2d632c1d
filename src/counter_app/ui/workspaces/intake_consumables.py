"""The counter's consumables page (物料, CI-10): stock, count in, take out, recount, the
low-stock mark."""

from __future__ import annotations

from collections.abc import Callable

from typing_extensions import override

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QWidget,
)

from counter_app.domain.errors import DomainError, FieldInvalid
from counter_app.domain.intake import DEFAULT_CONSUMABLES, Consumable
from counter_app.domain.staff import StaffMember
from counter_app.services.app import AppServices
from counter_app.ui.forms.ui_intake_consumables import Ui_ConsumablesPage
from counter_app.ui.look import ERROR_STYLE
from counter_app.ui.messages import describe
from counter_app.ui.widgets.fields import disable_input_method
from counter_app.ui.widgets.tables import fill_table, selected_key
from counter_app.ui.workspaces.intake_page_base import (
    LOW_COLOUR,
    _IntakePage,
    align_right,
    emphasise_row,
    fit_columns,
    select_key,
)

translate = QCoreApplication.translate


class ConsumablesPage(_IntakePage):
    """The counter's consumables: stock, count in, take out, recount, the low-stock mark; the
    items running low are named so the supervisor is told (「材料缺少时,要及时向主管反应」)."""

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        """Build from the Designer form."""
        super().__init__(services, parent)
        self.ui = Ui_ConsumablesPage()
        self.ui.setupUi(self)
        self.setObjectName("consumables_page")
        self.message_label = self.ui.message_label
        self.items: list[Consumable] = []
        ui = self.ui
        disable_input_method(ui.quantity_edit)
        disable_input_method(ui.low_mark_edit)
        ui.consumables_table.itemSelectionChanged.connect(self._item_selected)
        ui.count_in_button.clicked.connect(self.count_in)
        ui.take_out_button.clicked.connect(self.take_out)
        ui.recount_button.clicked.connect(self.recount)
        ui.set_low_mark_button.clicked.connect(self.set_low_mark)
        ui.low_mark_edit.returnPressed.connect(self.set_low_mark)
        ui.low_mark_group.setEnabled(False)

    @override
    def title(self) -> str:
        return translate("IntakePages", "Consumables")

    @override
    def activate(self, operator: StaffMember) -> None:
        super().activate(operator)
        self.ui.consumables_table.setFocus()

    @override
    def refresh(self) -> None:
        self.ui.low_mark_group.setEnabled(self.editable())
        self.load()

    def load(self, select: str | None = None) -> None:
        """The consumables with their stock; the low ones highlighted and named."""
        ui = self.ui
        table = ui.consumables_table
        current = select or selected_key(table)
        order = {c.code: i for i, c in enumerate(DEFAULT_CONSUMABLES)}
        self.items = sorted(self._services.intake.consumables(),
                            key=lambda c: (order.get(c.code, len(order)), c.name))
        fill_table(
            table,
            [translate("IntakePages", "Name"), translate("IntakePages", "Unit"),
             translate("IntakePages", "Stock"), translate("IntakePages", "Low mark"),
             translate("IntakePages", "Status")],
            [[c.name, c.unit, str(c.stock), str(c.low_mark),
              translate("IntakePages", "low") if c.low else translate("IntakePages", "ok")]
             for c in self.items],
            [c.code for c in self.items],
        )
        align_right(table, (2, 3))
        for row, item in enumerate(self.items):
            if item.low:
                emphasise_row(table, row, LOW_COLOUR)
        fit_columns(table)
        if not (current and select_key(table, current)) and self.items:
            table.selectRow(0)
        self._item_selected()
        low = [c for c in self.items if c.low]
        ui.low_warning_label.setVisible(bool(low))
        ui.low_warning_label.setStyleSheet(ERROR_STYLE)
        ui.low_warning_label.setText(translate(
            "IntakePages", "Tell the supervisor: {items} are running low.").format(
            items="、".join(c.name for c in low)) if low else "")

    def selected(self) -> Consumable | None:
        """The consumable selected in the list."""
        key = selected_key(self.ui.consumables_table)
        return next((c for c in self.items if c.code == key), None)

    def _item_selected(self) -> None:
        item = self.selected()
        ui = self.ui
        if item is None:
            ui.selected_label.setText(translate("IntakePages", "Select a consumable."))
            return
        ui.selected_label.setText(translate(
            "IntakePages", "{name}: {stock} {unit} in stock, warn at {mark} or below").format(
            name=item.name, stock=item.stock, unit=item.unit, mark=item.low_mark))
        ui.low_mark_edit.setText(str(item.low_mark))

    def _act(self, action: Callable[[StaffMember, Consumable], Consumable],
             done: str) -> Consumable | None:
        """Run a stock action on the selected item; say what happened or what is wrong."""
        item = self.selected()
        if self._operator is None or item is None:
            self.error(translate("IntakePages", "Select a consumable in the list first."))
            self.ui.consumables_table.setFocus()
            return None
        try:
            after = action(self._operator, item)
        except DomainError as err:
            self.error(describe(err))
            field = err.field if isinstance(err, FieldInvalid) else ""
            (self.ui.low_mark_edit if field == "low_mark" else self.ui.quantity_edit).setFocus()
            return None
        self.load(select=after.code)
        text = done.format(name=after.name, stock=after.stock, unit=after.unit,
                           mark=after.low_mark)
        if after.low:
            self.warn(text + " " + translate(
                "IntakePages", "It is running low: tell the supervisor."))
        else:
            self.ok(text)
        return after

    def _moved(self) -> None:
        self.ui.quantity_edit.clear()
        self.ui.move_note_edit.clear()
        self.ui.quantity_edit.setFocus()

    def count_in(self) -> Consumable | None:
        """Add delivered stock."""
        ui = self.ui
        after = self._act(
            lambda who, item: self._services.intake.count_in(
                who, item.code, ui.quantity_edit.text(), ui.move_note_edit.text()),
            translate("IntakePages", "{name} counted in: {stock} {unit} in stock."))
        if after is not None:
            self._moved()
        return after

    def take_out(self) -> Consumable | None:
        """Take stock out (used, spoilt)."""
        ui = self.ui
        after = self._act(
            lambda who, item: self._services.intake.take_out(
                who, item.code, ui.quantity_edit.text(), ui.move_note_edit.text()),
            translate("IntakePages", "{name} taken out: {stock} {unit} left."))
        if after is not None:
            self._moved()
        return after

    def recount(self) -> Consumable | None:
        """Set the stock to what was counted."""
        ui = self.ui
        after = self._act(
            lambda who, item: self._services.intake.recount(
                who, item.code, ui.quantity_edit.text()),
            translate("IntakePages", "{name} recounted: {stock} {unit} in stock."))
        if after is not None:
            self._moved()
        return after

    def set_low_mark(self) -> Consumable | None:
        """Change the low-stock mark (supervisor)."""
        if not self.editable():
            return None
        ui = self.ui
        return self._act(
            lambda who, item: self._services.intake.set_low_mark(
                who, item.code, ui.low_mark_edit.text()),
            translate("IntakePages", "{name}: warned at {mark} {unit} or below."))
