"""The two WH-17 fields of 转发EMS on the scan-out form (issue 16 §5): the new EMS waybill
number and the destination. Kept apart from the warehouse workspace, which adds them to its
form with one call and reads them into the draft."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from counter_app.ui.widgets.fields import disable_input_method

translate = QCoreApplication.translate


class EmsFields:
    """EMS单号 (checked by the service as an EMS / S10 number) and 目的地 (empty: the province
    typed at scan-in), shown only for 转发EMS."""

    def __init__(self, form: QFormLayout, parent: QWidget, after: QWidget) -> None:
        """Add both rows to ``form`` below the row of ``after``."""
        self.number_edit = QLineEdit(parent)
        self.number_edit.setObjectName("out_ems_no_edit")
        self.number_edit.setMaxLength(20)
        disable_input_method(self.number_edit)
        self.destination_edit = QLineEdit(parent)
        self.destination_edit.setObjectName("out_ems_destination_edit")
        self.destination_edit.setMaxLength(60)
        self.destination_edit.setPlaceholderText(translate(
            "WarehouseEms", "empty: the province typed at scan-in"))
        position: tuple[int, object] = form.getWidgetPosition(after)  # type: ignore[assignment]
        row = position[0]
        self.number_label = QLabel(translate("WarehouseEms", "EMS &waybill no."), parent)
        self.number_label.setBuddy(self.number_edit)
        self.destination_label = QLabel(translate("WarehouseEms", "EMS &destination"), parent)
        self.destination_label.setBuddy(self.destination_edit)
        form.insertRow(row + 1, self.number_label, self.number_edit)
        form.insertRow(row + 2, self.destination_label, self.destination_edit)
        self._form = form

    def show(self, on: bool) -> None:
        """Show the rows for 转发EMS only."""
        self._form.setRowVisible(self.number_edit, on)
        self._form.setRowVisible(self.destination_edit, on)

    def fields(self) -> dict[str, QWidget]:
        """The service's field names → widgets, to mark a refused value."""
        return {"ems_no": self.number_edit, "ems_destination": self.destination_edit}


class ReturnCityField:
    """WH-11 (issue 16): the city an air return goes back to, for a tariff row that names a
    city (「山东省菏泽市」 overrides 山东省); shown with the province of an air return."""

    def __init__(self, form: QFormLayout, parent: QWidget, after: QWidget) -> None:
        """Add the row to ``form`` below the row of ``after``."""
        self.edit = QLineEdit(parent)
        self.edit.setObjectName("out_city_edit")
        self.edit.setMaxLength(20)
        self.edit.setPlaceholderText(translate(
            "WarehouseEms", "e.g. 菏泽市; empty: the province's row"))
        position: tuple[int, object] = form.getWidgetPosition(after)  # type: ignore[assignment]
        self.label = QLabel(translate("WarehouseEms", "Ci&ty"), parent)
        self.label.setBuddy(self.edit)
        form.insertRow(position[0] + 1, self.label, self.edit)
        self._form = form

    def show(self, on: bool) -> None:
        """Show the row for an air return only."""
        self._form.setRowVisible(self.edit, on)
